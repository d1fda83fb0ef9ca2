"""Session 28 (lead, from helper PRONOUN's proposal; events/pronouns.py ``_party_told_but``): after a clause that
tells, asks or signals a party to do something, "but they ..." takes up the party told, who did otherwise - not the
teller; the teller stays when the number does not agree.  Sentences written for these tests, through the real spaCy
model."""

from __future__ import annotations


def _actor(code, text, trigger):
    (e,) = [e for e in code(text) if e.trigger.text == trigger]
    return [a.text for a in e.actor]


def test_but_they_after_a_signal_is_the_party_signalled(code_with_mentions):
    text = "Police officers signaled the suspects to stop, but they opted to open fire on the patrol."
    assert _actor(code_with_mentions, text, "open") == ["the suspects"]


def test_but_they_after_a_request_is_the_party_asked(code_with_mentions):
    text = "The police asked the protesters to leave the square but they attacked the officers with stones."
    assert _actor(code_with_mentions, text, "attacked") == ["the protesters"]


def test_and_they_keeps_the_subject(code_with_mentions):
    # no "but": the clause goes on with the same doer
    text = "The police asked the protesters to leave the square and they arrested the officers' attackers."
    assert _actor(code_with_mentions, text, "arrested") == ["The police"]
