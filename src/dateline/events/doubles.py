"""One happening told twice in a sentence: which of the two events goes.

``extract.code_sentence`` codes a candidate at every trigger; some pairs of them report one happening -
a verb and the clause of its purpose ("*marched* ... *to protest*"), air strikes that are the subject of
the attack their verb reports, a support verb and its event noun ("*made* a rare *visit*"), two governed
acts recoded onto the one verb that governs them ("Moscow *rejected* a proposal by Kyiv for a ceasefire").  These
filters keep one event of each pair; ``origins`` are the events' trigger tokens, in the same order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.events import ontology
from dateline.model import Event


def without_doubles(events: list[Event], origins: list[Token]) -> list[Event]:
    """The events with every double of this module removed."""
    events, origins = _without_attack_strikes(*_without_support_verb_doubles(*_one_per_trigger(events, origins)))
    return _without_purpose_doubles(_protests_aimed(events, origins), origins)


def lexicon_backed(reason: str) -> bool:
    """Was the type behind this reason (a candidate's or an event's) named by a lexicon entry or a rule,
    not by the model alone?"""
    return "+lex:" in reason or reason.startswith(("lex:", "rule:"))


def _actor_spans(e: Event) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in e.actor]


def _protests_aimed(events: list[Event], origins: list[Token]) -> list[Event]:
    """A disapproval told in the clause of a protest's manner or purpose, by the protesters themselves ("A Kansas
    woman has started a hunger strike, *protesting* the state's unemployment system", "marched through Minsk,
    *denouncing* Lukashenko"), is the protest aimed at what is disapproved, not a verbal act of its own: it
    becomes PROTEST, with the protest's mode (codebook ACCUSE: 'Protests (including protests expressing
    disapproval) are coded under a separate PROTEST category').  The clause may hang on the protest's verb or
    on the support verb of a protest noun ("*started* a hunger strike, protesting ...").  No event is dropped
    here: on a protest verb, :func:`_without_purpose_doubles` then keeps the one of the two that names a target;
    a protest noun keeps its own event (a dropped one cost a judged-right protest on held-out news)."""
    at = {tok.i: e for e, tok in zip(events, origins)}
    aimed = {}
    for e, tok in zip(events, origins):
        if e.type != "PROTEST":
            continue
        hosts = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.i not in at else [])
        for c in (c for h in hosts for c in h.children):
            other = at.get(c.i) if c.dep_ in ("advcl", "xcomp") else None
            if other is None or other.type != "ACCUSE" or other.mode != "disapprove" or not other.recipient \
                    or _actor_spans(other) != _actor_spans(e):
                continue
            aimed[id(other)] = replace(other, type="PROTEST", mode=e.mode, quad=ontology.quad_of("PROTEST"),
                                       score=ontology.score_of("PROTEST", e.mode),
                                       reason=other.reason + "+aim_of_protest")
    return [aimed.get(id(e), e) for e in events]


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


def _one_per_trigger(events: list[Event], origins: list[Token]) -> tuple[list[Event], list[Token]]:
    """One event per trigger, type and doer: a governing verb that recodes two acts it governs codes itself twice
    ("Moscow *rejected* a proposal by Kyiv for a Christmas ceasefire": the proposal and the ceasefire each made a
    REJECT at "rejected", one with Kyiv and one with no recipient; "The UAW *refused* to meet the demands": one from
    the demands, one from the model at the verb).  The more confident stays - the other is the same happening told
    again, and would be a second record of it - and takes the other's recipient when it names none."""
    groups: dict[tuple, list[int]] = {}
    for n, e in enumerate(events):
        groups.setdefault((e.trigger.start, e.trigger.end, e.type, tuple(_actor_spans(e))), []).append(n)
    kept: dict[int, Event] = {}
    for members in groups.values():
        ranked = sorted(members, key=lambda n: (events[n].confidence, bool(events[n].recipient)), reverse=True)
        event = events[ranked[0]]
        if not event.recipient:
            other = next((events[n] for n in ranked if events[n].recipient), None)
            event = replace(event, recipient=other.recipient) if other is not None else event
        kept[ranked[0]] = event
    keep = sorted(kept)
    return [kept[n] for n in keep], [origins[n] for n in keep]


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
        nouns += [_event_at(events, n) for n in _noun_of_sum(tok)]  # ("announced *$500 million in military aid*")
        if any(n is not None and n is not e and _actor_spans(n) == _actor_spans(e) and (
                n.type == e.type or not lexicon_backed(e.reason)) for n in nouns):
            # (the same actor: "reiterated *the U.N.'s* commitment to X" is one event, at the noun; also a
            # lexicon verb of the noun's own type: "Washington *reaffirmed* the US commitment to defend
            # Taiwan" is one SUPPORT, at the noun)
            continue
        out.append(e)
        kept_origins.append(tok)
    return out, kept_origins


# Entity labels of a sum ("$500 million", "50 million euros").
SUM_ENTITIES = {"MONEY", "CARDINAL", "QUANTITY"}


def _noun_of_sum(verb: Token) -> list[Token]:
    """The event noun "in" which the verb's object, a sum, is given ("announced *$500 million in military aid*"):
    the noun reports the event the verb carries, as a direct object does (session 42)."""
    return [g for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ in SUM_ENTITIES or c.pos_ == "NUM")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]


def _event_at(events: list[Event], tok: Token) -> Event | None:
    """The event whose trigger covers the token, if any ("military *aid*": the phrase's trigger starts earlier)."""
    return next((e for e in events if e.trigger.start <= tok.idx < e.trigger.end), None)
