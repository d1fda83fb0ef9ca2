"""The future of the verb that carries a cooperative event ("*will lead* a delegation *on a visit* to Russia",
"*will take part in* talks", "*will travel* to Moscow *to meet* Putin").

``status.modality`` reads the tense of a trigger from its own auxiliaries, from the support verb of an event
noun it is the object of ("*will hold* talks") and from controlling verbs ("*plans to* visit").  A meeting,
visit or other cooperative act reached through a preposition of a verb (or of that verb's object), or told
as the purpose of a verb by an infinitive, is no object of that verb, so its tense was lost: "will lead a
delegation on a visit" was coded as a visit that happened.  The act comes about only when the carrying verb
does, so it takes that verb's future (PLOVER AGREE: "Expressing willingness to meet in the future"; the
development rows code "will meet X for talks", "will host X" as AGREE, see ``extract``:
future cooperation is AGREE).  Only cooperative readings are carried: a conflict noun on a preposition is
as often the topic of the verb ("will hold a press conference *on the attack*") as its purpose, and a
future conflict is a threat only when announced in so many words (``status._announced``).  A negated or
doubted carrier ("will not take part in talks") is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.lexicon import sentence_hits

# Prepositions by which a verb (or its object) takes the act it goes for: "on a visit", "for talks",
# "in talks", "to the summit", "at the summit".
CARRYING_PREPOSITIONS = {"on", "for", "in", "to", "at"}
VERBAL = ("VERB",)  # (not a copula: "it would be difficult *to host* this" is no hosting announced)
COPULAS = {"be", "become", "seem", "remain"}


def carrier(trigger: Token) -> Token | None:
    """The verb whose happening the trigger's happening depends on: the verb (or the verb whose direct object
    it is) of the preposition an event noun hangs on, or the verb an infinitive of purpose modifies."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj":
        prep = trigger.head
        if prep.lower_ not in CARRYING_PREPOSITIONS or prep.dep_ != "prep":
            return None
        host = prep.head
        if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "dobj":
            host = host.head  # "lead *a delegation* on a visit", "take *part* in talks"
        return host if host.pos_ in VERBAL and host.lemma_ not in COPULAS and host.i != trigger.i else None
    if trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and trigger.head.pos_ in VERBAL and \
            trigger.head.lemma_ not in COPULAS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return trigger.head  # "will travel to Moscow *to meet* Putin"
    return None


def carried_future(trigger: Token, cooperative: set[str], modality) -> list[tuple[str, str]]:
    """The cue ``("carrier:<lemma>", "future")`` when the trigger's every lexicon reading is ``cooperative`` and
    its carrier (:func:`carrier`) will happen in the future by its own modality (``modality``, the function of
    ``status``) with no negation, doubt or recoding; else nothing."""
    types = {h.entry.type for h in sentence_hits(trigger).get(trigger.i, ())}
    if not types or not types <= cooperative:
        return []
    host = carrier(trigger)
    if host is None:
        return []
    mod = modality(host)
    if mod.status != "future" or mod.recode is not None:
        return []
    return [(f"carrier:{host.lemma_.lower()}", "future")]
