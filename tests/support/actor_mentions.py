"""The actors stage's mentions of a sentence written for a test, and the one a test asserts on (tests/actors)."""

from __future__ import annotations

from dateline.actors import resolve


def mentions(nlp, text: str, date: str = "2013-05-01"):
    """The mentions the actors stage resolves in ``text``, an article dated ``date``."""
    return resolve(nlp(text), date).mentions


def one(ms, start: str):
    """The first of ``ms`` whose text starts with ``start`` (any case); the test fails, listing them, when none does."""
    found = [m for m in ms if m.text.lower().startswith(start.lower())]
    assert found, [m.text for m in ms]
    return found[0]
