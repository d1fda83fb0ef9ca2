"""Whether an event happened: factual, future, hypothetical, negated or claimed.

The cues are data (``data/modality.tsv``).  A cue can sit on the trigger itself ("did *not* attack"),
on a verb that governs it ("*plans* to visit", "*threatened* to attack", "*refused* to meet"), or on the
clause ("*if* Russian forces cross").  Governing verbs can also recode the event: a threat to attack
is THREATEN, a refusal to meet is REJECT, a promise to aid is AGREE (see :func:`modality`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.events.absent_evidence import absent_evidence
from dateline.events.addressed_requests import addressed_party
from dateline.events.blame import blamed_deed
from dateline.events.carried_future import carried_future
from dateline.events.circumstances import scene_of
from dateline.events.clause_parts import first_conjunct, has_condition
from dateline.events.destined import arranged_future
from dateline.events.forgone_acts import forgone_act
from dateline.events.lexicon import (VERBAL_TYPES, base_forms, cue_places, modality_cues, sentence_hits,
                                     sentence_bounds, token_entries, veto_words)
from dateline.events.mandated_acts import mandate_cues
from dateline.events.parties import FINITE_TAGS, is_party, party_word, to_infinitive
from dateline.events.past_dated import dated_in_the_past
from dateline.events.punishment import punishes_a_party
from dateline.events.progressive_plans import progressive_plan
from dateline.events.purpose import aim_of, joined_act
from dateline.events.stranded_modals import stranded_modal
from dateline.events.tables import in_class, word_class
from dateline.events.unreal import not_yet, obliged
from dateline.events.voted_acts import voted_act

GOVERNOR_DEPS = {"xcomp", "pcomp", "pobj", "prep", "acomp", "dobj"}
STATUS_RANK = {"negated": 4, "hypothetical": 3, "claimed": 2, "future": 1, "factual": 0}
# Cooperative types (PLOVER quads 1 and 2): an announced refusal of one ("will not accept refugees",
# "did not give permission", "did not agree to meet") is itself an event, REJECT ("all rejections and
# refusals", manual v2.0 3.10), not a negated cooperation.
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
PUNITIVE = {"SANCTION", "ACCUSE"}
# Particles that make a governing verb another verb ("call off", "give up", "back down", "turn down"): its cue
# (call -> REQUEST, ...) does not apply.
SENSE_PARTICLES = {"off", "up", "down", "out", "back", "away"}
# A failure to reach or sign an agreement ("failed to reach a deal", "failed to agree on") is coded as a
# rejection (PLOVER REJECT: "all rejections and refusals"; plv_train's even-numbered rows: 3 of 3 REJECT).
# (The lexical word classes of this module are data: data/word_classes.tsv, which says why each word is in.)
FAILURE_VERBS = word_class("failure_verbs")
AGREEMENT_TYPES = {"AGREE", "SUPPORT"}
ABILITY_MODALS = {"could", "can", "ca", "might", "may", "should", "must"}
NEGATION_CUES = {"aux:not", "aux:n't", "aux:never", "aux:no"}
# Material conflict announced for later ("will boycott the meeting", "would boycott the vote", "will extend
# the curfew", "will shell the town"): PLOVER codes the announcement as THREATEN (manual v2.0 2.3: "THREATEN could
# be ASSAULT + hypothetical"; THREATEN 'restrict' names boycotts, strikes, blockades and curfews).  Only the
# future and the reported future ("would"); "may have launched" is a guess about the past, not a threat.
# (Only a word every reading of which is harm (_harmful): "attack" also reads as words (ACCUSE), and is read in its
# sentence under a vow only (_harm_in_context), so "forces will attack the town" stays ASSAULT future - test_extract.)
THREATENING = {"PROTEST", "COERCE", "ASSAULT", "SANCTION"}
REPORTED_FUTURE = "aux:would"
CARRIED_REPORTED_FUTURE = "carry:would"  # "said it would start *producing*" (a verb of aspect passes its "would" down)
SPEECH_VERBS = word_class("speech_verbs")  # "said it *would* ...": the future of a statement
# The places of modality.tsv a governing verb's cue can have (modality's loop over its base forms reads only these).
CONTROL_PLACES = frozenset({"control", "control_clause", "control_other", "control_addressed", "control_punitive",
                            "control_harm", "control_request"})


@dataclass(frozen=True)
class Modality:
    status: str
    recode: str | None  # PLOVER type imposed by a governing verb, e.g. THREATEN
    governor: int | None  # token index of that verb
    cues: tuple[str, ...]  # e.g. ("aux:not", "control:threaten")


# "did not endorse her *until July*", "were not released *until* the ransom was paid": the negation bounds when it
# happened, not whether (session 43) - the act took place at the time "until" names.
DELAYING_WORDS = frozenset({"until", "till"})


def _delayed_not_denied(tok: Token) -> bool:
    """Has ``tok``, told in the past, an "until" phrase or clause of its own ("did not ... *until July*", "were not
    ... *until* they paid")?  Not in the present or the future: "will not lay down arms until the army withdraws" is a
    refusal on a condition (conditions.py)."""
    auxiliaries = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    past = any(a.tag_ == "VBD" for a in auxiliaries) or (not auxiliaries and tok.tag_ == "VBD")
    if not past or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return any(c.dep_ == "prep" and c.lower_ in DELAYING_WORDS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in DELAYING_WORDS for m in c.children)
               for c in tok.children)


def _own_cues(tok: Token, cues: dict) -> list[tuple[str, str]]:
    found = []
    for child in tok.children:
        low = child.lower_
        if child.dep_ in ("neg", "aux", "auxpass", "det") and (low, "aux") in cues:
            if child.dep_ == "det" and low != "no":
                continue
            if child.dep_ == "neg" and cues[(low, "aux")] == "negated" and _delayed_not_denied(tok):
                continue  # "did *not* endorse her until July": done, in July
            found.append((f"aux:{low}", cues[(low, "aux")]))
        elif child.dep_ == "mark" and (low, "mark") in cues:
            found.append((f"mark:{low}", cues[(low, "mark")]))
        elif child.dep_ == "advmod" and (low, "advmod") in cues:
            found.append((f"advmod:{low}", cues[(low, "advmod")]))
        elif child.dep_ == "advmod" and (low, "aux") in cues and low in ("never", "not"):
            found.append((f"aux:{low}", cues[(low, "aux")]))
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and \
            cues.get((tok.lemma_.lower(), "control"), "").startswith("as:"):
        # "the government *is not willing* to negotiate": the parser hangs the negation on the copula (session 58, a
        # probe of unjudged news); only for an adjective that recodes what it governs - "were n't *available* to
        # comment" stays the hypothetical TimeML reads it as
        found.extend((f"aux:{c.lower_}", cues[(c.lower_, "aux")]) for c in tok.head.children
                     if c.dep_ == "neg" and cues.get((c.lower_, "aux")) == "negated")
    if (modal := stranded_modal(tok, lambda word: (word, "aux") in cues)) is not None:
        # "Saraki *will*, on Tuesday, *lead* a delegation": an auxiliary the parser cut off (stranded_modals.py)
        found.append((f"aux:{modal.lower_}", cues[(modal.lower_, "aux")]))
    return found


# Words of the status stage's own rules (data/status_words.tsv): the heads of "no longer" / "no more".
NO_PHRASE_HEADS = word_class("no_phrase_heads", "status_words.tsv")
CONTRASTIVE_CC = {"but", "yet"}
# (session 30) Nouns whose "to"-infinitive is an act not done, by the reading they give it ("the decision to expel":
# future; "a call to end the fighting": hypothetical; "his refusal to sign": negated); verbs of aspect and attempt
# that pass their own auxiliaries down ("will begin to withdraw"); a subject or object that is no one or nothing.
NOUN_INFINITIVE_STATUS = {**{w: "future" for w in word_class("intent_nouns", "status_words.tsv")},
                          **{w: "hypothetical" for w in word_class("request_nouns", "status_words.tsv")},
                          **{w: "negated" for w in word_class("refusal_nouns", "status_words.tsv")}}
CARRYING_VERBS = word_class("carrying_verbs", "status_words.tsv")
# Verbs of taking part whose "in" names the event ("*participate in* the agitation"): data/status_words.tsv.
PARTAKING_VERBS = word_class("partaking_verbs", "status_words.tsv")
STANCE_VERBS = word_class("stance_verbs", "status_words.tsv")  # "the US *favours* imposing sanctions"
# Support ("light") verbs whose object noun is their subject's act ("*declare* a ceasefire"), and those of taking part
# in another's event ("*attend* the hearing"): data/word_classes.tsv.
SUPPORT_VERBS = word_class("support_verbs")
PARTICIPATION_VERBS = word_class("participation_verbs")
# Verbs of ordering and permitting (word_classes.tsv, shared with governed_acts.licensed_act): their infinitive is an act
# ordered or allowed, not done.  (Not "force", "compel", "help": they report the act done.)
LICENSING_VERBS = word_class("ordering_verbs") | word_class("permission_verbs")
NEGATIVE_PRONOUNS = word_class("negative_pronouns", "status_words.tsv")
# A determiner or preconjunct that denies its noun phrase: "*no* troops", "*neither* side", "*neither* Russia nor China"
# (the coordination of "neither ... nor" denies each of its members: neither of them did it; session 35)
NEGATIVE_DETERMINERS = {"no", "neither"}
RETALIATION_VERBS = word_class("retaliation_verbs", "status_words.tsv")
# A predicate adjective takes the tense and negation of its copula: "will be *available*", "was not *aware*".
COPULAS = {"be", "become", "remain"}
# Prepositions of a state one is in ("*in* custody", "*on* alert", "*under* arrest"; not "remain stable *despite* the
# attack", a circumstance).
STATE_PREPOSITIONS = {"in", "on", "under", "at"}


def shared_conjunct(tok: Token) -> Token | None:
    """The verb whose auxiliaries and governors a coordinated verb shares: "did not *elaborate* or *comment*",
    "will meet and *sign*", "plans to visit and *open*" - a verb joined by and/or/nor to a verb before it, with no
    subject and no auxiliary of its own (the ellipsis of English coordination).  Not after "but"/"yet", which
    contrast ("did not flee but *stayed*"), nor a verb with its own subject or auxiliary ("did not meet, and they
    *will* not")."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ not in ("VERB", "AUX") or \
            not _elliptic(tok) or (_coordinator(tok) or "").lower() in CONTRASTIVE_CC:
        return None
    if tok.tag_ in FINITE_TAGS and tok.head.tag_ == "VB" and tok.lower_ != tok.lemma_.lower():
        # a finite verb shares no auxiliary with a bare one ("insisted Mr Brown *will have* a key role ..., and *praised*
        # his handling": the parser's conjunct is the main clause's, in the past; session 45) - by its form, not a tag
        # the tagger may guess ("plans to restrict movement and *shut* down centres": "shut" is a base form too)
        return None
    head = tok.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and _elliptic(head) and \
            (_coordinator(head) or "").lower() not in CONTRASTIVE_CC:
        head = head.head  # "will meet, talk and *sign*": the verb with the auxiliary
    return head


def _elliptic(tok: Token) -> bool:
    """Does the coordinated verb leave its subject and auxiliaries to the verb before it?  An infinitive's own "to"
    after an infinitive with "to" repeats the marker, nothing more ("will use the House to advocate reform *and to
    talk* on issues", "promised to withdraw *and to release* prisoners": session 59, a probe of unjudged news)."""
    parallel = to_infinitive(tok) and to_infinitive(tok.head)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "mark")
                   and not (parallel and c.dep_ == "aux" and c.lower_ == "to") for c in tok.children)


