"""The place as recipient: PLOVER recipients are political actors, and when an event's grammatical
recipient is no party - a thing ("approved *a plan* to build ... in Hebron", "lifted *restrictions*
on ... relatives in Cuba", "extending the U.N. political *mission* in Afghanistan") or a group of people
with no country of its own ("provided shelter to *1.5 million people* ... in Haiti", "aid for *those
affected* in Yemen") - or there is none, PLOVER coders take the place the event's clause names, where
the help, the concession or the beneficiaries are.  The participant carries the flag
``recipient:place`` so users see why a place receives.

Not done when a party already receives, for types whose recipient is who is met, fought or coerced
(CONSULT: where a meeting is held is no party to it; force has its own place rule,
``roles.place_acted_in``), for a place inside the actor ("Public workers *in Brazil*": its origin), for
the setting of a meeting ("at peace talks *in South Sudan*"), nor across a clause that has a subject of
its own or is reported speech.  Used by :func:`dateline.events.extract.code_sentence`.

SANCTION, the mirror of AID, takes the place only when aid or services are cut for people or things
with no country of their own, and only from the trigger's or the receiving phrase's own locative
preposition ("halted deliveries to civilians *in Idlib*"), never from deeper in the clause.  Measured
and left out (docs/events.md, "The place as recipient, second round"): force (the one struck or arrested
is the gold target, not the place it is in), and MOBILIZE's own forces replaced by the place they are
deployed in (right on its sentences, but it pairs an odd-half row typed wrongly and costs macro-F1).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events import roles
from dateline.events.lexicon import lexicon
from dateline.events.noun_roles import governing_verb
from dateline.model import Mention

# Types whose recipient is the one helped, granted something or cooperated with: a place stands for the
# people or authorities there.  (Not CONSULT, force, accusations, requests, threats.)
PLACE_RECIPIENT_TYPES = {"AID", "CONCEDE", "RETREAT", "SUPPORT", "COOPERATE"}
FLAG = "recipient:place"
LOCATIVE_PREPS = {"in", "inside", "within", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC"}
# Dependencies a search for the event's place does not follow: other participants, other clauses
# (reported speech, coordinated or subordinate verbs with their own subject are checked below).
SKIP_DEPS = {*roles.SUBJECT_DEPS, *roles.PASSIVE_SUBJECT_DEPS, "agent", "ccomp", "parataxis", "csubj"}
MAX_DEPTH = 10
# Sectors of a population rather than an organised party (PLOVER sector codes: civilians, labour, farmers,
# unidentified; not refugees, a sector PLOVER codes): "individuals", "humanitarian workers".
POPULATION_SECTORS = {None, "CVL", "LAB", "AGR", "UNK"}


def _own_subject(clause: Token) -> bool:
    """Does this clause have a subject of its own (not a relative pronoun standing for its head)?"""
    return any(c.dep_ in (*roles.SUBJECT_DEPS, *roles.PASSIVE_SUBJECT_DEPS)
               and c.lower_ not in roles.RELATIVE_PRONOUNS for c in clause.children)


def _meeting_setting(place: Token) -> bool:
    """"at peace talks *in South Sudan*", "a conference *in Geneva*": the place of a meeting is where it is
    held, no party to what is done there."""
    noun = place.head.head
    if noun.pos_ != "NOUN":
        return False
    nouns = lexicon().nouns
    return any(e.type == "CONSULT" for e in nouns.get(noun.lemma_.lower(), nouns.get(noun.lower_, ())))


def _is_place(tok: Token, covered: dict[int, Mention]) -> bool:
    m = covered.get(tok.i)
    if m is not None and (m.actor.sector or "place" not in m.flags):
        return False  # a party the actors stage resolved ("Washington" for the US government is no place here)
    return tok.ent_type_ in PLACE_LABELS and tok.pos_ in ("PROPN", "NOUN")


def _locative_place(prep: Token, exclude: set[int], covered: dict[int, Mention]) -> list[roles.Arg]:
    """The named place a locative preposition governs ("*in Haiti*"), as a recipient flagged ``recipient:place``;
    none if it is a meeting's setting or overlaps ``exclude`` (the actor)."""
    if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
        return []
    place = roles.prep_object(prep)
    if place is None or place.i in exclude or not _is_place(place, covered) or _meeting_setting(place):
        return []
    lo, hi = roles.np_span(place)
    return [] if exclude & set(range(lo, hi)) else [roles.Arg(place.i, lo, hi, [FLAG])]


