"""Claims reported and disputed in the same sentence: is an event the content of a claim rather than a report?

An event in the that-clause of a verb of denial ("Israel *denied* that it had attacked the convoy"), in the
content clause of a claim noun ("*reports* that its fighters had kidnapped two soldiers", "*accusations* that
police had tortured detainees") or in what a speaker is said to be wrong about ("they were *wrong* when they said
Milburn was ousting Brown") is alleged, not reported as a fact.  The relevance layer gives it the status
``claimed`` (PLOVER: reported but not verified) and, when the sentence disputes it, halves its confidence.  The
status stage reads only the controlled form ("denied *attacking*", ``modality.tsv`` deny: control).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import read_table


def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("claim_words.tsv") if r["kind"] == kind)


# The word classes of data/claim_words.tsv (read once, at import: the module is loaded with the pipeline).
DENIAL_VERBS = _words("denial_verb")
CLAIM_NOUNS = _words("claim_noun")
FALSITY_WORDS = _words("falsity_word")
CLAIM_SPEECH_VERBS = _words("claim_speech_verb")


def disputed_claim(tok: Token | None) -> str | None:
    """Is the event the content of a claim: "disputed" (in the that-clause of a verb of denial, in the content of
    a claim noun that is denied or called false, or in what a speaker is said to be wrong about), "reported" (in
    the content clause of a claim noun: "reports that its fighters had kidnapped two soldiers"), or None?"""
    if tok is None:
        return None
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        # "denied that it had carried out *the attack*" (not an adjunct: "a claim that he retracted *under threat*")
        tok = tok.head
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "acl", "conj", "xcomp", "advcl") or tok.head.i == tok.i:
            return None
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
            return None  # "denied it *because* ...", "... *after* they attacked": another clause's event
        head = tok.head
        lemma = head.lemma_.lower()
        if tok.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and lemma in DENIAL_VERBS:
            return "disputed"
        if tok.dep_ in ("ccomp", "acl") and _claim_noun(head) and _that_clause(tok):
            return "disputed" if _disputed_noun(head) else "reported"
        if tok.dep_ == "ccomp" and lemma in CLAIM_SPEECH_VERBS and head.dep_ == "acl" and _claim_noun(head.head):
            # "reports *claiming* Uzhunnalil has been killed (are not true)": the noun's claim
            return "disputed" if _disputed_noun(head.head) else "reported"
        if tok.dep_ == "ccomp" and lemma in CLAIM_SPEECH_VERBS and _called_false(head):
            return "disputed"
        tok = head
    return None


# Where a noun stands: the tagger takes "reports" for a verb ("said *reports* that soldiers had attacked ...
# were false"), but a subject or an object is a noun.
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
TRUTH_WORDS = frozenset({"true", "correct", "accurate", "right"})  # "are *not true*": called false


def _claim_noun(tok: Token) -> bool:
    """A claim noun, also where the tagger read it as a verb but it stands as a noun (session 40)."""
    if tok.lemma_.lower() not in CLAIM_NOUNS:
        return False
    return tok.pos_ == "NOUN" or (tok.tag_ == "VBZ" and (tok.dep_ in NOUN_DEPS or any(c.dep_ == "det" for c in tok.children)))


def _that_clause(clause: Token) -> bool:
    """A content clause ("reports *that* its fighters had ..."), not a relative one ("the report that he wrote")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or clause.dep_ == "ccomp"


def _disputed_noun(noun: Token) -> bool:
    """A claim noun denied ("*denied* reports that ...", "*rejected* accusations that ...") or called false
    ("*false* claims that ...", "the allegations that ... are *baseless*")."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in FALSITY_WORDS for c in noun.children):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.lemma_.lower() in DENIAL_VERBS:
        return True
    if noun.dep_ == "nsubj" and _called_false(noun.head):
        return True
    # "told them that reports claiming ... *are not true*": the parser may hang the predicate beside the noun, a
    # subjectless copula after it on the same head
    return noun.dep_ == "ccomp" and any(
        c.dep_ == "ccomp" and c.i > noun.i and c.lemma_ == "be" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and _called_false(c) for c in noun.head.children)


def _called_false(word: Token) -> bool:
    """Is ``word`` (a verb of saying or a predicate) said to be false: "they were *wrong* when they said",
    "the claims are *baseless*", "are *not true*"?"""
    for t in (word, word.head):
        if t.lemma_.lower() in FALSITY_WORDS or any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FALSITY_WORDS for c in t.children):
            return True
        if any(c.dep_ == "neg" for c in t.children) and any(  # "the reports are *not true*"
                c.dep_ in ("acomp", "attr") and c.lower_ in TRUTH_WORDS for c in t.children):
            return True
        if word.dep_ not in ("advcl", "ccomp", "relcl"):
            break
    return False
