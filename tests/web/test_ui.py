"""The web UI in a real headless Chromium: load, filter, open an event, check the highlights."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def wait_rows(page):
    page.wait_for_selector("#events-table tbody tr[data-id]")


def test_event_table_loads_and_filters(page, live_url, shot):
    page.goto(live_url)
    wait_rows(page)
    assert "904 events" in page.inner_text("#events-count")
    shot(page, "01-events")
    page.fill("input[name=country]", "NER")
    page.check("input[name=quad][value='4']")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#events-table tbody[data-query*='quad=4'] tr[data-id]")
    assert "country=NER" in page.url and "quad=4" in page.url
    rows = page.query_selector_all("#events-table tbody tr[data-id]")
    assert rows
    for row in rows:
        assert row.query_selector(".chip").inner_text() == "4"
        assert "NER" in row.inner_text()
    shot(page, "02-events-filtered")
    chips = [c.inner_text() for c in page.query_selector_all("#active-filters .chip-filter")]
    assert chips == ["country: NER ×", "quad: 4 ×"]
    page.click("#active-filters .chip-filter >> text=quad")
    page.wait_for_selector("#events-table tbody[data-query='country=NER&limit=50&page=1'] tr[data-id]")
    assert page.input_value("input[name=country]") == "NER" and not page.is_checked("input[name=quad][value='4']")
    assert not page.errors


def test_confidence_filter_keeps_the_surer_events(page, live_url):
    page.goto(live_url)
    wait_rows(page)
    page.select_option("select[name=min_confidence]", "0.9")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#events-table tbody[data-query*='min_confidence=0.9'] tr[data-id]")
    assert "min_confidence=0.9" in page.url
    shown = int(page.inner_text("#events-count").split()[0].replace(",", ""))
    assert 0 < shown < 904
    assert not page.errors


def test_event_page_highlights_the_spans(page, live_url, shot):
    page.goto(live_url + "#events?dyad=NER-USA&type=SANCTION")
    wait_rows(page)
    page.click("#events-table tbody tr[data-id='seed-niger:e1']")
    page.wait_for_selector(".article-text mark")
    marks = {m.get_attribute("data-role"): m.inner_text() for m in page.query_selector_all(".article-text mark")}
    assert marks["trigger"] == "terminating"
    assert marks["actor"] == "Nigerien government"
    assert marks["recipient"] == "the United States"
    assert marks["date"] == "Saturday"
    sentence = "".join(el.text_content() for el in page.query_selector_all(".article-text .sent"))
    assert sentence.startswith("The Nigerien government announced on Saturday that it was terminating")
    assert sentence.endswith("with immediate effect.")
    caption = "".join(el.text_content() for el in page.query_selector_all(".article-text .excluded"))
    assert caption.startswith("U.S. Secretary of State Antony Blinken (left)") and caption.endswith("Photo: AP")
    assert "SANCTION" in page.inner_text(".event-head") and "2024-03-16" in page.inner_text(".facts")
    shot(page, "03-event-page")
    assert not page.errors


def test_timeline_shows_quads_and_dyad_trajectory(page, live_url, shot):
    page.goto(live_url + "#timeline?interval=week")
    page.wait_for_selector("#timeline-chart svg rect", state="attached")
    page.wait_for_selector("#dyad-chart svg circle", state="attached")
    assert page.query_selector_all("#timeline-chart svg g[fill] rect")
    shot(page, "04-timeline")
    # A bar opens the table on that week and quad class.
    bar = next(r for r in page.query_selector_all("#timeline-chart svg g[fill] rect")
               if float(r.get_attribute("height")) > 0)
    bar.dispatch_event("click")
    page.wait_for_selector("#events-table tbody[data-query*='date_from='] tr[data-id]")
    assert "date_from=" in page.url and "date_to=" in page.url and "quad=" in page.url
    assert not page.errors


def test_network_has_the_niger_usa_edge(page, live_url, shot):
    page.goto(live_url + "#network?country=NER")
    page.wait_for_selector("#network-chart svg .net-edge", state="attached")
    labels = [t.text_content() for t in page.query_selector_all("#network-chart .net-label")]
    assert "NER" in labels and "USA" in labels
    shot(page, "05-network")
    edge = page.query_selector_all("#network-chart .net-edge")[0]
    edge.dispatch_event("click")
    page.wait_for_selector("#events-table tbody[data-query*='dyad='] tr[data-id]")
    dyad = page.input_value("input[name=dyad]")
    actor, recipient = dyad.split("-")
    for row in page.query_selector_all("#events-table tbody tr[data-id]"):
        codes = [c.inner_text() for c in row.query_selector_all(".code")]
        assert codes[:2] == [actor, recipient]
    assert not page.errors


def test_map_shows_niamey(page, live_url, shot):
    page.goto(live_url + "#map")
    page.wait_for_selector("#map-chart svg .map-point", state="attached")
    assert page.query_selector("#map-chart .map-point[data-name='Niamey']")
    assert len(page.query_selector_all("#map-chart .map-country")) > 200
    shot(page, "06-map")
    page.dispatch_event("#map-chart .map-point[data-name='Niamey']", "click")
    page.wait_for_selector("#events-table tbody[data-query*='place=2440485'] tr[data-id]")
    assert "place=2440485" in page.url
    assert all("Niamey" in r.inner_text() for r in page.query_selector_all("#events-table tbody tr[data-id]"))
    assert not page.errors


def test_table_sorts_by_score_and_pages(page, live_url, shot):
    page.goto(live_url + "#events?limit=25")
    wait_rows(page)
    page.click("#events-table th[data-sort=score]")
    page.wait_for_selector("#events-table tbody[data-query*='sort=-score'] tr[data-id]")
    expect(page.locator("#events-table th[data-sort=score]")).to_have_class("num sortable desc")
    scores = [float(c.inner_text()) for c in page.query_selector_all("#events-table tbody td.num:nth-child(6)")]
    assert scores == sorted(scores, reverse=True) and scores[0] == 7.0
    page.click("#next-page")
    page.wait_for_selector("#events-table tbody[data-query*='page=2'] tr[data-id]")
    expect(page.locator("#page-info")).to_have_text("page 2 of 37")
    assert not page.errors
