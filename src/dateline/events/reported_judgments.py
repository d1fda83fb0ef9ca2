"""Criticism told as a reported judgment: "X said *Y's policy was a disaster*", "X says *the government is
acting too late*", "X said *the sums did not add up*" - a verb of saying whose reported clause judges a party
badly, with no accusation word on the speaker's own verb.  It is criticism by the speaker of that party
(CAMEO 111 'Criticize or denounce'; PLOVER codebook ACCUSE disapprove: 'express disapproval; condemn;
complain').  A praising adjective ("Germany's role had been *constructive*", "refugees are *welcome*") is
praise by the speaker instead (CAMEO 051 'Praise or endorse'; PLOVER SUPPORT).

The clause judges a party when its subject is the party ("the government is acting too late") or a thing the
party owns ("*Britain's* policy", "the *Tory* sums": a possessor or a modifier the actors stage resolved) and
its predicate condemns it: a condemning adjective or noun ("was reckless", "was a mistake"), an approving
adjective negated ("was not acceptable"), a verb of working negated ("did not work", "did not add up"),
"failed" with no infinitive ("the policy had failed"; with one it is :func:`reported.reported_blame`'s), or
an adverb under "too" ("too late").  The words are data (``data/judgment_words.tsv``).  Nothing when the
speech is negated, the clause is doubted or conditional ("may be a mistake", "if the plan fails"), or the
subject names no party ("said the talks were productive", "said the situation was appalling").

Session 23 (helper RECALL): a predicate noun condemns by its modifier too ("Y is *a terrorist* group", "was *a brutal*
regime") or, after a noun of membership, by the "of" noun's ("the head of *a repressive* government", "part of *a
corrupt* elite"); "have" with "no right" ("Y had no right to interfere"), an adverb of unlawful or reckless
conduct ("was acting *illegally*"), and a verb whose object makes it wrongdoing ("committed *war crimes*", "broke
*its promise*", "spreading *lies*": :data:`WRONGFUL_OBJECTS`) condemn the subject; a relative pronoun as the judged
subject stands for the noun the clause of saying describes ("the government, *which* critics say is corrupt").
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events import roles
from dateline.events.candidate import Candidate
from dateline.events.lexicon import modality_cues
from dateline.events.parties import named_owner, party_word
from dateline.events.reported import reported_event, speech_clauses
from dateline.events.tables import word_class

JUDGMENT_WORDS = "judgment_words.tsv"
RELATIVE_TAGS = {"WDT", "WP"}  # "which", "who" as the reported clause's subject
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})  # a reported clause's subject standing for a person or group


def _words(name: str) -> frozenset[str]:
    return word_class(name, JUDGMENT_WORDS)


def negated(tok: Token) -> bool:
    """Is ``tok`` negated by a child ("did *not* say", "*never* worked")?"""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)


def _condemnation(clause: Token) -> str | None:
    """The word by which the reported clause condemns its subject, or None."""
    kids = list(clause.children)
    clause_negated = negated(clause)
    if clause.lemma_ == "be":
        for c in kids:
            if c.dep_ == "acomp" and c.pos_ == "ADJ":
                word = c.lower_
                if word in _words("condemning_adjectives") and not clause_negated and not negated(c):
                    return word
                if word in _words("approving_adjectives") and (clause_negated or negated(c)):
                    return f"not {word}"
                if word in _words("praising_adjectives") and not clause_negated and not negated(c):
                    return f"praise {word}"
            if c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and not clause_negated and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return "to blame"  # "X said *Y was to blame*" (session 23): Y is the one blamed
            if c.dep_ == "attr" and c.pos_ == "NOUN" and not clause_negated \
                    and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                if c.lemma_.lower() in _words("condemning_nouns"):
                    return c.lemma_.lower()
                named = _condemning_modifier(c)
                if named is not None:
                    return named
        return None
    lemma = clause.lemma_.lower()
    wrong = _wrongdoing(clause, kids, clause_negated) or _did_too_little(clause, kids, clause_negated)
    if wrong is not None:
        return wrong
    if clause.pos_ == "VERB" and lemma in _words("success_verbs"):
        if lemma == "fail":
            if not clause_negated and not any(c.dep_ in ("xcomp", "dobj") for c in kids):
                return "failed"
            return None
        if clause_negated and (lemma != "add" or any(c.dep_ == "prt" and c.lower_ == "up" for c in kids)):
            return f"not {lemma}"
        return None
    if clause.pos_ in ("VERB", "AUX") and not clause_negated:
        manner = _no_right(clause, kids) or _condemning_manner(clause, kids)
        if manner is not None:
            return manner
        for c in kids:
            if c.dep_ in ("advmod", "dobj", "npadvmod") and c.lower_ in _words("excess_adverbs") and any(
                    d.dep_ == "advmod" and d.lower_ == "too" for d in c.children):
                return f"too {c.lower_}"
    return None


def _condemning_modifier(noun: Token) -> str | None:
    """A predicate noun that condemns by its modifier: "X said Y was *a repressive* ruler", "Y is *a terrorist*
    group" (session 23) - a condemning adjective or a condemning name as its adjective or compound modifier."""
    for m in noun.children:  # (an adjective by the adjective list only: "a *criminal* lawyer" condemns no one)
        if not negated(m) and (m.dep_ == "amod" and m.lower_ in _words("condemning_adjectives")
                               or m.dep_ == "compound" and m.lemma_.lower() in _words("condemning_nouns")):
            return m.lemma_.lower()
    if noun.lemma_.lower() in _words("membership_nouns"):  # "is the head *of a repressive government*", "part *of a
        for c in noun.children:                             # corrupt elite*": one "of" further
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ != "pobj" or o.pos_ != "NOUN":
                        continue
                    named = _condemning_modifier(o)
                    if named is not None:
                        return named
                    if o.lemma_.lower() in _words("condemning_nouns"):
                        return o.lemma_.lower()
    return None


