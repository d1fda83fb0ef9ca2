"""Who did it and to whom: actor and recipient of a trigger, read off the dependency parse.

Rules (spaCy English dependency labels):
- verbs: the subject acts (``nsubj``); a passive's ``by`` agent acts and its subject (``nsubjpass``)
  receives; the object (``dobj``, ``dative``) or a prepositional object (to/with/against/on/...)
  receives.  When the object is the thing acted on ("cut *aid* to the government"), the recipient is
  found on the object's own prepositions.  A verb without a subject borrows it from the verb it is
  coordinated with or that controls it ("deposed Bazoum and placed him ..."; "agreed to meet").
- relative clauses: "the junta *that toppled* the president" - the noun the clause modifies acts.
- reported speech: "Miller said Washington was aware" - the subject of the reported clause acts, not
  the speaker; a pronoun subject of the reported clause ("announced that *it* was terminating")
  refers back to the speaker.
- coordination gives several participants ("the United States and France").
Whether a noun phrase names a party, and the party inside a thing, are in :mod:`dateline.events.parties`;
the roles of event nouns ("Israel's air strike", "X held talks with Y") in :mod:`dateline.events.noun_roles`.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.events.addressed_messages import sending_verb_of_addressee
from dateline.events.clause_parts import _indefinite, first_conjunct  # (_indefinite: PREC's indefinite article test)
from dateline.events.headline_passives import OBJECT_VERBS, headline_subject
from dateline.events.lexicon import event_noun_word, force_gerund, lexicon, sentence_hits
from dateline.events.parties import (  # noqa: F401  (re-exported: the participant primitives)
    CAUSE_PREPS, ENTITY_LABELS, FINITE_TAGS, MEASURE_LABELS, NON_PARTICIPANT_LABELS, OF_COMPLEMENT_VERBS, RELATIVE_PRONOUNS,
    PARTY_NAME_LABELS,
    THING_NAME_LABELS, VICTIM_NOUNS, Arg, participants, _is_entityish, prep_object, actorish, cause_owner, dateline_end, entity_bounds,
    sentence_dateline_end, VISITING_VERBS,
    fronted_adjunct, is_party, named_np, np_span, own_forces, party_inside, party_word, place_read_as_infinitive_subject,
    quantified_party, time_phrase, to_infinitive, transfer_goal,
)
from dateline.events.patients import noun_patient, of_patient, patient_noun  # noqa: F401  (noun_patient re-exported)
from dateline.events.political import political_actors, political_noun
from dateline.events.tables import in_class, layer_doubt_row, word_class

RECIPIENT_PREPS = {"to", "with", "against", "on", "from", "for", "at", "into", "toward", "towards", "over",
                   "upon", "in", "of", "between", "among", "across"}
STRONG_RECIPIENT_PREPS = ("against", "on", "upon", "to", "with", "into", "toward", "towards", "from", "out", "for",
                          "at", "over", "between", "among", "of", "in")  # ("mediate *between* X and Y")
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "xcomp", "pcomp"}
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# (The lexical word classes of this module are data: data/word_classes.tsv, which says why each word is in.)
MOTION_VERBS = word_class("motion_verbs")  # "*came out* slightly wounded": the participle is the subject's state
SUFFERING_VERBS = word_class("suffering_verbs")  # "died in ...", "was injured in ...": the sufferer did not do it
SPEECH_HEADS = word_class("speech_heads")  # "Miller *said* Washington was aware": the reported clause's subject acts
SAID_TO_ACT_VERBS = SPEECH_HEADS | word_class("repute_verbs")  # "a man they *say*/*believe* opened fire"
# Nouns for texts that speak for their author ("a statement criticising X").
DOCUMENT_NOUNS = word_class("document_nouns")
# Nouns of backing ("help", "support", "assistance", "backing"): see :func:`backing_adjunct`.
BACKING_NOUNS = word_class("backing_nouns")


def backing_adjunct(prep: Token) -> bool:
    """A "with" phrase of a verb whose object is a noun of backing: "seized the cocaine *with help from the US Coast
    Guard*", "recaptured Mosul *with the help of US air strikes*", "*with Russia's support*".  In English such a
    phrase says how the act was done and who stood behind its doer (a helper on the doer's side, as "along with" names
    a co-actor): never whom the act is done to, so no recipient is taken from it.  ("supplied the rebels *with*
    weapons" names what is given: weapons are no noun of backing.)"""
    if prep.dep_ != "prep" or prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    obj = prep_object(prep)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in BACKING_NOUNS


def named_in_clause(tok: Token, exclude: set[int], depth: int = 3) -> list[Arg]:
    """Last resort for a recipient: the nearest named participant inside the trigger's own clause
    ("participate in operations in *Afghanistan*"), not crossing into another clause."""
    frontier, seen = [tok], {tok.i}
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i in seen or c.dep_ in CLAUSE_DEPS or c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" \
                        or backing_adjunct(c):  # (the doer's helper: "with help *from the US Coast Guard*")
                    continue
                seen.add(c.i)
                if c.i not in exclude and c.ent_type_ in ENTITY_LABELS and c.pos_ in ("PROPN", "NOUN", "ADJ") \
                        and c.dep_ in ("pobj", "dobj", "compound", "amod", "poss", "nmod", "appos"):
                    return participants(c, ("named_in_clause",))
                nxt.append(c)
        frontier = nxt
    return []


# Prepositions that set an act of force in a place, and common nouns of places ("in *the worst-hit areas*").
PLACE_PREPS = {"in", "along", "across", "at", "near", "inside", "into", "around", "on", "onto", "upon"}
PLACE_NOUNS = word_class("place_nouns")


def place_acted_in(tok: Token, exclude: set[int], depth: int = 4) -> list[Arg]:
    """Where an act of force with no party acted on is done: a named place or a place noun on a
    locative preposition of the trigger, of the verbs coordinated with it (they share its actor:
    "shelling with mortars and firing small arms *in Poonch district*") or of its manner gerund
    ("violated the ceasefire *by shelling* ... in X").  PLOVER takes a location as the target when an
    attack or restriction is aimed at a place and no one is named."""
    start = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and not any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    frontier, seen = start, {t.i for t in start}
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i in seen or c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" or (
                        c.dep_ in CLAUSE_DEPS and not (c.dep_ in ("pcomp", "conj") and c.pos_ == "VERB"
                                                       and not any(g.dep_ in SUBJECT_DEPS for g in c.children))):
                    continue
                seen.add(c.i)
                place = prep_object(c) if c.dep_ == "prep" and c.lower_ in PLACE_PREPS else None
                if place is not None and place.i not in exclude and (
                        place.ent_type_ in ("GPE", "LOC", "FAC") or (
                        place.pos_ == "NOUN" and place.lemma_.lower() in PLACE_NOUNS and actorish(place))):
                    return participants(place, ("place_target",))
                nxt.append(c)
        frontier = nxt
    return []


def _dateline_before_subject(child: Token, verb: Token) -> bool:
    """Is ``child`` a news dateline the parser made a subject of ``verb`` beside the real subject after it ("BERLIN -- A
    court ... convicted", "SCOTTSDALE, AZ - A 28-year-old man is accused")?"""
    return child.i < sentence_dateline_end(child) and any(
        c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and c.i > child.i for c in verb.children)


def _after_dateline(args: list[Arg], child: Token) -> list[Arg]:
    """``args`` without a news dateline the phrase begins with ("IRNA - Secretary-General ...", "SCOTTSDALE, AZ - A
    28-year-old man"): the dateline is not part of the party."""
    end = sentence_dateline_end(child)
    for a in args:
        if a.start < end <= a.head:
            a.start = end
    return args


def _subject(child: Token) -> list[Arg]:
    """The subject ``child``, skipping a news dateline the parser took for it: the noun phrase after
    the dateline (a sibling subject or an apposition inside the dateline's subtree) acts instead."""
    end = sentence_dateline_end(child)
    if child.i >= end:
        return _after_dateline(participants(child), child)
    for sib in child.head.children:
        if sib.dep_ in SUBJECT_DEPS and sib.i >= end:
            return participants(sib)
    for t in child.subtree:
        if t.i >= end and t.head.i < end and t.pos_ in ("NOUN", "PROPN", "PRON"):
            return participants(t, ("after_dateline",))
    return []


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause is about.  The parser hangs it on the nearest noun, but a noun after "as" in a
    participle on another noun ("smugglers *posing as* aid workers who were detained", "men *disguised as*
    police officers who attacked the bank") only says what those people passed for: the relative pronoun takes up the
    people the participle describes, not the role they played (session 31)."""
    noun = clause.head
    person = _person_before_time_phrase(clause)
    if person is not None:
        return person
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # (the last of coordinated targets: "against a union and *a humanitarian organization*")
    target_prep = first.head if first.dep_ == "pobj" else None
    prep = noun.head if noun.dep_ == "pobj" else None
    if target_prep is not None and _target_of_attack(target_prep) and _attack_noun(target_prep.head) and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in ("which", "that") for c in clause.children) and _toll_told(clause):
        # "the dynamite *attacks against* a union and a humanitarian organization, *which killed* 9 people": what
        # killed is the attack, not its target the parser hung the clause on (session 48, a probe of unjudged news)
        return target_prep.head
    if prep is not None and prep.lower_ == "in" and prep.dep_ == "prep" and noun.ent_type_ in ("GPE", "LOC") \
            and prep.head.pos_ == "NOUN" and not prep.head.ent_type_ and noun.i + 1 < len(noun.doc) \
            and noun.doc[noun.i + 1].is_punct and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("which", "who")
                                                      for c in clause.children):
        # "the special court in Sierra Leone, *which has issued* an international warrant": the body set in the place,
        # not the place ("where" is the place's: not this) (session 49, a probe of unjudged news)
        return prep.head
    if prep is None or prep.lower_ != "as" or prep.dep_ != "prep":
        return noun
    part = prep.head
    if part.dep_ == "acl" and part.tag_ in ("VBG", "VBN") and part.head.pos_ in ("NOUN", "PROPN"):
        return part.head
    return noun


def _person_before_time_phrase(clause: Token) -> Token | None:
    """The name or noun right before a time phrase that stands between it and the clause's "who" ("support for its
    founder Steve Jobs *last night who* has been accused"): "who" takes up that person, whatever word the parser hung
    the clause on (session 49, a probe of unjudged news)."""
    doc = clause.doc
    who = next((c for c in clause.children if c.lower_ in ("who", "whom") and c.i < clause.i), None)
    if who is None or who.i == 0 or doc[who.i - 1].ent_type_ not in ("DATE", "TIME"):
        return None
    k = who.i - 1
    while k > 0 and doc[k].ent_type_ in ("DATE", "TIME"):
        k -= 1
    before = doc[k]
    return before if before.pos_ in ("PROPN", "NOUN") and k < who.i - 1 else None


# Prepositions that name the target of an attack ("attacks *against* a union", "a raid *on* the village").
TARGET_PREPS = {"against", "on", "at"}
THING_DOER_LABELS = ("PERSON", "NORP", "ORG")  # names of those who act: "the attack *of the Taliban*"


def _target_of_attack(prep: Token) -> bool:
    """Does the preposition name what an attack is aimed at: "against", "on", "at", or "of" with no party after it
    ("the torching *of the Sabarmati Express*", not "the attack *of the militants*")?  Session 56, blind sample 9."""
    if prep.lower_ in TARGET_PREPS:
        return True
    obj = prep_object(prep) if prep.lower_ == "of" else None
    return obj is not None and obj.ent_type_ not in THING_DOER_LABELS and not political_noun(
        obj, political_actors().nouns) and obj.tag_ not in ("NNS", "NNPS")


def _violent_clause_before(verb: Token) -> Token | None:
    """The verb of a relative clause of violence that ends right before the participle of a toll hung on the main verb
    ("searching for the gunman *who opened fire* in the parking lot, *killing* one person"), or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or not (
            verb.lemma_.lower() in TOLL_VERBS or verb.lemma_.lower() in BULLET_VERBS):
        return None
    end = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    for tok in verb.doc[verb.head.i + 1:end + 1]:
        if tok.dep_ == "relcl" and tok.right_edge.i == end and (_violent_verb(tok) or _gun_fired(tok)):
            return tok
    return None


# A bullet's hitting someone ("..., *striking* the child's finger") and the verbs of firing a gun named as their object
# ("a child that had *discharged a firearm*"): data/word_classes.tsv, session 53.
BULLET_VERBS = word_class("bullet_verbs")
GUN_FIRING_VERBS = word_class("gun_firing_verbs")


def _gun_fired(verb: Token) -> bool:
    """Does the verb fire a gun named as its object ("had accidentally *discharged a firearm*", "*fired* his pistol")?
    The lexicon reads no attack there (no one is aimed at), but a participle of a bullet hitting after it is its
    shooter's (session 53, a probe of unjudged news)."""
    return verb.lemma_.lower() in GUN_FIRING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in layer_doubt_row("instrument_doer")[2] for c in verb.children)


def _violent_verb(tok: Token) -> bool:
    """Does the lexicon read the verb as an act of force in its sentence, by itself or as a phrase with its object
    ("attacked", "opened *fire*")?"""
    return any(h.entry.type == "ASSAULT" for h in sentence_hits(tok).get(tok.i, ()))


def _toll_told(verb: Token) -> bool:
    """Does the verb tell a toll - killing, wounding or claiming a number of people or lives ("which *killed 9 people*",
    "which *claimed* 30 *lives*")?  Only an attack does that; a target may fight back ("the Lashkar, *which has been
    fighting* the TTP")."""
    return verb.lemma_.lower() in TOLL_VERBS and any(
        c.dep_ == "dobj" and (any(g.dep_ == "nummod" for g in c.children) or c.like_num or in_class(c, TOLL_COUNTS))
        for c in verb.children)


TOLL_VERBS = word_class("toll_verbs")  # "which *killed* 9 people", "*killing* one person"
TOLL_COUNTS = word_class("toll_counts")  # "which killed *scores* of karsevaks"


