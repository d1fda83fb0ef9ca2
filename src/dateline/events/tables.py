"""The events stage's data tables (``data/*.tsv``): one reader for all of them.

Tab-separated with a header row; lines starting with ``#`` (provenance, licence, comments) and blank
lines are skipped.  Read from the installed package, so the tables travel with it.
"""

from __future__ import annotations

import csv
from importlib import resources


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` as dicts keyed by the header."""
    text = resources.files("dateline.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))
