"""The HTTP API against a real store (DuckDB; PostgreSQL too when DATELINE_TEST_PG_URL is set)."""

from __future__ import annotations

import pytest

from dateline.api.app import MAX_LIMIT

ERROR_KEYS = {"ok", "error", "errors", "status"}


def assert_error(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == ERROR_KEYS, body
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str)
    assert isinstance(body["errors"], list)
    assert "Traceback" not in resp.text
    return body


def events(client, **params) -> dict:
    resp = client.get("/events", params=params)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["ok"] is True
    return body


def test_health_reports_store_size(client):
    body = client.get("/health").json()
    assert body["ok"] is True and body["read_only"] is True
    assert body["events"] == 4 + 3 * 200 and body["documents"] == 201


def test_openapi_schema_lists_every_route(client):
    schema = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}", "/actors", "/dyads", "/aggregates", "/places", "/health", "/meta"):
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert {"country", "actor_country", "recipient_country", "actor", "dyad", "type", "mode", "quad", "status",
            "date_from", "date_to", "q", "fields", "limit", "page", "place"} <= names


def test_events_are_paged_with_totals(client):
    first = events(client, limit=25, page=1)
    second = events(client, limit=25, page=2)
    assert first["total"] == 604 and first["pages"] == 25 and len(first["data"]) == 25
    assert not {e["id"] for e in first["data"]} & {e["id"] for e in second["data"]}
    dates = [e["date"] for e in first["data"]]
    assert dates == sorted(dates, reverse=True)  # newest first by default


def test_page_size_is_capped(client):
    body = assert_error(client.get("/events", params={"limit": MAX_LIMIT + 1}), 400)
    assert body["errors"][0]["field"] == "limit"
    assert len(events(client, limit=MAX_LIMIT)["data"]) == MAX_LIMIT


def test_fields_selects_columns_and_rejects_unknown_ones(client):
    body = events(client, fields="id,type,actor_country", limit=3)
    assert all(set(e) == {"id", "type", "actor_country"} for e in body["data"])
    assert "nonsense" in assert_error(client.get("/events", params={"fields": "id,nonsense"}), 400)["error"]


@pytest.mark.parametrize("params, check", [
    ({"country": "NER"}, lambda e: "NER" in (e["actor_country"], e["recipient_country"])),
    ({"country": "MLI|BFA"}, lambda e: {"MLI", "BFA"} & {e["actor_country"], e["recipient_country"]}),
    ({"actor_country": "USA"}, lambda e: e["actor_country"] == "USA"),
    ({"recipient_country": "ner"}, lambda e: e["recipient_country"] == "NER"),
    ({"dyad": "NER-USA|USA-NER"}, lambda e: {e["actor_country"], e["recipient_country"]} == {"NER", "USA"}),
    ({"type": "SANCTION|COERCE"}, lambda e: e["type"] in ("SANCTION", "COERCE")),
    ({"mode": "visit"}, lambda e: e["mode"] == "visit"),
    ({"quad": "3|4"}, lambda e: e["quad"] in (3, 4)),
    ({"status": "future"}, lambda e: e["status"] == "future"),
    ({"date_from": "2024-03-01", "date_to": "2024-03-31"}, lambda e: e["date"].startswith("2024-03")),
    ({"date_from": "2024"}, lambda e: e["date"] >= "2024"),
    ({"q": "DEFENCE PACT"}, lambda e: "defence pact" in e["sentence"].lower()),
    ({"actor": "junta"}, lambda e: True),
    ({"place": "Niamey"}, lambda e: e["location_name"] == "Niamey"),
    ({"place": "2440485"}, lambda e: e["location_name"] == "Niamey"),
    ({"min_confidence": "0.9"}, lambda e: e["confidence"] >= 0.9),
])
def test_each_filter_returns_only_matching_events(client, params, check):
    body = events(client, limit=MAX_LIMIT, **params)
    assert body["total"] > 0, params
    assert all(check(e) for e in body["data"]), params
    assert body["total"] < 604 or params == {}


def test_filters_combine_with_and(client):
    both = events(client, country="NER", quad="4", limit=MAX_LIMIT)
    assert 0 < both["total"] < events(client, country="NER")["total"]
    assert all(e["quad"] == 4 for e in both["data"])


def test_bad_filter_values_get_400_in_the_error_shape(client):
    for params in ({"quad": "7"}, {"type": "PICNIC"}, {"date_from": "2024-02-30"}, {"status": "maybe"},
                   {"dyad": "NER"}, {"sort": "random()"}, {"page": 0}, {"min_confidence": "sure"}):
        assert_error(client.get("/events", params=params), 400)


