"""Word-sense and role doubts behind the relevance layer (events/relevance.py), read from ``data/layer_doubts.tsv``: a
trigger sense the event's type misreads (a court's verdict typed ACCUSE, one's own law signed typed SUPPORT, goods
seized typed ASSAULT, a "warned that" with no one warned), the sufferer of a verb of suffering read as the doer, an
event noun named as still to come, a reported "we must" of the speaker's own side, a place that only says where, an
event noun read as its own doer, the second of two coordinated acts under one governing verb of aim, refusal or demand,
a body still to come as the actor, a party meeting its own people typed CONSULT, a promise of force typed AGREE, drugs
sent typed AID, a weapon or a shot as the doer of violence, "target" with no force named, a negative quantifier as the
one acted on, a firm or a club doing business (session 30).  Each reads the parse of the event's sentence only, but
for the article's cue that its shooting was an accident (``accident_article``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.events.clause_parts import acted_on, actor_is_subject, first_conjunct, span_head as _head
from dateline.events.governed_acts import infinitive_of_adjective
from dateline.events.lexicon import counted_nouns, lexicon, seized_things
from dateline.events.political import crowd_nouns, political_actors, political_noun
from dateline.events.sense_phrases import PHRASE_ROWS, phrase_sense
from dateline.events.tables import in_class, layer_doubt_row as _row, read_table, word_class
from dateline.model import Event, Participant

# A place named as the object of these prepositions only says where something is ("embassies *in* Kenya"): no doer.
# (Design samples A-I, M, O, P, Q: violence whose every actor is such a place 0 right of 5, 2 wrong kept >= 0.5.)
PLACE_PREPOSITIONS = {"in", "at", "near", "of", "from"}
# Entity labels of places.
PLACE_ENTITIES = {"GPE", "LOC"}
# Entity labels of named parties (a person, an organisation, a state, a nationality).
PARTY_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# Parties of the state: what they take (a boat, a vehicle) they impound (data/layer_doubts.tsv, confiscation).
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}
SEIZED_GOODS = {"property", "measure"}
WARNED_PREPOSITIONS = {"of", "against", "to"}
# The prepositions of what an act of force or a withdrawal is aimed at or leaves ("assault *on*", "retreat *from*").
AIMED_PREPOSITIONS = {"on", "upon", "against", "from"}


HARMED = "harmed"
PLANNED = "planned"
ACCIDENT = "accident"
NATURAL_DOER = "natural_doer"
ANIMAL_TARGET = "animal_target"
SELF_HARM = "self_harm"
VERBAL_ATTACK = "verbal_attack"
HAZARD_WARNING = "hazard_warning"
INSTRUMENT_DOER = "instrument_doer"
PLANNED_TIME = "planned_time"
NO_PARTY = "no_party"
AWAITED = "awaited"
UNWILLING = "unwilling"
STATUTE_DOER = "statute_doer"
NEGLIGENCE = "negligence"
SENTENCED = "sentenced"
CONTEST = "contest"
CONTEST_RIVAL = "contest_rival"
CONTEST_MARGIN = "contest_margin"
SURETY_FIRM = "surety_firm"
OWN_DOCUMENT = "own_document"
SPOKEN_ATTACK = "spoken_attack"
CLOSED_PLACE = "closed_place"
TASKED = "tasked"
CULTURE_WORK = "culture_work"
HAZARD_DENIAL = "hazard_denial"
NATURAL_TARGET = "natural_target"
FIRM_COMMERCE = "firm_commerce"
FIRM_COMMERCE_VERBS = "firm_commerce_verbs"
# Rows of data/layer_doubts.tsv that test the event's parties, the article or a frame around the trigger, not one
# trigger sense per (type, lemma) (the frames share lemmas with the sense rows: "attack" is also figurative, "warn" a
# warning with no one warned).
PARTY_ROWS = (HARMED, PLANNED, ACCIDENT, NATURAL_DOER, ANIMAL_TARGET, SELF_HARM, VERBAL_ATTACK, HAZARD_WARNING,
              INSTRUMENT_DOER, PLANNED_TIME, NO_PARTY, AWAITED, UNWILLING, STATUTE_DOER, NEGLIGENCE, SENTENCED, CONTEST,
              CONTEST_RIVAL, CONTEST_MARGIN, SURETY_FIRM, OWN_DOCUMENT, SPOKEN_ATTACK, TASKED, CULTURE_WORK,
              HAZARD_DENIAL, FIRM_COMMERCE, FIRM_COMMERCE_VERBS) + PHRASE_ROWS
# (PHRASE_ROWS, session 27: the rows of sense_phrases, a phrase around the trigger)
# Sectors of armed parties (actors/data/sectors.tsv): their "attacked ..., saying" is force with a statement.
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM"}
# The clauses a warning's content hangs in: a that-clause of the verb or noun, or one the parser hung on the one warned
# ("warning residents *that* rains will cause ...").
WARNING_CLAUSE_DEPS = {"ccomp", "acl", "relcl"}
# The speaker's own side: "*we* must find those responsible", said Clinton - a resolve, no demand on another party.
FIRST_PERSON = {"we", "i"}


@lru_cache(maxsize=1)
def _harm_frames() -> tuple[tuple[frozenset[str], frozenset[str], bool], ...]:
    """(verb lemmas, prepositions, passive only) of the ``harmed`` rows of data/layer_doubts.tsv (the second row and
    any later one: the passive of the verbs)."""
    rows = [r for r in read_table("layer_doubts.tsv") if r["doubt"].strip() == HARMED]
    return tuple((frozenset(w.strip() for w in r["lemmas"].split(",")), frozenset(w.strip() for w in r["words"].split(",")),
                  i > 0) for i, r in enumerate(rows))


def harmed_as_doer(event: Event, doc: Doc) -> bool:
    """Is the actor of an event noun the subject of the verb the noun's phrase hangs on, a verb of suffering or being
    held ("two others *sustained* injuries in an exchange of fire", "he *remained* in custody", "soldiers *were
    killed* in the attack")?  Who suffers or is held is the target, not the doer."""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or not event.actor:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "an exchange *of* fire": the phrase is the head noun's
    if tok.dep_ != "pobj":
        return False
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if not any(verb.lemma_.lower() in lemmas and tok.head.lower_ in preps and (passive or not passive_only)
               for lemmas, preps, passive_only in _harm_frames()):
        return False
    return actor_is_subject(event, doc, verb)


def _planned_words() -> frozenset[str]:
    """The adjectives of the ``planned`` row of data/layer_doubts.tsv ("proposed", "scheduled", ...)."""
    return _row(PLANNED)[2]


def planned_noun(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun named as still to come ("the VHP's *proposed* protest rally", "his *scheduled*
    visit")?"""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN":
        return False
    words = _planned_words()
    holders = [tok] + ([tok.head] if tok.dep_ == "compound" else [])
    if any(c.dep_ == "amod" and c.lower_ in words for h in holders for c in h.children):
        return True
    # "ahead of *next week's* meetings", "*tomorrow's* talks": dated in a time still to come (session 21, helper PREC)
    _, _, coming = _row(PLANNED_TIME)
    if any(c.dep_ == "poss" and (c.lower_ in coming or any(a.dep_ == "amod" and a.lower_ in coming for a in c.children))
           for h in holders for c in h.children):
        return True
    # "*awaits extradition* to Mexico", "*waiting for* trial": awaited, still to come (session 21, helper PREC)
    _, waiting, preps = _row(AWAITED)
    tok = first_conjunct(tok)
    return (tok.dep_ == "dobj" and tok.head.lemma_.lower() in waiting) or (
        tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.lemma_.lower() in waiting)


def no_party(event: Event, doc: Doc) -> bool:
    """Is the one acted on or acting a negative quantifier ("*nobody* was arrested", "*no one* was hurt", "*no soldiers*
    were injured")?  The sentence denies the act (data/layer_doubts.tsv, no_party)."""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    _, _, words = _row(NO_PARTY)
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in words or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children)


def planned_actor(event: Event, doc: Doc) -> bool:
    """Is the actor a body named as still to come ("children would be offered free sports training by *a future Tory
    government*", "the *proposed* commission will ...")?  What a body that does not exist yet does is a plan or a
    pledge, not an act."""
    words = _planned_words()
    return any((h := _head(p, doc)) is not None and any(c.dep_ == "amod" and c.lower_ in words for c in h.children)
               for p in event.actor)


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


# Statuses of a governed act that was not done: refused, still to come, only if.
NOT_DONE_STATUSES = {"negated", "future", "hypothetical"}
# The support verb of an event noun: "*order* an investigation" (the noun's status is its verb's).
SUPPORTED_NOUN_DEPS = ("dobj", "attr", "nsubjpass")


def governed_conjunct(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the second of two coordinated verbs sharing one
    subject, the first of which a governing verb of aim, refusal or demand controls ("for *refusing* to cooperate with
    IAEA inspectors and *curtail* its nuclear plans", "*urged* Cerezo to follow the example of Cristiani and *order an
    investigation*")?  Coordinated complements share their governor: the second act is refused, asked for or aimed at
    like the first, not reported done (the modality stage reads the first one's governor only)."""
    from dateline.events.status import modality

    tok = _head(event.trigger, doc)
    if tok is None or event.status != "factual":
        return False
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in SUPPORTED_NOUN_DEPS else tok
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # (a conjunct with its own subject is a clause of its own: "X refused to pay and *Y* sued")
    first = first_conjunct(verb)
    governed = modality(first)
    # (not an accusation's content, "accused of pointing his rifle at a man and *shooting* him": the charge's content is
    # the charge_content doubt's, and the act charged is mostly real violence)
    return any(c.startswith("control:") for c in governed.cues) and (
        governed.recode is not None or governed.status in NOT_DONE_STATUSES)


def _accident_frame() -> tuple[frozenset[str], frozenset[str]]:
    """(verb lemmas, firearm words) of the ``accident`` row of data/layer_doubts.tsv."""
    return _row(ACCIDENT)[1:]


def _charged(tok, charging: frozenset[str]) -> bool:
    """Is ``tok`` a passive verb of charging ("*has been charged* with", "*was booked* with")?  Someone is facing the
    charge; the active verb is as often a party's political reproach ("clergymen *charged* the government with criminal
    negligence in controlling violence")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in charging and any(c.dep_ in ("auxpass", "nsubjpass")
                                                                          for c in tok.children)


def accident_article(doc: Doc) -> bool:
    """Does the article report its harm as an accident: a mishap word anywhere ("a girl *accidentally* shot herself",
    agentless_words.tsv mishap_words), a firearm that fires by itself ("the gun *discharged*", "the rifle *went
    off*": data/layer_doubts.tsv, accident), or a charge of negligence ("*booked with* child desertion and *negligent*
    injuring": data/layer_doubts.tsv, negligence)?"""
    from dateline.events.tables import agentless_words

    mishap = agentless_words("mishap_words")
    verbs, weapons = _accident_frame()
    charging, negligence = _row(NEGLIGENCE)[1:]
    for tok in doc:
        if in_class(tok, mishap):
            return True
        if tok.lower_ in negligence and any(_charged(t, charging) for t in tok.sent):
            # "the mother *has been charged with neglect* of a dependent": a charge of negligence, harm no one meant
            # (session 23, helper PREC)
            return True
        lemma = tok.lemma_.lower()
        if lemma in verbs and tok.pos_ in ("VERB", "AUX") and (lemma != "go" or any(
                c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)) and any(
                c.dep_ == "nsubj" and in_class(c, weapons) for c in tok.children):
            return True
    return False


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


def located_only(p: Participant, doc: Doc) -> bool:
    """Is the participant, whatever the actors stage made of it, only the object of a preposition of place ("another blast
    occurred *within the All India Radio (AIR) complex* injuring two CRPF jawans", "the attack *at the Artisan
    Restaurant*")?  The coder took the nearest noun for the doer of a participle hung on the clause; a person or a pronoun
    so placed is left ("a shot fired *at him*").  :func:`placed_only` asks the same of a place with no sector.  (Design
    samples: 11 violent events, all wrong, 2 of them at >= 0.5; session 29, helper PREC, samples X and e.)"""
    head = _head(p, doc)
    if head is None:
        return False
    head = first_conjunct(head)
    return _object_of(head, LOCATIVE_PREPOSITIONS) and head.ent_type_ != "PERSON" and head.pos_ != "PRON"


def _object_of(tok, prepositions) -> bool:
    """Is the word the object of one of the prepositions ("*in* Kenya", "*within* the complex")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ in prepositions


@lru_cache(maxsize=1)
def _sense_doubts() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(type, trigger lemma) -> (doubt, words) of data/layer_doubts.tsv."""
    out = {}
    for row in read_table("layer_doubts.tsv"):
        if row["doubt"].strip() in PARTY_ROWS:
            continue
        words = frozenset(w.strip() for w in (row["words"] or "").split(",") if w.strip())
        for lemma in row["lemmas"].split(","):
            out[row["type"].strip(), lemma.strip()] = (row["doubt"].strip(), words)
    return out


OWNER_PRONOUNS = {"his", "her", "its", "their", "our", "my"}


@lru_cache(maxsize=1)
def _violence_verbs() -> frozenset[str]:
    """The verbs that begin an ASSAULT entry of the trigger lexicon (a verb, a verb with its object, a phrase: "kill",
    "set" of "set on fire")."""
    lex = lexicon()
    out = {v for v, entries in lex.verbs.items() if any(e.type == "ASSAULT" for e in entries)}
    out |= {v for v, pairs in lex.verb_obj.items() if any(e.type == "ASSAULT" for _, e in pairs)}
    out |= {words[0] for words, e in lex.phrases if e.type == "ASSAULT"}
    return frozenset(out)


def _owned_by_pronoun(tok, depth: int = 0) -> bool:
    """Is the noun owned by a possessive pronoun, directly or through its possessor ("*his* decision", "*his* party's
    posters"), or marked "own"?"""
    return depth < 3 and any(c.lower_ == "own" or (c.dep_ == "poss" and (c.lower_ in OWNER_PRONOUNS or _owned_by_pronoun(
        c, depth + 1))) for c in tok.children)


def _own_facility(event: Event, obj, doc: Doc) -> bool:
    """Is the facility ``obj`` the actor's own: the object of an active verb owned by a possessive pronoun or "own"
    ("closed *its* office"; not a passive's subject, "*its* operation was closed down by regulators" is the bank's), or
    marked with a country (its recipient's) that no actor of the event is from another country than ("closing *the
    U.S.* prison")?"""
    if obj.dep_ == "dobj" and _owned_by_pronoun(obj):
        return True
    if not any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP") for c in obj.children):
        return False
    countries = {p.country for p in event.actor if p.country}
    return any(p.country and countries <= {p.country} for p in event.recipient
               if (h := _head(p, doc)) is not None and h.i == obj.i)


def _counted(tok):
    """The noun counted by a number or a count noun ("hundreds *of* pilgrims", "two *of* the gunmen"), else ``tok``."""
    if tok is None or not (tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY")):
        return tok
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"), tok)


# A count of cases from which a register of them is a statistic, no particular accusation ("registered 23,543 cases").
TALLY_MIN = 100


def _count_of(tok) -> float:
    """The number a numeral token writes ("23,543" -> 23543.0), or 0 when it writes none."""
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return 0.0


def _case_tally(tok, objects: list, words: frozenset[str]) -> bool:
    """Is a direct object of the trigger one of ``words`` (cases, complaints, crimes) counted by a number of
    :data:`TALLY_MIN` or more, with no "against" on the verb or on any of its objects ("*registered 23,543* cyber
    crime *cases*")?  A tally, no accusation of a party."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for holder in (tok, *objects) for c in holder.children):
        return False
    return any(o.dep_ == "dobj" and in_class(o, words)
               and any(n.dep_ == "nummod" and _count_of(n) >= TALLY_MIN for n in o.children) for o in objects)


def _subject_of_clause_warned(obj, clauses: list) -> bool:
    """Is the parser's direct object of a verb of warning the subject of a clause warned of that follows it with no
    subject of its own ("Ortiz *warned cyber crime* in Mexico *was growing*")?  Then it is what is warned of, no one
    warned (session 26, helper SENSE)."""
    return any(v.i > obj.i and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in v.children) for v in clauses)


# What makes a signed paper one of two parties: "a *joint* declaration", "signed *with* Japan".
SHARED_PAPER_WORDS = {"joint", "mutual", "common", "bilateral"}


def _own_document(event: Event, tok, objects) -> bool:
    """Is a signed paper one party's (data/layer_doubts.tsv, own_document): a declaration, an affidavit, a response, a
    form ... (or the noun the participle describes: "the judge's *response, signed* March 19"), with no "joint" on it,
    no "with" partner and one actor that is no plural ("the judge *signed a declaration* saying ...")?  Session 24,
    helper SENSE."""
    _, _, papers = _row(OWN_DOCUMENT)
    things = [o for o in objects if o.dep_ == "dobj"] + ([tok.head] if tok.dep_ == "acl" else [])
    # (a paper signs nothing: "Fidler 's response , signed March 19 , asserts" parsed with the response as the
    # subject of "signed" is the signed paper; session 25, helper SENSE)
    things += [c for c in tok.children if c.dep_ == "nsubj" and in_class(c, papers)]
    if not any(in_class(t, papers) for t in things):
        return False
    if any(c.lower_ in SHARED_PAPER_WORDS for t in things for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if len(event.actor) != 1:
        return False
    head = _head(event.actor[0], tok.doc)
    return head is not None and head.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in head.children)


# The sectors whose closing of a road or an airport is a safety measure (police at a scene), with no sector at all.
SAFETY_SECTORS = {"COP", None, ""}


def _closed_place(event: Event, tok, objects, doc: Doc) -> bool:
    """Is a closure or a cordon, with no actor or only police (and parties of no sector), one of a place of transport or
    public use: its first closed thing - a passive subject or a direct object (``objects``), the object of "off"
    ("*cordoned off* Bay *Road*"), else the recipient - is one of data/layer_doubts.tsv closed_place ("Heathrow *Airport
    was shut down* after the incident")?  A place closed for safety, no party coerced.  Session 25, helper SENSE."""
    if any(p.sector not in SAFETY_SECTORS for p in event.actor):
        return False
    _, _, places = _row(CLOSED_PLACE)
    closed = objects + [o for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "off"
                        for o in c.children if o.dep_ == "pobj"]
    if not closed:
        closed = [h for p in event.recipient if (h := _head(p, doc)) is not None]
    return bool(closed) and in_class(closed[0], places)


# The prepositions that name another party on a halted thing: "its aid *to* Egypt", "their talks *with* the government".
OTHER_PARTY_PREPOSITIONS = {"to", "with", "for", "against", "between"}


def _own_activity(tok, objects, activities: frozenset[str]) -> bool:
    """Is a thing halted (the trigger's direct object or passive subject, ``objects``, or its "of" object) an activity of ``activities``
    owned by a possessive pronoun or "own", with no other party named on it ("announced *the suspension of their*
    political *campaigns*", "*suspend their visits*"; not "its aid *to* Egypt")?  Session 25, helper SENSE."""
    things = objects + [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                        if o.dep_ == "pobj"]
    return any(in_class(t, activities) and _owned_by_pronoun(t) and not any(
        c.dep_ == "prep" and c.lower_ in OTHER_PARTY_PREPOSITIONS for c in t.children) for t in things)


def _named_not_phoned(tok, phoned: frozenset[str]) -> bool:
    """Is "call" used of naming something ("called the treaty *historic*": an object complement) or of calling a thing
    (every direct object a common noun that names no party, no political or crowd noun and none of ``phoned``, people
    one phones or meetings one convenes: "called Hungary's *admission* to NATO a return home", "called a *bandh*")?
    Session 25, helper SENSE."""
    if tok.pos_ != "VERB" or any(c.dep_ == "dative" for c in tok.children):
        return False
    if any(c.dep_ == "oprd" for c in tok.children):
        return True
    objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    nouns = political_actors().nouns | crowd_nouns()
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTITIES and not in_class(o, phoned)
                                 and not political_noun(o, nouns) for o in objects)


def sense_doubt(event: Event, doc: Doc) -> str | None:
    """The doubt of data/layer_doubts.tsv that the event's trigger carries, or None: a conviction or a "found
    guilty" typed ACCUSE (a verdict), a domestic law or order signed typed SUPPORT, goods (or a vehicle taken by the
    state) seized typed ASSAULT (a confiscation), a "warned that ..." with no one warned typed THREATEN, a price charged
    or an idiom of trying ("tried his hand") typed ACCUSE, a thing pulled out by hand ("pulled out bodies") typed
    RETREAT, a suspicion held ("police *suspected* her involvement") typed ACCUSE, force or a withdrawal aimed at an
    abstract value ("*assault on democracy*") typed ASSAULT or RETREAT, an authority's approval of no political party
    ("received FDA *approval* to begin testing") typed SUPPORT, help towards an outcome with no one helped ("*helped
    end* the conflict") typed AID, a search for someone ("*searching for* the suspected gunmen") typed COERCE, a court's
    extension of time ("*granted time* to the parties") typed CONCEDE, an outcome brought about ("*forcing a run-off*")
    typed COERCE, one's own deeds defended ("*defended his party's campaign posters*") typed SUPPORT; session 24 (helper
    SENSE): a facility of one's own closed ("*closing its* anti-drug *office*") typed COERCE, a financial guarantee ("the
    Finance Corp, *guaranteed* by the state") typed AGREE, a thing left behind typed RETREAT, travellers going to a place
    ("*pilgrims visited* Ayodhya") typed CONSULT, one party's paper signed ("the judge *signed a declaration* saying
    ...") typed SUPPORT; session 25 (helper SENSE): a road or an airport closed for safety ("Heathrow *Airport was shut
    down*", police *cordoning off* a road) typed COERCE, "call" of naming or of a strike ("*called* Hungary's admission
    a return home", "*called a bandh*") typed CONSULT, a duty given ("*charged with ensuring* order") typed ACCUSE, a
    thing "kidnapped" or "hijacked" ("*kidnap* the computer *systems*") typed ASSAULT, one's own activity halted ("*the
    suspension of their* campaigns") typed SANCTION, pressing on with a fight ("*pressed their siege*") typed REQUEST,
    a giver named by his role ("lost its main *donor*") typed AID; session 26 (helper SENSE): a proposal named with
    nothing proposed ("the Government's *proposals*") typed AGREE, a free public service for one's own people
    ("*provide free* long-term *care*") typed AID or AGREE, a count of cases registered ("*registered 23,543* cyber
    crime *cases*") typed ACCUSE, a bid, a case or a ruling fought ("*fought off a challenge*") and shares attacked
    typed ASSAULT, a warning whose object is the subject of the clause warned of ("*warned cyber crime* ... *was
    growing*") typed THREATEN (a market or the weather blamed is relevance.blamed_circumstance's); session 27 (helper
    SENSE): first the senses that the phrase around the trigger fixes (sense_phrases.phrase_sense: a topic talked of, a
    show hosted, a territory's name, a structure "blasted", payments on a debt suspended, a withdrawal from a contest,
    an institution strengthened, a field investigated); session 28 (helper SENSE), more of them: one's own people or a
    place evacuated, a meeting called off for an illness or the weather, an offer for a firm, aid cut,
    a paper handed to someone, "has alleged ties to", a refusal to admit a fact, "challenged by" a quality; session 30
    (helper SENSE): a firm or a club doing business, any type ("Vodafone *launched an attack on its rivals*", "*agreed
    to buy* the games maker": firm_commerce), and one's own facility to be closed retyped THREATEN (own_closure)."""
    tok = _head(event.trigger, doc)
    if tok is None:
        return None
    phrased = phrase_sense(event, doc)  # ("*talked about* the economy", "*hosting the* children's *show*": session 27)
    if phrased:
        return phrased
    if firm_commerce(event, tok, doc):  # ("Microsoft *agreed to buy* the games maker": session 30)
        return FIRM_COMMERCE
    found = _sense_doubts().get((event.type, tok.lemma_.lower()))
    if found is None:
        return None
    doubt, words = found
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if doubt == "verdict":
        return doubt if not words or any(c.lower_ in words for c in tok.children) else None
    if doubt == "domestic_act":
        if any(o.lemma_.lower() in words or o.ent_type_ == "LAW" for o in objects):
            return doubt
        return OWN_DOCUMENT if _own_document(event, tok, objects) else None
    if doubt == "confiscation":
        groups = {seized_things().get(o.lemma_.lower()) or seized_things().get(o.lower_) for o in objects}
        taken = groups & SEIZED_GOODS or ("vehicle" in groups and any(p.sector in STATE_SECTORS for p in event.actor))
        return doubt if taken else None
    if doubt == "fee":
        _, _, duties = _row(TASKED)
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(in_class(o, duties) for o in c.children
                                                               if o.dep_ in ("pcomp", "pobj")) for c in tok.children):
            # "the Speaker *is charged with ensuring* order": a duty given, no accusation (session 25, helper SENSE)
            return TASKED
        return doubt if any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                            for c in tok.children) or any(
            o.dep_ == "dobj" and (o.lower_ in words or o.lemma_.lower() in words or o.ent_type_ == "MONEY")
            for o in objects) else None
    if doubt == "forced_outcome":
        # "won 33.5% of the vote, *forcing a run-off*": an outcome brought about, no party coerced ("forced the villagers
        # *to leave*" has a clause of its own, "forced *them*" a party, "forcing the withdrawal *of French troops*" and
        # "forced *his* resignation" an act of a party made to yield)
        return doubt if objects and all(
            o.dep_ == "dobj" and o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTITIES and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)
            for o in objects) and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) else None
    if doubt == "own_defended":
        # "Milburn has *defended his party's campaign posters*": one's own deeds, no other party supported
        dobjs = [o for o in objects if o.dep_ == "dobj"]
        return doubt if dobjs and all(
            o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTITIES and not political_noun(o, political_actors().nouns)
            and _owned_by_pronoun(o) for o in dobjs) else None
    if doubt == "seeking":
        # "deputies continue *searching for* the suspected gunmen": looking for someone, no premises searched
        return doubt if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children) else None
    if doubt == "aim_only":
        # "were being *targeted* by the government": singled out, no force named - unless by means of something ("with
        # grenades"), together with a verb of violence ("targeted and *set on fire*") or by an armed party
        if any(c.dep_ == "prep" and c.lower_ in words for c in tok.children) or any(
                p.sector in ARMED_SECTORS - {"COP"} for p in event.actor):
            return None
        return None if any(v.lemma_.lower() in _violence_verbs() for v in tok.conjuncts) else doubt
    if doubt == "bare_order":
        # "its March 13 *order*", "a point of *order*": no one ordered, nothing ordered - a document, no demand
        return doubt if tok.pos_ == "NOUN" and not event.recipient and not any(
            c.dep_ in ("ccomp", "acl", "relcl", "xcomp") for c in tok.children) else None
    if doubt == "own_closure":
        # "the United States *closing its* local anti-drug *office*", "*closing the U.S. prison*": one's own facility
        if any(in_class(o, words) and _own_facility(event, o, doc) for o in objects):
            return doubt
        return CLOSED_PLACE if _closed_place(event, tok, objects, doc) else None
    if doubt == CLOSED_PLACE:
        # "police *cordoned off* Bay *Road*": a place closed for safety
        return doubt if _closed_place(event, tok, objects, doc) else None
    if doubt == "figurative_abduction":
        # "hackers *kidnap* the computer *systems*", "*hijack the subsidy*": no person taken, no vehicle seized
        return "figurative" if any(in_class(o, words) for o in objects) else None
    if doubt == "own_halt":
        # "the suspension of their political campaigns": one's own activity halted
        return doubt if _own_activity(tok, objects, words) else None
    if doubt == "pressed_on":
        # "Gaddafi's forces *pressed their siege* of Misrata": pressing on with a fight, no demand
        return doubt if any(o.dep_ == "dobj" and in_class(o, words) for o in objects) or any(
            c.dep_ in ("prt", "advmod") and c.lower_ in words for c in tok.children) else None
    if doubt == "public_service":
        # "*provide free* long-term *care* for the elderly", "*pledged free* swimming *lessons*": a service
        # given free to one's own people, no aid to another party
        return doubt if any(o.dep_ == "dobj" and in_class(o, words) and any(
            t.lower_ == "free" for t in o.subtree if t.i < o.i) for o in objects) and not any(
            p.country and p.country not in {a.country for a in event.actor} for p in event.recipient) else None
    if doubt == "case_tally":
        # "*registered 23,543* cyber crime *cases*" over a year: a statistic
        return doubt if _case_tally(tok, objects, words) else None
    if doubt == "agent_noun":
        # "lost its main *donor*": a person named by a role
        return doubt if tok.pos_ == "NOUN" and tok.dep_ != "compound" else None
    if doubt == "naming":
        # "called Hungary's *admission* to NATO a return home", "*called a bandh*": naming, or calling a strike
        return doubt if _named_not_phoned(tok, words) else None
    if doubt == "surety":
        # "the Finance Corp, *guaranteed* by the state", "*guaranteed* the bank's deposits": a financial guarantee
        things = objects + ([tok.head] if tok.dep_ == "acl" else [])
        _, _, firms = _row(SURETY_FIRM)
        return doubt if any(in_class(t, words) or (t.ent_type_ == "ORG" and any(
            w.lower_ in firms for w in t.subtree if w.ent_type_ == "ORG")) for t in things) else None
    if doubt == "left_behind":
        # "the rebels *left behind a poster*": a thing left somewhere, no withdrawal
        return doubt if any(c.lower_ in words and c.dep_ in ("prt", "prep", "advmod") for c in tok.children) else None
    if doubt == "travel_visit":
        # "hundreds of *pilgrims* visited Ayodhya": travellers going to a place
        heads = [_counted(_head(p, doc)) for p in event.actor]
        return doubt if heads and all(h is not None and in_class(h, words)
                                      for h in heads) else None
    if doubt in ("idiom", "extraction"):
        return doubt if any(o.dep_ == "dobj" and o.lower_ in words for o in objects) else None
    if doubt == "warning":
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        warned = any((c.dep_ == "dobj" and not _subject_of_clause_warned(c, clauses)) or (
            c.dep_ == "prep" and c.lower_ in WARNED_PREPOSITIONS) for c in tok.children)
        return doubt if not warned and clauses else None
    if doubt == "belief":
        # "police *suspected* her involvement": active, with no "of" naming what someone is suspected of
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.dep_ in ("acl", "amod")
        return doubt if tok.pos_ in ("VERB", "AUX") and not passive and not any(
            c.dep_ == "prep" and c.lower_ in words for c in tok.children) else None
    if doubt == "outcome":
        # "British military intervention *helped end* the Sierra Leone conflict": helping an outcome come about, with
        # no one helped (a verb complement of its own, no object; "helped Ukraine repel" has its party)
        return doubt if tok.pos_ == "VERB" and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in tok.children) and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in tok.children) else None
    if doubt == "approval":
        # "Immunex said it received Food and Drug Administration *approval* to begin testing", "if Iraq's cabinet
        # *approves* the oil ministry's choice of companies": an authority's permit for a firm's product, deal or
        # choice, with no political party approved
        sectors = political_actors().sectors
        return doubt if not any(p.sector in sectors for p in event.recipient) else None
    if doubt == "figurative":
        # "Putin's *assault on democracy*", "Russia's *retreat from democracy*": aimed at an abstract value
        aimed = [_head(p, doc) for p in event.recipient]
        aimed += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
                  for o in c.children if o.dep_ == "pobj"]
        # ("*fought off a challenge* from the left", "*fighting extradition*": the thing fought; session 26, helper SENSE)
        aimed += [o for o in objects if o.dep_ == "dobj"]
        return doubt if any(t is not None and (t.lemma_.lower() in words or t.lower_ in words) for t in aimed) else None
    return None


