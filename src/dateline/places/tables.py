"""The places stage's hand-written word tables (``data/*.tsv``): one reader for all of them.

Tab-separated with a header row; lines starting with ``#`` (provenance, licence, comments) are skipped.
(The gazetteer's own sources are read by :mod:`dateline.places.build`.)
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` as dicts keyed by the header."""
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """A one-word-a-line list of ``data/`` (``*.txt``; comments start with #)."""
    path = DATA / name
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
