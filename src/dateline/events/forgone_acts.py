"""Acts forgone for another: "forces running their own theft operations *rather than accepting* the bribes", "the police
chose to negotiate *instead of storming* the building", "they chose to flee *rather than fight*".

"Rather than" and "instead of" set the act after them against the one chosen: it is not done, as "did not accept the
bribes" is not (TimeML reads it as a negated event).  The parser hangs the gerund or noun on "than" / "of" with the
adverb "rather" / "instead" beside it, or joins a bare verb to the chosen one with "than" as its conjunction.  Session
52, a probe of unjudged news.
"""

from __future__ import annotations

from spacy.tokens import Token

# The adverb that makes each word a "set against" link ("*rather* than", "*instead* of").
FORGOING_LINKS = {"than": "rather", "of": "instead"}


def forgone_act(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("forgone:<adverb>_<link>", "negated")`` for an act set against the one chosen by "rather than" or
    "instead of", else none."""
    link = None
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in FORGOING_LINKS:
        link = trigger.head
    elif trigger.dep_ == "conj":
        link = next((c for c in trigger.head.children
                     if c.dep_ == "cc" and c.lower_ == "than" and c.i < trigger.i), None)
    if link is None:
        return []
    adverb = FORGOING_LINKS[link.lower_]
    beside = [*link.children, *(c for c in link.head.children if c.i == link.i - 1)]
    if not any(c.dep_ == "advmod" and c.lower_ == adverb for c in beside) and not (
            link.i > 0 and link.doc[link.i - 1].lower_ == adverb):
        return []
    return [(f"forgone:{adverb}_{link.lower_}", "negated")]
