"""A verb the lexicon does not know is coded only between two named parties; the second one is its
recipient as resolved - as for a lexicon word, a thing object gives way to the party or place named in its
clause ("hopes to maintain a naval base *in Libya*") - not the thing object the parser hung on the verb."""

from __future__ import annotations


def _pairs(events, verb):
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events if e.trigger.text == verb]


def test_thing_object_gives_way_to_the_place_in_its_clause(code_with_mentions):
    assert (["Turkey"], ["Libya"]) in _pairs(code_with_mentions("Turkey hopes to maintain a naval base in Libya."),
                                             "maintain")
    assert (["Egypt"], ["Gaza"]) in _pairs(code_with_mentions(
        "Egypt is willing to withdraw its troops if it can retain a civil administration in Gaza, El Auja and "
        "Faluja."), "retain")


def test_no_named_recipient_no_event(code_with_mentions):
    # an unknown verb with a thing object and no party or place in its clause: nothing is coded at it
    assert not _pairs(code_with_mentions("Turkey hopes to maintain its naval strength."), "maintain")