def _coordinator(tok: Token) -> str | None:
    """The conjunction that joins a conjunct to the word before it ("and", "or", "but", "nor"): the parser hangs
    it on either of the two, between them."""
    head = tok.head
    ccs = [c for t in (head, tok) for c in t.children if c.dep_ == "cc" and head.i < c.i < tok.i]
    return max(ccs, key=lambda c: c.i).lower_ if ccs else None


def _negative_arguments(tok: Token) -> list[tuple[str, str]]:
    """Negation said by a word around the verb other than its auxiliaries: "*neither* approves", "*no longer*
    makes".  (A doer's, undergoer's or object's "no" - "*no* troops were sent", "sent *no* troops", "*no* country
    has recognised it" - is :func:`_denied_arguments`'.)"""
    found = []
    for c in tok.children:
        if c.dep_ == "preconj" and c.lower_ == "neither":
            found.append(("cc:neither", "negated"))
        elif c.dep_ == "advmod" and c.lower_ in NO_PHRASE_HEADS and any(
                g.lower_ == "no" and g.dep_ in ("neg", "advmod", "det") for g in c.children):
            found.append((f"advmod:no_{c.lower_}", "negated"))
    return found


def _denied_arguments(tok: Token) -> list[tuple[str, str]]:
    """The act denied by its doer, undergoer or object being no one or nothing: "*no* troops were sent", "they sent
    *no* troops", "*none* of the protesters were arrested", "*nothing* was taken", "*no* country has recognised the
    government", "*no one* claimed the attack".  The cue is no auxiliary negation: a cooperation denied this way is
    not read as an announced refusal (REJECT)."""
    for c in tok.children:
        if c.dep_ in ("nsubjpass", "dobj", "nsubj") and _negative_phrase(c) and (c.dep_ == "nsubjpass" or token_entries(tok)):
            # (an object's or an active doer's "no" only on a verb the lexicon codes as an act - "sent no troops",
            # "no group claimed the attack" - not on a verb of having, seeing or being, whose "no" is an absence:
            # "has no plans", "sees no end", "nobody knows"; session 31: the active doer, left in session 29 as the
            # TimeML gold marks it in some files only, is read as PLOVER needs it - no country recognising is no act)
            return [(f"{c.dep_}:no", "negated")]
    return []


def _negative_phrase(tok: Token) -> bool:
    """Is the noun phrase no one or nothing: "nobody", "nothing", "none (of ...)", "neither (of ...)", a noun with the
    determiner "no" or "neither" ("no troops", "neither side"; not "no fewer than 20 people", where "no" is on
    "fewer"), or a "neither ... nor" coordination ("*neither* the army nor the police arrested them")?"""
    return tok.lower_ in NEGATIVE_PRONOUNS or _next_to_nothing(tok) or any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS or c.dep_ == "preconj" and c.lower_ == "neither"
        for c in tok.children)


