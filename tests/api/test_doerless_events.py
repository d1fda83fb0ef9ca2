"""The API over events whose doer the text does not name (events/agentless.py: an EMPTY actor list): listed,
filtered by their recipient, shown with an empty actor, counted in aggregates, in no dyad."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # (the store tests' document builders)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient
    from store_fixtures import niger_doc
    from test_no_doer import no_doer_doc

    from dateline.api import create_app
    from dateline.store import open_store

    url = str(tmp_path_factory.mktemp("nodoer") / "events.duckdb")
    with open_store(url) as store:
        store.write([niger_doc(), no_doer_doc()])
    with TestClient(create_app(url), raise_server_exceptions=False) as c:
        yield c


def test_listed_and_filtered_by_recipient(client):
    rows = client.get("/events", params={"type": "ASSAULT"}).json()["data"]
    (row,) = rows
    assert row["id"] == "nodoer-1:e1" and row["recipient_country"] == "NER"
    assert row["actor_country"] is None and row["actor_name"] is None
    ids = {r["id"] for r in client.get("/events", params={"country": "NER", "limit": 100}).json()["data"]}
    assert "nodoer-1:e1" in ids
    ids = {r["id"] for r in client.get("/events", params={"actor_country": "NER", "limit": 100}).json()["data"]}
    assert not ids & {"nodoer-1:e1", "nodoer-1:e2"}


def test_event_page_has_an_empty_actor(client):
    ev = client.get("/events/nodoer-1:e2").json()["data"]
    assert ev["actor"] == [] and ev["recipient"][0]["text"] == "A journalist"
    assert ev["reason"].endswith("+agentless")
    text = ev["document"]["text"]
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == "arrested"


def test_in_aggregates_not_in_dyads(client):
    rows = client.get("/aggregates", params={"interval": "day", "by": "quad"}).json()["data"]
    assert sum(r["n_events"] for r in rows) == 7  # the founding example's 5 and the 2 with no doer
    dyads = client.get("/dyads", params={"limit": 200}).json()["data"]
    assert all(d["actor_country"] for d in dyads)
