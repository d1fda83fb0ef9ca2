"""Aggression alleged in reported speech: "The Kurds said *Baghdad's forces had attacked* their fighters",
"X claimed *Y had shelled* the town" - a verb of saying whose reported clause tells, as a fact, that another
party used force.  Besides the act itself (coded at its own verb, doer to victim), the speaker accuses that
party of it: CAMEO 112 'Accuse' ("allegations made by actors [that] do not in any way imply that the alleged
events have taken place"), 1123 'Accuse of aggression' ("blame for initiating hostilities or engaging in
questionable or unjustifiable military actions such as violations of ceasefire"); PLOVER codebook ACCUSE
allege ("formally or informally accuse").  So the speaker acts on the reported doer: ACCUSE allege, triggered
by the speech verb.

It is an allegation, not a report, when the verb says so by its sense ("X *claimed* / *alleged* that Y had
attacked the town": the speaker asserts what is disputed; ``alleging_verbs`` in ``data/judgment_words.tsv``),
or when the speaker is the one harmed: the force is aimed at a pronoun that
stands for the speaker, as indirect speech turns the speaker's "we"/"our" into "it"/"its"/"they"/"their"
("Iran said Israel had attacked *its* nuclear facility", "... fired on *them*").  "Police said the gunman
opened fire on a family", "officials said militants attacked a convoy", "a radio station reported that
guerrillas attacked a police station" report force done to others: no allegation (on the judged news
samples, every such event was a report).  Also only when the reported act is typed as force (ASSAULT:
attacked, shelled, killed, fired on) - checked once it is typed (:func:`alleged`), so "said Y had attacked
the plan" (words) is none; when its doer - the clause's active subject - is a party other than the speaker
(a name, a resolved mention, or a thing a party owns: "*Baghdad's* forces"), not a pronoun ("Hamas said *it*
had fired rockets": its own deed); and when the clause states it as done: not negated, doubted, foretold or
conditional ("said Y would attack", "may have fired", "if Y attacks"), the saying itself not negated.
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events.candidate import Candidate
from dateline.events.lexicon import modality_cues, token_entries
from dateline.events.reported import reported_event, speech_clauses
from dateline.events.reported_judgments import JUDGMENT_WORDS, clause_party, negated
from dateline.events.tables import word_class

ALLEGED_TYPES = frozenset({"ASSAULT"})  # force (CAMEO 1123 aggression, 1124 war crimes)
# The prepositions that name who force is aimed at ("opened fire *on*", "fired *at*", "a strike *against*").
AIMED_PREPOSITIONS = frozenset({"on", "at", "against", "upon"})
# (data/judgment_words.tsv) verbs that report an allegation by their sense ("*claimed* that Y had attacked"), and
# pronouns of a reported clause that stand for the speaker ("Iran said Israel attacked *its* nuclear site")
ALLEGING_VERBS = word_class("alleging_verbs", JUDGMENT_WORDS)
SPEAKER_PRONOUNS = word_class("speaker_pronouns", JUDGMENT_WORDS)


def _victims(act: Token) -> list[Token]:
    """Who the reported force is aimed at: the clause verb's object, or the object of "on"/"at"/"against"."""
    out = [c for c in act.children if c.dep_ == "dobj"]
    out += [g for c in act.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
            for g in c.children if g.dep_ == "pobj"]
    return out


def _speakers_own(victim: Token) -> bool:
    """Is the party harmed the speaker: a pronoun standing for the speaker ("attacked *its* nuclear site", "had fired
    on *them*").  (A party of the speaker's country is not enough: police and the family a gunman shot are both
    American.)"""
    return victim.dep_ != "conj" and (victim.lower_ in SPEAKER_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS for c in victim.children))
    # (not a conjunct: "opened fire on Mancera, Luis Anaya and *their* child" - theirs, not the speaker's)


def _stated_as_done(clause: Token) -> bool:
    """The reported clause says the act was done: no negation, no modal or future auxiliary, no "if"/"whether"."""
    if negated(clause):
        return False
    cues = modality_cues()
    for c in clause.children:
        if c.dep_ in ("aux", "auxpass") and (c.lower_, "aux") in cues:
            return False
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
            return False
    return clause.pos_ == "VERB" and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")


def reported_allegations(sent: SpacySpan, doc: Doc, cands: list[Candidate],
                         parties: Collection[int] = ()) -> list[Candidate]:
    """"X said Y had attacked Z": an accusation by the speaker X against Y (ACCUSE allege), triggered by the speech
    verb (``cands``: the sentence's candidates so far; ``parties``: token indices inside the actors stage's
    mentions).  Each one is kept only if the alleged act is typed as force (:func:`alleged`)."""
    out = []
    at = {c.token: c for c in cands}
    for tok, clause in speech_clauses(sent, set(at), also=ALLEGING_VERBS):
        if negated(tok) or not _stated_as_done(clause) or clause.i not in at:
            continue
        if not {e.type for e in token_entries(clause)} & ALLEGED_TYPES:
            continue
        found = clause_party(tok, clause, parties)
        if found is None:
            continue
        subject, party = found
        if tok.lemma_.lower() not in ALLEGING_VERBS and not any(_speakers_own(v) for v in _victims(clause)):
            continue  # a report of force ("police said the gunmen opened fire on a family"), not an allegation
        cand = reported_event(sent, tok, subject, clause.lemma_.lower(), "allegation", "ACCUSE", "allege")
        if not isinstance(party, Token):
            cand.recipient = party
        cand.alleged = at[clause.i]  # the act alleged, typed later (decide)
        out.append(cand)
    return out


def alleged(cand: Candidate) -> bool:
    """Does an allegation candidate still stand once its reported act is typed: the act is force, done by the party
    the allegation names (not typed away as words: "said Y had attacked *the plan*")."""
    act = cand.alleged
    return act is not None and act.type in ALLEGED_TYPES and act.confidence >= 0.5
