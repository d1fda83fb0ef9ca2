"""Events laid on a party by a speaker: "X says *Y must go*" (a demand, REQUEST) and "X said *Y was
behind the attack*" / "*the government had failed* to ..." (an accusation, ACCUSE).

The speech verb is the trigger and the speaker the actor; the reported clause's subject is the recipient.
These are rules, not the model: :func:`dateline.events.extract.decide` keeps their type.  The cue words
are data (``data/modality.tsv``: ``demand``, ``need``, ``blame``, ``failure``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events import roles
from dateline.events.candidate import Candidate
from dateline.events.lexicon import lexicon, modality_cues
from dateline.events.memo import LastOnly
from dateline.events.status import Modality
from dateline.events.tables import word_class

# Texts and occasions in which a speaker says a clause ("in a statement", "at a news conference"): _statement_speech.
STATEMENT_NOUNS = roles.DOCUMENT_NOUNS | word_class("statement_occasions", "judgment_words.tsv")


def speech_clauses(sent: SpacySpan, taken: set[int], also: Collection[str] = frozenset()):
    """(speech verb, its reported clause) pairs of a sentence: "X says [Y must go]"; ``also``: further verbs
    that report a clause ("X *claimed* [Y had attacked]")."""
    for tok, lemma, clauses in _clause_heads(sent):
        if tok.i in taken or (lemma not in roles.SPEECH_HEADS and lemma not in also):
            continue
        yield from ((tok, clause) for clause in clauses)


def _gather_clauses(doc: Doc) -> tuple[list[int], dict[int, list[Token]]]:
    """Indices of the words of ``doc`` that head a ccomp clause, sorted, and their clauses in text order (a
    that-clause the parser hung on the statement a verb of saying names is that verb's: :func:`_statement_speech`)."""
    by_head: dict[int, list[Token]] = {}
    for tok in doc:
        if tok.dep_ == "ccomp" and tok.head.i != tok.i:
            by_head.setdefault(tok.head.i, []).append(tok)
        speech = _statement_speech(tok)
        if speech is not None:
            by_head.setdefault(speech.i, []).append(tok)
    for clauses in by_head.values():
        clauses.sort(key=lambda t: t.i)
    return sorted(by_head), by_head


def _statement_speech(clause: Token) -> Token | None:
    """The verb of saying whose clause the parser hung on the statement or occasion it names (session 24): "X said
    *in a statement* that Y was responsible" (the that-clause an acl of "statement"), "told reporters *at a briefing*
    that ...", "said in a statement *posted* online that ..." (a ccomp of the statement's participle, which takes no
    that-clause of its own).  The noun must be a text or an occasion of speaking (``roles.DOCUMENT_NOUNS``,
    ``statement_occasions`` in data/judgment_words.tsv) that is the object of the verb's own preposition: a content
    noun further down ("in response to *reports* that Y was responsible") holds a claim the speaker answers, not
    one the speaker makes."""
    if clause.dep_ == "ccomp":
        participle = clause.head
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() in roles.SPEECH_HEADS:
            return None
        noun = participle.head
    elif clause.dep_ in ("acl", "relcl") and clause.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        noun = clause.head
    else:
        return None
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    speech = prep.head
    if speech.lemma_.lower() not in roles.SPEECH_HEADS or speech.pos_ not in ("VERB", "AUX"):
        return None
    return speech


# the clauses of the last doc read: the reported-speech rules read each sentence in turn, the doc is gathered once
_clauses: LastOnly = LastOnly(_gather_clauses)


def _clause_heads(sent: SpacySpan) -> list:
    """(word, its lower-case lemma, its ccomp clauses in text order) for the words of ``sent`` that head one."""
    doc = sent.doc
    heads, by_head = _clauses(doc)
    lo, hi = bisect_left(heads, sent.start), bisect_left(heads, sent.end)
    return [(doc[i], doc[i].lemma_.lower(), by_head[i]) for i in heads[lo:hi]]


def reported_event(sent: SpacySpan, speech, party, cue: str, kind: str, type_: str,
                    mode: str | None = None) -> Candidate:
    """An event the speaker lays on the reported clause's subject, triggered by the speech verb and
    typed by the clause's cue word (a rule, not the model: ``decide`` keeps it)."""
    cand = Candidate(speech.i, [], sent)
    cand.actor = roles.subject_of(speech)
    cand.recipient = roles.participants(party, (f"reported_{kind}",))
    cand.modality = Modality("factual", None, None, (f"{kind}:{cue}",))
    cand.type, cand.mode = type_, mode
    cand.reason = f"rule:reported_{kind}"
    cand.confidence = 0.6
    return cand


def reported_demands(sent: SpacySpan, doc: Doc, taken: set[int]) -> list[Candidate]:
    """"X says Y must/should do Z": a demand by the speaker X on Y (REQUEST), triggered by the speech verb."""
    cues = modality_cues()
    out = []
    for tok, clause in speech_clauses(sent, taken):
        if indirect_question(clause):
            continue  # "declined to say *what form the statement should take*": a question, no demand (session 45)
        modal = [c for c in clause.children if c.dep_ == "aux" and (c.lower_, "demand") in cues]
        subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if modal and subject:
            cue = modal[0].lower_
            out.append(reported_event(sent, tok, subject[0], cue, "demand", cues[(cue, "demand")][3:]))
            continue
        need = _reported_need(clause, cues)
        if need is not None:
            cue, thing = need
            speaker = {i for a in roles.subject_of(tok) for i in range(a.start, a.end)}
            party = roles.party_inside(thing, (), speaker, depth=2) or [  # ("reform of *the WHO*": tagged a pronoun)
                a for c in thing.children if c.dep_ == "prep" and (o := roles.prep_object(c)) is not None
                and o.ent_type_ in ("ORG", "GPE", "NORP") and o.i not in speaker for a in roles.participants(o, ("inside",))][:1]
            if party and speaker:
                cand = reported_event(sent, tok, thing, cue, "demand", cues[(cue, "need")][3:])
                cand.recipient = party
                out.append(cand)
    return out


# Tags of the wh-words that open an indirect question ("what", "which", "who", "whose", "how", "why", "when", "where").
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def indirect_question(clause: Token) -> bool:
    """Is the reported clause an indirect question: opened by a wh-word or by "whether"/"if" ("declined to say *what form
    the statement should take*", "did not say *whether* talks should resume")?"""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True
    wh = clause.left_edge
    # (not a free relative as the subject: "said *what happened* should be investigated" asks for an investigation; nor
    # an adverbial clause before the clause: "*where they are*, their orders should be enforced")
    return wh.tag_ in WH_TAGS and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "advcl")
                                          and c.left_edge.i == wh.i for c in clause.children)


