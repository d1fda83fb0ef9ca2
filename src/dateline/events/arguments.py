"""Who acts and who receives, for one trigger: the argument choices the events stage makes on top of
the dependency rules of ``roles`` - the thing acted on versus the party inside it, purpose clauses,
responses and protests, a country a force serves in, and who can act at all (pronouns: ``pronouns``).
Used by :func:`dateline.events.extract.code_sentence`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.events import noun_roles, roles
from dateline.events.addressed_messages import sending_verb_of_addressee
from dateline.events.agentless import agentless_words
from dateline.events.clause_between import (sides_of_agentless_passive, sides_on_clause_verb,
                                             sides_on_describing_participle)
from dateline.events.doer_goals import goal_of_named_doer
from dateline.events.force_victims import dead_in_force, misread_force_user
from dateline.events.frame_roles import body_modifier_doer, comment_clause_roles, passive_relative_roles
from dateline.events.headline_passives import headline_passive_roles
from dateline.events.mutual_force import sides_of_mutual_force
from dateline.events.ontology import INTERGOVERNMENTAL_CODES
from dateline.events.complements import labelled_subject
from dateline.events.lexicon import event_noun_word, label_entry, lexicon
from dateline.events.stances import stance_target, voiced_stance
from dateline.events.status import Modality
from dateline.events.tables import in_class, word_class
from dateline.events.wound_sites import wounded_subject
from dateline.events.behest_adjuncts import behest_in_adjunct
from dateline.events.relative_addressees import relative_pronoun_antecedent
from dateline.model import Mention

if TYPE_CHECKING:
    from dateline.events.extract import Candidate

RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # done *with* someone
BROKERED_TYPES = RECIPROCAL_TYPES | {"SUPPORT"}  # a deal co-actors agree on or sign may be brokered by a third
# Acts on an ally's side: their "against" phrase names the adversary, not the ally (roles.ADVERSARY_PREPS)
ALLIED_TYPES = {"SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT"}
# Acts of a state's authorities (arrest, expel, charge, release): "X was arrested in Niger" is coded with
# the country as the actor, as PLOVER coders do when the passive names no agent.  Not force
# ("ten people were killed in Nigeria" does not say who killed them).
STATE_ACT_TYPES = {"COERCE", "SANCTION", "ACCUSE", "RETREAT", "CONCEDE"}


# Verb+object entries whose object words are the people the act is done to, not a thing acted on: they receive it
# ("expelled *the inspectors*", "summoned *the envoy*"; by mode), and "armed *the rebels*" (aid.arm: the party armed
# receives the aid; session 38 - its recipient was dropped as a thing, and the event with it).
PEOPLE_OBJECT_MODES = {"expel", "disapprove"}
PEOPLE_OBJECT_ENTRIES = {"aid.arm"}
# Armed bodies of no state (rebels, unidentified armed groups, paramilitaries): arms or help sent to them go to them,
# not to the country they fight in (_country_it_is_in).
ARMED_RECIPIENT_SECTORS = {"REB", "UAF", "PRM"}
# Acts done to people: their party object receives, not where it is moved (roles.object_of's ``patient``).
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def _names_a_thing(entry) -> bool:
    """Do the object words of the verb+object ``entry`` name the thing acted on (not the people it is done to)?"""
    return entry.kind == "verb_obj" and entry.mode not in PEOPLE_OBJECT_MODES and entry.id not in PEOPLE_OBJECT_ENTRIES


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def attribution_participle(tok: Token) -> bool:
    """"*According to* local media, Baghdad has rejected the referendum": "according to" names where a report
    comes from (a compound preposition, tagged as a participle), never an act; its "to" object is the source of
    the news, not anyone's recipient.  (The type model may take any verb with a preposition as a candidate.)"""
    return tok.lower_ == "according" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def _entry_object_words(verb: Token, ids: set[str]) -> set[str]:
    """The object words the verb+object entries ``ids`` give the verb ``verb`` ("cut" + "aid", "voiced" + "support")."""
    words: set[str] = set()
    for objs, entry in lexicon().verb_obj.get(verb.lemma_.lower(), ()):
        if entry.id in ids:
            words |= objs
    return words


def _matched_object_words(cand: Candidate, doc: Doc) -> set[str]:
    """Object words of the verb+object entries this trigger matched ("cut" + "aid"): the thing acted on."""
    # (not the objects of an expulsion or a summons: "expelled *the inspectors*", "summoned *the envoy*" -
    # people, who receive the act)
    words = _entry_object_words(doc[cand.token], {h.entry.id for h in cand.hits if _names_a_thing(h.entry)})
    for h in cand.hits:  # the words of a matched phrase ("open *fire* on") are not participants
        if h.entry.kind == "phrase":
            words |= {t.lemma_.lower() for t in doc[h.start:h.end]} | {t.lower_ for t in doc[h.start:h.end]}
    return words


# Prepositions that take a noun's patient or target ("the murder *of* students", "attacks *on* X", "a campaign
# *against* Y"): in "the X and Y of Z" the complement after the last conjunct belongs to every conjunct.
SHARED_COMPLEMENT_PREPS = ("of", "on", "against")


def _complement_of_first_conjunct(noun: Token, exclude: set[int]) -> list[roles.Arg]:
    """"the kidnapping and *murder* of students", "the abduction and *killing* of aid workers": English puts
    the complement shared by coordinated event nouns after the last of them, and the parser hangs it on the
    first; a later conjunct with no complement of its own takes it (only between two event nouns of the
    lexicon, and only a complement standing after this conjunct)."""
    first = noun.head
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or first.pos_ != "NOUN" or first.i > noun.i:
        return []
    nouns = lexicon().nouns
    if first.lemma_.lower() not in nouns or any(c.dep_ == "prep" for c in noun.children):
        return []  # (an event noun's own complement: "the arrest of X and the *trial* of Y")
    for prep in first.children:
        if prep.dep_ == "prep" and prep.lower_ in SHARED_COMPLEMENT_PREPS and prep.i > noun.i:
            obj = roles.prep_object(prep)
            if obj is not None and obj.i not in exclude and obj.lemma_.lower() not in nouns:
                return roles.participants(obj, (f"prep:{prep.lower_}", "shared_complement"))
    return []


def _moves_forces(cand: Candidate) -> bool:
    """Does the trigger move the actor's own forces or things (MOBILIZE, withdrawals)?"""
    return bool(cand.hits) and all(h.entry.type == "MOBILIZE" or h.entry.mode == "withdraw" for h in cand.hits)


def _condemned_deed(cand: Candidate, tok: Token) -> Token | None:
    """The event noun a disapproval or protest is aimed at ("condemned *the attack* on a church",
    "protested *the killing* of X"): the deed, not its victim, is what is condemned."""
    if not cand.hits or not all(h.entry.type == "PROTEST" or h.entry.mode == "disapprove" for h in cand.hits):
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and event_noun_word(c)), None)


PURPOSE_TYPES = {"AID", "SUPPORT", "COOPERATE"}
# (The lexical word classes of this module are data: data/word_classes.tsv, which says why each word is in.)
STATE_NOUNS = word_class("state_nouns")  # "*his country*" can act
BODY_NOUNS = word_class("body_nouns")  # a body of people acts as one: "*The party* expelled the lawmaker"
CREATION_VERBS = word_class("creation_verbs")  # the object comes into being: "set up", "establish"
DOER_NOUNS = agentless_words("doer_people")  # "gunman", "bomber": a noun that names who does violence


