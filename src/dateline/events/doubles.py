"""One happening told twice in a sentence: which of the two events goes.

``extract.code_sentence`` codes a candidate at every trigger; some pairs of them report one happening -
a verb and the clause of its purpose ("*marched* ... *to protest*"), air strikes that are the subject of
the attack their verb reports, a support verb and its event noun ("*made* a rare *visit*").  These
filters keep one event of each pair; ``origins`` are the events' trigger tokens, in the same order.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.model import Event


def without_doubles(events: list[Event], origins: list[Token]) -> list[Event]:
    """The events with every double of this module removed."""
    return _without_purpose_doubles(*_without_attack_strikes(*_without_support_verb_doubles(events, origins)))


def lexicon_backed(reason: str) -> bool:
    """Was the type behind this reason (a candidate's or an event's) named by a lexicon entry or a rule,
    not by the model alone?"""
    return "+lex:" in reason or reason.startswith(("lex:", "rule:"))


def _actor_spans(e: Event) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in e.actor]


def _without_purpose_doubles(events: list[Event], origins: list[Token]) -> list[Event]:
    """One happening told twice by a verb and the clause of its purpose or manner ("Thousands *marched* through
    the capital *to protest* against the new law"): of two events of the same type and actor, one governing
    the other through a clause, the one that names no recipient goes."""
    at = {tok.i: e for e, tok in zip(events, origins)}
    drop = set()
    for e, tok in zip(events, origins):
        for c in tok.children:
            other = at.get(c.i) if c.dep_ in ("advcl", "xcomp") else None
            if other is None or other is e or other.type != e.type or _actor_spans(other) != _actor_spans(e):
                continue
            if not e.recipient and other.recipient:
                drop.add(id(e))
            elif e.recipient and not other.recipient:
                drop.add(id(other))
    return [e for e in events if id(e) not in drop]


def _without_attack_strikes(events: list[Event], origins: list[Token]) -> tuple[list[Event], list[Token]]:
    """Drop a labour strike that is the subject of an attack coded at its verb ("Russian *strikes* hit power
    stations", "the strikes pounded the city"): those strikes are the attack, which the verb reports with the
    strikes' doer.  (An economic blow is no attack - "a strike by dockworkers hit exports", not_triggers.tsv -
    so there the strike stays.)"""
    attacks = {tok.i for e, tok in zip(events, origins) if e.type == "ASSAULT"}
    kept = [(e, tok) for e, tok in zip(events, origins) if not (
        e.type == "PROTEST" and e.mode == "strike" and tok.dep_ == "nsubj" and tok.head.i in attacks)]
    return [e for e, _ in kept], [tok for _, tok in kept]


def _without_support_verb_doubles(events: list[Event], origins: list[Token]) -> tuple[list[Event], list[Token]]:
    """Drop a model-proposed event at a support verb ("Blinken *made* a rare visit to Niger", "Guterres
    *reiterated* the U.N.'s commitment"), or a verb event of the same type as its object's, when that object,
    the event noun, was coded with the same actor: one happening, reported by the noun."""
    by_trigger = {e.trigger.start: e for e in events}
    out, kept_origins = [], []
    for e, tok in zip(events, origins):
        nouns = [by_trigger.get(c.idx) for c in tok.children if c.dep_ == "dobj"]
        if any(n is not None and n is not e and _actor_spans(n) == _actor_spans(e) and (
                n.type == e.type or not lexicon_backed(e.reason)) for n in nouns):
            # (the same actor: "reiterated *the U.N.'s* commitment to X" is one event, at the noun; also a
            # lexicon verb of the noun's own type: "Washington *reaffirmed* the US commitment to defend
            # Taiwan" is one SUPPORT, at the noun)
            continue
        out.append(e)
        kept_origins.append(tok)
    return out, kept_origins