def _attack_noun(tok: Token) -> bool:
    """Is the word a noun the lexicon reads as an act of force (ASSAULT: "attack", "bombing", "raid"), or the gerund of
    a verb of force it lists as a verb only ("the *torching* of the Sabarmati Express")?"""
    return tok.pos_ == "NOUN" and (any(e.type == "ASSAULT" for e in lexicon().nouns.get(tok.lemma_.lower(), ()))
                                   or force_gerund(tok))


# Prepositions of a route: what a participle hung on their object does is done by the one moving along it.
ROUTE_PREPS = {"into", "through", "onto", "across", "inside", "along", "toward", "towards"}
CROWD_NOUNS = word_class("crowd_nouns")


def _mover_of_participle_on_route(part: Token) -> Token | None:
    """The verb of motion whose subject does what a participle describes, when the parser hung the participle
    on the place moved into: "members *stormed* into the university offices *shouting* slogans", "marched
    through the streets *chanting*" - the offices and streets do not shout (session 40).  Only a common noun
    that names no party (no name, no count of people, no who-clause, no crowd) is taken for the place."""
    place = part.head
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ROUTE_PREPS or prep.head.pos_ != "VERB":
        return None
    if place.pos_ != "NOUN" or place.ent_type_ or is_party(place) or part.i < place.i \
            or in_class(place, CROWD_NOUNS):
        return None
    return prep.head


