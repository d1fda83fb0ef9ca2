"""A browser page for the UI tests that may not leave the machine (shared by tests/web)."""

from __future__ import annotations


def offline_page(browser, base_url: str):
    """A fresh browser page that may only talk to ``base_url``; yields it, then checks that nothing
    tried to leave the machine.  ``page.errors`` collects page errors and console errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    # Nothing may leave the machine: fail any request that is not to the test server.
    outside: list[str] = []
    pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
             else (outside.append(route.request.url), route.abort()))
    pg.errors = errors
    pg.outside = outside
    yield pg
    context.close()
    assert not outside, f"the UI tried to reach the internet: {outside}"
