"""spaCy EntityRuler patterns from the knowledge base.

The bare English model tags "Niger" and "Mali" as PERSON and "Nigerien" as PERSON; these
patterns (placed before the statistical NER, overwriting it) fix that.  Only spellings that are
unambiguous names are used: hand-written forms as written, and the country synonyms from
Phoenix title-cased.  Agent nouns ("government") are not entities and get no pattern.
"""

from __future__ import annotations

from functools import lru_cache

from dateline.actors.kb import ANY_NAME_CASE, knowledge_base

LABELS = {"country": "GPE", "capital": "GPE", "adjective": "NORP", "metonym": "ORG", "igo": "ORG",
          "person": "PERSON"}


def title_case_name(text: str) -> str:
    """A lower-case name written as a name: each word capitalised but the particles ("jose napoleon duarte" ->
    "Jose Napoleon Duarte", "bank of england" -> "Bank of England")."""
    small = {"of", "the", "and", "de", "du", "al", "el", "da"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, str], ...]:
    kb = knowledge_base()
    out: dict[str, tuple[str, str]] = {}
    for key, entries in kb.entries.items():
        region = next((e for e in entries if e.kind == "region"), None)
        if region is not None:
            out.setdefault(region.name, (region.role or "LOC", ""))
            continue
        kinds = {e.kind for e in entries if e.curated or e.kind in ("country", "adjective")}
        label = next((LABELS[k] for k in ("adjective", "country", "capital", "metonym", "igo", "person")
                      if k in kinds), None)
        if label is None:
            continue
        entry = next(e for e in entries if LABELS.get(e.kind) == label)
        for form in kb.forms[key]:
            text = title_case_name(key) if form == ANY_NAME_CASE else form
            if form == ANY_NAME_CASE and label == "PERSON":
                continue
            out.setdefault(text, (label, entry.code or ""))
    for surname, entries in kb.surnames.items():
        # "Bazoum" alone: the model calls it ORG.  Only surnames of curated office-holders, and
        # not those that are also common words or dates ("May", "Hunt" at a sentence start).
        if surname in kb.ambiguous_surnames:
            continue
        text = next(iter(sorted(f for e in entries for f in kb.forms.get(e.name.lower(), ())
                                if f.lower().endswith(surname))), None)
        if text:
            last = text.split()[-1]
            if last[:1].isupper() and last.lower() not in kb.entries:
                out.setdefault(last, ("PERSON", entries[0].code or ""))
    return tuple(sorted((label, text, code) for text, (label, code) in out.items()))


def entity_patterns() -> list[dict]:
    """EntityRuler patterns: countries and capitals GPE, demonyms NORP, IGOs and seats of
    government ORG, known office-holders PERSON.  ``id`` carries the country code."""
    return [{"label": label, "pattern": text, "id": f"actors:{code}"} for label, text, code in _patterns()]
