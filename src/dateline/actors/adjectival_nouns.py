"""Role nouns used as the first half of a compound adjective: "the violence was *state* organised", "the bank is
*state* owned".

English makes adjectives from a bare noun and a past participle ("state-run", "family owned", "state organised"),
often without the hyphen.  The noun then says what kind of thing the participle's noun is, not who did something on
this occasion: it names no party of the story.  The parser marks it as a bare noun (no determiner, possessor or
number) modifying the participle or adjective as an adverbial noun phrase (npadvmod).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.compose import Draft

PARTICIPLE_TAGS = ("VBN", "JJ")


def is_adjective_half(doc: Doc, draft: Draft) -> bool:
    """Is ``draft`` one bare role noun in front of a participle it makes an adjective of ("state organised")?"""
    if draft.end - draft.start != 1 or any(u.kind != "agent" for u in draft.units):
        return False
    noun = doc[draft.start]
    if noun.dep_ != "npadvmod" or noun.tag_ != "NN" or noun.head.i != noun.i + 1 \
            or noun.head.tag_ not in PARTICIPLE_TAGS:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
