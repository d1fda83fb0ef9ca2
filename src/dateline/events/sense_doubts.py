"""Word-sense doubts behind the relevance layer (events/relevance.py), read from the one-sense-per-(type, lemma) rows of
``data/layer_doubts.tsv`` and the frames around the trigger that share their lemmas (``sense_doubt``): a trigger sense
the event's type misreads (a court's verdict typed ACCUSE, one's own law signed typed SUPPORT, goods seized typed
ASSAULT, a "warned that" with no one warned, "target" with no force named, a facility of one's own closed, a case
tally), and a firm or a club doing business (``firm_commerce``, session 30).  Each reads the parse of the event's
sentence only.  The other word-sense doubts are in harm_doers, figurative_force, undone_acts, party_misreadings and
type_misreadings (session 33, helper SPLIT)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.events.causes_as_doers import CAUSED_COMPULSION, caused_compulsion
from dateline.events.clause_parts import numeral_value, span_head as _head
from dateline.events.endorsed_measures import ENDORSED_MEASURE, endorsed_measure
from dateline.events.generic_acts import LEVEL_CHANGE, LEVEL_MEASURES
from dateline.events.lexicon import lexicon, seized_things
from dateline.events.meeting_topics import TOPIC_AS_PARTNER, topic_as_partner
from dateline.events.offered_things import OFFERED_THING, offered_thing
from dateline.events.ontology import INTERGOVERNMENTAL_CODES
from dateline.events.political import crowd_nouns, political_actors, political_noun
from dateline.events.polled_opinions import (POLLED_OPINION, POLLED_SHARES, POPULAR_SUPPORT, polled_opinion,
                                             popular_support)
from dateline.events.sense_parts import (
    ACCIDENT, ANIMAL_TARGET, ARMED_SECTORS, AWAITED, CLOSED_PLACE, CONTEST, CONTEST_MARGIN, CONTEST_RIVAL, CULTURE_WORK,
    FIRM_COMMERCE, FIRM_COMMERCE_VERBS, HARMED, HAZARD_DENIAL, HAZARD_WARNING, INSTRUMENT_DOER, NATURAL_DOER,
    NEGLIGENCE, NO_PARTY, OWN_DOCUMENT, PARTY_ENTITIES, PLANNED, PLANNED_TIME, SELF_HARM, SENTENCED, SPOKEN_ATTACK,
    STATUTE_DOER, SURETY_FIRM, TASKED, UNWILLING, VERBAL_ATTACK, _counted,
)
from dateline.events.sense_phrases import PHRASE_ROWS, phrase_sense
from dateline.events.tables import in_class, layer_doubt_row as _row, read_table, word_class
from dateline.events.weighed_prospects import WEIGHED_PROSPECT, weighed_prospect
from dateline.model import Event, Participant


# Parties of the state: what they take (a boat, a vehicle) they impound (data/layer_doubts.tsv, confiscation).
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}
SEIZED_GOODS = {"property", "measure"}
WARNED_PREPOSITIONS = {"of", "against", "to"}
# The prepositions of what an act of force or a withdrawal is aimed at or leaves ("assault *on*", "retreat *from*").
AIMED_PREPOSITIONS = {"on", "upon", "against", "from"}
# Rows of data/layer_doubts.tsv that test the event's parties, the article or a frame around the trigger, not one
# trigger sense per (type, lemma) (the frames share lemmas with the sense rows: "attack" is also figurative, "warn" a
# warning with no one warned).
PARTY_ROWS = (HARMED, PLANNED, ACCIDENT, NATURAL_DOER, ANIMAL_TARGET, SELF_HARM, VERBAL_ATTACK, HAZARD_WARNING,
              INSTRUMENT_DOER, PLANNED_TIME, NO_PARTY, AWAITED, UNWILLING, STATUTE_DOER, NEGLIGENCE, SENTENCED, CONTEST,
              CONTEST_RIVAL, CONTEST_MARGIN, SURETY_FIRM, OWN_DOCUMENT, SPOKEN_ATTACK, TASKED, CULTURE_WORK,
              HAZARD_DENIAL, FIRM_COMMERCE, FIRM_COMMERCE_VERBS, OFFERED_THING, WEIGHED_PROSPECT,
              ENDORSED_MEASURE, TOPIC_AS_PARTNER, POLLED_OPINION, POLLED_SHARES, POPULAR_SUPPORT, CAUSED_COMPULSION,
              LEVEL_CHANGE, LEVEL_MEASURES) + PHRASE_ROWS
# (PHRASE_ROWS, session 27: the rows of sense_phrases, a phrase around the trigger)


@lru_cache(maxsize=1)
def _sense_doubts() -> dict[tuple[str, str], tuple[tuple[str, frozenset[str]], ...]]:
    """(type, trigger lemma) -> the (doubt, words) of data/layer_doubts.tsv, in the file's order."""
    out: dict[tuple[str, str], tuple[tuple[str, frozenset[str]], ...]] = {}
    for row in read_table("layer_doubts.tsv"):
        if row["doubt"].strip() in PARTY_ROWS:
            continue
        words = frozenset(w.strip() for w in (row["words"] or "").split(",") if w.strip())
        for lemma in row["lemmas"].split(","):
            key = row["type"].strip(), lemma.strip()
            out[key] = out.get(key, ()) + ((row["doubt"].strip(), words),)
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