# Verbs of refusing whose REJECT may be a refused statement, verbs that refuse a statement by themselves ("declined
# to *comment*"), verbs of telling that do so with an object of information ("declined to *give out details*"), and
# those objects: data/word_classes.tsv.
TELLING_VERBS = word_class("telling_verbs")
TELLING_OBJECTS_VERBS = word_class("telling_objects_verbs")
INFORMATION_NOUNS = word_class("information_nouns")
REFUSING_VERBS = word_class("refusing_verbs")


def refused_statement(event: Event, doc: Doc) -> bool:
    """Is a REJECT at "declined" / "refused" a refusal to comment or to give out information ("declined to *comment*",
    "*declined to give out details* of the investigations"), or a REJECT at a verb of giving out information with such
    an object ("*never gave information* on individual applications", "*did not provide details*")?  A refused
    statement (CAMEO 011 'Decline comment', which CAMEO2PLOVER maps to no PLOVER type), not the rejection of a party's
    demand or proposal (PLOVER REJECT)."""
    tok = _head(event.trigger, doc)
    if tok is None or event.type != "REJECT":
        return False
    if tok.lemma_.lower() in TELLING_OBJECTS_VERBS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in INFORMATION_NOUNS for o in tok.children):
        # the negated giving of information read as a refusal ("the embassy ... *never gave information* on individual
        # applications", "the declaration *did not provide details*"): information not given, no demand rejected
        # (session 20, helper PREC)
        return True
    if tok.lemma_.lower() not in REFUSING_VERBS:
        return False
    for verb in tok.children:
        if verb.dep_ != "xcomp":
            continue
        lemma = verb.lemma_.lower()
        if lemma in TELLING_VERBS or (lemma in TELLING_OBJECTS_VERBS and any(
                o.dep_ == "dobj" and o.lemma_.lower() in INFORMATION_NOUNS for o in verb.children)):
            return True
    return False


