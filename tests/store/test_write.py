"""Writing to the store: schema migrations, idempotent re-coding, resumable runs, transactions.
Every test runs on DuckDB and (with DATELINE_TEST_PG_URL) on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_fixtures import PG_URL, new_store_url, niger_doc, wire_doc

from dateline.store import open_store
from dateline.store.migrations import MIGRATIONS, TABLES, applied


def counts(store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT COUNT(*) FROM {t}")[0][0] for t in TABLES if t != "runs"}


def test_migrations_are_recorded_and_not_reapplied(store_url):
    with open_store(store_url) as s:
        assert applied(s.db) == [name for name, _ in MIGRATIONS]
        rows = s.db.execute("SELECT migration_set, name, applied_at FROM _dateline_migrations")
        assert len(rows) == len(MIGRATIONS) and all(r[2] is not None for r in rows)
    with open_store(store_url) as s:  # reopening applies nothing again
        assert len(s.db.execute("SELECT * FROM _dateline_migrations")) == len(MIGRATIONS)


def test_write_stores_every_table(store):
    doc = niger_doc()
    assert store.write([doc]) == {"documents": 1, "events": 5}
    c = counts(store)
    assert c["documents"] == 1
    assert c["sentences"] == len(doc.sentences)
    assert c["mentions"] == len(doc.mentions)
    assert c["places"] == len(doc.places)
    assert c["events"] == 5
    assert c["event_participants"] == 10  # one actor and one recipient each
    assert c["event_mentions"] == 6  # e1 is reported twice (terminating ... / decided to denounce ...)
    assert c["actors"] == len({(m.actor.name, m.actor.country, m.actor.sector) for m in doc.mentions})
    assert c["stories"] == 5


def test_rewriting_an_article_replaces_its_rows(store):
    store.write([niger_doc(), wire_doc()])
    before = counts(store)
    store.write([niger_doc()])
    store.write([niger_doc(), niger_doc()])  # the same article twice in one batch: stored once
    assert counts(store) == before
    # Re-coding with fewer events removes the dropped ones and their now-empty stories.
    doc = niger_doc()
    doc.events = doc.events[:2]
    store.write([doc])
    after = counts(store)
    assert after["events"] == before["events"] - 3
    assert after["stories"] == before["stories"] - 3
    ids = {r[0] for r in store.db.execute("SELECT id FROM events")}
    assert "seed-niger:e5" not in ids and "seed-niger:e1" in ids
    assert not store.db.execute("SELECT * FROM event_participants WHERE event_id = 'seed-niger:e5'")


def test_coded_ids_for_resumable_runs(store):
    store.write([niger_doc(version="v1"), wire_doc(version="v2")])
    assert store.coded_ids(["seed-niger", "wire-1", "unknown"], "v1") == {"seed-niger"}
    assert store.coded_ids(["seed-niger", "wire-1"], "v2") == {"wire-1"}
    assert store.coded_ids([], "v1") == set()
    many = [f"doc-{i}" for i in range(1200)] + ["wire-1"]  # more ids than one IN (...) chunk
    assert store.coded_ids(many, "v2") == {"wire-1"}


def test_failed_batch_leaves_nothing_behind(store):
    store.write([niger_doc()])
    before = counts(store)
    bad = wire_doc()
    # An event whose sentence offsets are not integers fails on insert, after the deletes ran.
    bad.events[0] = replace(bad.events[0], quad="not a number")  # type: ignore[arg-type]
    with pytest.raises(Exception):
        store.write([niger_doc(), bad])
    assert counts(store) == before
    assert store.event("seed-niger:e1") is not None


def test_runs_are_recorded(store):
    run = store.start_run("v1", {"paths": ["samples/"]})
    store.write([niger_doc(version="v1")], run_id=run)
    store.finish_run(run)
    row = store.db.query("SELECT * FROM runs WHERE id = ?", [run])[0]
    assert row["n_documents"] == 1 and row["n_events"] == 5 and row["finished_at"] is not None


def test_delete_documents(store):
    store.write([niger_doc(), wire_doc()])
    store.delete(["seed-niger"])
    assert store.stats()["documents"] == 1
    story = store.event("wire-1:e1")["story"]
    assert story["n_articles"] == 1 and story["n_events"] == 1


def test_read_only_open_upgrades_an_older_duckdb_store(tmp_path):
    path = tmp_path / "old.duckdb"
    with open_store(path) as s:
        s.write([niger_doc()])
        s.db.execute("DELETE FROM _dateline_migrations WHERE name = '0004_sort_index'")  # as if made before it
    with open_store(path, read_only=True) as s:
        assert "0004_sort_index" in applied(s.db)
        assert s.events().total == 5


def test_read_only_duckdb_store(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_store(path) as s:
        s.write([niger_doc()])
    with open_store(path, read_only=True) as s:
        assert s.events().total == 5
    from dateline.store import StoreError

    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_nul_characters_are_stored_as_spaces(store):
    from dateline.model import DocResult

    doc = wire_doc()
    text = doc.text.replace("Niger's", "Niger\x00s")  # same length: offsets unchanged
    store.write([DocResult(**{**doc.__dict__, "text": text})])
    ev = store.event("wire-1:e1")
    assert "\x00" not in ev["document"]["text"] and ev["document"]["text"].startswith("Niger s ruling")
    assert ev["actor"][0]["text"] == "Niger's ruling junta"  # the span text as coded (had no NUL)


def test_upgrade_from_first_migration_backfills_search_columns(store_url):
    """A store made by migration 0001 only is upgraded on open and filters give the same results."""
    with open_store(store_url) as s:
        s.write([niger_doc(), wire_doc()])
        queries = [{"country": "NER"}, {"dyad": "NER-USA"}, {"actor": "junta"}, {"q": "house arrest"},
                   {"recipient_country": "USA|NER"}]
        before = [s.events(q, limit=100, sort="id").data for q in queries]
        # Undo 0002 as if the store had been created before it existed (DuckDB cannot drop a column
        # of an indexed table: drop the tables' indexes first, and put 0001's back afterwards).
        for index in ("event_mentions_event", "participants_event", "events_doc", "events_date", "events_type",
                      "events_story", "events_dyad", "participants_country", "participants_doc", "events_date_desc"):
            s.db.execute(f"DROP INDEX {index}")
        for table, column in (("events", "sentence_lc"), ("events", "countries"), ("events", "actor_countries"),
                              ("events", "recipient_countries"), ("event_participants", "search")):
            s.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        s.db.execute("DELETE FROM _dateline_migrations WHERE name = '0002_search_columns'")
    with open_store(store_url) as s:
        assert "0002_search_columns" in applied(s.db)
        for statement in (st for _, statements in MIGRATIONS for st in statements if isinstance(st, str)):
            if statement.startswith("CREATE INDEX"):
                s.db.execute(statement)
        assert [s.events(q, limit=100, sort="id").data for q in queries] == before
        assert all(b for b in before)


@pytest.mark.db
@pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")
def test_concurrent_writers_on_postgresql(tmp_path, request):
    """Two connections writing reports of the same happenings at once: writes serialise, nothing
    duplicates, and the reports end up in one story whichever committed first."""
    import threading

    url = new_store_url("postgresql", tmp_path, request)
    with open_store(url):
        pass  # schema created once
    errors = []

    def writer(doc_factory):
        try:
            with open_store(url) as s:
                for _ in range(5):
                    s.write([doc_factory()])
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f,)) for f in (niger_doc, wire_doc)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(url) as s:
        assert s.stats()["documents"] == 2 and s.stats()["events"] == 7
        assert s.event("seed-niger:e1")["story_id"] == s.event("wire-1:e1")["story_id"]
        assert s.stats()["stories"] == 5


def test_event_dyads_backfill_matches_writer(store_url):
    """Migration 0005 back-fills event_dyads exactly as the writer fills it (several participants)."""
    from dateline.model import Participant

    doc = wire_doc()
    e1 = doc.events[0]
    extra = [Participant(0, 5, "Niger", "NER", "GOV"), Participant(0, 5, "army", "NER", "MIL")]
    doc.events[0] = replace(e1, actor=[*e1.actor, *extra],
                            recipient=[*e1.recipient, Participant(0, 6, "France", "FRA", "GOV")])
    cols = "event_id, actor_country, actor_sector, recipient_country, recipient_sector, country_first, quad"
    with open_store(store_url) as s:
        s.write([niger_doc(), doc])
        written = sorted(s.db.execute(f"SELECT {cols} FROM event_dyads"), key=repr)
        s.db.execute("DROP TABLE event_dyads")
        s.db.execute("DELETE FROM _dateline_migrations WHERE name = '0005_event_dyads'")
    with open_store(store_url) as s:
        assert sorted(s.db.execute(f"SELECT {cols} FROM event_dyads"), key=repr) == written
    firsts = [r for r in written if r[0] == "wire-1:e1" and r[5]]
    assert sorted((r[1], r[3]) for r in firsts) == [("NER", "FRA"), ("NER", "USA")]
    assert len([r for r in written if r[0] == "wire-1:e1"]) == 4  # NER MIL/GOV x USA/FRA (MIL twice: deduped)
