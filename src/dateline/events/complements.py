"""What a verb names, declares or judges its object to be: the complement, not the object.

A verb+object entry of the trigger lexicon (``triggers.tsv``) whose object word is written with
:data:`COMPLEMENT_MARK` ("=terrorist") matches only such a complement (:func:`complement_words`), so
"designated the group a terrorist organisation" is a label and "declared war on terrorists" is not.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a verb names, declares or judges its object to be - the complement, not the object: "designated the Houthis
# *a terrorist organisation*", "listed Hamas *as* a terrorist group", "declared the gangs *to be* terrorist groups",
# "called the ambassador *a very stupid guy*", "said the raid *was illegal*".  A verb+object entry's object word
# written with COMPLEMENT_MARK ("=terrorist") matches only such a complement, by its noun or adjective or a modifier
# of that noun: the same word as a plain object or a prepositional object ("declared war *on terrorists*", "listed
# the terrorists") names no label.
COMPLEMENT_MARK = "="
COMPLEMENT_PREPOSITIONS = frozenset({"as"})
EXPLETIVE_SUBJECTS = frozenset({"there"})


def _complement_heads(verb: Token) -> list[Token]:
    """The complement nouns and adjectives of ``verb`` (see COMPLEMENT_MARK): an object predicate (oprd), the
    object of "as" (on the verb or on its object), an apposition to or a second noun after the direct object
    ("designated X a Y", which the parser reads as an apposition or as two objects), an adjective after the
    direct object ("held X *responsible*"), and the predicate of a copular clause the verb governs ("declared X
    *to be* Y", "said X *was* Y") that is not negated and says nothing of an extraposed clause ("said it was
    illegal *to sell* ...")."""
    out: list[Token] = []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    out += [c for c in verb.children if c.dep_ == "oprd"]
    # "as" on the verb, or on its object, where the parser often hangs it ("reclassified the gangs *as* ...")
    holders = [verb, *(t for o in objects for t in (o, *o.conjuncts))]
    out += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPOSITIONS
            for g in c.children if g.dep_ == "pobj"]
    out += [g for o in objects for g in o.children if g.dep_ == "appos"]
    # the object itself read as the predicate, with the name given hung on it as an apposition: "called *Britain's
    # ambassador* to the United States *a very stupid guy*" (oprd + appos) - the apposition is the complement
    out += [g for o in verb.children if o.dep_ == "oprd" and o.pos_ in ("NOUN", "PROPN")
            for g in o.children if g.dep_ == "appos"]
    direct = [o for o in objects if o.dep_ == "dobj"]
    out += direct if len(direct) < len(objects) else direct[1:]  # after a dative, or the second of two objects
    # an adjective after the direct object, which the parser hangs on it as a modifier: "held the rebels *responsible*
    # for the attack" (session 24) - English puts a plain adjective modifier before its noun, so one after the
    # object is what the verb declares the object to be
    out += [g for o in direct for g in o.children if g.dep_ == "amod" and g.pos_ == "ADJ" and g.i > o.i]
    for clause in _copular_clauses(verb):
        out += [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    return [t for h in out for t in (h, *h.conjuncts)]


def _copular_clauses(verb: Token) -> list[Token]:
    """The copular clauses ``verb`` governs that say what a thing is ("declared X *to be* Y", "said X *was* Y"): not
    negated, and saying nothing of an extraposed clause ("said it was illegal *to sell* ...")."""
    out = []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or _lemma(clause) != "be":
            continue
        deps = {c.dep_ for c in clause.children}
        if "neg" in deps or deps & {"ccomp", "xcomp", "csubj"} or any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in EXPLETIVE_SUBJECTS for c in clause.children):
            continue
        out.append(clause)
    return out


def labelled_subject(verb: Token) -> Token | None:
    """The one a copular clause the verb governs labels ("declared *the MS13* to be terrorist groups", "said *the raid*
    was illegal"): that clause's subject, when the clause is one :func:`_complement_heads` reads; else None."""
    for clause in _copular_clauses(verb):
        subject = [c for c in clause.children if c.dep_ == "nsubj"]
        if subject and any(c.dep_ in ("attr", "acomp") for c in clause.children):
            return subject[0]
    return None


def complement_words(verb: Token) -> set[str]:
    """Lemmas of the complements of ``verb`` (:func:`_complement_heads`) and of their adjective and noun modifiers
    ("a *terrorist* organisation", "a very *stupid* guy")."""
    out: set[str] = set()
    for h in _complement_heads(verb):
        out.add(_lemma(h))
        out.update(_lemma(c) for c in h.children if c.dep_ in ("amod", "compound"))
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