# Participles that, hung on a noun with no complement of their own, name a person ("two gang war *accused*", "the
# *suspected*"), not an act of accusing.
PERSON_PARTICIPLES = {"accused", "suspected"}


def accused_person(event: Event, doc: Doc) -> bool:
    """Is an ACCUSE trigger the participle "accused" (or "suspected") used as a noun for the person - hung on a noun
    with no "of", "by", object or clause of its own ("in the shootout, two Lyari gang war *accused* were killed")?  It
    names who is accused; the accusation is no event of this sentence (PLOVER ACCUSE allege: the act of charging)."""
    tok = _head(event.trigger, doc)
    return (tok is not None and event.type == "ACCUSE" and tok.lower_ in PERSON_PARTICIPLES
            and tok.dep_ in ("acl", "amod", "compound")
            and not any(c.dep_ in ("prep", "agent", "dobj", "ccomp", "xcomp", "advcl") for c in tok.children))


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


# A promise of force against crime or a foe (data/word_classes.tsv: vow_words, force_words); the dependencies of the
# promised act on the promise ("promise *to deal*", "vowed *that* they would crush").
VOW_WORDS = word_class("vow_words")
FORCE_WORDS = word_class("force_words")
PROMISED_DEPS = {"xcomp", "acl", "ccomp"}


