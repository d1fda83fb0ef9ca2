"""Whom a protest or a refusal answers, when the parse gives the trigger no party object: "in response to
*GE's* decision", "in protest at *the ban*", "protested *outside* the embassy", "declined to resign, *despite President
Biden's request*".  Used by
:func:`dateline.events.extract.code_sentence` for the response types when the rules found no named recipient.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dateline.events import noun_roles, roles
from dateline.events.lexicon import lexicon
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


# Prepositions of a request a refusal goes against ("refused to step down *despite* calls from the opposition").
DEFYING_PREPS = {"despite", "notwithstanding"}


def defied_requester(tok: Token, covered: dict[int, Mention], exclude: set[int]) -> list[roles.Arg]:
    """The party whose request a refusal goes against: the owner or the "from"/"by" party of a request noun (a
    REQUEST noun of the lexicon) after "despite" on the trigger's clause ("declined to resign, despite *President
    Biden's* request he do so", "refused to step down despite calls *from the opposition*").  The refusal answers
    that party (PLOVER REJECT: rejecting a request or a demand of another).  Session 42."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else (noun_roles.governing_verb(tok) or tok.head)
    clause = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")]
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        clause.append(verb.head)  # ("declined *to resign*, despite ...": the refusal's own verb)
    requests = _request_nouns()
    for v in clause:
        for prep in v.children:
            noun = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in DEFYING_PREPS else None
            if noun is None or noun.lemma_.lower() not in requests:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"] + [
                o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for o in c.children if o.dep_ == "pobj"]
            for owner in owners:
                if owner.i not in exclude and owner.pos_ != "PRON" and roles.is_party(owner, covered):
                    return roles.participants(owner, ("defied_request",))
    return []


@cache
def _request_nouns() -> frozenset[str]:
    """The nouns the lexicon reads as requests ("request", "call", "demand", ...): built once, not per refusal."""
    return frozenset(w for w, entries in lexicon().nouns.items() if any(e.type == "REQUEST" for e in entries))