def subject_of(verb: Token, depth: int = 0) -> list[Arg]:
    """The acting participant of a verbal trigger (see module docstring)."""
    if depth > 4 or _participle_after_bare_preposition(verb):
        return []
    # (the parser sometimes hangs the subject on an auxiliary: "Egypt and Qatar *are* mediating"; on a passive's
    # auxiliary it is the one acted on, :func:`subject_on_passive_auxiliary`)
    aux_subjects = [g for c in verb.children if c.dep_ == "aux" and c.i < verb.i
                    for g in c.children if g.dep_ in SUBJECT_DEPS]
    partner_doer = _doer_beside_partner(verb)
    if partner_doer is not None:  # "*Gbagbo* broke a ceasefire with rebels bombing their positions": Gbagbo bombs
        return _subject(partner_doer)
    if place_read_as_infinitive_subject(verb) and depth < 4:  # "would be visiting *Syria to investigate*": the
        return subject_of(verb.head, depth + 1)  # visitors investigate
    # ("found *three men* shot dead", "one person was killed and *three others wounded*": the one shot, no doer)
    small_clause = bare_passive(verb) or reduced_allegation(verb)
    for child in [*verb.children, *aux_subjects]:
        if child.dep_ in SUBJECT_DEPS and not small_clause:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                head = relative_antecedent(verb)
                # (an antecedent above the noun the clause hangs on holds the clause: cut it off the doer's phrase)
                return _document_author(head, depth) or _ended_before(
                    participants(head, ("relative_clause",)), verb.left_edge.i)
            if _dateline_before_subject(child, verb):
                continue  # "BERLIN -- A court ... convicted": the later subject acts
            true_subject = subject_after_attribution(child, verb)
            if true_subject is not None:  # "According to Minister X, *the Coast Guard* seized ...": the Coast Guard
                return participants(true_subject, ("after_attribution",))
            return _subject(child)
        if child.dep_ == "agent":
            obj = prep_object(child)
            if obj is not None:
                return participants(obj, ("passive_agent",))
    if causative_passive(verb):
        causer = _causer(verb)
        if causer is not None:  # "*the minister* had the journalists arrested": who has it done does it
            return participants(causer, ("causer",))
        if verb.dep_ == "advcl":
            return []  # ("the judge had *his* decisions *overturned*": what befell him, no doer named)
    subject = _subject_read_as_preposition_object(verb)
    if subject is not None:  # "... were killed *as a suicide bomber* rammed his car into ...": the bomber rams
        return participants(subject, ("clause_subject",))
    if passive(verb):
        by = next((p for c in verb.children if c.dep_ in ("dobj", "oprd", "attr") for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "by"), None)
        obj = prep_object(by) if by is not None else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            # "was branded a betrayal *by the unions*", "was labelled a mistake *by X*": the parser hangs the
            # passive's by-agent on its object complement
            return participants(obj, ("passive_agent",))
        by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        obj = prep_object(by) if by is not None else None
        if obj is not None and obj.ent_type_ in PARTY_NAME_LABELS:
            # "were granted asylum *by Germany*": the parser made the by-agent of a passive with an object a plain
            # preposition; a name of a party there is the doer (session 56, a news diagnostic)
            return participants(obj, ("passive_agent",))
    if verb.dep_ == "relcl" and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return participants(verb.head, ("relative_clause",))
    said_doer = object_said_to_act(verb)
    if said_doer is not None:  # "Police arrested *a man* they say *opened fire*": the man, not the police
        return participants(said_doer, ("relative_clause", "said_to_act"))
    root_noun = _noun_root_subject(verb)
    if root_noun is not None:
        # (the verb's own clause hangs inside the noun phrase: not part of its subject)
        return _ended_before(_subject(root_noun), verb.left_edge.i)

    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        head = verb.head
        send = sending_verb_of_addressee(verb)
        if send is not None and depth < 3:  # "has written to Tony Blair *demanding* ...": the writer demands
            return [Arg(a.head, a.start, a.end, a.flags + ["message_sender"]) for a in subject_of(send, depth + 1)]
        told = _told_of(head)
        if told is not None:  # "multiple *reports of armed pirates boarding* ships": the pirates board (session 48)
            return participants(told, ("participle", "reported_of"))
        author = _document_author(head, depth)  # "X released a statement criticising Y": its author acts
        if author:
            return author
        if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.lower_ in layer_doubt_row("instrument_doer")[2] \
                and depth < 3:
            # "Iran launched *missiles targeting* US troops": the weapon's user acts, not the weapon (session 47)
            return [Arg(a.head, a.start, a.end, a.flags + ["weapon_user"]) for a in subject_of(head.head, depth + 1)]
        mover = _mover_of_participle_on_route(verb)
        if mover is not None and depth < 3:
            return subject_of(mover, depth + 1)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and _place_word(head):
            # "with *residents* of border regions *protesting* the disruption": the people of the place act, not the
            # place the parser hung the participle on (session 49, a probe of unjudged news)
            # (the participle's own clause hangs inside the phrase: not part of the doer)
            return _ended_before(participants(head.head.head, ("participle",)), verb.i)
        above = _doer_above_place(verb)
        if above is not None and depth < 3:
            # "Capriles led a march in Caracas and 17 Venezuelan *states*, *demanding* security": a place does not
            # act; the participle set off after it tells what the clause's doer did (session 56, blind sample 9)
            if above.pos_ in ("VERB", "AUX"):
                return [Arg(a.head, a.start, a.end, a.flags + ["participle"]) for a in subject_of(above, depth + 1)]
            return _ended_before(participants(above, ("participle",)), verb.i)
        if head.i < sentence_dateline_end(head):
            # "new delhi: *expressing* outrage at ..., opposition parties ... agitated": the parser hung the participle
            # on the dateline, which does nothing (session 50, a probe of unjudged news)
            return []
        return participants(head, ("participle",))  # "troops loyal to X, attacking Y"
    higher = _finite_conjunct_of_infinitive(verb)
    if higher is not None and depth < 4:  # "arranged for troops to be available and *has requested* ...": the arranger
        return subject_of(higher, depth + 1)
    if verb.dep_ == "conj" and not passive(verb):
        own = subject_before_own_auxiliary(verb)  # "X has shut its embassy and *France* ... *have recalled*"
        if own is not None:  # (not the object conjuncts before it the parser coordinated it with)
            return [Arg(a.head, a.start, a.end, a.flags + ["own_clause"]) for a in _subject(own) if a.head >= own.i]
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if passive(verb):
            # "three people *were shot*" after "police are investigating", "was driving the car and *was
            # shot*", "will be processed and *deported*": a passive's subject is acted on, so it inherits
            # no doer from another clause - only the by-agent of a passive it is coordinated with
            # ("was arrested by police and *charged*")
            return [a for a in subject_of(verb.head, depth + 1) if "passive_agent" in a.flags] \
                if verb.dep_ == "conj" else []
        if verb.dep_ in ("xcomp", "advcl") and passive(verb.head) and to_infinitive(verb):
            # "the prosecutor *was asked* by the government *to investigate*", "was urged to resign": the
            # one asked (the passive's subject) does what it is asked, not the one asking (for a clause of
            # purpose only a party: "aid was sent by the UN to help refugees" - the UN helps)
            subj = next((c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if subj is not None and (verb.dep_ == "xcomp" or _is_entityish(subj) or actorish(subj)):
                if subj.lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
                    return participants(verb.head.head, ("relative_clause", "object_control"))
                return [Arg(a.head, a.start, a.end, a.flags + ["object_control"]) for a in _subject(subj)]
        if verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS and verb.i > verb.head.i \
                and not any(c.dep_ == "aux" for c in verb.children) \
                and any(c.dep_ == "prep" and c.i < verb.i for c in verb.children):
            # a finite clause after the main one whose subject the parser took for the object of its subordinator read
            # as a preposition ("Crews have begun closing the well, *after an explosion* there in April *killed* 11
            # people"): the main clause's subject did not do it (session 46, a probe of unjudged news)
            return []
        if _participle_read_as_clause(verb):
            # "to stabilise *the exchange rates agreed* at last month's meeting of Finance Ministers": a bare
            # participle right after a noun, which the parser made a clause of the main verb, describes that noun and
            # was done by others, not by the main subject (session 48, a probe of unjudged news)
            return []
        absolute = _with_absolute_subject(verb)
        if absolute is not None:  # "wooing older voters *with both the Tories and Lib Dems pledging* higher pensions"
            return participants(absolute, ("with_absolute",))
        topic_doer = _doer_in_topic(verb)
        if topic_doer is not None:
            # "refused to comment *on* pmo official shatruhan *singh accepting* the shila": the act talked about is the
            # named one's, not the speaker's (session 49, a probe of unjudged news)
            return participants(topic_doer)
        interrupted = _clause_interrupted_by_report(verb)
        if interrupted is not None and depth < 4:
            # "The criminal network works with the Sinaloa Cartel, *the minister said*, *coordinating* the arrival of
            # drug shipments": the participle goes on with the clause the report interrupts (session 49, a probe)
            return subject_of(interrupted, depth + 1)
        shooter = _violent_clause_before(verb)
        if shooter is not None and depth < 4:
            # "Police are searching for the gunman *who opened fire* in the parking lot, *killing* one person": the toll
            # follows the violence told just before it, not the main clause (session 48, a probe of unjudged news)
            return subject_of(shooter, depth + 1)
        returned = _fire_returned_before(verb)
        if returned is not None:  # "fired on the soldiers, *who shot back*, killing one woman": the soldiers killed
            return participants(relative_antecedent(returned), ("relative_clause", "returned_fire"))
        inherited = subject_of(verb.head, depth + 1)
        if not inherited and verb.dep_ == "conj":
            # "The panel will be based in Addis Ababa and *will finish* its investigation", "he was arrested
            # and *confessed*": an active verb shares the subject of the passive it is coordinated with
            subj = next((c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
                return _subject(subj)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in VISITING_VERBS:
            # "urged X to leave", "urged the junta to release": the controller's object acts (not a thing: "started *a
            # hunger strike* to protest"; nor the place a visit goes to: "was visiting *the West Bank* to stress US
            # support" - the visitor stresses it; session 55, a probe of unjudged news)
            for c in verb.head.children:
                if c.dep_ == "dobj" and (_is_entityish(c) or actorish(c) and not _indefinite(c)) \
                        and not _instrument_used(verb.head, c) and not _taken_up_again(verb, c):
                    return participants(c, ("object_control",))
            for c in verb.head.children:  # "called *on Iran* to release", "appealed *to the rebels* to lay down"
                obj = prep_object(c) if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS and c.i < verb.i else None
                if obj is not None and _is_entityish(obj) and obj.pos_ != "PRON" and not any(
                        d.dep_ == "dobj" for d in verb.head.children):
                    return participants(obj, ("object_control",))
        return inherited
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and passive(verb):
        return []  # "resigned *after being placed* under investigation": acted on, not acting
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "after meeting X", "by attacking Y"
        gov = verb.head.head
        if in_class(gov, SUFFERING_VERBS) and verb.head.lower_ in ("in", "during"):
            return []  # "the man who *died in shooting* early Saturday": the one who died suffered it (session 49)
        if gov.pos_ == "ADJ" and gov.dep_ == "acomp":  # "X and Y are guilty of violating ..."
            gov = gov.head
        if gov.lemma_.lower() in OF_COMPLEMENT_VERBS and verb.head.lower_ == "of":
            # "accused *China* of harassing its vessels", "*the army* was accused of torturing": the accused
            # does what it is accused of
            accused = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")
                            and not _dateline_before_subject(c, gov)), None)
            if accused is not None:
                return _after_dateline(participants(accused, ("object_control",)), accused)
        treated = _treated_party(verb, gov)
        if treated is not None:
            return participants(treated, ("object_control",))
        own = _gerund_after_own_subject(verb)
        if own is not None:  # "on *jayalalithaa* seeking cooperation, karunanidhi said ...": her seeking
            return participants(own)
        return subject_of(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else []
    swallowed = subject_inside_attribution(verb) if not passive(verb) else None
    if swallowed is not None:  # "According to local media, *Jordan* began exercises": the doer
        return after_attribution(swallowed, ("after_attribution",))
    split_off = subject_of_split_adjective(verb)
    if split_off:  # "Witnesses said *gunmen loyal to the warlord* kidnapped ...": the doer
        return split_off
    return _misparsed_subject(verb)


# Verbs of hitting back (session 43): "who *shot back*", "which *returned fire*", "who *retaliated*".
RETURN_FIRE_VERBS = frozenset({"retaliate", "respond", "counterattack", "counter-attack"})
BACK_VERBS = frozenset({"shoot", "fire", "hit", "strike"})


def object_said_to_act(verb: Token) -> Token | None:
    """The noun a subjectless verb is said to have been done by through a relative clause with no pronoun whose
    own subject and verb of saying or belief come right before it: "Police have arrested *a man* they say *opened
    fire* on a nightclub", "detained *two men* police believe *planted* the bomb".  The parser cannot hang the verb on
    the noun (its subject is the gap), so it makes it a conjunct or adverbial of the main verb, which would lend the
    main clause's subject (the police) as doer (session 47, a probe of unjudged news)."""
    if passive(verb) or verb.tag_ not in FINITE_TAGS | {"VBN"} or any(
            c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl",) for c in verb.children):
        return None
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i)])
    if first < 3:
        return None
    said = doc[first - 1]
    if said.tag_ not in FINITE_TAGS or not in_class(said, SAID_TO_ACT_VERBS):
        return None
    speaker = next((c for c in said.children
                    if c.dep_ in SUBJECT_DEPS and c.i < said.i and c.right_edge.i == said.i - 1), None)
    if speaker is None or speaker.left_edge.i < 1:
        return None
    noun = doc[speaker.left_edge.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in SUBJECT_DEPS or noun.ent_type_ in NON_PARTICIPANT_LABELS:
        return None  # ("Police said *officers* they say ...": no object noun before the speaker)
    return noun


def _fire_returned_before(participle: Token) -> Token | None:
    """The relative clause of hitting back that ends right before a participle the parser hung on the main verb:
    "The men fired on the soldiers, *who shot back*, killing one woman" - English continues the clause of the ones who
    hit back, so they did what the participle says (not the men).  Only a clause of returned fire (shot back, returned
    fire, retaliated): after another clause ("attacked the patrol, which was passing, killing three") the participle
    stays the main subject's."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    doc = participle.doc
    before = participle.i - 1
    if before < 1 or doc[before].text != ",":
        return None
    clause = next((t for t in doc[participle.head.i:before] if t.dep_ == "relcl" and t.right_edge.i == before - 1), None)
    if clause is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return None
    lemma = clause.lemma_.lower()
    back = lemma in BACK_VERBS and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in clause.children)
    fire = lemma == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in clause.children)
    return clause if back or fire or lemma in RETURN_FIRE_VERBS else None


def subject_of_split_adjective(verb: Token) -> list[Arg]:
    """The subject the parser split off as a verbless clause of its own: in "Witnesses said gunmen loyal to the
    warlord kidnapped two aid workers" it reads "gunmen [are] loyal to the warlord" as one reported clause (an
    adjective with a subject) and "kidnapped two aid workers" as a second with no subject.  A finite clause has a
    subject, and an adjective with no copula that ends right where the verb's clause begins only modifies the noun
    before it ("forces loyal to X", "troops close to Y"): the noun phrase and its adjective are the verb's subject.
    Empty when the verb has a subject or the adjective a verb of its own ("said troops were loyal")."""
    if verb.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl",) for c in verb.children):
        return []
    split = max((c for c in verb.head.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i < verb.i),
                key=lambda c: c.i, default=None)
    if split is None or any(c.dep_ in ("cop", "aux", "auxpass", "neg", "mark") for c in split.children):
        return []
    subj = next((c for c in split.children if c.dep_ in SUBJECT_DEPS and c.i < split.i), None)
    if subj is None or any(verb.doc[k].dep_ not in ("aux", "neg", "advmod") or verb.doc[k].head.i != verb.i
                           for k in range(split.right_edge.i + 1, verb.i)):
        return []
    out = participants(subj, ("split_adjective",))
    for a in out:
        if a.end == subj.right_edge.i + 1:
            a.end = split.right_edge.i + 1  # (the adjective's phrase belongs to the noun: "gunmen loyal to the warlord")
    return out


def after_attribution(subj: Token, flags: tuple[str, ...]) -> list[Arg]:
    """The participants of a subject found by :func:`subject_inside_attribution`, clipped to the words after the
    attribution's comma (the parser made the source and the subject one coordination: "local media, the Jordan and
    the United States")."""
    doc = subj.doc
    comma = max(k for k in range(subj.i) if doc[k].text == ",")
    out = []
    for a in participants(subj, flags):
        if a.head > comma:
            a.start = max(a.start, comma + 1)
            out.append(a)
    return out


def subject_inside_attribution(verb: Token) -> Token | None:
    """The subject the parser drew into a fronted "according to" phrase: "According to local media, *the Jordan and
    the United States* began exercises" (read as more objects of "to"), "According to X, *Victoire Ingabire*, leader
    of ..., was arrested".  The comma closes the attribution, so the noun phrase between it and a verb with no
    subject of its own is that verb's subject.  None when the verb has a subject.
    Any other fronted prepositional phrase closed by a comma too, when the parser hung that noun phrase inside it
    (session 26): "(X said that) on a visit to Zimbabwe, *South African President Cyril Ramaphosa* voiced ..." (read
    as a second object of "to"): a finite clause has a subject of its own, and a phrase a comma closes holds none."""
    if any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl",) for c in verb.children):
        return None
    according = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
    if according is None:
        return None
    doc = verb.doc
    comma = next((k for k in range(according.i + 2, verb.i) if doc[k].text == ","), None)
    if comma is None:
        return None
    drawn = {t.i for t in according.subtree if t.i > comma and t.head.i < comma and t.dep_ == "conj"}
    if according.lower_ != "according" and not drawn:
        return None  # (the phrase's own words: only a subject the parser drew into it as a conjunct is one)
    first = next((k for k in range(comma + 1, verb.i) if doc[k].pos_ not in ("DET", "PUNCT")), None)
    if first is None:
        return None
    head = doc[first]
    while comma < head.head.i < verb.i and head.head.i != head.i:  # up to the phrase's own head
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or any(doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ not in ("aux", "auxpass")
                                                 and k not in range(head.left_edge.i, head.right_edge.i + 1)
                                                 for k in range(comma + 1, verb.i)):
        return None
    return head if according.lower_ == "according" or head.i in drawn else None


def _finite_conjunct_of_infinitive(verb: Token) -> Token | None:
    """The verb a finite conjunct really shares its subject with when the parser coordinated it with a "to"-infinitive
    ("he has arranged for 3000 of the National Guard *to be* available and *has requested* Trump declare ...": a finite
    verb cannot continue an infinitive, so it continues the clause the infinitive hangs on - "arranged", whose subject
    is "he", not the infinitive's "3000 of the National Guard"; session 47, a probe of unjudged news)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    if not (verb.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS | {"MD"}
                                            for a in verb.children)):
        return None
    first = first_conjunct(verb)  # (``verb`` is a conjunct: never itself)
    if not to_infinitive(first) or first.head.i == first.i or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return first.head


def subject_after_attribution(subj: Token, verb: Token) -> Token | None:
    """The true subject when the parser took the source of a fronted "according to" for the subject and the subject
    for its appositive: "According to Public Security Minister Celso *Gamboa*, *the Costa Rican Coast Guard* seized ..."
    (Gamboa the verb's nsubj, "the Coast Guard" hung on him as appos after the comma).  The comma closes the
    attribution, so the appositive after it is the doer (session 47, a probe of unjudged news)."""
    according = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < subj.i), None)
    if according is None or not any(t.lower_ == "to" for t in verb.doc[according.i + 1:subj.left_edge.i + 1]):
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.i < verb.i
                 and verb.doc[c.left_edge.i - 1].text == ","), None)


CONTROL_PREPS = {"on", "upon", "to"}  # the party a call or appeal is made to does what it asks
# Prepositions of a gerund that gives the reason for, or what is kept from, the party a verb acts on: "criticized
# *Hungary* for blocking aid", "*the rebels* were condemned for attacking", "warned *Taiwan* against declaring",
# "barred *the monitors* from entering" - that party does the gerund, not the verb's subject.
TREATED_PARTY_PREPS = {"for", "against", "from"}
TREATMENT_VERBS = word_class("treatment_verbs")


def _treated_party(gerund: Token, gov: Token) -> Token | None:
    """The party a verb of judging, punishing, warning or stopping (``TREATMENT_VERBS``) acts on that does
    the gerund of its reason or prevention (``TREATED_PARTY_PREPS``): the verb's direct object, or the
    subject of a passive.  Other verbs keep their subject ("used *drones* for attacking": the user
    attacks)."""
    if gerund.tag_ == "VBG" and gerund.head.lower_ in TREATED_PARTY_PREPS and gov.lemma_ == "be":
        return _judged_party(gov)
    if gerund.tag_ != "VBG" or gerund.head.lower_ not in TREATED_PARTY_PREPS or gov.pos_ != "VERB" \
            or gov.lemma_.lower() not in TREATMENT_VERBS:
        return None
    treated = next((c for c in gov.children if c.dep_ == "dobj" and c.i < gerund.i), None)
    if treated is None and passive(gov):
        treated = next((c for c in gov.children if c.dep_ in PASSIVE_SUBJECT_DEPS
                        and not _dateline_before_subject(c, gov)), None)
    if treated is None or treated.lower_ in RELATIVE_PRONOUNS or not (_is_entityish(treated) or actorish(treated)):
        return None
    return treated


JUDGING_ADJECTIVES = word_class("judging_adjectives")
JUDGED_PREPS = ("of", "with", "at")


def _judged_party(be: Token) -> Token | None:
    """The party a "be" + adjective of judging is said of ("have been critical *of Trump* for pushing ...", "were angry
    *with the government* for raising taxes"): it does the gerund of reason, as a treatment verb's object does."""
    adjective = next((c for c in be.children if c.dep_ == "acomp" and c.lemma_.lower() in JUDGING_ADJECTIVES), None)
    for prep in adjective.children if adjective is not None else ():
        obj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in JUDGED_PREPS else None
        if obj is not None and obj.lower_ not in RELATIVE_PRONOUNS and (_is_entityish(obj) or actorish(obj)):
            return obj
    return None


COMPLEMENT_OF_BE = ("attr", "acomp", "oprd", "dobj", "xcomp", "ccomp")


def be_split_from_participle(verb: Token) -> Token | None:
    """The "be" of a passive whose participle an inserted adjunct cut off from it: "the rebels *were*, according
    to the army, *attacked* by helicopters", "two soldiers were, police said, killed", "the activists were later
    that day arrested".  The parser then hangs the participle on "be" as an adverbial clause (or on the time phrase
    as its modifier), and the subject stays on "be".  A "be" with a subject and no complement of its own, before a
    bare past participle with no subject or auxiliary: "be" + past participle is the English passive, so the
    subject of "be" is the one acted on.  None for any other verb ("shot him, leaving him *injured*")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") + SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                                 for c in verb.children):
        return None
    be = verb.head
    if verb.dep_ == "acl" and (be.ent_type_ in ("DATE", "TIME") or time_phrase(be)) and be.dep_ in (
            "npadvmod", "advmod") and be.i < verb.i:
        be = be.head  # ("was later that *day* arrested": the participle hung on the time phrase)
    elif verb.dep_ != "advcl":
        return None
    if be.lemma_.lower() != "be" or be.pos_ != "AUX" or be.i > verb.i or be.dep_ in ("aux", "auxpass"):
        return None
    if any(c.dep_ in COMPLEMENT_OF_BE for c in be.children) or not any(c.dep_ in SUBJECT_DEPS for c in be.children):
        return None
    return be


def subject_on_passive_auxiliary(verb: Token) -> list[Token]:
    """The subject the parser hung on a passive's auxiliary when an adjunct stands between it and the participle:
    "the ambassador *was* on Monday *summoned* by the ministry" - the subject of a passive is the one acted on,
    wherever the parser attached it."""
    return [g for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i
            for g in c.children if g.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and g.i < c.i]


def passive(verb: Token, depth: int = 0) -> bool:
    """Is ``verb`` a passive ("was shot", "were arrested"), also as a bare participle coordinated with
    one ("will be processed and *deported*") or cut off from its "be" by an adjunct
    (:func:`be_split_from_participle`)?"""
    if any(c.dep_ in ("auxpass",) + PASSIVE_SUBJECT_DEPS for c in verb.children) or headline_subject(verb) is not None:
        return True  # (a headline drops the "be": "Soldiers *Arrested* After ...", headline_passives.py)
    if be_split_from_participle(verb) is not None:
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux",) + SUBJECT_DEPS
                                                               for c in verb.children) and (
            verb.i < verb.head.i or any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i
                                        for c in verb.children) or _trailing_by_participle(verb)):
        # a bare participle clause: "*if found* guilty, the former CEO faces ...", "*Arrested* in 2007, he", "told
        # reporters *when asked* about ..." (the one asked is the subject; session 47) (not a result after its verb:
        # "shot him, leaving him critically *injured*")
        return True
    if bare_passive(verb) or _after_copula_state(verb) or reduced_allegation(verb):
        return True
    return depth < 3 and verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux",) + SUBJECT_DEPS for c in verb.children) and passive(verb.head, depth + 1)


def _after_copula_state(verb: Token) -> bool:
    """A bare past participle coordinated with a copula of state, its "be" left out ("three people *are dead* and a fourth
    *wounded* in a shooting": session 46, a probe of unjudged news) - with no subject, auxiliary or object of its own."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.lemma_ == "be" and head.i < verb.i \
        and any(c.dep_ in ("acomp", "attr") for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") + SUBJECT_DEPS for c in verb.children)


def gapped_passive(verb: Token) -> bool:
    """A passive whose "be" English leaves out after a coordinated passive (session 43): "one person was killed and
    *two others badly hurt*", "the leader was arrested and *his aides released*" - a past participle joined to a
    passive, with a subject of its own (the parser's nsubj) but no auxiliary and no object; also in a clause set beside
    it by "while" ("a policeman was killed *while two others critically injured*", session 47)."""
    beside = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
    return (verb.dep_ == "conj" or beside) and _participle_with_own_subject(verb) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def _participle_read_as_clause(verb: Token) -> bool:
    """Is the verb a past form the parser made an adverbial clause with no subject, mark or auxiliary of its own, right
    after a plural or mass noun that is the object of the clause it hangs on ("to stabilise the exchange *rates agreed*
    at last month's meeting")?  A finite clause needs a subject; such a word is the participle of a reduced relative."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "aux", "auxpass", "dobj", "advmod") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS or verb.head.lemma_.lower() == "leave":
        return False  # ("The shooting *left four people injured*", "found three men shot dead": the object's state)
    return before.pos_ == "NOUN" and before.dep_ == "dobj" and before.tag_ in ("NNS", "NN") and before.i > verb.head.i


# Nouns of news told of someone ("*reports of* armed pirates boarding ships", "*accounts of* soldiers firing"): a
# participle after their "of" phrase tells what those named there do (data/word_classes.tsv told_of_nouns).
TOLD_OF_NOUNS = word_class("told_of_nouns")


def _told_of(noun: Token) -> Token | None:
    """The party named in the "of" phrase of a noun of news ("reports *of* drug traffickers"), or None."""
    if noun.lemma_.lower() not in TOLD_OF_NOUNS:
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _ended_before(args: list[Arg], end: int) -> list[Arg]:
    """``args`` with any span that runs over token ``end`` cut there (a clause hung inside the doer's phrase)."""
    for a in args:
        if a.start < end < a.end:
            a.end = end
    return args


def _participle_after_bare_preposition(verb: Token) -> bool:
    """Is the verb a past participle right after a preposition left without its object ("the company founded *by
    assassinated* former prime minister Rafik Hariri")?  The participle is an adjective of the noun after it, the
    preposition's true object; the parser's subject for it is another phrase (session 49, a probe of unjudged news)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    prep = verb.doc[verb.i - 1]
    return prep.pos_ == "ADP" and prep.dep_ in ("prep", "agent") and prep.head.i != verb.i \
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


# Verbs of talking about a topic named "on" or "about" it ("comment *on* X doing ...").
TOPIC_VERBS = word_class("topic_verbs")


def _doer_in_topic(participle: Token) -> Token | None:
    """The noun right before a participle the parser hung on a verb of talking, when that noun is the object of the
    verb's "on" or "about" - the topic is the noun doing the act ("refused to comment *on* X *accepting* the shila")."""
    head = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.lemma_.lower() not in TOPIC_VERBS \
            or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
        return None
    noun = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "about")
                 for o in p.children if o.dep_ == "pobj"), None)
    return noun if noun is not None and noun.right_edge.i == participle.i - 1 else None


def _clause_interrupted_by_report(participle: Token) -> Token | None:
    """The verb of the clause that a report set off by commas interrupts, when the parser hung the participle right
    after the report's closing comma on the report ("works with the Sinaloa Cartel, *the minister said*, *coordinating*
    ...": ``said`` a parataxis of ``works``); an inserted "X said" takes nothing after its closing comma (as
    :func:`_preps_after_inserted_report`)."""
    report = participle.head
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or report.lemma_.lower() not in SPEECH_HEADS \
            or participle.i < 2:
        return None
    if report.dep_ == "parataxis" and report.head.i < report.i:
        clause = report.head
    else:  # ("Troops fired on the crowd, *witnesses said*, killing three": the clause made the report's complement)
        clause = next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)
    if clause is None:
        return None
    speaker = next((c for c in report.children if c.dep_ == "nsubj" and c.i < report.i), None)
    opening = speaker.left_edge.i - 1 if speaker is not None else -1
    if doc[participle.i - 1].lower_ != "," or opening <= clause.i or doc[opening].lower_ != ",":
        return None
    return clause


def _gerund_after_own_subject(gerund: Token) -> Token | None:
    """The noun the parser made the object of a preposition right before the gerund it governs - the gerund's own
    subject ("on *jayalalithaa seeking* cooperation from the opposition parties, karunanidhi said", "despite *Russia
    inviting* offers"): the doer is that noun, not the main clause's subject (session 49, blind sample 2)."""
    noun = next((c for c in gerund.head.children if c.dep_ == "pobj" and c.i < gerund.i), None)
    if gerund.tag_ != "VBG" or noun is None or noun.right_edge.i != gerund.i - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # (any noun: the gerund is its act either way - its own subject's or, as a reduced relative, the noun's - and a
    # lower-cased name is a bare common noun to the tagger; not a time or a weapon)
    return None if noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in layer_doubt_row("instrument_doer")[2] else noun


def _with_absolute_subject(verb: Token) -> Token | None:
    """The noun of a "with" phrase right before an active participle with no subject of its own - the absolute "with X
    doing" ("All three parties have been wooing older voters *with both the Tories and Lib Dems pledging* higher
    pensions"), whose doer is X, not the main clause's subject (session 48, a probe of unjudged news).  The parser hangs
    the "with" on the main verb or on its object and the participle on the main verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return None
    host = verb.head
    # (not the partner of a joint act: "Gbagbo broke *an 18-month ceasefire with rebels* bombing their positions",
    # "police *clashed with* protesters throwing stones" - the "with" names the other side, the participle the doer's
    # own deed; data/partner_nouns.tsv partner_nouns, partner_verbs)
    on_verb = [] if in_class(host, PARTNER_VERBS) else [c for c in host.children if c.dep_ == "prep"]
    for prep in on_verb + [g for c in host.children if c.dep_ == "dobj" and not in_class(c, PARTNER_NOUNS)
                           for g in c.children if g.dep_ == "prep"]:
        noun = prep_object(prep) if prep.lower_ == "with" else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i == verb.i - 1 and actorish(noun) \
                and noun.lower_ not in layer_doubt_row("instrument_doer")[2]:
            return noun  # (not a weapon: "attacked the town *with rockets killing* five" - the attackers kill)
    return None


# Verbs of using a thing for an act ("three perpetrators *used* AK-47s to slaughter 17 people"): data/word_classes.tsv
# using_verbs.
USING_VERBS = word_class("using_verbs")


def _instrument_used(controller: Token, obj: Token) -> bool:
    """Is ``obj`` a thing a verb of using puts to an act ("used *AK-47s* to slaughter 17 people": the user slaughters),
    not people it sets to act ("used *the police* to disperse the crowd")?  Session 52, a probe of unjudged news."""
    return controller.lemma_.lower() in USING_VERBS and _thing(obj)


def _thing(obj: Token) -> bool:
    """Is ``obj`` no person, people or political body (nor a pronoun, which may stand for one)?"""
    return not (obj.ent_type_ in ("PERSON", "NORP") or obj.pos_ == "PRON"
                or political_noun(obj, political_actors().nouns))


def _taken_up_again(purpose: Token, obj: Token) -> bool:
    """Is ``obj`` a thing the purpose clause takes up again as its own object ("drove away *a few JCB machines* ... to
    use *them* for damaging the buildings": the ones who drove them away use them)?  A thing the clause's own "it" or
    "them" names is what is acted on, not who acts (session 53, precision sample 6)."""
    return _thing(obj) and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in purpose.children)


def _doer_beside_partner(verb: Token) -> Token | None:
    """The subject of the clause whose joint-act noun's "with" the parser gave a participle as if it were an absolute
    "with X doing": "President Laurent Gbagbo broke *an 18-month ceasefire with rebels bombing* their positions" - the
    rebels are the ceasefire's other side (data/partner_nouns.tsv), the bombing is Gbagbo's (the parser's nsubj of
    "bombing" is "rebels", its "with" hung on "ceasefire").  Session 52, sample 5; :func:`_with_absolute_subject` is
    the same reading when the parser hangs the participle on the main verb."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "with" or verb.head.dep_ != "prep":
        return None
    noun = verb.head.head
    if noun.pos_ != "NOUN" or not in_class(noun, PARTNER_NOUNS) or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"), None)


# Subordinators of a clause set beside the main one ("two were killed *while* two others injured": session 47)
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _participle_with_own_subject(verb: Token) -> bool:
    """A past participle with a subject of its own (the parser's nsubj) but no auxiliary, no object and no clause: the
    passive with no "be" of :func:`gapped_passive` and :func:`small_clause_passive`.  The parser may tag it a past tense
    when its subject is coordinated ("found *a man and a woman shot dead*"); a verb with a predicate of result ("dead")
    but no object cannot be the active ("shot him dead") and is read as the participle (session 55, a probe of
    unjudged news)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    deps = {c.dep_ for c in verb.children}  # (one walk of the children: this is asked of every verb trigger)
    return (verb.tag_ == "VBN" or "oprd" in deps) and "nsubj" in deps \
        and not deps & {"aux", "auxpass", "dobj", "ccomp", "xcomp"}


# Verbs that take an object with a bare past participle, a passive with no "be" ("police *found* three men shot dead":
# data/word_classes.tsv small_clause_verbs).
SMALL_CLAUSE_VERBS = word_class("small_clause_verbs")


# Prepositions an act of force is aimed on ("shot *at* the crowd", "fired *on* protesters").
AIMED_PREPS = frozenset({"at", "on", "upon", "against"})


def _aimed_prep_with_object(child: Token) -> bool:
    """Is ``child`` a preposition of aim after its verb with an object of its own ("shot *at individuals*"), not one
    left stranded by a relative clause ("the bus they shot *at*")?"""
    obj = prep_object(child) if child.dep_ == "prep" and child.lower_ in AIMED_PREPS and child.i > child.head.i else None
    return obj is not None and not time_phrase(obj) and obj.ent_type_ not in ("DATE", "TIME")  # (not "*on Monday*")


def bare_passive(verb: Token) -> bool:
    """A past participle with no "be" whose subject (the parser's nsubj) is the one it was done to: after a verb of
    finding or seeing (:func:`small_clause_passive`), after a coordinated passive (:func:`gapped_passive`) or with a
    counted subject (:func:`counted_participle`), or after a verb of having a thing done (:func:`causative_passive`)."""
    return small_clause_passive(verb) or gapped_passive(verb) or counted_participle(verb) or causative_passive(verb)


def small_clause_passive(verb: Token) -> bool:
    """A past participle whose subject the parser took from the object of a verb of finding or seeing, with no "be":
    "Police *found* three men *shot dead* in Karachi", "residents *saw* the house *set on fire*" - the parser's nsubj
    is the one it was done to.  No auxiliary and no object of its own (session 44, a probe of unjudged news)."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS \
        and _participle_with_own_subject(verb)


# Verbs of having a thing done ("the minister *had* the journalists arrested", "*getting* him released"): data/
# word_classes.tsv causative_verbs.
CAUSATIVE_VERBS = word_class("causative_verbs")


def causative_passive(verb: Token) -> bool:
    """A participle after a verb of having a thing done, whose subject the parser took from that verb's object: "they
    never approved of *having even the lieutenants investigated*" - the lieutenants are the ones investigated, not the
    investigators.  The parser may tag the participle a past tense (VBD); a finite clause cannot follow "have" so, and
    the word is read as the participle (session 52, a probe of unjudged news)."""
    if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head.lemma_.lower() not in CAUSATIVE_VERBS \
            or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    if verb.dep_ == "advcl":  # ("the judge had twice had *his decisions* in the case *overturned*": the parser hangs
        # the participle on "have" and keeps the one it is done to as the object of "have")
        return verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS + ("mark",) for c in verb.children) and any(
            c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
    return any(c.dep_ == "nsubj" for c in verb.children)


# Words that open a clause of time or reason and that the parser may read as a preposition when a noun follows ("killed
# *as* a suicide bomber rammed ...").
CLAUSE_OPENERS = frozenset({"as", "when", "while", "after", "before", "because", "until", "since", "once"})


def _subject_read_as_preposition_object(verb: Token) -> Token | None:
    """The noun right before a subjectless past-tense verb that the parser made the object of a clause opener read as a
    preposition ("A policeman and two women were killed ... *as a suicide bomber rammed* his car into the police
    station": the parser joins "rammed" to "killed" and would give it the dead as subject).  A past tense whose own
    subject is lost this way is that clause's verb, and the noun its subject (session 52, a probe of unjudged news)."""
    if verb.tag_ != "VBD" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    noun = before if before.dep_ == "pobj" else before.head if before.head.dep_ == "pobj" else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.i - 1:
        return None
    opener = noun.head
    if opener.lower_ not in CLAUSE_OPENERS or opener.i > noun.i:
        return None
    return noun


def _causer(verb: Token) -> Token | None:
    """The subject of the verb of having a thing done that a causative participle (:func:`causative_passive`) hangs on
    ("*the minister* had the journalists arrested"), or None when the one it was done to is the subject's own ("the
    villagers had *their* houses burned": what befell them, not what they ordered)."""
    done_to = next(c for c in verb.children if c.dep_ == "nsubj") if verb.dep_ != "advcl" else next(
        c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in done_to.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)


def counted_participle(verb: Token) -> bool:
    """A past participle with a counted subject of its own and no "be" ("the press has reported ... *23 people killed*
    in massacres", "*five soldiers wounded* in ambush"): a reduced passive of a list or a headline, whose subject is the
    one it was done to, not its doer (session 50, a probe of unjudged news)."""
    if not _participle_with_own_subject(verb):
        return False
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    if subject.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False  # "*one of the suspects shot* at individuals": one of a known set picked out, no count of victims
        # (the parser tags the past tense a participle; session 54, a probe of unjudged news)
    return subject.like_num or any(c.dep_ == "nummod" for c in subject.children)


def reduced_allegation(verb: Token) -> bool:
    """"45 members of a network *alleged to have provided* funding for the FARC", "a man *suspected to have* ...": a
    verb of alleging with its subject and a "to"-infinitive but no object and no auxiliary is a reduced passive (active
    "allege" takes a that-clause or an object, never an infinitive) - its subject is the one the allegation is about,
    not the accuser (session 47, a probe of unjudged news)."""
    return verb.lemma_.lower() in ALLEGING_VERBS and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp") for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


ALLEGING_VERBS = word_class("alleging_verbs")
OBJECT_DEPS = ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp")


def _trailing_by_participle(verb: Token) -> bool:
    """A participle clause after its verb, with a by-agent, on a verb with no object: "the soldier died on Tuesday,
    *shot by* a sniper", "the protester died in hospital, *beaten by* police" - a participle with "by" + doer is
    passive wherever it stands, and with no object in the main clause it can only be about that clause's subject
    (with one, "police arrested two men, *identified by* witnesses as ...", it may be about the object).  So is a
    participle with no object of its own after a verb of motion with none ("one of our employees *came out* slightly
    *wounded* from the attack": session 59, a probe of unjudged news)."""
    if any(c.dep_ in ("dobj", "dative", "attr", "oprd") for c in verb.head.children):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or (
        in_class(verb.head, MOTION_VERBS) and not any(c.dep_ == "dobj" for c in verb.children))


def reduced_relative_read_as_root(verb: Token) -> Token | None:
    """The noun a past participle modifies when the parser made the participle the sentence's verb: "Four men
    *extradited* to the United States have agreed to testify", "the others *arrested* in connection with the
    bombing include ..." - the participle has no auxiliary and no object, and a later finite verb with no subject
    of its own hangs on it with no "and" (a reduced relative clause: the men were extradited).  That noun undergoes
    the participle's act; it does not do it.  None for a verb read right ("Police arrested three men and have
    charged them")."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBN", "VBD"):
        return None
    # (a finite verb after a participle that never goes without an object, read as its complement, is the sentence's
    # verb: "The six others *wounded* received non-life threatening injuries"; session 46, a probe of unjudged news)
    main = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and c.tag_ in FINITE_TAGS
            and not any(g.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl",) for g in c.children)] \
        if verb.dep_ == "ROOT" and verb.tag_ == "VBN" and in_class(verb, OBJECT_VERBS) else []
    if any(c.dep_ in ("aux", "auxpass", "cc", "neg") + OBJECT_DEPS and c not in main for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    if _set_off_by_commas(verb, subj) or main:
        # "Torres Marrufo*, arrested* February 2012 in Mexico*, was* among those named" (session 45); "The six others
        # *wounded received* ..."
        return subj
    if verb.dep_ != "ROOT":
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and _finite_verb_group(c):
            return subj  # "Four men *extradited* to Russia *have asked* for asylum": the parser's adverbial clause
        if c.dep_ in ("conj", "dep") and c.i > verb.i and c.pos_ in ("VERB", "AUX") and not any(
                d.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for d in c.children) and (
                c.tag_ in ("VBP", "VBZ") or any(d.dep_ in ("aux", "auxpass") and d.i < c.i for d in c.children)) \
                and not any(verb.doc[i].lower_ in (",", ";", ":", "-", "--") and not _relative_clause_comma(verb.doc, i)
                            for i in range(verb.i + 1, c.i)):
            return subj
    return None


def _set_off_by_commas(verb: Token, subj: Token) -> bool:
    """Is the participle set off by commas between its noun and the sentence's verb, which the parser coordinated with
    it with no subject and no "and" ("Jose Antonio Torres Marrufo*, arrested* February 2012 in Mexico*, was* among those
    named")?  An appositive participle: the noun undergoes it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "," or subj.right_edge.i not in (verb.i - 2, verb.i - 1):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and doc[c.i - 1].lower_ == ","
               and c.tag_ in FINITE_TAGS and not any(d.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                                                                for d in c.children) for c in verb.children)


def _relative_clause_comma(doc, i: int) -> bool:
    """Is the comma at ``i`` one of the pair that sets off a non-restrictive relative clause ("the others arrested
    after the riot*,* which left nine dead*,* include ...")?  Such commas close no clause of the participle's own,
    so the finite verb after them can still be the sentence's verb."""
    if doc[i].lower_ != ",":
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    opening = after is not None and any(a.dep_ == "relcl" and a.left_edge.i == after.i for a in (after, *after.ancestors))
    closing = before is not None and any(a.dep_ == "relcl" and a.right_edge.i == before.i
                                         for a in (before, *before.ancestors))
    return opening or closing


FINITE_AUX_TAGS = ("VBP", "VBZ", "VBD", "MD")
# Words the parser tags as prepositions that do take a finite clause ("*after* the army withdrew", "*as* police
# arrived"): under them a verb with a subject is a clause, not a reduced relative.
CLAUSE_TAKING_PREPS = {"after", "before", "since", "until", "till", "as", "because", "while", "than", "once",
                       "though", "although", "if", "unless", "whether", "so", "like"}


def reduced_relative_under_preposition(verb: Token) -> Token | None:
    """The noun a past participle modifies when the parser made the participle a clause under a preposition with that
    noun as its subject: "they were among *more than a dozen people shot* and stabbed over the weekend".  A preposition
    such as "among" or "of" takes a noun phrase, never a finite clause, so "people shot" is a noun with a reduced
    relative clause: the people were shot, they did not shoot.  Also for a participle coordinated with it
    ("... shot *and stabbed*").  None under a word that takes a clause ("after the army *withdrew*") or for a verb
    with an object, an auxiliary or a mark of its own."""
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("aux", "auxpass") + OBJECT_DEPS for c in verb.children):
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "prep" \
            or verb.head.lower_ in CLAUSE_TAKING_PREPS or any(
            c.dep_ in ("aux", "auxpass", "mark", "neg") + OBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                 and c.lower_ not in RELATIVE_PRONOUNS), None)


def _finite_verb_group(verb: Token) -> bool:
    """Is ``verb`` a finite verb group with no subject, no "and" and no subordinating word of its own ("... *have
    asked* for asylum", "... *will testify*")?  An adverbial clause is never finite without a subject and a mark
    ("because they have asked"), so such a group read as one is the main verb of a sentence whose subject the parser
    gave to an earlier participle."""
    return verb.pos_ in ("VERB", "AUX") and any(
        d.dep_ in ("aux", "auxpass") and d.i < verb.i and d.tag_ in FINITE_AUX_TAGS for d in verb.children) and not any(
        d.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("mark", "cc") or d.dep_ == "advmod" and d.tag_ == "WRB"
        for d in verb.children) and not any(
        verb.doc[i].lower_ in (",", ";", ":", "-", "--") for i in range(verb.head.i + 1, verb.i))


def object_read_as_conjunct(verb: Token) -> list[Arg]:
    """The object two coordinated verbs share when the parser read the second verb as an adjective of it and the
    object as a conjunct of the first verb: "the army *shelled* and bombed *rebel positions*" (``bombed`` tagged a
    modifier of ``positions``, ``positions`` coordinated with ``shelled``).  A verb and a noun are not coordinated
    in English, so a bare noun after "and" + a past form of a verb is the object of both verbs (the second verb left
    out of its span).  Nothing when the first verb has an object of its own or the participle is no verb form."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass") for c in verb.children):
        return []
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i > verb.i), None)
    if cc is None:
        return []
    for noun in verb.children:
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i < cc.i:
            continue
        second = next((m for m in noun.children if m.dep_ == "amod" and m.i == cc.i + 1 and m.tag_ in ("VBN", "VBD")
                       and m.pos_ == "VERB"), None)
        if second is not None:
            return [Arg(a.head, max(a.start, second.i + 1), a.end, a.flags + ["conjunct_misread"])
                    for a in participants(noun, ("object",))]
    return []


def shared_passive_subject(verb: Token) -> list[Arg]:
    """The subject a passive shares with the verb it is coordinated with ("He was driving the car and *was
    shot*", "she served her sentence and will be processed and *deported*"): the one acted on."""
    be = be_split_from_participle(verb)
    if be is not None:  # "the rebels were, according to the army, attacked": the subject of "be"
        subj = next(c for c in be.children if c.dep_ in SUBJECT_DEPS)
        if subj.lower_ in RELATIVE_PRONOUNS and be.dep_ == "relcl":
            return participants(be.head, ("passive_subject", "split_passive"))
        return [Arg(a.head, a.start, a.end, a.flags + ["passive_subject", "split_passive"]) for a in _subject(subj)]
    if verb.dep_ not in ("conj", "pcomp", "advcl") or not passive(verb) or any(
            c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    v = verb
    if verb.dep_ == "pcomp":  # "resigned *after being accused* of war crimes": the one who resigned
        if verb.head.dep_ != "prep" or verb.head.head.pos_ not in ("VERB", "AUX"):
            return []
        v = verb.head.head
    elif verb.dep_ == "advcl":  # "*if found* guilty, the former CEO faces ...", "*Arrested* in 2007, he ..."
        if verb.head.pos_ not in ("VERB", "AUX"):
            return []
        v = verb.head
    while v.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in v.children):
        own = subject_before_own_auxiliary(v)
        if own is not None:
            return [Arg(a.head, a.start, a.end, a.flags + ["passive_subject", "own_clause"]) for a in _subject(own)]
        v = v.head
    subj = next((c for c in v.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS), None)
    if subj is None:
        return []
    if subj.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
        return participants(v.head, ("passive_subject", "shared_subject"))
    return [Arg(a.head, a.start, a.end, a.flags + ["passive_subject", "shared_subject"]) for a in _subject(subj)]


def subject_before_own_auxiliary(verb: Token) -> Token | None:
    """The subject of a coordinated clause that has an auxiliary of its own: "Two diplomats were expelled and *local
    staff* employed at the embassy *were arrested*" - the parser hangs "staff" on the participle "employed", which it
    reads as a third conjunct, and leaves "were arrested" with no subject.  A conjunct with its own auxiliary begins
    a clause of its own, and English puts that clause's subject between "and" and the auxiliary: it shares no
    subject with the first clause.  None when no subject stands there ("were expelled and *were* later *arrested*")."""
    if verb.dep_ != "conj":
        return None
    aux = _own_auxiliary(verb)
    if aux is None:
        # a finite verb right after a noun the parser made the conjunct of an earlier object: "prisoners rioted in a
        # jail and *guerrillas attacked* security bases" - the noun is the subject of a clause of its own (session 47)
        return _subject_read_as_object_conjunct(verb, verb) if verb.tag_ in FINITE_TAGS else None
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < aux.i), None)
    if cc is None:
        return _subject_read_as_object_conjunct(verb, aux) or _subject_read_as_conjunction_object(verb, aux)
    return next((t for t in verb.doc[cc.i + 1:aux.i] if t.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                 and t.pos_ in ("NOUN", "PROPN") and cc.i < t.head.i < aux.i), None)


# Conjunctions of time the parser reads as prepositions, hanging the next clause's subject on them as their object.
TIME_CONJUNCTIONS = {"after", "before", "until", "since", "as", "when", "once"}


def _subject_read_as_conjunction_object(verb: Token, aux: Token) -> Token | None:
    """The subject of a clause opened by a conjunction of time the parser read as a preposition: "Police are
    investigating *after a 15-year-old was shot*" - the parser makes "15-year-old" the object of "after" and "was
    shot" a conjunct of "investigating", which would lend it the police as the ones shot (session 53, a probe of
    unjudged news).  The word right before the clause's own auxiliary, the object of that conjunction on the main
    verb, is the clause's subject."""
    if aux.i < 2:
        return None
    word = verb.doc[aux.i - 1]
    if word.dep_ != "pobj" or word.head.lower_ not in TIME_CONJUNCTIONS or word.head.head.i != verb.head.i \
            or word.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON"):
        return None
    return word


def _passive_subject_read_as_report_object(verb: Token) -> Token | None:
    """The subject of a reported passive the parser cut from its verb of saying: "witnesses are *reporting the miners
    were executed*" - the parser makes "the miners" the object of "reporting" and hangs "were executed" on it as a
    complement with no subject (session 54, a probe of unjudged news).  The noun right before the passive's own
    auxiliary, the direct object of a verb of saying, is its subject."""
    if verb.dep_ != "ccomp" or not passive(verb) or any(
            c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    aux = _own_auxiliary(verb)
    if aux is None or aux.i < 2:
        return None
    word = verb.doc[aux.i - 1]
    if word.dep_ != "dobj" or word.pos_ not in ("NOUN", "PROPN") or word.head.lemma_.lower() not in SPEECH_HEADS:
        return None
    return word if word.head.i > verb.head.i or verb.head.is_ancestor(word) else None


def _own_auxiliary(verb: Token) -> Token | None:
    """The first auxiliary before ``verb`` among its own children ("France ... *have* recalled"), or None."""
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)


def _subject_read_as_object_conjunct(verb: Token, aux: Token) -> Token | None:
    """The subject of a coordinated clause with its own auxiliary that the parser coordinated with the first clause's
    object: "The United States has already shut its embassy and *France, the UK and Italy* have recalled their
    ambassadors" (the parser hangs "and France" on "embassy" and "have recalled" on "shut").  The "and" whose next name,
    made a conjunct of a word before it, spans with its own conjuncts all the words up to the auxiliary opens the
    clause, and that name is its subject.  Session 44 (a probe of unjudged news)."""
    for cc in verb.doc[verb.head.i + 1:aux.i]:
        if cc.dep_ != "cc" or cc.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = next((t for t in verb.doc[cc.i + 1:aux.i] if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj"
                     and t.head.i < cc.i), None)
        # (the name's phrase, with its own conjuncts, must fill the words from "and" to the auxiliary: not "visited
        # Paris and *London* and has met ...")
        if noun is not None and noun.left_edge.i == cc.i + 1 and noun.right_edge.i == aux.i - 1:
            return noun
    return None


# Dependencies a place noun hangs by inside its clause on the way up to the word that can act: a preposition's object,
# a conjunct, an object, an apposition.
PLACE_CHAIN_DEPS = frozenset({"pobj", "prep", "conj", "dobj", "appos"})


def _doer_above_place(participle: Token) -> Token | None:
    """The verb or noun that acts when the parser hung a participle set off by a comma on a place no one names as a
    party ("led a march in Caracas and 17 Venezuelan *states*, *demanding* ..."): up the place's chain of
    prepositions, conjuncts and objects, the first noun that is neither a place nor an event ("protesters in
    Caracas, demanding": the protesters) or else the verb of the clause (the march's leader).  None when the
    participle is not set off, hangs on a word that is no place, or the place is a subject."""
    place = participle.head
    if participle.i == 0 or participle.doc[participle.i - 1].text != "," or not _place_word(place):
        return None
    tok = place
    while tok.dep_ in PLACE_CHAIN_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ in ("NOUN", "PROPN") and not _place_word(tok) and not event_noun_word(tok):
            return tok
    return None


def _place_word(tok: Token) -> bool:
    """Is the word a place: a common noun of places or a place name?"""
    return in_class(tok, PLACE_NOUNS) or tok.ent_type_ in ("GPE", "LOC")


def conjunct_before_participle(participle: Token) -> Token | None:
    """The noun right before a participle that modifies it, when the parser hung the participle on an earlier noun
    across it: "the release of the inmates at Guantanamo Bay and *terror suspects detained* without trial" (the
    parser coordinates "suspects" with "Bay" inside the first noun's phrase and hangs "detained" on "inmates").  A
    participle after a noun phrase describes the nearest one; a noun coordinated inside another noun's modifier
    closes that noun's phrase.  None when the noun before is coordinated with the parser's noun itself ("the men
    and women detained": both) or is that noun."""
    head = participle.head
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if before is None or before is head or before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "conj" \
            or before.head is head or before.head.i <= head.i or not head.is_ancestor(before):
        return None
    return before


def _main_verb_on_noun_root(verb: Token) -> bool:
    """Is ``verb`` the main verb the parser hung on a noun (:func:`_noun_root_subject`)?"""
    return _noun_root_subject(verb) is not None


def _of_phrase_top(noun: Token) -> Token:
    """The noun an "of" phrase hangs on, up the chain: "A delegation of *the party*" -> delegation."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ in ("NOUN", "PROPN") and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun


def _noun_root_subject(verb: Token) -> Token | None:
    """"Mikhail Khodorkovsky, a former tycoon, *called* for sanctions": a finite verb the parser hung on
    the sentence's only noun root is the main verb, and that noun its subject; a form tagged as a
    participle only after "Name, description," or as the only verb of a sentence whose root noun has an
    article ("A U.S. report *called for* sanctions"; a bare participle stays a modifier: "protesters
    *killed* in Syria", "the man *arrested* for ..." with nothing after it to govern).  A finite form hung on
    the last noun of an "of" phrase has the whole phrase as its subject (session 26: "A delegation of the party
    *called on* the president ..., officials said": the delegation calls, not the party).  None when ``verb`` is
    no such verb."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    finite = verb.tag_ in FINITE_TAGS
    noun = _of_phrase_top(verb.head) if finite else verb.head
    attribution = _trailing_attribution(noun)  # (after the cheap tests: this runs for every verb)
    if noun.dep_ != "ROOT" and attribution is None:
        return None
    if finite:
        return noun
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ == "appos" and c.i < verb.i for c in verb.head.children):
        return noun
    # "A U.S. congressional report *called for* sanctions against China": a full sentence (its root noun has
    # an article, which headlines drop) whose only verb is a participle hung on that noun, and a verb of
    # asking or speaking whose preposition keeps its object - a passive would strand it ("the man *arrested
    # for* murder", "a man *hacked to* death" stay participles)
    inside = {t.i for t in verb.subtree}
    other_verb = any(t.pos_ in ("VERB", "AUX") and t.i not in inside and t.i not in (attribution or ())
                     for t in verb.sent)
    determined = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in verb.head.children)
    return noun if determined and not other_verb and verb.i > verb.head.i and _speech_act_with_object(verb) else None


def _trailing_attribution(noun: Token) -> set[int] | None:
    """The tokens of a report set after its clause by a comma ("..., *officials said*") when the parser hung the
    clause's subject noun on the verb of saying ("A U.S. report called for sanctions against China, officials said":
    "report" a ``dep`` of "said", its verb a participle on it), or of a report before it whose complement the parser
    made that noun ("*Officials said that* a U.S. report called for ...").  A reported clause keeps its own subject
    and verb, as when it stands alone (:func:`_main_verb_on_noun_root`).  None when the noun is not so hung."""
    speech = noun.head
    if speech.lemma_.lower() in SPEECH_HEADS and noun.dep_ == "ccomp" and speech.i < noun.left_edge.i:
        # the report before its clause: "Officials said that *a U.S. report* called for sanctions ...", the clause's
        # subject noun made the complement of "said"
        return {t.i for t in speech.subtree} - {t.i for t in noun.subtree}
    if speech.i <= noun.right_edge.i or speech.lemma_.lower() not in SPEECH_HEADS or not (
            noun.dep_ == "dep" or noun.dep_ == "nsubj" and any(
                c.dep_ == "nsubj" and c.i > noun.right_edge.i for c in speech.children)):
        return None  # (a "dep", or a first of two subjects: "A senior figure called for X, *the party* said")
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or not all(
            doc[k].head.i == speech.i or speech.is_ancestor(doc[k]) or k == speech.i
            for k in range(comma, speech.sent.end)):
        return None
    return {t.i for t in speech.subtree} - {t.i for t in noun.subtree}


# Event types a verb of asking, blaming or taking sides reports ("call for", "appeal for", "rail against").
SPEECH_ACT_TYPES = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "AGREE", "THREATEN"}


