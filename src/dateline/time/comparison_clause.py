"""A clause of comparison after "as" likens the act to another happening, told with its own time: "may lead to
the killing of innocent persons as happened in 1992", "could seize the port, as it did in 2014", "may shell
the capital, as was the case in 2016".  The date there is the other happening's, not the act's (session 35,
helper TIME).  "as" also opens a clause of time ("opened fire as the crowd marched on the palace on Friday"),
which does date the act; the clause of comparison is told apart by its shape:

- no subject of its own, with a finite verb ("as happened", "as occurred"): "as" stands for the subject;
  not a bare participle ("rose as expected in March", "passed as planned on Friday"), whose date the parser
  hung there but which is the act's;
- the pro-verb "do" with no object ("as they did", "as it has done"; not "as he did his shopping");
- "the case" after "be" ("as was the case", "as is the case")."""

from __future__ import annotations

_FINITE_TAGS = ("VBD", "VBZ", "VBP")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd")


def likens_to_another(clause) -> bool:
    """``clause`` (the verb of a clause opened by "as") compares the act with another happening."""
    children = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < clause.i for c in children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return any(c.lower_ == "case" and c.dep_ in ("nsubj", "attr") for c in children)
    if lemma == "do":
        return not any(c.dep_ in _OBJECTS for c in children)
    return clause.tag_ in _FINITE_TAGS and not any(c.dep_ in _SUBJECTS for c in children)
