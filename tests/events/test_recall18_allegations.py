"""An allegation named as a noun with no accuser named (session 18, helper RECALL; events/doerless_nouns.accused,
data class ``alleging_nouns``): coded ACCUSE with an empty actor and, as recipient, the party the allegation is made
against - the subject of its content clause ("amid *allegations that he* took bribes") or its "against" ("the
*accusations against* the embassy").  The nominal form of the agentless passive "he was accused of taking bribes".
Sentences written for the tests (none copied from an article).  The first tests fail without the rule (no event was
coded); the guards keep out an allegation denied, asked for or absent, and nouns of a proceeding."""

from __future__ import annotations

from dateline.events import agentless


def _doerless(events):
    return [e for e in events if not e.actor and e.type == "ACCUSE"]


def test_allegation_with_a_content_clause_accuses_its_subject(code_with_mentions):
    events = code_with_mentions("There were accusations that the police tortured detainees in the camp.")
    (e,) = _doerless(events)
    assert e.trigger.text == "accusations" and [r.text for r in e.recipient] == ["the police"]
    assert agentless.MARK in e.reason and e.status == "factual"
    (e,) = _doerless(code_with_mentions(
        "John Prescott resigned on Monday. His resignation came amid allegations that he took bribes."))
    assert [r.text for r in e.recipient] == ["he"]


def test_accusation_against_a_party(code_with_mentions):
    (e,) = _doerless(code_with_mentions("The accusations against the embassy were published on Friday."))
    assert [r.text for r in e.recipient] == ["the embassy"]


def test_no_allegation_denied_absent_or_only_feared(code_with_mentions):
    assert not _doerless(code_with_mentions("Opposition leader Ali Khan denied the accusations against him."))
    assert not _doerless(code_with_mentions("There were no allegations that the police tortured detainees."))
    assert not _doerless(code_with_mentions("The minister feared allegations that the police tortured detainees."))


def test_no_accused_when_the_allegation_names_no_party(code_with_mentions):
    assert not _doerless(code_with_mentions("The allegations of corruption were investigated by the commission."))


def test_a_proceeding_is_no_alleging_noun(code_with_mentions):
    # (a charge, a trial or a lawsuit names a proceeding with its own parties, not an accusation by an unknown party)
    assert not _doerless(code_with_mentions("The charges against the embassy were published on Friday."))