# a verb whose direct object makes it wrongful conduct -> the class of judgment_words.tsv naming those objects
WRONGFUL_OBJECTS = {"commit": "crime_nouns", "break": "broken_objects",
                    "spread": "spread_objects", "tell": "spread_objects"}


def _wrongful_object(verb: Token) -> bool:
    """"Y *committed war crimes*", "had *broken its promises*", "was *spreading lies*" (session 23): a verb whose
    direct object makes it wrongful conduct (:data:`WRONGFUL_OBJECTS`) - saying a party did it accuses that party.
    The object's kind may be named by its modifier ("*war* crimes")."""
    table = WRONGFUL_OBJECTS.get(verb.lemma_.lower())
    if table is None:
        return False
    objects = _words(table)
    return any(c.dep_ == "dobj" and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) and (
        c.lemma_.lower() in objects or any(
            f"{m.lemma_.lower()} {c.lemma_.lower()}" in objects for m in c.children if m.dep_ in ("compound", "amod")))
        for c in verb.children)


def _did_too_little(clause: Token, kids: list[Token], clause_negated: bool) -> str | None:
    """"Y *has done nothing* to stop the violence", "*has not done enough*", "*did little* to help" (session 23): "do"
    whose object says the party failed to act - criticism by the speaker.  Not "did nothing *wrong*" (an adjective on
    the object clears the party) nor "did *a little*"."""
    if clause.lemma_.lower() != "do" or clause.pos_ != "VERB":
        return None
    for c in kids:
        if c.dep_ != "dobj" or any(d.dep_ == "amod" or d.dep_ == "det" and d.lower_ == "a" for d in c.children):
            continue
        word = c.lower_
        if word == "nothing" and not clause_negated:
            return "did nothing"
        if word in _words("amounts_wanting") and clause_negated:
            return "not enough"
        if word == "little" and not clause_negated:
            return "did little"
    return None


def _no_right(clause: Token, kids: list[Token]) -> str | None:
    """"Y *had no right* to interfere", "has no business" (session 23): "have" whose direct object is a right denied
    by "no" (``denied_rights``) - the speaker condemns what the party does."""
    if clause.lemma_.lower() != "have":
        return None
    for c in kids:
        if c.dep_ == "dobj" and c.lemma_.lower() in _words("denied_rights") and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return f"no {c.lemma_.lower()}"
    return None


def _condemning_manner(clause: Token, kids: list[Token]) -> str | None:
    """"Y was *acting illegally*", "had *recklessly* endangered" (session 23): an adverb of the clause's verb that
    condemns how the party acts (``condemning_adverbs``)."""
    for c in kids:
        if c.dep_ == "advmod" and c.lower_ in _words("condemning_adverbs"):
            return c.lower_
    return None