def _next_to_nothing(tok: Token) -> bool:
    """Is the noun phrase a mass noun with a bare lower-case "little" ("*little action* was agreed to", "made *little
    progress*"): next to nothing, as "no action" (session 48, sample 1)?  Not "a little", not a title-case "Little"
    (a headline's "Little girl killed"), not a plural ("few" counts some: "few protesters were arrested")."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) and any(
        c.dep_ == "amod" and c.text == "little" and c.i < tok.i for c in tok.children)


def _noun_infinitive(tok: Token) -> tuple[Token, str] | None:
    """The noun whose "to"-infinitive the verb is and the status that noun gives it: "the *decision* to expel" ->
    future, "a *call* to end the fighting" -> hypothetical, "his *refusal* to sign" -> negated; or None."""
    if tok.dep_ not in ("acl", "relcl") or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ != "NOUN" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lower_ == "order":
        return None  # "in order to": a purpose
    status = NOUN_INFINITIVE_STATUS.get(noun.lemma_.lower()) or NOUN_INFINITIVE_STATUS.get(noun.lower_)
    if status and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        status = "negated"  # "has no plans to visit"
    return (noun, status) if status else None


def governors(tok: Token, limit: int = 4) -> list[Token]:
    """Words above ``tok`` that control it: "plans [to visit]", "call [for the release]",
    "aimed [at renewing]", "accused [of attacking]"."""
    return [g for g, _ in _governor_path(tok, limit)]


def _governor_path(tok: Token, limit: int = 4, infinitives: bool = False) -> list[tuple[Token, str]]:
    """The governors with the dependency by which each is reached from below ("dobj" for "offered *aid*").
    With ``infinitives``, an infinitive clause with its own subject is governed too ("wants *Germany to pay*":
    the parser makes it a ccomp; reached "via" ``ccomp_to``)."""
    out = []
    t = tok
    for _ in range(limit):
        if infinitives and _infinitive_clause(t) and t.head.i != t.i:
            out.append((t.head, "ccomp_to"))
            t = t.head
            continue
        if infinitives and _wished_sight(t):
            # "would like to see *the government help* doctors": wanting to see another act is wanting it done (the
            # verb of seeing passes the act to the wish; session 49, a probe of unjudged news)
            out.append((t.head.head, "ccomp_to"))
            t = t.head.head
            continue
        if t.dep_ not in GOVERNOR_DEPS or t.head.i == t.i:
            break
        if t.dep_ == "dobj" and t.pos_ in ("VERB",):
            break
        via = t.dep_
        t = t.head
        if t.pos_ != "ADP":
            out.append((t, via))
    return out


# Verbs of seeing whose bare infinitive clause ("see *the government help*") is the act seen, and the verbs of wishing
# that make it wanted ("would *like to see* ...": not "is *expected to see* that grow", a forecast).
SIGHT_VERBS = word_class("sight_verbs")
WISH_VERBS = word_class("wish_verbs")


def _wished_sight(tok: Token) -> bool:
    """Is the verb a bare infinitive with its own subject under a verb of seeing that is itself the infinitive of
    another verb ("would like to *see the government help*", "want to see them punished")?"""
    sight = tok.head
    return tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBN") and sight.lemma_.lower() in SIGHT_VERBS \
        and sight.dep_ == "xcomp" and sight.head.lemma_.lower() in WISH_VERBS and tok.i > sight.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _infinitive_clause(tok: Token) -> bool:
    """Is the verb a "to"-infinitive clause with its own subject under a verb ("wants Israel *to stop*")?  Also one the
    parser hung as an adverbial clause after the object of a verb of wishing, the object being its subject ("he wanted
    vajpayee *to make* a public appeal"; session 55, a probe of unjudged news)."""
    if tok.dep_ not in ("ccomp", "advcl") or tok.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.dep_ == "ccomp":
        return own_subject
    wish = tok.head
    return not own_subject and wish.lemma_.lower() in WISH_VERBS \
        and any(c.dep_ == "dobj" and c.i < tok.i for c in wish.children)


def reason_phrase(trigger: Token, gov: Token) -> bool:
    """Is ``trigger`` inside a "for" phrase that gives the reason of what the governing verb ``gov`` takes as its
    object: "vowed *revenge* against Israel *for the killing* of a scientist", "demanded *compensation* for the
    *killing* of workers"?  The vowed or demanded thing is the object (revenge, an apology, justice); the deed it
    answers is no act vowed or asked for, and its victim is not the threat's target.  Not when "for" is the verb's
    own complement ("called *for* the release", "asked the UN *for* help": the object there is the one asked)."""
    prep = _for_phrase(trigger, gov)
    if prep is None:
        return False
    head = prep.head
    if head.i == gov.i:
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not is_party(c) for c in gov.children)
    return head.dep_ == "dobj" and head.head.i == gov.i and head.pos_ == "NOUN" and not is_party(head)


def _for_phrase(trigger: Token, gov: Token) -> Token | None:
    """The first "for" preposition on the way up from ``trigger`` to the governing verb ``gov`` (or to the root)."""
    t = trigger
    while t.head.i != t.i and t.i != gov.i:
        if t.dep_ == "prep" and t.lower_ == "for":
            return t
        t = t.head
    return None


TARGET_PREPS = ("against", "on", "upon", "to")


def _reason_of_governed_verb(trigger: Token, gov: Token) -> bool:
    """Is ``trigger`` inside a "for" phrase hung on a verb that ``gov`` governs and that has a target of its own:
    "vowed to *punish the army* for the killing of their commander", "threatened to *respond to the United States*
    for the seizure of its tanker"?  The verb is the act vowed (coded from it, with its target); the deed in the
    "for" phrase is its reason, no act vowed, threatened or promised.  Not a verb with no target, whose "for" phrase
    is its aim ("vowed to fight *for the release* of the hostages"), unless it is a verb of retaliation, whose "for"
    phrase is always the deed answered ("vowed to retaliate *for the rocket attack*")."""
    prep = _for_phrase(trigger, gov)
    if prep is None:
        return False
    head = prep.head
    if head.i == gov.i or head.pos_ != "VERB" or gov.i not in {a.i for a in head.ancestors}:
        return False
    if _retaliation(head):
        return True  # "vowed to retaliate *for the rocket attack*": one retaliates for a deed, never to bring one about
    return any(c.dep_ == "dobj" and party_word(c) or c.dep_ == "prep" and c.lower_ in TARGET_PREPS
               and any(g.dep_ == "pobj" and party_word(g) for g in c.children) for c in head.children)


# Prepositions by which an event noun names what another event noun is about ("an investigation *of* the murder",
# "an inquiry *into* the killings").
OBJECT_OF_PREPS = {"of", "into"}


