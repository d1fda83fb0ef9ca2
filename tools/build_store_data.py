"""Regenerate the GDELT 2.0 column lists under ``src/dateline/store/data/`` from the codebook files.

    python tools/build_store_data.py [FORMATS_DIR]     # default: ../shared/data/events/formats

- ``gdelt_events_columns.txt``: first field of each row of
  ``GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv`` (after its header);
- ``gdelt_mentions_columns.txt``: second field of each numbered row of
  ``GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv``.

One name a line, under a "generated - do not edit" header.  ``tests/store/test_export.py``
regenerates both and compares.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FORMATS = REPO.parent / "shared" / "data" / "events" / "formats"
EVENTS_SOURCE = "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
MENTIONS_SOURCE = "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv"
DATA = REPO / "src" / "dateline" / "store" / "data"
TARGET = DATA / "gdelt_events_columns.txt"
MENTIONS_TARGET = DATA / "gdelt_mentions_columns.txt"
HEADER = "# generated - do not edit: tools/build_store_data.py (column names of the GDELT 2.0 {} table, in file order)"
NAME = re.compile(r"[A-Za-z0-9_]+")


def build(source: Path) -> str:
    """The Events column list from the Events codebook CSV."""
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    names = [r[0] for r in rows[1:] if r and NAME.fullmatch(r[0])]
    return "\n".join([HEADER.format("Events"), *names]) + "\n"


def build_mentions(source: Path) -> str:
    """The Mentions column list from the Mentions codebook TSV (rows numbered 0, 1, ...)."""
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    names = [r[1] for r in rows[1:] if len(r) > 1 and r[0].isdigit() and NAME.fullmatch(r[1])]
    return "\n".join([HEADER.format("Mentions"), *names]) + "\n"


def main() -> None:
    formats = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FORMATS
    TARGET.write_text(build(formats / EVENTS_SOURCE), encoding="utf-8")
    MENTIONS_TARGET.write_text(build_mentions(formats / MENTIONS_SOURCE), encoding="utf-8")
    print(f"wrote {TARGET} and {MENTIONS_TARGET}")


if __name__ == "__main__":
    main()