def vow_of_force(event: Event, doc: Doc) -> bool:
    """Is an AGREE a promise, pledge or vow whose promised act is force - "Perez's *promise* to deal with drug
    trafficking with an *iron fist*", "*vowed* to *crush* the rebels"?  A resolve to coerce is no agreement (PLOVER
    AGREE: agreeing or promising to cooperate, settle, concede or meet)."""
    if event.type != "AGREE":
        return False
    tok = _head(event.trigger, doc)
    if tok is None or (tok.lemma_.lower() not in VOW_WORDS and tok.lower_ not in VOW_WORDS):
        return False
    return any(c.dep_ in PROMISED_DEPS and any(t.lemma_.lower() in FORCE_WORDS for t in c.subtree)
               for c in tok.children)


# Drugs and other contraband (data/word_classes.tsv: contraband_nouns): sent or supplied, they are trafficked, not given
# as aid.
CONTRABAND_NOUNS = word_class("contraband_nouns")
GIVING_TYPES = {"AID", "COOPERATE"}


def contraband_aid(event: Event, doc: Doc) -> bool:
    """Is an AID or COOPERATE the sending or supplying of drugs - "the Red Command *sends a ton of Colombian cocaine*
    into Brazil": the thing given (the trigger's object, or its passive subject) is contraband_nouns, or a quantity
    "of" one?  Trafficking is a crime, no aid (PLOVER AID, CAMEO 07 'Provide aid')."""
    if event.type not in GIVING_TYPES:
        return False
    tok = _head(event.trigger, doc)
    if tok is None:
        return False
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [o for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in CONTRABAND_NOUNS or t.lower_ in CONTRABAND_NOUNS for t in things)