def _object_of_governed_act(trigger: Token, gov: Token) -> bool:
    """Is the event noun what an act below ``gov`` is done to - the direct object of an event verb that is no light
    verb, or the "of"/"into" object of an event noun ("promised to *investigate* the murder of six Jesuit priests",
    "promised to conduct an *investigation of* the murder")?  The act is what is promised or vowed; the deed it looks
    into or answers is no act of the promise, and keeps its own status (session 58, a probe of unjudged news).  A light
    verb's object is its subject's act ("pledged to *hold talks*"): the climb goes on."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    t = trigger
    while t.head.i != t.i and t.head.i != gov.i:
        head = t.head
        if t.dep_ == "dobj" and head.pos_ == "VERB":
            return bool(token_entries(head)) and not in_class(head, SUPPORT_VERBS)
        if t.dep_ == "pobj" and head.lower_ in OBJECT_OF_PREPS and head.head.i != gov.i and head.head.pos_ == "NOUN" \
                and token_entries(head.head):
            return True  # (not the governor's own "of": "accepted *an offer of* asylum" offers the asylum)
        t = head
    return False


def _other_doer(trigger: Token, gov: Token, via: str) -> bool:
    """Is the governed act wanted of another party: an infinitive clause with its own subject ("wants *Germany*
    to pay"), or the governor's object before the infinitive ("would like *Iran* to release")?"""
    if via == "ccomp_to":
        return True
    return via == "xcomp" and any(c.dep_ == "dobj" and c.i < trigger.i for c in gov.children)


def modality(trigger: Token) -> Modality:
    cues = modality_cues()
    found: list[tuple[str, str]] = _own_cues(trigger, cues)
    recode, governor = None, None
    # A coordinated verb shares the auxiliaries, negation and governors of the verb before it ("would not
    # elaborate or *comment*", "will meet and *sign*", "promised to withdraw and *release*"): ``anchor`` is that
    # verb, from which governors are sought and whose auxiliaries say ability or the perfect.
    anchor = shared_conjunct(trigger) or trigger
    if anchor is not trigger:
        found += [(c, e) for c, e in _own_cues(anchor, cues) if c.startswith("aux:")]
        found += _negative_arguments(anchor)
    if trigger.pos_ in ("VERB", "AUX"):
        found += _negative_arguments(trigger)
        found += _denied_arguments(trigger)
        if trigger.dep_ == "conj" and _coordinator(trigger) == "nor":
            found.append(("cc:nor", "negated"))  # "neither approves nor *disapproves*", "did not call, nor *write*"
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # (a conjunct shares the support verb: "will impose tougher requirements and *inspections*")
    if trigger.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "attr", "nsubjpass"):
        # an event noun takes the tense and negation of its support verb: "*will hold* talks",
        # "*is n't making* that promise", "*did not launch* an investigation"
        found += _own_cues(noun.head, cues)
        if in_class(noun.head, SUPPORT_VERBS) and not in_class(noun.head, PARTICIPATION_VERBS):
            # "demand that the conflicting parties *declare* an immediate *ceasefire*": the support verb's act is
            # demanded (session 48, a probe of unjudged news); not an event one is to take part in, which stands on
            # its own ("the subpoena requires that Elian *attend the hearing*": the hearing is held)
            found += mandate_cues(noun.head, noun.head)
    elif (partaker := _partaking_verb(noun)) is not None:
        # "activists *would not* actively *participate in* the agitation", "the US *has not followed* its allies *in
        # formally recognizing* the council"
        found += _own_cues(partaker, cues)
    if (means := _means_of(trigger)) is not None:
        # "will intensify its campaign *by inviting* all citizens": the means happens when the act it serves does - its
        # future or condition, not its negation ("did not win by *cheating*" says nothing of the cheating)
        found += [(f"carry:{c.split(':', 1)[1]}", e) for c, e in _own_cues(means, cues)
                  if c.startswith("aux:") and e in ("future", "hypothetical")]
    prep = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" else \
        trigger if trigger.pos_ == "ADP" and trigger.dep_ == "prep" else None
    if prep is not None and prep.lower_ in STATE_PREPOSITIONS and prep.head.lemma_.lower() in COPULAS \
            and prep.head.pos_ in ("AUX", "VERB"):
        # a state on a copula's preposition takes its tense and negation, and a subject that is no one ("*No troops are
        # on alert*", "he is not in custody"; session 45)
        copula = prep.head
        found += _own_cues(copula, cues) + [(f"{c.dep_}:no", "negated") for c in copula.children
                                            if c.dep_ == "nsubj" and _negative_phrase(c)]
    if trigger.dep_ == "acomp" and trigger.head.lemma_.lower() in COPULAS:
        # a predicate adjective takes the tense and negation of its copula: "will be *available*", "was not *aware*"
        found += _own_cues(trigger.head, cues)
    # "the council *is holding* a meeting *on Friday*": the progressive of arrangement (progressive_plans.py)
    found += progressive_plan(trigger)
    found += absent_evidence(trigger)  # "no reports of violence": the event is denied (absent_evidence.py)
    found += forgone_act(trigger)  # "rather than accepting the bribes": the act is not done (forgone_acts.py)
    found += blamed_deed(trigger)  # "the bombing was blamed on the Taliban": the deed is alleged (blame.py)
    found += voted_act(trigger)  # "workers will vote on strike action": the question put (voted_acts.py)
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "an explosion *allegedly* triggered by Maoists": a claim on the noun's participle is a claim on the event
        for child in trigger.children:
            if child.dep_ == "acl":
                found += [(c, e) for c, e in _own_cues(child, cues) if e == "claimed"]
    statement_trigger = _statement(trigger, cues)
    if _mere_accord(trigger, cues):
        # "officials said they agree with the NCAA that X made payments": accord on a fact, no commitment (CAMEO 019)
        found.append(("statement:accord", "factual"))
    if _refusal(trigger, cues) and any(c.dep_ in ("xcomp", "ccomp") and _statement(c, cues) for c in trigger.children):
        # "refused to comment", "declined to say": the refusal of a statement is itself no event (CAMEO 011)
        found.append((f"statement:{trigger.lemma_.lower()}", "factual"))
    direct = True  # is ``gov`` the verb whose clause the trigger is (through verbs of aspect and attempt only)?
    for gov, via in _governor_path(anchor, infinitives=True):
        lemma = gov.lemma_.lower()
        effect = None
        places = cue_places(gov)
        if via == "prep" and scene_of(anchor, gov, bool(places & CONTROL_PLACES) or lemma in LICENSING_VERBS):
            break  # "*in a radio address*, he urged ...": a phrase of circumstance is no act governed (circumstances.py)
        if arranged_future(gov, via):
            found.append(("control:be_to", "future"))  # "the minister *is to* pay a visit" (destined.py)
            found.extend(_own_cues(gov, cues))
            break
        if direct and via in ("xcomp", "ccomp_to") and lemma in LICENSING_VERBS and recode is None and not (
                places & {"control_addressed"} and addressed_party(trigger, gov, via)):
            # "Reno ordered the relatives *to surrender* the boy", "embassies were ordered *to tighten* security", "the
            # police allowed the crowd *to march*": the act ordered or allowed is not reported done (TimeML SLINK
            # MODAL; the relevance layer doubts it too, governed_acts.licensed_act).  Only its own clause: not
            # "ordered *the strikes*", "allowed inside since *the explosion*".  (An order to a named party is a
            # demand, REQUEST: modality.tsv control_addressed, below.)
            found.append((f"control:{lemma}", "hypothetical"))
            found.extend(_own_cues(gov, cues))
            break
        if via == "xcomp" and lemma in STANCE_VERBS and gov.pos_ == "VERB":
            found.append((f"control:{lemma}", "hypothetical"))  # a course favoured, not taken
            found.extend(_own_cues(gov, cues))
            break
        direct = direct and via == "xcomp" and lemma in CARRYING_VERBS
        if via == "ccomp_to" and not places & {"control_other", "control_addressed"}:
            # another's act expected ("analysts expect the company *to cut* jobs"): not done, and no plan of its doer
            # either - the expectation of someone else, hypothetical (a "future" here would make a cooperative act an
            # AGREE of the doer, extract's future cooperation); a recoding governor leaves it as it was.  Any other act
            # expected is the future TimeML marks ("expects sales to rise", "expect McCaw to escalate"; session 33, STATUS2)
            plain = [e for f in base_forms(gov) if (e := cues.get((f, "control"))) in STATUS_RANK]
            if plain:
                cooperative = {e.type for e in token_entries(trigger)} & COOPERATIVE
                found.append((f"control:{lemma}", "hypothetical" if plain[0] == "future" and cooperative else plain[0]))
                found.extend(_own_cues(gov, cues))
            break
        if via == "xcomp" and lemma in CARRYING_VERBS and not places & CONTROL_PLACES:
            # "will *begin* to withdraw", "did not *try* to attack": the act happens only as its verb of aspect or
            # attempt does, which passes its tense and negation down (as "carry:" cues, not the trigger's own: no
            # announced threat nor refusal is read from them)
            found.extend((f"carry:{c.split(':', 1)[1]}", e) for c, e in _own_cues(gov, cues) if c.startswith("aux:"))
            continue
        if any(c.dep_ == "prt" and c.lower_ in SENSE_PARTICLES for c in gov.children):
            continue  # a phrasal verb has its own sense: "*call off* a strike" is no call for one
        if via == "dobj" and any(c.dep_ == "oprd" for c in gov.children):
            # "Trump *called* the Democrats' investigation *a 'witch hunt'*": an object named with a complement is
            # described, not called for (session 46, a probe of unjudged news)
            break
        if places & CONTROL_PLACES and (_reason_of_governed_verb(trigger, gov)
                                        or _object_of_governed_act(trigger, gov)):
            # "vowed to punish the army *for the killing* of X": the deed punished is no act vowed; "promised to
            # investigate *the murder*": nor is the deed investigated
            break
        if "deliberation" in places:
            # "Japan is *considering* sending aid": an option weighed, no event yet (CAMEO 014 'Consider policy option')
            found.append((f"statement:{gov.lemma_.lower()}", "factual"))
            break
        if _statement(gov, cues) and any(_refusal(g, cues) for g in governors(gov, limit=2)):
            # "declined to *comment* on the investigation": the investigation is only the topic of a refused
            # statement (CAMEO 011 'Decline comment'), no event of the speaker's (modality.tsv, where statement;
            # extract drops a candidate with this cue)
            found.append((f"statement:{gov.lemma_.lower()}", "factual"))
            break

        for form in (base_forms(gov) if places & CONTROL_PLACES else ()):
            # "control_clause" cues govern a clause or prepositional complement, never a direct object:
            # "committed *to* reform" is a commitment, "committed *killings*" is not; nor as an adjective after "be":
            # "the Conservatives *are committed* to cutting spending" tells a stance, no pledge (session 41)
            effect = cues.get((form, "control")) or (cues.get((form, "control_clause"))
                                                     if via != "dobj" and gov.dep_ != "acomp" else None)
            if (form, "control_other") in cues and _other_doer(trigger, gov, via):
                # "Sharon wants Germany to pay more compensation": wanting an act of another is asking for it
                effect = cues[(form, "control_other")]
            if (form, "control_addressed") in cues and addressed_party(trigger, gov, via):
                # "Russia told Ukraine to withdraw": telling a named party to act asks it to (addressed_requests.py)
                effect = cues[(form, "control_addressed")]
            if (form, "control_punitive") in cues and _punitive(trigger):
                # "called for sanctions against X": a call for punishment is itself an accusation
                effect = cues[(form, "control_punitive")]
            if (form, "control_harm") in cues and (_harm_in_context(trigger, gov) or _retaliation(trigger)
                                                      or punishes_a_party(trigger)) and not any(
                    c in NEGATION_CUES for c, _ in _own_cues(trigger, cues)) and not _restrained(found):
                # ("vowed *never* to attack", "promise *to refrain from* attacks": restraint)
                # "vowed to destroy Hamas": a promise of harm is a threat, not an agreement
                effect = cues[(form, "control_harm")]
            if (form, "control_request") in cues and _requested(trigger):
                # "accepted demands from X", "approved a request for help": granting a request is a concession
                effect = cues[(form, "control_request")]
            if effect:
                lemma = form
                break
        if effect == "negated" and lemma in FAILURE_VERBS and recode is None and trigger.pos_ == "VERB" and \
                {e.type for e in token_entries(trigger)} & AGREEMENT_TYPES:
            # "X and Y *failed to reach* agreement": a failed agreement is a rejection, stated now
            recode, governor = "REJECT", gov.i
            found.append((f"control:{lemma}", "factual"))
            found.append(("failed_agreement", "factual"))
            break
        if effect == "as:REJECT" and statement_trigger:
            # "declined to comment", "refused to say whether": CAMEO 011 'Decline comment', a statement that
            # CAMEO2PLOVER maps to no PLOVER type - no rejection, no event (extract drops a candidate with this cue)
            found.append((f"statement:{trigger.lemma_.lower()}", "factual"))
            break
        if effect:
            if effect.startswith("as:"):
                if recode is None:
                    recode, governor = effect[3:], gov.i
                    found.append((f"control:{lemma}", "factual"))
                    gov_cues = _own_cues(gov, cues)
                    found.extend(gov_cues)  # "did not agree to meet": the refusal is negated
                    gov_negated = any(c in NEGATION_CUES for c, _ in gov_cues)
                    if recode == "AGREE" and not gov_negated and (any(
                            c in NEGATION_CUES for c, _ in _own_cues(trigger, cues)) or _restrained(found)):
                        # "agreed *not* to use force", "pledged never to attack", "agreed to refrain from attacks": a
                        # promise to refrain is an agreement made now (PLOVER AGREE), not a refusal nor a negated event
                        found = _without_restraint(found) + [("promised_restraint", "factual")]
                    elif recode == "REQUEST" and not gov_negated:
                        # "asked firms *not to sell* dollars", "urged both sides *to refrain from* attacks": the
                        # restraint is what is asked; the request itself is made (session 55, design sample)
                        found = _without_restraint(found)
            else:
                found.append((f"control:{lemma}", effect))
                found.extend(_own_cues(gov, cues))
        if recode:
            if recode in COOPERATIVE and (refuser := _refuser_of(trigger.doc[governor], cues)) is not None:
                # "refused to *meet* the demands", "declined to accept the proposal": a concession, agreement or
                # meeting refused is a rejection (PLOVER REJECT: "all rejections and refusals", manual v2.0 3.10),
                # not the cooperation the nearer governor made of the governed word
                recode, governor = "REJECT", refuser.i
                found.append((f"control:{refuser.lemma_.lower()}", "factual"))
                found.extend(_own_cues(refuser, cues))
            elif recode in COOPERATIVE and (failed := _failure_of(trigger.doc[governor], cues)) is not None:
                # "failed to *meet* the demands": the concession was not made (no rejection stated either)
                found.append((f"control:{failed.lemma_.lower()}", "negated"))
            break
    if recode is None and not any(c.startswith("control:") for c, _ in found):
        # "the *decision* to expel the diplomats", "a *call* to end the fighting": the act of a noun's infinitive is
        # decided, asked for or refused, not done (a status only: the noun recodes nothing)
        top = anchor
        for gov, via in _governor_path(anchor):
            if via != "xcomp" or gov.lemma_.lower() not in CARRYING_VERBS:
                break
            top = gov  # "plans to begin *withdrawing*"
        if (noun_status := _noun_infinitive(top)) is not None:
            found.append((f"noun:{noun_status[0].lemma_.lower()}", noun_status[1]))
        # "demanded that Israel *withdraw* its troops": the act a that-clause of demand asks for (mandated_acts.py)
        found += mandate_cues(trigger, anchor)
    # Prepositions over a nominal or gerund trigger: "without achieving support".
    for t in (anchor, *governors(anchor, limit=2)):
        if t.dep_ in ("pobj", "pcomp") and (t.head.lower_, "prep") in cues:
            found.append((f"prep:{t.head.lower_}", cues[(t.head.lower_, "prep")]))
    # A conditional clause above the trigger: "if X were to attack, ...", "if they *hold talks*" (an event noun from
    # its support verb); a clause of purpose: "will be sent to court *so that they stand trial*".
    t = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubjpass") else trigger
    for _ in range(3):
        if t.dep_ in ("advcl", "xcomp", "conj") and t.head.i != t.i:
            for c in t.children:
                if c.dep_ == "mark" and (c.lower_, "mark") in cues:
                    found.append((f"mark:{c.lower_}", cues[(c.lower_, "mark")]))
            if t.dep_ == "advcl" and purpose_clause(t):
                found.append(("mark:so that", "hypothetical"))
            t = t.head
        else:
            break
    if in_case_clause(trigger):
        # "the army was asked to remain alert *in case its assistance was required*": a precaution against what may
        # come (session 42)
        found.append(("mark:in case", "hypothetical"))
    if recode is None and consequent_of_condition(trigger, cues):
        # "said Iran *would retaliate* if the sanctions were extended": the main clause of a condition happens only if the
        # condition does (TimeML SLINK CONDITIONAL: both sides hypothetical); its "would" is no reported future (below)
        found.append((CONSEQUENT, "hypothetical"))
    if not found and recode is None:
        # "will lead a delegation *on a visit*", "will travel to Moscow *to meet* Putin": a cooperative act
        # carried by a verb takes that verb's future (carried_future.py)
        found += carried_future(trigger, COOPERATIVE, modality)
    if not found and recode is None and joined_act(anchor) and (joined := modality(anchor.head)).status != "factual":
        # "will join France *to condemn* the attack": the act done together takes the joining verb's status (session 56)
        found.append((f"joined:{anchor.head.lemma_.lower()}", joined.status))
    if not found and recode is None:
        found += aim_of(anchor)  # "sent troops *to restore* order": an aim, not done (purpose.py)
    if dated_in_the_past(trigger) and any(e in ("future", "hypothetical") for _, e in found):
        # "will investigate *last week's* attack": the future or condition is the response's, the act is done (past_dated.py)
        own = set(_own_cues(trigger, cues))
        found = [(c, e) for c, e in found if e not in ("future", "hypothetical") or (c, e) in own]
        found.append(("dated:past", "factual"))
    if recode in (None, "AGREE", "CONCEDE") and any(c in NEGATION_CUES for c, _ in found) and not _perfect(anchor) \
            and not _ability(anchor) and (recode or trigger.pos_ in ("VERB", "AUX")) and not (
                recode and governor is not None and (_perfect(trigger.doc[governor]) or _ability(trigger.doc[governor]))):
        # ("will not *meet* the demands": a concession refused is a rejection too - not "could not meet them", an
        # inability, nor "has not met them", an absence)
        # (a negated event noun - "is n't making that promise" - stays a negated event: no refusal is reported)
        types = {recode} if recode else {e.type for e in token_entries(trigger)}
        if types and types <= COOPERATIVE:
            # the refusal is made now: neither its negation nor "will" applies to the REJECT itself
            # (and not made on a condition: "will not release them *unless* a ransom is paid" is a refusal now)
            found = [(c, e) for c, e in found if c not in NEGATION_CUES and e != "future" and c != CONSEQUENT]
            found.append(("negated_cooperation", "factual"))
            recode, governor = "REJECT", governor if governor is not None else trigger.i
    if recode == "REJECT" and ("negated_cooperation", "factual") in found and \
            [c for c, e in found if e == "hypothetical"] == [REPORTED_FUTURE] and _reported(trigger):
        # "Hamas said it *would not* release the hostages": the refusal is stated now, like "will not"
        found = [(c, e) for c, e in found if c != REPORTED_FUTURE]
    if [c for c, e in found if e == "hypothetical" and c != CONSEQUENT] in ([REPORTED_FUTURE], [CARRIED_REPORTED_FUTURE]) and \
            _reported(trigger) and not _conditional_perfect(trigger, anchor):
        # "said it *would* recognize X", "announced it would hold talks", "said it would start *producing*": the
        # future of a reported statement (sequence of tenses), not a condition
        found = [(c, "future" if c in (REPORTED_FUTURE, CARRIED_REPORTED_FUTURE) else e) for c, e in found]
    if recode is None and anchor is trigger and _announced(found) and not _perfect(trigger) \
            and not _perfect(trigger.head) \
            and not (trigger.dep_ == "attr" and trigger.head.lemma_ == "be"):
        # (not "the truck that *would have* carried the bomb", nor "it will be a *battle* between ..."; nor a verb
        # that shares the "will" of the verb before it, "would freeze the assets and *prohibit* trade": the threat is
        # announced once, at that verb, and the relevance layer weighs the rest - tests/events/test_prec28_doubts.py)
        # (phrase entries too: "will begin a new *military operation*")
        if _harmful(trigger):
            # the threat is made now: "will"/"would" date the threatened act, not the threat
            found = [(c, e) for c, e in found if e not in ("future", "hypothetical")]
            found.append(("future_conflict_is_threat", "factual"))
            recode, governor = "THREATEN", trigger.i
    if recode is None and not found and not_yet(trigger):
        # "he *had yet to examine* the decision", "the cabinet *is yet to approve* it": not done (session 54, a probe)
        found.append(("yet_to", "negated"))
    if recode is None and not found and obliged(trigger):
        # "we still *need to* fight for our rights", "Iran *has to* accept inspections": an obligation stated now
        # is an act required, not done - as "must" (modality.tsv) says (session 21; unreal.obliged)
        found.append(("obligation", "hypothetical"))
    status = "factual"
    for _, effect in found:
        if STATUS_RANK.get(effect, 0) > STATUS_RANK[status]:
            status = effect
    return Modality(status, recode, governor, tuple(dict.fromkeys(c for c, _ in found)))


