"""Session 28, helper PRONOUN (events/pronouns.py): a name counted as one of a series by an ordinal ("the party's 18th
Congress") is a sitting, no antecedent of "they"/"it"; a subject pronoun repeated from the previous sentence's
subject keeps that topic, not a party the previous sentence acted on.  Sentences written for these tests, through the
real spaCy model."""

from __future__ import annotations


def _events(code, text, trigger):
    return [e for e in code(text) if e.trigger.text == trigger]


def test_numbered_congress_is_no_they(code_with_mentions):
    text = "Delegates criticised the party's 18th Congress last year. Their initial protests were ignored by the leadership."
    # (with no antecedent the protest has no actor and is not coded; before, "the party's 18th Congress" protested)
    for e in _events(code_with_mentions, text, "protests"):
        assert all("Congress" not in a.text for a in e.actor)


def test_named_unit_with_ordinal_inside_stays(code_with_mentions):
    # the ordinal inside the name the tagger marks is part of the unit's name: not a sitting
    from dateline.events.pronouns import _one_of_a_series
    from dateline.pipeline import build_nlp

    doc = build_nlp()("The 82nd Airborne Division moved north.")
    head = next(t for t in doc if t.text == "Division")
    assert not _one_of_a_series(head)


def test_repeated_it_keeps_the_topic(code_with_mentions):
    text = ("The PPS demanded the dismissal of the state government. It also sought action against the Bajrang Dal "
            "and relief for the victims. It also appealed to people for peace.")
    events = _events(code_with_mentions, text, "appealed")
    assert events  # (the appeal is coded: the check below is about its actor)
    for e in events:
        assert all("Bajrang" not in a.text for a in e.actor)


def test_repeated_it_walks_back_to_the_named_topic(code_with_mentions):
    # the first "It" takes up Hamas; the second, repeated, keeps Hamas - not Egypt, the party the sentence before asked
    text = "Hamas held a rally on Sunday. It also called on Egypt to open the crossing. It also appealed to Qatar for aid."
    (e,) = _events(code_with_mentions, text, "appealed")
    assert e.actor and e.actor[0].text == "Hamas"
