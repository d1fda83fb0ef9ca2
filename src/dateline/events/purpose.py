"""An infinitive of purpose is an aim, not an act reported done: "sent troops *to restore* order", "filed a lawsuit *to
block* the merger", "flew to Washington *to appeal* to the court" - the restoring, blocking or appealing may never
happen (TimeML SLINK MODAL: hypothetical).  The relevance layer doubts such an event once, as an aim
(foreseen_acts.in_purpose_clause, relevance:purpose).  Session 33, helper STATUS.

Only the infinitive verb: the object of one ("to block *the offer*") is the thing aimed at, often a thing already
there ("to finish *the talks*", "to pay *the losses*").  Not the infinitive of a copula ("it is hard *to separate*
them", "we are here *to stay*"), which the parser hangs there as an adverbial clause too but which is what the
predicate says of it, not an aim of an act.

The same aim, named by a verb of instruments and designs the parser takes the infinitive as the complement of
(data/status_words.tsv purpose_verbs): "used tear gas *to disperse* the crowd", "a law designed *to curb* imports",
"the embargo is meant *to cripple* Iraq"; and an act a law, a court or a contract obliges a party to do
(obliging_verbs): "the law requires parties *to publish* the names" - required, not yet done.  Session 33, helper
STATUS2.  The using itself ("*used* tear gas") is no infinitive and keeps its status.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import PARTY_NAME_LABELS, place_read_as_infinitive_subject, to_infinitive
from dateline.events.tables import word_class

AIM = ("purpose:to", "hypothetical")
COPULAS = {"be", "become", "seem", "remain"}
# Adverbs of degree whose adjective's infinitive is a capacity ("broad *enough* to allow", "*too* weak to attack").
DEGREE_ADVERBS = {"enough", "too", "sufficiently"}
# "used tear gas to disperse", "designed to curb", "meant to cripple" (data/status_words.tsv)
PURPOSE_VERBS = word_class("purpose_verbs", "status_words.tsv")
# "requires the company to pay" (data/status_words.tsv)
OBLIGING_VERBS = word_class("obliging_verbs", "status_words.tsv")
# Verbs whose passive the relevance layer already reads as setting an aim ("controls are designed to prevent
# access": relevance:purpose); their infinitive takes the cue of the adverbial aim, which relevance doubts only once.
PURPOSE_PASSIVES = word_class("purpose_passives")
# "has joined Chile and Mexico to establish relations": the act done together (data/status_words.tsv)
JOINING_VERBS = word_class("joining_verbs", "status_words.tsv")
# "gathered to protest", "took out a march to protest": a protest made by the act it is the aim of
# (data/status_words.tsv)
PROTEST_INFINITIVES = word_class("protest_infinitives", "status_words.tsv")
PROTEST_ACTS = word_class("protest_acts", "status_words.tsv")
PROTEST_ACT_NOUNS = word_class("protest_act_nouns", "status_words.tsv")


def aim_of(anchor: Token) -> list[tuple[str, str]]:
    """The cue ``purpose:to`` (hypothetical) when ``anchor`` (the trigger, or the verb whose "to" a coordinated
    trigger shares: "to set up barriers and *tighten* security") is an infinitive of purpose of an act, or the
    cue ``purpose:<verb>`` when it is the aim of a verb of instruments or designs or the act of a verb of
    obliging; else nothing."""
    head = anchor.head
    if anchor.pos_ == "VERB" and anchor.dep_ == "xcomp" and head.i != anchor.i and head.pos_ == "VERB" \
            and aim_of(head) == [AIM]:
        # the complement of a verb that is itself an aim is part of that aim ("deployed police *to help fight*
        # gangs", "sent envoys *to try to broker* a truce"): the fighting or brokering is aimed at, not done
        return [AIM]
    if anchor.pos_ != "VERB" or not to_infinitive(anchor) or head.i == anchor.i:
        return []
    if anchor.dep_ == "xcomp" and head.pos_ == "ADJ" and (degree := next(
            (c.lower_ for c in head.children if c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS), None)):
        # "a bill that is broad *enough to allow* for amendments", "too weak *to attack*": what the degree makes
        # possible or rules out, no act done (session 45)
        return [(f"degree:{degree}", "hypothetical")]
    if anchor.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX") and any(
            c.lower_ == "enough" and c.dep_ in ("dobj", "advmod", "npadvmod") for c in head.children) and any(
            c.dep_ == "neg" for c in head.children):
        # "the administration *has not done enough to clamp down* on unfair trade": what was not done enough for is
        # not done (session 45, a probe of unjudged news)
        return [("degree:not_enough", "negated")]
    if anchor.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() not in COPULAS and not _outcome(anchor) \
            and not done_with_its_head(anchor):
        return [AIM]
    if place_read_as_infinitive_subject(anchor):
        return [AIM]  # "would be visiting Syria *to investigate* the claim" (the parser's clause: session 52)
    if anchor.dep_ == "xcomp" and (aimer := _aiming_verb(head)) is not None:
        if aimer in PURPOSE_PASSIVES and any(c.dep_ == "auxpass" for c in head.children):
            return [AIM]
        return [(f"purpose:{aimer}", "hypothetical")]
    return []


def done_with_its_head(verb: Token) -> bool:
    """Is the infinitive, shaped as an aim, an act done by doing the verb it hangs on: done together with the parties
    joined (:func:`joined_act`) or a protest made by gathering or marching (:func:`protest_by_its_act`)?  The one
    test of ``aim_of`` and of the relevance layer's purpose doubt (foreseen_acts.in_purpose_clause)."""
    return joined_act(verb) or protest_by_its_act(verb)


