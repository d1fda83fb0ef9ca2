"""Regenerate ``src/dateline/store/data/gdelt_events_columns.txt`` from the GDELT 2.0 codebook CSV.

    python tools/build_store_data.py [../shared/data/events/formats/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv]

Writes the column names (first field of each row after the header), one a line, under a
"generated - do not edit" header.  ``tests/store/test_export.py`` regenerates and compares.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "events" / "formats" / \
    "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
TARGET = REPO / "src" / "dateline" / "store" / "data" / "gdelt_events_columns.txt"
HEADER = "# generated - do not edit: tools/build_store_data.py (column names of the GDELT 2.0 Events table, in file order)"


def build(source: Path) -> str:
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    names = [r[0] for r in rows[1:] if r and re.fullmatch(r"[A-Za-z0-9_]+", r[0])]
    return "\n".join([HEADER, *names]) + "\n"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    TARGET.write_text(build(source), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
