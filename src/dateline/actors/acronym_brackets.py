"""An acronym with its name spelt out in brackets inside one noun phrase: "OUR FMLN (FARABUNDO MARTI NATIONAL
LIBERATION FRONT) FORCES", "the ANC (African National Congress) members".

News copy writes a body's acronym, then its full name in brackets, and goes on with the noun both modify; the
bracketed name is part of that phrase, not a mention of its own (compose._without_acronym_brackets reads the other
order, "Awami National Party (ANP) local leader").  In text in capitals the parser may also start a sentence right
after the closing bracket, where no sentence ends.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.kb import knowledge_base
from dateline.actors.match import Unit


def spelt_out(doc: Doc, unit: Unit) -> bool:
    """Is ``unit`` closed by a bracket right before an agent noun ("FMLN *(FARABUNDO MARTI NATIONAL LIBERATION
    FRONT)* FORCES")?  (The caller checks that it is a name the knowledge base knows.)"""
    after = unit.end + 1
    return after < len(doc) and doc[unit.end].text == ")" \
        and any(e.kind == "agent" for e in knowledge_base().entries.get(doc[after].lower_, ()))


def split_after_bracket(doc: Doc, unit: Unit) -> bool:
    """Did the parser start a sentence at ``unit`` right after a closing bracket with no full stop before it ("FMLN
    (FARABUNDO MARTI NATIONAL LIBERATION FRONT) | FORCES" in capitals)?  No sentence ends there."""
    return unit.start >= 2 and doc[unit.start - 1].text == ")" and doc[unit.start - 2].text not in (".", "!", "?")
