"""A party that "is to" act is set to act: "the foreign minister *is to pay* a visit to Beijing", "the two leaders
*are to meet* in Geneva", "Egypt *is to host* talks".

English "be" with a "to"-infinitive is a future of arrangement (a plan or schedule made by others or by the
party), as "is due to", "is set to" (modality.tsv, control future; TimeML marks it future).  ``status.modality``
climbs from a trigger to the verbs that govern it, but "be" is a copula with no cue of its own, so "is to pay a
visit" was read as a visit paid.  Only with a party as subject (a name, or a title of office): "the aim *is to*
hold talks", "the problem is to find a buyer" say what something is, no act scheduled.  Session 34, helper STATUS2.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors import person_titles
from dateline.events.parties import is_party
from dateline.events.political import political_actors, political_noun

SUBJECT_DEPS = ("nsubj",)
PREDICATE_DEPS = ("acomp", "attr")
NO_PARTY_PRONOUNS = {"it", "this", "that", "what", "which"}  # ("it is to be hoped", "this is to say")


def arranged_future(gov: Token, via: str) -> bool:
    """Is ``gov`` the "be" of "<party> is to <act>", reached from below through its "to"-infinitive?"""
    if via != "xcomp" or gov.lemma_ != "be" or any(c.dep_ in PREDICATE_DEPS for c in gov.children):
        return False  # ("it is hard to separate them", "he is ready to talk": the adjective governs the infinitive)
    if any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "yet") for c in gov.children):
        # ("a delegation *was en route* to Tehran *to deliver* the message": where it was, and why; "the cabinet *is
        # yet to* approve": not done, status.not_yet)
        return False
    if not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in gov.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and _party(c) for c in gov.children)


def _party(subject: Token) -> bool:
    """A name, a personal pronoun, or a title of office, single or plural ("the minister", "the leaders"; the
    actors stage's person_titles), or a plural noun of political actors ("campaigners", "rebels"; data/
    political_actors.tsv): not a noun of an aim or a task ("the aim", "the plan")."""
    if subject.lower_ in NO_PARTY_PRONOUNS or subject.pos_ == "NUM":
        return False  # ("*one* of his first acts was to send troops": what an act was, no act arranged)
    # ("*campaigners* are to stage a rally": session 52; "a five-member *delegation* ... *was to meet* the district
    # magistrate": session 58, a probe)
    return is_party(subject) or subject.lower_ in person_titles() \
        or subject.tag_ in ("NN", "NNS") and political_noun(subject, political_actors().nouns) \
        or subject.tag_ == "NNS" and (subject.lemma_.lower() in person_titles() or _members_of_a_name(subject))


def _members_of_a_name(subject: Token) -> bool:
    """A plural noun of people "of" a name: "the remaining *members of* rock band Queen are to go on tour" (session 47,
    a probe of unjudged news)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
               for c in subject.children)
