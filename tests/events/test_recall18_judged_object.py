"""The object of a verb that judges it ("termed X barbaric", "designated X a terrorist group": verb+object entries whose
object words are all complement words, =word) is what is judged, not a word of the trigger (session 18, helper RECALL;
extract._judging_entries): an event noun there is an event of its own.  Sentence written for the test; it fails
without the change (the killing was taken as part of the 'termed' trigger and coded nowhere)."""

from __future__ import annotations


def test_a_killing_judged_barbaric_is_coded_too(code_with_mentions):
    events = code_with_mentions(
        "Chief minister Narendra Modi termed as ''barbaric'' the mass killing of minority community residents "
        "in the city.")
    assert any(e.type == "ACCUSE" and e.trigger.text == "termed" for e in events)
    (e,) = [e for e in events if e.type == "ASSAULT"]
    assert "killing" in e.trigger.text and [r.text for r in e.recipient] == ["minority community residents"]