RELATIVE_PRONOUNS = {"that", "who", "which", "whom"}


def grammatical_doer(tok):
    """The token that does the act of a verb by the grammar of its clause, or None: its subject, climbing from a
    coordinated verb or a participle adjunct ("it went off *and hit* the child", "fired the gun, *wounding* his sister")
    to the verb that has one; a relative pronoun stands for its noun ("a toddler *who* shot his sister"); a passive's
    doer is its "by" agent (None when there is none)."""
    verb = tok
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            break
        if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            verb = verb.head
            continue
        return None
    else:
        return None
    subject = subjects[0]
    if subject.dep_ == "nsubjpass":
        return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def mishap_doer(event: Event, doc: Doc, accident: bool) -> bool:
    """Is an ASSAULT verb done, by the grammar of its own clause, by a young child ("Deputies say *an 8-year-old boy
    shot* his brother", "a report of *a toddler who shot* his sister": agentless_words.tsv young_children, or an age
    of agentless.CHILD_AGE or under) or, in an article that reports its
    harm as an accident, by a firearm or "it" ("he was trying to fix his rifle when *it* accidentally went off and
    *hit* the child")?  Whoever the coder took as the actor (the speaker "Police say ...", the one booked), the harm
    is a mishap, no assault (PLOVER ASSAULT and CAMEO 18 are deliberate force; agentless.mishap_violence reads the coded
    actor)."""
    from dateline.events.agentless import young_child

    tok = _head(event.trigger, doc) if event.type == "ASSAULT" else None
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    doer = grammatical_doer(tok)
    if doer is None:
        return False
    # (the words before the doer's head only: "a man who shot *a 5-year-old*" is no child doing it)
    if young_child(doer, doc[doer.left_edge.i:doer.i + 1].text):
        return True
    return accident and (doer.lower_ == "it" or doer.lemma_.lower() in _accident_frame()[1])


