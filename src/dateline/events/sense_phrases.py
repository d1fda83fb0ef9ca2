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

Session 28 (helper SENSE):

- ``safety_evacuation``: people of one's own (staff, employees, nationals) or a place (homes, an area) evacuated ("we are
  *evacuating some employees*", "firefighters ordered the *evacuation of nearby homes*"): safety, no aid to a party;
- ``circumstance_cancel``: a meeting or a visit called off for an illness, the weather or a technical fault ("*cancelled
  a meeting* with the Maltese president *because of a* slight *illness*"): no rejection of a party or its proposal;
- ``takeover_offer``: an offer or a bid for a firm ("withdrew its *offer to acquire* Mesa Airlines", "rejected a $15 *a
  share offer*", "a *tender offer*"): a deal of the market, no political promise or rejection;
- ``aid_cut``: an aid noun that is what a cut, a freeze or a suspension takes away ("voted for *a cut in* military
  *assistance* to El Salvador"): aid taken away is no aid given (the cut is its own event);
- ``handed_thing``: "hand" with a paper or a thing given to someone ("the kidnappers *handed* the driver *a document*"):
  a thing given, no one released;
- ``alleged_ties``: "has alleged ties / links to" said of one who is no accuser ("Mahan's director *has alleged ties
  to* the Revolutionary Guard"): the participle describes the ties (he allegedly has them), no accusation made;
- ``fact_unadmitted``: a refusal or a failure to admit or face a fact ("Labour's continued *refusal to admit the true
  extent* of the pensions crisis"): a reproach of denial, no demand or proposal of a party rejected;
- ``abstract_challenger``: "challenged" or "tested" by a quality or a state, no party ("*Challenged by the
  inscrutability* of Kremlin politics, European leaders are wary"): a difficulty met, no criticism.

Session 29 (helper SENSE):

- ``back_out``: "back" with the particle out, down, off or away ("*has backed out of* a planned rally", "*backed
  down*"): to withdraw or give way, no support given;
- ``charm_appeal``: "appeal" with an adjective of reach or charm, or a possessor's appeal to voters or an audience
  ("the senator's *formidable appeal to* Jewish *voters*"), no "for", no to-infinitive: attractiveness, no plea;
- ``repelled_abstract`` (reported as relevance:figurative): "beat / fight / fend ... back / off" a doubt, a question
  or a bid ("to *beat back scepticism*", "*fended off questions*"): a figure, no force;
- ``safety_advice``: the public, bystanders or residents told to evacuate, take shelter or stay indoors ("urged
  curious *onlookers to evacuate* the area"): a safety warning, no request of a party;
- ``acknowledged_as``: a person or a body acknowledged *as* a ruler or a state ("*acknowledged* his cousin *as* the new
  Sultan") typed CONCEDE: the recognition of a status, no concession;
- ``spoken_offer``: "offer" news, a view, an explanation or sympathy ("*did offer some good news*", "*offered his
  condolences*"): something said, no promise to cooperate.

Session 31 (helper SENSE):

- ``clothing_suit``: the noun "suit" worn, with a word of cloth, colour or use ("his orange *prison suit*", "in a grey
  *suit*", "*wore a* dark *suit*"), or "follow suit": clothing or an idiom, no lawsuit;
- ``consulted_source``: people "consulted" (interviewed, polled, questioned) by someone, named as the source of what
  is said ("*economists consulted by* the agency *expect* ...", "*according to* diplomats *consulted by* ..."): a
  report's source, no consultation between parties;
- ``payers_hit``: "hit" / "hurt" / "punish" buyers, taxpayers, motorists or savers in a sentence of money ("the new fuel
  *duty has hit motorists*"): a cost borne, no force;
- ``accepted_paper``: papers, credentials, a petition or a prize "accepted" or "received" ("*accepted admission
  papers* from the envoys"): a thing taken by hand, no concession;
- ``police_talk``: the police wanting to "talk" or "speak" to a person ("a person of interest *police are looking to
  talk to*"): a witness or a suspect questioned, no meeting of parties.

Session 32 (helper SENSE): a verb of force or of support whose every object is a thing that cannot be the target of
its political sense (:func:`thing_acted_on`, one rule for ten rows):

- ``seized_chance``: a chance, a lead or a title seized, or something said seized on ("*seized the opportunity*",
  "*seized on* the minister's *remarks*"): no person, place or property taken;
- ``arrested_process``: a process or a trend arrested ("*arrest the slide* in the currency"): no one detained;
- ``executed_thing``: a plan, an order, a trade or a movement executed ("the bank *executed the trade*"): carried out;
- ``invaded_thing``: a pitch, a stage, a market, one's privacy or a body's organs invaded ("fans *invaded the pitch*");
- ``killed_thing``: a plan, a deal, a product, a mood, or germs and cells killed ("*killed the deal*", "*kills bacteria*");
- ``defended_title``: a title, a crown, a seat or a majority defended ("will *defend his crown*");
- ``undertaken_task``: an effort, a task or a journey undertaken ("the *efforts undertaken* by our government");
- ``opened_event``: one's visit, tour or session opened ("*opened a* week-long *visit* to Africa");
- ``defended_past``: a history, a past or a reputation defended ("*defending* Britain's imperial *past*");
- ``backed_product``: a product, a standard or a technology backed ("the new *domain is backed by* the agency");

and two of sport or temper:

- ``stormed_off``: "storm" off, out or away ("the chairman *stormed off* the stage"): leaving in anger;
- ``struck_out``: "strike out" a batter ("the pitcher *struck out* nine batters"): baseball, no blow;
- ``sport_penalty``: a game's penalty or shootout ("beat Germany *on penalties*", "*missed a penalty*", "a *penalty
  shoot-out*", "saved two penalties *in the shootout*");
- ``sport_ban``: a ban "for" a number of matches ("*was banned for three matches*"): a sport's discipline;
- ``pulled_over``: "pull" over, up, through, ahead or together ("police *pulled him over*"): a stop, no withdrawal;
- ``served_sentence``: a sentence served or completed ("after he *completed his* prison *sentence*"): passed before.

Each reads the trigger's own phrase only (its children, its neighbours, its object's subtree): cheap per event."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import acted_on, first_conjunct, span_head
from dateline.events.economy_senses import ECONOMY_ROWS, economy_sense, pleads as _pleads
from dateline.events.political import political_actors, political_noun
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
SAFETY_EVACUATION = "safety_evacuation"
CIRCUMSTANCE_CANCEL = "circumstance_cancel"
TAKEOVER_OFFER = "takeover_offer"
TAKEOVER_MARKS = "takeover_marks"
AID_CUT = "aid_cut"
AID_CUT_VERBS = "aid_cut_verbs"
HANDED_THING = "handed_thing"
ALLEGED_TIES = "alleged_ties"
FACT_UNADMITTED = "fact_unadmitted"
FACT_VERBS = "fact_verbs"
ABSTRACT_CHALLENGER = "abstract_challenger"
# The endings of English abstract nouns (of a quality, a state, a doctrine): "inscrutab*ility*", "weak*ness*".
ABSTRACT_ENDINGS = ("ity", "ness", "ism", "ence", "ance", "ancy", "ency", "hood", "ship")
# The sectors that accuse by office ("prosecutors *have alleged* ties to the cartel" is their charge).
ACCUSING_SECTORS = {"JUD", "COP", "GOV", "LEG", "SPY"}
CONTEST = "contest"  # (the reason a withdrawal from a contest is reported with, as figurative_force.contest's)
FIGURATIVE = "figurative"  # (the reason a doubt beaten back is reported with, as the figurative rows' of force)
BACK_OUT = "back_out"
CHARM_APPEAL = "charm_appeal"
APPEAL_AUDIENCE = "appeal_audience"
SPONSORED_THING = "sponsored_thing"
REPELLED_ABSTRACT = "repelled_abstract"
SPOKEN_OFFER = "spoken_offer"
SAFETY_ADVICE = "safety_advice"
ACKNOWLEDGED_AS = "acknowledged_as"
CLOTHING_SUIT = "clothing_suit"
SUIT_WEARING = "suit_wearing"
CONSULTED_SOURCE = "consulted_source"
PAYERS_HIT = "payers_hit"
MONEY_WORDS = "money_words"
POLICE_TALK = "police_talk"
ACCEPTED_PAPER = "accepted_paper"
SEIZED_CHANCE = "seized_chance"
ARRESTED_PROCESS = "arrested_process"
EXECUTED_THING = "executed_thing"
INVADED_THING = "invaded_thing"
KILLED_THING = "killed_thing"
DEFENDED_TITLE = "defended_title"
STORMED_OFF = "stormed_off"
STRUCK_OUT = "struck_out"
SPORT_BAN = "sport_ban"
SPORT_PENALTY = "sport_penalty"
SPORT_PENALTY_VERBS = "sport_penalty_verbs"
UNDERTAKEN_TASK = "undertaken_task"
OPENED_EVENT = "opened_event"
DEFENDED_PAST = "defended_past"
BACKED_PRODUCT = "backed_product"
PULLED_OVER = "pulled_over"
SERVED_SENTENCE = "served_sentence"
# The rows whose every object is a thing that cannot be the target of the trigger's political sense (session 32).
THING_ROWS = (SEIZED_CHANCE, ARRESTED_PROCESS, EXECUTED_THING, INVADED_THING, KILLED_THING, DEFENDED_TITLE,
              UNDERTAKEN_TASK, OPENED_EVENT, DEFENDED_PAST, BACKED_PRODUCT)
# The prepositions of what one seizes on ("*seized on* the remarks", "*seized upon* the report").
SEIZED_ON = {"on", "upon"}
SAFETY_ACTS = "safety_acts"
# The acts of safety that are one with no word beside them ("evacuate", "take shelter" needs its "shelter").
SAFE_BY_THEMSELVES = {"evacuate", "shelter", "boil"}
# The particles of repelling ("beat *back*", "fend *off*").
REPELLING_PARTICLES = {"back", "off"}
# The endings of abstract nouns of a doubt, a state or a quality ("scept*icism*", "hostil*ity*", "weak*ness*"); no
# -ency / -ance ("insurgency", "resistance" are parties' acts).
REPELLED_ENDINGS = ("ism", "ity", "ness")
# Rows of data/layer_doubts.tsv read here, not by sense_doubts' (type, lemma) table.
PHRASE_ROWS = (TOPIC_TALK, HOSTED_SHOW, PLACE_NAME, PHYSICAL_OBJECT, DEBT_PAYMENT, DEBT_OWED, CONTEST_WITHDRAWAL,
               SPORT_CONTEST, INSTITUTION_STRENGTHENED, RESEARCH, SAFETY_EVACUATION, CIRCUMSTANCE_CANCEL, TAKEOVER_OFFER,
               TAKEOVER_MARKS, AID_CUT, AID_CUT_VERBS, HANDED_THING, ALLEGED_TIES,
               FACT_UNADMITTED, FACT_VERBS, ABSTRACT_CHALLENGER, BACK_OUT, CHARM_APPEAL, APPEAL_AUDIENCE,
               SPONSORED_THING, REPELLED_ABSTRACT, SPOKEN_OFFER, SAFETY_ADVICE, SAFETY_ACTS,
               ACKNOWLEDGED_AS, CLOTHING_SUIT, SUIT_WEARING, CONSULTED_SOURCE, PAYERS_HIT, MONEY_WORDS, POLICE_TALK,
               ACCEPTED_PAPER) + THING_ROWS + (STORMED_OFF, SPORT_PENALTY, SPORT_PENALTY_VERBS,
                                                PULLED_OVER, SERVED_SENTENCE, STRUCK_OUT, SPORT_BAN) + ECONOMY_ROWS
# The prepositions of what an investigation noun looks into ("an investigation *of* the economy", "a probe *into* ...").
INVESTIGATED_PREPOSITIONS = {"of", "into"}
# The prepositions of what one withdraws from ("withdrew *from* the race", "pulled out *of* the tournament").
LEFT_PREPOSITIONS = {"from", "of"}

# The verbs whose singular object "talk" is a lecture ("*gave a talk*", "*delivered a talk*"; session 31).
LECTURE_VERBS = {"give", "deliver", "present"}
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
    if tok.tag_ == "NN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LECTURE_VERBS:
        return True  # ("*gave a talk* to students about the reforms": a lecture; session 31)
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    # (a singular "talk" *to* people is a lecture given them, no one talked with: "his talk to the students"; session 31)
    partners = PARTNER_PREPOSITIONS - {"to"} if tok.pos_ == "NOUN" else PARTNER_PREPOSITIONS
    if not preps & topics or preps & partners or any(c.dep_ == "dobj" for c in tok.children):
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


def _objects(tok) -> list:
    """What a verb acts on (its direct object, a passive subject) or an event noun names with "of", with their
    conjuncts ("evacuating *employees and foreigners*", "the evacuation *of* nearby *homes*")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ in ("NOUN", "PROPN"):
        out += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [o for c in out for o in (c, *c.conjuncts)]


def _safety_evacuation(event: Event, tok) -> bool:
    """Is everyone or everything evacuated one's own people (staff, employees, nationals, residents) or a place (homes,
    an area, a building): "we are now *evacuating some employees*", "ordered the *evacuation of nearby homes*"?  Moving
    one's own people or clearing a place is safety, no aid given to another party (PLOVER AID: aid to another actor;
    an embassy's staff pulled out is RETREAT)."""
    evacuated = _applies(SAFETY_EVACUATION, event, tok)
    if evacuated is None:
        return False
    things = _objects(tok)
    return bool(things) and all(in_class(t, evacuated) for t in things)


# The words that give a cause ("*because of* an illness", "*due to* bad weather", "*after* falling ill", "*citing*
# health reasons").
CAUSE_WORDS = {"because", "due", "owing", "citing", "amid", "after", "following", "over"}
# The particles that make these verbs ones of calling off ("*called off*", "*put off*", "*cut short*").
CALLED_OFF = {"call": "off", "put": "off", "cut": "short"}


def _circumstance_cancel(event: Event, tok) -> bool:
    """Is a meeting or a visit cancelled or put off for a circumstance (`words`: an illness, the weather, a technical
    fault) named in the verb's or noun's cause phrase ("*cancelled a meeting* with the Maltese president *because of a*
    slight *illness*", "the visit *was called off due to* bad *weather*")?  A call-off for a cause no party brought
    about rejects no party or proposal (PLOVER REJECT, SANCTION: a party's refusal or cut aimed at another)."""
    causes = _applies(CIRCUMSTANCE_CANCEL, event, tok)
    if causes is None:
        return False
    particle = CALLED_OFF.get(tok.lemma_.lower())
    if particle and not any(c.dep_ in ("prt", "advmod", "acomp") and c.lower_ == particle for c in tok.children):
        return False
    phrases = [c for c in tok.children if c.lower_ in CAUSE_WORDS or (c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "prep") and m.lower_ in CAUSE_WORDS for m in c.children))]
    return any(in_class(t, causes) for c in phrases for t in c.subtree)


# The nouns of an offer to buy ("a tender *offer*", "a hostile *bid*").
OFFER_NOUNS = frozenset({"offer", "bid"})


def _offer_of(tok) -> list:
    """The offer nouns of the trigger: itself when it is "offer" or "bid", else its objects that are ("*rejected* a
    takeover offer", "*withdrew* its offer to acquire ...")."""
    if tok.pos_ in ("NOUN", "PROPN") and in_class(tok, OFFER_NOUNS):
        return [tok]
    # ("rejected a $15 a share offer": the parser makes the price the object and hangs the offer on it)
    return [t for o in _objects(tok) for t in (o, *o.children) if t.pos_ in ("NOUN", "PROPN") and in_class(t, OFFER_NOUNS)]


def _takeover(offer, marks: frozenset[str]) -> bool:
    """Does the offer noun name a takeover: a mark of one before it or on it ("a *tender* offer", "a *hostile* bid", "a
    *cash* offer"), a price "a share" before it ("$15 *a share* offer"), or a clause of buying ("offer *to acquire*
    Mesa Airlines", "a bid *to buy* the firm") or a firm it is "for" ("a $10-a-share offer *for* the printer maker")?"""
    doc = offer.doc
    window = doc[max(0, offer.i - 6):offer.i]
    if any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and in_class(c, marks) for c in offer.children):
        return True
    if any(a.lower_ == "a" and b.lower_ == "share" for a, b in zip(window, window[1:])):
        return True
    _, buying, firms = _row(TAKEOVER_MARKS)
    # ("an offer *to acquire* Mesa Airlines"; "buy" and "purchase" only with a firm or a stake: "an offer to buy back
    # weapons" is no takeover)
    if any(c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in buying and (
            c.lemma_.lower() in ("acquire", "merge") or any(o.dep_ == "dobj" and (o.ent_type_ == "ORG" or in_class(
                o, firms)) for o in c.children)) for c in offer.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.ent_type_ == "ORG" or in_class(o, marks) for o in c.children if o.dep_ == "pobj") for c in offer.children)


def _takeover_offer(event: Event, tok) -> bool:
    """Is the offer the trigger is (or acts on) an offer for a firm, or another offer of its sentence one ("withdrew
    its offer to acquire Mesa Airlines because the carrier didn't respond to *its offer*")?  A takeover bid is a deal of
    the market between firms, no promise to cooperate or concede (PLOVER AGREE) and its refusal no political
    rejection (PLOVER REJECT)."""
    if _applies(TAKEOVER_OFFER, event, tok) is None:
        return False
    offers = _offer_of(tok)
    if not offers:
        return False
    _, _, marks = _row(TAKEOVER_OFFER)
    if any(_takeover(o, marks) for o in offers):
        return True
    # (the same offer named again in its sentence with an owner: "*its* offer")
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for o in offers for c in o.children) and any(
        t.i != o.i and in_class(t, OFFER_NOUNS) and _takeover(t, marks) for o in offers for t in tok.sent)


# The prepositions between a noun of cutting and the aid it cuts ("a cut *in* aid", "the suspension *of* aid").
CUT_PREPOSITIONS = {"in", "of", "to", "on", "for"}


def _aid_cut(event: Event, tok) -> bool:
    """Is the aid noun what a cut, a freeze or a suspension takes away: the object of "in" / "of" / "to" / "on" after a
    noun of cutting ("voted for *a cut in* U.S. military *assistance*", "the *suspension of* aid"), or the object of a
    verb of cutting ("*froze* its *aid*", "*withheld* assistance")?  Aid taken away is no aid given (PLOVER AID); the cut
    is its own event (SANCTION)."""
    types, aids, cuts = _row(AID_CUT)
    if event.type not in types:
        return False
    if tok.pos_ == "VERB":
        # ("Congress *approved a suspension of* military *aid*": the verb's object is the cut, not the aid)
        return any(o.dep_ == "dobj" and in_class(o, cuts) and any(
            p.dep_ == "prep" and p.lower_ in CUT_PREPOSITIONS and any(in_class(g, aids) for g in p.children)
            for p in o.children) for o in tok.children)
    if tok.pos_ not in ("NOUN", "PROPN") or not in_class(tok, aids):
        return False
    _, verbs, _ = _row(AID_CUT_VERBS)
    node = first_conjunct(tok)
    if node.dep_ == "pobj" and node.head.lower_ in CUT_PREPOSITIONS and in_class(node.head.head, cuts):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM", "SYM"):
        node = node.head.head  # ("$10 million *of* US aid is being held up": the amount is what is held)
    verb = node.head
    held = verb.lemma_.lower() != "hold" or any(c.dep_ == "prt" and c.lower_ in ("up", "back") for c in verb.children)
    return node.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in verbs and held


def _handed_thing(event: Event, tok) -> bool:
    """Is what is handed a paper or a thing (`words`: a document, a letter, a cheque), given to someone named as its
    receiver or not ("the kidnappers *handed* the driver *a document*", "*handed over* a petition")?  A thing given, no
    one released (PLOVER RETREAT release: persons or a presence let go)."""
    things = _applies(HANDED_THING, event, tok)
    if things is None or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if bool(objects) and all(in_class(o, things) for o in objects):
        return True
    # ("*handed* Humberto Florez Sanchez, the mayor's driver, *a document*": the parser hangs the thing, the second
    # object, on the receiver as an apposition)
    return any(a.dep_ == "appos" and in_class(a, things) for o in objects for a in o.children)


def _alleged_ties(event: Event, tok) -> bool:
    """Is "alleged" after "has" / "have" the adjective of ties, links or connections "to" / "with" a party, its subject
    no accuser by office ("Mahan's director, Hamid Arabnejad Khanooki, *has alleged ties to* the IRGC")?  The parser
    reads a verb of accusing; English reads ties someone allegedly has (PLOVER ACCUSE: a party's charge against
    another); "prosecutors have alleged links to the cartel" (an accuser by office) stays."""
    ties = _applies(ALLEGED_TIES, event, tok)
    if ties is None or tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return False
    if any(p.sector in ACCUSING_SECTORS for p in event.actor):
        return False
    return any(c.dep_ == "dobj" and in_class(c, ties) and any(
        p.dep_ == "prep" and p.lower_ in ("to", "with") for p in c.children) for c in tok.children)


def _fact_unadmitted(event: Event, tok) -> bool:
    """Is what is refused (or failed) the admitting or facing of a fact (`words`: the extent, the scale, the truth, a
    problem, a mistake), by a verb of `fact_verbs` in the clause the refusal governs ("Labour's continued *refusal to
    admit the true extent* of the pensions crisis", "*refuses to acknowledge the scale* of the problem")?  Not facing
    a fact is what the speaker reproaches, no rejection of another party's demand, proposal or accusation (PLOVER
    REJECT, CAMEO 12); "refuses to accept Syria's denials", "refused to recognise the government" stay."""
    facts = _applies(FACT_UNADMITTED, event, tok)
    if facts is None:
        return False
    _, admitting, _ = _row(FACT_VERBS)
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "acl") and c.lemma_.lower() in admitting]
    objects = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    return bool(objects) and all(in_class(o, facts) for o in objects)


def _abstract_challenger(event: Event, tok) -> bool:
    """Is the "by" agent of a passive verb of challenging an abstract noun (an English ending of a quality or a state,
    "inscrutab*ility*", "complex*ity*", "weak*ness*", or a word of `words`: "difficulty", "situation") that names no
    party ("*Challenged by the inscrutability* of Kremlin politics ..., European leaders are wary")?  A difficulty
    met, no party's criticism or objection (PLOVER ACCUSE disapprove, CAMEO 111); "challenged by the opposition"
    stays."""
    words = _applies(ABSTRACT_CHALLENGER, event, tok)
    if words is None or tok.tag_ != "VBN":
        return False
    agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    nouns = political_actors().nouns
    return bool(agents) and all(a.pos_ == "NOUN" and not a.ent_type_ and not political_noun(a, nouns) and (
        a.lower_.endswith(ABSTRACT_ENDINGS) or in_class(a, words)) for a in agents)


def _back_out(event: Event, tok) -> bool:
    """Is the verb "back" with one of `words` (out, down, off, away) as its particle, adverb or first preposition
    ("*has backed out of* a planned rally", "*backed down*", "*backed away from* the plan")?  Withdrawing or giving way is
    the opposite of the support the bare verb gives (PLOVER SUPPORT); "backed the candidate", "backed up" stay."""
    particles = _applies(BACK_OUT, event, tok)
    if particles is None or tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles and c.i == tok.i + 1 for c in tok.children)


def _charm_appeal(event: Event, tok) -> bool:
    """Is the noun "appeal" the attractiveness of someone: with an adjective of reach or charm (`words`: broad, popular,
    formidable) or a possessor whose appeal is "to" voters or an audience (`appeal_audience`), and asking for nothing
    ("the senator's *formidable appeal to* Jewish *voters*")?  No plea made (PLOVER REQUEST, CAMEO 02); "an appeal for
    calm", "his appeal to the rebels to disarm" stay."""
    charms = _applies(CHARM_APPEAL, event, tok)
    if charms is None or tok.pos_ != "NOUN" or _pleads(tok):
        return False
    if any(c.dep_ in ("amod", "compound") and in_class(c, charms) for c in tok.children):
        return True
    _, _, hearers = _row(APPEAL_AUDIENCE)
    return any(c.dep_ == "poss" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and in_class(o, hearers) for o in c.children)
        for c in tok.children)


def _sponsored_thing(event: Event, tok) -> bool:
    """Is everything sponsored an event, a bill, a team or a study (`words`), by the verb's object or passive subject or
    the noun's "of" ("the rally *is sponsored by* a coalition", "*sponsored a bill* to ban imports")?  Paying for an
    event or putting a bill forward gives no aid to a party (PLOVER AID, CAMEO 07); "sponsored the militia" stays."""
    things = _applies(SPONSORED_THING, event, tok)
    if things is None:
        return False
    sponsored = _objects(tok)
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and not sponsored and tok.head.pos_ in ("NOUN", "PROPN"):
        sponsored = [tok.head]  # ("a rally *sponsored by* church groups")
    return bool(sponsored) and all(in_class(o, things) for o in sponsored)


def _repelled_abstract(event: Event, tok) -> bool:
    """Is what a verb of force with "back" or "off" repels a doubt, a question or a bid (`words`, or a common noun with an
    abstract ending, -ism, -ity, -ness), no party ("struggled to *beat back scepticism*", "*fended off questions*")?  A
    figure, no force against people or property (PLOVER ASSAULT); "beat back an attack", "beat back the rebels" stay."""
    doubts = _applies(REPELLED_ABSTRACT, event, tok)
    if doubts is None or tok.pos_ != "VERB":
        return False
    particles = [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in REPELLING_PARTICLES]
    if not particles:
        return False
    # (the parser makes the particle a preposition of what is repelled as often: "fought *off criticism*")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for p in particles for o in p.children if o.dep_ == "pobj"]
    nouns = political_actors().nouns
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ and not political_noun(o, nouns) and (
        in_class(o, doubts) or o.lower_.endswith(REPELLED_ENDINGS)) for o in objects)


def _spoken_offer(event: Event, tok) -> bool:
    """Is every direct object of the verb "offer" - the trigger, or the verb the trigger's phrase hangs on (the coder
    types the event by it: "*Despite the* dire *warnings*, he did offer ...") - news, a view, an explanation or sympathy
    (`words`: "did *offer some good news*", "*offered his condolences*")?  Something said, no promise to cooperate, help
    or concede (PLOVER AGREE, CAMEO 03); "offered talks", "offered a ceasefire" stay."""
    if event.type not in _row(SPOKEN_OFFER)[0]:
        return False
    verb = tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    words = _applies(SPOKEN_OFFER, event, verb)
    if words is None or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(in_class(o, words) for o in objects)


def _safety_advice(event: Event, tok) -> bool:
    """Are the ones told all the public, bystanders or residents (`words`), and what they are told to do an act of
    safety (`safety_acts`: "evacuate", "take shelter", "stay indoors", "keep away"): "police experts *urged* curious
    *onlookers to evacuate* the area", "the mayor *urged residents to stay indoors*"?  A safety warning, no request of a
    party (PLOVER REQUEST, CAMEO 02); "urged the rebels to lay down their arms" stays."""
    public = _applies(SAFETY_ADVICE, event, tok)
    if public is None or tok.pos_ != "VERB":
        return False
    told = [o for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass") for o in (c, *c.conjuncts)]
    told += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
             for o in c.children if o.dep_ == "pobj"]
    if not told or not all(in_class(o, public) for o in told):
        return False
    _, acts, beside = _row(SAFETY_ACTS)
    # (the infinitive on the verb, or hung by the parser on a relative clause of the ones told: "urged onlookers *who
    # gathered* at the scene *to evacuate* the area")
    holders = [tok, *(r for o in told for r in o.children if r.dep_ == "relcl")]
    asked = [c for h in holders for c in h.children if c.dep_ in ("xcomp", "ccomp", "advcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(asked) and all(
        in_class(v, acts) and (v.lemma_.lower() in SAFE_BY_THEMSELVES or any(in_class(c, beside) for c in v.children))
        for v in asked)


def _acknowledged_as(event: Event, tok) -> bool:
    """Does the verb of acknowledging have an "as" phrase (`words`) of what its object is taken for ("*acknowledged* the
    late ruler's cousin *as* the new Sultan")?  The recognition of a status (CAMEO 054), no concession (PLOVER CONCEDE);
    "acknowledged that mistakes were made", "acknowledged its responsibility" stay."""
    marks = _applies(ACKNOWLEDGED_AS, event, tok)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if marks is None or tok.pos_ != "VERB" or not objects:
        return False
    # (the parser hangs the "as" on the verb or on the one acknowledged: "the nephew *as* the new emir")
    return any(c.dep_ == "prep" and c.lower_ in marks for h in (tok, *objects) for c in h.children)


def _clothing_suit(event: Event, tok) -> bool:
    """Is the noun "suit" a garment - with a word of cloth, colour or use before it (`words`: "his orange *prison suit*",
    "a grey *suit*", "a *space suit*") or the object of a verb of wearing (`suit_wearing`: "*wore a* suit") - or the
    idiom "follow suit" ("other parties *followed suit*")?  No lawsuit (PLOVER ACCUSE allege: a suit filed against
    a party); "filed a suit against the ministry", "a civil suit" stay."""
    garments = _applies(CLOTHING_SUIT, event, tok)
    if garments is None or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "follow":
        return True
    if any(c.dep_ in ("amod", "compound", "nmod") and in_class(c, garments) for c in tok.children):
        return True
    _, wearing, _ = _row(SUIT_WEARING)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in wearing


# The sectors whose questioning is an act of their office (the police or a court questioning a suspect), not a
# journalist's or a researcher's consulting of a source.
QUESTIONING_SECTORS = {"COP", "JUD", "SPY", "MIL"}


def _consulted_source(event: Event, tok) -> bool:
    """Is the trigger a participle "consulted" (interviewed, polled, questioned) by someone, hung on the people it
    describes ("economists *consulted by* the agency", "officials *who were consulted by* ..."), who are the subject of a
    verb of saying or thinking (`words`: "economists consulted by the agency *expect* ...") or the object of "according
    to"?  The people named as the source of a report, no consultation between parties (PLOVER CONSULT: meetings and
    talks between actors); "the president consulted opposition leaders", "was consulted by the prime minister" (no
    source) and the police questioning a suspect stay."""
    saying = _applies(CONSULTED_SOURCE, event, tok)
    if saying is None or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl"):
        return False
    if not any(c.dep_ == "agent" for c in tok.children) or any(p.sector in QUESTIONING_SECTORS for p in event.actor):
        return False
    source = tok.head
    if source.dep_ in ("nsubj", "nsubjpass") and source.head.lemma_.lower() in saying:
        return True
    return source.dep_ == "pobj" and source.head.lower_ == "to" and source.head.head.lower_ == "according"


# The sectors of the armed: their "hit" on shoppers is an attack, whatever is said of money.
ARMED_SECTORS = {"MIL", "REB", "UAF", "CRM", "SPY", "COP"}


def _payers_hit(event: Event, tok) -> bool:
    """Are all the ones "hit" (hurt, punished, squeezed) payers - buyers, taxpayers, motorists, savers (`words`), or
    people named by their money ("those on low *incomes*") - in a sentence that names money (`money_words`: a tax, a duty, prices, a budget), with no armed party acting ("the new
    fuel *duty has hit motorists* hardest", "the budget *will punish savers*")?  A cost borne, no force used on people
    (PLOVER ASSAULT); "gunmen hit shoppers at the market" stays (an armed doer, no word of money)."""
    payers = _applies(PAYERS_HIT, event, tok)
    if payers is None or tok.pos_ != "VERB" or any(p.sector in ARMED_SECTORS for p in event.actor):
        return False
    hit = acted_on(tok)
    _, _, money = _row(MONEY_WORDS)
    # (or people named by their money: "*those on low incomes*", "families *with mortgages*")
    if not hit or not all(in_class(o, payers) or any(in_class(t, money) for t in o.subtree if t.i != o.i)
                          for o in hit):
        return False
    return any(in_class(t, money) for t in tok.sent)


# The sectors a police interview is with when it questions no party: people, or a suspect.
QUESTIONED_SECTORS = {None, "", "CVL", "CRM", "UAF"}


def _police_talk(event: Event, tok) -> bool:
    """Do the police (every actor sector COP) "talk" or "speak" to someone who is no party - a witness, a suspect, a
    person of interest ("a person of interest *police are looking to talk to*", "detectives *want to speak to* anyone
    who saw the car")?  Questioning in an inquiry, no consultation between parties (PLOVER CONSULT: meetings and
    talks between actors); "the police chief spoke with the mayor" stays."""
    if _applies(POLICE_TALK, event, tok) is None or tok.pos_ != "VERB" or not event.actor:
        return False
    return all(p.sector == "COP" for p in event.actor) and all(p.sector in QUESTIONED_SECTORS for p in event.recipient)


def _accepted_paper(event: Event, tok) -> bool:
    """Is everything "accepted" or "received" a paper or an honour handed over (`words`: "*accepted admission papers*
    from the envoys", "*accepted the credentials* of the ambassador", "*accepted a petition*", "*received the prize*")?
    A thing taken by hand, no concession to a party (PLOVER CONCEDE: giving in to a demand or a proposal); "accepted
    the demands", "accepted the surrender of the commander" stay."""
    papers = _applies(ACCEPTED_PAPER, event, tok)
    if papers is None or tok.pos_ != "VERB":
        return False
    objects = acted_on(tok)
    return bool(objects) and all(in_class(o, papers) for o in objects)


def _things_of(tok) -> list:
    """What the verb acts on (:func:`clause_parts.acted_on`), or else the object of its "on" / "upon" ("*seized on*
    the remarks"), or else the noun its passive participle describes ("the *efforts undertaken* by the government")."""
    things = acted_on(tok) or [o for c in tok.children if c.dep_ == "prep" and c.lower_ in SEIZED_ON
                               for o in c.children if o.dep_ == "pobj"]
    if not things and tok.dep_ == "acl" and tok.tag_ == "VBN":
        things = [tok.head]
    return things


def thing_acted_on(event: Event, tok) -> str | None:
    """The row of :data:`THING_ROWS` whose verb the trigger is and whose `words` hold everything it acts on, each a common
    noun that names no party ("*seized the opportunity*", "*arrest the slide*", "*executed the trade*", "*invaded the
    pitch*", "*killed the deal*", "*defend his crown*"), or None.  The object fixes the sense: a chance seized, a trend
    arrested, a plan executed, a pitch invaded, a deal killed, a title defended is no person, place or property taken
    by force, no one detained, put to death or supported (PLOVER ASSAULT, COERCE, SUPPORT are acts on parties and
    their property); "seized the town", "executed three prisoners", "defended the minister" stay."""
    if tok.pos_ != "VERB":
        return None
    nouns = political_actors().nouns
    for doubt in THING_ROWS:
        things = _applies(doubt, event, tok)
        if things is None:
            continue
        objects = _things_of(tok)
        if objects and all(o.pos_ == "NOUN" and not o.ent_type_ and not political_noun(o, nouns) and in_class(o, things)
                           for o in objects):
            return doubt
    return None


def _particle_sense(row: str):
    """The test of a row whose verb takes another sense with one of its `words` right after it, as its particle, adverb
    or preposition: ``stormed_off`` ("the chairman *stormed off* the stage", "the players *stormed out*": leaving in
    anger, no place stormed), ``struck_out`` ("the pitcher *struck out* nine batters": a batter put out, no blow).
    (The parser makes "the stage" the object of "stormed off", so an object does not tell the senses apart; the word
    right after the verb does.)  "Protesters stormed the parliament", "struck the village" stay (PLOVER ASSAULT)."""
    def test(event: Event, tok) -> bool:
        words = _applies(row, event, tok)
        return words is not None and tok.pos_ == "VERB" and any(
            c.i == tok.i + 1 and c.dep_ in ("prt", "advmod", "prep") and c.lower_ in words for c in tok.children)
    return test


def _sport_ban(event: Event, tok) -> bool:
    """Is the ban or the suspension "for" a number of matches, games or races (`words`: "*was banned for three
    matches*", "a *suspension for two games*")?  A sport's discipline of a player, no party restricted or punished
    (PLOVER COERCE, SANCTION); "banned for life from holding office" stays."""
    spans = _applies(SPORT_BAN, event, tok)
    if spans is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and in_class(o, spans) and any(n.like_num for n in o.children) for o in c.children)
        for c in tok.children)


def _sport_penalty(event: Event, tok) -> bool:
    """Is the noun "penalty" a game's: with a word of the game on it (`words`: "a *penalty shoot-out*", "the penalty
    *spot*"), the object of a verb of taking, saving or winning it (`sport_penalty_verbs`: "*missed a penalty*"), or the
    object of "on" after such a verb ("*beat* Germany *on penalties*")?  A rule of play, no punishment imposed on a party
    (PLOVER SANCTION); "the court imposed a penalty" stays."""
    marks = _applies(SPORT_PENALTY, event, tok)
    if marks is None or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and in_class(c, marks) for c in tok.children) or (
            tok.dep_ == "compound" and in_class(tok.head, marks)):
        return True
    _, verbs, _ = _row(SPORT_PENALTY_VERBS)
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in verbs
    # ("beat Germany *on penalties*", "saved two penalties *in the shootout*")
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in") and tok.head.head.lemma_.lower() in verbs


