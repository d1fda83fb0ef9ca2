"""Session 38 (lead): a recipient's country that the places stage gave a place ("shelled *Kharkiv*":
model.PLACE_COUNTRY_FLAG) is no party's, so two attacks by one party on places of one country, each undated, are not
one happening for that; two reports naming the same party recipient still merge."""

from __future__ import annotations

from dateline.dedup import merge_in_document
from dateline.model import PLACE_COUNTRY_FLAG, Event, Participant, Span

TEXT = ("Rebels attacked soldiers in the north. Rebels blew up a bridge in San Vicente. "
        "Rebels attacked the soldiers again.")


def span(needle: str, after: int = 0) -> Span:
    s = TEXT.index(needle, after)
    return Span(s, s + len(needle), needle)


def sentence_of(trigger: Span) -> Span:
    start = TEXT.rfind(". ", 0, trigger.start)
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", trigger.start) + 1
    return Span(start, end, TEXT[start:end])


def event(n: int, trigger: str, after: int, recipient: Participant) -> Event:
    trig = span(trigger, after)
    actor = span("Rebels", sentence_of(trig).start)
    return Event(id=f"d:e{n}", type="ASSAULT", mode=None, quad=4, score=-9.0, sentence=sentence_of(trig),
                 trigger=trig, actor=[Participant(actor.start, actor.end, actor.text, "SLV", "REB")],
                 recipient=[recipient], confidence=0.9, reason="lex")


def part(needle: str, country: str | None, sector: str | None, flags=(), after: int = 0) -> Participant:
    s = span(needle, after)
    return Participant(s.start, s.end, s.text, country, sector, flags=tuple(flags))


def test_places_of_one_country_are_no_shared_recipient():
    attack = event(1, "attacked", 0, part("soldiers", "SLV", "MIL"))
    bridge = event(2, "blew", 0, part("San Vicente", "SLV", None, (PLACE_COUNTRY_FLAG,)))
    assert len(merge_in_document([attack, bridge])) == 2


def test_the_same_party_recipient_still_merges():
    again = TEXT.index("Rebels attacked the soldiers")
    first = event(1, "attacked", 0, part("soldiers", "SLV", "MIL"))
    second = event(3, "attacked", again, part("the soldiers", "SLV", "MIL", after=again))
    assert len(merge_in_document([first, second])) == 1
