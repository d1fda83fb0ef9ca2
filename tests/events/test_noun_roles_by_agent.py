"""The explicit by-agent of an event noun is its doer, before a modifier or owner in front of the noun
(events/noun_roles.py, _by_agent): "the all-India bandh call *given by the VHP*".  Real sentences through the
real spaCy model."""

from __future__ import annotations


def test_support_participle_agent_beats_modifier(code_with_mentions):
    # sample Q: the doer was read from the modifier "all-India"
    text = ("Kharge said the chief minister reviewed the situation in the backdrop of the all-India bandh call "
            "given by the VHP.")
    (e,) = [e for e in code_with_mentions(text) if e.trigger.text == "call"]
    assert e.actor and e.actor[0].text == "the VHP"


def test_by_phrase_on_the_noun_beats_nationality(code_with_mentions):
    (e,) = [e for e in code_with_mentions("The Israeli raid by settlers on the village killed two Palestinians.")
            if e.trigger.text == "raid"]
    assert e.actor and e.actor[0].text == "settlers"


def test_participle_of_another_act_keeps_the_owner(code_with_mentions):
    # "their proposals considered by the ministry": the ministry considers them, it does not propose
    text = "Iran hosted the summit. Applicants paid pounds 23,000 apiece to have their proposals considered by the ministry."
    for e in code_with_mentions(text):
        if e.trigger.text == "proposals":
            assert all(a.text != "the ministry" for a in e.actor)