CONSEQUENT = "condition:consequent"


def _partaking_verb(noun: Token) -> Token | None:
    """The verb of taking part whose "in" the event noun or gerund is the object of ("would not *participate in* the
    agitation", "*took part in* the talks", "*engaged in* clashes", "did not *join* France *in condemning* the attack";
    data/status_words.tsv partaking_verbs), or None: the event takes that verb's tense and negation as it would a
    support verb's (session 48, sample 1; the gerund session 55, a probe of unjudged news)."""
    prep = noun.head
    gerund = noun.pos_ == "VERB" and noun.dep_ == "pcomp" and noun.tag_ == "VBG"
    if not (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" or gerund) or prep.lower_ != "in" \
            or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # ("took part in": the parser may hang "in" on "part")
    lemma = verb.lemma_.lower()
    if verb.dep_ == "xcomp" or to_infinitive(verb):
        return None  # ("pledged not to engage in attacks": the controlling verb's rules read an infinitive)
    if verb.pos_ in ("VERB", "AUX") and (lemma in PARTAKING_VERBS or lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
        return verb
    return None


def _means_of(trigger: Token) -> Token | None:
    """The verb whose means a "by" gerund is ("will intensify its campaign *by inviting*": "intensify"; through the
    verb's object when the parser hangs "by" there), or whose means an event noun in its "with" phrase is ("will
    launch its election campaign *with a rally*": "launch"; session 59, sample γ), or None.  Only the "with" of an
    active verb after it: "*With* the general election due", "must *be met with* a crackdown", "may be extended *with*
    an increase" set a scene or a manner, no means of the doer's (TimeML)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
        verb = trigger.head.head
        active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        return verb if verb.pos_ == "VERB" and verb.i < trigger.head.i and active else None
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or trigger.head.lower_ != "by":
        return None
    head = trigger.head.head
    if head.pos_ in ("NOUN", "PROPN") or (head.tag_ == "VBN" and head.dep_ == "dobj"):
        head = head.head  # (an upper-case "CAMPAIGN" may be tagged a participle)
    return head if head.pos_ in ("VERB", "AUX") else None


def purpose_clause(verb: Token) -> bool:
    """Is the verb's clause one of purpose, "so that" with a modal or in the present ("sent to court *so that they
    stand* trial", "*so that* aid *can* reach them"): the act is aimed at, not done.  Told in the past with no modal it
    is the outcome ("it rained for days, *so that* the roads flooded") and happened."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    so_that = any(m.lower_ == "so" and m.i + 1 < len(verb.doc) and verb.doc[m.i + 1].lower_ == "that" for m in marks)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return so_that and (modal or verb.tag_ in ("VB", "VBP", "VBZ"))


# Punctuation that closes the clause an "in case" opens.
CLAUSE_BREAKS = {",", ";", ":", "--", "\u2014", "(", ")"}


def in_case_clause(tok: Token) -> bool:
    """Is the word inside a clause of precaution, "in case ..." after the main clause ("troops will stay *in case
    violence breaks out*", "asked to remain alert *in case its assistance was required*")?  What may come is no event.
    Or the event noun of "in case of" ("ready *in case of an attack*").  Read on the words, not the parse (the parser
    hangs "case" as a compound, an object or a clause of its own); not an "in case" opening the sentence ("In case
    you missed it, police arrested ...": the main clause after its comma)."""
    start, _ = sentence_bounds(tok)  # (the lexicon's sentence starts: building ``tok.sent`` per candidate costs more)
    for i in range(tok.i - 1, start, -1):
        word = tok.doc[i]
        if word.text in CLAUSE_BREAKS:
            return False
        if word.lower_ == "case" and tok.doc[i - 1].lower_ == "in" and i - 1 > start and i + 1 < len(tok.doc):
            after = tok.doc[i + 1]
            return after.lower_ != "of" or any(t.i == tok.i for t in after.subtree)  # ("in case of *an attack*")
    return False


def consequent_of_condition(tok: Token, cues: dict) -> bool:
    """Is the word the verb (or the support verb's object, "would *hold* talks") of the main clause of a condition said
    with a modal of hypothesis ("said Iran *would retaliate* if the sanctions were extended", "the army would *withdraw*
    its troops if the rebels laid down their arms"; not "*even if*", a concession)?  Such a "would" is a conditional,
    not the future of a reported statement ("said it would recognize X" is future; "... if Y" stays hypothetical).  Not
    "will" ("if the talks fail, the rebels will attack": a future the relevance layer doubts as conditional), nor a past
    or present verb with an "if" clause, mostly a speech or a decision made whose condition belongs to what it reports
    ("Bush *told* reporters ... if").  The first of coordinated verbs carries the clause's auxiliary and condition
    ("would turn him over and *allow* ...")."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr", "nsubjpass") else tok
    verb = first_conjunct(verb)
    if not any(c.dep_ == "aux" and cues.get((c.lower_, "aux")) == "hypothetical" for c in verb.children):
        return False
    # (a condition after the last of verbs that share the auxiliary is hung on that one, and holds for all: "would *free*
    # the prisoners and return their land *if* the court agreed")
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj" and shared_conjunct(c) is not None)]
    return any(has_condition(v) for v in clause)


def _statement(tok: Token, cues: dict) -> bool:
    """Is the word a verb of saying whose refusal is no event (modality.tsv, where statement: "comment",
    "elaborate", "say")?"""
    return tok.pos_ in ("VERB", "AUX") and "statement" in cue_places(tok)


COMMITTING_AUX = {"will", "would", "shall", "'ll", "wo"}
# Pronouns that stand for what was said: agreeing "with this" or "with what he said" shares a view.
SAID_PRONOUNS = {"this", "that", "what"}


def _mere_accord(tok: Token, cues: dict) -> bool:
    """Does the verb of agreeing only concur on a fact: a that-clause with no "will"/"would"/"shall" in it and
    no infinitive ("agree with X that Y made payments"; not "agreed that their countries would expand trade",
    "agreed to meet")?"""
    if tok.pos_ != "VERB" or "accord" not in cue_places(tok):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    # (the parser hangs "agree with X *that* Y did" on X as a relative clause: one with a "that" mark is the complement)
    clauses += [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for x in p.children if x.dep_ == "pobj"
                for r in x.children if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    copular = _object_read_as_subject_of_copula(tok)
    if copular:
        clauses = copular  # (its "object" is that clause's subject)
    elif not clauses and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children) and any(
            x.dep_ == "pobj" and x.pos_ == "PRON" and x.lower_ in SAID_PRONOUNS
            for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for x in p.children):
        return True  # "no doubt the prime minister will *agree with this*": a view shared, no deal (session 48, sample 1)
    elif not clauses and _agreed_question(tok):
        return True  # "members *do not all agree on how* impeachment inquiries *work*": a view of a fact (session 59)
    elif not clauses or any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return False
    return not any(a.dep_ in ("aux", "auxpass") and a.lower_ in COMMITTING_AUX for c in clauses for a in c.children)


# Tags of the wh-words of an embedded question ("how", "what", "whether" is a mark: "agree on *how* inquiries work").
WH_QUESTION_TAGS = {"WRB", "WP", "WDT"}


def _agreed_question(tok: Token) -> bool:
    """Does the verb of agreeing take "on" / "about" / "over" an embedded question with a finite verb ("agree *on how*
    impeachment inquiries *work*")?  What is agreed is a view of how things are; "agreed *on how to share* power", with
    an infinitive, is a plan agreed and stays a commitment."""
    return any(p.dep_ == "prep" and p.lower_ in ("on", "about", "over") and any(
        g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX") and not to_infinitive(g)
        and any(w.tag_ in WH_QUESTION_TAGS and w.i < g.i for w in g.children) for g in p.children)
        for p in tok.children)


def _object_read_as_subject_of_copula(tok: Token) -> list[Token]:
    """The copula the parser coordinated with the verb when its object is the subject of a that-less clause ("agreed
    *the 1701 Act* of Settlement, which governs the succession, *was* discriminatory": "was" a subjectless conjunct of
    "agreed", no "and" or "but" before it), as a one-clause list; else [] (session 45, a probe of unjudged news)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_ == "be" and c.i > obj.right_edge.i and not any(
                s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) and any(
                p.dep_ in ("acomp", "attr") for p in c.children) and not any(
                t.dep_ == "cc" for t in tok.doc[obj.right_edge.i + 1:c.i]):
            return [c]
    return []


def _controller_of(gov: Token, cues: dict, effect: str) -> Token | None:
    """The verb that governs ``gov`` through its infinitive with the control effect ``effect``, or None: a verb of
    refusing, "as:REJECT" ("*refused* to meet the demands", "*declined* to accept the offer"), or of failing,
    "negated" ("*failed* to meet the demands")."""
    if gov.dep_ != "xcomp" or gov.head.i == gov.i or not _control_effect(gov.head, cues, effect):
        return None
    return gov.head


def _restraint_cue(cue: str, effect: str) -> bool:
    """Is the cue a nearer governor's negation of the act ("*refrain from* attacks", "*avoid* clashes")?"""
    return effect == "negated" and cue.startswith("control:")


def _without_restraint(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The cues but the act's negation, its own ("not to sell") or a nearer governor's ("to refrain from attacks")."""
    return [(c, e) for c, e in found if c not in NEGATION_CUES and not _restraint_cue(c, e)]


def _restrained(found: list[tuple[str, str]]) -> bool:
    """Has a nearer governor already negated the act ("promise *to refrain from* attacks": the promise is of restraint,
    no threat; session 55, a probe of unjudged news)?"""
    return any(_restraint_cue(c, e) for c, e in found)


def _refuser_of(gov: Token, cues: dict) -> Token | None:
    """The verb of refusing that governs a recoding verb through its infinitive, or None."""
    return _controller_of(gov, cues, "as:REJECT")


def _failure_of(gov: Token, cues: dict) -> Token | None:
    """The verb of failing that governs a recoding verb through its infinitive, or None."""
    return _controller_of(gov, cues, "negated")


def _control_effect(tok: Token, cues: dict, effect: str) -> bool:
    """Is the word a governor whose control cue (data/modality.tsv) has the effect ``effect``?"""
    return "control" in cue_places(tok) and any(cues.get((f, "control")) == effect for f in base_forms(tok))


def _refusal(tok: Token, cues: dict) -> bool:
    """Is the word a governor that recodes a refusal ("declined", "refused": control as:REJECT)?"""
    return _control_effect(tok, cues, "as:REJECT")


def statement_only(mod: Modality | None) -> bool:
    """Does the modality say the word reports no event: a refused statement or its topic ("declined to comment
    on the investigation")?"""
    return bool(mod) and any(c.startswith("statement:") for c in mod.cues)


def _reported(tok: Token) -> bool:
    """Is the word's clause reported by a speech verb ("X said [it would ...]")?"""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if t.dep_ not in ("xcomp", "conj", "ccomp", "dobj", "pobj", "prep", "advcl"):
            return False
        t = t.head
    return False


def _announced(found: list[tuple[str, str]]) -> bool:
    """Is the event announced for later in so many words - "will", "shall", or a reported "would" - with no
    other doubt ("if", "may", negation, a claim)?  A plan, a wish or an aim ("plans to shut down", "wants
    to cut") is not announced: it is reported by others, not a threat."""
    effects = {e for c, e in found if c != CONSEQUENT}  # (a threat made on a condition is made now: "said it would attack if")
    if effects & {"negated", "claimed", "hypothetical"}:
        return False
    return any(c.startswith("aux:") and e == "future" for c, e in found)


def _punitive(tok: Token) -> bool:
    """Is every lexicon reading of the word a punishment (sanctions, an investigation, a prosecution)?"""
    types = {e.type for e in token_entries(tok)}
    return bool(types) and types <= PUNITIVE


def _harmful(tok: Token) -> bool:
    """Is every lexicon reading of the word, read in its sentence (phrase entries too: "will begin a new
    *military operation*"), a harmful act - the types a threat announces?"""
    types = {h.entry.type for h in sentence_hits(tok).get(tok.i, ())}
    return bool(types) and types <= THREATENING


def _harm_in_context(tok: Token, vow: Token) -> bool:
    """Is the word a harmful act in the sense it has in its sentence - what ``vow`` (the verb of promising that governs
    it) promises ("vowed to attack *the capital*" is a threat, "vowed to attack *the deficit*" a promise of policy)?
    Every reading harmful (:func:`_harmful`), or a word of force that also reads as words used in its sense of force
    (:func:`_force_in_context`)."""
    types = {h.entry.type for h in sentence_hits(tok).get(tok.i, ())}
    if not types & THREATENING:
        return False
    return types <= THREATENING or (types - THREATENING <= VERBAL_TYPES and _force_in_context(tok, vow))


# A word that reads as force or as words ("attack": PLOVER ASSAULT or ACCUSE, CAMEO 19 'Fight' or 111 'Criticize or
# denounce') has its sense of force when it is aimed at a place, a post or armed forces, done by an armed body, or
# done by a state at a party.  The words are the lexicon's, read where it already tells force by them (not_triggers.tsv), not
# listed again: the armed bodies whose "hit back" is force (accuse.hit_back subject: army, troops, rebels, militia ...)
# and the places whose seizure is taking them by force, not a confiscation (coerce.seize:seize object: city, town,
# base, position, checkpoint, capital ...).
PLACE_LABELS = {"GPE", "LOC", "FAC"}
AIM_PREPOSITIONS = {"on", "upon", "against", "at"}
ARMED_BODIES = veto_words("accuse.hit_back", "subject")
PLACES_TAKEN_BY_FORCE = veto_words("coerce.seize:seize", "object")


def _force_in_context(tok: Token, vow: Token) -> bool:
    """Is the word of force or words used in its sense of force: aimed at a place, a post or armed forces ("attack
    *Israel*", "*the capital*", "strike back at *the army*"), done by an armed body ("*the rebels* vowed to attack",
    "*rebel fighters* vowed to renew their campaign of *attacks*": the doer of a noun is the vow's), or done by a state
    at a party ("*Israel* vowed to attack *Hamas*")?  Aimed at a thing, it is words or a policy ("attack *the
    deficit*": CAMEO 0342 'Express intent to change policy', an AGREE when promised)."""
    targets = _harm_targets(tok)
    if any(_physical(t) for t in targets):
        return True
    doers = _doers(tok) or _doers(vow)
    if any(in_class(d, ARMED_BODIES) for d in doers):
        return True
    if any(t.pos_ == "NOUN" and not is_party(t) for t in targets):
        return False  # "attack the deficit", "attack the plan"
    # (a state only with a party as target: "England vowed to attack from the first whistle" is a national team's play)
    return any(d.ent_type_ == "GPE" for d in doers) and any(is_party(t) for t in targets)


def _harm_targets(tok: Token) -> list[Token]:
    """What the word is aimed at: a verb's direct object or passive subject, or the object of "on", "upon",
    "against", "at" on the word or its particle ("strike back *at* the army"), with conjuncts."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ in ("VERB", "AUX") else []
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPOSITIONS]
    preps += [p for c in tok.children if c.dep_ in ("prt", "advmod") for p in c.children
              if p.dep_ == "prep" and p.lower_ in AIM_PREPOSITIONS]
    heads += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _physical(target: Token) -> bool:
    """Is the target a place, a post or armed forces: a named place or facility, or (itself or its compound) a place
    taken by force or an armed body ("the capital", "the army *base*", "government *positions*", "American *forces*")?"""
    if target.ent_type_ in PLACE_LABELS:
        return True
    return any(in_class(t, PLACES_TAKEN_BY_FORCE) or in_class(t, ARMED_BODIES)
               for t in (target, *(c for c in target.children if c.dep_ == "compound")))


def _doers(tok: Token) -> list[Token]:
    """The subject of the word or, in a controlled clause ("the rebels vowed *to attack*"), of the verb that controls
    it (two steps up at most)."""
    t = tok
    for _ in range(3):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or t.dep_ not in ("xcomp", "conj", "ccomp") or t.head.i == t.i:
            return [s for c in subjects for s in (c, *c.conjuncts)]
        t = t.head
    return []


def _retaliation(tok: Token) -> bool:
    """Is the word a verb of harm done in return ("retaliate", "avenge"), which the lexicon may not know?"""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RETALIATION_VERBS


def _requested(tok: Token) -> bool:
    """Is the word a request or demand (every lexicon reading of it REQUEST: "demands", "a request")?"""
    types = {e.type for e in token_entries(tok)}
    return types == {"REQUEST"}


def _conditional_perfect(trigger: Token, anchor: Token) -> bool:
    """Is the "would" of the trigger a conditional perfect ("would *have* chosen", "would have been", "would have
    liked to", "would have *held* talks")?  A past that did not come about (counterfactual), not the future of a
    reported statement: it stays hypothetical however it is reported."""
    verbs = [trigger, anchor] + ([trigger.head] if trigger.pos_ in ("NOUN", "PROPN") else [])
    return any(_perfect(v) and any(c.dep_ == "aux" and c.lower_ == "would" for c in v.children) for v in verbs)


def _ability(tok: Token) -> bool:
    """"could not lift", "cannot meet": an inability, not a refusal."""
    return any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in tok.children)


def _perfect(tok: Token) -> bool:
    """"has not met since 2019" reports an absence of events, not a refusal."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


THREATEN_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "relations",
                  "REJECT": "relations", "PROTEST": "restrict"}
REQUEST_MODES = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
                 "RETREAT": "yield", "CONCEDE": "yield"}


def recoded_mode(new_type: str, inner_type: str, inner_mode: str | None) -> str | None:
    """The mode of a recoded event, from the governed event: threaten to arrest -> THREATEN arrest."""
    if new_type == "THREATEN":
        if inner_type == "COERCE" and inner_mode in ("arrest",):
            return "arrest"
        if inner_type in ("SANCTION", "COERCE") and inner_mode in ("expel", "deport"):
            return "expel"
        return THREATEN_MODES.get(inner_type)
    if new_type == "ACCUSE":
        return "investigate" if inner_mode == "investigate" else "disapprove"
    if new_type in ("REQUEST", "REJECT"):
        return REQUEST_MODES.get(inner_type, "change" if inner_type in ("COERCE", "SANCTION") else None)
    return None