def event_place(tok: Token, exclude: set[int], covered: dict[int, Mention]) -> list[roles.Arg]:
    """The nearest named place on a locative preposition in the trigger's clause, breadth first: on the
    trigger (or the verb that carries a nominal trigger), its objects and their modifiers, its purpose
    clause and participles ("aid for those *affected in Yemen*", "a plan *to build* ... in Hebron")."""
    start = [tok]
    verb = governing_verb(tok) if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None:  # (the support verb of "provided aid", "declared a ceasefire"; not the main verb of
        start.append(verb)  # an adjunct: "*Following the demobilization* of the FARC, ... groups in Ecuador")
    frontier, seen = start, {t.i for t in start}
    for _ in range(MAX_DEPTH):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i in seen or c.dep_ in SKIP_DEPS or c.i in exclude or roles.fronted_adjunct(c):
                    continue  # (the scene: "*Speaking at a conference in Berlin*, the minister praised ...")
                if c.dep_ in roles.CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and (_own_subject(c) or (
                        c.dep_ == "relcl" and not roles.to_infinitive(c)) or any(g.dep_ == "mark" for g in c.children)):
                    continue  # (a finite relative clause or one under "while", "after", "if" tells another event:
                    # "the case, which led to arrests in Colombia", "*while running* the customs offices in
                    # Buenaventura"; an infinitive tells the purpose: "$10 million *to pay* for shelter for ...")
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue  # another act ("... and renewed a ceasefire pact at talks in South Sudan")
                seen.add(c.i)
                found = _locative_place(c, exclude, covered)
                if found:
                    return found
                nxt.append(c)
        frontier = nxt
    return []


def _generic_group(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """People with no country or name of their own: "1.5 million people", "individuals", "those affected"
    (the actors stage may give them the document's focus country, flag ``coref:focus``: a guess, not theirs)."""
    head = doc[arg.head]
    if head.pos_ not in ("NOUN", "PRON") or head.lemma_.lower() in roles.VICTIM_NOUNS:
        return False
    if head.pos_ == "PRON" and head.lower_ not in ("those", "these"):
        return False
    if any(doc[i].ent_type_ in roles.ENTITY_LABELS or doc[i].pos_ == "PROPN" for i in range(arg.start, arg.end)):
        return False
    m = covered.get(arg.head)
    return m is None or ("coref:focus" in m.flags and m.actor.sector in POPULATION_SECTORS)


def _actor_own(arg: roles.Arg, doc: Doc, covered: dict[int, Mention], actor_countries: set[str]) -> bool:
    """A modifier of a thing naming the actor's own state or body, taken as the recipient for want of
    another ("extending *the U.N.* political mission": the UN Security Council's own)."""
    m = covered.get(arg.head)
    return (m is not None and m.actor.country in actor_countries and doc[arg.head].dep_ in ("compound", "amod", "nmod")
            and "named_in_clause" in arg.flags)


def _undergone(verb: Token) -> bool:
    """A passive with no agent, or a bare participle with a subject ("has seen *Avila acquitted* of charges
    in Mexico"): its subject is acted on, so the place is only where it happened."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return False
    return roles.passive(verb) or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


def place_of_things(tok: Token, recipient: list[roles.Arg], actor: list[roles.Arg], covered: dict[int, Mention],
                    names_a_party) -> list[roles.Arg] | None:
    """SANCTION, the mirror of AID: aid or services cut *to* or *for* people or things with no country of
    their own are cut to the named place they are in ("halted deliveries to civilians *in Idlib*",
    "withdrew peacekeepers from another position *in Syria*").  Only a place on a locative preposition of
    the trigger, of the receiving phrase or of the thing cut ("funding *for* X *in* Y"), no search deeper
    into the clause ("canceled a deal *in the wake of* a Taliban attack in Kabul": not Kabul).  Never for
    a sanction with no recipient (SANCTION needs one: no new events)."""
    doc = tok.doc
    if not recipient:
        return None
    for r in recipient:
        if names_a_party(r) and not _generic_group(r, doc, covered):
            return None
    taken = {i for a in actor for i in range(a.start, a.end)}
    holders = [tok]
    for r in recipient:
        head = doc[r.head]
        holders.append(head)
        if head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":  # "funding *for* hospitals": the thing cut
            holders.append(head.head.head)
    for c in (c for h in holders for c in h.children):
        found = _locative_place(c, taken, covered)
        if found:
            return found
    return None


def place_recipient(tok: Token, type_: str, actor: list[roles.Arg], recipient: list[roles.Arg],
                    covered: dict[int, Mention], names_a_party) -> list[roles.Arg] | None:
    """The place that receives the event instead of ``recipient`` (None: keep ``recipient``).
    ``names_a_party(arg)``: the events stage's test of a participant that names an actor."""
    if not actor or _undergone(tok):
        return None
    doc = tok.doc
    actor_countries = {covered[a.head].actor.country for a in actor
                       if a.head in covered and covered[a.head].actor.country}
    if type_ == "SANCTION":
        return place_of_things(tok, recipient, actor, covered, names_a_party)
    if type_ not in PLACE_RECIPIENT_TYPES:
        return None
    for r in recipient:
        m = covered.get(r.head)
        if m is not None and "place" in m.flags and not m.actor.sector:
            return None  # a place receives already
        if "joint" in r.flags:
            return None
        if names_a_party(r) and not _generic_group(r, doc, covered) \
                and not _actor_own(r, doc, covered, actor_countries):
            return None
    taken = {i for a in actor for i in range(a.start, a.end)}
    place = event_place(tok, taken, covered)
    return place or None