def _speech_act_with_object(verb: Token) -> bool:
    """Is ``verb`` with the preposition right after it a lexicon phrase of a speech act ("*called for*
    sanctions", "*appealed for* calm") whose preposition has its object?"""
    if verb.i + 1 >= len(verb.doc):
        return False
    prep = verb.doc[verb.i + 1]
    if prep.head.i != verb.i or prep.dep_ != "prep" or prep_object(prep) is None:
        return False
    pair = [verb.lemma_.lower(), prep.lower_]
    return any(words[:2] == pair and entry.type in SPEECH_ACT_TYPES for words, entry in lexicon().phrases)


def _document_author(noun: Token, depth: int) -> list[Arg]:
    """"Engel and McCaul introduced *a bill that* would sanction X": a document acts for its author - its
    named owner ("a *UN* resolution", "*Iran's* statement"), else the subject of the verb that issues it
    (not of one that opposes it: "Russia *vetoed* a resolution condemning X" - Russia condemns nothing)."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return []
    for c in noun.children:
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in
                                                         ("ORG", "GPE", "NORP", "PERSON")):
            lo, hi = np_span(c)
            while hi - 1 > c.i and noun.doc[hi - 1].dep_ == "case":
                hi -= 1
            return [Arg(c.i, lo, hi, ["document_author"])]
    if noun.head.lemma_.lower() not in ISSUING_VERBS:
        return []
    return [Arg(a.head, a.start, a.end, a.flags + ["document_author"]) for a in subject_of(noun.head, depth + 1)]


# Verbs whose subject is the author of the document they take ("*issued* a statement condemning X").
ISSUING_VERBS = word_class("issuing_verbs")


def _misparsed_subject(verb: Token) -> list[Arg]:
    """A name the parser hung on a subjectless verb as a modifier ("*USAID* provided ...", parsed as
    an adverb): the named organisation, country or person right before the verb (and its auxiliaries)
    is its subject."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or any(c.dep_ in PASSIVE_SUBJECT_DEPS + ("expl",) for c in verb.children):
        return []
    left = [c for c in verb.children if c.i < verb.i and c.dep_ not in ("aux", "auxpass", "neg", "punct")]
    if not left:
        return []
    cand = max(left, key=lambda c: c.i)
    if cand.dep_ in ("advmod", "npadvmod", "dep", "nmod", "amod") and cand.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") \
            and all(verb.doc[i].dep_ in ("aux", "auxpass", "neg") for i in range(cand.i + 1, verb.i)):
        lo, hi = entity_bounds(cand) or (cand.i, cand.i + 1)
        return [Arg(cand.i, lo, hi, ["misparsed_subject"])]
    return []


