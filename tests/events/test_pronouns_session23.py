"""Session 23: the subject pronoun of a clause a fronted "according to" attributes, with no other candidate, is the
party the source names ("According to the rebels, they captured the town": the rebels) - number and animacy
agreeing (events/pronouns.py ``_according_to_source``).  Sentences written for these tests, through the real
spaCy model."""

from __future__ import annotations


def _events(code, text, trigger):
    return [e for e in code(text) if e.trigger.text == trigger]


def test_plural_source_is_they(code_with_mentions):
    (e,) = _events(code_with_mentions, "According to the rebels, they captured the town on Sunday.", "captured")
    assert e.actor and e.actor[0].text == "the rebels"
    assert "antecedent:speaker" in e.actor[0].flags


def test_body_source_is_it(code_with_mentions):
    (e,) = _events(code_with_mentions, "According to the ministry, it expelled two diplomats on Monday.", "expelled")
    assert e.type == "SANCTION" and e.actor and e.actor[0].text == "the ministry"


def test_person_source_is_she(code_with_mentions):
    (e,) = _events(code_with_mentions, "According to the minister, she met the rebel leaders in Geneva.", "met")
    assert e.actor and e.actor[0].text == "the minister"


def test_number_must_agree(code_with_mentions):
    # a plural source is no "it": the pronoun stays unresolved, the source is not its actor
    for e in _events(code_with_mentions, "According to the rebels, it shelled the town on Sunday.", "shelled"):
        assert all(a.text != "the rebels" for a in e.actor)


def test_source_after_the_clause_is_not_the_doer(code_with_mentions):
    # "they captured the town, according to the rebels": the source vouches for a report about others
    for e in _events(code_with_mentions, "They captured the town, according to the rebels.", "captured"):
        assert all(a.text != "the rebels" for a in e.actor)


def test_clause_hung_on_a_statement_participle_is_the_speakers(code_with_mentions):
    # the parser hangs "that they had kidnapped ..." on "posted": still what the militants said
    text = "The militants said in a statement posted online that they had kidnapped the engineers."
    (e,) = _events(code_with_mentions, text, "kidnapped")
    assert e.actor and e.actor[0].text == "The militants" and "antecedent:speaker" in e.actor[0].flags


def test_statement_participle_speaker_must_agree(code_with_mentions):
    text = "The rebels said in a statement posted online that it had shelled the base."
    for e in _events(code_with_mentions, text, "shelled"):
        assert all(a.text != "The rebels" for a in e.actor)