def _named_by(tok, words: frozenset[str]) -> bool:
    """Is the noun, or a compound of it, one of ``words`` ("*SARS*-CoV-2", "*Hurricane* Katrina", "the *virus*")?"""
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def _instrument(p: Participant, head, words: frozenset[str]) -> bool:
    """Is the participant a weapon, a shot or a vehicle of war with no party named in it ("*those bullets*", "*eight
    pistols*", "an *Improvised Explosive Device*": a name only with a second such word compounded with it, so that the
    firm "Shell" is none), and no country, sector or owner ("*Israeli* planes", "*the army's* tanks" name the party)?"""
    if head is None or p.country or p.sector or any(c.dep_ == "poss" for c in head.children):
        return False
    low = {head.lower_, head.lemma_.lower()}
    compounds = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod")]
    if head.pos_ == "NOUN" and head.ent_type_ not in PARTY_ENTITIES:
        return bool(low & words)
    return head.pos_ == "PROPN" and bool(low & words) and any(c.lower_ in words for c in compounds)


def _statute(head, words: frozenset[str]) -> bool:
    """Is the actor's head a statute: a LAW entity, or one of ``words`` ("*the law*", "the Consumer Protection *Act*") that
    is no person's name ("*Bill* said")?"""
    if head.ent_type_ == "LAW":
        return True
    return head.ent_type_ != "PERSON" and (head.lower_ in words or (head.pos_ == "NOUN" and head.lemma_.lower() in words))


def harmless_force(event: Event, doc: Doc) -> str | None:
    """``natural_doer`` when every actor of the event is a disease or a force of nature ("*SARS-CoV-2* has already
    killed more than 1,000 people", "*Hurricane* Katrina killed"), ``instrument_doer`` when every actor is a weapon, a
    shot or a vehicle of war with no party named ("*those bullets* hit his wife"), ``animal_target`` when every recipient
    is animals ("ordered the killing of over 300,000 *pigs*"), or every direct object of the trigger verb (session 31:
    "*captured* sacred *ibises* from the wild"; COERCE too: a capture of animals is no arrest), ``statute_doer`` (any type) when every actor is a statute
    ("*The state's Consumer Protection Act* bans ...": a rule in force, no party acting; session 23), or None
    (data/layer_doubts.tsv: harm with no one using force, or aimed at no party, is no PLOVER ASSAULT)."""
    types, _, words = _row(NATURAL_DOER)
    heads = [_head(p, doc) for p in event.actor]
    if event.type in types and heads and all(h is not None and _named_by(h, words) for h in heads):
        return NATURAL_DOER
    types, _, words = _row(INSTRUMENT_DOER)
    if event.type in types and heads and all(_instrument(p, h, words) for p, h in zip(event.actor, heads)):
        return INSTRUMENT_DOER
    types, _, words = _row(STATUTE_DOER)
    if (event.type in types or "*" in types) and heads and all(h is not None and _statute(h, words) for h in heads):
        return STATUTE_DOER
    if natural_target(event, doc):
        return NATURAL_TARGET
    types, _, words = _row(ANIMAL_TARGET)
    heads = [_head(p, doc) for p in event.recipient]
    # (a count of animals is those animals: "thousands *of* birds")
    heads = [next(iter(counted_nouns(h)), h) if h is not None else h for h in heads]
    if event.type in types and heads and all(h is not None and in_class(h, words) for h in heads):
        return ANIMAL_TARGET
    # (or every direct object of the trigger verb, when the recipient found is another noun: "*captured* sacred *ibises*
    # from the wild"; session 31, helper SENSE)
    trigger = _head(event.trigger, doc)
    hunted = acted_on(trigger) if trigger is not None and trigger.pos_ == "VERB" else []
    if event.type in types and hunted and all(in_class(o, words) for o in hunted):
        return ANIMAL_TARGET
    return None


