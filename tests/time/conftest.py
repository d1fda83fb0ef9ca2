"""Fixtures of the time-stage tests: the founding example's text and date line."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def founding() -> tuple[str, str]:
    """(text, dct) of samples/niger-2024-03-17.txt, read like the dated-text form: header line off."""
    raw = (REPO / "samples" / "niger-2024-03-17.txt").read_text(encoding="utf-8")
    header, _, rest = raw.partition("\n")
    dct = header.strip().split()[1]
    return rest.lstrip("\n"), dct


@pytest.fixture(scope="session")
def founding_timexes(founding):
    from dateline.time import tag

    text, dct = founding
    return {t.text: t for t in tag(text, dct)}
