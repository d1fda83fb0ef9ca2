"""The places stage's hand-written word tables (``data/*.tsv``): one reader for all of them.

Tab-separated with a header row; lines starting with ``#`` (provenance, licence, comments) are skipped.
(The gazetteer's own sources are read by :mod:`dateline.places.build`.)
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` as dicts keyed by the header."""
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
