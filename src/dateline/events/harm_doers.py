"""Word-sense doubts of harm with no political doer (read by events/relevance.py, rows of data/layer_doubts.tsv): the
sufferer of a verb of suffering read as the doer ("*suffered* injuries"), an accident (the article's cue that a shooting
was an accident, a young child or the gun as the doer), a disease or a force of nature as the doer ("*Hurricane* Katrina
killed"), a weapon or a shot with no party named ("*those bullets* hit his wife"), a statute as the doer and animals as
the ones harmed.  Harm no party did on purpose is no PLOVER ASSAULT.  Each reads the parse of the event's sentence only,
but for the article's cue of an accident (``accident_article``).  Moved from sense_doubts.py (session 33, helper
SPLIT)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.events.clause_parts import acted_on, actor_is_subject, span_head as _head
from dateline.events.lexicon import counted_nouns
from dateline.events.sense_parts import (
    ACCIDENT, ANIMAL_TARGET, HARMED, INSTRUMENT_DOER, NATURAL_DOER, NATURAL_TARGET, NEGLIGENCE, PARTY_ENTITIES,
    STATUTE_DOER, _counted, _named_by, disease_name,
)
from dateline.events.tables import in_class, layer_doubt_row as _row, read_table, word_class
from dateline.model import Event, Participant


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


# Words of a part or a count of things whose "of" names the things ("*pieces of* glass", "*one of* the bullets").
PART_WORDS = word_class("part_words")


def _instrument(p: Participant, head, words: frozenset[str]) -> bool:
    """Is the participant a weapon, a shot or a vehicle of war with no party named in it ("*those bullets*", "*eight
    pistols*", "an *Improvised Explosive Device*": a name only with a second such word compounded with it, so that the
    firm "Shell" is none), and no country, sector or owner ("*Israeli* planes", "*the army's* tanks" name the party)?"""
    if head is None or p.country or p.sector or any(c.dep_ == "poss" for c in head.children):
        return False
    if head.lemma_.lower() in PART_WORDS or head.like_num:
        # ("wounded by *pieces of glass*": the glass, session 45; "*One of the bullets* struck Garza": the bullets,
        # session 48)
        head = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj"), head)
    low = {head.lower_, head.lemma_.lower()}
    compounds = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod")]
    if head.pos_ == "NOUN" and head.ent_type_ not in PARTY_ENTITIES:
        return bool(low & words)
    if head.pos_ == "PROPN" and head.text.isupper() and head.ent_type_ not in PARTY_ENTITIES:
        return bool(low & words)  # (a word in capitals the tagger takes for a name: "A *CARBOMB* EXPLODED"; session 49)
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
    if event.type in types and heads and all(h is not None and (_named_by(h, words) or disease_name(h)) for h in heads):
        return NATURAL_DOER
    if event.type in types and heads and _infects_too(_head(event.trigger, doc)):
        return NATURAL_DOER  # ("officials confirmed *it has infected* over 200 people ... *and killed* three": session 46)
    _, _, animals = _row(ANIMAL_TARGET)
    if event.type in types and heads and all(h is not None and h.pos_ == "NOUN" and in_class(h, animals) and not any(
            c.dep_ in ("compound", "amod") for c in h.children) for h in heads):
        # ("the lodge owner was killed *by his lions*": an animal uses no force as a party - but "*police* dogs" are the
        # police's; session 45)
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


# Verbs of infection (data/word_classes.tsv infection_verbs): whatever infects people is a disease, however a pronoun
# for it was resolved.
INFECTION_VERBS = word_class("infection_verbs")


def _infects_too(verb) -> bool:
    """Is the trigger verb coordinated with a verb of infection that shares its subject ("it *has infected* over 200
    people mostly in Wuhan *and killed* three people")?  The doer is a disease (session 46, a probe of unjudged news)."""
    if verb is None or verb.pos_ != "VERB":
        return False
    return any(v.lemma_.lower() in INFECTION_VERBS for v in (verb, *verb.conjuncts) if v.i != verb.i)


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
    fought = [_counted(t) or t for t in fought]
    fire_fought = tok.lemma_.lower() in FIRE_FIGHTING_VERBS  # (not "*returned fire*", "*opened fire*", "*set fire to*")
    return bool(fought) and all(_named_by(t, words) or disease_name(t) or (fire_fought and _fire(t)) for t in fought)


FIRE_WORDS = word_class("fire_words")
# The verbs of putting a fire out ("crews *battle* the blaze", "firefighters *fought* the fire for hours").
FIRE_FIGHTING_VERBS = word_class("fire_fighting_verbs")


def _fire(tok) -> bool:
    """Is the noun a fire, by itself or by its adjective ("fought *the blaze*", "battle *the blazing* remnants")?"""
    return in_class(tok, FIRE_WORDS) or any(c.dep_ == "amod" and in_class(c, FIRE_WORDS) for c in tok.children)