# A count of cases from which a register of them is a statistic, no particular accusation ("registered 23,543 cases").
TALLY_MIN = 100


def _case_tally(tok, objects: list, words: frozenset[str]) -> bool:
    """Is a direct object of the trigger one of ``words`` (cases, complaints, crimes) counted by a number of
    :data:`TALLY_MIN` or more, with no "against" on the verb or on any of its objects ("*registered 23,543* cyber
    crime *cases*")?  A tally, no accusation of a party."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for holder in (tok, *objects) for c in holder.children):
        return False
    return any(o.dep_ == "dobj" and in_class(o, words)
               and any(n.dep_ == "nummod" and numeral_value(n) >= TALLY_MIN for n in o.children) for o in objects)


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
    # (a plural common noun may be two sides signing together; a plural name is one body: "banners signed by *the
    # Zetas*")
    return head is not None and head.tag_ != "NNS" and not any(c.dep_ == "conj" for c in head.children)


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


# Sectors of bodies that deliberate, legislate, govern or judge (no armed force, no crowd), and the prepositions of the
# matter they clash over (personal_clash).
DELIBERATIVE_SECTORS = {"LEG", "GOV", "PTY", "JUD", "IGO", "ELI", "OPP"}
MATTER_PREPOSITIONS = {"on", "over", "about"}


def _named_not_phoned(tok, phoned: frozenset[str]) -> bool:
    """Is "call" used of naming something ("called the treaty *historic*": an object complement) or of calling a thing
    (every direct object a common noun that names no party, no political or crowd noun and none of ``phoned``, people
    one phones or meetings one convenes: "called Hungary's *admission* to NATO a return home", "called a *bandh*")?
    Session 25, helper SENSE."""
    if tok.pos_ != "VERB" or any(c.dep_ == "dative" for c in tok.children):
        return False
    if any(c.dep_ == "oprd" or (c.dep_ == "dobj" and c.pos_ == "ADJ") for c in tok.children):
        return True  # (the parser can take the complement for the object: "calling the first trial *unfair*")
    objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    nouns = political_actors().nouns | crowd_nouns()
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTITIES and not in_class(o, phoned)
                                 and not political_noun(o, nouns) for o in objects)


# The words that count two people ("*the two* political leaders clashed", "*both* leaders").
PAIR_WORDS = {"two", "both"}


def _one_person(p, doc: Doc, posts: frozenset[str]) -> bool:
    """Is the participant one person of no armed sector: a PERSON name, or a singular noun of ``posts`` ("the former
    police *chief*")?  Session 37, lead.  A pair of them counts too ("*the two* political *leaders* clashed": two
    people quarrel; session 51, a probe of unjudged news)."""
    head = _head(p, doc)
    if head is None or p.sector in ARMED_SECTORS:
        return False
    if head.tag_ == "NNS":
        return head.lemma_.lower() in posts and any(c.lower_ in PAIR_WORDS for c in head.children
                                                     if c.dep_ in ("nummod", "det", "predet"))
    if head.tag_ not in ("NN", "NNP"):
        return False
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in posts


def _call_content(call: Token, acts: frozenset[str]) -> bool:
    """Does the noun "call" say what it asks: a "for" complement or a "to"-infinitive ("a call *for* calm", "a call *to
    end* the strike"; "a call *to* the army chief" is a telephone call), "on"/"upon" a party ("a call *on* both
    sides", not "on Tuesday"), or a modifier of ``acts`` naming the act called for ("the *bandh* call")?
    Session 37, lead."""
    if any(c.dep_ == "prep" and c.lower_ == "for" and c.i > call.i for c in call.head.children):
        return True  # "support Miliband's *call* last week *for* a mansion tax": "for" hung on the verb after it
    for c in call.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children):
            return True
        if c.dep_ in ("acl", "relcl", "xcomp", "ccomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in acts:
            return True
    return False


def _stated_not_promised(verb: Token, modals: frozenset[str]) -> bool:
    """Does ``verb`` govern a that-clause, with no "of" and no to-infinitive of its own, whose verbs (the clause's and
    those coordinated with it) carry no auxiliary of ``modals`` ("assured Parliament that the bill *was* about ...")?"""
    if any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    verbs = [v for c in clauses for v in (c, *c.conjuncts)]
    return bool(clauses) and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in modals
                                     for v in verbs for a in v.children)


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
    # ("what the Tories were *offering*", "*examining whether* the regime *will* be able to", "*extended support to*
    # the bill", "a *meeting on* Palestinian reform": session 34)
    topical = (offered_thing(event, tok) or weighed_prospect(event, tok) or endorsed_measure(event, tok)
               or topic_as_partner(event, tok, doc))
    # ("*most voters said* the country should", "heavy *floods forced* the government to": session 35; "*the support of
    # the local population*": session 37)
    topical = (topical or polled_opinion(event, tok, doc) or popular_support(event, tok, doc)
               or caused_compulsion(event, tok, doc))
    if topical:
        return topical
    for doubt, words in _sense_doubts().get((event.type, tok.lemma_.lower()), ()):
        # (one lemma may carry several doubts of a type: "call" the noun is bare_call, the verb safety_advice)
        found = _row_doubt(doubt, words, event, tok, doc)
        if found:
            return found
    return None


def _row_doubt(doubt: str, words: frozenset[str], event: Event, tok: Token, doc: Doc) -> str | None:
    """The doubt of one row of data/layer_doubts.tsv (``doubt`` with its ``words``) if the event's trigger ``tok``
    carries it, or None."""
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
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(
                in_class(o, duties) or o.dep_ == "pcomp" and any(d.dep_ == "dobj" and in_class(d, duties)
                                                                 for d in o.children)
                for o in c.children if o.dep_ in ("pcomp", "pobj")) for c in tok.children):
            # "the Speaker *is charged with ensuring* order": a duty given, no accusation (session 25, helper SENSE);
            # "the troops *are charged with carrying out* intelligence *work*": the work is the duty (session 49)
            return TASKED
        if any(c.dep_ == "advmod" and c.lower_ in ("less", "more", "extra") for c in tok.children):
            return doubt  # "people *being charged less* for using their mobile phone": a price (session 49)
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
    if doubt == "counsel_defence":
        # "Lawyers *defending* former WorldCom chief Bernie Ebbers against fraud charges": a client's legal defence, no
        # political support (session 58, a probe of unjudged news)
        heads = [_head(p, doc) for p in event.actor]
        return doubt if heads and all(h is not None and (h.lower_ in words or h.lemma_.lower() in words)
                                      for h in heads) else None
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
    if doubt == "personal_clash":
        # "the former police chief *clashed* with a campaigner": one person quarrels, no force used
        if tok.pos_ != "VERB" or not event.actor:
            return None
        if tok.lemma_.lower() == "fight" and (any(c.dep_ == "dobj" for c in tok.children) or not all(
                (h := _head(p, doc)) is not None and h.lemma_.lower() in words for p in event.actor)):
            # (what one fights is the figurative row's: "*fighting extradition*"; and only an office named fights a
            # campaign - a name may be a warlord's: "Mr Taylor *fought*")
            return None
        if all(_one_person(p, doc, words) for p in event.actor):
            return doubt
        # ("the European Parliament *clashed* with the European Union *on the issue*": bodies of state that clash over
        # a matter quarrel; session 45, a probe of unjudged news)
        bodies = tok.lemma_.lower() == "clash" and all(p.sector in DELIBERATIVE_SECTORS for p in event.actor)
        matter = any(c.dep_ == "prep" and c.lower_ in MATTER_PREPOSITIONS and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children) for c in tok.children)
        return doubt if bodies and matter else None
    if doubt == "stated_assurance":
        # "Tony Blair *assured* Parliament that 90% of the bill was about ...": a statement of how things are, no promise
        return doubt if tok.pos_ == "VERB" and _stated_not_promised(tok, words) else None
    if doubt == "bare_call":
        # "a shots fired *call*", "a *call* from a Houston family about a woman": a telephone call, nothing asked
        return doubt if tok.pos_ == "NOUN" and not _call_content(tok, words) else None
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
        # ("Labour also aggressively *fought all forms of racism*": the kind named after "of"; session 48, a probe)
        aimed += [g for t in aimed if t is not None and t.lemma_.lower() in KIND_NOUNS for c in t.children
                  if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return doubt if any(t is not None and (t.lemma_.lower() in words or t.lower_ in words) for t in aimed) else None
    return None


# Nouns of a kind whose "of" names what the kind is of ("all *forms of* racism", "every *kind of* discrimination").
KIND_NOUNS = word_class("kind_nouns")
# The dependencies of what a verb acts on or an event noun names ("cut *jobs*", "an attack *on* its *rivals*").
COMMERCE_OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "attr")


def _business_party(p: Participant, doc: Doc, firms: frozenset[str]) -> bool:
    """Is the participant a firm or a club: sector BUS, a head noun naming one ("the *company*", "the *club*", "the
    games *maker*"), or a name the actors stage gave no sector - an organisation's ("*Vodafone*", "*BP*"), or any name
    of no country (the tagger reads an unknown firm's name as a person's or a place's as often) - and no political noun
    ("ministry", "party") heads it?  Not an intergovernmental body of finance or trade, whatever its sector (the World
    Bank, the IMF, the ECB: actors/data/igos.tsv gives them BUS) - states act through it (session 38)."""
    if p.country in INTERGOVERNMENTAL_CODES:
        return False
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
