"""The one asked, told or warned in a relative clause: "the envoy, *whom* the rebels asked to mediate the talks".

A relative pronoun ("whom", "who", "which", "that") standing as the object of a governing verb of asking or telling
is no party of its own: it takes up the noun the clause is about, and that noun is the one addressed ("the rebels
asked the envoy to mediate").  Left as it is, the pronoun is no party word and the governed act's own object ("the
talks") was made the one asked.  Session 33, helper PAIR."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.roles import RELATIVE_PRONOUNS, relative_antecedent


def relative_pronoun_antecedent(tok: Token | None) -> Token | None:
    """The noun a relative pronoun object stands for ("the envoy, *whom* the rebels asked": the envoy); any other
    token is returned as it is."""
    if tok is None or tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WP", "WDT"):
        return tok
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(a == tok.head for a in (clause, *clause.subtree)):
        return tok
    return relative_antecedent(clause)
