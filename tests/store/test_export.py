"""Exports: PLOVER JSONL, ACLED-style CSV, GDELT-2.0-style TSV, Parquet; the query/export commands."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from store_fixtures import niger_doc, wire_doc

from dateline.store import FilterError, open_store
from dateline.store.export import (ACLED_COLUMNS, export, export_string, gdelt_columns, gdelt_mention_columns,
                                   global_event_id)

SHARED_FORMATS = Path(__file__).resolve().parents[3] / "shared" / "data" / "events" / "formats"
SHARED_GDELT = SHARED_FORMATS / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"


def test_plover_jsonl(filled):
    lines = export_string(filled, "plover-jsonl").splitlines()
    assert len(lines) == 7
    recs = {r["id"]: r for r in map(json.loads, lines)}
    e1 = recs["seed-niger:e1"]
    assert e1["event"] == ["SANCTION"] and e1["mode"] == ["discontinue"] and e1["quad_code"] == 4
    assert e1["date"] == "2024-03-16" and e1["enddate"] is None
    assert e1["actor"] == [{"code": "NER", "sector": "GOV", "entity_text": "Nigerien government"}]
    assert e1["recipient"][0]["code"] == "USA"
    assert e1["link"] == recs["wire-1:e1"]["link"] and e1["story"]["n_articles"] == 2
    blinken = recs["seed-niger:e3"]
    assert (blinken["date"], blinken["enddate"], blinken["date_value"]) == ("2023-03-01", "2023-03-31", "2023-03")
    assert blinken["event_loc"]["country_code"] == "NER" and blinken["event_loc"]["resolution"] == 1
    assert "rare visit" in blinken["event_text"][0]


def test_code_output_and_export_share_one_plover_shape(store):
    """`dateline code --format events-jsonl` and `dateline export --format plover-jsonl` build their
    records with one function: the same event gives the same record, but for what only a store
    knows (the cross-article story) and the coder's version string."""
    from dateline.output import event_record

    doc = niger_doc()
    store.write([doc])
    exported = {r["id"]: r for r in map(json.loads, export_string(store, "plover-jsonl").splitlines())}
    assert set(exported) == {e.id for e in doc.events}
    for event in doc.events:
        coded = json.loads(json.dumps(event_record(doc, event, coder="dateline test")))
        stored = exported[event.id]
        assert stored["story"]["n_articles"] == 1 and stored["link"] == stored["story"]["id"]
        assert coded["story"] is None and coded["link"] is None and coded["coder"] == "dateline test"
        for key in ("story", "link", "coder"):
            del coded[key], stored[key]
        assert coded == stored
    e3 = exported["seed-niger:e3"]
    assert e3["event"] == ["CONSULT"] and e3["reason"] and e3["spans"]["trigger"]["text"]


def test_acled_csv(filled):
    text = export_string(filled, "acled-csv", {"country": "NER"})
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ACLED_COLUMNS
    assert all(re.fullmatch(r"[a-z0-9_]+", c) for c in ACLED_COLUMNS)  # snake_case
    assert len(rows) == 6
    e4 = next(r for r in rows if r["event_id_cnty"] == "seed-niger:e4")
    assert e4["event_date"] == "2023-07-01" and e4["time_precision"] == "3" and e4["year"] == "2023"
    assert (e4["actor1"], e4["actor1_country"], e4["actor2"]) == ("the army", "NER", "Mohamed Bazoum")
    assert "house arrest" in e4["notes"]
    assert export_string(filled, "csv", header=False).splitlines()[0].startswith("seed-niger:e1,")