def prep_participant(obj: Token, prep: str, parties: Collection[int] = (), skip: Collection[int] = ()) -> list[Arg]:
    """The participant an object of the preposition ``prep`` gives.  A cause ("over", CAUSE_PREPS) gives
    a party itself ("sanctions over *Iran*") or the party owning the thing ("sanctions over *Iran's*
    programme"), never the thing ("a complaint over *the sign*", "resigned over the scandal") nor a party
    it befell ("sanctions over the *Rohingya* crisis"); ``skip``: token indices no owner may be (the actor)."""
    if prep not in CAUSE_PREPS or is_party(obj, parties):
        return participants(obj, (f"prep:{prep}",))
    owner = cause_owner(obj, parties, lambda t: t.i not in skip and t.pos_ != "PRON")
    return [Arg(a.head, a.start, a.end, [f"prep:{prep}", "cause_owner"]) for a in owner]


# Prepositions naming the side an allied act is taken against, not the ally: "sided with Azerbaijan *against
# Armenia*", "support for the government *against* any attempts ...", "cooperate with Iraq against the Islamic State".
ADVERSARY_PREPS = ("against",)


PARTNER_NOUNS = word_class("partner_nouns", "partner_nouns.tsv")
PARTNER_VERBS = word_class("partner_verbs", "partner_nouns.tsv")
PARTNER_PREPS = ("with", "between", "among")


