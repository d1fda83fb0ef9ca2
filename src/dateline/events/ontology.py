"""The PLOVER 2.0 ontology as data: event types, modes, contexts, quad classes, scores, CAMEO crosswalk.

Everything here is read from the TSV files under ``data/`` (see ``data/README.md`` for provenance);
this module only looks things up.  The manual's two slips are resolved in the data files and pinned
by tests: SANCTION is quad 4 (material conflict) and ACCUSE's default score is negative.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dateline.events.tables import read_table

# PLOVER's country-field codes of bodies of states (manual table 5.1: UN bodies, the EU, other intergovernmental
# organisations).
INTERGOVERNMENTAL_CODES = frozenset({"IGO", "UNO", "EUR"})
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    requires_recipient: bool
    score: float
    definition: str


@lru_cache(maxsize=1)
def _types() -> dict[str, EventType]:
    return {r["type"]: EventType(r["type"], int(r["quad"]), r["requires_recipient"] == "yes",
                                 float(r["score"]), r["definition"]) for r in read_table("plover_types.tsv")}


@lru_cache(maxsize=1)
def _modes() -> dict[tuple[str, str], float | None]:
    return {(r["type"], r["mode"]): (float(r["score"]) if r["score"] else None) for r in read_table("plover_modes.tsv")}


@lru_cache(maxsize=1)
def _cameo() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    table = {}
    for r in read_table("cameo_plover.tsv"):
        contexts = tuple(c for c in r["context"].split(";") if c)
        table.setdefault(r["code"], (r["type"], r["mode"] or None, contexts))
    return table


def event_types() -> list[str]:
    """The 16 PLOVER 2.0 event types, in the manual's order."""
    return list(_types())


def event_type(name: str) -> EventType:
    try:
        return _types()[name]
    except KeyError:
        raise ValueError(f"unknown PLOVER event type {name!r}; known: {', '.join(_types())}") from None


def quad_of(name: str) -> int:
    """Quad class 1-4 (verbal coop, material coop, verbal conflict, material conflict)."""
    return event_type(name).quad


def requires_recipient(name: str) -> bool:
    return event_type(name).requires_recipient


def modes_of(name: str) -> list[str]:
    return [m for (t, m) in _modes() if t == name]


def score_of(name: str, mode: str | None = None) -> float:
    """PLOVER conflict-cooperation score of a type, refined by its mode when the manual gives one."""
    default = event_type(name).score
    if mode is None:
        return default
    if (name, mode) not in _modes():
        raise ValueError(f"{mode!r} is not a mode of {name}; modes: {', '.join(modes_of(name)) or 'none'}")
    score = _modes()[(name, mode)]
    return default if score is None else score


def contexts() -> list[str]:
    return [r["context"] for r in read_table("plover_contexts.tsv")]


def cameo_to_plover(code: str) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(type, mode, contexts) for a CAMEO code (2-4 digits); the longest listed prefix decides."""
    table = _cameo()
    code = code.strip()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def cameo_root_to_plover(code: str) -> str | None:
    """PLOVER type of a CAMEO root (first two digits). Roots 01/02 (statements, appeals) have none;
    root 08 maps to CONCEDE (its verbal part; 084-087 are RETREAT)."""
    hit = _cameo().get(code.strip()[:2])
    return hit[0] if hit else None
