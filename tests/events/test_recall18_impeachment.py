"""Articles of impeachment passed, adopted, filed or introduced are a formal accusation (session 18, helper RECALL;
triggers.tsv accuse.impeachment: codebook ACCUSE allege 'Formally or informally accuse', CAMEO 112 'Accuse').
Sentences written for the tests.  The first test fails without the row (no event was coded)."""

from __future__ import annotations


def _accuse(events):
    return [e for e in events if e.type == "ACCUSE"]


def test_articles_of_impeachment_passed_or_introduced(code_with_mentions):
    (e,) = _accuse(code_with_mentions("On December 18, the House passed two articles of impeachment."))
    assert e.trigger.text == "passed" and [a.text for a in e.actor] == ["the House"]
    (e,) = _accuse(code_with_mentions("Democrats introduced articles of impeachment against the president on Monday."))
    assert [r.text for r in e.recipient] == ["the president"]


def test_a_vote_or_an_impeachment_modifier_is_no_accusation(code_with_mentions):
    assert not _accuse(code_with_mentions("The House voted on two articles of impeachment."))
    assert not [e for e in code_with_mentions("The Senate approved an impeachment inquiry budget.")
                if e.reason.endswith("accuse.impeachment")]
