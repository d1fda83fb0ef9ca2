"""In-document merging of events whose doer the text does not name (events/agentless.py: an EMPTY actor list,
"Bazoum was deposed in July 2023"): a report naming the doer fills the actor; two doerless reports of different
people, or one undated, stay apart; the recipient alone with both dates of their own is evidence enough."""

from __future__ import annotations

from dataclasses import replace

from dateline.dedup import merge_in_document
from dateline.model import Event, Participant, Span

TEXT = ("President Bazoum was deposed on July 26, 2023. "
        "The army deposed President Bazoum on July 26, 2023. "
        "Two ministers were arrested on July 27, 2023. "
        "A journalist was arrested on July 27, 2023.")


def span(needle: str, after: int = 0) -> Span:
    s = TEXT.index(needle, after)
    return Span(s, s + len(needle), needle)


def sentence(at: int) -> Span:
    start = TEXT.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", at) + 1
    return Span(start, end, TEXT[start:end])


def part(needle: str, country: str | None, sector: str | None, after: int = 0) -> Participant:
    s = span(needle, after)
    return Participant(s.start, s.end, s.text, country, sector)


def event(n: int, type_: str, mode: str, trigger: str, after: int, actor: list[Participant],
          recipient: list[Participant], date_: str | None) -> Event:
    trig = span(trigger, after)
    return Event(id=f"d:e{n}", type=type_, mode=mode, quad=4, score=-9.0, sentence=sentence(trig.start),
                 trigger=trig, actor=actor, recipient=recipient, date=date_,
                 date_granularity="day" if date_ else "unknown", date_reason="attached_timex" if date_ else "none",
                 confidence=0.69, reason="lex+agentless" if not actor else "lex")


SECOND = TEXT.index("The army")
DOERLESS = event(1, "COERCE", "seize", "deposed", 0, [], [part("President Bazoum", "NER", "GOV")], "2023-07-26")
NAMED = event(2, "COERCE", "seize", "deposed", SECOND, [part("The army", "NER", "MIL")],
              [part("President Bazoum", "NER", "GOV", SECOND)], "2023-07-26")


def test_a_report_naming_the_doer_fills_the_actor():
    (merged,) = merge_in_document([DOERLESS, NAMED])
    assert [p.text for p in merged.actor] == ["The army"] and merged.recipient[0].text == "President Bazoum"
    assert len(merged.mentions) == 1


def test_doerless_reports_of_different_people_stay_apart():
    third = TEXT.index("Two ministers")
    ministers = event(3, "COERCE", "arrest", "arrested", third, [], [part("Two ministers", "NER", "GOV")],
                      "2023-07-27")
    journalist = event(4, "COERCE", "arrest", "arrested", TEXT.index("A journalist"), [],
                       [part("A journalist", None, "JRN")], "2023-07-27")
    assert len(merge_in_document([ministers, journalist])) == 2


def test_an_undated_doerless_report_is_no_evidence():
    assert len(merge_in_document([replace(DOERLESS, date=None, date_granularity="unknown", date_reason="none"),
                                  NAMED])) == 2
