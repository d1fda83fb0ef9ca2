"""A person sent back to a country with no sender named is deported (session 18, helper RECALL;
events/releases.deported, data classes ``homeland_words`` and ``deployed_forces``): the agentless passive "X was sent
back to Norway" is coded COERCE deport (codebook 'Expel or deport individuals', CAMEO 174) with an empty actor and
the person as recipient, not the lexicon's RETREAT release of "send back".  Sentences written for the tests (none
copied from an article).  The positive tests fail without the rule (no event was coded); the guards keep out things,
forces and places that are no country."""

from __future__ import annotations

from dateline.events import agentless


def _deported(events):
    return [e for e in events if not e.actor and e.type == "COERCE" and e.mode == "deport"]


def test_person_sent_back_to_a_country_is_deported(code_with_mentions):
    (e,) = _deported(code_with_mentions("The police chief said Khan was being sent back to Norway on Friday."))
    assert e.trigger.text == "sent back" and [r.text for r in e.recipient] == ["Khan"]
    assert agentless.MARK in e.reason
    (e,) = _deported(code_with_mentions("The 40 migrants were sent back to Libya on Tuesday."))
    assert [r.text for r in e.recipient] == ["The 40 migrants"]


def test_no_deportation_of_things_forces_or_to_a_body(code_with_mentions):
    assert not _deported(code_with_mentions("The stolen statues were sent back to Greece."))
    assert not _deported(code_with_mentions("The troops were sent back to Iraq last year."))
    assert not _deported(code_with_mentions("The bill was sent back to parliament."))
