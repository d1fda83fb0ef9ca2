"""An event whose doer the text does not name (events/agentless.py: an EMPTY actor list, "Two soldiers were
killed ...") through the stores (DuckDB and, with DATELINE_TEST_PG_URL, PostgreSQL), the queries and every
export format: it is kept, its actor columns are empty (nothing invented), its recipient is there."""

from __future__ import annotations

import csv
import io
import json

from store_fixtures import niger_doc

from dateline.model import DocResult, Event, Participant, Sentence, Span
from dateline.store import EventFilter
from dateline.store.export import export, export_string, gdelt_columns, global_event_id

TEXT = "Two soldiers were killed near Niamey on Saturday. A journalist was arrested on Sunday."


def _find(needle: str) -> Span:
    i = TEXT.index(needle)
    return Span(i, i + len(needle), needle)


def no_doer_doc(doc_id: str = "nodoer-1") -> DocResult:
    s1 = Sentence(0, TEXT.index(" A journalist"))
    s2 = Sentence(s1.end + 1, len(TEXT))

    def ev(n: int, type_: str, mode: str | None, quad: int, score: float, sent: Sentence, trigger: str,
           recipient: str, country: str | None, sector: str | None, date: str) -> Event:
        r = _find(recipient)
        return Event(id=f"{doc_id}:e{n}", type=type_, mode=mode, quad=quad, score=score,
                     sentence=Span(sent.start, sent.end, TEXT[sent.start:sent.end]), trigger=_find(trigger),
                     actor=[], recipient=[Participant(r.start, r.end, r.text, country, sector, flags=("passive_subject",))],
                     date=date, date_granularity="day", date_reason="attached_timex", confidence=0.69,
                     reason="model:linear-v1+lex:assault.verb+agentless")
    events = [ev(1, "ASSAULT", None, 4, -10.0, s1, "killed", "Two soldiers", "NER", "MIL", "2024-03-16"),
              ev(2, "COERCE", "arrest", 4, -7.0, s2, "arrested", "A journalist", None, "JRN", "2024-03-17")]
    return DocResult(id=doc_id, text=TEXT, date="2024-03-18", source="wire-service", title="No doer named",
                     url=f"https://wire.example/{doc_id}", sentences=[s1, s2], events=events, focus_country="NER",
                     pipeline_version="test-1")


def test_written_and_read_back(store):
    store.write([niger_doc(), no_doer_doc()])
    one = store.event("nodoer-1:e1")
    assert one["type"] == "ASSAULT" and one["actor"] == [] and one["recipient"][0]["text"] == "Two soldiers"
    assert one["story"]["n_events"] == 1  # a story of its own (cross-article clustering with no actor keys)
    page = store.events(EventFilter.from_params({"recipient_country": "NER", "type": "ASSAULT"}))
    (row,) = page.data
    assert row["id"] == "nodoer-1:e1" and row["recipient_name"] == "Two soldiers"
    assert row["actor_country"] is None and row["actor_sector"] is None and row["actor_name"] is None
    # an actor filter never matches an event with no actor; a country filter finds it by its recipient
    assert not {r["id"] for r in store.events(EventFilter.from_params({"actor_country": "NER"})).data} & {
        "nodoer-1:e1", "nodoer-1:e2"}
    assert "nodoer-1:e1" in {r["id"] for r in store.events(EventFilter.from_params({"country": "NER"})).data}


def test_exports_keep_it_with_empty_actor_fields(store, tmp_path):
    store.write([no_doer_doc()])
    recs = {r["id"]: r for r in map(json.loads, export_string(store, "plover-jsonl").splitlines())}
    assert set(recs) == {"nodoer-1:e1", "nodoer-1:e2"}
    assert recs["nodoer-1:e1"]["actor"] == [] and recs["nodoer-1:e1"]["recipient"][0]["code"] == "NER"
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(export_string(store, "acled-csv")))}
    assert rows["nodoer-1:e2"]["actor1"] == "" and rows["nodoer-1:e2"]["actor2"] == "A journalist"
    cols = gdelt_columns()
    gdelt = {r["GLOBALEVENTID"]: r for r in (dict(zip(cols, line.split("\t")))
                                            for line in export_string(store, "gdelt-tsv").splitlines())}
    g1 = gdelt[str(global_event_id("nodoer-1:e1"))]
    assert g1["Actor1Code"] == "" and g1["Actor2CountryCode"] == "NER"
    import pyarrow.parquet as pq

    out = tmp_path / "nodoer.parquet"
    assert export(store, "parquet", out) == 2
    table = pq.read_table(out)
    assert table.column("actor_country").to_pylist() == [None, None]
    assert [json.loads(j)["actor"] for j in table.column("event_json").to_pylist()] == [[], []]
