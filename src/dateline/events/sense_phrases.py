"""Word senses fixed by the phrase around the trigger (session 27, helper SENSE), read from ``data/layer_doubts.tsv``
and asked by ``sense_doubts.sense_doubt`` before its one-sense-per-(type, lemma) rows:

- ``topic_talk``: "talk" / "speak" of or about a topic with no one talked with ("Silva *talked about* the local
  economy", "*Talk of* evil intentions"): a mention, no consultation (PLOVER CONSULT is between two actors);
- ``hosted_show``: "host" a show, a programme, a festival or a sporting event ("before *hosting the children's show*",
  "Qatar *hosted the* Asian *Games*"): entertainment or sport, no visit or meeting received;
- ``place_name``: a participle of taking territory between a place and a place, the doer not its subject ("in
  *Pakistan occupied Kashmir*", "the *Israeli-occupied* West Bank"): the name of a territory, no seizure reported;
- ``physical_object``: a verb of criticism by its figure ("blast", "hammer", "slam") whose direct object is a thing that
  can be struck, not criticised ("warships *blasted the* Rostam *platform*"): force, no accusation;
- ``debt_payment``: payments on a debt suspended or deferred ("had to *suspend payments on its foreign debt*"): a
  debtor's default, no sanction on a party;
- ``contest_withdrawal`` (reported as relevance:contest): a withdrawal from a contest ("*withdrew from* the Olympics",
  "candidates *have withdrawn from the race*"), or with no "from" in a sentence naming a sporting contest ("as Athens
  prepared for the Games, the two sprinters *withdrew*"): out of a competition, no forces withdrawn;
- ``institution_strengthened``: an institution, a system or a law strengthened, a word of force only its modifier
  ("*strengthening* local *security institutions*"): a reform, no forces mobilized;
- ``research``: an investigation of a field, not of a deed or a party ("a special *investigation of the* criminal
  *economy*", "will *investigate* many more ancillary *areas*"): research, no accusation.

Each reads the trigger's own phrase only (its children, its neighbours, its object's subtree): cheap per event."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_doubts import span_head
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

TOPIC_TALK = "topic_talk"
HOSTED_SHOW = "hosted_show"
PLACE_NAME = "place_name"
PHYSICAL_OBJECT = "physical_object"
DEBT_PAYMENT = "debt_payment"
DEBT_OWED = "debt_owed"
CONTEST_WITHDRAWAL = "contest_withdrawal"
SPORT_CONTEST = "sport_contest"
INSTITUTION_STRENGTHENED = "institution_strengthened"
RESEARCH = "research"
CONTEST = "contest"  # (the reason a withdrawal from a contest is reported with, as sense_doubts.contest's)
# Rows of data/layer_doubts.tsv read here, not by sense_doubts' (type, lemma) table.
PHRASE_ROWS = (TOPIC_TALK, HOSTED_SHOW, PLACE_NAME, PHYSICAL_OBJECT, DEBT_PAYMENT, DEBT_OWED, CONTEST_WITHDRAWAL,
               SPORT_CONTEST, INSTITUTION_STRENGTHENED, RESEARCH)
# The prepositions of what an investigation noun looks into ("an investigation *of* the economy", "a probe *into* ...").
INVESTIGATED_PREPOSITIONS = {"of", "into"}
# The prepositions of what one withdraws from ("withdrew *from* the race", "pulled out *of* the tournament").
LEFT_PREPOSITIONS = {"from", "of"}

# The prepositions that name the one talked with ("talked *with* the minister", "spoke *to* reporters").
PARTNER_PREPOSITIONS = {"with", "to", "between", "among", "amongst"}
# Entity labels of the place or people a territory's name starts with ("*Pakistan* occupied Kashmir", "*Israeli*-occupied").
NAMING_ENTITIES = {"GPE", "NORP", "LOC"}
# Entity labels of the territory named after the participle.
TERRITORY_ENTITIES = {"GPE", "LOC"}
HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}


def _applies(doubt: str, event: Event, tok) -> frozenset[str] | None:
    """The row's words when the event's type and the trigger's lemma are the row's, else None."""
    types, lemmas, words = _row(doubt)
    return words if event.type in types and tok.lemma_.lower() in lemmas else None


def _topic_talk(event: Event, tok) -> bool:
    """Is the trigger "talk" / "speak" with an "of" or "about" topic and no one talked with: "talked *of* the role of
    the ISI" (any subject), "talked *about* the economy" (one subject: "Brazil and Peru talked about ..." talked to each
    other), the singular noun "*Talk of* evil intentions" (the plural "talks" are negotiations and stay)?"""
    topics = _applies(TOPIC_TALK, event, tok)
    if topics is None:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if not preps & topics or preps & PARTNER_PREPOSITIONS or any(c.dep_ == "dobj" for c in tok.children):
        return False
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NN"
    if tok.pos_ != "VERB":
        return False
    if "of" in preps:
        return True
    return not any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children)


def _hosted_show(event: Event, tok) -> bool:
    """Is what is hosted a show, a programme, a festival or a sporting event ("*hosting the* children's *show*", "hosted
    the Asian *Games*"): the host of a broadcast, an entertainment or a contest, no visitor received (PLOVER CONSULT:
    meetings and visits between actors)?"""
    shows = _applies(HOSTED_SHOW, event, tok)
    if shows is None:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(in_class(o, shows) or any(c.dep_ == "compound" and in_class(c, shows)
                                                             for c in o.children) for o in objects)


def _place_name(event: Event, tok) -> bool:
    """Is the participle of taking territory written between a place (or its people) and a place, with the first not its
    subject: "in *Pakistan occupied Kashmir*", "the *Israeli-occupied* West Bank"?  The name of a territory, no
    seizure reported (PLOVER ASSAULT occupy: the act of occupying)."""
    if _applies(PLACE_NAME, event, tok) is None or tok.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    doc = tok.doc
    before = tok.i - 1
    if before >= 0 and doc[before].text in HYPHENS:
        before -= 1
    if before < 0 or tok.i + 1 >= len(doc):
        return False
    namer, named = doc[before], doc[tok.i + 1]
    if namer.ent_type_ not in NAMING_ENTITIES or named.ent_type_ not in TERRITORY_ENTITIES:
        return False
    return not (namer.head.i == tok.i and namer.dep_ in ("nsubj", "nsubjpass"))


def _physical_object(event: Event, tok) -> bool:
    """Does a verb of criticism by its figure ("blast", "hammer", "slam") have a direct object that is a thing one strikes,
    not one criticises ("warships *blasted the* Rostam *platform*")?  Force (PLOVER ASSAULT), no accusation."""
    things = _applies(PHYSICAL_OBJECT, event, tok)
    if things is None or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(in_class(o, things) for o in objects)


def _debt_payment(event: Event, tok) -> bool:
    """Is what is suspended or deferred the payment of a debt ("had to *suspend payments on its foreign debt*", "halted
    *interest payments*")?  A debtor's default, no sanction imposed on a party (PLOVER SANCTION: a party's punitive or
    restrictive act aimed at another); "suspended aid payments to the authority" names no debt and stays."""
    payments = _applies(DEBT_PAYMENT, event, tok)
    if payments is None:
        return False
    _, _, owed = _row(DEBT_OWED)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":
        objects += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(in_class(o, payments) and any(in_class(t, owed) for t in o.subtree) for o in objects)


def _named(tok, words: frozenset[str]) -> bool:
    """Is the noun, or a compound of it, one of ``words`` ("the *Olympics*", "the Athens *Games*")?"""
    return any(in_class(t, words) for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def _contest_withdrawal(event: Event, tok) -> bool:
    """Is the withdrawal one from a contest: the object of its "from" (or "out of") one of the row's words ("*withdrew
    from* last summer's *Olympics*", "*have withdrawn from the race*"), or, with no "from" and no object, a sporting
    contest (`sport_contest`) named in its sentence ("as Athens prepared for the *Games*, they *withdrew*")?  Leaving
    a competition, an election or a race withdraws no forces and yields nothing to a party (PLOVER RETREAT)."""
    contests = _applies(CONTEST_WITHDRAWAL, event, tok)
    if contests is None or tok.pos_ != "VERB":
        return False
    left = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in LEFT_PREPOSITIONS for o in c.children
            if o.dep_ == "pobj"]
    if left:
        return any(_named(o, contests) for o in left)
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    _, _, sports = _row(SPORT_CONTEST)
    return any(t.pos_ in ("NOUN", "PROPN") and in_class(t, sports) for t in tok.sent)


def _institution_strengthened(event: Event, tok) -> bool:
    """Is every direct object of the verb of strengthening an institution, a system or a law (`words`), the word of force
    ("security", "defence") only its modifier ("*strengthening* local *security institutions*", "*bolster* the
    *defence cooperation*")?  Reforming a body or a rule mobilizes no forces (PLOVER MOBILIZE: forces or police put on
    alert, deployed or increased); "strengthened security", "boosted troop numbers" stay."""
    bodies = _applies(INSTITUTION_STRENGTHENED, event, tok)
    if bodies is None:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(in_class(o, bodies) for o in objects)


def _research(event: Event, tok) -> bool:
    """Is everything investigated a field of study (`words`: an economy, a trade, a market, areas, trends), not a deed, a
    case or a party ("InSight Crime's special *investigation of the* criminal *economy*", "the staff will *investigate*
    many more ancillary *areas*")?  Research, no accusation or inquiry into wrongdoing (PLOVER ACCUSE investigate,
    CAMEO 09 'Investigate': crime, corruption, abuses, a party's conduct)."""
    fields = _applies(RESEARCH, event, tok)
    if fields is None:
        return False
    studied = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":
        studied += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in INVESTIGATED_PREPOSITIONS
                    for o in c.children if o.dep_ == "pobj"]
    return bool(studied) and all(in_class(o, fields) for o in studied)


def phrase_sense(event: Event, doc: Doc) -> str | None:
    """The doubt (a row name of data/layer_doubts.tsv) that the phrase around the event's trigger raises, or None."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return None
    for doubt, test in ((TOPIC_TALK, _topic_talk), (HOSTED_SHOW, _hosted_show), (PLACE_NAME, _place_name),
                        (PHYSICAL_OBJECT, _physical_object), (DEBT_PAYMENT, _debt_payment),
                        (CONTEST, _contest_withdrawal), (INSTITUTION_STRENGTHENED, _institution_strengthened),
                        (RESEARCH, _research)):
        if test(event, tok):
            return doubt
    return None
