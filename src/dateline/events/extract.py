"""From a parsed article to PLOVER events: triggers -> type/mode -> participants -> status.

One candidate per trigger token.  Its type comes from the trigger lexicon, refined by the learned
type model when one is installed (``model.py``); participants come from ``roles``; status and recoding
("threatened to attack" -> THREATEN) from ``status``.  Events are undated and unlocated here: the
time and places stages fill those fields.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events import ontology, roles
from dateline.events.lexicon import Hit, base_forms, find_triggers, lexicon, modality_cues
from dateline.events.status import Modality, modality, recoded_mode
from dateline.model import Event, Mention, Participant, Region, Span
from dateline.nlp import trimmed_bounds

COOPERATIVE_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
KIND_CONFIDENCE = {"verb_obj": 0.85, "phrase": 0.8, "verb": 0.7, "noun": 0.6}
PRONOUNS_PERSON = {"he", "him", "she", "her", "his", "hers"}
PRONOUNS_GROUP = {"it", "its", "they", "them", "their"}
HOSTING_VERBS = {"host", "receive", "welcome"}
NAME_ENTITY_TYPES = {"ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "FAC"}
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # done *with* someone
DESTINATION_TYPES = {"AID", "MOBILIZE", "SUPPORT", "AGREE"}  # help and forces sent somewhere
INTERNATIONAL_CODES = {"IGO", "UNO", "EUR"}  # a UN/AU/NATO force is where it serves
CONDITIONAL_TYPES = {"REJECT", "THREATEN"}  # "not until X does", "unless X does"
TOPIC_FLAGS = {"prep:on", "prep:about", "prep:over", "prep:of", "prep:for", "prep:in", "named_in_clause"}
# Types a compound subject does together ("X and Y met / agreed / signed / failed to agree"): coded X -> Y.
JOINT_TYPES = RECIPROCAL_TYPES | {"SUPPORT", "REJECT", "CONCEDE"}  # (not RETREAT: "X and Y resigned")
# Acts of a state's authorities (arrest, expel, charge, release): "X was arrested in Niger" is coded with
# the country as the actor, as PLOVER coders do when the passive names no agent.  Not force
# ("ten people were killed in Nigeria" does not say who killed them).
STATE_ACT_TYPES = {"COERCE", "SANCTION", "ACCUSE", "RETREAT", "CONCEDE"}
# How sure the model must be to type a lexicon trigger outside the lexicon's own types for it.
# 5-fold CV of plv_train, model C=10: 0.5 -> macro-F1 0.575, 0.8 -> 0.572, 0.95 -> 0.572 (at C=1: 0.0 -> 0.552,
# 0.5 -> 0.556, never -> 0.515).  0.8 costs nothing measurable and keeps the lexicon in charge of
# triggers the small training set never showed the model.
MODEL_OVERRIDE = 0.8


@dataclass
class Candidate:
    """A possible event at one trigger token, before it becomes an :class:`Event`."""

    token: int
    hits: list[Hit]
    sent: SpacySpan
    actor: list[roles.Arg] = field(default_factory=list)
    recipient: list[roles.Arg] = field(default_factory=list)
    modality: Modality | None = None
    type: str | None = None
    mode: str | None = None
    confidence: float = 0.0
    reason: str = ""
    trigger_span: tuple[int, int] = (0, 0)  # token span


def _object_words() -> set[str]:
    """Every object word of every verb_obj entry: things acted on ("aid", "sanctions"), never recipients."""
    words: set[str] = set()
    for pairs in lexicon().verb_obj.values():
        for objs, _ in pairs:
            words |= objs
    return words


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _matched_object_words(cand: Candidate, doc: Doc) -> set[str]:
    """Object words of the verb+object entries this trigger matched ("cut" + "aid"): the thing acted on."""
    ids = {h.entry.id for h in cand.hits if h.entry.kind == "verb_obj"}
    words: set[str] = set()
    for objs, entry in lexicon().verb_obj.get(doc[cand.token].lemma_.lower(), ()):
        if entry.id in ids:
            words |= objs
    for h in cand.hits:  # the words of a matched phrase ("open *fire* on") are not participants
        if h.entry.kind == "phrase":
            words |= {t.lemma_.lower() for t in doc[h.start:h.end]} | {t.lower_ for t in doc[h.start:h.end]}
    return words


def _moves_forces(cand: Candidate) -> bool:
    """Does the trigger move the actor's own forces or things (MOBILIZE, withdrawals)?"""
    return bool(cand.hits) and all(h.entry.type == "MOBILIZE" or h.entry.mode == "withdraw" for h in cand.hits)


def _condemned_deed(cand: Candidate, tok: Token) -> Token | None:
    """The event noun a disapproval or protest is aimed at ("condemned *the attack* on a church",
    "protested *the killing* of X"): the deed, not its victim, is what is condemned."""
    if not cand.hits or not all(h.entry.type == "PROTEST" or h.entry.mode == "disapprove" for h in cand.hits):
        return None
    nouns = lexicon().nouns
    return next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in nouns or c.lower_ in nouns)), None)


