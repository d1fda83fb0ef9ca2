"""Give each event the place where it happened, when its sentence says so.

Only a place governed by a locative preposition ("in", "at", "near" ...) that attaches to
the event's trigger, or to the verb of the trigger's own clause, counts: "The army deposed
Bazoum in Niamey" -> Niamey; "Blinken, who visited Niamey, said the junta ..." -> no location
for "said".  Destinations count for travel triggers ("a visit to Niger").  Nothing else is
guessed: a sentence without such a phrase leaves the event without a location.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import PLACE_COUNTRY_FLAG, Event, Place

LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off"}
DESTINATION = {"to", "into"}
TRAVEL_LEMMAS = {"visit", "trip", "travel", "tour", "arrive", "fly", "go", "come", "return", "deploy",
                 "send", "dispatch", "move", "march", "enter", "invade", "journey", "mission"}
SPECIFICITY = {"landmark": -1, "city": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}


def _clause_verb(token):
    """The verb heading the token's clause (the token itself when it is a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _attached(prep, trigger) -> bool:
    """Does the prepositional phrase modify the trigger (or its clause's verb)?"""
    # spaCy makes a new Token object on each access: compare positions, never identity.
    head = prep.head
    if head.i != trigger.i and _ranking_set(head):
        return False  # but "the largest protest in Paris since 1968" (the trigger itself) is located
    verb = _clause_verb(trigger)
    if head.i in (trigger.i, verb.i):
        return True
    host = _participle_host(verb)
    if host is not None and head.i == host.i:
        return True
    # the converse: "Speaking in Paris, Macron condemned ..." - the participle's place is the verb's;
    # also on the subject: "The president, speaking in Nairobi, accused Somalia ..."
    if _participle_host(head) is not None and head.head.i == verb.i:
        return True
    # (set off by a comma: "Refugees living in Turkey returned to Syria" describes who, not where)
    if (head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ in ("nsubj", "nsubjpass")
            and head.head.head.i == verb.i and head.i > 0 and head.doc[head.i - 1].text == ","):
        return True
    node = head
    while node.i != trigger.i and node.head.i != node.i:  # head inside the trigger's phrase?
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return node.i == trigger.i


def _ranking_set(noun) -> bool:
    """"the first country in Asia", "the largest city in Africa": the place is the set a ranking
    is made over, not where anything happened."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
                                     or c.lower_ in ("only", "first", "last"))
               for c in noun.children)


def _participle_host(verb):
    """The verb a subjectless participial clause hangs on ("addressed reporters in New York,
    calling for justice" -> "addressed"), else None.

    Such a clause happens where its host happens, so the host's locative phrase locates it too.
    A clause with its own subject ("..., while police arrested him in Lagos") or a finite verb
    tells its own story and is left alone; so does a past participle ("Arrested in Lagos, he was
    flown to Abuja": two places, two moments).
    """
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None
    host = verb.head
    return host if host.pos_ in ("VERB", "AUX") else None


def _governing_prep(token):
    """The preposition that governs a place token ("in" for Niamey in "in Niamey, Niger")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "prep":
            return node.head
        if node.dep_ in ("compound", "appos", "conj", "amod", "nmod", "npadvmod") or node.head.dep_ == "pobj":
            node = node.head
            continue
        return None
    return None


def locate_events(events: list[Event], places: list[Place], doc=None) -> list[Event]:
    """Events with ``location`` set where the sentence attaches a place to the trigger, else None; and a recipient
    that is itself a resolved place with no country of its own ("Biden visited *Kyiv*", "shelled *Kharkiv*") takes
    the place's country (:func:`_placed_recipients`)."""
    if doc is None or not places:
        return list(events)
    by_span = {(p.start, p.end): p for p in places if p.country}  # (once per document, not per event)
    located = []
    for event in events:
        located.append(replace(event, location=_location(event, places, doc),
                               recipient=_placed_recipients(event.recipient, by_span)))
    return located


def _placed_recipients(recipients, by_span: dict[tuple[int, int], Place]):
    """The recipients, each one that spans exactly a resolved place (``by_span``: the places with a country by their
    offsets; a leading "the" aside) and has no country given by the actors stage taking that place's country, flagged
    ``country_of_place``: a city visited or attacked stands for its country in a dyad ("Biden visited Kyiv": USA ->
    UKR), as PLOVER codes the host of a visit and the target of an attack.  Session 38."""
    out = []
    for r in recipients:
        start = r.start + 4 if r.text[:4].lower() == "the " else r.start
        place = by_span.get((start, r.end)) if r.country is None else None
        out.append(r if place is None else replace(r, country=place.country, flags=(*r.flags, PLACE_COUNTRY_FLAG)))
    return out


def _location(event: Event, places: list[Place], doc) -> Place | None:
    trigger_span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger_span is None or not len(trigger_span):
        return None
    trigger = trigger_span.root
    travel = trigger.lemma_.lower() in TRAVEL_LEMMAS
    found = []
    for place in places:
        if not (event.sentence.start <= place.start and place.end <= event.sentence.end):
            continue
        if place.reason.startswith("adjectival"):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        prep = _governing_prep(span.root)
        if prep is None:
            continue
        word = prep.lower_
        if word in LOCATIVE or (travel and word in DESTINATION):
            if _attached(prep, trigger):
                found.append(place)
    if not found:
        return None
    # a street (a landmark with no point) never outranks the town it is in
    return min(found, key=lambda p: (SPECIFICITY.get(p.kind, 5) if p.lat is not None else 5, p.start))