def test_event_page_has_text_sentences_and_spans(client):
    body = client.get("/events/seed-niger:e1").json()
    assert body["ok"] is True
    ev = body["data"]
    text = ev["document"]["text"]
    assert ev["type"] == "SANCTION" and ev["date"] == "2024-03-16"
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == "terminating"
    assert text[ev["actor"][0]["start"]:ev["actor"][0]["end"]] == "Nigerien government"
    assert text[ev["recipient"][0]["start"]:ev["recipient"][0]["end"]] == "the United States"
    assert text[ev["date_span"]["start"]:ev["date_span"]["end"]] == "Saturday"
    assert ev["sentences"][0]["text"].startswith("The Nigerien government announced")
    assert [r["kind"] for r in ev["document"]["excluded"]] == ["caption"]
    assert {e["id"] for e in ev["doc_events"]} == {f"seed-niger:e{i}" for i in range(1, 5)}


def test_unknown_event_and_route_are_404(client):
    assert "no event" in assert_error(client.get("/events/nope:e9"), 404)["error"]
    assert_error(client.get("/no/such/thing"), 404)


def test_api_is_read_only_by_default(client):
    assert_error(client.post("/events", json={"type": "ASSAULT"}), 405)
    assert_error(client.delete("/documents/seed-niger"), 403)
    assert client.get("/events/seed-niger:e1").status_code == 200


def test_dyads_hold_the_niger_usa_edge(client):
    body = client.get("/dyads", params={"country": "NER", "limit": 200}).json()
    pairs = {(d["actor_country"], d["recipient_country"]): d for d in body["data"]}
    assert ("NER", "USA") in pairs and ("USA", "NER") in pairs
    d = pairs[("NER", "USA")]
    assert d["n_events"] == sum(d[f"n_quad{q}"] for q in (1, 2, 3, 4))
    assert d["n_events"] == events(client, dyad="NER-USA")["total"]


def test_actors_count_events_by_country(client):
    rows = client.get("/actors", params={"level": "country", "limit": 300}).json()["data"]
    ner = next(r for r in rows if r["country"] == "NER")
    assert ner["n_events"] == events(client, country="NER")["total"]


def test_aggregates_count_every_dated_event_once(client):
    rows = client.get("/aggregates", params={"interval": "month", "by": "quad"}).json()["data"]
    assert sum(r["n_events"] for r in rows) == 604
    assert {r["group"] for r in rows} == {"1", "2", "3", "4"}
    week = client.get("/aggregates", params={"interval": "week", "by": "none", "dyad": "NER-USA"}).json()["data"]
    assert sum(r["n_events"] for r in week) == events(client, dyad="NER-USA")["total"]
    assert all(-10 <= r["mean_score"] <= 10 for r in week)
    assert_error(client.get("/aggregates", params={"interval": "hour"}), 400)


def test_places_give_map_points(client):
    rows = client.get("/places").json()["data"]
    niamey = next(r for r in rows if r["name"] == "Niamey")
    assert niamey["geonameid"] == 2440485 and abs(niamey["lat"] - 13.51) < 0.01
    assert niamey["n_events"] == events(client, place="Niamey")["total"]


def test_meta_lists_codes_for_the_ui(client):
    body = client.get("/meta").json()
    assert "SANCTION" in body["event_types"] and body["country_names"]["NER"] == "Niger"
    assert body["country_numeric"]["NER"] == "562" and body["max_limit"] == MAX_LIMIT


def test_ui_and_vendored_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "dateline" in page.text
    for path in ("/static/app.js", "/static/views.js", "/static/event.js", "/static/app.css",
                 "/static/vendor/d3/d3.min.js", "/static/vendor/topojson-client/topojson-client.min.js",
                 "/static/vendor/world-atlas/countries-50m.json"):
        assert client.get(path).status_code == 200, path
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_openapi_documents_the_error_shape(client):
    schema = client.get("/openapi.json").json()
    body = schema["components"]["schemas"]["ErrorBody"]
    assert set(body["properties"]) == {"ok", "status", "error", "errors"}
    assert "400" in schema["paths"]["/events"]["get"]["responses"]


def test_misspelt_parameters_are_named_not_ignored(client):
    body = assert_error(client.get("/events", params={"countr": "NER"}), 400)
    assert "countr" in body["error"] and "country" in body["error"]
    assert body["errors"] == [{"field": "countr", "message": "unknown parameter"}]
    assert_error(client.get("/aggregates", params={"interval": "week", "group": "quad"}), 400)
