"""The headline figures of one or two ``bench/figures.sh`` output directories, side by side.

    .venv/bin/python bench/figures_summary.py OUT_START [OUT_NOW]

Reads only the summary lines the scripts print (the score-only sets print nothing else), one row per
figure, and marks the rows that changed between the two directories.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# (label, file, regex whose groups make the figure); the first match in the file is taken
FIGURES = (
    ("precision, all samples, >= 0.5 after the layer (AUC)", "precision.txt",
     r"^\| all \|(?:[^|]*\|){3}\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|"),
    ("precision, pooled groups (>= 0.5 after)", "precision.txt", None),
    ("plv full: pair-match, accuracy, macro-F1", "plv_full.txt", r"pair-match: ([\d.]+%)\s+accuracy: ([\d.]+).*macro-F1 \(15 classes\): ([\d.]+)"),
    ("plv even", "plv_even.txt", r"pair-match: ([\d.]+%)\s+accuracy: ([\d.]+).*macro-F1 \(15 classes\): ([\d.]+)"),
    ("plv odd (score only)", "plv_odd.txt", r"pair-match: ([\d.]+%)\s+accuracy: ([\d.]+).*macro-F1 \(15 classes\): ([\d.]+)"),
    ("ConfliBERT penta-class", "plv_full.txt", r"penta-class[^\d]*([\d.]+)"),
    ("status all: accuracy, macro-F1", "status.txt", r"five classes: accuracy ([\d.]+%)\n(?:.*\n)*?\s*macro-F1 ([\d.]+)"),
    ("status even", "status_even.txt", r"five classes: accuracy ([\d.]+%)\n(?:.*\n)*?\s*macro-F1 ([\d.]+)"),
    ("status odd (score only)", "status_odd.txt", r"five classes: accuracy ([\d.]+%)\n(?:.*\n)*?\s*macro-F1 ([\d.]+)"),
    ("dates all: exact, consistent, wrong, undated", "dates.txt",
     r"all dated gold events\s+\d+\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)"),
    ("dates even", "dates_even.txt", r"all dated gold events\s+\d+\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)"),
    ("dates odd (score only)", "dates_odd.txt", r"all dated gold events\s+\d+\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)\s+([\d.]+%)"),
    ("TimeML value F1 all", "time.txt", r"^value\s+[\d.]+\s+[\d.]+\s+([\d.]+)"),
    ("TimeML value F1 even", "time_even.txt", r"^value\s+[\d.]+\s+[\d.]+\s+([\d.]+)"),
    ("TimeML value F1 odd (score only)", "time_odd.txt", r"^value\s+[\d.]+\s+[\d.]+\s+([\d.]+)"),
    *((f"recall {s}: type right, right >= 0.5", f"recall_{s}.txt",
       r"^gold events\s+([\d.]+% \(\d+/\d+\))\s+[\d.]+% \(\d+/\d+\)\s+([\d.]+% \(\d+/\d+\))")
      for s in ("dev", "dev_a", "conflict_dev", "dev_b", "dev_c", "heldout", "heldout2", "heldout3")),
    ("recipients right (design recall samples)", "recipients.txt", r"found (\d+); recipient right (\d+)"),
    ("actor mentions / places (design)", "mentions.txt",
     r"mentions: (\d+) judged outputs, precision ([\d.]+%).*\n(?:.*\n)*?places: \d+ judged outputs, precision ([\d.]+%)"),
    ("actor mentions (held out, score only)", "mentions_heldout.txt", r"mentions: (\d+) judged outputs, precision ([\d.]+%)"),
)


def figure(out: Path, name: str, pattern: str | None) -> str:
    path = out / name
    if not path.exists():
        return "-"
    text = path.read_text(errors="replace")
    if pattern is None:  # the pooled lines of the precision table
        rows = re.findall(r"^\| pooled ([^|]+?) \|(?:[^|]*\|){3}\s*([^|]+?)\s*\|", text, re.M)
        return "; ".join(f"{a.strip()} {b}" for a, b in rows) or "-"
    m = re.search(pattern, text, re.M)
    return " / ".join(g for g in m.groups()) if m else "?"


def main() -> None:
    outs = [Path(a) for a in sys.argv[1:3]]
    if not outs:
        sys.exit(__doc__)
    for label, name, pattern in FIGURES:
        values = [figure(o, name, pattern) for o in outs]
        mark = " *" if len(values) == 2 and values[0] != values[1] else ""
        print(f"{label}: " + "  ->  ".join(values) + mark)


if __name__ == "__main__":
    main()
