"""Word-sense doubts of force that is words, play or harm to oneself (read by events/relevance.py, frames of
data/layer_doubts.tsv, ``spoken_or_self``): violence done to oneself ("the gunman *killed himself*"), an attack made in
words ("*attacked* British imperialists, *saying* ..."), a warning of a force of nature, a fact of nature denied, a verb
of competing used of a match, a race, an election or a chart ("Gloucester *beat* Bath 17-16") and what a work of culture
says or is about.  None is political force.  Each reads the parse of the event's sentence only.  Moved from
sense_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import acted_on, span_head as _head
from dateline.events.critics_attacks import critics_attack
from dateline.events.parties import to_infinitive
from dateline.events.sense_parts import (
    ARMED_SECTORS, CONTEST, CONTEST_MARGIN, CONTEST_RIVAL, CULTURE_WORK, HAZARD_DENIAL, HAZARD_WARNING, SELF_HARM,
    SPOKEN_ATTACK, STRIVING, VERBAL_ATTACK, _named_by,
)
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.events.wound_sites import BODY_PARTS
from dateline.model import Event


# The clauses a warning's content hangs in: a that-clause of the verb or noun, or one the parser hung on the one warned
# ("warning residents *that* rains will cause ...").
WARNING_CLAUSE_DEPS = {"ccomp", "acl", "relcl"}


# The prepositions of a gerund that tells how a passive harm came about ("injured *after* shooting himself").
SELF_HARM_PREPOSITIONS = {"after", "while", "when", "by"}
# Verbs of a shot that may be aimed into one's own body ("fired a round into his leg"), besides the self_harm row's.
SELF_AIMED_SHOTS = {"fire"}
# The possessives that make a body part (wound_sites.BODY_PARTS) the doer's own ("*his* leg").
OWN_POSSESSIVES = {"his", "her", "their"}


def _own_body_part_only(event: Event, doc: Doc) -> bool:
    """Is every recipient a body part owned by "his", "her" or "their" with no one else acted on ("fired a round *into his
    leg*")?  English names the doer's own body so; another's would be named ("shot *the man* in the leg")."""
    heads = [_head(p, doc) for p in event.recipient]
    return bool(heads) and all(h is not None and in_class(h, BODY_PARTS) and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in h.children) for h in heads)


def _reflexive_only(verb, words: frozenset[str]) -> bool:
    """Is every direct object of ``verb`` one of ``words``, a reflexive pronoun with no conjunct ("killed *himself*",
    not "killing himself and two accomplices"), and is there one?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in words and not any(c.dep_ == "conj" for c in o.children) for o in objects)


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
    if event.type in types and (lemma in lemmas or lemma in SELF_AIMED_SHOTS) and tok.pos_ == "VERB" and \
            _own_body_part_only(event, doc):
        # "he *fired a round into his leg* while he took the gun apart": a shot into the doer's own body (session 45)
        return SELF_HARM
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
    if spoken_attack(event, tok) or critics_attack(event, tok, doc):
        return VERBAL_ATTACK
    types, lemmas, words = _row(HAZARD_WARNING)
    if event.type in types and lemma in lemmas:
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "dative"))]
        clauses = [c for h in holders for c in h.children if c.dep_ in WARNING_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
        subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        # ("the NHC also *warned of* potential flash *floods*": the hazard warned of on "of" or "about"; session 45)
        subjects = subjects or [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                                for o in c.children if o.dep_ == "pobj"]
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
    if striving(event, tok):
        return STRIVING
    if work_of_culture(tok):
        return CULTURE_WORK
    return None


# Prepositions of a fight's aim or foe ("fight *against* the rebels", "battle *with* police", "fight *for* control of").
FIGHT_AIM_PREPOSITIONS = {"against", "with", "for", "over", "on"}


def striving(event: Event, tok) -> bool:
    """Is the trigger a verb of fighting (data/layer_doubts.tsv striving) with a to-infinitive and no object or aim,
    done by no armed body ("the FAO and OIE *are fighting to get* that name changed")?  Striving for an end, no
    force."""
    types, lemmas, _ = _row(STRIVING)
    if event.type not in types or tok.pos_ != "VERB" or tok.lemma_.lower() not in lemmas:
        return False
    if any(p.sector in ARMED_SECTORS for p in event.actor):
        return False  # ("rebels fought to retake the town": force, with its aim)
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in FIGHT_AIM_PREPOSITIONS for c in kids):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in kids)


# The prepositions whose object is what a work of culture is about ("a novel *about* an honour killing", "a film *on*
# the war").
TOPIC_PREPOSITIONS = {"about", "on"}


def work_of_culture(tok) -> bool:
    """Is the trigger the doing or the topic of a work of culture (data/layer_doubts.tsv, culture_work: a song, a film,
    a novel, a bestseller ...): the subject of the verb ("the *film attacks* the regime"), the noun a participle describes
    (as the parser hangs it, or right before it: "their *song criticising* the global failure"), or the work that an
    "about" / "on" phrase holding the trigger hangs on ("*bestseller* Forbidden Love - *about* a Jordanian honour
    *killing*"), or the noun a work is said to be ("his *film is an attack* on the governor")?  What a song says or a book is about is its content, no act of a party reported (PLOVER codes
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
    elif tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and work(c) for c in tok.head.children):
        return True  # what a work is said to be ("denies that *his film is an attack* on the governor"; session 42)
    node = tok
    for _ in range(4):  # (the trigger, or the noun it describes, as the object of the topic's preposition)
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPOSITIONS:
            return work(node.head.head)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


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