def joined_act(verb: Token) -> bool:
    """Is the infinitive the act a verb of joining others does with them ("has joined Chile and Mexico *to establish*
    relations", "Republicans joining Democrats *to support* it": done together, no aim)?  Only after the joined
    parties, named as the joining verb's object - not "joined forces to fight", "joined the crowd to offer a service"
    (an aim)."""
    head = verb.head
    return head.lemma_.lower() in JOINING_VERBS and any(
        c.dep_ == "dobj" and c.i < verb.i and c.ent_type_ in PARTY_NAME_LABELS for c in head.children)


def protest_by_its_act(verb: Token) -> bool:
    """Is the infinitive "to protest" (or "to demonstrate") the aim of a gathering or of a protest act ("thousands of
    protesters *gathered to protest*", "took out a *march* on sunday *to protest*", "began a relay *fast to protest*",
    "a *bandh* sponsored by the vhp *to protest*")?  The gathering, the march, the fast is the protest: done, no aim.
    Not the aim of another act ("an offensive launched to protest", "resigned to protest", "heading to the SEC's
    headquarters to protest").  Session 57."""
    if verb.lemma_.lower() not in PROTEST_INFINITIVES:
        return False
    head = verb.head
    if head.lemma_.lower() in PROTEST_ACTS:
        return True
    nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("acl", "relcl"):
        nouns.append(head.head)  # ("the *bandh* sponsored by the vhp to protest")
    return any(n.lemma_.lower() in PROTEST_ACT_NOUNS or n.lower_ in PROTEST_ACT_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in PROTEST_ACT_NOUNS for c in n.children) for n in nouns)


def _outcome(verb: Token) -> bool:
    """Is the infinitive one of outcome, "only to" ("returned home, *only to be jailed*", "reached the capital *only to
    find* it empty")?  It tells what came of the act, often against its aim: it happened (session 33, helper STATUS2)."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children)


def _aiming_verb(head: Token) -> str | None:
    """The lemma of ``head`` when it is a verb of instruments, designs or obliging (its infinitive complement is
    an aim or a duty, not an act done); else None."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "ADJ") and (lemma in PURPOSE_VERBS or lemma in OBLIGING_VERBS):
        return lemma
    return None
