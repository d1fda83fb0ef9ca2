"""A noun that names who does violence ("gunman", agentless_words.tsv ``doer_people``) is the doer itself; a place
before it ("La.", "N.Y.", "Texas") says where he is from, not who acted (events/arguments.py ``_names_its_doer``;
session 15, helper ARGS).  The first sentence is the headline run into the lede of a judged news article (design
sample O, semeval2018t5_gva); the others are written for the tests.  Without the rule the event noun "gunman" as a
subject was replaced by its modifier, so "La." killed the wife; a deed keeps its modifier or possessor as the doer."""

from __future__ import annotations


def _events(code, text, type_="ASSAULT"):
    return [e for e in code(text) if e.type == type_]


def test_a_state_abbreviation_before_gunman_is_no_doer(code_with_mentions):
    text = ("La. gunman kills wife, ex-mother-in-law, self in spree that left 4 dead, wounded 3 others: police "
            "Ben Edward Freeman, 38, allegedly killed his wife.")
    events = _events(code_with_mentions, text)
    kills = [e for e in events if e.trigger.text == "kills"]
    wounded = [e for e in events if e.trigger.text == "wounded"]
    assert kills and wounded
    for e in kills + wounded:
        assert [a.text for a in e.actor] == ["La. gunman"]
    assert [r.text for r in kills[0].recipient] == ["wife"]


def test_a_place_before_gunman_as_subject(code_with_mentions):
    (e,) = [e for e in _events(code_with_mentions, "A N.Y. gunman opened fire at a school on Monday.")
            if e.trigger.text == "opened"]
    assert [a.text for a in e.actor] == ["A N.Y. gunman"]


def test_the_gunman_noun_event_has_the_gunman_as_doer(code_with_mentions):
    (e,) = [e for e in _events(code_with_mentions, "Police identify La. gunman in deadly spree.")
            if e.trigger.text == "gunman"]
    assert [a.text for a in e.actor] == ["La. gunman"]


def test_a_deed_keeps_its_possessor_as_doer(code_with_mentions):
    (e,) = [e for e in _events(code_with_mentions, "Israel's attack killed three people.") if e.trigger.text == "killed"]
    assert [a.text for a in e.actor] == ["Israel's"]
