"""Issue 6's check, in a real Chromium: the founding example coded by the real pipeline shows
Niamey on the map.  Niamey is named only in a photo caption, which is not coded for events, so it
is no event location; the places stage still resolves it (GeoNames 2440485) and the store keeps it
as a place of the document, drawn as the map's "places mentioned" layer."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.model]

NIAMEY = 2440485


@pytest.fixture(scope="module")
def coded_url(pipeline, sample_path, tmp_path_factory):
    from live_server import LiveServer

    from dateline.api import create_app
    from dateline.ingest import read_path
    from dateline.store import open_store

    (article,) = list(read_path(str(sample_path)))
    result = pipeline.process(article)
    db = str(tmp_path_factory.mktemp("web-coded") / "events.duckdb")
    with open_store(db) as store:
        store.write([result])
        assert NIAMEY in {p["geonameid"] for p in store.document_places()}
        assert NIAMEY not in {p["geonameid"] for p in store.places()}  # the caption is not an event location
    live = LiveServer(create_app(db), log_level="warning")
    yield live.url + "/"
    live.stop()


@pytest.fixture
def coded_page(browser, coded_url):
    from browser_page import offline_page

    yield from offline_page(browser, coded_url)


def test_map_shows_niamey_as_a_place_the_article_mentions(coded_page, coded_url, shot):
    page = coded_page
    page.goto(coded_url + "#map")
    page.wait_for_selector("#map-chart svg .map-docplace", state="attached")
    niamey = page.query_selector(f"#map-chart .map-docplace[data-geonameid='{NIAMEY}']")
    assert niamey is not None and niamey.get_attribute("data-name") == "Niamey"
    assert page.query_selector("#map-chart .map-point[data-name='Niamey']") is None  # not an event location
    legend = page.inner_text("#map-legend")
    assert "event location" in legend and "place mentioned in the articles" in legend
    assert "places mentioned" in page.inner_text("#map-note")
    niamey.dispatch_event("mousemove")
    assert "not an event location" in page.inner_text("#tooltip")
    shot(page, "07-map-places-mentioned")
    # The legend's checkbox hides the layer.
    page.uncheck("#show-docplaces")
    assert page.get_attribute("#map-chart .map-docplaces", "display") == "none"
    # A filter keeps the places of the matching events' articles: the founding example's SANCTION.
    page.goto(coded_url + "#map?type=SANCTION")
    page.wait_for_selector("#map-chart svg .map-docplace", state="attached")
    assert page.query_selector(f"#map-chart .map-docplace[data-geonameid='{NIAMEY}']")
    assert not page.errors
