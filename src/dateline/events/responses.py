"""Whom a protest or a refusal answers, when the parse gives the trigger no party object: "in response to
*GE's* decision", "in protest at *the ban*", "protested *outside* the embassy".  Used by
:func:`dateline.events.extract.code_sentence` for the response types when the rules found no named recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events import noun_roles, roles
from dateline.events.tables import word_class
from dateline.model import Mention

PROTEST_TARGET_PREPS = {"against", "at", "on", "outside"}
RESPONSE_TYPES = {"PROTEST", "REJECT", "ACCUSE", "SANCTION"}
RESPONSE_NOUNS = word_class("response_nouns")  # "in *response* to", "in *protest* at"


def response_target(tok: Token, covered: dict[int, Mention], exclude: set[int]) -> list[roles.Arg]:
    """The party a protest or refusal answers: "in response to *GE's* decision", "in protest at *the
    ban*", found on the trigger's clause (its verb and the verbs coordinated with or subordinate to it)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else (noun_roles.governing_verb(tok) or tok.head)
    clause = [*([tok] if tok.i != verb.i else []), verb,
              *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB")]
    for v in clause:
        for prep in v.children:
            noun = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if noun is None or noun.lemma_.lower() not in RESPONSE_NOUNS:
                continue
            after = [c for c in v.children if c.dep_ == "prep" and c.i == noun.i + 1]  # (parsed as the verb's)
            for inner in [*noun.children, *after]:
                obj = roles.prep_object(inner) if inner.dep_ == "prep" and inner.lower_ in ("to", "at", "against", "over", "for") else None
                if obj is not None and obj.i not in exclude:
                    if roles.is_party(obj, covered):
                        return roles.participants(obj, ("response",))
                    return [roles.Arg(a.head, a.start, a.end, a.flags + ["response"])
                            for a in roles.party_inside(obj, covered, exclude)] or roles.participants(obj, ("response",))
    return []


def protest_target(tok: Token, exclude: set[int]) -> list[roles.Arg]:
    """The object of at/against/on/outside on a protest word or the verb carrying it (not a time:
    "on Monday")."""
    for t in (tok, tok.head):
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in PROTEST_TARGET_PREPS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i in exclude or obj.ent_type_ in ("DATE", "TIME") or obj.i == tok.i:
                continue
            return roles.participants(obj, ("protest_target",))
    return []
