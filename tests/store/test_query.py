"""Query functions: filters (| for OR), one event with provenance, aggregates, stories.
Every test runs on DuckDB and (with DATELINE_TEST_PG_URL) on PostgreSQL."""

from __future__ import annotations

import pytest
from store_fixtures import niger_doc, wire_doc

from dateline.store import EventFilter, FilterError
from dateline.store.query import DEFAULT_FIELDS


def ids(page) -> set[str]:
    return {r["id"] for r in page.data}


@pytest.mark.parametrize("params, expected", [
    ({}, {"seed-niger:e1", "seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5", "wire-1:e1",
          "wire-1:e2"}),
    ({"type": "SANCTION"}, {"seed-niger:e1", "seed-niger:e5", "wire-1:e1"}),
    ({"type": "coerce|consult"}, {"seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "wire-1:e2"}),
    ({"mode": "discontinue"}, {"seed-niger:e1", "wire-1:e1"}),
    ({"quad": "1"}, {"seed-niger:e2", "seed-niger:e3", "wire-1:e2"}),
    ({"quad": "3|4", "country": "USA"}, {"seed-niger:e1", "seed-niger:e5", "wire-1:e1"}),
    ({"actor_country": "NER"}, {"seed-niger:e1", "seed-niger:e4", "wire-1:e1"}),
    ({"recipient_country": "ner"}, {"seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5"}),
    ({"country": "RUS"}, set()),
    ({"dyad": "NER-USA"}, {"seed-niger:e1", "wire-1:e1"}),
    ({"dyad": "USA-NER|NER-NER"}, {"seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5"}),
    ({"actor": "junta"}, {"seed-niger:e2", "wire-1:e1"}),
    ({"actor": "BLINKEN|bazoum"}, {"seed-niger:e3", "seed-niger:e4"}),
    ({"q": "house arrest"}, {"seed-niger:e4"}),
    ({"q": "REVOKED|rare visit"}, {"wire-1:e1", "seed-niger:e3"}),
    ({"date_from": "2024-03-16"}, {"seed-niger:e1", "wire-1:e1"}),
    ({"date_from": "2024-03", "date_to": "2024-03-15"}, {"seed-niger:e2", "wire-1:e2"}),
    ({"date_to": "2023"}, {"seed-niger:e3", "seed-niger:e4", "seed-niger:e5"}),
    ({"date_from": "2023-07", "date_to": "2023-07"}, {"seed-niger:e4", "seed-niger:e5"}),
    ({"status": "factual"}, {"seed-niger:e1", "seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5",
                             "wire-1:e1", "wire-1:e2"}),
    ({"status": "negated"}, set()),
    ({"doc_id": "wire-1"}, {"wire-1:e1", "wire-1:e2"}),
    ({"source": "wire-service", "type": "SANCTION"}, {"wire-1:e1"}),
    ({"min_confidence": "0.75"}, {"seed-niger:e1", "seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5"}),
    ({"min_confidence": "0.65", "doc_id": "wire-1"}, {"wire-1:e1"}),
    ({"min_confidence": "0"}, {"seed-niger:e1", "seed-niger:e2", "seed-niger:e3", "seed-niger:e4", "seed-niger:e5",
                               "wire-1:e1", "wire-1:e2"}),
])
def test_filters(filled, params, expected):
    assert ids(filled.events(EventFilter(**params), limit=100)) == expected
    assert filled.events(params, limit=100).total == len(expected)  # a plain dict works too


@pytest.mark.parametrize("params", [
    {"quad": "5"}, {"type": "FIGHT"}, {"date_from": "2024-13"}, {"date_to": "March"}, {"dyad": "NER"},
    {"country": "N'; DROP TABLE events; --"}, {"status": "maybe"}, {"nonsense": "x"},
    {"min_confidence": "high"}, {"min_confidence": "1.5"}, {"min_confidence": "nan"},
])
def test_bad_filters_are_rejected(filled, params):
    with pytest.raises(FilterError):
        filled.events(params)


def test_values_are_parameters_not_sql(filled):
    evil = "x' OR '1'='1"
    assert filled.events({"q": evil}).total == 0
    assert filled.events({"actor": "%"}).total == 0  # not a LIKE wildcard
    assert filled.events({"source": evil}).total == 0
    assert filled.stats()["events"] == 7


def test_paging_fields_and_sort(filled):
    p1 = filled.events(limit=3, page=1, sort="date")
    p3 = filled.events(limit=3, page=3, sort="date")
    assert p1.total == 7 and p1.pages == 3 and len(p1.data) == 3 and len(p3.data) == 1
    assert [r["date"] for r in p1.data] == ["2023-03", "2023-07", "2023-07"]
    assert list(p1.data[0]) == DEFAULT_FIELDS
    slim = filled.events(fields="id,type,n_articles", sort="-score", limit=1)
    assert slim.data == [{"id": "seed-niger:e2", "type": "CONSULT", "n_articles": 2}]
    assert slim.to_json()["pages"] == 7
    with pytest.raises(FilterError):
        filled.events(fields="id,password")
    with pytest.raises(FilterError):
        filled.events(limit=0)
    with pytest.raises(FilterError):
        filled.events(sort="id; DROP TABLE events")


def test_event_has_sources_sentences_and_spans(filled):
    ev = filled.event("seed-niger:e1")
    text = ev["document"]["text"]
    assert ev["type"] == "SANCTION" and ev["doc_id"] == "seed-niger"
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == "terminating"
    assert text[ev["actor"][0]["start"]:ev["actor"][0]["end"]] == "Nigerien government"
    assert text[ev["recipient"][0]["start"]:ev["recipient"][0]["end"]] == "the United States"
    assert [s["primary"] for s in ev["sentences"]] == [True, False]
    for s in ev["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
    assert "decided to denounce" in ev["sentences"][1]["text"]
    assert ev["story"]["n_articles"] == 2 and ev["story"]["n_sources"] == 2 and ev["story"]["n_mentions"] == 3
    assert {s["doc_id"] for s in ev["sources"]} == {"seed-niger", "wire-1"}
    assert filled.event("no-such:e1") is None


def test_cross_article_story(filled):
    a, b = filled.event("seed-niger:e1"), filled.event("wire-1:e1")
    assert a["story_id"] == b["story_id"] is not None
    visit, wire_visit, blinken = (filled.event(i)["story_id"] for i in ("seed-niger:e2", "wire-1:e2", "seed-niger:e3"))
    assert visit == wire_visit  # the 2024 visit, "this week" in the wire report
    assert blinken != visit  # Blinken's 2023 visit is another happening
    assert filled.event("seed-niger:e5")["story_id"] != a["story_id"]  # the 2023 aid cut: other direction, date
    stories = filled.stories(limit=10)
    assert stories.total == 5
    assert stories.data[0]["n_articles"] == 2


def test_story_id_is_stable_as_articles_arrive(store):
    filled = store
    filled.write([niger_doc()])
    filled.write([wire_doc()])
    story = filled.event("seed-niger:e1")["story_id"]
    filled.write([wire_doc("wire-2", source="other-wire", date="2024-03-18")])
    filled.write([wire_doc("wire-3", source="wire-service", date="2024-03-16", sanction_date="2024-03", gran="month")])
    filled.write([niger_doc()])  # re-coding the founding article keeps its story
    ev = filled.event("seed-niger:e1")
    assert ev["story_id"] == story
    assert ev["story"]["n_articles"] == 4
    assert ev["story"]["n_sources"] == 3  # example-news, wire-service, other-wire
    assert ev["story"]["first_seen"] == "2024-03-16" and ev["story"]["last_seen"] == "2024-03-18"
    assert [s["doc_id"] for s in ev["sources"]][0] == "wire-3"  # earliest article first


def test_actors(filled):
    page = filled.actors(level="sector")
    top = page.data[0]
    assert (top["country"], top["sector"], top["n_events"]) == ("USA", "GOV", 5)
    assert top["n_as_actor"] == 4 and top["n_as_recipient"] == 1
    named = filled.actors({"type": "COERCE"}, level="name")
    assert {r["name"] for r in named.data} == {"the army", "Mohamed Bazoum"}
    assert filled.actors(role="recipient", level="country").data[0]["country"] == "NER"
    with pytest.raises(FilterError):
        filled.actors(level="person")


def test_dyads(filled):
    rows = {(r["actor_country"], r["recipient_country"]): r for r in filled.dyads().data}
    assert rows[("NER", "USA")]["n_events"] == 2 and rows[("NER", "USA")]["n_quad4"] == 2
    assert rows[("USA", "NER")]["n_events"] == 3
    assert rows[("USA", "NER")]["mean_score"] == pytest.approx(-1.0)
    sectors = filled.dyads(level="sector").data
    assert {"actor_country": "NER", "actor_sector": "MIL", "recipient_country": "NER", "recipient_sector": "GOV"}.items() \
        <= sectors[-1].items() or any(r["actor_sector"] == "MIL" and r["recipient_sector"] == "GOV" for r in sectors)


def test_aggregate_by_day_week_month(filled):
    day = filled.aggregate(by="day", group="quad")
    assert {"bucket": "2024-03-16", "group": "4", "n_events": 2, "mean_score": -6.0, "n_coarse": 0} in day
    week = filled.aggregate(by="week", group="none", filters={"date_from": "2024-03"})
    assert week == [{"bucket": "2024-03-11", "group": "all", "n_events": 4, "mean_score": pytest.approx(-2.5),
                     "n_coarse": 0}]
    month = filled.aggregate(by="month", group="type")
    assert {"bucket": "2023-07-01", "group": "COERCE", "n_events": 1, "mean_score": -9.0, "n_coarse": 0} in month
    # A month-precise event in a daily series is flagged as coarse.
    assert {"bucket": "2023-07-01", "group": "4", "n_events": 2, "mean_score": -7.0, "n_coarse": 2} in day
    dyad = filled.aggregate(by="month", group="dyad", filters={"dyad": "NER-USA"})
    assert dyad == [{"bucket": "2024-03-01", "group": "NER-USA", "n_events": 2, "mean_score": -6.0, "n_coarse": 0}]
    with pytest.raises(FilterError):
        filled.aggregate(by="hour")


def test_places(filled):
    points = filled.places()
    niamey = [p for p in points if p["name"] == "Niamey"]
    assert niamey and niamey[0]["lat"] == pytest.approx(13.51) and niamey[0]["example_event_id"] == "wire-1:e2"
    assert filled.places({"type": "SANCTION"}) == []


def test_document_places(filled):
    rows = {p["name"]: p for p in filled.document_places()}
    # Niamey: the founding example's caption (not coded) and the wire report; Niger: the founding example.
    assert (rows["Niamey"]["geonameid"], rows["Niamey"]["n_documents"]) == (2440485, 2)
    assert rows["Niger"]["n_documents"] == 1 and rows["Niger"]["kind"] == "country"
    # Only the articles with a matching event: SANCTION is reported by both, COERCE only by the founding example.
    assert {p["name"] for p in filled.document_places({"type": "COERCE"})} == {"Niamey", "Niger"}
    assert [p["n_documents"] for p in filled.document_places({"type": "COERCE"}) if p["name"] == "Niamey"] == [1]
    assert filled.document_places({"country": "RUS"}) == []


def test_iter_events_streams_everything(filled):
    rows = list(filled.iter_events({"country": "NER"}))  # wire-1:e2 has no Nigerien participant
    assert len(rows) == 6 and [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert rows[0]["event"]["id"] == rows[0]["id"]


def test_stats(filled):
    s = filled.stats()
    assert s == {"documents": 2, "events": 7, "stories": 5, "date_min": "2023-03-01", "date_max": "2024-03-16"}
