"""Word-sense doubts of a party that is no party of the act (read by events/relevance.py): a place that only says where
("embassies *in* Kenya"), a reported "we must" of the speaker's own side (no demand on another party), a party meeting
its own people typed CONSULT ("met *his aides*") and an event noun read as its own doer ("*Criminal Threat* Remains").
Each reads the parse of the event's sentence only.  Moved from sense_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import first_conjunct, span_head as _head
from dateline.events.tables import word_class
from dateline.model import Event, Participant


# A place named as the object of these prepositions only says where something is ("embassies *in* Kenya"): no doer.
# (Design samples A-I, M, O, P, Q: violence whose every actor is such a place 0 right of 5, 2 wrong kept >= 0.5.)
PLACE_PREPOSITIONS = {"in", "at", "near", "of", "from"}
# Entity labels of places.
PLACE_ENTITIES = {"GPE", "LOC"}
# The speaker's own side: "*we* must find those responsible", said Clinton - a resolve, no demand on another party.
FIRST_PERSON = {"we", "i"}




def own_side_demand(event: Event, doc: Doc) -> bool:
    """Is a reported "must / should" said of the speaker's own side ("*we* must find those responsible," Clinton
    said)?  A resolve, no demand on another party (CAMEO 10: demands made of others)."""
    tok = _head(event.trigger, doc)
    if tok is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis", "xcomp")] + ([tok.head] if tok.head.i != tok.i else [])
    return any(s.dep_ == "nsubj" and s.lower_ in FIRST_PERSON for c in clauses for s in c.children)


def own_doer(event: Event) -> bool:
    """Is the trigger inside its own actor's phrase ("followed by *barbaric massacre* of innocent women", a headline
    "*Criminal Threat* Remains")?  An event is no party: whoever did it, the phrase that names it did not."""
    return any(p.start <= event.trigger.start < p.end for p in event.actor)


def placed_only(p: Participant, doc: Doc) -> bool:
    """Is the participant a place (no sector) named only as where something is ("embassies *in Kenya* and Tanzania,
    which have killed ...": the object of "in", "at", "near", "of" or "from", or a conjunct of one)?"""
    head = _head(p, doc)
    if head is None or head.ent_type_ not in PLACE_ENTITIES or p.sector:
        return False
    return _object_of(first_conjunct(head), PLACE_PREPOSITIONS)


# Prepositions of where something is or happens: a phrase that is only their object names a place or a target, not a doer
# ("a blast occurred *within* the radio station's complex", "an attack *on* the embassy").
LOCATIVE_PREPOSITIONS = {"in", "at", "within", "inside", "near", "outside", "beside", "on"}
# Prepositions of where an act is to happen, whose object is no target of the act ("will stage a sit-in *at* raj ghat"):
# the locative ones but "on", the aim of an act ("attacks *on* the capital"), and those of extent.  A threat of force or
# of occupation (PLOVER THREATEN modes violence, territory) is aimed at the place it names ("will launch attacks *in*
# the capital").
WHERE_PREPOSITIONS = (LOCATIVE_PREPOSITIONS - {"on"}) | {"across", "around", "along"}
PLACE_AIMED_MODES = {"violence", "territory"}


def placed_target(event: Event, doc: Doc) -> bool:
    """Is every recipient of the event only where its act is to happen - the object of a preposition of place on the
    trigger or on the verb whose object the trigger is ("the party will stage a peaceful *sit-in at raj ghat*"), with
    no country or sector?  An announced protest threatens no one at the place it is held (PLOVER THREATEN: a threat
    against a target; session 59, blind sample γ)."""
    tok = _head(event.trigger, doc)
    if tok is None or not event.recipient or event.mode in PLACE_AIMED_MODES:
        return False
    holders = {tok.i, tok.head.i} if tok.dep_ == "dobj" else {tok.i}
    for p in event.recipient:
        head = _head(p, doc)
        if p.country or p.sector or head is None:
            return False
        head = first_conjunct(head)
        if not (_object_of(head, WHERE_PREPOSITIONS) and head.head.head.i in holders):
            return False
    return True


# Nouns of violence that reigns in a place ("El Salvador's *violence*") and common nouns of a place ("*the country's*
# violence"): data/word_classes.tsv ambient_violence_nouns and violence_places.
AMBIENT_VIOLENCE_NOUNS = word_class("ambient_violence_nouns")
VIOLENCE_PLACES = word_class("violence_places")


def place_of_ambient_violence(p: Participant, event: Event, doc: Doc) -> bool:
    """Is the participant a place that owns a noun of ambient violence with no one it is aimed at ("a crucial part of
    tackling *El Salvador's* violence", "*Mexico's* violence has spread to the resorts")?  The owner says where the
    violence reigns; it does not do it ("Russia's violence *against protesters*", with a target, is left).  Session 44
    (a probe of unjudged news)."""
    trigger, head = _head(event.trigger, doc), _head(p, doc)
    if trigger is None or head is None or event.recipient or p.sector or trigger.lemma_.lower() not in AMBIENT_VIOLENCE_NOUNS:
        return False
    place = head.ent_type_ in PLACE_ENTITIES or head.lemma_.lower() in VIOLENCE_PLACES
    return place and head.dep_ == "poss" and head.head.i == trigger.i


def located_only(p: Participant, doc: Doc) -> bool:
    """Is the participant, whatever the actors stage made of it, only the object of a preposition of place ("another blast
    occurred *within the All India Radio (AIR) complex* injuring two CRPF jawans", "the attack *at the Artisan
    Restaurant*")?  The coder took the nearest noun for the doer of a participle hung on the clause; a person or a pronoun
    so placed is left ("a shot fired *at him*").  :func:`placed_only` asks the same of a place with no sector.  (Design
    samples: 11 violent events, all wrong, 2 of them at >= 0.5; session 29, helper PREC, samples X and e.)"""
    head = _head(p, doc)
    if head is None or "relative_clause" in p.flags and p.sector or "own_clause" in p.flags or "blamed" in p.flags:
        return False  # (session 43) "fired on *the soldiers*, who shot back": a party a relative clause makes the doer;
        # (session 47) "rioted in a jail and *guerrillas* attacked": the subject of a clause of its own (roles);
        # (session 52) "the bombing was blamed *on the Taliban*": the one it is laid at (noun_roles._blamed_doer)
    head = first_conjunct(head)
    return _object_of(head, LOCATIVE_PREPOSITIONS) and head.ent_type_ != "PERSON" and head.pos_ != "PRON"


def _object_of(tok, prepositions) -> bool:
    """Is the word the object of one of the prepositions ("*in* Kenya", "*within* the complex")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ in prepositions


# The people of a party's own body, met with a possessive pronoun (data/word_classes.tsv: own_side_nouns); the
# prepositions of the one consulted ("met *with* his aides", "a meeting *of* its members").
OWN_SIDE_NOUNS = word_class("own_side_nouns")
CONSULTED_PREPOSITIONS = {"with", "of"}


def own_side_meeting(event: Event, doc: Doc) -> bool:
    """Is a CONSULT a party meeting its own people - "Clinton *met with his top aides*", "the party *met its own
    members*": the one consulted is a noun of own_side_nouns with a possessive pronoun or "own" (PLOVER CONSULT is
    between two actors; a body's internal meeting is no event between parties)?"""
    if event.type != "CONSULT":
        return False
    tok = _head(event.trigger, doc)
    if tok is None:
        return False
    verbs = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") else [tok]
    met = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.i != tok.i]
    met += [o for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in CONSULTED_PREPOSITIONS
            for o in c.children if o.dep_ == "pobj"]
    return any((n.lemma_.lower() in OWN_SIDE_NOUNS or n.lower_ in OWN_SIDE_NOUNS) and any(
        (d.dep_ == "poss" and d.tag_ == "PRP$") or d.lower_ == "own" for d in n.children) for n in met)
