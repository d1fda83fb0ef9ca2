"""People "from X and Y" are X's and Y's as people "of X and Y" are (session 19, helper JOIN): "officials *from*
Sudan and Chad met", "delegations *from* Russia and Ukraine held talks" name two parties, so a joint event is
coded as the dyad (``of_coordination.split_of_coordination``)."""

from __future__ import annotations


def _joined(events, etype, actor_word, recipient_text):
    return any(e.type == etype and any(actor_word in p.text for p in e.actor)
               and [p.text for p in e.recipient] == [recipient_text] for e in events)


def test_officials_from_two_countries_meet(code):
    events = code("Officials from Sudan and Chad met in Khartoum.")
    assert _joined(events, "CONSULT", "Sudan", "Chad")


def test_delegations_from_two_countries_hold_talks(code):
    events = code("Delegations from Russia and Ukraine held talks in Istanbul.")
    assert _joined(events, "CONSULT", "Russia", "Ukraine")


def test_last_party_keeps_its_words(nlp):
    from dateline.events.parties import participants
    doc = nlp("Foreign ministers from Iran and Saudi Arabia met in Beijing on Thursday.")
    head = next(t for t in doc if t.text == "ministers")
    assert [doc[a.start:a.end].text for a in participants(head)] == ["Foreign ministers from Iran", "Saudi Arabia"]


def test_one_name_is_not_split(nlp):
    from dateline.events.parties import participants
    doc = nlp("Delegates from Trinidad and Tobago met the minister.")
    head = next(t for t in doc if t.text == "Delegates")
    assert len(participants(head)) == 1
