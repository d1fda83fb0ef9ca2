"""A clause of "since" that starts the state its main clause tells.

"More than 200 people *have been killed* since the rebels *launched* their offensive", "the attack was
*the deadliest* since the army *seized* power", "the town has been quiet *ever* since the army
*withdrew*": the act of the "since" clause is the left bound of a stretch that runs up to the main
clause's time.  It happened before that time, at a time the text does not give there: it takes
neither the main clause's date (the walk up the parse would hand it over), nor the story time, nor
the date line.  A date of its own still dates it ("since the army seized power in 2021").

"since" is temporal here only where the main clause measures a stretch: a perfect ("have been
killed", "had lived"), a superlative or an ordinal ("the deadliest since", "the first time since"),
a span of time ("It has been two years since"), or "ever since".  Otherwise "since" may give a
reason ("Since the government refused to negotiate, the rebels attacked the capital on Friday"),
and the clause is left to the other rules.
"""

from __future__ import annotations

from dateline.time.lexicon import lexicon
from dateline.time.tense import simple_past_form


def starts_a_state(verb) -> bool:
    """``verb`` heads a simple-past clause of temporal "since" ("since the rebels launched", "since
    they were driven out") or a gerund after the preposition "since" ("has fired three ministers
    since taking office"), under a main clause that measures a stretch from it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl":
        marks = [g for g in verb.children if g.dep_ == "mark" and g.lower_ == "since" and g.i < verb.i]
        if not marks or not simple_past_form(verb):  # "launched", "were driven out"
            return False
        since, frame = marks[0], verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "since":
        since, frame = verb.head, verb.head.head
    else:
        return False
    return _ever(since) or _measures_a_stretch(frame)


def _ever(since) -> bool:
    """"ever since" (the parser hangs "ever" on "since" or on the clause's verb)."""
    return since.i > 0 and since.doc[since.i - 1].lower_ == "ever"


def _measures_a_stretch(frame) -> bool:
    if frame.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        return _a_superlative_or_span(frame)  # "the deadliest since", "the worst violence since"
    if frame.pos_ not in ("VERB", "AUX"):
        return False
    if _perfect(frame):
        return True
    # "It was the first time since the war ended", "the violence was the worst since ..."
    return any(c.dep_ in ("attr", "acomp") and _a_superlative_or_span(c) for c in frame.children)


def _perfect(verb) -> bool:
    """"have been killed", "has fired", "had lived" (not "would have": a modal)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes) \
        and not any(a.tag_ == "MD" for a in auxes)


def _a_superlative_or_span(word) -> bool:
    """"deadliest", "the worst violence", "the first time", "two years"."""
    lex = lexicon()
    if word.tag_ == "JJS" or word.lower_ in lex.ordinals:
        return True
    if word.pos_ == "NOUN" and word.lemma_.lower() in lex.units:
        return True  # "It has been two years since ..."
    return any(c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in lex.ordinals)
               for c in word.children)