PURPOSE_TYPES = {"AID", "SUPPORT", "COOPERATE"}
STATE_NOUNS = {"country", "nation", "state", "government", "administration", "army", "military"}  # "his country"
CREATION_VERBS = {"set", "establish", "build", "create", "open", "found", "launch", "construct", "form"}


def _creates(verb: Token) -> bool:
    """"set up", "establish", "build": the object comes into being (the place it is made in receives)."""
    lemma = verb.lemma_.lower()
    return lemma in CREATION_VERBS and (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
DIRECTIVE_VERBS = {"order", "force", "compel", "oblige", "require", "instruct", "direct", "command"}
COOPERATIVE_NOUN_TYPES = {"AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"}  # what is given, cut or suspended


def _purpose_party(verb: Token, parties: Collection[int], exclude: set[int]) -> list[roles.Arg]:
    """The party an infinitive of purpose serves: its object when a party, else the party inside it."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for obj in clause.children:
            if obj.dep_ in ("dobj", "dative") and obj.i not in exclude:
                if roles.is_party(obj, parties) or roles.quantified_party(obj):
                    return roles._expand(obj, ("purpose",))
                found = roles.party_inside(obj, parties, exclude)
                if found:
                    return [roles.Arg(a.head, a.start, a.end, a.flags + ["purpose"]) for a in found]
    return []


def find_arguments(cand: Candidate, doc: Doc, object_words: set[str] = frozenset(),
                   parties: Collection[int] = ()) -> None:
    """Actor and recipient of ``cand``; ``parties``: token indices inside actor mentions (see
    :func:`roles.is_party`)."""
    tok = doc[cand.token]
    object_words = _matched_object_words(cand, doc)
    if _is_verbal(tok):
        cand.actor = roles.subject_of(tok)
        moves = _moves_forces(cand)
        partner = bool(cand.hits) and all(h.entry.type in RECIPROCAL_TYPES for h in cand.hits)
        cand.recipient = roles.object_of(tok, object_words, parties, moves_object=moves, partner_first=partner)
        deed = _condemned_deed(cand, tok)
        if deed is not None:  # (its doer, when named, takes its place below)
            cand.recipient = roles._expand(deed, ("object", "deed"))
    else:
        cand.actor = roles.noun_actor(tok)
        phrase = {i for h in cand.hits if h.entry.kind == "phrase" for i in range(h.start, h.end)}
        # (a phrase's own words are no participant: "a state *of siege*")
        cand.recipient = roles.noun_recipient(tok, {a.head for a in cand.actor} | phrase, moves=_moves_forces(cand))
    if cand.modality and cand.modality.governor is not None and not cand.actor:
        cand.actor = roles.subject_of(doc[cand.modality.governor])
    if not cand.actor and _is_verbal(tok):  # (subject lost in the parse) "... voiced *his* strong support of X"
        cand.actor = [roles.Arg(p.i, p.i, p.i + 1, ["possessor_of_object"]) for c in tok.children if c.dep_ == "dobj"
                      for p in c.children if p.dep_ == "poss" and p.lower_ in ("his", "her")][:1]
    if not cand.actor and _is_verbal(tok) and any(h.entry.type == "MOBILIZE" for h in cand.hits) and not any(
            c.dep_ == "agent" for c in tok.children):
        # "The Ecowas peacekeepers are being deployed to ...": forces sent with no sender named act themselves
        force = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if force:
            cand.actor = roles._expand(force[0], ("moved_force",))
            cand.recipient = [a for a in cand.recipient if a.head != force[0].i]
    if not cand.actor and _is_verbal(tok) and {h.entry.type for h in cand.hits} & STATE_ACT_TYPES:
        cand.actor = roles.place_of_agentless_passive(tok)
    if not cand.recipient and _is_verbal(tok):
        # "refused to send peacekeepers to Iraq": a controlling verb takes its complement's recipient.
        for child in tok.children:
            if child.dep_ == "xcomp" and _is_verbal(child):
                cand.recipient = roles.object_of(child, object_words, parties)
                created = [c for c in child.children if c.dep_ == "dobj"] if _creates(child) else []
                if created:  # "agreed to set up *a National Centre* in Mumbai": what is created receives nothing
                    lo, hi = roles.np_span(created[0])
                    cand.recipient = roles.named_in_clause(child, set(range(lo, hi)) | {
                        i for a in cand.actor for i in range(a.start, a.end)}) or cand.recipient
                break
    if not cand.recipient and _is_verbal(tok) and {h.entry.type for h in cand.hits} & PURPOSE_TYPES:
        # "is providing assistance *to meet the needs of thousands of people*": help goes to whom its purpose serves
        cand.recipient = _purpose_party(tok, parties, {i for a in cand.actor for i in range(a.start, a.end)})
    nouns = lexicon().nouns
    for k, arg in enumerate(cand.recipient):
        # "condemned the protest by farmers", "denounced Russia's invasion", "the threats made by X",
        # "support to the negotiations among Sudanese stakeholders": the doers of the event noun receive.
        head = doc[arg.head]
        if head.lemma_.lower() in nouns and head.pos_ == "NOUN":
            agent = [a for a in roles.noun_actor(head) if set(a.flags) & PERPETRATOR_FLAGS]
            if agent and doc[agent[0].head].lower_ not in ("its", "their", "his", "her"):
                cand.recipient = cand.recipient[:k] + agent + cand.recipient[k + 1:]
                break
    _governor_acts(cand, doc)
    if _is_verbal(tok) and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DIRECTIVE_VERBS and any(
            "object_control" in a.flags for a in cand.actor) and not any(
            roles.named_np(doc[a.head]) or any(c.dep_ in ("det", "poss") for c in doc[a.head].children)
            for a in cand.recipient):
        # (not when the ordered act has its own target: "ordered gang members to kidnap *his son*")
        # "the government ordered *the newspaper* to suspend publication": the one who orders acts on the
        # one ordered (the event itself - a suspension - is what is imposed)
        boss = roles.subject_of(tok.head)
        if boss:
            cand.actor, cand.recipient = boss, [roles.Arg(a.head, a.start, a.end, a.flags + ["directed"])
                                                for a in cand.actor]
    actor_heads = {a.head for a in cand.actor}
    if not cand.recipient and cand.actor:
        spans = set()
        for a in cand.actor:
            spans.update(range(a.start, a.end))
        cand.recipient = roles.named_in_clause(tok, spans)
        if not cand.recipient and _is_verbal(tok) and not _moves_forces(cand):
            # "reduced tariffs on $120 billion of *China's* exports": the party inside what it acts on
            for obj in [c for c in tok.children if c.dep_ == "dobj"] + [tok]:
                cand.recipient = cand.recipient or roles.party_inside(obj, parties, spans)
        for h in cand.hits:  # "remained *on alert* in North District": the phrase's own modifiers
            if not cand.recipient and h.entry.kind == "phrase" and h.end - 1 != tok.i:
                cand.recipient = roles.named_in_clause(doc[h.end - 1], spans)
        verb = roles.governing_verb(tok)
        if not cand.recipient and verb is not None:
            # "declared a state of siege in Pando", "remained on alert in North District": the clause of
            # the verb that carries a nominal trigger
            cand.recipient = roles.named_in_clause(verb, spans)
    cand.recipient = [r for r in cand.recipient if r.head not in actor_heads]


PERPETRATOR_FLAGS = {"possessor", "prep:by", "modifier", "participle_agent", "prep:among", "prep:between"}
ADJUNCT_PREPS = {"at", "during", "after", "before", "amid", "since", "in"}


def _no_adjunct_recode(mod: Modality, tok: Token) -> Modality:
    """A noun in a time or place adjunct is not governed by the verb: "*At a campaign rally*, leaders
    demanded ..." is not a demand for a rally (the verb's own event is coded instead)."""
    if mod.recode and tok.dep_ == "pobj" and tok.head.lower_ in ADJUNCT_PREPS and tok.head.head.i == mod.governor:
        return Modality(mod.status, None, None, tuple(c for c in mod.cues if not c.startswith("control:")))
    return mod


def _governor_acts(cand: Candidate, doc: Doc) -> None:
    """A governing verb that recodes the event ("*rejected* Trump's proposal", "*ordered* X to appear",
    "*refused* a request by Y") makes the event: its subject acts, and the governed event's own actor,
    when that is another party, receives ("threatened to attack Y" keeps Y: the actor is the same)."""
    mod = cand.modality
    if not (mod and mod.recode and mod.governor is not None and mod.governor != cand.token):
        return
    gov_actor = roles.subject_of(doc[mod.governor])
    if not gov_actor:
        return
    taken = {i for a in gov_actor for i in range(a.start, a.end)}
    inner = [a for a in cand.actor if not taken & set(range(a.start, a.end))]
    if inner and len(inner) == len(cand.actor) and doc[inner[0].head].pos_ != "PRON":
        # (a pronoun there - "agreed to an expansion of *its* force" - is the governor's subject again)
        cand.recipient = inner
    cand.actor = gov_actor
    for prep in doc[mod.governor].children:  # "agreed *with his Iranian counterpart* to exchange ...": the partner
        obj = roles._pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "with" else None
        if obj is not None and obj.i not in taken and (roles.named_np(obj) or roles.actorish(obj)) \
                and obj.pos_ != "PRON":
            cand.recipient = roles._expand(obj, ("prep:with", "governor_partner"))
            break


def _resolve_pronoun(arg: roles.Arg, doc: Doc, trigger: Token, covered: dict[int, Mention],
                     taken: set[int] = frozenset(), mentions: Sequence[Mention] = ()) -> roles.Arg | None:
    """A pronoun participant: keep it when the actors stage resolved it (coref mention); else the
    speaker of a reported clause ("announced that it was terminating"), else the nearest preceding
    named entity of a fitting kind in this or the previous sentence; else drop it.  An object
    pronoun never refers to its own event's actor ("Kiir pardoned *him*": him is not Kiir), whatever
    the coreference said."""
    tok = doc[arg.head]
    if tok.pos_ != "PRON":
        return arg
    if arg.head in covered:
        ante = _antecedent(covered[arg.head], mentions) if mentions and taken and tok.dep_ != "poss" else None
        if ante is None or not any(ante.start < doc[i].idx + len(doc[i]) and doc[i].idx < ante.end for i in taken):
            return arg
    low = tok.lower_
    if low not in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return None
    speaker = roles.reported_speaker(trigger)
    if speaker is not None and speaker.i != tok.i and speaker.pos_ != "PRON" and arg.flags[:1] != ["object"]:
        lo, hi = roles.np_span(speaker)
        return roles.Arg(speaker.i, lo, hi, arg.flags + ["antecedent:speaker"])
    labels = {"PERSON"} if low in PRONOUNS_PERSON else {"ORG", "GPE", "NORP"}
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for i in range(tok.i - 1, start - 1, -1):
        cand = doc[i]
        if i in taken:  # "the military led by Sisi overthrew him": not the actor's own words
            continue
        if cand.ent_type_ in labels and cand.ent_iob_ in ("B", "I") and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"):
            head = cand
            lo, hi = roles.np_span(head)
            return roles.Arg(head.i, lo, hi, arg.flags + ["antecedent:nearest_entity"])
    return None


PHYSICAL_TARGET_TYPES = {"ASSAULT", "COERCE"}


def _names_a_party(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Does the participant name an actor (an actors-stage mention, a name, a pronoun, a count of parties)?"""
    head = doc[arg.head]
    return (any(i in covered for i in range(arg.start, arg.end)) or roles.named_np(head)
            or roles.quantified_party(head))


def _parties_inside(args: list[roles.Arg], doc: Doc, covered: dict[int, Mention], exclude: set[int],
                    against_only: bool = False) -> list[roles.Arg]:
    """Each participant headed by a thing is replaced by the party inside it, if there is one
    (:func:`roles.party_inside`), also one headed by a cooperative event noun ("a suspension of aid *in
    Yemen*"); another event noun stays ("condemned the attack on a church": the attack, not its victim -
    its doer, when named, was put there by :func:`find_arguments`)."""
    nouns = lexicon().nouns
    own = {covered[i].actor.country for i in exclude if i in covered and covered[i].actor.country}
    out: list[roles.Arg] = []
    for arg in args:
        head = doc[arg.head]
        deed = any(e.type not in COOPERATIVE_NOUN_TYPES for e in nouns.get(head.lemma_.lower(), nouns.get(head.lower_, ())))
        inner = [] if ("destination" in arg.flags or roles.is_party(head, covered) or roles.quantified_party(head)
                       or deed) else roles.party_inside(head, covered, exclude)
        if inner and inner[0].flags[-1] in ("compound", "amod", "nmod") and covered.get(inner[0].head) is not None \
                and covered[inner[0].head].actor.country in own:
            inner = []  # the actor's own nationality on a thing: "increasing *U.S.* oil purchases" (the US acting)
        if against_only and not any(f in ("prep:against", "prep:on", "prep:upon") for a in inner for f in a.flags):
            inner = []
        for a in [roles.Arg(a.head, a.start, a.end, arg.flags + a.flags) for a in inner] or [arg]:
            if not any(a.start < b.end and b.start < a.end for b in out):
                out.append(a)
    if any(_names_a_party(a, doc, covered) for a in out):  # "Lebanon's sovereignty and stability": Lebanon
        out = [a for a in out if _names_a_party(a, doc, covered)]
    return out


def _country_it_is_in(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> roles.Arg:
    """"sent troops to the UN peacekeeping force *in South Sudan*", "food aid to 300,000 people *in
    northeast Nigeria*": help or forces sent to people, an international body, or a body of the
    place itself go to the place they are in."""
    head = doc[arg.head]
    m = covered.get(arg.head)
    if head.ent_type_ in ("GPE", "NORP") or any(c.dep_ == "poss" for c in head.children):
        return arg  # (a country, or someone's own: "Cramer's bid in North Dakota")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            place = roles._pobj(prep)
            here = covered.get(place.i) if place is not None else None
            if m is not None and m.actor.country and m.actor.country not in INTERNATIONAL_CODES and (
                    here is None or here.actor.country != m.actor.country):
                return arg  # a national body keeps its country ("the Nigerian army in Mali")
            if place is not None and place.ent_type_ in ("GPE", "LOC"):
                lo, hi = roles.np_span(place)
                return roles.Arg(place.i, lo, hi, arg.flags + ["destination"])
    return arg


def _can_act(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Can this subject be an actor?  Not a lone singular thing with no name in it ("the pregnancy",
    "this flapping motion", "compensation", "the most prevailing scheme"): an actor is a person,
    group, organisation or country - an actors-stage mention or a name anywhere in the phrase, a
    pronoun, a plural ("protesters", "officials"), a count of parties, a body of people ("a group of
    asylum-seekers"), or a noun of force standing for its perpetrators ("a car bomb killed ...", as
    PLOVER coders code it)."""
    head = doc[arg.head]
    if any(i in covered or doc[i].ent_type_ in roles.ENTITY_LABELS for i in range(arg.start, arg.end)):
        return True
    if head.pos_ in ("PROPN", "PRON") or head.tag_ in ("NNS", "NNPS") or roles.quantified_party(head):
        return True
    if head.lemma_.lower() in STATE_NOUNS and any(c.dep_ == "poss" for c in head.children):
        return True  # "*his country* will not lift the ban"
    nouns = lexicon().nouns
    entries = nouns.get(head.lemma_.lower(), nouns.get(head.lower_, ()))
    if not entries and any(c.dep_ == "prep" and c.lower_ == "of" and (o := roles._pobj(c)) is not None
                           and (o.tag_ in ("NNS", "NNPS") or o.i in covered)
                           and o.lemma_.lower() not in nouns for c in head.children):  # (not "a wave of protests")
        return True  # a body of people: "a group *of asylum-seekers*" (not an event: "the killing of protesters")
    return any(e.type in PHYSICAL_TARGET_TYPES for e in entries)


def _named_party_in_clause(tok: Token, exclude: set[int]) -> list[roles.Arg]:
    """A named participant in the trigger's clause or in a clause it controls ("agreed to set up ... in Y")."""
    found = roles.named_in_clause(tok, exclude)
    for child in tok.children:
        if found:
            break
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found = roles.named_in_clause(child, exclude)
    return found


PROTEST_TARGET_PREPS = {"against", "at", "on", "outside"}
RESPONSE_TYPES = {"PROTEST", "REJECT", "ACCUSE", "SANCTION"}
RESPONSE_NOUNS = {"response", "reaction", "protest", "retaliation", "answer", "opposition", "objection"}


def _response_target(tok: Token, covered: dict[int, Mention], exclude: set[int]) -> list[roles.Arg]:
    """The party a protest or refusal answers: "in response to *GE's* decision", "in protest at *the
    ban*", found on the trigger's clause (its verb and the verbs coordinated with or subordinate to it)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else (roles.governing_verb(tok) or tok.head)
    clause = [*([tok] if tok.i != verb.i else []), verb,
              *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB")]
    for v in clause:
        for prep in v.children:
            noun = roles._pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if noun is None or noun.lemma_.lower() not in RESPONSE_NOUNS:
                continue
            after = [c for c in v.children if c.dep_ == "prep" and c.i == noun.i + 1]  # (parsed as the verb's)
            for inner in [*noun.children, *after]:
                obj = roles._pobj(inner) if inner.dep_ == "prep" and inner.lower_ in ("to", "at", "against", "over", "for") else None
                if obj is not None and obj.i not in exclude:
                    if roles.is_party(obj, covered):
                        return roles._expand(obj, ("response",))
                    return [roles.Arg(a.head, a.start, a.end, a.flags + ["response"])
                            for a in roles.party_inside(obj, covered, exclude)] or roles._expand(obj, ("response",))
    return []


def _protest_target(tok: Token, exclude: set[int]) -> list[roles.Arg]:
    """The object of at/against/on/outside on a protest word or the verb carrying it (not a time:
    "on Monday")."""
    for t in (tok, tok.head):
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in PROTEST_TARGET_PREPS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i in exclude or obj.ent_type_ in ("DATE", "TIME") or obj.i == tok.i:
                continue
            return roles._expand(obj, ("protest_target",))
    return []


def _participant(arg: roles.Arg, doc: Doc, mentions: Sequence[Mention]) -> Participant:
    span = doc[arg.start:arg.end]
    start, end = span.start_char, span.end_char
    head = doc[arg.head]
    best = None
    for m in mentions:
        if m.start < end and start < m.end:
            inside_head = m.start <= head.idx < m.end
            score = (inside_head, min(end, m.end) - max(start, m.start))
            if best is None or score > best[0]:
                best = (score, m)
    if best is None:
        return Participant(start, end, span.text, None, None, flags=tuple(arg.flags))
    m = best[1]
    flags = tuple(arg.flags) + (("coref",) if m.ref is not None else ())
    return Participant(start, end, span.text, m.actor.country, m.actor.sector, name=m.actor.name, flags=flags,
                       antecedent=_antecedent(m, mentions))


def _antecedent(m: Mention, mentions: Sequence[Mention]) -> Span | None:
    """The first mention of a coreference chain (``ref`` links), for a participant that is a pronoun."""
    seen: set[int] = set()
    root = m
    while root.ref is not None and root.ref not in seen and 0 <= root.ref < len(mentions):
        seen.add(root.ref)
        root = mentions[root.ref]
    return Span(root.start, root.end, root.text) if root is not m else None


def _inside(start: int, end: int, regions: Iterable[Region]) -> bool:
    return any(r.start < end and start < r.end for r in regions)


def candidates(sent: SpacySpan, type_model=None, control_verbs: bool = False) -> list[Candidate]:
    """Trigger candidates of one sentence: lexicon hits, plus (with a type model) verbs that link
    two named participants although no lexicon entry names them.  ``control_verbs`` keeps verbs
    such as "hope" or "want" among the latter (training anchors some rows there)."""
    hits = find_triggers(sent)
    doc = sent.doc
    # A noun that is the object of a matched verb+object entry ("cut *aid*") is part of that trigger.
    consumed = set()
    for i, hs in hits.items():
        if any(h.entry.kind == "verb_obj" for h in hs):
            for c in doc[i].children:
                if c.dep_ in ("dobj", "nsubjpass", "obj"):
                    consumed.update(x.i for x in (c, *c.conjuncts))
                elif c.dep_ in ("prep", "prt"):
                    consumed.update(g.i for g in c.children if g.dep_ == "pobj")
    out = [Candidate(i, hs, sent) for i, hs in sorted(hits.items()) if i not in consumed]
    if type_model is not None:  # the model may type verbs the lexicon does not know
        cues = modality_cues()
        for tok in sent:
            if tok.i in hits or tok.pos_ != "VERB" or tok.lemma_.lower() in ("be", "have", "say"):
                continue
            if not control_verbs and any((f, "control") in cues for f in base_forms(tok)):
                # "hoping to support X": the complement is the event (training may still anchor a row here)
                continue
            if any(c.dep_ in ("dobj", "dative", "prep", "agent", "xcomp") for c in tok.children):
                out.append(Candidate(tok.i, [], sent))
    return out


def reported_demands(sent: SpacySpan, doc: Doc, taken: set[int]) -> list[Candidate]:
    """"X says Y must/should do Z": a demand by the speaker X on Y (REQUEST), triggered by the speech verb."""
    cues = modality_cues()
    out = []
    for tok in sent:
        if tok.i in taken or tok.lemma_.lower() not in roles.SPEECH_HEADS:
            continue
        for clause in tok.children:
            if clause.dep_ != "ccomp":
                continue
            modal = [c for c in clause.children if c.dep_ == "aux" and (c.lower_, "demand") in cues]
            subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if modal and subject:
                cand = Candidate(tok.i, [], sent)
                cand.actor = roles.subject_of(tok)
                cand.recipient = roles._expand(subject[0], ("reported_demand",))
                cand.modality = Modality("factual", None, None, (f"demand:{modal[0].lower_}",))
                cand.type = cues[(modal[0].lower_, "demand")][3:]
                cand.reason = "rule:reported_demand"
                cand.confidence = 0.6
                out.append(cand)
    return out


def decide(cand: Candidate, doc: Doc, type_model=None) -> None:
    """Type, mode, confidence and reason of a candidate (arguments and modality already found)."""
    tok = doc[cand.token]
    if cand.reason.startswith("rule:"):  # typed by a rule (reported demand): keep it
        cand.trigger_span = (tok.i, tok.i + 1)
        return
    lex_hit = cand.hits[0] if cand.hits else None
    mode = lex_hit.entry.mode if lex_hit else None
    if type_model is not None:
        probs = type_model.predict(cand, doc)
        ptype = max(probs, key=probs.get)
        lex_types = {h.entry.type for h in cand.hits}
        if lex_types and ptype not in lex_types and probs[ptype] < MODEL_OVERRIDE:
            # The lexicon names the candidate types; the model picks among them unless it is sure.
            ptype = max(lex_types, key=lambda t: probs.get(t, 0.0))
        cand.confidence = probs[ptype]
        if lex_hit and ptype == lex_hit.entry.type:
            cand.reason = f"model:{type_model.name}+lex:{lex_hit.entry.id}"
        else:
            same = [h for h in cand.hits if h.entry.type == ptype]
            mode = same[0].entry.mode if same else None
            cand.reason = f"model:{type_model.name}" + (f"+lex:{same[0].entry.id}" if same else "")
        cand.type = ptype
    elif lex_hit:
        cand.type = lex_hit.entry.type
        cand.confidence = KIND_CONFIDENCE[lex_hit.entry.kind]
        cand.reason = f"lex:{lex_hit.entry.id}"
    if cand.type is None:
        return
    cand.mode = mode
    cand.trigger_span = (lex_hit.start, lex_hit.end) if lex_hit else (tok.i, tok.i + 1)
    mod = cand.modality
    if mod and mod.recode and mod.recode != cand.type:
        inner_type, inner_mode = cand.type, cand.mode
        new_type = mod.recode
        if new_type == "AGREE" and inner_type in ("RETREAT", "CONCEDE"):
            new_type = "CONCEDE"  # PLOVER: announced retreats and promised concessions are CONCEDE
        cand.type, cand.mode = new_type, recoded_mode(new_type, inner_type, inner_mode)
        cand.trigger_span = (mod.governor, mod.governor + 1)
    if mod and mod.status == "future":
        if cand.type in COOPERATIVE_FUTURE_TO_AGREE:
            cand.type, cand.mode = "AGREE", None
            cand.reason += "+future_cooperation_is_agree"
        elif cand.type == "RETREAT":
            cand.type, cand.mode = "CONCEDE", None
            cand.reason += "+future_retreat_is_concede"
    if cand.type == "CONSULT" and cand.mode == "visit" and tok.lemma_.lower() in HOSTING_VERBS and not any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lexicon().nouns or c.lower_ in lexicon().nouns) for c in tok.children):
        # PLOVER: the visitor is the actor (not when an event is hosted: "Macron is hosting a UN summit")
        cand.actor, cand.recipient = cand.recipient, cand.actor


def extract(doc: Doc, doc_id: str, mentions: Sequence[Mention] = (), excluded: Sequence[Region] = (),
            type_model="default") -> list[Event]:
    """Undated, unlocated PLOVER events of ``doc``, ids ``{doc_id}:e{n}`` in text order.

    ``type_model``: "default" = the shipped learned model (lexicon only if none is installed),
    None = lexicon only, or a :class:`~dateline.events.model.TypeModel`."""
    if type_model == "default":
        from dateline.events.model import default_model

        type_model = default_model()
    object_words = _object_words()
    covered: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                covered[t.i] = m
    events: list[Event] = []
    for sent in doc.sents:
        if _inside(sent.start_char, sent.end_char, excluded) and all(
                r.start <= sent.start_char and sent.end_char <= r.end for r in excluded
                if r.start < sent.end_char and sent.start_char < r.end):
            continue
        events.extend(code_sentence(sent, doc, doc_id, mentions, excluded, covered, object_words,
                                    type_model, first_id=len(events) + 1))
    return events


PACT_TYPES = {"AGREE", "CONCEDE", "RETREAT"}  # nouns of a pact: agreement, ceasefire, truce, deal


def _breaks_a_pact(cand: Candidate, tok: Token) -> bool:
    """"The MILF and the government are guilty of *violating the ceasefire agreement*": a pact broken by
    a compound subject is broken between its parties (coded as the dyad, like a joint event)."""
    if cand.type not in ("ASSAULT", "COERCE", "REJECT") or not _is_verbal(tok):
        return False
    return any(c.dep_ == "dobj" and any(_pact_word(w) for w in (c, *(m for m in c.children if m.dep_ == "compound")))
               for c in tok.children)


def _pact_word(tok: Token) -> bool:
    """A noun of a pact: a ceasefire or truce (lexicon nouns of CONCEDE/RETREAT/AGREE), or what an
    agreement entry's verb takes as its object (agreement, accord, deal, settlement)."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return any(e.type in PACT_TYPES for e in lex.nouns.get(lemma, ())) or any(
        lemma in objs for pairs in lex.verb_obj.values() for objs, e in pairs if e.type == "AGREE")


def _joint_reading(cand: Candidate) -> bool:
    """Can a compound subject's event be read as between its parties?  A refusal is only when what is
    refused is a joint act ("X and Y *failed to reach* a deal"), not when both refuse a third party
    ("Italy and Spain *refused* to allow the plane")."""
    if cand.type != "REJECT":
        return True
    return bool({h.entry.type for h in cand.hits} & (RECIPROCAL_TYPES | {"SUPPORT"}))


def _trigger_in_a_name(tok, sent: SpacySpan) -> bool:
    """A capitalised trigger word inside the name of an organisation, a work, a law, an event or a
    product reports no event: "''Meet the Fockers''", "the Organization of Islamic Cooperation",
    "the Commission to Strengthen Social Security".  (The caller keeps phrase entries: "lifted the
    State of Emergency" names the event itself.)"""
    return tok.i != sent.start and tok.text[:1].isupper() and tok.ent_type_ in NAME_ENTITY_TYPES


def code_sentence(sent: SpacySpan, doc: Doc, doc_id: str, mentions: Sequence[Mention],
                  excluded: Sequence[Region], covered: dict[int, Mention], object_words: set[str],
                  type_model, first_id: int = 1, keep_all: bool = False) -> list[Event]:
    """Events of one sentence.  ``keep_all`` keeps candidates without participants (for evaluation
    and training, which pick the candidate joining two marked spans themselves)."""
    lo_char, hi_char = trimmed_bounds(sent)
    # From the sentence's own text: ``doc.text`` joins every token of the article on each call,
    # which made a long article quadratic (a 590,000-character page took most of an hour).
    sentence = Span(lo_char, hi_char, sent.text[lo_char - sent.start_char:hi_char - sent.start_char])
    cands = candidates(sent, type_model)
    for cand in cands:
        cand.modality = _no_adjunct_recode(modality(doc[cand.token]), doc[cand.token])
        find_arguments(cand, doc, object_words, covered)
    cands += reported_demands(sent, doc, {c.token for c in cands})
    used_governors = {c.modality.governor for c in cands if c.modality and c.modality.recode}
    out: list[Event] = []
    origins: list[Token] = []  # the candidate token of each event in ``out``
    for cand in cands:
        tok = doc[cand.token]
        if cand.token in used_governors and not (cand.modality and cand.modality.recode) and any(
                h.entry.type == "THREATEN" or h.entry.type in ("AGREE", "REJECT", "REQUEST") for h in cand.hits):
            # "threatened to attack": the threat is coded once, from the governed word (unless this word
            # is itself governed: "rejected a *request* on the charge" - the chain is coded from the top).
            if not keep_all:
                continue
        if _inside(tok.idx, tok.idx + len(tok), excluded):
            continue
        decide(cand, doc, type_model)
        if cand.type is None:
            continue
        if not cand.hits and not keep_all and (
                cand.confidence < 0.5 or not cand.actor or not cand.recipient
                or not roles.named_np(doc[cand.actor[0].head]) or not roles.named_np(doc[cand.recipient[0].head])):
            continue  # a verb the lexicon does not know must join two named parties, and the model be sure
        actor = [a for a in (_resolve_pronoun(a, doc, tok, covered) for a in cand.actor) if a]
        taken = {i for a in actor for i in range(a.start, a.end)}
        recipient = [a for a in (_resolve_pronoun(a, doc, tok, covered, taken, mentions) for a in cand.recipient) if a]
        if cand.type in DESTINATION_TYPES:
            recipient = [_country_it_is_in(a, doc, covered) for a in recipient]
        if recipient and cand.type not in PHYSICAL_TARGET_TYPES:
            # "accepted a formula for settling a dispute with X", "agreed to set up a centre in Y": the
            # object is a thing, not a party; the party inside it receives, else a named party in the
            # trigger's clause.  (Not for force: "tortured an inmate in Iran", "attacked an army camp in
            # Kabul" hit the object.)
            # (forces moved: only a party they are moved against - "mobilized troops for the war *against
            # Iraq*" - not the place they leave: "withdrew from the border with Sudan")
            recipient = _parties_inside(recipient, doc, covered, taken | {a.head for a in actor},
                                        against_only=_moves_forces(cand))
            if not any(_names_a_party(a, doc, covered) for a in recipient):
                recipient = _named_party_in_clause(tok, taken | {a.head for a in actor}) or recipient
        actor = [a for a in actor if not _inside(doc[a.start].idx, doc[a.end - 1].idx + 1, excluded)]
        recipient = [a for a in recipient if not _inside(doc[a.start].idx, doc[a.end - 1].idx + 1, excluded)]
        if mentions:  # (without the actors stage there is nothing to tell parties from things)
            actor = [a for a in actor if _can_act(a, doc, covered)]
        if cand.type in CONDITIONAL_TYPES and not any(_names_a_party(a, doc, covered) for a in recipient):
            # "will not end the strike *until the government* provides ...", "threatened to leave *unless
            # the EU* pays": the party the condition is put to receives the refusal or threat
            recipient = roles.party_of_condition(tok) or recipient
        if cand.type in RESPONSE_TYPES and not any(_names_a_party(a, doc, covered) for a in recipient):
            # "staged a strike *in response to GE's decision*": what it answers names its target
            recipient = _response_target(tok, covered, taken) or recipient
        if cand.type == "PROTEST" and not recipient:
            # "went on strike ... *at the Grasberg mine*", "burned flags *outside the embassy*": with no
            # one named as the target, the place or body the protest is held at or against receives it
            recipient = _protest_target(tok, taken)
        if len(actor) > 1 and (cand.type in JOINT_TYPES or _breaks_a_pact(cand, tok)) and _joint_reading(cand) and not any(
                _names_a_party(a, doc, covered) and not set(a.flags) & TOPIC_FLAGS for a in recipient):
            # (a topic does not stop it: "Trump and Putin agreed to share information *on North Korea*")
            # "Jordan and Britain agreed to ...", "The US and China signed an agreement": a joint event
            # is coded as a dyad, the first party acting and the others receiving (PLOVER's dyadic form)
            actor, recipient = actor[:1], [roles.Arg(a.head, a.start, a.end, a.flags + ["joint"]) for a in actor[1:]]
        # The same words cannot both act and receive ("Universal Pictures' ''Meet the Fockers''" met itself).
        recipient = [r for r in recipient if not any(r.start < a.end and a.start < r.end for a in actor)]
        if not keep_all:
            if _trigger_in_a_name(tok, sent) and not any(h.entry.kind == "phrase" for h in cand.hits):
                continue
            if not actor:
                continue
            if ontology.requires_recipient(cand.type) and not recipient:
                continue
        lo, hi = cand.trigger_span
        trig = doc[lo:hi]
        contexts = sorted({c for h in cand.hits if h.entry.type == cand.type for c in h.entry.context})
        out.append(Event(
            id="", type=cand.type, mode=cand.mode,  # numbered below, once the doubles are gone
            quad=ontology.quad_of(cand.type), score=ontology.score_of(cand.type, cand.mode),
            sentence=sentence,
            trigger=Span(trig.start_char, trig.end_char, trig.text),
            actor=[_participant(a, doc, mentions) for a in actor],
            recipient=[_participant(a, doc, mentions) for a in recipient],
            status=cand.modality.status if cand.modality else "factual",
            confidence=round(cand.confidence * (1.0 if actor else 0.5), 3),
            context=contexts, reason=cand.reason + "".join(f"+{c}" for c in (cand.modality.cues if cand.modality else ())),
        ))
        origins.append(tok)
    kept = out if keep_all else _without_support_verb_doubles(out, origins)
    return [replace(e, id=f"{doc_id}:e{first_id + n}") for n, e in enumerate(kept)]


def _without_support_verb_doubles(events: list[Event], origins: list[Token]) -> list[Event]:
    """Drop a model-proposed event at a support verb ("Blinken *made* a rare visit to Niger", "Guterres
    *reiterated* the U.N.'s commitment") when its object, the event noun, was coded with the same actor:
    one happening, reported by the noun."""
    def parties(e: Event):  # (the actor: "reiterated *the U.N.'s* commitment to X" is one event, at the noun)
        return [(p.start, p.end) for p in e.actor]

    by_trigger = {e.trigger.start: e for e in events}
    out = []
    for e, tok in zip(events, origins):
        if e.reason.startswith("model:") and "+lex:" not in e.reason:
            nouns = [by_trigger.get(c.idx) for c in tok.children if c.dep_ == "dobj"]
            if any(n is not None and n is not e and parties(n) == parties(e) for n in nouns):
                continue
        out.append(e)
    return out
