"""Names given by a participle of naming: "Peru's investigative police, known as the DININCRI, seized ...".

English introduces the name an actor goes by with a participle of naming after the noun that describes it ("known
as", "called", "dubbed": data/naming_verbs.tsv).  The name and the described noun are one actor, so a name the
knowledge base does not know takes the country and sector of the noun the participle modifies ("a Pakistani militant
group called the Lashkar Brigade" PAK).  Later uses of the bare name follow through the surname pass
(document.resolve_surnames), which runs after this one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft
from dateline.actors.kb import lemmas
from dateline.actors.linking import mark_linked, token_owners


def naming_verbs() -> frozenset[str]:
    return lemmas("naming_verbs.tsv")


def _naming_participle(name: Token) -> Token | None:
    """The participle of naming that gives ``name`` ("known" in "known as the DININCRI", "called" in "called the
    Lashkar Brigade"), when it modifies a noun (acl); else None."""
    if name.dep_ == "pobj" and name.head.lower_ == "as":
        verb = name.head.head
    elif name.dep_ in ("oprd", "dobj", "attr"):
        verb = name.head
    else:
        return None
    return verb if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in naming_verbs() else None


def resolve_names_given(doc: Doc, drafts: list[Draft]) -> None:
    """A name the knowledge base does not know (all its units unknown organisations or persons) given by a
    participle of naming takes the country, sector and reference of the mention the participle modifies (flag
    ``coref``, reason ``coref:known_as``)."""
    owners = token_owners(drafts)
    for i, d in enumerate(drafts):
        if d.country is not None or not d.units or not all(u.kind in ("org?", "person?") for u in d.units):
            continue
        verb = _naming_participle(doc[d.end - 1])
        j = owners.get(verb.head.i) if verb is not None else None
        if j is None or j == i or drafts[j].country is None:
            continue
        d.country, d.ref = drafts[j].country, j
        d.sector = d.sector or drafts[j].sector
        mark_linked(d, "coref", "coref:known_as")