def partner_first_order(tok: Token, order: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions of ``tok`` in the order their objects are tried as the recipient: for a noun of an act two
    sides do together (``PARTNER_NOUNS``: talks, an agreement, a ceasefire) the side on "with" (or "between",
    "among") first, since its "on"/"over"/"about" phrase is only the topic ("talks *with Putin* on Syria", "an
    agreement *with Turkey* on migrants").  Other words keep ``order`` ("an attack *on* the base")."""
    if tok.pos_ not in ("NOUN", "PROPN") or not in_class(tok, PARTNER_NOUNS):
        return order
    return tuple(p for p in PARTNER_PREPS if p in order) + tuple(p for p in order if p not in PARTNER_PREPS)


def partner_of(noun: Token, parties: Collection[int] = ()) -> list[Arg]:
    """The other side of a noun of an act done together (``PARTNER_NOUNS``), named on its "with" (or "between",
    "among") phrase by a name or a noun of people, named or not: "held talks *with his Russian counterpart*",
    "signed a deal *with the striking doctors*".  The side an act is done with receives it, before any party on a
    phrase elsewhere in the clause ("on a visit *to Moscow*, held talks with ...").  A party, a name, someone's own
    ("his counterpart") or a plural of people; not a bare singular thing ("talks *with a view* to ...")."""
    if noun.pos_ not in ("NOUN", "PROPN") or not in_class(noun, PARTNER_NOUNS):
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
            obj = prep_object(prep)
            if obj is None or time_phrase(obj) or obj.pos_ == "PRON" or not party_word(obj):
                continue
            if is_party(obj, parties) or named_np(obj) or obj.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ == "poss" for c in obj.children):
                return participants(obj, (f"prep:{prep.lower_}", "partner"))
    return []


def _preps_on_back(tok: Token) -> list[Token]:
    """The prepositions the parser hangs on the verb's adverb "back" ("handed the town *back to the rebels*",
    "returned the parrots *back into the wild*"): "back" only says the thing goes where it came from, and the phrase
    is the verb's own goal.  Not in a passive: people *sent back* there are the ones deported, not the place
    (``test_recall18_sent_back``)."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS + ("auxpass",) for c in tok.children):
        return []
    return [p for adv in tok.children if adv.dep_ == "advmod" and adv.lower_ == "back"
            for p in adv.children if p.dep_ == "prep"]


def _preps_after_inserted_report(tok: Token) -> list[Token]:
    """The prepositions the parser hung on a report inserted between commas inside ``tok``'s clause: "troops opened
    fire, *witnesses said*, *on the protesters*" (``said`` a parataxis of ``opened``), "police fired, *witnesses
    said*, *on protesters*" (``fired`` made the complement of ``said``).  An inserted "X said" takes no phrase of its
    own after its closing comma: what follows that comma goes on with the clause it interrupts, so the phrase is
    ``tok``'s own target.  Only a verb of saying (``speech_heads``) set off by a comma on each side, and only a
    phrase right after the closing comma ("fired on them, he said *in a statement*" keeps its phrase)."""
    doc = tok.doc
    if tok.dep_ == "ccomp" and tok.head.i > tok.i:
        reports = [tok.head]
    else:
        reports = [c for c in tok.children if c.dep_ == "parataxis" and c.i > tok.i]
    out = []
    for rep in reports:
        if rep.lemma_.lower() not in SPEECH_HEADS or not any(doc[k].lower_ == "," for k in range(tok.i + 1, rep.i)):
            continue
        out += [p for p in rep.children if p.dep_ == "prep" and p.i > rep.i and doc[p.i - 1].lower_ == ","]
    return out


def prep_recipients(tok: Token, skip: set[int], parties: Collection[int] | None = None,
                    exclude: tuple[str, ...] = (), adversary_last: bool = False) -> list[Arg]:
    """The object of ``tok``'s first recipient preposition (in STRONG_RECIPIENT_PREPS order).  With
    ``parties``, a party beats a thing wherever it stands ("sent experts *to Saudi Arabia*").  A cause
    gives only a party or its owner (:func:`prep_participant`).  ``adversary_last``: an allied act (support,
    aid, cooperation), whose "against" phrase names the common adversary: tried after the others."""
    found = []
    order = STRONG_RECIPIENT_PREPS if not adversary_last else tuple(
        p for p in STRONG_RECIPIENT_PREPS if p not in ADVERSARY_PREPS) + ADVERSARY_PREPS
    order = partner_first_order(tok, order)
    # (the word's prepositions read once, not once per preposition name: the same children in the same order)
    # (nor a phrase fronted before the subject and closed by a comma: the clause's scene - "*In its statements*, the
    # group threatened ..." - not whom its event is aimed at)
    preps = [(child, child.lower_) for child in tok.children
             if child.dep_ in ("prep", "dative") and child.i not in skip and not backing_adjunct(child)
             and not fronted_adjunct(child)]
    preps += [(p, p.lower_) for p in _preps_on_back(tok) + _preps_after_inserted_report(tok) if p.i not in skip]
    if not preps:
        return []
    for name in order:
        if name in exclude:
            continue
        for child, low in preps:
            if low == name:
                obj = prep_object(child)
                if obj is not None and actorish(obj):
                    # ("pulled out of talks *with Israel*", "withdrew from the deal *with Iran*": the act done
                    # together names the side it is done with, who receives what is done to it)
                    got = (not is_party(obj, parties or ()) and partner_of(obj, parties or ())) \
                        or prep_participant(obj, name, parties or ())
                    if not got:
                        continue
                    if parties is None or is_party(tok.doc[got[0].head], parties):
                        return got
                    found = found or got
    return found if parties is None else []


def _party_through(tok: Token, parties: Collection[int], moved: bool = False,
                   adversary_last: bool = False) -> list[Arg]:
    """A party on ``tok``'s prepositions, or one level further through a thing ("mobilized troops for
    an assault *against Y*", "aid for refugees *in Z*" is a place and not searched: in/at are skipped).
    ``moved``: ``tok`` is a force the actor moves, whose "of" names the force itself ("withdrew the batch
    *of 200 peacekeepers* from Liberia")."""
    found = prep_recipients(tok, set(), parties, exclude=("in", "at", "of") if moved or own_forces(tok)
                             else ("in", "at"), adversary_last=adversary_last)
    if found:
        return found
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "of", "on"):
            obj = prep_object(child)
            if obj is not None and (not is_party(obj, parties) or (moved and child.lower_ == "of")):
                # (through the force itself: "withdrew a contingent of 300 soldiers *from Mali*")
                found = prep_recipients(obj, set(), parties, exclude=("in", "at", "of", "for"))
                if found:
                    return found
    return []


def object_of(verb: Token, object_words: set[str] = frozenset(), parties: Collection[int] = (),
              moves_object: bool = False, partner_first: bool = False, allied: bool = False,
              gives: bool = False, patient: bool = False, compound_words: Collection[str] = frozenset()) -> list[Arg]:
    """The receiving participant of a verbal trigger (:func:`_object_of`), short of the subject of a coordinated clause
    the parser read as a conjunct of the object ("has shut *its embassy* and France, the UK and Italy have recalled
    ...": the embassy only; :func:`_subject_read_as_object_conjunct`)."""
    args = _object_of(verb, object_words, parties, moves_object, partner_first, allied, gives, patient, compound_words)
    cuts = [own.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i
            for aux in [_own_auxiliary(c)] if aux
            for own in [_subject_read_as_object_conjunct(c, aux)] if own is not None]
    return [a for a in args if a.head < min(cuts)] if cuts else args


def _object_of(verb: Token, object_words: set[str] = frozenset(), parties: Collection[int] = (),
               moves_object: bool = False, partner_first: bool = False, allied: bool = False,
               gives: bool = False, patient: bool = False, compound_words: Collection[str] = frozenset()) -> list[Arg]:
    """The receiving participant of a verbal trigger (``parties``: see :func:`is_party`).
    ``allied``: an act of support, aid or cooperation, whose "against" phrase on the verb names the
    adversary, not the one supported (``ADVERSARY_PREPS``).
    ``moves_object``: the verb's object is the actor's own force ("mobilized *the army* against Y").
    ``partner_first``: a reciprocal event (meet, agree, cooperate), whose partner is the party on
    "with" even when the verb has an object ("discussed Libya *with Trump*", "shared evidence *with X*").
    ``gives``: an act of giving help (AID), whose object is what is given - also people sent as help
    ("contributing *troops* to the NATO mission", "sent *doctors* to Haiti"): the "to" goal receives
    (:func:`_goal_of_given_people`).
    ``patient``: an act done to people (force, coercion, expulsion), whose object, when a party, is the one
    it is done to, not a party it is moved to or from ("deported 300 *migrants* to Guatemala").
    ``compound_words``: the object words of the verb+object entries matched (not a phrase's own words), which name the
    object's thing also from its compound ("fired tear *gas* shells")."""
    if partner_first:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                obj = prep_object(child)
                if obj is not None and (is_party(obj, parties) or named_np(obj)) and not own_forces(obj):
                    return participants(obj, ("prep:with",))  # ("join forces with *the ALDE group*")
    small_clause = bare_passive(verb)
    for child in [*verb.children, *subject_on_passive_auxiliary(verb)]:
        if child.dep_ == "agent" or child.dep_ not in PASSIVE_SUBJECT_DEPS and child.head.dep_ != "auxpass" and not (
                small_clause and child.dep_ == "nsubj"):  # ("found *three men* shot dead", "and *three others wounded*")
            continue
        if verb.dep_ == "relcl" and child.lower_ in RELATIVE_PRONOUNS:
            return participants(relative_antecedent(verb), ("relative_clause",))
        if _dateline_before_subject(child, verb):
            continue  # "SCOTTSDALE, AZ - *A 28-year-old man* is accused": the later subject is acted on (session 53)
        if child.lemma_.lower() not in object_words:
            return _after_dateline(participants(child, ("passive_subject",)), child)
        # "Sanctions *against Iran* by the EU were extended": the thing acted on names who receives
        inner = [a for a in prep_recipients(child, set(), parties) or prep_recipients(child, set())
                 if a.flags[-1] not in ("prep:in", "prep:at")]
        if inner:
            return inner
    shared = shared_passive_subject(verb)
    if shared:
        return shared
    reported = _passive_subject_read_as_report_object(verb)
    if reported is not None:  # "witnesses are reporting *the miners* were executed" (session 54)
        return participants(reported, ("passive_subject", "report_object"))
    swallowed = subject_inside_attribution(verb) if passive(verb) else None
    if swallowed is not None:  # "According to X, *Ingabire* ... was arrested": the one arrested
        return after_attribution(swallowed, ("passive_subject", "after_attribution"))
    if verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and not any(c.dep_ == "dobj" or _aimed_prep_with_object(c) for c in verb.children):
        # "the president whom the army deposed" (not a clause whose act is aimed at a party of its own: "the bus, one
        # of the suspects shot *at individuals*" - a clause the parser hung on the noun before it)
        return participants(verb.head, ("relative_clause",))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and not _main_verb_on_noun_root(verb):
        # "a leader toppled by the army" (not a clause with its own subject the parser hung on a noun:
        # "Kolkata: The West Bengal government has *denied* permission ...")
        nearer = conjunct_before_participle(verb)
        if nearer is not None:
            return [a for a in participants(nearer, ("participle", "nearer_conjunct")) if a.head >= nearer.i]
        return participants(verb.head, ("participle",))
    for child in verb.children:
        if child.dep_ == "dative":
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                return participants(child, ("dative",))
        if child.dep_ == "dobj" and child.lemma_.lower() in object_words:
            dative = _dative_read_as_compound(verb, child, parties)
            if dative:
                return dative
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return participants(relative_antecedent(verb), ("relative_clause",))  # "the opposition leader, *whom* the army detained"
    if gives:
        goal = _goal_of_given_people(verb, parties)
        if goal:
            return goal
    shifted = object_shifted_past_as(verb)
    for child in [*verb.children, *([shifted] if shifted is not None else [])]:
        goal = transfer_goal(verb, child, parties) if child.dep_ == "dobj" else []
        if goal:
            return goal
        if child.dep_ in ("dobj", "obj", "attr") or (child.dep_ == "oprd" and child.pos_ != "ADJ") or child is shifted:
            # "expelled *its reporter*", "arrested *their leader*": an act done to people (``patient``) is not
            # done to the actor's own forces - a possessive pronoun on a party it is done to names that party's
            # owner (another party: "banned CNN and expelled *its* reporter"), and the person is the one it befalls
            own_thing = own_forces(child) and not (patient and not moves_object and is_party(child, parties))
            # ("fired *tear gas shells*", "lobbed *teargas canisters*": an object word on the object's compound names
            # the same thing - shells of gas - so the object is the instrument the entry matched, no target)
            named_thing = child.lemma_.lower() in object_words or any(
                c.dep_ == "compound" and c.lemma_.lower() in compound_words for c in child.children)
            acted_on = named_thing or own_thing or moves_object
            owned = any(c.dep_ in ("poss", "compound") and is_party(c, parties) and c.pos_ != "PRON"
                        for c in child.children)
            if acted_on or not (is_party(child, parties) or owned):
                # A thing acted on ("returned six artifacts *to the government of Iraq*", "sent experts
                # *to Saudi Arabia*", "demanded an explanation *from the prime minister*"): a party on
                # the object, on a participle modifying it ("sanctions imposed *on X*") or on the verb
                # receives - not a mere place ("killed nine people in Mali").  A thing a party owns
                # ("condemned *Netanyahu's* decision", "vetoed a *US* resolution") stays the recipient.
                # Whose request or proposal it was ("granted an order *sought by* the ACLU", "dismissed the
                # protest *filed by* X against Y"); then a party on the thing, on a participle on it, or on the verb.
                partner = partner_of(child, parties)  # ("held talks *with his counterpart*": the side the act is done with)
                if partner:
                    return partner
                party = [
                    participants(o, ("participle_agent",))[0] for c in child.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for a in c.children if a.dep_ == "agent" and (o := prep_object(a)) is not None and o.pos_ != "PRON"
                    and is_party(o, parties) and not is_party(child, parties)  # (not "hostages *held by* X")
                ][:1] or _party_through(child, parties, moved=moves_object) or _shared_by_conjuncts(
                    child, parties, moves_object) or _after_closed_parenthetical(child, parties) or [
                    a for c in child.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                    for a in prep_recipients(c, set(), parties, exclude=("in", "at"))
                ] or _party_through(verb, parties, adversary_last=allied)
                if party:
                    return party
                aimed = _aimed_at_party(verb, child, parties)
                if aimed:
                    return aimed
                if own_thing or moves_object or not is_party(child, parties):
                    # no party anywhere: where the thing goes or comes from ("returned a Bible *to its
                    # owners*", "withdrew peacekeepers *from the border*")
                    # ("fired tear gas *at demonstrators*", "threw stones at the police": the target)
                    goal = [a for a in prep_recipients(verb, set(), adversary_last=allied)
                            if a.flags[-1] in ("prep:to", "prep:from", "prep:into")
                            or (a.flags[-1] in ("prep:at", "prep:against", "prep:upon") and not named_np(child)
                                and not verb.doc[a.head].ent_type_ and not (actorish(child) and child.lemma_.lower()
                                                                            not in object_words))]
                    # (not "received X *at State House*", "injured four people *at an apartment complex*")
                    if goal:
                        return goal
            if not acted_on and child.lemma_.lower() not in object_words and party_possessed(child, parties):
                # "criticized *the government's* handling of the crisis", "slammed *the president's* policy on
                # Syria": a party's own act or thing is aimed at its owner, not at what it is about
                return participants(child, ("object", "possessed"))
            if not _is_entityish(child) and (not actorish(child) or child.ent_type_ in MEASURE_LABELS):
                # "gave $2 million to Nigeria", "sent troops to Mali": the named party receives
                named = [a for a in prep_recipients(child, set())
                         + prep_recipients(verb, set(), adversary_last=allied)
                         if _is_entityish(verb.doc[a.head])][:1]
                if named:
                    return named
                if child.ent_type_ in MEASURE_LABELS and not quantified_party(child):
                    return []  # a sum or a count is never a party: leave it to the clause search
            if child.lemma_.lower() in object_words or child.lower_ in object_words or not named_np(child):
                # The object is what is acted on ("cut aid", "imposed sanctions") or an unnamed party:
                # a named party on the object or the verb receives (not a mere place: "in western Iran"),
                # also through a participle or relative clause on the object ("sanctions imposed on X").
                # A determined or plural object is the target itself, not its place ("torched government
                # buildings *in Almaty*"); a bare mass noun gives way to it ("suspended aid *in Yemen*").
                # (the actor's own forces are moved there: "strengthened its forces *in Europe*")
                own = [a for a in prep_recipients(child, set()) if (a.flags[-1] not in ("prep:in", "prep:at")
                       or not actorish(child) or own_thing or moves_object)
                       and not (moves_object and a.flags[-1] == "prep:of")]  # (the force moved, not a target)
                inner = own or [
                    a for c in child.children if c.dep_ in ("acl", "relcl")
                    for a in prep_recipients(c, set())
                ] or [
                    a for a in prep_recipients(verb, set(), adversary_last=allied)
                    if a.flags[-1] not in ("prep:in", "prep:at")]
                if inner and is_party(child, parties) and not (own_thing or moves_object) and (
                        inner[0].flags[-1] in ("prep:in", "prep:at") or not is_party(verb.doc[inner[0].head], parties)
                        or (patient and inner[0].flags[-1] in MOVED_PATIENT_PREPS)):
                    inner = []  # "summoned the German ambassador in Beijing / over X": the envoy receives
                    # (people an act is done to receive it, not where they are sent or taken from: "deported 300
                    # *migrants* to Guatemala", "abducted *two engineers* from Nigeria")
                if inner:
                    return inner
                if named_thing and child.i not in parties:
                    return []
            return participants(child, ("object",))
    counted = _count_read_as_particle(verb)
    if counted is not None and (is_party(counted, parties) or quantified_party(counted)):
        return participants(counted, ("object", "up_to"))
    found = prep_recipients(verb, set(), adversary_last=allied)
    if not found:
        for child in verb.children:  # "demanded that Yediyurappa step down": the clause's subject
            if child.dep_ == "ccomp" and verb.lemma_.lower() not in SPEECH_HEADS or _for_clause(child):
                subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].lower_ not in ("it", "this", "that", "there", "which") and not own_forces(subj[0]):
                    # (not the subject's own: "denied that *its forces* had fired")
                    return participants(subj[0], ("clause_subject",))
    return found


