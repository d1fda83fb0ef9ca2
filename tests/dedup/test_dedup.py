"""De-duplication rules: date intervals, same-happening matching, in-document merging, stories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.dedup import Candidate, Signature, assign_stories, date_interval, merge_in_document, same_happening
from dateline.model import Event, Participant, Place, Span

TEXT = ("Niger's government ended its military pact with the United States on Saturday. "
        "The government decided to denounce the accord with Washington. "
        "The army deposed President Bazoum in July 2023. "
        "Bazoum's government had dismissed army chiefs in March 2023.")


def span(needle: str, after: int = 0) -> Span:
    s = TEXT.index(needle, after)
    return Span(s, s + len(needle), needle)


def sentence(needle: str) -> Span:
    i = TEXT.index(needle)
    start = TEXT.rfind(". ", 0, i)
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", i) + 1
    return Span(start, end, TEXT[start:end])


def part(needle: str, country: str | None, sector: str | None) -> Participant:
    s = span(needle)
    return Participant(s.start, s.end, s.text, country, sector)


def event(n: int, type_: str, trigger: str, actor: list[Participant], recipient: list[Participant],
          date_: str | None = None, gran: str = "unknown", mode: str | None = None, status: str = "factual",
          location: Place | None = None) -> Event:
    return Event(id=f"d:e{n}", type=type_, mode=mode, quad=4, score=-5.0, sentence=sentence(trigger),
                 trigger=span(trigger), actor=actor, recipient=recipient, date=date_, date_granularity=gran,
                 location=location, status=status)


NER_GOV = part("Niger's government", "NER", "GOV")
USA = part("the United States", "USA", "GOV")
WASH = part("Washington", "USA", "GOV")
NER_GOV2 = part("The government", "NER", "GOV")
ARMY = part("The army", "NER", "MIL")
BAZOUM = part("President Bazoum", "NER", "GOV")
BAZOUM_GOV = part("Bazoum's government", "NER", "GOV")
ARMY_CHIEFS = part("army chiefs", "NER", "MIL")


# -- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2024-03-16", (date(2024, 3, 16), date(2024, 3, 16))),
    ("2023-07", (date(2023, 7, 1), date(2023, 7, 31))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2024-W11", (date(2024, 3, 11), date(2024, 3, 17))),
    ("2024-Q2", (date(2024, 4, 1), date(2024, 6, 30))),
    ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
    ("202", (date(2020, 1, 1), date(2029, 12, 31))),
    ("PAST_REF", None), (None, None), ("2023-13", None),
])
def test_date_interval(value, expected):
    assert date_interval(value) == expected


# -- merging within one article --------------------------------------------------------------------

def test_same_event_reported_twice_is_merged():
    first = event(1, "SANCTION", "ended its military pact", [NER_GOV], [USA], "2024-03-16", "day", "discontinue")
    again = event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], None, "unknown", "discontinue")
    other = event(3, "COERCE", "deposed", [ARMY], [BAZOUM], "2023-07", "month")
    merged = merge_in_document([first, again, other])
    assert [e.id for e in merged] == ["d:e1", "d:e3"]
    assert merged[0].mentions == [sentence("decided to denounce")]
    assert merged[0].date == "2024-03-16"  # the first report's date is kept


def test_merge_fills_gaps_and_refines_date():
    vague = event(1, "SANCTION", "ended its military pact", [NER_GOV], [], "2024-03", "month")
    precise = event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day")
    (m,) = merge_in_document([vague, precise])
    assert (m.date, m.date_granularity) == ("2024-03-16", "day")
    assert m.recipient == [WASH]
    assert m.id == "d:e1"


@pytest.mark.parametrize("second", [
    # different type
    event(2, "ACCUSE", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day"),
    # different dates (a year apart)
    event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2023-03", "month"),
    # the other direction: the United States sanctioning Niger
    event(2, "SANCTION", "decided to denounce", [WASH], [NER_GOV2], "2024-03-16", "day"),
    # a negated report is not the same as a factual one
    event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day", status="negated"),
    # different modes
    event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day", mode="embargo"),
])
def test_different_happenings_are_not_merged(second):
    first = event(1, "SANCTION", "ended its military pact", [NER_GOV], [USA], "2024-03-16", "day", "discontinue")
    assert len(merge_in_document([first, second])) == 2


def test_domestic_events_need_matching_sectors():
    coup = event(1, "COERCE", "deposed", [ARMY], [BAZOUM], "2023", "year")
    purge = event(2, "COERCE", "dismissed", [BAZOUM_GOV], [ARMY_CHIEFS], "2023", "year")
    assert len(merge_in_document([coup, purge])) == 2


def test_events_without_participants_do_not_merge():
    a = event(1, "SANCTION", "ended its military pact", [], [], "2024-03-16", "day")
    b = event(2, "SANCTION", "decided to denounce", [], [], "2024-03-16", "day")
    assert len(merge_in_document([a, b])) == 2


def test_distant_points_do_not_merge():
    niamey = Place(0, 0, "Niamey", "Niamey", 2440485, "NER", 13.51, 2.11, "city")
    agadez = Place(0, 0, "Agadez", "Agadez", 2448085, "NER", 16.97, 7.99, "city")
    a = event(1, "SANCTION", "ended its military pact", [NER_GOV], [USA], "2024-03-16", "day", location=niamey)
    b = event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day", location=agadez)
    assert len(merge_in_document([a, b])) == 2
    country = Place(0, 0, "Niger", "Niger", 2440476, "NER", 17.0, 9.0, "country")
    c = event(2, "SANCTION", "decided to denounce", [NER_GOV2], [WASH], "2024-03-16", "day", location=country)
    assert len(merge_in_document([a, c])) == 1


def test_merge_is_empty_safe():
    assert merge_in_document([]) == []


# -- cross-article stories --------------------------------------------------------------------------

def sig(actor, recipient, date_, gran, type_="SANCTION", doc_date=None) -> Signature:
    return Signature.of(event(1, type_, "ended its military pact", actor, recipient, date_, gran), doc_date)


def test_same_happening_across_outlets_ignores_sector_wording():
    gov = sig([NER_GOV], [USA], "2024-03-16", "day")
    junta = sig([ARMY], [part("the United States", "USA", None)], "2024-03-17", "day")  # one day later: slack
    assert same_happening(gov, junta, across=True)
    assert not same_happening(gov, sig([ARMY], [USA], "2024-03-19", "day"), across=True)
    # inside one article a country is no evidence: most participants share it (match.shared_in_article)
    assert not same_happening(gov, junta)


def test_undated_event_uses_article_date_window():
    dated = sig([NER_GOV], [USA], "2024-03-16", "day")
    undated = sig([NER_GOV], [USA], None, "unknown", doc_date="2024-03-17")
    assert same_happening(dated, undated)
    assert not same_happening(dated, sig([NER_GOV], [USA], None, "unknown"))  # nothing to place it


def cand(eid: str, doc: str, doc_date: str, s: Signature, d: str | None) -> Candidate:
    return Candidate(eid, doc, doc_date, d, s)


def test_assign_stories_is_stable_and_earliest_report_founds():
    early = cand("a:e1", "a", "2024-03-16", sig([NER_GOV], [USA], "2024-03-16", "day"), "2024-03-16")
    late = cand("b:e1", "b", "2024-03-18", sig([ARMY], [USA], "2024-03", "month"), "2024-03")
    other = cand("c:e1", "c", "2024-03-18", sig([WASH], [NER_GOV], "2024-03-16", "day"), "2024-03-16")
    mapping, stories = assign_stories([late, other, early], [])
    assert mapping["a:e1"] == mapping["b:e1"] != mapping["c:e1"]
    founder = {s.id: s.founder_event_id for s in stories}
    assert founder[mapping["a:e1"]] == "a:e1"
    # A later batch joins the existing stories; ids do not change.
    existing = [s for s in stories]
    for s in existing:
        s.new, s.members = False, []
    more = cand("d:e1", "d", "2024-03-19", sig([NER_GOV], [USA], "2024-03-16", "day"), "2024-03-16")
    mapping2, touched = assign_stories([more], existing)
    assert mapping2["d:e1"] == mapping["a:e1"] and not any(s.new for s in touched)
    # Same input, same ids.
    again, _ = assign_stories([late, other, early], [])
    assert again == mapping


def test_story_date_narrows_to_precise_member():
    vague = cand("a:e1", "a", "2024-03-10", sig([NER_GOV], [USA], "2024-03", "month"), "2024-03")
    precise = cand("b:e1", "b", "2024-03-17", sig([NER_GOV], [USA], "2024-03-16", "day"), "2024-03-16")
    _, stories = assign_stories([vague, precise], [])
    (story,) = stories
    assert story.date == "2024-03-16" and story.signature.interval == (date(2024, 3, 16), date(2024, 3, 16))
    # Now a report dated 2024-03-02 no longer matches the story.
    early = cand("c:e1", "c", "2024-03-20", sig([NER_GOV], [USA], "2024-03-02", "day"), "2024-03-02")
    mapping, _ = assign_stories([early], stories)
    assert mapping["c:e1"] != story.id


def test_across_articles_one_sided_reports_need_corroboration():
    # "Warren dropped out in March" vs "Huber debuted in March": USA actors, no recipient, no place.
    warren = Signature.of(event(1, "RETREAT", "ended its military pact", [Participant(0, 6, "Warren", "USA", None,
                                                                                    "Elizabeth Warren")], [],
                                "2020-03", "month"))
    huber = Signature.of(event(2, "RETREAT", "ended its military pact", [Participant(0, 5, "Huber", "USA", None,
                                                                                   "Jon Huber")], [],
                               "2020-03", "month"))
    assert not same_happening(warren, huber)  # different named people: not in one article either ...
    assert not same_happening(warren, huber, across=True)  # ... nor across articles
    warren_again = Signature.of(event(3, "RETREAT", "decided to denounce",
                                      [Participant(0, 6, "Sen. Warren", "USA", "LEG", "Elizabeth Warren")], [],
                                      "2020-03-05", "day"))
    assert same_happening(warren, warren_again, across=True)  # the same named actor


def test_across_articles_coarse_dates_join_no_story():
    a = sig([NER_GOV], [USA], "2023", "year")
    b = sig([NER_GOV], [USA], "2023-07", "month")
    assert same_happening(a, b) and not same_happening(a, b, across=True)


def test_across_articles_domestic_events_need_corroboration():
    coup = sig([ARMY], [BAZOUM], "2023-07", "month", type_="COERCE")
    other = Signature.of(event(2, "COERCE", "deposed", [part("The army", "NER", "MIL")],
                               [part("President Bazoum", "NER", "GOV")], "2023-07-26", "day"))
    unnamed = Signature.of(event(3, "COERCE", "dismissed", [Participant(0, 8, "soldiers", "NER", "MIL")],
                                 [Participant(0, 9, "officials", "NER", "GOV")], "2023-07-26", "day"))
    assert same_happening(coup, other, across=True)  # same names ("army", "president bazoum")
    assert not same_happening(coup, unnamed, across=True)


@pytest.mark.parametrize("raw, expected", [
    ("United States", None), ("the United States", None), ("India government", None),
    ("United States civilians", None), ("army", None), ("The army", None),
    ("Elizabeth Warren", "Elizabeth Warren"), ("Hamas", "Hamas"), ("Nigerien government", "Nigerien government"),
    ("the President Bazoum", "President Bazoum"), ("United States Senate Armed Services Committee",
                                                  "United States Senate Armed Services Committee"),
])
def test_specific_names(raw, expected):
    from dateline.dedup.match import specific_name

    assert specific_name(raw) == expected


def test_generic_shared_name_is_no_corroboration():
    us = Participant(0, 13, "United States", "USA", None, "United States")
    a = Signature.of(event(1, "CONCEDE", "ended its military pact", [us], [], "2005-01-03", "day"))
    b = Signature.of(event(2, "CONCEDE", "decided to denounce", [us], [], "2005-01-04", "day"))
    assert not same_happening(a, b, across=True)


def test_different_named_people_do_not_match_across_articles():
    wikinews = Participant(0, 8, "Wikinews", None, "MED", "Wikinews")
    carroll = Participant(0, 7, "Carroll", "USA", "CVL", "Brian T. Carroll")
    jorgensen = Participant(0, 9, "Jorgensen", "USA", "CVL", "Jo Jorgensen")
    blinken = Participant(0, 7, "Blinken", "USA", "GOV", "Blinken")
    antony = Participant(0, 14, "Antony Blinken", "USA", "GOV", "Antony Blinken")
    a = Signature.of(event(1, "CONSULT", "ended its military pact", [carroll], [wikinews], "2020-10-29", "day"))
    b = Signature.of(event(2, "CONSULT", "decided to denounce", [jorgensen], [wikinews], "2020-10-30", "day"))
    assert not same_happening(a, b, across=True)
    c = Signature.of(event(3, "CONSULT", "ended its military pact", [blinken], [NER_GOV], "2023-03", "month"))
    d = Signature.of(event(4, "CONSULT", "decided to denounce", [antony], [NER_GOV], "2023-03-16", "day"))
    assert same_happening(c, d, across=True)


def test_date_line_fallback_takes_the_later_reports_own_date():
    # "the junta that toppled the president" has no time of its own (dated by the date line);
    # "the army deposed President Bazoum in July 2023" reports the same coup with its date.
    background = replace(event(1, "COERCE", "deposed", [ARMY], [BAZOUM], "2024-03-17", "day"), date_reason="dct")
    dated = replace(event(2, "COERCE", "deposed", [ARMY], [BAZOUM], "2023-07", "month"),
                    date_reason="attached_timex", date_span=span("July 2023"))
    (m,) = merge_in_document([background, dated])
    assert (m.id, m.date, m.date_granularity, m.date_reason) == ("d:e1", "2023-07", "month", "attached_timex")
    assert m.date_span == span("July 2023")


def test_own_dates_a_year_apart_still_do_not_merge():
    a = replace(event(1, "COERCE", "deposed", [ARMY], [BAZOUM], "2024-03-17", "day"), date_reason="attached_timex")
    b = replace(event(2, "COERCE", "deposed", [ARMY], [BAZOUM], "2023-07", "month"), date_reason="attached_timex")
    assert len(merge_in_document([a, b])) == 2