def _pulled_over(event: Event, tok) -> bool:
    """Has the verb "pull" the particle over, up, through, ahead or together (`words`: "police *pulled him over* for
    speeding", "the patient *pulled through*")?  A stop, a recovery, a lead or a union, no forces or support withdrawn
    (PLOVER RETREAT withdraw); "pulled out of the town", "pulled back" stay."""
    particles = _applies(PULLED_OVER, event, tok)
    return particles is not None and tok.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ in particles for c in tok.children)


def _served_sentence(event: Event, tok) -> bool:
    """Is the noun "sentence" or "term" the direct object of a verb of serving it (`words`: serve, complete, finish,
    begin, appeal: "after he *completed his* prison *sentence*", "*is serving a* life *sentence*")?  The sentence was
    passed before; the clause reports no sentencing (PLOVER SANCTION convict); "was given a sentence", "the judge
    passed sentence" stay."""
    serving = _applies(SERVED_SENTENCE, event, tok)
    return serving is not None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in serving


def phrase_sense(event: Event, doc: Doc) -> str | None:
    """The doubt (a row name of data/layer_doubts.tsv) that the phrase around the event's trigger raises, or None."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return None
    for doubt, test in ((TOPIC_TALK, _topic_talk), (HOSTED_SHOW, _hosted_show), (PLACE_NAME, _place_name),
                        (PHYSICAL_OBJECT, _physical_object), (DEBT_PAYMENT, _debt_payment),
                        (CONTEST, _contest_withdrawal), (INSTITUTION_STRENGTHENED, _institution_strengthened),
                        (RESEARCH, _research), (SAFETY_EVACUATION, _safety_evacuation),
                        (CIRCUMSTANCE_CANCEL, _circumstance_cancel), (TAKEOVER_OFFER, _takeover_offer),
                        (AID_CUT, _aid_cut), (HANDED_THING, _handed_thing),
                        (ALLEGED_TIES, _alleged_ties), (FACT_UNADMITTED, _fact_unadmitted),
                        (ABSTRACT_CHALLENGER, _abstract_challenger), (BACK_OUT, _back_out),
                        (CHARM_APPEAL, _charm_appeal),
                        (SPONSORED_THING, _sponsored_thing), (FIGURATIVE, _repelled_abstract),
                        (SPOKEN_OFFER, _spoken_offer), (SAFETY_ADVICE, _safety_advice),
                        (ACKNOWLEDGED_AS, _acknowledged_as), (CLOTHING_SUIT, _clothing_suit),
                        (CONSULTED_SOURCE, _consulted_source), (PAYERS_HIT, _payers_hit),
                        (POLICE_TALK, _police_talk), (ACCEPTED_PAPER, _accepted_paper),
                        (STORMED_OFF, _particle_sense(STORMED_OFF)), (STRUCK_OUT, _particle_sense(STRUCK_OUT)),
                        (SPORT_PENALTY, _sport_penalty), (SPORT_BAN, _sport_ban),
                        (PULLED_OVER, _pulled_over), (SERVED_SENTENCE, _served_sentence)):
        if test(event, tok):
            return doubt
    # (session 32: one test for ten rows, each its own reason; session 33: the economy, events/economy_senses.py)
    return thing_acted_on(event, tok) or economy_sense(event, tok)
