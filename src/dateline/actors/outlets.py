"""News outlets credited as a report's source (session 33, helper ACTOR).

"..., a spokesman told Reuters", "the BBC reported", "according to Agence France-Presse": a credit line says who
reported the story, not where it happens; the outlet's home country (media.tsv) is no evidence of the story's
country.  Counted for the focus, a credit to Reuters in the first sentence made "the army" British.  An outlet that
acts in the story ("the BBC apologised", "Reuters sued the ministry") still counts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.compose import Draft

OUTLET_SECTORS = {"JRN", "MED"}
TOLD_VERBS = {"tell", "say"}  # "told Reuters", "said to the BBC"
REPORTING_VERBS = {"report", "say", "quote", "cite"}  # "the BBC reported", "Reuters quoted a spokesman as saying"


def credited_outlet(doc: Doc, d: Draft) -> bool:
    """A named news outlet in the position of a report's source: the one told, the reporter of a report, or the
    object of "according to"."""
    if d.sector not in OUTLET_SECTORS or d.person or any(u.kind == "agent" for u in d.units):
        return False
    tok = doc[d.end - 1]
    head = tok.head
    if tok.dep_ in ("dative", "dobj") and head.lemma_ in TOLD_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "to" and (head.head.lower_ == "according" or head.head.lemma_ in TOLD_VERBS):
        return True
    return tok.dep_ == "nsubj" and head.lemma_ in REPORTING_VERBS
