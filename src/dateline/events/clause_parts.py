"""Small readers of a sentence's parse shared by the relevance layer's clause and sense doubts (events/relevance.py and
the modules it asks: foreseen_acts, governed_acts, generic_acts, words_not_deeds, wrong_doers, sense_doubts): the head
of a span, the first of coordinated words, what a verb acts on, whether the actor is a verb's subject, an indefinite
article, a condition on a verb, the clause a word belongs to and the modals of a demand or of what is still to come;
and two token readers several stages' modules share: the value of a numeral and the end of an entity.
Moved from clause_doubts.py (session 33, helper SPLIT) so that each doubt module can read them without reading
another."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.model import Event, Participant, Span


# A speaker's "Y should / must ..." coded as a demand (reported.reported_demands): the modals of a demand.
DEMAND_MODALS = {"should", "must", "ought"}


def span_head(p: Participant | Span, doc: Doc) -> Token | None:
    """The syntactic head token of a participant's or trigger's span."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` belongs to ("killed and *wounded*" -> "killed"): its own syntactic
    role is the whole coordination's."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def acted_on(verb: Token) -> list[Token]:
    """What the verb acts on: its direct objects and passive subjects, with their conjuncts ("accepted *the papers and
    the prize*", "*the shops* were looted")."""
    return [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)]


INDEFINITE_ARTICLES = {"a", "an"}


def _indefinite(noun: Token) -> bool:
    """Does ``noun`` take the indefinite article ("*a* government", "*an* offence")?"""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children)


# Modal auxiliaries of a clause about what is still to come ("hope that they *will* stop", "expect that troops *would*
# leave"): a complement of hoping or expecting with one of them is a hope or a prediction, not a report.
FUTURE_MODALS = {"will", "would", "shall", "can", "could", "may", "might"}


def _future_modal(verb: Token) -> bool:
    """Does ``verb`` carry a modal of what is still to come or may be ("*will* stop", "*could* be asked")?"""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a trigger reports in: up from a controlled infinitive or a coordinated verb
    ("decided *to grant*" -> "decided", "fight ..., protect and *restore*" -> "fight"), and from a noun to the verb
    it is the subject or object of, also through the "of" phrase of that noun ("whether the murders will unleash a cycle
    *of* revenge *killings*")."""
    while tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
            "NOUN", "PROPN"):
        tok = tok.head.head  # (session 23, helper PREC)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _up_to_clause(tok: Token) -> Token:
    """From a noun trigger to the verb it is the object or subject of ("gave an intelligence *briefing*" -> "gave")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


# Subordinators of a condition: the clause they hang on the main verb makes that verb's event conditional.
CONDITION_MARKS = {"if", "unless"}


def has_condition(verb: Token) -> bool:
    """Has the verb an "if" or "unless" clause of its own (not "even if")?"""
    return any(c.dep_ == "advcl" and any(_condition_mark(m) for m in c.children) for c in verb.children)


def _condition_mark(tok: Token) -> bool:
    """Is ``tok`` the subordinator of a condition ("*if* the claims were true"), not of a concession ("*even if* it is in
    favour of a temple": the main clause holds either way)?"""
    return (tok.dep_ == "mark" and tok.lower_ in CONDITION_MARKS
            and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "even"))


PRESENT_TAGS = {"VBZ", "VBP"}


def actor_is_subject(event: Event, doc: Doc, verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass"),
                     every: bool = False) -> bool:
    """Is the event's actor (one of its parties; with ``every``, all of them) a subject of ``verb`` (a child of one of
    ``deps``, or a conjunct of one: "*police and soldiers* arrested ...")?"""
    subjects = {s.i for c in verb.children if c.dep_ in deps for s in (c, *c.conjuncts)}
    found = ((a := span_head(p, doc)) is not None and a.i in subjects for p in event.actor)
    return all(found) if every else any(found)


def numeral_value(tok: Token) -> float:
    """The number a numeral token writes in figures ("23,543" -> 23543.0), or 0 when it writes none."""
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return 0.0


def ends_entity(tok: Token) -> bool:
    """Is ``tok`` the last word of its entity (the next word is no inside part of it)?"""
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
