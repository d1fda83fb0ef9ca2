"""An offer of a thing to no one in particular (session 34, helper SENSE), read from the ``offered_thing`` row of
``data/layer_doubts.tsv`` and asked by ``sense_doubts.sense_doubt``.

PLOVER AGREE is an offer, a promise or a commitment *to another actor* to cooperate, settle or concede (CAMEO 03
'Express intent to cooperate': offers of talks, a truce, aid, mediation).  "Offer" has a second, everyday sense: to put a
thing on the table for whoever takes it - a party's election package, a government's opportunities, a job, a rebate
("the rise was smaller than *what the Liberals were offering*", "the *opportunities offered by* the government").  With
no one the thing is offered to (no indirect object, no "to" phrase, no passive subject who receives it), no clause of
what is offered ("offered *to mediate*") and a thing that is no act of cooperation (the row's `words`: talks, a truce,
aid, an amnesty stay), the verb reports such an offering, no agreement between parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.political import political_actors, political_noun
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

OFFERED_THING = "offered_thing"
# Entity labels of a party: an offer "of" a person, a body or a country is no thing offered.
PARTY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# The dependents that name whom, or what act, the offer is made to or of ("offered *him* a post", "offered *to
# mediate*", "offered *that* talks resume", "*offered* aid *to* Chad", "*was offered* a seat").
RECEIVER_DEPS = {"dative", "xcomp", "ccomp", "nsubjpass"}


def _things_offered(tok: Token) -> list[Token]:
    """What the offer verb offers: its direct objects (a free relative's "what" too), or the noun its participle
    describes ("the opportunities *offered* by the government")."""
    things = [c for c in tok.children if c.dep_ == "dobj"]
    return things + ([tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [])


def _made_to_someone(tok: Token) -> bool:
    """Does the verb name whom, or what act, it offers ("offered *him* a job", "offered *to* the rebels", "offered
    *to* mediate")?"""
    return any(c.dep_ in RECEIVER_DEPS or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children)


def offered_thing(event: Event, tok: Token) -> str | None:
    """``offered_thing`` when the event's type and the trigger's lemma are the row's, the trigger is a verb that offers
    no one anything in particular and every thing it offers is no act of cooperation (the row's `words`) and no party
    ("what the Tories were *offering*", "jobs *offered* by the council"); else None."""
    types, lemmas, acts = _row(OFFERED_THING)
    if event.type not in types or tok.lemma_.lower() not in lemmas or tok.pos_ != "VERB" or _made_to_someone(tok):
        return None
    things = _things_offered(tok)
    if not things:
        return None
    nouns = political_actors().nouns
    return OFFERED_THING if all(not in_class(t, acts) and t.ent_type_ not in PARTY_LABELS
                                and not political_noun(t, nouns) for t in things) else None
