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
            if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in _words("condemning_nouns") \
                    and not clause_negated and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return c.lemma_.lower()
        return None
    lemma = clause.lemma_.lower()
    wrong = _wrongdoing(clause, kids, clause_negated)
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
        for c in kids:
            if c.dep_ in ("advmod", "dobj", "npadvmod") and c.lower_ in _words("excess_adverbs") and any(
                    d.dep_ == "advmod" and d.lower_ == "too" for d in c.children):
                return f"too {c.lower_}"
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
        if verb.lemma_.lower() in _words("wrongdoing_verbs"):
            return f"alleged {verb.lemma_.lower()}"
    return None


def judged_party(subject: Token, parties: Collection[int], speaker: set[int]):
    """The party a judged subject is (the subject token), or the owner's argument list: "*the government* is
    acting too late", "*Britain's* policy was a mistake"; None for a pronoun or a thing no party owns."""
    if subject.pos_ == "PRON" or subject.i in speaker:
        return None
    if subject.i in parties or (party_word(subject) and subject.pos_ == "PROPN"):
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
                if o.dep_ == "pobj" and o.i not in speaker and o.pos_ != "PRON" and (
                        o.i in parties or party_word(o) and o.pos_ == "PROPN"):
                    return o
    return None