def _creates(verb: Token) -> bool:
    """"set up", "establish", "build": the object comes into being (the place it is made in receives)."""
    lemma = verb.lemma_.lower()
    return lemma in CREATION_VERBS and (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
def _place_created_in(verb: Token, created: Token) -> list[roles.Arg]:
    """Where something is set up: the first named place on an "in" anywhere in the creating verb's
    phrase, however deep the parser hung it ("set up two field hospitals and a strike team of health
    workers *in Louisiana*", "the José Carreras Institute against Leukaemia *in Barcelona*")."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ in ("GPE", "LOC") and not (
                created.i <= t.i < created.i + 1):
            return roles.participants(t, ("created_in",))
    return []


DIRECTIVE_VERBS = word_class("directive_verbs")  # "*ordered* the newspaper to suspend publication"
COOPERATIVE_NOUN_TYPES = {"AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"}  # what is given, cut or suspended


COMITATIVE_PREPS = {"along": "with", "together": "with", "alongside": None}  # "along *with*", "alongside"


def _comitative(verb: Token, actor: list[roles.Arg]) -> list[roles.Arg]:
    """"The United States, *along with Britain and France*, condemned the attack": who acts along with the subject
    acts too (flag ``comitative``), never receives.  Only a phrase between the subject and its verb, or on the
    subject itself."""
    if len(actor) != 1:
        return []
    subj = verb.doc[actor[0].head]
    out: list[roles.Arg] = []
    for prep in [*verb.children, *subj.children]:
        if prep.dep_ != "prep" or not (prep.head.i == subj.i or subj.i < prep.i < verb.i):
            continue
        if prep.lower_ == "with" and any(c.dep_ == "advmod" and COMITATIVE_PREPS.get(c.lower_) == "with"
                                         for c in prep.children):
            inner = prep  # "Germany, *together with* France, pledged": the parser hangs "together" on "with"
        elif prep.lower_ in COMITATIVE_PREPS:
            second = COMITATIVE_PREPS[prep.lower_]
            inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == second), None) if second \
                else prep
        else:
            continue
        obj = roles.prep_object(inner) if inner is not None else None
        if obj is not None and obj.pos_ != "PRON" and (roles.named_np(obj) or roles.actorish(obj)):
            out += [roles.Arg(a.head, a.start, a.end, a.flags) for a in roles.participants(obj, ("comitative",))]
    return out


def _whose(actor: list[roles.Arg], verb: Token, doc: Doc) -> list[roles.Arg]:
    """"Pakistan's army chief, *whose forces* have fought the Taliban": the one the relative clause is
    about acts (through his forces)."""
    if verb.dep_ == "relcl" and len(actor) == 1 and any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in doc[actor[0].head].children):
        return roles.participants(verb.head, ("relative_possessor",))
    return actor


def _doer_of_event_subject(actor: list[roles.Arg], doc: Doc, parties: Collection[int]) -> list[roles.Arg]:
    """"A drone strike *by the Turkish army* killed three militants", "*Israel's* attack killed ...": an
    event noun as the subject stands for its doer, when the doer is a named party.  So does a document
    for its author ("a statement *by the Foreign Ministry* condemned Israel", "a *UN* resolution demanded
    ...", "a statement *from* X"): PLOVER codes the source that issued it."""
    if len(actor) != 1:
        return actor
    head = doc[actor[0].head]
    nouns = lexicon().nouns
    document = head.lemma_.lower() in roles.DOCUMENT_NOUNS
    if head.pos_ != "NOUN" or not (event_noun_word(head) or document):
        return actor
    found = noun_roles.noun_actor(head)
    if _names_its_doer(head, found):
        return actor  # "*La. gunman* kills wife": the gunman kills, not Louisiana
    if document and not found:
        found = [a for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and roles.prep_object(c) is not None
                 for a in roles.participants(roles.prep_object(c), ("prep:from",))]
    # the subject of the support verb that carried out a deed of force does what the deed did ("Israel *launched an
    # air strike* that killed 30", "IS *claimed the attack*, which killed 30"); not the party to talks that "ended"
    force = any(e.type == "ASSAULT" for e in nouns.get(head.lemma_.lower(), ()))
    doer_flags = PERPETRATOR_FLAGS | {"passive_agent", "prep:from"} | ({"support_subject"} if force else set())
    doer = [a for a in found if set(a.flags) & doer_flags
            and doc[a.head].ent_type_ not in roles.NON_PARTICIPANT_LABELS and _names_a_party(a, doc, parties)]
    if not doer and any(c.dep_ == "poss" and noun_roles.internal_conflict_place(head, c) for c in head.children):
        return []  # "Syria's civil war has killed ...": the war's place is no doer, and the war is none (session 40)
    return [roles.Arg(a.head, a.start, a.end, a.flags + ["doer_of_subject"]) for a in doer] or actor


def _names_its_doer(noun: Token, found: list[roles.Arg]) -> bool:
    """Does an event noun name its doer itself, a modifier on it saying only where he is from or whom he
    serves?  "*La. gunman* kills wife", "police identify *the Calif. gunman*": "gunman" names the one who
    shoots (a noun of those who do violence, agentless_words.tsv ``doer_people``), and "La." is where he is
    from - the doer is the gunman, not Louisiana (for a group, "a *Hamas* gunman", the actors stage gives the
    whole noun phrase the group's code).  A noun of a deed keeps its modifier or possessor as the doer
    ("*Israel's* attack", "a *US* air strike")."""
    return (noun.lemma_.lower() in DOER_NOUNS or noun.lower_ in DOER_NOUNS) and any(
        "modifier" in a.flags and noun.doc[a.head].head == noun for a in found)


def _mention_of(tok: Token, parties: Collection[int]) -> list[roles.Arg]:
    """The actors-stage mention ``tok`` is in, as an argument (its words, not the parse's phrase); [] if none."""
    mention = parties.get(tok.i) if isinstance(parties, dict) else (tok.i if tok.i in parties else None)
    if mention is None:
        return []
    same = (lambda i: parties.get(i) is mention) if isinstance(parties, dict) else (lambda i: i in parties)
    lo = hi = tok.i
    while lo > tok.sent.start and same(lo - 1):
        lo -= 1
    while hi + 1 < tok.sent.end and same(hi + 1):
        hi += 1
    return [roles.Arg(tok.i, lo, hi + 1, ["names_doer"])]


HOSTILE_PURPOSE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "PROTEST", "REJECT"}


def _lexicon_reads_only_as(verb: Token, types: Collection[str]) -> bool:
    """Does the trigger lexicon list ``verb``'s lemma as a verb, and only with event types among ``types``?"""
    entries = lexicon().verbs.get(verb.lemma_.lower(), ())
    return bool(entries) and all(e.type in types for e in entries)


def _purpose_party(verb: Token, parties: Collection[int], exclude: set[int]) -> list[roles.Arg]:
    """The party an infinitive of purpose serves: its object when a party, else the party inside it.  Not the
    object of an act against it ("supplied weapons *to attack* Israel": Israel is attacked, not served)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not roles.to_infinitive(clause):
            continue
        if _lexicon_reads_only_as(clause, HOSTILE_PURPOSE_TYPES):
            continue
        for obj in clause.children:
            if obj.dep_ in ("dobj", "dative") and obj.i not in exclude:
                if roles.is_party(obj, parties) or roles.quantified_party(obj):
                    return roles.participants(obj, ("purpose",))
                found = roles.party_inside(obj, parties, exclude)
                if found:
                    return [roles.Arg(a.head, a.start, a.end, a.flags + ["purpose"]) for a in found]
    return []


def _could_be_party(obj: Token) -> bool:
    """Could the noun be a party, not a thing: a name, a counted group ("dozens of protesters"), or people or a body
    of them ("the protesters", "the committee"; not "the road", "the damage")?  No pronoun."""
    return obj.pos_ != "PRON" and (roles.named_np(obj) or roles.quantified_party(obj) or (
        roles.actorish(obj) and (obj.tag_ in ("NNS", "NNPS") or obj.lemma_.lower() in BODY_NOUNS)))


GIVING_TYPES = {"AID", "CONCEDE", "SUPPORT"}  # what is paid, given or granted to someone


def _beneficiary_of_as_noun(verb: Token, exclude: set[int]) -> list[roles.Arg]:
    """Whom a payment or gift is for when the verb's "as" phrase names what it is: "paid $60 million *as
    compensation for the survivors*", "sent doctors *as assistance to Italy*" - the for/to participant of the "as"
    noun, when it could be a party (not a thing: "as compensation *for the damage*")."""
    for prep in verb.children:
        noun = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "as" else None
        if noun is None or noun.pos_ != "NOUN":
            continue
        for p in noun.children:
            obj = roles.prep_object(p) if p.dep_ == "prep" and p.lower_ in ("for", "to") else None
            if obj is not None and obj.i not in exclude and _could_be_party(obj):
                return roles.participants(obj, (f"prep:{p.lower_}", "as_beneficiary"))
    return []


def _helped_by_given_people(cand: Candidate, verb: Token, doc: Doc, parties: Collection[int]) -> list[roles.Arg]:
    """Whom help serves, named by the purpose infinitive of helping of the verb of giving: "India sent *a team of
    doctors* to help *Nepal*", "the UN sent experts to assist *Haiti*", "donated ventilators to assist *Ethiopia*".
    The object of a verb of giving is what is given (the theme), things or unnamed people; the one the purpose
    clause helps receives the AID, as the "to" goal does in "sent doctors *to Haiti*"
    (``roles._goal_of_given_people``).  Not a named object ("sent *Kerry* to help ..." names an envoy), and only a
    purpose the lexicon reads as help, support or cooperation ("sent troops *to fight* the Taliban" helps none)."""
    given = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if given is None or not cand.recipient or not cand.hits or not all(h.entry.type == "AID" for h in cand.hits):
        return []
    inside = {t.i for t in given.subtree}
    if any(a.head not in inside or roles.named_np(doc[a.head]) for a in cand.recipient):
        return []  # (help already given to someone: "sent doctors *to Haiti*")
    helping = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and roles.to_infinitive(c)
               and _lexicon_reads_only_as(c, PURPOSE_TYPES)]
    if not helping:  # (only a purpose of helping: "sent troops *to fight* the Taliban" helps no Taliban)
        return []
    return _purpose_party(verb, parties, {i for a in cand.actor for i in range(a.start, a.end)}
                          | {i for a in cand.recipient for i in range(a.start, a.end)})


def _agent_of_reported_passive(verb: Token, parties: Collection[int]) -> list[roles.Arg]:
    """The doer named on "by" in the passive clause a verb of accusing reports ("alleged that the votes *were stolen
    by the ruling party*"), when it is or could be a party (not "by a bomb")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not roles.passive(clause):
            continue
        for agent in clause.children:
            obj = roles.prep_object(agent) if agent.dep_ == "agent" else None
            if obj is not None and obj.pos_ != "PRON" and (roles.is_party(obj, parties) or _could_be_party(obj)):
                return roles.participants(obj, ("clause_agent",))
    return []


def _purpose_target(verb: Token, exclude: set[int]) -> list[roles.Arg]:
    """The one an infinitive of purpose acts on ("fired tear gas *to disperse the protesters*", "to scatter *a
    rampaging mob*"): its object, when it could be a party - also a crowd or mob, a singular noun of people who do
    violence (``DOER_NOUNS``) - not a thing ("to clear *the road*" names no target)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not roles.to_infinitive(clause):
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj" and obj.i not in exclude and (_could_be_party(obj) or (
                    obj.lemma_.lower() in DOER_NOUNS and roles.actorish(obj))):
                return roles.participants(obj, ("purpose",))
    return []


# Verbs that bring someone to a meeting ("hosted X for talks").
BRINGING_VERBS = word_class("bringing_verbs")


def _host_of_meeting(cand: Candidate, noun: Token) -> tuple[list[roles.Arg], list[roles.Arg]] | None:
    """"Putin hosted King Salman *for talks*", "the EU invited Iran for negotiations": a meeting someone
    is brought *for* is held between the one who brings them (actor: the verb's subject) and the one
    brought (recipient: its object, not the topic - "for talks *on trade*").  Only for reciprocal
    events: the one "arrested for the killing" did the killing.  None when it does not apply."""
    verb = noun.head.head
    if verb.dep_ == "dobj":  # (the parser may hang "for talks" on the guest: "hosted *the minister for* talks")
        verb = verb.head
    guest = next((c for c in verb.children if c.dep_ == "dobj" and roles.actorish(c)), None)
    if verb.lemma_.lower() not in BRINGING_VERBS or not (cand.hits and all(h.entry.type in RECIPROCAL_TYPES for h in cand.hits)) or noun.dep_ != "pobj" \
            or noun.head.lower_ != "for" or not _is_verbal(verb) or guest is None:
        return None
    host = [roles.Arg(a.head, a.start, a.end, a.flags + ["host"]) for a in roles.subject_of(verb)]
    return (host, roles.participants(guest, ("object", "guest"))) if host else None


def find_arguments(cand: Candidate, doc: Doc, parties: Collection[int] = ()) -> None:
    """Actor and recipient of ``cand``; ``parties``: token indices inside actor mentions (see
    :func:`roles.is_party`)."""
    tok = doc[cand.token]
    if attribution_participle(tok):
        cand.actor, cand.recipient = [], []  # "*According to* local media, Baghdad rejected ...": a source, no act
        return
    object_words = _matched_object_words(cand, doc)
    if _is_verbal(tok):
        cand.actor = _doer_of_event_subject(_whose(roles.subject_of(tok), tok, doc), doc, parties)
        if tok.dep_ == "pcomp" and noun_roles.in_time_adjunct(tok):
            # "four others were in hospital *after a drive-by shooting*" (the noun read as a gerund): an earlier
            # event dates the clause, whose subject did not do it
            cand.actor = []
        cand.actor += _comitative(tok, cand.actor)
        moves = _moves_forces(cand)
        partner = bool(cand.hits) and all(h.entry.type in RECIPROCAL_TYPES for h in cand.hits)
        allied = bool(cand.hits) and all(h.entry.type in ALLIED_TYPES for h in cand.hits)
        gives = bool(cand.hits) and all(h.entry.type == "AID" for h in cand.hits)
        patient = bool(cand.hits) and all(h.entry.type in PATIENT_TYPES for h in cand.hits)
        entry_words = _entry_object_words(tok, {h.entry.id for h in cand.hits if _names_a_thing(h.entry)})
        cand.recipient = roles.object_of(tok, object_words, parties, moves_object=moves, partner_first=partner,
                                         allied=allied, gives=gives, patient=patient, compound_words=entry_words)
        if any("doer_of_subject" in a.flags for a in cand.actor):
            # the deed that stood for its doer is no one it was done to ("an offensive that displaced thousands")
            deeds = {a.head for a in roles.subject_of(tok)}
            cand.recipient = [a for a in cand.recipient if a.head not in deeds]
        if cand.hits and all(h.entry.type == "ASSAULT" for h in cand.hits):
            # "torched three vehicles *of a company*", "burned the shops *belonging to* the minority": the property
            # destroyed is what the attack is done to, not its owner named inside it
            cand.recipient = _property_before_owner(tok, cand.recipient) or cand.recipient
        undergoer = roles.reduced_relative_read_as_root(tok) or roles.reduced_relative_under_preposition(tok) \
            or wounded_subject(tok)  # "a woman *shot in the leg*" in a list of victims (wound_sites.py)
        if undergoer is not None:
            # "Four men *extradited* to the United States have agreed to testify", "among a dozen people *shot*":
            # the men were extradited, the people shot; who did it is only a by-agent, if any
            cand.actor = [a for c in tok.children if c.dep_ == "agent" and (o := roles.prep_object(c)) is not None
                          for a in roles.participants(o, ("passive_agent",))]
            cand.recipient = roles.participants(undergoer, ("object", "reduced_relative"))
        stance = voiced_stance(tok, parties, _entry_object_words(tok, {h.entry.id for h in cand.hits
                                                                      if h.entry.kind == "verb_obj"}))
        if stance is not None:
            # "voiced his strong support *of* President Mnangagwa", "voiced opposition *to* the visit by the US
            # speaker": the stance is never the recipient; whom it is aimed at, named in its complement, is
            aimed = stance_target(stance, tok, parties, {i for a in cand.actor for i in range(a.start, a.end)})
            if aimed or any(a.head == stance.i for a in cand.recipient):
                cand.recipient = aimed
        deed = _condemned_deed(cand, tok)
        if deed is not None:  # (its doer, when named, takes its place below)
            cand.recipient = roles.participants(deed, ("object", "deed"))
        labelled = labelled_subject(tok) if cand.hits and all(label_entry(h.entry.id) for h in cand.hits) else None
        if labelled is not None and not cand.recipient and tok.lemma_.lower() not in roles.SPEECH_HEADS:
            # "declared the MS13 and Barrio 18 *to be* terrorist groups, reported the AP": the party the label is
            # given is the recipient (not the object of a verb coordinated after it); a verb of saying's clause
            # is reported_judgments.judged_recipient's
            cand.recipient = [a for a in roles.participants(labelled, ("labelled",)) if _names_a_party(a, doc, parties)]
        if not cand.recipient and not any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp") for c in tok.children):
            # "Police *arrested* and charged two men": coordinated verbs share the object of the last one (not a verb
            # with a clause of its own: "declared the gangs to be terrorist groups, *reported the AP*")
            for conj in tok.children:
                if conj.dep_ == "conj" and _is_verbal(conj) and conj.i > tok.i and not any(
                        c.dep_ in roles.SUBJECT_DEPS + roles.PASSIVE_SUBJECT_DEPS for c in conj.children) and any(
                        c.dep_ == "dobj" for c in conj.children):
                    cand.recipient = [a for a in roles.object_of(conj, object_words, parties)
                                      if a.flags[:1] == ["object"]]
                    break
        if not cand.recipient:  # "the army *shelled* and bombed *rebel positions*" (the object read as a conjunct)
            cand.recipient = roles.object_read_as_conjunct(tok)
        for h in cand.hits:  # "Ethiopia *let free* some 74 leaders": the parser gives the object to the
            for t in doc[h.start:h.end]:  # phrase's second verb; it is the whole phrase's object
                if not cand.recipient and h.entry.kind == "phrase" and t.i != tok.i and t.head.i == tok.i \
                        and _is_verbal(t):
                    cand.recipient = roles.object_of(t, object_words, parties)
    else:
        cand.actor = noun_roles.noun_actor(tok)
        if _names_its_doer(tok, cand.actor):  # "police identify *La. gunman*": he shot, not Louisiana
            cand.actor = _mention_of(tok, parties)
        phrase = {i for h in cand.hits if h.entry.kind == "phrase" for i in range(h.start, h.end)}
        # (a phrase's own words are no participant: "a state *of siege*")
        cand.recipient = roles.noun_patient(tok) or noun_roles.noun_recipient(
            tok, {a.head for a in cand.actor} | phrase, moves=_moves_forces(cand)) or _complement_of_first_conjunct(
            tok, {a.head for a in cand.actor} | phrase)
        if not cand.recipient:  # "the sanctions imposed by the EU *on Russia*", "a visit by X *to Cuba*"
            cand.recipient = goal_of_named_doer(tok, cand.actor, parties)
        sides = noun_roles.hyphenated_sides(tok, cand.actor)
        if sides and all(r.flags[-1:] in (["prep:in"], ["prep:at"]) for r in cand.recipient):
            # "*US-Taliban* talks in Doha": the two sides, not where they met
            cand.actor, cand.recipient = sides
        if not cand.recipient and cand.hits and all(h.entry.type in PATIENT_TYPES for h in cand.hits):
            # "airstrikes *targeting Hamas militants*", "an offensive *aimed at the rebels*", "an airstrike *that
            # killed a commander*": the clause that describes the act of force says whom it is done to
            cand.recipient = noun_roles.aimed_clause_recipient(tok, {a.head for a in cand.actor}, parties)
        if not cand.actor:
            cand.actor, cand.recipient = _host_of_meeting(cand, tok) or (cand.actor, cand.recipient)
        if sides := sides_on_describing_participle(tok):
            # "a ceasefire *brokered by Egypt between Israel and Hamas*": the sides, not the broker
            cand.actor, cand.recipient = _dyad(sides)
        if not cand.actor and (sides := sides_on_clause_verb(tok)):
            # "*talks* took place *between* Israeli and Egyptian officials": the noun's sides stand on its verb;
            # the dyad, the first side acting on the others (as for "talks between X and Y")
            cand.actor, cand.recipient = _dyad(sides)
        if not cand.recipient and tok.lemma_.lower() in roles.VICTIM_NOUNS:
            cand.recipient = roles.participants(tok, ("victim",))  # "20 *hostages* held by Boko Haram": themselves
        if any(h.entry.type == "ASSAULT" for h in cand.hits) and not any(
                roles.is_party(doc[r.head], parties) and doc[r.head].ent_type_ not in ("GPE", "LOC", "FAC")
                for r in cand.recipient):
            # "the brigade suffered 15 casualties in an ambush *on the highway*": who took the harm, not the road
            # (nor the doer: "troops sustained injuries during an attack" - the troops were attacked)
            harmed = noun_roles.harm_sufferer(tok)
            if harmed:
                cand.recipient = harmed
                cand.actor = [a for a in cand.actor if not any(a.start < h.end and h.start < a.end for h in harmed)]
        sufferer = noun_roles.undergoer(tok)  # "Iran's government faces criticism from the U.N. over ...": Iran receives
        if sufferer and not any(a.start < s.end and s.start < a.end for a in cand.actor for s in sufferer):
            cand.recipient = sufferer
        backing = noun_roles.backing_in_adjunct(tok)
        if backing is not None:  # "the navy seized the drugs *with help from the US Coast Guard*": the Coast Guard
            cand.actor, cand.recipient = backing  # helps the navy (not the navy the drugs)
        cand.actor, cand.recipient = behest_in_adjunct(tok) or (cand.actor, cand.recipient)  # "on the orders of X"
    if not cand.recipient and any(h.entry.type == "ASSAULT" for h in cand.hits):
        cand.recipient = dead_in_force(tok)  # "ten people *died in* an Israeli air strike", "died in police firing"
        user = misread_force_user(tok) if cand.recipient else None
        cand.actor = roles.participants(user, ("force_user",)) if user is not None else cand.actor
    if cand.hits and all(h.entry.type in PHYSICAL_TARGET_TYPES for h in cand.hits) and any(
            a.flags[-1:] == ["prep:with"] and not _names_a_party(a, doc, parties) for a in cand.recipient):
        # "shelled the village *with mortars*", "dispersed them with tear gas": a thing on "with" is the
        # instrument of force, not its target (a party stays: "clashed *with the rebels*")
        cand.recipient = []
    if not cand.actor and _is_verbal(tok):
        cand.actor = roles.agent_of_passive_subject(tok, object_words) or noun_roles.owner_of_infinitive(
            tok, lexicon().nouns)
    if not cand.actor and _is_verbal(tok):  # "was detained and later released *by police*"
        cand.actor = roles.shared_passive_agent(tok)
    if not cand.actor and _is_verbal(tok) and (sides := sides_of_agentless_passive(tok)):
        # "talks were held *between Serbia and Kosovo*": the dyad, the first side acting on the others
        cand.actor, cand.recipient = _dyad(sides)
    if not cand.actor and _is_verbal(tok) and {h.entry.type for h in cand.hits} & PHYSICAL_TARGET_TYPES:
        cand.actor = noun_roles.doer_of_passive_setting(tok, lexicon().nouns)
    if not cand.actor and _is_verbal(tok):  # "militants involved in *abducting* two engineers"
        cand.actor = noun_roles.doer_of_involvement(tok)
    if cand.modality and cand.modality.governor is not None and not cand.actor:
        cand.actor = roles.subject_of(doc[cand.modality.governor])
    if not cand.actor and _is_verbal(tok):  # (subject lost in the parse) "... voiced *his* strong support of X"
        cand.actor = [roles.Arg(p.i, p.i, p.i + 1, ["possessor_of_object"]) for c in tok.children if c.dep_ == "dobj"
                      for p in c.children if p.dep_ == "poss" and p.lower_ in ("his", "her")][:1]
    if not cand.actor and _is_verbal(tok) and any(h.entry.type == "MOBILIZE" for h in cand.hits) and not any(
            c.dep_ == "agent" for c in tok.children):
        # "The Ecowas peacekeepers are being deployed to ...": forces sent with no sender named act themselves
        force = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if force:
            cand.actor = roles.participants(force[0], ("moved_force",))
            cand.recipient = [a for a in cand.recipient if a.head != force[0].i]
    if not cand.actor and _is_verbal(tok) and {h.entry.type for h in cand.hits} & STATE_ACT_TYPES:
        cand.actor = roles.place_of_agentless_passive(tok)
    if not cand.recipient and _is_verbal(tok):
        # "refused to send peacekeepers to Iraq": a controlling verb takes its complement's recipient.
        for child in tok.children:
            if child.dep_ == "xcomp" and _is_verbal(child):
                cand.recipient = roles.object_of(child, object_words, parties)
                created = [c for c in child.children if c.dep_ == "dobj"] if _creates(child) else []
                if created:  # "agreed to set up *a National Centre* in Mumbai": what is created receives nothing
                    lo, hi = roles.np_span(created[0])
                    cand.recipient = _place_created_in(child, created[0]) or roles.named_in_clause(
                        child, set(range(lo, hi)) | {i for a in cand.actor for i in range(a.start, a.end)}
                    ) or cand.recipient
                break
    if not cand.recipient and _is_verbal(tok) and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") \
            and cand.hits and all(h.entry.type == "REQUEST" for h in cand.hits) and _is_verbal(tok.head):
        # "116 people arrived *in Kyrgyzstan* seeking refuge", "fled *to Turkey* seeking asylum": one asks where one
        # has come to - the named goal or place of the verb the participle clause goes with
        for prep in tok.head.children:
            obj = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "in", "at") else None
            if obj is not None and obj.i < tok.i and (roles.is_party(obj, parties) or roles.named_np(obj)):
                cand.recipient = roles.participants(obj, (f"prep:{prep.lower_}", "goal_of_governor"))
                break
    if _is_verbal(tok) and cand.hits and all(h.entry.type == "ACCUSE" for h in cand.hits) and all(
            "clause_subject" in a.flags for a in cand.recipient):
        # "the rebels alleged that three cadres *had been killed by the police*": the one accused is who did the
        # alleged deed - the by-agent of a passive clause - not the one it was done to
        cand.recipient = _agent_of_reported_passive(tok, parties) or cand.recipient
    if not cand.recipient and _is_verbal(tok) and {h.entry.type for h in cand.hits} & PURPOSE_TYPES:
        # "is providing assistance *to meet the needs of thousands of people*": help goes to whom its purpose serves
        cand.recipient = _purpose_party(tok, parties, {i for a in cand.actor for i in range(a.start, a.end)})
    if _is_verbal(tok) and cand.hits and all(h.entry.type in GIVING_TYPES for h in cand.hits) and all(
            a.flags[:1] == ["object"] for a in cand.recipient):
        # "Germany paid $60 million *as compensation for Holocaust survivors*", "sent 200 doctors *as assistance
        # to Nepal*": the "as" noun names the gift, and whom it is for receives it - not what or who is sent
        cand.recipient = _beneficiary_of_as_noun(tok, {i for a in cand.actor for i in range(a.start, a.end)}) \
            or cand.recipient
    if _is_verbal(tok):  # "India sent *a team of doctors* to help *Nepal*": the one helped, not the help sent
        cand.recipient = _helped_by_given_people(cand, tok, doc, parties) or cand.recipient
    if not cand.recipient and cand.hits and all(h.entry.type in PHYSICAL_TARGET_TYPES for h in cand.hits):
        # "police fired *tear gas* to disperse the protesters": force aimed at no one named is aimed at whom its
        # purpose infinitive acts on
        verb = tok if _is_verbal(tok) else noun_roles.governing_verb(tok)
        if verb is not None:
            cand.recipient = _purpose_target(verb, {i for a in cand.actor for i in range(a.start, a.end)})
    nouns = lexicon().nouns
    for k, arg in enumerate(cand.recipient):
        # "condemned the protest by farmers", "denounced Russia's invasion", "the threats made by X",
        # "support to the negotiations among Sudanese stakeholders": the doers of the event noun receive.
        head = doc[arg.head]
        if head.lemma_.lower() in nouns and head.pos_ == "NOUN" and not roles.is_party(head, parties):
            # (people are no deed: "rescued 20 *hostages* held by Boko Haram" rescues the hostages)
            agent = [a for a in noun_roles.noun_actor(head) if set(a.flags) & PERPETRATOR_FLAGS]
            if agent and doc[agent[0].head].lower_ not in ("its", "their", "his", "her"):
                cand.recipient = cand.recipient[:k] + agent + cand.recipient[k + 1:]
                break
    _governor_acts(cand, doc)
    if len(cand.actor) > 1 and cand.recipient and all("participle_agent" in a.flags for a in cand.recipient) and (
            (cand.modality is not None and cand.modality.recode in BROKERED_TYPES)
            or (cand.hits and all(h.entry.type in BROKERED_TYPES for h in cand.hits))):
        # "Israel and Hamas agreed to a ceasefire *brokered by Egypt*", "Armenia and Azerbaijan signed a deal
        # *mediated by the US*": who brokered what the co-actors agree on or sign is no party to it; the
        # co-actors' dyad stands (extract's joint reading, PLOVER's dyadic form)
        cand.recipient = []
    if len(cand.actor) > 1 and cand.recipient and all("prep:at" in a.flags for a in cand.recipient) and (
            cand.hits and all(h.entry.type in BROKERED_TYPES for h in cand.hits)):
        # "the deal was signed by Israel and the UAE *at the White House*", "X and Y met at the UN": what two sides
        # do together is done with each other, and "at" names where (the joint reading codes the dyad)
        cand.recipient = []
    if not any(_names_a_party(a, doc, parties) and not set(a.flags) & TOPIC_PREP_FLAGS for a in cand.recipient):
        # (a topic is no recipient: "threatening to pull funding *over Covid-19*")
        cand.recipient = _addressee(cand, doc) or cand.recipient
    if _is_verbal(tok) and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DIRECTIVE_VERBS and any(
            "object_control" in a.flags for a in cand.actor) and not any(
            roles.named_np(doc[a.head]) or any(c.dep_ in ("det", "poss") for c in doc[a.head].children)
            or _prepositional(a) for a in cand.recipient):
        # (not when the ordered act has its own target: "ordered gang members to kidnap *his son*", "ordered soldiers
        # to fire *on protesters*", "forced Honduras to solicit aid *from donors*")
        # "the government ordered *the newspaper* to suspend publication": the one who orders acts on the
        # one ordered (the event itself - a suspension - is what is imposed)
        boss = roles.subject_of(tok.head)
        if boss:
            cand.actor, cand.recipient = boss, [roles.Arg(a.head, a.start, a.end, a.flags + ["directed"])
                                                for a in cand.actor]
    if _is_verbal(tok) and (dyad := sides_of_mutual_force(tok, {h.entry.id for h in cand.hits}, cand.actor,
                                                          cand.recipient)):
        cand.actor, cand.recipient = dyad  # "Police and protesters clashed in Cairo": the first side on the others
    if len(cand.actor) > 1 and not cand.recipient and all("prep:between" in a.flags for a in cand.actor):
        # "clashes *between herders and farmers*", "the agreement between X and Y was signed": an event
        # between parties is coded as the dyad, the first acting on the others
        cand.actor, cand.recipient = cand.actor[:1], [roles.Arg(a.head, a.start, a.end, a.flags + ["between"])
                                                      for a in cand.actor[1:]]
    actor_heads = {a.head for a in cand.actor}
    if not cand.recipient and cand.actor:
        spans = set()
        for a in cand.actor:
            spans.update(range(a.start, a.end))
        for prep in tok.children:  # (nor the doer's helper: "seized the drugs *with help from the US Coast Guard*")
            if roles.backing_adjunct(prep):
                spans.update(range(prep.i, prep.right_edge.i + 1))
        cand.recipient = roles.named_in_clause(tok, spans)
        if not cand.recipient and _is_verbal(tok) and not _moves_forces(cand):
            # "reduced tariffs on $120 billion of *China's* exports": the party inside what it acts on
            for obj in [c for c in tok.children if c.dep_ == "dobj"] + [tok]:
                cand.recipient = cand.recipient or roles.party_inside(obj, parties, spans)
        for h in cand.hits:  # "remained *on alert* in North District": the phrase's own modifiers
            if not cand.recipient and h.entry.kind == "phrase" and h.end - 1 != tok.i:
                cand.recipient = roles.named_in_clause(doc[h.end - 1], spans)
        verb = noun_roles.governing_verb(tok)
        if not cand.recipient and verb is not None and tok.dep_ == "dobj":
            # "opened an investigation *into the illegal transfer of funds from NEPZA*": the parser hangs
            # the event noun's own preposition on its verb; the party inside what it names receives
            for prep in verb.children:
                obj = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in NOUN_OWN_PREPS else None
                if not cand.recipient and obj is not None and obj.i not in spans:
                    cand.recipient = roles.party_inside(obj, parties, spans) if not roles.is_party(obj, parties) \
                        else roles.participants(obj, (f"prep:{prep.lower_}",))
        if not cand.recipient and verb is not None and not noun_roles.in_time_adjunct(tok):
            # "declared a state of siege in Pando", "remained on alert in North District": the clause of
            # the verb that carries a nominal trigger (not one that an event in its time adjunct only dates:
            # "*Following the withdrawal* of the rebels, aid groups opened offices in Mali")
            cand.recipient = roles.named_in_clause(verb, spans)
    if not cand.recipient and cand.actor and cand.hits and all(h.entry.type in PHYSICAL_TARGET_TYPES for h in cand.hits):
        # "shelled ... *in Poonch district*", "imposed a curfew *in the worst-hit areas*": an act of force
        # aimed at no named party is aimed at the place it is done in
        spans = {i for a in cand.actor for i in range(a.start, a.end)}
        verb = tok if _is_verbal(tok) else noun_roles.governing_verb(tok)
        cand.recipient = roles.place_acted_in(verb if verb is not None else tok, spans)
    cand.recipient = [r for r in cand.recipient if r.head not in actor_heads]
    if tok.lemma_.lower() in FIGHT_WORDS and cand.hits and all(h.entry.type == "ASSAULT" for h in cand.hits):
        # "fought *for South Sudan*", "the struggle for independence": one fights for a cause or on
        # behalf of someone, not against it
        cand.recipient = [r for r in cand.recipient if r.flags[-1:] != ["prep:for"]]
    # A time is no party ("went on alert *for the second time*", "*Monday's* meeting"), nor a town named
    # on an event as its setting that the actors stage does not know as a party ("killed in a *Las Vegas*
    # drive-by shooting": where, not who; "a *US* air strike" stays)
    cand.actor = [a for a in cand.actor if not roles.time_phrase(doc[a.head]) and not (
        ("modifier" in a.flags or "doer_of_setting" in a.flags) and doc[a.head].ent_type_ in ("GPE", "LOC", "FAC")
        and not any(i in parties for i in range(a.start, a.end)))]
    cand.recipient = [r for r in cand.recipient if not roles.time_phrase(doc[r.head])]
    cand.actor, cand.recipient = comment_clause_roles(tok, cand.actor, cand.recipient)  # "as shown *by X*, arrested"
    cand.actor, cand.recipient = passive_relative_roles(tok, cand.actor, cand.recipient, parties)  # "men to be jailed"
    cand.actor, cand.recipient = headline_passive_roles(tok, cand.actor, cand.recipient)  # "Soldiers Arrested After"


FIGHT_WORDS = word_class("fight_words")  # one fights *for* a cause, not against it
NOUN_OWN_PREPS = {"into", "on", "against", "over", "upon"}  # "an investigation *into*", "sanctions *on*"
PERPETRATOR_FLAGS = {"possessor", "prep:by", "modifier", "participle_agent", "prep:among", "prep:between",
                     "relative_author"}
ADJUNCT_PREPS = {"at", "during", "after", "before", "amid", "since", "in"}


def _no_adjunct_recode(mod: Modality, tok: Token) -> Modality:
    """A noun in a time or place adjunct is not governed by the verb: "*At a campaign rally*, leaders
    demanded ..." is not a demand for a rally (the verb's own event is coded instead).  Nor is the attribution
    "*According to* local media, Baghdad rejected ..." (:func:`attribution_participle`) an act the verb governs."""
    if mod.recode and (tok.dep_ == "pobj" and tok.head.lower_ in ADJUNCT_PREPS and tok.head.head.i == mod.governor
                       or attribution_participle(tok)):
        return Modality(mod.status, None, None, tuple(c for c in mod.cues if not c.startswith("control:")))
    return mod


def _governor_acts(cand: Candidate, doc: Doc) -> None:
    """A governing verb that recodes the event ("*rejected* Trump's proposal", "*ordered* X to appear",
    "*refused* a request by Y") makes the event: its subject acts, and the governed event's own actor,
    when that is another party, receives ("threatened to attack Y" keeps Y: the actor is the same)."""
    mod = cand.modality
    if not (mod and mod.recode and mod.governor is not None and mod.governor != cand.token):
        return
    if any(c.dep_ == "oprd" for c in doc[mod.governor].children):
        return  # "Trump *called* the Democrats' investigation a witch hunt": naming it is no part in it
    gov_actor = roles.subject_of(doc[mod.governor]) or _doer_of_governing_noun(doc[mod.governor])
    if not gov_actor:
        if roles.passive(doc[mod.governor]) and any("object_control" in a.flags for a in cand.actor):
            # "members, who have been *asked* to choose": the one asked does not ask; no asker is named
            cand.actor, cand.recipient = [], cand.actor
        return
    taken = {i for a in gov_actor for i in range(a.start, a.end)}
    inner = [a for a in cand.actor if not taken & set(range(a.start, a.end))]
    other_party = bool(inner) and len(inner) == len(cand.actor) and doc[inner[0].head].pos_ != "PRON"
    if other_party:
        # (a pronoun there - "agreed to an expansion of *its* force" - is the governor's subject again)
        cand.recipient = inner
    cand.actor = gov_actor
    obj = next((c for c in doc[mod.governor].children if c.dep_ == "dobj"), None)
    if obj is not None and obj.i != cand.token and obj.left_edge.i <= cand.token <= obj.right_edge.i \
            and not other_party and any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.ent_type_
                                                             in roles.ENTITY_LABELS) for c in obj.children):
        # "rejected *Theresa May's agreement* on withdrawal from the EU": what the governing verb takes is
        # its own object, someone's plan or proposal that holds the governed event - its owner receives
        # (found later, as the party inside it); not an amount ("pledged $2 billion in aid to X")
        cand.recipient = roles.participants(obj, ("governor_object",))
    if not cand.recipient:  # "pledged $2 billion in aid *to the Philippines*": the governor's own recipient
        cand.recipient = [a for a in roles.object_of(doc[mod.governor]) if not a.start <= cand.token < a.end
                          and a.head != cand.token and not taken & set(range(a.start, a.end))]
    addressee = next((c for c in doc[mod.governor].children if c.dep_ in ("dobj", "dative")), None)
    if addressee is None and mod.recode == "REQUEST":
        addressee = _called_upon(doc[mod.governor])
    said, addressee = addressee, relative_pronoun_antecedent(addressee)  # "the envoy, *whom* the rebels asked"
    if addressee is not None and addressee.i not in taken \
            and not said.left_edge.i <= cand.token <= said.right_edge.i and roles.party_word(addressee) \
            and (_asked_over_object(mod, cand.recipient) or not any(
                roles.named_np(doc[a.head]) or (roles.actorish(doc[a.head]) and not roles.named_np(addressee))
                for a in cand.recipient)):
        # (a named addressee also beats an unnamed one: "warned *the United States* against interfering in *its
        # affairs*")
        # "warned *Taiwan* against declaring independence": the party the governing verb addresses
        # receives, not a thing the governed act is about
        cand.recipient = roles.participants(addressee, ("governor_addressee",))
    for prep in doc[mod.governor].children:  # "agreed *with his Iranian counterpart* to exchange ...": the partner
        obj = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "with" else None
        if obj is not None and obj.i not in taken and roles.party_word(obj) \
                and not _with_after_addressee(doc[mod.governor], obj):
            cand.recipient = roles.participants(obj, ("prep:with", "governor_partner"))
            break


def _dyad(sides: list[roles.Arg]) -> tuple[list[roles.Arg], list[roles.Arg]]:
    """(actor, recipient) of the sides a "between" phrase names: the first side acting on the others, as for
    "talks *between* X and Y"."""
    return sides[:1], [roles.Arg(a.head, a.start, a.end, a.flags + ["between"]) for a in sides[1:]]


GOVERNING_NOUN_DOER_FLAGS = {"possessor", "prep:by", "modifier"}


def _doer_of_governing_noun(governor: Token) -> list[roles.Arg]:
    """The doer of a governing *noun* ("*Iraq's* request for help from Iran", "a call by Kenya for support from
    the UN"): a noun has no subject, its owner or by-agent makes the request, the offer, the refusal - so the one
    the governed act names as its doer ("help *from Iran*") is the party asked, and receives.  Only the noun's own
    doer (possessor, "by" agent, a name before it), not one read off its clause."""
    if governor.pos_ != "NOUN":
        return []
    return [a for a in noun_roles.noun_actor(governor) if set(a.flags) & GOVERNING_NOUN_DOER_FLAGS] \
        or body_modifier_doer(governor)  # "an *opposition* demand for his resignation"


def _called_upon(governor: Token) -> Token | None:
    """The party a request is made of on a preposition before the act asked for ("called *on the government* to
    release ...", "prevailed *upon the rebels* to ...", "appealed *to the rebels* to lay down their arms"): the
    prepositional verb's object is its addressee, asked to do the act (``roles.CONTROL_PREPS``, which make it the
    act's doer), not what the act would be done to."""
    xcomp = next((c for c in governor.children if c.dep_ == "xcomp"), None)
    for prep in governor.children:
        if prep.dep_ == "prep" and prep.lower_ in roles.CONTROL_PREPS and xcomp is not None and prep.i < xcomp.i:
            return roles.prep_object(prep)
    return None


def _asked_over_object(mod: Modality, recipient: list) -> bool:
    """A request is aimed at the one asked, not at what the act asked for would be done to: "called on the
    government to release *political prisoners*" asks the government (PLOVER REQUEST: the party asked to act).
    Only over the asked act's plain object; a target it is aimed against stays ("called on workers to mobilize
    *against* the war")."""
    return mod.recode == "REQUEST" and bool(recipient) and all(a.flags[:1] == ["object"] for a in recipient)


def _with_after_addressee(governor: Token, obj: Token) -> bool:
    """Is the "with" phrase of a governing verb what the act is done with, not whom with?  After a party the verb
    addresses, "with" names the means or the content ("threatened *Venezuela* with new sanctions", "charged *him*
    with murder", "presented *the minister* with demands"), and an event noun is never a partner ("threatened
    them with *a new offensive*"): the one addressed stays the recipient."""
    if event_noun_word(obj):
        return True
    return any(c.dep_ in ("dobj", "dative") and c.i < obj.i and roles.party_word(c) for c in governor.children)


TOPIC_PREP_FLAGS = {"prep:over", "prep:about"}


def _prepositional(arg: roles.Arg) -> bool:
    """Is the recipient introduced by a preposition of its own ("fire *on* protesters", "aid *from* donors"), not a
    topic ("*over* Covid-19")?"""
    return any(f.startswith("prep:") and f not in TOPIC_PREP_FLAGS for f in arg.flags)


# Verbs that deliver a message: "Trump *sent* a letter to the head of the WHO threatening to pull funding".
MESSAGE_VERBS = word_class("message_verbs")


def _addressee(cand: Candidate, doc: Doc) -> list[roles.Arg]:
    """The one a message is sent to receives what the message says, when what it says names no party
    ("sent a letter *to the head of the WHO* threatening to pull US funding": the threat is aimed at
    the addressee).  The message is a participle clause of the sending verb."""
    top = doc[cand.modality.governor] if cand.modality and cand.modality.recode and cand.modality.governor is not None \
        else doc[cand.token]
    send = top.head
    if top.dep_ not in ("advcl", "acl") or top.tag_ != "VBG":
        return []
    if sending_verb_of_addressee(top) is not None:  # ("written to Tony Blair *demanding* ...": hung on Blair)
        return roles.participants(send, ("addressee",))
    if send.pos_ == "NOUN" and send.dep_ == "dobj":  # ("a letter threatening ...": the letter's verb)
        send = send.head
    if send.lemma_.lower() not in MESSAGE_VERBS:
        return []
    for child in send.children:
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            obj = roles.prep_object(child)
            if obj is not None and roles.actorish(obj):
                return roles.participants(obj, ("addressee",))
    return []


PHYSICAL_TARGET_TYPES = {"ASSAULT", "COERCE"}


def _names_a_party(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Does the participant name an actor (an actors-stage mention, a name, a pronoun, a count of parties)?"""
    head = doc[arg.head]
    if "place_target" in arg.flags:
        return False  # a place an attack is aimed at stands in for a target; a party found later wins
    if head.ent_type_ in roles.THING_NAME_LABELS and head.i not in covered:
        return False  # the name of a thing: "the *Minsk* Agreement" names a treaty, not a party
    return (any(i in covered for i in range(arg.start, arg.end)) or roles.named_np(head)
            or roles.quantified_party(head))


def _parties_inside(args: list[roles.Arg], doc: Doc, covered: dict[int, Mention], exclude: set[int],
                    against_only: bool = False) -> list[roles.Arg]:
    """Each participant headed by a thing is replaced by the party inside it, if there is one
    (:func:`roles.party_inside`), also one headed by a cooperative event noun ("a suspension of aid *in
    Yemen*"); another event noun stays ("condemned the attack on a church": the attack, not its victim -
    its doer, when named, was put there by :func:`find_arguments`)."""
    nouns = lexicon().nouns
    own = {covered[i].actor.country for i in exclude if i in covered and covered[i].actor.country}
    out: list[roles.Arg] = []
    for arg in args:
        head = doc[arg.head]
        deed = any(e.type not in COOPERATIVE_NOUN_TYPES for e in nouns.get(head.lemma_.lower(), nouns.get(head.lower_, ())))
        # (forces moved for a deed are moved against its target: "mobilized troops for a battle *against X*")
        inner = [] if ("destination" in arg.flags or roles.is_party(head, covered) or roles.quantified_party(head)
                       or (deed and not against_only)) else roles.party_inside(head, covered, exclude)
        if inner and inner[0].flags[-1] in ("compound", "amod", "nmod") and covered.get(inner[0].head) is not None \
                and covered[inner[0].head].actor.country in own:
            inner = []  # the actor's own nationality on a thing: "increasing *U.S.* oil purchases" (the US acting)
        if against_only and not any(f in ("prep:against", "prep:on", "prep:upon") for a in inner for f in a.flags):
            inner = []
        for a in [roles.Arg(a.head, a.start, a.end, arg.flags + a.flags) for a in inner] or [arg]:
            if not any(a.start < b.end and b.start < a.end for b in out):
                out.append(a)
    if any(_names_a_party(a, doc, covered) for a in out):  # "Lebanon's sovereignty and stability": Lebanon
        out = [a for a in out if _names_a_party(a, doc, covered)]
    return out


def _country_it_is_in(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> roles.Arg:
    """"sent troops to the UN peacekeeping force *in South Sudan*", "food aid to 300,000 people *in
    northeast Nigeria*": help or forces sent to people, an international body, or a body of the
    place itself go to the place they are in."""
    head = doc[arg.head]
    m = covered.get(arg.head)
    if head.ent_type_ in ("GPE", "NORP") or any(c.dep_ == "poss" for c in head.children):
        return arg  # (a country, or someone's own: "Cramer's bid in North Dakota")
    if m is not None and m.actor.sector in ARMED_RECIPIENT_SECTORS:
        return arg  # an armed group is a party of its own: "Iran *armed the rebels in Yemen*" (session 38)
    # (also through a participle describing them: "those *affected in* Yemen", "people displaced in Darfur")
    participles = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for prep in [*head.children, *(p for v in participles for p in v.children)]:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            place = roles.prep_object(prep)
            here = covered.get(place.i) if place is not None else None
            # (a UN/AU/NATO force is where it serves)
            if m is not None and m.actor.country and m.actor.country not in INTERGOVERNMENTAL_CODES and (
                    here is None or here.actor.country != m.actor.country):
                return arg  # a national body keeps its country ("the Nigerian army in Mali")
            if place is not None and place.ent_type_ in ("GPE", "LOC"):
                lo, hi = roles.np_span(place)
                return roles.Arg(place.i, lo, hi, arg.flags + ["destination"])
    return arg


def _can_act(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Can this subject be an actor?  Not a lone singular thing with no name in it ("the pregnancy",
    "this flapping motion", "compensation", "the most prevailing scheme"): an actor is a person,
    group, organisation or country - an actors-stage mention or a name anywhere in the phrase, a
    pronoun, a plural ("protesters", "officials"), a count of parties, a body of people ("a group of
    asylum-seekers"), or a noun of force standing for its perpetrators ("a car bomb killed ...", as
    PLOVER coders code it)."""
    head = doc[arg.head]
    if any(i in covered or doc[i].ent_type_ in roles.ENTITY_LABELS for i in range(arg.start, arg.end)):
        return True
    if head.pos_ in ("PROPN", "PRON") or head.tag_ in ("NNS", "NNPS") or roles.quantified_party(head):
        return True
    if _title_case_name(head):
        return True
    if roles.is_party(head, covered):  # "the man *who* killed the mayor": a who-clause describes a person
        return True
    if "said_to_act" in arg.flags:  # "arrested *a man* they say opened fire": so does a clause that says it acted
        return True
    if head.lemma_.lower() in STATE_NOUNS and any(c.dep_ == "poss" for c in head.children):
        return True  # "*his country* will not lift the ban"
    if head.lemma_.lower() in BODY_NOUNS and any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children):
        return True  # "*The party* expelled the lawmaker", "*a parliamentary committee* condemned ..."
    nouns = lexicon().nouns
    entries = nouns.get(head.lemma_.lower(), nouns.get(head.lower_, ()))
    if not entries and any(c.dep_ == "prep" and c.lower_ == "of" and (o := roles.prep_object(c)) is not None
                           and (o.tag_ in ("NNS", "NNPS") or o.i in covered)
                           and o.lemma_.lower() not in nouns for c in head.children):  # (not "a wave of protests")
        return True  # a body of people: "a group *of asylum-seekers*" (not an event: "the killing of protesters")
    return any(e.type in PHYSICAL_TARGET_TYPES for e in entries)


def _title_case_name(head: Token) -> bool:
    """"*Jurisdiction* for Peace ordered ...": a capitalised noun whose "for"/"of" object is a capitalised
    common word the tagger knows no entity in heads a body's name the small model missed (at the start of
    a sentence it tags the name's words as nouns).  (Not "Support for *Ukraine*", "Calls for *Trump*":
    a place or a person is no part of a name here.)"""
    if not head.text.istitle() or head.pos_ != "NOUN":
        return False
    for prep in head.children:
        obj = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in ("for", "of") else None
        if obj is not None and obj.i == prep.i + 1 == head.i + 2 and obj.text.istitle() and not obj.ent_type_ \
                and not obj.like_num:
            return True
    return False


def _object_does_the_deed(verb: Token) -> bool:
    """"accused *a vigilante group* in Mexico of being a front", "blamed *the gang* for attacking ...": the verb's
    object is the understood subject of the gerund its "of"/"for" complement holds (object control: the group is
    the one *being* a front), so it is someone who acts - a party, named or not - and the one the verb is aimed at,
    never the place the clause also names."""
    if not _is_verbal(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return False
    for prep in verb.doc[obj.i + 1:verb.right_edge.i + 1]:
        # (on the verb, on the object or, as the parser may hang it, on a place phrase after the object: "accused
        # a network in northern Brazil *of smuggling* gold"; never inside a clause of its own)
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children) and _in_clause_of(prep, verb):
            return True
    return False


def _property_before_owner(verb: Token, recipient: list[roles.Arg]) -> list[roles.Arg]:
    """The property a verb of attack destroys (its object, of the class ``property_words``: houses, shops, vehicles)
    when every recipient found is the owner named on that property - on "of", a possessive, or a participle of owning
    (``ownership_verbs``: "belonging to", "owned by") - "torched three vehicles *of a stone crusher unit*", "set fire to
    shops *belonging to* traders": what is burned or wrecked is the target; the owner suffers it through the thing
    (session 31, design recall samples).  Not people carried or found in it ("bombed a bus *carrying soldiers*": they
    are the target), not a party as the object ("attacked the convoy *of the governor*": a convoy is no property)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    property_words = agentless_words("property_words")
    if obj is None or not recipient or not in_class(obj, property_words):
        return []
    things = {t.i for t in (obj, *obj.conjuncts) if in_class(t, property_words)}
    if not all(_owner_of(verb.doc[r.head], things) for r in recipient):
        return []
    return [a for a in roles.participants(obj, ("object", "property")) if a.head in things]


OWNERSHIP_VERBS = word_class("ownership_verbs", "partner_nouns.tsv")


def _owner_of(party: Token, things: set[int]) -> bool:
    """Is ``party`` named as the owner of one of the property tokens ``things``: on its "of" phrase, as its possessor
    or on a participle of owning on it ("shops *belonging to* X", "trucks *owned by* X"), also as a conjunct of
    such an owner?"""
    tok = party
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "poss":
        return tok.head.i in things
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        prep = tok.head
        if prep.lower_ == "of" and prep.head.i in things:
            return True
        link = prep.head  # ("belonging *to* X", "owned *by* X": the participle the phrase hangs on)
        return link.dep_ == "acl" and link.head.i in things and in_class(link, OWNERSHIP_VERBS)
    return False


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Is ``tok`` inside ``verb``'s own clause (its head chain reaches the verb through no clause of its own)?"""
    while tok.i != verb.i:
        if tok.dep_ in roles.CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _named_party_in_clause(tok: Token, exclude: set[int]) -> list[roles.Arg]:
    """A named participant in the trigger's clause or in a clause it controls ("agreed to set up ... in Y");
    none when the trigger's object is who did the deed its gerund complement names (:func:`_object_does_the_deed`)."""
    if _object_does_the_deed(tok):
        return []
    # (not a place fronted before the subject: "*In Chile*, a drug ring was accused ..." - roles.frame_setting_places)
    exclude = exclude | roles.frame_setting_places(tok)
    found = roles.named_in_clause(tok, exclude)
    for child in tok.children:
        if found:
            break
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found = roles.named_in_clause(child, exclude)
    return found