def party_possessed(thing: Token, parties: Collection[int]) -> bool:
    """A thing a named party owns through a possessive ("*the government's* handling of the crisis", "*Israel's*
    policy on Gaza"): the owner is the one an attitude or act aimed at the thing is aimed at.  Not a pronoun
    ("*its* policy": the actor's own, resolved elsewhere), not the actor's own forces, not a noun whose possessor is
    the one acted on ("*Khashoggi's* murder", "*Sonko's* release"; but "the police's arrest *of* X" is the police's)."""
    if thing.pos_ != "NOUN" or own_forces(thing) or (patient_noun(thing) and not of_patient(thing)):
        return False
    return any(c.dep_ == "poss" and c.pos_ != "PRON" and is_party(c, parties) for c in thing.children)


def _shared_by_conjuncts(thing: Token, parties: Collection[int], moved: bool) -> list[Arg]:
    """A party on the last of coordinated objects, which the parser hung there though it completes them all:
    "imposed an arms embargo and a travel ban *on the junta*" (the embargo too is on the junta)."""
    for other in thing.conjuncts:
        if other.i > thing.i and other.pos_ in ("NOUN", "PROPN"):
            found = _party_through(other, parties, moved=moved)
            if found:
                return [Arg(a.head, a.start, a.end, a.flags + ["shared"]) for a in found]
    return []


