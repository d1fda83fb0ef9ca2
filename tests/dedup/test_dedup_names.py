"""In one article, reports naming the same people on both sides are one happening even when the
actors stage found no country for them (found in an article-level audit: "agreed to help with
X's investigation" gave AGREE twice)."""

from __future__ import annotations

from dateline.dedup import merge_in_document
from dateline.model import Event, Participant, Span

TEXT = ("After his conviction last summer, Tom Hale agreed to help with Anna Berg's inquiry. "
        "Hale also supported Anna Berg's campaign. Hale supported the reform. "
        "Jo Linde supported Anna Berg's campaign.")


def _span(needle: str, nth: int = 0) -> Span:
    s = -1
    for _ in range(nth + 1):
        s = TEXT.index(needle, s + 1)
    return Span(s, s + len(needle), needle)


def _part(needle: str, nth: int = 0) -> Participant:
    s = _span(needle, nth)
    return Participant(s.start, s.end, s.text, None, None, name=needle)


def _event(n: int, type_: str, trigger: str, actor, recipient, date_=None, gran="unknown", reason="dct"):
    t = _span(trigger)
    start = TEXT.rfind(". ", 0, t.start)
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", t.end) + 1
    return Event(id=f"d:e{n}", type=type_, mode=None, quad=1, score=1.0, sentence=Span(start, end, TEXT[start:end]),
                 trigger=t, actor=actor, recipient=recipient, date=date_, date_granularity=gran, date_reason=reason)


def test_same_names_on_both_sides_merge_without_a_country():
    agreed = _event(1, "AGREE", "agreed", [_part("Tom Hale")], [_part("Anna Berg's")], "2018-SU", "season",
                    "attached_timex")
    helped = _event(2, "AGREE", "help", [_part("Tom Hale")], [_part("Anna Berg's")], "2018-SU", "season",
                    "attached_timex")
    merged = merge_in_document([agreed, helped])
    assert [e.id for e in merged] == ["d:e1"]


def test_a_side_missing_or_different_keeps_two_events():
    campaign = _event(1, "SUPPORT", "supported", [_part("Hale", 1)], [_part("Anna Berg's", 1)])
    reform = _event(2, "SUPPORT", "supported the reform", [_part("Hale", 2)], [])
    assert len(merge_in_document([campaign, reform])) == 2
    other_person = _event(3, "SUPPORT", "Linde supported", [_part("Jo Linde")], [_part("Anna Berg's", 2)])
    assert len(merge_in_document([campaign, other_person])) == 2


def test_a_country_alone_is_no_evidence_inside_an_article():
    # "she insisted ..." / "President Trump ... calling for ...": both USA GOV, no recipient, undated
    she = Participant(0, 3, "she", "USA", "GOV")
    trump = Participant(0, 15, "President Trump", "USA", "GOV", name="Donald Trump")
    a = _event(1, "REQUEST", "agreed", [she], [])
    b = _event(2, "REQUEST", "help", [trump], [])
    assert len(merge_in_document([a, b])) == 2
    # civilians and clergy of one country, or its president and a judge, are different actors
    protesters = Participant(0, 10, "Protesters", "HKG", "CVL")
    clergy = Participant(0, 15, "religious groups", "HKG", "REL")
    usa = Participant(0, 13, "United States", "USA", "GOV")
    assert len(merge_in_document([_event(1, "REQUEST", "agreed", [protesters], [usa], "2019-06", "month", "x"),
                                  _event(2, "REQUEST", "help", [clergy], [usa], "2019-06", "month", "x")])) == 2
    assert len(merge_in_document([_event(1, "REQUEST", "agreed", [protesters], []),
                                  _event(2, "REQUEST", "help", [clergy], [])])) == 2


def test_the_same_speaker_on_different_things_is_two_events():
    # "Trump questioned the selection." / "Trump assailed the event as ...": one actor, two statements
    trump = Participant(0, 5, "Trump", "USA", "GOV", name="Donald Trump")
    a = _event(1, "ACCUSE", "agreed", [trump], [Participant(0, 13, "the selection", None, None)])
    b = _event(2, "ACCUSE", "help", [trump], [Participant(0, 9, "the event", None, None)])
    assert len(merge_in_document([a, b])) == 2
    # ... while the same thing said twice, or in other words for the same country, is one
    c = _event(3, "ACCUSE", "supported", [trump], [Participant(0, 13, "the selection", None, None)])
    assert len(merge_in_document([a, c])) == 1
