"""Requests told to an addressee: "X told Y to <verb>" is X asking Y to act (CAMEO 10 'Make a demand', PLOVER
REQUEST 'All requests, demands, and orders'), so the governed act is recoded as the request (modality.tsv, where
control_addressed: "Russia told Ukraine to withdraw its troops" is REQUEST Russia -> Ukraine).

"tell" is mostly a verb of saying ("told reporters", "told BBC Radio 4: ...", "told them about the warrant"): it
asks for an act only when a "to"-infinitive follows whose understood subject is the addressee, the addressee is a
named party ("Ukraine", "the Israeli government"; not "reporters", "the meeting", a bare pronoun, nor one's own
forces - "its troops").  Quotation marks change nothing: "told BBC Radio 4: 'We should ...'" has no infinitive of
the addressee, and a telling inside quoted words ('"Washington told Israel to stop the bombing," the official said')
or an infinitive quoted ('told Ukraine "to withdraw"') is still a demand - left unrecoded, the told act would be
coded as done."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import named_np, to_infinitive

OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "own"}


def addressee(trigger: Token, gov: Token, via: str) -> Token | None:
    """The one told to act: the governor's object before the infinitive ("told *Ukraine* to withdraw") or, as the
    parser sometimes reads it, the subject of an infinitive clause ("told [*Ukraine* to withdraw]")."""
    if not to_infinitive(trigger):
        return None
    if via == "xcomp":
        return next((c for c in gov.children if c.dep_ == "dobj" and c.i < trigger.i), None)
    if via == "ccomp_to":
        return next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def addressed_party(trigger: Token, gov: Token, via: str) -> bool:
    """Does the governor ("told") ask a named party other than the teller's own to do the governed act?"""
    who = addressee(trigger, gov, via)
    if who is None or who.pos_ == "PRON" or not named_np(who):
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in who.children):
        return False  # "told its troops to withdraw": one's own forces, no request of another party
    return True