# The prepositions of a gerund that tells how a passive harm came about ("injured *after* shooting himself").
SELF_HARM_PREPOSITIONS = {"after", "while", "when", "by"}


def _reflexive_only(verb, words: frozenset[str]) -> bool:
    """Is every direct object of ``verb`` one of ``words``, a reflexive pronoun with no conjunct ("killed *himself*",
    not "killing himself and two accomplices"), and is there one?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in words and not any(c.dep_ == "conj" for c in o.children) for o in objects)


def unwilling(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the to-infinitive of an adjective of not wanting to
    (data/layer_doubts.tsv, unwilling: "Milburn is *unwilling to allow* any new role", "*reluctant to commit* troops")?
    The act is refused in mind, not done - as an act one is unable to do (governed_acts.inability)."""
    return infinitive_of_adjective(event, doc, _row(UNWILLING)[2])


def spoken_or_self(event: Event, doc: Doc) -> str | None:
    """``self_harm`` when violence is done to oneself ("the gunman *killed himself*"), ``verbal_attack`` when an attack
    is made in words ("Mbeki has *attacked* British imperialists, *saying* ..."), ``hazard_warning`` when a warning is of
    a force of nature or a disease ("*warning* residents that oncoming *rains* will cause landslides"), ``contest`` when a
    verb of competing is used of a match, a race, an election or a chart ("Gloucester *beat* Bath 17-16 in the derby":
    :func:`contest`; session 24, helper SENSE), ``verbal_attack`` also for an attack whose doing is the saying ("*firing
    a salvo against* Badal, he *said*": :func:`spoken_attack`; session 25, helper SENSE), or None (data/layer_doubts.tsv,
    frames; session 20, helper PREC); session 26 (helper SENSE): ``hazard_denial`` for a fact of nature denied ("*denied
    global warming* is taking place"), ``culture_work`` for what a work of culture says or is about
    (:func:`work_of_culture`); an act done in mock is words_not_deeds.mocked's."""
    tok = _head(event.trigger, doc)
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    types, lemmas, words = _row(SELF_HARM)
    if event.type in types and lemma in lemmas and tok.pos_ == "VERB":
        if _reflexive_only(tok, words):
            return SELF_HARM
        # "a boy *was injured after shooting himself* in the finger": a passive harm with no "by" agent, done in the
        # gerund of its "after" / "while" phrase to the one harmed (session 22, helper PREC)
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children) and any(
                g.tag_ == "VBG" and g.lemma_.lower() in lemmas and _reflexive_only(g, words)
                for c in tok.children if c.dep_ == "prep" and c.lower_ in SELF_HARM_PREPOSITIONS
                for g in c.children if g.dep_ == "pcomp"):
            return SELF_HARM
    types, lemmas, words = _row(VERBAL_ATTACK)
    if event.type in types and lemma in lemmas and tok.pos_ == "VERB" and not any(
            p.sector in ARMED_SECTORS for p in event.actor) and any(
            c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in words for c in tok.children):
        return VERBAL_ATTACK
    if spoken_attack(event, tok):
        return VERBAL_ATTACK
    types, lemmas, words = _row(HAZARD_WARNING)
    if event.type in types and lemma in lemmas:
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "dative"))]
        clauses = [c for h in holders for c in h.children if c.dep_ in WARNING_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
        subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(_named_by(s, words) for s in subjects):
            return HAZARD_WARNING
    types, lemmas, words = _row(HAZARD_DENIAL)
    if event.type in types and lemma in lemmas and tok.pos_ == "VERB":
        # "*denied global warming* is taking place": a fact of nature or of the economy denied (session 26, helper SENSE)
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        denied = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        denied += [c for c in tok.children if c.dep_ == "dobj"]
        if denied and all(_named_by(s, words) for s in denied):
            return HAZARD_DENIAL
    if contest(tok):
        return CONTEST
    if work_of_culture(tok):
        return CULTURE_WORK
    return None


# The prepositions whose object is what a work of culture is about ("a novel *about* an honour killing", "a film *on*
# the war").
TOPIC_PREPOSITIONS = {"about", "on"}


def work_of_culture(tok) -> bool:
    """Is the trigger the doing or the topic of a work of culture (data/layer_doubts.tsv, culture_work: a song, a film,
    a novel, a bestseller ...): the subject of the verb ("the *film attacks* the regime"), the noun a participle describes
    (as the parser hangs it, or right before it: "their *song criticising* the global failure"), or the work that an
    "about" / "on" phrase holding the trigger hangs on ("*bestseller* Forbidden Love - *about* a Jordanian honour
    *killing*")?  What a song says or a book is about is its content, no act of a party reported (PLOVER codes
    acts of political actors; a work's story or message is culture copy).  Session 26, helper SENSE."""
    _, _, works = _row(CULTURE_WORK)

    def work(t) -> bool:  # (a noun: "*playing* into the hands of" is no play)
        return t.pos_ == "NOUN" and in_class(t, works)
    if tok.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "nsubj" and work(c) for c in tok.children):
            return True
        if tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("acl", "advcl", "relcl") and (
                work(tok.head) or (tok.i > 0 and work(tok.doc[tok.i - 1]))):
            return True
    node = tok
    for _ in range(4):  # (the trigger, or the noun it describes, as the object of the topic's preposition)
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPOSITIONS:
            return work(node.head.head)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# The prepositions of what is fought or battled ("a battle *with* cancer", "the fight *against* malaria", "a war *on*
# drugs" is no natural force and stays).
FOUGHT_PREPOSITIONS = {"with", "against", "on"}


def natural_target(event: Event, doc: Doc) -> bool:
    """Is violence aimed at a disease or a force of nature (data/layer_doubts.tsv natural_doer words): the object of the
    trigger's "with", "against" or "on" ("lost her long *battle with cancer*", "the *fight against* the wildfire"), or
    its direct object ("*fighting the outbreak*"), or else every recipient?  To fight an illness or a fire is a figure,
    no force used by a party on a party (PLOVER ASSAULT, CAMEO 18).  Session 26, helper SENSE."""
    types, _, words = _row(NATURAL_DOER)
    tok = _head(event.trigger, doc)
    if event.type not in types or tok is None:
        return False
    fought = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in FOUGHT_PREPOSITIONS
              for o in c.children if o.dep_ == "pobj"]
    fought += [c for c in tok.children if c.dep_ == "dobj"]
    if not fought:
        fought = [h for p in event.recipient if (h := _head(p, doc)) is not None]
    return bool(fought) and all(_named_by(_counted(t) or t, words) for t in fought)