def _wrongdoing(clause: Token, kids: list[Token], clause_negated: bool) -> str | None:
    """"X said *Y had violated the truce*", "*NATO was undermining* security", "*Y is trying to meddle*": the cue
    ("alleged violate") when the clause's verb, or the infinitive of its verb of trying or going on, is a verb of
    wrongful conduct (``wrongdoing_verbs``, ``attempt_verbs``), not negated; the subject is the one accused."""
    if clause_negated or clause.pos_ != "VERB":
        return None
    verbs = [clause]
    if clause.lemma_.lower() in _words("attempt_verbs"):
        verbs += [c for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB" and not negated(c)]
    for verb in verbs:
        if verb.lemma_.lower() in _words("wrongdoing_verbs") or _wrongful_object(verb):
            return f"alleged {verb.lemma_.lower()}"
    return None


def _named_party(tok: Token, parties: Collection[int]) -> bool:
    """Is ``tok`` inside an actors-stage mention, or a proper noun that names a party?"""
    return tok.i in parties or (party_word(tok) and tok.pos_ == "PROPN")


def judged_party(subject: Token, parties: Collection[int], speaker: set[int]):
    """The party a judged subject is (the subject token), or the owner's argument list: "*the government* is
    acting too late", "*Britain's* policy was a mistake"; None for a pronoun or a thing no party owns."""
    if subject.pos_ == "PRON" or subject.i in speaker:
        return None
    if _named_party(subject, parties):
        return subject
    return named_owner(subject, parties, lambda t: t.i not in speaker and t.pos_ != "PRON") or None


def speaker_tokens(speech: Token) -> set[int]:
    """The token indices of the speech verb's subject (the speaker), empty when it has none."""
    return {i for a in roles.subject_of(speech) for i in range(a.start, a.end)}


def clause_party(speech: Token, clause: Token, parties: Collection[int]):
    """(the reported clause's subject, the party it names: the subject token or the owner's arguments) - see
    :func:`judged_party` - or None when the clause has no subject, the speech no speaker, or the subject no party."""
    subject = [c for c in clause.children if c.dep_ == "nsubj"]
    speaker = speaker_tokens(speech)
    if not subject or not speaker:
        return None
    if subject[0].tag_ in RELATIVE_TAGS and speech.dep_ == "relcl" and speech.head.i not in speaker:
        # "the government, *which* the opposition says is corrupt": the relative pronoun stands for the noun the
        # clause of saying describes (session 23)
        subject = [speech.head]
    party = judged_party(subject[0], parties, speaker)
    return None if party is None else (subject[0], party)


def reported_judgments(sent: SpacySpan, doc: Doc, taken: set[int], parties: Collection[int] = ()) -> list[Candidate]:
    """"X said Y's policy was a disaster": criticism by the speaker X of Y (ACCUSE disapprove), triggered by the
    speech verb (``parties``: token indices inside the actors stage's mentions)."""
    cues = modality_cues()
    out = []
    for tok, clause in speech_clauses(sent, taken):
        if negated(tok):
            continue  # "did not say the plan was a mistake"
        if any(c.dep_ in ("aux", "auxpass") and (c.lower_, "aux") in cues and cues[(c.lower_, "aux")] != "negated"
               or c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
            continue  # doubted, foretold or conditional: "may be a mistake", "would be a disaster"
        cue = _condemnation(clause)
        if cue is None:
            critics = _critics_of(tok, clause, parties)
            if critics is not None:
                out.append(critics)
            continue
        found = clause_party(tok, clause, parties)
        if found is None:
            continue
        subject, party = found
        if cue.startswith("alleged ") and (subject.tag_ == "VBG" or any(c.dep_ == "csubj" for c in clause.children)):
            # a gerund subject names an act, not the one accused ("said *suspending Damascus* violated the charter")
            continue
        if cue.startswith("praise "):  # praise by the speaker (CAMEO 051 'Praise or endorse'; PLOVER SUPPORT)
            cand = reported_event(sent, tok, subject, cue[7:], "judgment", "SUPPORT")
        elif cue.startswith("alleged "):  # wrongful conduct said of a party: an accusation (CAMEO 112; ACCUSE allege)
            cand = reported_event(sent, tok, subject, cue.replace(" ", "_"), "judgment", "ACCUSE", "allege")
        else:
            cand = reported_event(sent, tok, subject, cue.replace(" ", "_"), "judgment", "ACCUSE", "disapprove")
        if not isinstance(party, Token):
            cand.recipient = party  # the owner of the judged thing ("*Britain's* policy")
        out.append(cand)
    return out


def _critics_of(speech: Token, clause: Token, parties: Collection[int]) -> Candidate | None:
    """"*Critics* say the government has failed minorities", "Mr Erdogan's *critics* say he has used the uprising as an
    excuse to stifle the opposition": what those named as critics say (a noun of ``critic_nouns`` as the speaker) is
    criticism whatever its words (PLOVER ACCUSE disapprove).  It is laid on the reported clause's subject when that is
    a party, or a pronoun standing for the party the critics are named after; else on that party itself ("*Mr
    Erdogan's* critics", "critics *of the government*").  The critics are the actor without that party's name (they
    are not Erdogan).  A clause with no party, critics of no one ("critics say the plan will cost billions"), accuses
    no one."""
    critics = [c for c in speech.children if c.dep_ == "nsubj" and c.lemma_.lower() in _words("critic_nouns")]
    if not critics:
        return None
    noun = critics[0]
    named_after = [(c, o) for c in noun.children for o in (
        [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of"
        else []) if o.pos_ != "PRON" and _named_party(o, parties)]
    subject = [c for c in clause.children if c.dep_ == "nsubj"]
    found = clause_party(speech, clause, parties)
    if found is not None:
        judged = found[0]
    elif named_after and subject and subject[0].pos_ == "PRON" and subject[0].lower_ in PERSONAL_PRONOUNS:
        judged = subject[0]
    elif named_after:
        judged = named_after[0][1]
    else:
        return None
    cand = reported_event(speech.sent, speech, judged, "critics", "judgment", "ACCUSE", "disapprove")
    if found is not None and not isinstance(found[1], Token):
        cand.recipient = found[1]  # the owner of the judged thing
    if named_after:  # the critics without the name of the party they oppose: "Mr Erdogan's | critics", "critics | of ..."
        mark = named_after[0][0]
        start, end = (mark.right_edge.i + 1, noun.right_edge.i + 1) if mark.i < noun.i else (noun.left_edge.i, mark.i)
        start = max(start, noun.left_edge.i)
        cand.actor = [roles.Arg(noun.i, start, end, ["subject", "critics"])]
    return cand


def judged_recipient(cand: Candidate, doc: Doc, parties: Collection[int] = ()) -> None:
    """A verb of saying the trigger lexicon codes as a judgment of its reported clause ("France said *the American
    decision was illegal*", "Russia said *the move by NATO was a provocation*": ``triggers.tsv`` accuse.said_illegal,
    a verb+complement entry) judges the party that clause is about, as :func:`reported_judgments` does for the words
    of ``judgment_words.tsv``: the clause's subject when it is a party, else the party that owns the judged thing
    ("the *American* decision", "*China's* ban") or does it ("the move *by NATO*").  Sets that party as the recipient
    of a candidate the argument rules left without one (the reported clause is no object of the verb)."""
    tok = doc[cand.token]
    if cand.recipient or not cand.hits or tok.lemma_.lower() not in roles.SPEECH_HEADS \
            or any(h.entry.type != "ACCUSE" for h in cand.hits):
        return
    speaker = speaker_tokens(tok)
    for clause in tok.children:
        if clause.dep_ != "ccomp":
            continue
        subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subject or not speaker:
            continue
        party = judged_party(subject[0], parties, speaker) or _doer_by(subject[0], parties, speaker)
        if party is None:
            continue
        cand.recipient = roles.participants(party, ("reported_judgment",)) if isinstance(party, Token) else party
        return


def _doer_by(thing: Token, parties: Collection[int], speaker: set[int]):
    """The party a judged deed is done by: "the move *by NATO*", "the strikes *by the coalition*"."""
    for c in thing.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for o in c.children:
                if o.dep_ == "pobj" and o.i not in speaker and o.pos_ != "PRON" and _named_party(o, parties):
                    return o
    return None
