"""Shared fixtures of the actors tests: what the actors stage finds in a sentence, parsed by the real spaCy model
(``nlp``, tests/conftest.py), as the texts of its mentions or as each mention's (country, sector)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve


@pytest.fixture(scope="module")
def mention_texts(nlp):
    """The texts of the mentions the actors stage finds in ``text``, in text order."""
    def run(text: str) -> list[str]:
        return [m.text for m in resolve(nlp(text), None).mentions]

    return run


@pytest.fixture(scope="module")
def mention_codes(nlp):
    """Each mention's text -> (country, sector) in ``text``."""
    def run(text: str) -> dict[str, tuple]:
        return {m.text: (m.actor.country, m.actor.sector) for m in resolve(nlp(text), None).mentions}

    return run