def spoken_attack(event: Event, tok) -> bool:
    """Is an attack made in what is said: the trigger a participle of attacking hung on a verb of saying ("*firing a
    salvo against* Badal, he *said* ..."), or an attack noun that is the object of a participle hung there ("*Launching
    a fresh attack on* the ruling party, the leader *said* ..."), with no actor of an armed sector (data/layer_doubts.tsv,
    spoken_attack)?  The participle's doer is the speaker, and what he does is to say it: criticism (CAMEO 111), no
    force (PLOVER ASSAULT).  Session 25, helper SENSE."""
    types, lemmas, saying = _row(SPOKEN_ATTACK)
    if event.type not in types or tok.lemma_.lower() not in lemmas or any(p.sector in ARMED_SECTORS for p in event.actor):
        return False
    participle = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    return (participle.tag_ == "VBG" and participle.dep_ == "advcl" and participle.head.pos_ == "VERB"
            and participle.head.lemma_.lower() in saying)


# The prepositions of the contest one is beaten, faced or met in ("*in* the final", "*at* the polls", "beat them *to*
# the title").
# ("on": the decider of a game, "beat Germany *on penalties*", "*on aggregate*"; session 32)
CONTEST_PREPOSITIONS = {"in", "at", "to", "on"}
# The dashes of a score ("19-13", "6-1 7-6": spaCy splits them into number, dash, number).
SCORE_DASHES = {"-", "\u2013", "\u2014"}
# A score's numbers are small: "1990-91" is a season or a date, no score.
SCORE_MAX = 200


def _noun_words(tok) -> set[str]:
    """The noun ``tok`` as the contest tables name it: its lower form, its lemma, and with a compound before it ("box
    office", "grand prix")."""
    out = {tok.lower_, tok.lemma_.lower()}
    out |= {f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ == "compound"}
    return out


def _score(tokens) -> bool:
    """Do ``tokens`` hold a score: a small number, a dash and a small number ("19-13", "6-1")?"""
    tokens = list(tokens)
    for a, dash, b in zip(tokens, tokens[1:], tokens[2:]):
        if dash.text in SCORE_DASHES and all(t.text.isdigit() and int(t.text) <= SCORE_MAX and len(t.text) <= 3
                                             for t in (a, b)):
            return True
    return False


def contest(tok) -> bool:
    """Is the verb one of competing (data/layer_doubts.tsv, contest) used of a contest: an "in" / "at" / "to" phrase of
    the verb or of its object naming a match, a race, an election or a chart ("Gloucester *beat* Bath *in the derby*",
    "*beating* artists such as Madonna *in* Rolling Stone's annual *list*", "will *face* Nigeria *in the final*"), a
    score or a winning margin in the verb's phrase ("*were beaten* 19-13", "*beat* Pereiro *by 59 seconds*"), or an
    object that is the others in a contest or its record ("*blew away the competition*", "*beating* 2002's all-time
    high")?  A win or a match between teams, athletes, candidates or artists: no force used, no meeting between parties
    (PLOVER ASSAULT and CAMEO 18 are physical force; PLOVER CONSULT meetings of political actors).  Session 24, helper
    SENSE."""
    _, lemmas, contests = _row(CONTEST)
    lemma = tok.lemma_.lower()
    if lemma not in lemmas:
        return False
    objects = acted_on(tok)
    holders = [tok, *objects]
    if any(c.dep_ == "prep" and c.lower_ in CONTEST_PREPOSITIONS and any(
            o.dep_ == "pobj" and _noun_words(o) & contests for o in c.children) for h in holders for c in h.children):
        return True
    _, rival_lemmas, rivals = _row(CONTEST_RIVAL)
    if lemma in rival_lemmas and any(o.dep_ == "dobj" and _noun_words(o) & rivals for o in objects):
        return True
    _, margin_lemmas, margins = _row(CONTEST_MARGIN)
    if lemma in margin_lemmas and any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
            o.dep_ == "pobj" and _noun_words(o) & margins and any(n.like_num for n in o.children) for o in c.children)
            for c in tok.children):
        return True
    # (the verb's own phrase only, not the sentence: "police beat him ..., the 2-1 vote ..." is none)
    phrase = tok.doc[tok.left_edge.i:tok.right_edge.i + 1] if tok.pos_ in ("VERB", "AUX") else ()
    return _score(phrase)


# The dependencies of what a verb acts on or an event noun names ("cut *jobs*", "an attack *on* its *rivals*").
COMMERCE_OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "attr")


def _business_party(p: Participant, doc: Doc, firms: frozenset[str]) -> bool:
    """Is the participant a firm or a club: sector BUS, a head noun naming one ("the *company*", "the *club*", "the
    games *maker*"), or a name the actors stage gave no sector - an organisation's ("*Vodafone*", "*BP*"), or any name
    of no country (the tagger reads an unknown firm's name as a person's or a place's as often) - and no political noun
    ("ministry", "party") heads it?"""
    if p.sector == "BUS":
        return True
    head = _head(p, doc)
    if p.sector or head is None or political_noun(head, political_actors().nouns):
        return False
    return in_class(head, firms) or (head.pos_ == "PROPN" and (head.ent_type_ == "ORG" or not p.country))


def _commerce_things(event: Event, tok, doc: Doc) -> list:
    """The things the trigger acts on: its objects, the objects of its prepositions and of a verb complement ("agreed
    *to buy* the maker"), and the heads of the event's recipients - but for a recipient that is a political party (a
    state's "*security* services" is no service of the market)."""
    sectors = political_actors().sectors
    parties = {h.i for p in event.recipient if p.sector in sectors and (h := _head(p, doc)) is not None}
    things = [_head(p, doc) for p in event.recipient]
    verbs = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    for v in verbs:
        for c in v.children:
            if c.dep_ in COMMERCE_OBJECT_DEPS:
                things.append(c)
            elif c.dep_ == "prep":
                things.extend(o for o in c.children if o.dep_ == "pobj")
    return [t for t in things if t is not None and t.i not in parties]


def firm_commerce(event: Event, tok, doc: Doc) -> bool:
    """Is the event a firm or a club doing business: every actor a business party (:func:`_business_party`) and the
    trigger acting on a thing of the market or of a sport's trade (data/layer_doubts.tsv, firm_commerce: jobs, a stake,
    shares, rivals, customers, a player, a fee), or governing a verb of trade ("*agreed to buy* the games maker",
    firm_commerce_verbs)?  "Vodafone *launched an attack on its rivals*", "the company *cut 2,000 jobs*", "the club
    *signed the striker*": business or sport copy, no act of a political party (PLOVER codes political actors; its
    CAMEO parent reads firms only where they act on the state).  A government acting on a firm ("fined BP"), or a
    firm's plant attacked, is no firm acting and stays.  Session 30, helper SENSE."""
    if not event.actor:
        return False
    _, firms, goods = _row(FIRM_COMMERCE)
    if not all(_business_party(p, doc, firms) for p in event.actor):
        return False
    _, trading, _ = _row(FIRM_COMMERCE_VERBS)
    if any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and in_class(c, trading) for c in tok.children):
        return True
    return any(in_class(t, goods) for t in _commerce_things(event, tok, doc))
