"""American local papers shorten "County" to "Co." ("Platte Co. tops 32K", "PLYMOUTH CO. -").

"Co." also ends companies' names ("Ford Motor Co.", "Johnson Co."), so the short form is read as a
county only when a county of that name lies in a first-level unit that the text itself names
("Nebraska", "Iowa", "Neb."): the state says which county, and that the words are no company's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# one or two capitalised words (or all capitals), then "Co." - not inside a longer capitalised name
COUNTY_SHORT = re.compile(r"(?<![\w'\u2019.&-])((?:[A-Z][A-Za-z'\u2019-]+ )?[A-Z][A-Za-z'\u2019-]+) (?:Co|CO)\.")
PREVIOUS_WORD = re.compile(r"([\w&][\w'\u2019.&-]*) $")


def named_admin1_rows(doc, g) -> set[int]:
    """The first-level units the text names, by name ("Nebraska") or press abbreviation ("Neb.")."""
    rows = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            rows |= {e.row for e in g.lookup(ent.text) if e.kind == "admin1"}
    for tok in doc:
        if tok.text.endswith(".") and tok.text[:1].isupper() and (abbrev := g.abbreviation(tok.text)):
            rows.add(abbrev.row)
    return rows


def short_counties(doc, g) -> Iterator[tuple[int, int, list]]:
    """(start, end, county readings) for each "X Co." whose county lies in a unit the text names."""
    text = doc.text
    if " Co." not in text and " CO." not in text:
        return
    states = None
    for m in COUNTY_SHORT.finditer(text):
        before = PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        if before and (before.group(1)[:1].isupper() or before.group(1) == "&"):
            continue  # "Ford Motor Co.", "Procter & Gamble Co.": the end of a company's longer name
        name = m.group(1)
        if name.isupper():
            name = name.title()
        if states is None:
            states = named_admin1_rows(doc, g)
        counties = [e for e in g.lookup(f"{name} County") if e.kind == "admin2" and e.admin1 in states]
        if counties:
            yield m.start(1), m.end(0), counties