def test_gdelt_tsv(filled):
    lines = export_string(filled, "gdelt-tsv").splitlines()
    cols = gdelt_columns()
    assert len(cols) == 61 and len(lines) == 7
    rows = [dict(zip(cols, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    e1 = next(r for r in rows if r["GLOBALEVENTID"] == str(global_event_id("seed-niger:e1")))
    assert e1["SQLDATE"] == "20240316" and e1["MonthYear"] == "202403" and e1["Year"] == "2024"
    assert (e1["Actor1Code"], e1["Actor1CountryCode"], e1["Actor2CountryCode"]) == ("NERGOV", "NER", "USA")
    assert (e1["EventCode"], e1["EventRootCode"], e1["QuadClass"]) == ("160", "16", "4")
    assert (e1["NumArticles"], e1["NumSources"], e1["IsRootEvent"]) == ("2", "2", "1")
    assert e1["SOURCEURL"] == "https://example.org/seed-niger" and e1["DATEADDED"] == "20240317000000"
    niamey = next(r for r in rows if r["ActionGeo_FullName"] == "Niamey")
    assert niamey["ActionGeo_Type"] == "4" and niamey["ActionGeo_FeatureID"] == "2440485"
    assert export_string(filled, "gdelt-tsv", header=True).splitlines()[0].split("\t") == cols


@pytest.mark.skipif(not SHARED_GDELT.exists(), reason="shared GDELT codebook not present")
def test_gdelt_columns_regenerate_identically():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_store_data",
                                                  Path(__file__).resolve().parents[2] / "tools" / "build_store_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build(SHARED_GDELT) == mod.TARGET.read_text(encoding="utf-8")
    assert mod.build_mentions(SHARED_FORMATS / mod.MENTIONS_SOURCE) == mod.MENTIONS_TARGET.read_text(encoding="utf-8")


def test_gdelt_mentions_tsv(filled):
    cols = gdelt_mention_columns()
    assert len(cols) == 16 and cols[0] == "GLOBALEVENTID"
    rows = [dict(zip(cols, line.split("\t"))) for line in export_string(filled, "gdelt-mentions-tsv").splitlines()]
    assert len(rows) == 8  # 7 events, seed-niger:e1 reported in two sentences
    e1 = [r for r in rows if r["GLOBALEVENTID"] == str(global_event_id("seed-niger:e1"))]
    assert [r["SentenceID"] for r in e1] == ["1", "3"]
    text = filled.event("seed-niger:e1")["document"]["text"]
    assert text[int(e1[0]["ActionCharOffset"]):].startswith("terminating")
    assert text[int(e1[0]["Actor2CharOffset"]):].startswith("the United States")
    assert e1[1]["ActionCharOffset"] == "-1" and e1[0]["Confidence"] == "80"
    assert e1[0]["MentionIdentifier"] == "https://example.org/seed-niger" and e1[0]["MentionSourceName"] == "example-news"
    events_ids = {line.split("\t")[0] for line in export_string(filled, "gdelt-tsv").splitlines()}
    assert {r["GLOBALEVENTID"] for r in rows} == events_ids  # joins the events file


def test_parquet(filled, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", out, {"type": "SANCTION"}) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert sorted(table.column("id").to_pylist()) == ["seed-niger:e1", "seed-niger:e5", "wire-1:e1"]
    assert str(table.schema.field("date_start").type) == "date32[day]"
    assert json.loads(table.column("event_json")[0].as_py())["type"] == "SANCTION"
    with pytest.raises(FilterError):
        export(filled, "parquet", None)
    with pytest.raises(FilterError):
        export(filled, "xml", tmp_path / "x")


def test_exports_are_deterministic(filled):
    assert export_string(filled, "gdelt-tsv") == export_string(filled, "gdelt-tsv")
    assert export_string(filled, "plover-jsonl") == export_string(filled, "plover-jsonl")


def test_query_and_export_commands(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    db = tmp_path / "cli.duckdb"
    with open_store(db) as s:
        s.write([niger_doc(), wire_doc()])
    runner = CliRunner()
    r = runner.invoke(app, ["query", "--db", str(db), "--country", "NER", "--type", "SANCTION", "-f", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["total"] == 3 and {d["id"] for d in data["data"]} == {"seed-niger:e1", "seed-niger:e5", "wire-1:e1"}
    r = runner.invoke(app, ["query", "--db", str(db), "--view", "dyads", "-f", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines()[1].startswith("USA,NER,3")
    r = runner.invoke(app, ["query", "--db", str(db), "--dyad", "NER-USA"])
    assert r.exit_code == 0 and "seed-niger:e1" in r.stdout and "2 matching" in r.stdout
    r = runner.invoke(app, ["query", "--db", str(db), "--fields", "id,story_id,first_seen", "--limit", "1"])
    assert r.exit_code == 0 and "first_seen" in r.stdout and "sentence" not in r.stdout
    r = runner.invoke(app, ["query", "--db", str(db), "--quad", "9"])
    assert r.exit_code == 2 and "bad quad" in r.stderr
    r = runner.invoke(app, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "no such store" in r.stderr
    out = tmp_path / "e.csv"
    r = runner.invoke(app, ["export", "--db", str(db), "-f", "acled-csv", "-o", str(out), "--from", "2024"])
    assert r.exit_code == 0 and "exported 4 events" in r.stderr
    assert len(out.read_text().splitlines()) == 5