def _after_closed_parenthetical(thing: Token, parties: Collection[int]) -> list[Arg]:
    """A party on a phrase that follows a parenthetical list of examples set off by commas ("imposed new sanctions,
    *including travel bans*, on Russian officials"): the parser hangs the phrase on the list's last noun, but the
    second comma closes the parenthetical, so what follows completes the thing outside it (the sanctions are on
    the officials)."""
    for p in thing.children:
        if p.dep_ != "prep" or not (p.lower_ == "including" or p.lower_ == "as" and any(
                c.lower_ == "such" for c in p.children)) or p.i == 0 or thing.doc[p.i - 1].lower_ != ",":
            continue
        inner = prep_object(p)
        listed = ([inner, *inner.conjuncts] if inner is not None else []) + _list_read_as_clause(p)
        for o in listed:
            for q in o.children:
                if q.dep_ != "prep" or q.lower_ in ("in", "at", "of") or q.lower_ not in STRONG_RECIPIENT_PREPS \
                        or thing.doc[q.i - 1].lower_ != ",":
                    continue
                obj = prep_object(q)
                if obj is not None and actorish(obj) and (is_party(obj, parties) or named_np(obj)):
                    return [Arg(a.head, a.start, a.end, a.flags + ["after_parenthetical"])
                            for a in prep_participant(obj, q.lower_, parties)]
    return []


def _list_read_as_clause(including: Token) -> list[Token]:
    """The nouns of an "including" list the parser read as a clause: in "imposed new sanctions over the crackdown,
    *including travel bans and asset freezes*, on Belarusian officials" the small model may take "freezes" for a verb
    (whose subject is "bans", leaving "including" with no object, or a conjunct of the main verb).  The words between
    "including" and the list's closing comma are still the list; those the parser hung outside the list (on the main
    verb) are its items read as verbs, and a phrase after the comma hangs on them."""
    doc = including.doc
    end = next((k for k in range(including.i + 1, including.sent.end) if doc[k].text == ","), None)
    if end is None:
        return []
    inside = range(including.i + 1, end)
    return [doc[k] for k in inside if doc[k].head.i not in inside and doc[k].head.i != including.i
            and doc[k].pos_ in ("NOUN", "PROPN", "VERB")]


def object_shifted_past_as(verb: Token) -> Token | None:
    """"denounced *as an ugly crime* Serbia's suppression of ...": a heavy object shifted after the verb's "as"
    predicate (denounce, describe, condemn, brand X as Y) - the parser reads it as an apposition of the "as"
    noun.  That noun phrase is the verb's direct object; None when the verb has an object of its own."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for prep in verb.children:
        pred = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > verb.i else None
        if pred is None:
            continue
        return next((c for c in pred.children if c.dep_ == "appos" and c.i > pred.i and c.pos_ in ("NOUN", "PROPN")),
                    None)
    return None


def _count_read_as_particle(verb: Token) -> Token | None:
    """"kidnapped *up to 16 Russian advisers*": "up to" before a number bounds a count (as "as many as" does), but
    the parser may read "up" as the verb's particle and "to 16 advisers" as its phrase.  The counted noun is then
    the verb's direct object; None when the verb has an object of its own or no such phrase."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prt in verb.children:
        if prt.dep_ != "prt" or prt.lower_ != "up":
            continue
        for prep in prt.children:
            obj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == prt.i + 1 else None
            if obj is not None and obj.i > prep.i and (prep.nbor().like_num or prep.nbor().pos_ == "NUM"):
                return obj
    return None


AIMED_AT_LABELS = {"", "PERSON", "NORP", "GPE"}  # (not a venue: "signed it *at the White House*", "spoke at the UN")


def _aimed_at_party(verb: Token, thing: Token, parties: Collection[int]) -> list[Arg]:
    """A thing thrown, fired, pointed or hurled *at* a party is aimed at that party, which receives the act:
    "threw eggs *at the Israeli ambassador*", "pointed their guns *at journalists*", "hurled insults *at the
    opposition leader*".  Only a thing (no party, count of parties or force of the actor's own: "injured four
    people at ..." keeps the people), and only a party on "at" that is no organisation, facility or area, which
    "at" names as a venue ("signed the deal *at the White House*")."""
    if is_party(thing, parties) or quantified_party(thing) or own_forces(thing) or thing.ent_type_:
        return []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            obj = prep_object(prep)
            if obj is not None and is_party(obj, parties) and obj.ent_type_ in AIMED_AT_LABELS and not time_phrase(obj):
                return participants(obj, ("prep:at", "aimed_at"))
    return []


# Where the people an act is done to are moved to or from (``object_of``'s ``patient``).
MOVED_PATIENT_PREPS = {"prep:to", "prep:into", "prep:from", "prep:toward", "prep:towards", "prep:out"}


def _goal_of_given_people(verb: Token, parties: Collection[int]) -> list[Arg]:
    """The one help is given to, when the help is people: "Germany is contributing *troops* to the NATO
    mission", "Cuba sent 200 *doctors* to Haiti", "provided military *advisers* to the Iraqi army".  In
    English a verb of giving takes the thing given as its object (the theme) and the receiver on "to"
    (or as a first object, handled as ``dative``); PLOVER's AID is coded on the receiver of the help, and
    people sent as help - troops, peacekeepers, doctors, experts - are what is given, not its receiver.
    Only a common noun as the object (not a name: "sent *Kerry* to Moscow" names an envoy who acts
    there) and only a party or determined noun phrase on "to" (not "to the area"-less infinitives)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ENTITY_LABELS or not (
            is_party(obj, parties) or actorish(obj)):
        return []  # (a thing given is handled by the general rules: "provided aid *to X*")
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and child.i > obj.i:
            goal = prep_object(child)
            if goal is not None and goal.pos_ != "PRON" and goal.ent_type_ not in NON_PARTICIPANT_LABELS \
                    and (is_party(goal, parties) or named_np(goal) or actorish(goal)):
                return participants(goal, ("prep:to", "goal", "given_people"))
    return []


def _for_clause(clause: Token) -> bool:
    """"called for *the government to release* the prisoners", "pushed for *Israel to allow* more aid": a
    for-clause with a subject of its own is the verb's complement, and its subject the one it is put to."""
    return clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i for c in clause.children)


# Verbs with two objects, the one given to and the thing given ("granted *the government* permission").
DITRANSITIVE_VERBS = word_class("ditransitive_verbs")


def _dative_read_as_compound(verb: Token, thing: Token, parties: Collection[int]) -> list[Arg]:
    """"granted *the Portuguese government* permission to inject ...": the parser reads the first of two
    objects as a compound of the second (the thing given, an object word).  A party-noun compound after
    the phrase's determiner is the one given to."""
    if verb.lemma_.lower() not in DITRANSITIVE_VERBS or is_party(thing, parties):
        return []
    det = next((c for c in thing.children if c.dep_ in ("det", "poss") and c.i < thing.i), None)
    for c in thing.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i + 1 == thing.i and det is not None and det.i < c.i \
                and (c.i in parties or named_np(c)):
            return [Arg(c.i, thing.left_edge.i, c.i + 1, ["dative", "read_as_compound"])]
    return []


# Verbs of carrying or tending the hurt: their agent rescued or drove the victim, it did not hurt them.
CARE_VERBS = word_class("care_verbs")


def shared_passive_agent(verb: Token) -> list[Arg]:
    """The "by" agent coordinated passives share: "The opposition leader was detained and later released *by
    police*", "was arrested *by police* and charged with treason" - one agent phrase for the coordinated
    participles, as one passive subject is (:func:`shared_passive_subject`).  Only between passives with no
    subject or agent of their own."""
    def bare(v: Token) -> bool:
        return passive(v) and not any(c.dep_ in SUBJECT_DEPS + ("agent",) for c in v.children)

    def agent(v: Token) -> list[Arg]:
        by = next((c for c in v.children if c.dep_ == "agent"), None)
        obj = prep_object(by) if by is not None else None
        if obj is None or obj.pos_ == "PRON" or time_phrase(obj):
            return []
        return [Arg(a.head, a.start, a.end, a.flags + ["passive_agent", "shared_agent"]) for a in participants(obj)]

    if verb.pos_ != "VERB" or not bare(verb):
        return []
    for conj in verb.children:  # a later participle carries the agent
        # (not one with a "be" of another tense: "*was arrested* in Bogota and *is charged by* a court in Detroit" - two
        # clauses, two times; "were being rounded up ... and were being targeted by the government" share it; session
        # 48, a probe of unjudged news)
        if conj.dep_ == "conj" and conj.tag_ == "VBN" and passive(conj) and not in_class(conj, CARE_VERBS) and not any(
                c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in conj.children) and not _other_tense(conj, verb):
            found = agent(conj)
            if found:
                return found
    v = verb
    while v.dep_ == "conj" and v.tag_ == "VBN":  # an earlier one carries it
        v = v.head
        if v.pos_ != "VERB" or not passive(v) or any(c.dep_ in SUBJECT_DEPS for c in v.children):
            return []
        found = agent(v)
        if found:
            return found
    return []


def _other_tense(conj: Token, verb: Token) -> bool:
    """Does the coordinated passive have a "be" of its own in another tense than the verb's ("was arrested ... and
    *is* charged")?"""
    own = {c.tag_ for c in conj.children if c.dep_ == "auxpass"}
    return bool(own) and own != {c.tag_ for c in verb.children if c.dep_ == "auxpass"}


SIDE_NOUNS = word_class("body_nouns") | word_class("state_nouns")  # "the government", "the party" act as one


def _sides_named_by_common_nouns(obj: Token) -> bool:
    """Two sides "between" which a deal is made, named by determined common nouns the parser does not take for
    names ("the agreement between *the government and the rebels* was signed"): the object and its conjunct could
    each be a party."""
    def side(tok: Token) -> bool:  # (people or a body of them, not a thing: "between *the airport* and the city")
        return tok.pos_ != "PRON" and actorish(tok) and (
            _is_entityish(tok) or tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in SIDE_NOUNS)
    return side(obj) and any(c.dep_ == "conj" and side(c) for c in obj.children)


def agent_of_passive_subject(verb: Token, object_words: set[str]) -> list[Arg]:
    """"Sanctions against Iran *by the EU* were extended": when the passive subject is the thing the
    trigger acts on (an object word: the event itself), its own by-agent is the event's agent.  (Not
    another noun's: "an offer by Ecuador was rejected" - Ecuador offered, someone else rejected.)"""
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS and child.lemma_.lower() in object_words:
            # ("the agreement *between Sudan and South Sudan* was signed": both sign it)
            by = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in ("by", "between")), None)
            obj = prep_object(by) if by is not None else None
            if obj is not None and obj.pos_ != "PRON" and (_is_entityish(obj) or by.lower_ == "between" and (
                    _sides_named_by_common_nouns(obj))):
                return participants(obj, ("passive_agent" if by.lower_ == "by" else "prep:between",))
    return []


def place_of_agentless_passive(verb: Token) -> list[Arg]:
    """"X was arrested *in Niger*", "were expelled *from North Korea*", "released from captivity *in
    Libya*": the country or town where an agentless passive happened stands for the state that acted.  Not a place
    fronted before the subject ("*In Chile*, a drug ring was accused of ..."): a frame-setting adverbial (Maienborn
    2001) says of which domain the whole sentence is true, not where the act was done, so it names no actor."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    # (also "in" on the object a passive of giving keeps: "were granted *asylum in the Czech Republic*", the parser
    # hanging the place on the noun - session 57, an NGEC synthetic story)
    kept_objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (*verb.children, *(p for o in kept_objects for p in o.children if p.lower_ == "in")):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from") or _frame_setting(prep):
            continue
        if any(t.lower_ in CONTRAST_MARKS for t in verb.doc[verb.i + 1:prep.i]):
            continue  # ("was accused of stealing ..., *while in* one case *in Guatemala* a ring used ...": another clause)
        obj = prep_object(prep)
        for place in (obj, *(prep_object(p) for p in (obj.children if obj is not None else ()) if p.dep_ == "prep"
                             and p.lower_ == "in")):
            if place is not None and place.ent_type_ == "GPE":
                return participants(place, ("agentless_passive_place",))
    return []


def _frame_setting(prep: Token) -> bool:
    """Is the preposition a frame-setting adverbial: fronted before its clause's subject ("*In Chile*, a drug ring was
    accused ...")?"""
    subject = next((c for c in prep.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS + SUBJECT_DEPS), None)
    return subject is not None and prep.i < subject.i


def frame_setting_places(verb: Token) -> set[int]:
    """The tokens of the frame-setting place phrases on ``verb`` (:func:`_frame_setting`): they say where the sentence
    holds, so they name no one who acts or is acted on."""
    return {t.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS and _frame_setting(prep)
            for t in prep.subtree}


def reported_speaker(tok: Token) -> Token | None:
    """The subject of the speech verb whose complement clause contains ``tok``, if any."""
    t = tok
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_HEADS:
            for c in t.head.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None