def _reported_need(clause: Token, cues) -> tuple[str, Token] | None:
    """"X said *a reform of the WHO was needed* / *was necessary*": a reported clause saying a thing is
    needed (modality.tsv, where ``need``) - the cue and the thing - unless negated, doubted or conditional
    ("said no reform was needed", "might be necessary").  The demand is on the party the thing names."""
    if any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and (c.lower_, "aux") in cues)
           or (c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "mark" and c.lower_ in ("if", "whether")
           for c in (*clause.children, *(g for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                                        for g in c.children))):
        return None
    if clause.tag_ == "VBN" and (clause.lower_, "need") in cues:  # a passive participle: "a reform *was needed*"
        subject = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
        cue = clause.lower_
    elif clause.lemma_ == "be":
        acomp = [c for c in clause.children if c.dep_ == "acomp" and (c.lower_, "need") in cues]
        subject = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"] if acomp else []
        cue = acomp[0].lower_ if acomp else ""
    else:
        return None
    if not subject or any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "more", "further"))
                          for c in subject[0].children):
        # what is needed is not there yet ("a reform", "new talks"); a definite or owned thing is a deed done
        # or a state held, justified or praised ("*the government's rescue* of Citigroup was necessary", "*the
        # unity* of Libya is essential")
        return None
    return cue, subject[0]


def reported_blame(sent: SpacySpan, doc: Doc, taken: set[int]) -> list[Candidate]:
    """"X said Y was responsible / was behind the attack": an accusation by the speaker X against Y (ACCUSE
    allege; the predicates are data: modality.tsv, where ``blame``).  Not when the clause is negated or
    doubted ("said Y was not responsible", "may be behind")."""
    cues = modality_cues()
    out = []
    for tok, clause in speech_clauses(sent, taken):
        if (clause.lemma_, "failure") in cues:  # "X said the government *had failed* to ...": criticism by X
            subject = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                       and c.lemma_.lower() not in lexicon().nouns]  # (not an event or a weapon: "the rocket failed")
            if subject and any(c.dep_ == "xcomp" for c in clause.children) and not _negated_or_doubted(clause, cues):
                out.append(reported_event(sent, tok, subject[0], clause.lemma_, "blame",
                                           cues[(clause.lemma_, "failure")][3:], "disapprove"))
            continue
        involved = _involvement(clause, cues)
        if involved is not None:  # "X said Y *was involved in the killing*": an accusation of the harm (ACCUSE allege)
            cue, subject = involved
            out.append(reported_event(sent, tok, subject, cue, "blame", cues[(cue, "blame")][3:], "allege"))
            continue
        if clause.lemma_ != "be":
            continue
        if _negated_or_doubted(clause, cues):
            continue
        blame = [c for c in clause.children if (c.dep_ == "acomp" or c.dep_ == "prep" and c.lower_ == "behind")
                 and (c.lower_, "blame") in cues]
        subject = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if blame and subject:
            cue = blame[0].lower_
            out.append(reported_event(sent, tok, subject[0], cue, "blame", cues[(cue, "blame")][3:], "allege"))
    return out


# Events whose taking part, said of a party, accuses it: force and coercion ("the killing", "the coup").
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _involvement(clause: Token, cues) -> tuple[str, Token] | None:
    """"X said *Y was involved in the killing*" / "*was implicated in the coup*": a passive participle of taking
    part (modality.tsv, where ``blame``, the word a participle: "involved", "implicated") whose subject is named and
    whose "in" names a harm - a noun the trigger lexicon types as force or coercion (``HARM_TYPES``; "involved in
    the talks" accuses no one).  The cue and the subject, or None when negated or doubted ("was not involved",
    "may have been involved")."""
    if clause.tag_ != "VBN" or (clause.lower_, "blame") not in cues or not any(
            c.dep_ == "auxpass" for c in clause.children):
        return None
    if _negated_or_doubted(clause, cues):
        return None
    subject = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]
    harm = [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children if o.dep_ == "pobj" and any(
                e.type in HARM_TYPES for e in lexicon().nouns.get(o.lemma_.lower(), ()))]
    if not subject or not harm:
        return None
    return clause.lower_, subject[0]


def _negated_or_doubted(clause: Token, cues) -> bool:
    """Is the reported clause negated or doubted by an auxiliary ("was *not* responsible", "*may* be behind")?"""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and (c.lower_, "aux") in cues for c in clause.children)
