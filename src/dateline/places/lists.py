"""Coordinated names that share one plural place noun: "Harvey, Harper and Kingman counties",
"Kano and Kaduna states", "Lakeview and Harrison streets".

English names the kind of place once, after the last name, and the parser tags the names
unevenly (here "Harvey" GPE, "Harper" PERSON, "Kingman" NORP).  The plural noun says what
every conjunct is: each name is a county (looked up as "Harper County"), a first-level unit
or a street.  A list needs at least two names: a lone "Kingman counties" is no list.
"""

from __future__ import annotations

from collections.abc import Iterator

# plural noun -> (the singular that completes a unit's name, or "" for the bare name; kinds kept)
PLURAL_UNITS = {
    "counties": ("County", ("admin2",)),
    "parishes": ("Parish", ("admin2",)),
    "states": ("", ("admin1",)),
    "provinces": ("", ("admin1",)),
    "regions": ("", ("admin1",)),
    "governorates": ("", ("admin1",)),
    "oblasts": ("", ("admin1",)),
}
# lower-case plural street words: every conjunct is a street ("Culver and Charter streets")
PLURAL_STREETS = {"streets", "roads", "avenues", "drives", "boulevards", "lanes", "Streets", "Roads", "Avenues"}
CONJUNCTIONS = {"and", "or", "&"}  # between the names of a list (with or without a serial comma)
MAX_NAME_TOKENS = 3
NOT_NAMES = {"The", "A", "An", "In", "Of", "And", "Or", "At", "On", "To", "From", "By", "For", "Both", "Between"}


def _name_token(tok) -> bool:
    if tok.text in NOT_NAMES or tok.is_space or "\n" in tok.whitespace_:
        return False
    return (tok.text[:1].isupper() and tok.text[:1].isalpha()) or tok.text == "St."


def coordinated_names(doc, plural_words) -> Iterator[tuple[object, list]]:
    """(plural noun token, [name spans, right to left]) for each list of two or more names
    before a plural noun of ``plural_words`` (lower case, the noun itself in lower case)."""
    text = doc.text
    if not any(word in text for word in plural_words):
        return  # (most documents: no token walk)
    for tok in doc:
        if tok.text not in plural_words or tok.i == 0:
            continue
        names, k = [], tok.i - 1
        while k >= 0:
            end = k
            while k >= 0 and end - k < MAX_NAME_TOKENS and _name_token(doc[k]):
                k -= 1
            if k == end:
                break
            names.append(doc[k + 1:end + 1])
            if k >= 0 and doc[k].lower_ in CONJUNCTIONS:
                k -= 1
                if k >= 0 and doc[k].text == ",":  # the serial comma
                    k -= 1
            elif k >= 0 and doc[k].text == ",":
                k -= 1
            else:
                break
        if len(names) >= 2:
            yield tok, names


def unit_lists(doc, lookup) -> Iterator[tuple[int, int, list]]:
    """(start, end, candidates) of each name in a list of units ("Harper" of "Harvey, Harper and
    Kingman counties" -> the admin2 units called "Harper County").  Of a name's words the
    longest tail the gazetteer knows is kept ("Mayor Greg Hamilton and Marion counties" ->
    Hamilton)."""
    for tok, names in coordinated_names(doc, PLURAL_UNITS):
        suffix, kinds = PLURAL_UNITS[tok.text]
        for span in names:
            for i in range(span.start, span.end):
                name = doc[i:span.end]
                candidates = [e for e in lookup(f"{name.text} {suffix}".strip()) if e.kind in kinds]
                if candidates:
                    yield name.start_char, name.end_char, candidates
                    break
