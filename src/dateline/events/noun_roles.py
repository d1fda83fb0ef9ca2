"""Who did it and to whom, for a nominal trigger (an event noun): "*Israel's* air strike", "talks
*between X and Y*", "X *held* talks with Y", "Iran *faces* criticism from the U.N.", and the event
noun's doer where a verb needs it ("*Turkey's* decision to block ...", "killed in an ambush *by X*").

Rules (spaCy English dependency labels): the possessor or a named adjectival modifier acts (not for
nouns whose possessor is acted on: "*Sonko's* arrest", see :data:`patients.PATIENT_NOUNS`), ``by``
agents act, on/against/with/to objects receive; a light verb's subject acts ("X held talks with Y"),
also the one who voices a stance ("Guterres *reiterated* the U.N.'s commitment") or attends a meeting;
the subject of "face", "receive", "come under" undergoes the event; the support-verb frames of
``data/support_verbs.tsv`` give the noun's doer where the noun is no object of the verb ("the group *claimed
responsibility for* the bombing", "troops *resorted to* shelling", "carried out three *ambush* operations").
Verbal triggers are in :mod:`dateline.events.roles`, whose clause rules these build on.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dateline.events.blame import blame_verb, laid_at
from dateline.events.lexicon import base_forms, event_noun_word, lexicon, modality_cues
from dateline.events.parties import (
    NON_PARTICIPANT_LABELS, OWN_POSSESSIVES, Arg, _apposition_read_as_subject, participants, _is_entityish, prep_object,
    actorish, sentence_dateline_end, named_np, quantified_party, relative_author, time_phrase,
    to_infinitive, is_party, party_inside, site_compound,
)
from dateline.events.force_participles import force_user
from dateline.events.frame_roles import aimed_by_agentless_participle, frames_the_clause, label_given, named_cause
from dateline.events.planned_events import planned_by_subject
from dateline.events.patients import of_patient, patient_modifiers, patient_noun
from dateline.events.roles import (
    DOCUMENT_NOUNS, PARTNER_NOUNS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, prep_recipients, backing_adjunct, named_in_clause,
    object_of, partner_first_order, passive, prep_participant, subject_of,
)
from dateline.events.tables import agentless_words, in_class, read_table, word_class

# Prepositions that put an event noun in its governing verb's hands ("placed him *under* arrest",
# "left *following* a visit"); temporal ones ("after the coup") do not.
EVENT_PREPS = {"under", "into", "in", "on", "following", "during", "with", "through", "by"}
# Prepositions of a time before or after: the event noun they take is another event that dates the clause,
# not one its verb's subject does or its object undergoes ("assessed the situation *following the bombings*").
TIME_ADJUNCT_PREPS = {"following", "after", "before", "since", "amid", "ahead", "prior"}
# Copulas whose adjective says a state of the subject ("were *tense* during the clashes", "remained *calm* in the
# protest"), not a part in the event named on a preposition.
PREDICATE_COPULAS = {"be", "remain", "become", "seem", "stay", "look"}
# Verbs that report what others tell (data/word_classes.tsv reporting_verbs): an event on their preposition is the one
# told of, not the speaker's.
REPORTING_VERBS = word_class("reporting_verbs")
VIOLENT_HAPPENINGS = agentless_words("violent_happenings")
# States of being held ("are *in custody*", "remains *in detention*": data/word_classes.tsv held_state_nouns).
HELD_STATE_NOUNS = word_class("held_state_nouns")
OFFICE_STATES = word_class("office_states")  # "was *in power* during the riots"
# Events done *with* someone: who acts after or following one took part in it ("left following a visit").
MEETING_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# (The lexical word classes of this module are data: data/word_classes.tsv, which says why each word is in.)
# Support ("light") verbs whose subject performs the event named by their object noun.
SUPPORT_VERBS = word_class("support_verbs")


def _support_verb(tok: Token) -> bool:
    """A light verb that carries an event noun ("held talks"); read through base forms because the
    lemmatiser errs on some ("staged" -> "stag"), and with its particle for a phrasal one ("*set up* a joint
    commission", listed as "set up")."""
    forms = base_forms(tok)
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return any(form in SUPPORT_VERBS or any(f"{form} {p}" in SUPPORT_VERBS for p in particles) for form in forms)

# Verbs that voice a stance named by their object noun ("*reiterated* its support", "*expressed* concern").
EXPRESSIVE_VERBS = word_class("expressive_verbs")

# Support verbs whose subject takes part in the event named by their object, whoever it belongs to.
PARTICIPATION_VERBS = word_class("participation_verbs")


def owner_of_infinitive(verb: Token, event_nouns: Collection[str]) -> list[Arg]:
    """"*Turkey's* decision to block Sweden's bid", "X's plan to impose tariffs": the one who decides,
    plans or tries acts in the infinitive that completes the noun (the noun's owner, a support verb's
    subject: "X made an attempt to ...").  Not when the noun is an event of its own ("a commitment to
    cooperate", "demands to order a probe"): that event is coded once, at the noun.  A directive is the
    exception: the one who issues an order acts in what it orders ("the Council *issued an order* to the
    court *to implement* an arrest warrant", as "ordered the court to implement" is coded)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.pos_ != "NOUN" \
            or (noun.lemma_.lower() in event_nouns and not _issued_directive(noun)) \
            or not to_infinitive(verb):
        return []
    return [a for a in noun_actor(noun) if set(a.flags) & {"possessor", "modifier", "prep:by"}
            or not set(a.flags) - {"support_subject"}]


# Nouns of an order given, whose infinitive names the act ordered ("an order *to implement* a warrant").
DIRECTIVE_NOUNS = word_class("directive_nouns")


def _issued_directive(noun: Token) -> bool:
    """An order a support verb gives ("*issued* an order to ...", "*gave* instructions to ..."): its
    issuer, the verb's subject, acts in what is ordered."""
    return noun.lemma_.lower() in DIRECTIVE_NOUNS and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") \
        and _support_verb(noun.head)


def doer_of_passive_setting(verb: Token, nouns: Mapping[str, list]) -> list[Arg]:
    """"Two soldiers were killed *in an ambush by al-Shabaab*", "five civilians were killed in an *Israeli*
    air strike": an agentless passive set in an event noun is done by that event's doer."""
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for prep in verb.children:
        obj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by") else None
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during") and (shooter := force_user(prep)) is not None:
            return participants(shooter, ("doer_of_setting",))  # "killed in *police* firing"
        if obj is not None and obj.pos_ == "NOUN" and (obj.lemma_.lower() in nouns or obj.lower_ in nouns) \
                and not _protest_only(obj, nouns):
            doer = [a for a in noun_actor(obj)
                    if set(a.flags) & {"possessor", "prep:by", "modifier", "participle_agent"}]
            if doer:
                return [Arg(a.head, a.start, a.end, a.flags + ["doer_of_setting"]) for a in doer]
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in COMBAT_SETTINGS:
            # "three Maoists were killed in an encounter *with security forces*": the other side of the fight did it
            side = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in [prep_object(p)] if g is not None and actorish(g) and _fighting_side(g)]
            if side:
                return [Arg(a.head, a.start, a.end, a.flags + ["doer_of_setting"]) for a in participants(side[0], ("prep:with",))]
    return []


def _protest_only(noun: Token, nouns: Mapping[str, list]) -> bool:
    """Is every reading of the setting noun a protest ("84 people have been killed in *Libyan demonstrations*")?  Those
    killed in a protest are mostly its marchers: the protest's own party did not kill them (session 46, sample z)."""
    types = {e.type for e in nouns.get(noun.lemma_.lower(), ()) or nouns.get(noun.lower_, ())}
    return types == {"PROTEST"}


# Nouns of a fight between two sides: whoever fought the passive subject on "with" hurt it (word_classes.tsv)
COMBAT_SETTINGS = word_class("combat_settings")


def doer_of_involvement(verb: Token) -> list[Arg]:
    """"a mob, *involved in setting afire* shops", "the militants were involved in *abducting* two engineers": who
    is involved in doing something does it - the gerund counterpart of noun_actor's "involved in the attack" (not
    "could be involved": a modal or a negation on "involved" makes it no report of the deed)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    return _the_involved(prep.head)


def _the_involved(involved: Token) -> list[Arg]:
    """Who is "involved" (in a deed): the noun the participle describes ("militants *involved* in ...") or the
    passive's subject ("the officers were *involved* in ..."); none when a modal or a negation on "involved"
    makes it no report of the deed ("could be involved"), when the subject is "no" one ("*no* officers were involved":
    session 52) or the verb is not "involve"."""
    if involved.lemma_.lower() != "involve" or any(
            c.dep_ in ("aux", "neg") and (c.lower_, "aux") in modality_cues() for c in involved.children):
        return []
    if involved.dep_ == "acl" and involved.head.pos_ in ("NOUN", "PROPN"):
        return participants(involved.head, ("involved_in",))
    subj = next((c for c in involved.children if c.dep_ == "nsubjpass"), None)
    if subj is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return []  # ("asserted that *no other senior officers* were involved in the assassination": none did it)
    return participants(subj, ("involved_in",))


def _violence_told(noun: Token) -> bool:
    """Is the noun violence (agentless_words.tsv violent_happenings), or a span of it ("a second *day of* heavy
    bloodshed")?"""
    return in_class(noun, VIOLENT_HAPPENINGS) or any(
        in_class(o, VIOLENT_HAPPENINGS) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj")


def held_in_state(noun: Token) -> Token | None:
    """The subject of a copula a state of being held is on ("*a suspect* is now in custody", "*he* remains in
    detention": data/word_classes.tsv held_state_nouns), who undergoes it; or None."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in HELD_STATE_NOUNS or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in PREDICATE_COPULAS:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _charged_with(gerund: Token) -> Token | None:
    """The object of the verb a gerund complements on "with", "of" or "for", who does the gerund's act: "charged *them*
    with *participating* in the murder", "accused *the army* of *taking part* in the massacre" (object control: not
    the one who charges).  None for any other verb (session 45, a probe of unjudged news)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("with", "of", "for"):
        return None
    verb = gerund.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CHARGING_VERBS:
        return None
    # (a pronoun object is left to the rules before: its antecedent is found for the verb's own event, not here)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)


# Verbs whose object is told to have done the act of their "with"/"of"/"for" gerund: the state acts done to a
# suspect (data/agentless_words.tsv agentless_state_acts: charge, accuse, arrest, convict ...) and blaming.
CHARGING_VERBS = agentless_words("agentless_state_acts") | {"blame", "suspect"}


def _fighting_side(tok: Token) -> bool:
    """A side one fights "with": a name, a body ("security forces", "a police squad") or a political or armed
    people noun ("militants", "rebels"; relevance's political_actors.tsv) - not a weapon ("a clash with knives")."""
    from dateline.events.relevance import political_actors  # (relevance reads the events stage: import late)

    lemma = tok.lemma_.lower()
    return named_np(tok) or lemma in word_class("body_nouns") or lemma in political_actors().nouns


@dataclass(frozen=True)
class SupportFrames:
    """The frames of ``data/support_verbs.tsv`` (see its header)."""
    responsibility: frozenset[tuple[str, str, str]]  # (verb, noun, prep): "claim responsibility for"
    preps: frozenset[tuple[str, str]]  # (verb, prep): "resort to"
    undertakings: frozenset[str]  # nouns: "operation", "campaign"
    measures: frozenset[str]  # nouns: "wave", "series", "round"
    information: frozenset[str]  # nouns: "details", "account"
    relatives: frozenset[tuple[str, str, str]]  # (verb, object, prep): "the summit in which X *participated*"


FRAME_KINDS = ("responsibility", "prep", "undertaking", "measure", "information", "relative")


@cache
def support_frames() -> SupportFrames:
    rows = read_table("support_verbs.tsv")
    for row in rows:
        if row["kind"] not in FRAME_KINDS:
            raise ValueError(f"support_verbs.tsv: unknown kind {row['kind']!r} (one of {', '.join(FRAME_KINDS)})")
    return SupportFrames(
        responsibility=frozenset((r["verb"], r["noun"], r["prep"]) for r in rows if r["kind"] == "responsibility"),
        preps=frozenset((r["verb"], r["prep"]) for r in rows if r["kind"] == "prep"),
        undertakings=frozenset(r["noun"] for r in rows if r["kind"] == "undertaking"),
        measures=frozenset(r["noun"] for r in rows if r["kind"] == "measure"),
        information=frozenset(r["noun"] for r in rows if r["kind"] == "information"),
        relatives=frozenset((r["verb"], "" if r["noun"] == "-" else r["noun"], r["prep"])
                            for r in rows if r["kind"] == "relative"))


def _relative_participants(noun: Token) -> list[Arg]:
    """"the Cartagena summit, *in which* Bolivia, Peru and the United States *participated*", "the talks in which
    both sides took part": the subject of a relative clause that takes part in the noun's event (a frame of
    kind relative in data/support_verbs.tsv, its preposition's object the relative pronoun) does it."""
    frames = support_frames().relatives
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"} | {""}
        for prep in clause.children:
            pron = prep_object(prep) if prep.dep_ == "prep" else None
            if pron is None or pron.lower_ not in ("which", "whom") or not any(
                    (form, obj, prep.lower_) in frames for form in base_forms(clause) for obj in objects):
                continue
            return [Arg(a.head, a.start, a.end, a.flags + ["participant"]) for a in subject_of(clause)
                    if noun.doc[a.head].lower_ not in RELATIVE_PRONOUNS and not _nobody(noun.doc[a.head])]
    return []


def _carried_undertaking(noun: Token) -> Token | None:
    """"The FMLN *carried out* three ambush operations": the undertaking (operations) a support verb carries,
    whose kind the event noun ``noun`` modifies, else None."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.lemma_.lower() not in support_frames().undertakings \
            or head.dep_ not in ("dobj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX") \
            or not _support_verb(head.head) or undergo_verb(head) is not None:
        return None
    return head


def _framed_doer(noun: Token) -> list[Arg]:
    """The doer a support-verb frame of data/support_verbs.tsv names: the subject of "*claimed responsibility
    for* the bombing", "*resorted to* shelling", "*carried out* three ambush operations" - when that verb is
    reported as done (not "did not claim", "refused to take responsibility") and its subject is a party (not "no
    group has claimed ...")."""
    from dateline.events.status import modality  # (status reads the lexicon, as this module's callers do)

    frames = support_frames()
    head = noun.head
    verb, flag = None, ""
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        holder = head.head
        if holder.pos_ == "NOUN" and holder.dep_ == "dobj" and holder.head.pos_ in ("VERB", "AUX") and any(
                (form, holder.lemma_.lower(), head.lower_) in frames.responsibility for form in base_forms(holder.head)):
            verb, flag = holder.head, "claimed_responsibility"
        elif holder.pos_ == "VERB" and any((form, head.lower_) in frames.preps for form in base_forms(holder)):
            verb, flag = holder, "support_prep"
    elif _carried_undertaking(noun) is not None:
        verb, flag = head.head, "undertaking"
    if verb is None:
        return []
    mod = modality(verb)
    if mod.status not in ("factual", "claimed") or mod.recode:
        return []
    doer = [a for a in subject_of(verb) if not _nobody(noun.doc[a.head])]
    return [Arg(a.head, a.start, a.end, a.flags + [flag]) for a in doer]


def _nobody(tok: Token) -> bool:
    """"*No group* has claimed responsibility", "*nobody*", "*none* of them": no party."""
    return tok.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


SIDE_LABELS = ("GPE", "NORP", "ORG", "PERSON")


def hyphenated_sides(noun: Token, actor: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The two sides of an act done together named as one hyphenated modifier ("*US-Taliban* talks", "an
    *Israel-Hamas* ceasefire", "*Russia-Ukraine* negotiations"): English joins the two parties with a hyphen, and
    the dyad is the first acting with the second (as "talks between X and Y").  Only for a noun of an act two sides
    do together (``PARTNER_NOUNS``), only when the modifier is the noun's whole actor and each side names a party."""
    if len(actor) != 1 or "modifier" not in actor[0].flags or not in_class(noun, PARTNER_NOUNS):
        return None
    a = actor[0]
    doc = noun.doc
    hyphens = [t.i for t in doc[a.start:a.end] if t.tag_ == "HYPH" or t.text == "-"]
    if len(hyphens) != 1 or doc[hyphens[0]].ent_type_:
        return None  # (a hyphen inside one name: "the *Guinea-Bissau* talks")
    cut = hyphens[0]
    first, second = doc[a.start:cut], doc[cut + 1:a.end]
    if not len(first) or not len(second) or not all(
            any(t.ent_type_ in SIDE_LABELS for t in side) for side in (first, second)):
        return None
    return ([Arg(first[-1].i, first.start, first.end, a.flags + ["hyphen_side"])],
            [Arg(second[-1].i, second.start, second.end, a.flags + ["hyphen_side"])])


def noun_actor(noun: Token, depth: int = 0) -> list[Arg]:
    """The acting participant of a nominal trigger ("Israel's strike", "talks between X and Y")."""
    if label_given(noun):  # "a move branded a humiliating retreat *by the Tories*": the namer, no doer
        return []
    dateline = sentence_dateline_end(noun)  # "KABUL - A Taliban attack": the dateline is no modifier
    framed = _framed_doer(noun) or _relative_participants(noun)
    if framed:  # "the group claimed responsibility for the bombing", "the summit in which X participated"
        return framed
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in EXPRESSIVE_VERBS:
        # "Guterres reiterated the U.N.'s commitment to ...": the one who voices it acts (for the body
        # named as the owner) - one event, coded at the noun
        speaker = subject_of(noun.head)
        if speaker:
            return [Arg(a.head, a.start, a.end, a.flags + ["expressed_by"]) for a in speaker]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PARTICIPATION_VERBS:
        subj = subject_of(noun.head)  # "Kushner attends a *Cabinet* meeting", "X led the *White House* attack on Y"
        if subj:
            return subj
    if patient_noun(noun) and not of_patient(noun):
        # "Sonko's arrest *by the police*": the agent on "by", never the possessor (but "the police's arrest *of the
        # journalist*": the possessor, below)
        for child in noun.children:
            obj = prep_object(child) if child.dep_ == "prep" and child.lower_ == "by" else None
            if obj is not None:
                return participants(obj, ("prep:by",))
    explicit = _by_agent(noun) or _blamed_doer(noun) or _implicated_doer(noun)
    if explicit:  # "the bandh call *given by the VHP*", "the Israeli raid by settlers": the agent named on "by"
        return explicit  # acts, not the owner or the named modifier before the noun (a place or people it concerns)
    for child in noun.children:
        if child.dep_ in patient_modifiers(noun):
            continue
        if child.dep_ == "poss" and child.i >= dateline and not (time_phrase(child) or child.ent_type_ in ("DATE", "TIME")) \
                and not internal_conflict_place(noun, child):
            # (a day is no doer: "*Monday's* meeting", "*last year's* attack")
            if child.lower_ in OWN_POSSESSIVES and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
                subj = subject_of(noun.head)  # "the opposition repeated *its* demand": its = the opposition
                if subj and all(doc_tok.pos_ != "PRON" for doc_tok in (noun.doc[a.head] for a in subj)):
                    return [Arg(a.head, a.start, a.end, a.flags + ["possessor_is_subject"]) for a in subj]
            return participants(child, ("possessor",))
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") \
                and not (child.pos_ == "ADJ" and child.ent_type_ != "NORP"
                         and (child.i == child.sent.start or child.is_lower)) \
                and child.i >= dateline and child.dep_ not in patient_modifiers(noun, child) \
                and not stance_modifier(child) \
                and (_communication(noun) or not site_compound(noun, child)) \
                and not _weapon_named(child) and not named_cause(noun, child):
            # ("the American center attack"; "a *Peru* flood appeal": the place it is for; not an adjective the tagger
            # took for a name though only its place in the sentence capitalises it or it has no capital at all: "*Tacit*
            # approval from the White House", "*barbaric* massacre of innocent women", session 47)
            return participants(child, ("modifier",))
    for child in noun.children:  # "proposals *laid out by* the Assembly" (a participle of no support verb)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            obj = _participle_agent(child)
            if obj is not None:
                return participants(obj, ("participle_agent",))
    author = relative_author(noun)
    if author is not None and author.pos_ != "PRON" and \
            author.head.lemma_.lower() not in UNDERGO_VERBS | SUFFERING_VERBS and actorish(author):
        return participants(author, ("relative_author",))  # "the peace plan *Uganda* proposed", "the attack *the rebels* carried out"
    head = noun.head
    raised = _object_read_as_subject(noun)
    if raised:  # "declared a state of siege *to begin* at midnight": the object of "declared"
        head = noun.head.head
    undergone = undergo_verb(noun) is not None  # ("Iran faces criticism": Iran does not criticise)
    supported = (noun.dep_ in ("dobj", "nsubjpass", "attr") or raised) and head.pos_ in ("VERB", "AUX") \
        and (_support_verb(head) or planned_by_subject(noun, head)) and not undergone \
        and not in_class(head, COMPLYING_VERBS) \
        and not any(c.dep_ == "oprd" for c in head.children)  # ("plans a visit": the planner is to do it)
    # (naming is no support: "Trump *called* the Democrats' investigation a witch hunt")
    undergo_preps = [c for c in undergo_verb(noun).children if c.i > noun.i] if undergone else []
    if undergone and noun.lemma_.lower() in BACKING_NOUNS:
        for child in noun.children:  # "has the support *of* only Nicaragua, Cuba and Russia": they back it
            obj = prep_object(child) if child.dep_ == "prep" and child.lower_ == "of" else None
            if obj is not None and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (
                    named_np(obj) or quantified_party(obj) or actorish(obj)) and obj.pos_ != "PRON":
                return participants(obj, ("prep:of", "backer"))
    for child in [*noun.children, *undergo_preps]:  # "a call *from* US President Bush", "criticism *from*
        # the U.N.", "received support ... *from* the U.S." (the parser may hang it on the verb)
        if child.dep_ == "prep" and child.lower_ == "from" and (_communication(noun) or undergone):
            obj = prep_object(child)
            if obj is not None and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (
                    named_np(obj) or quantified_party(obj) or ((undergone or _communication(noun)) and actorish(obj)
                                                                and obj.pos_ != "PRON")):
                # (what one suffers comes from a party, named or not: "came under attack *from government forces*"; so
                # do words and orders: "police acting on *orders from a drug trafficker*", session 58, blind sample β)
                return participants(obj, ("prep:from",))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "between", "among"):
            if child.lower_ != "by" and supported and subject_of(head):
                continue  # "Putin launched a mediation effort between India and Pakistan": Putin acts
            obj = prep_object(child)
            if obj is not None:
                return participants(obj, (f"prep:{child.lower_}",))
    for child in noun.children:  # "the arrest of the opposition leader *by police*": the parser hangs the
        of = prep_object(child) if child.dep_ == "prep" and child.lower_ == "of" else None  # agent on the of-object
        by = next((c for c in of.children if c.dep_ == "prep" and c.lower_ == "by"), None) if of is not None else None
        obj = prep_object(by) if by is not None else None
        if obj is not None and obj.pos_ != "PRON" and (_is_entityish(obj) or actorish(obj)):
            return participants(obj, ("prep:by",))
    if noun.lemma_.lower() in DOER_OF_NOUNS:
        for child in noun.children:  # "the demobilization *of the FARC*", "the withdrawal *of US troops*"
            obj = prep_object(child) if child.dep_ == "prep" and child.lower_ == "of" else None
            if obj is not None and obj.pos_ != "PRON" and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (
                    named_np(obj) or actorish(obj)):
                return participants(obj, ("prep:of", "doer_of"))
    if supported:  # "X held talks", "X imposed a curfew", "a visit was made by X"
        return [Arg(a.head, a.start, a.end, a.flags + ["support_subject"]) for a in subject_of(head)]
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and depth < 2 \
            and head.head.lemma_.lower() in support_frames().measures:
        # "the security forces are involved in *a wave of* kidnappings", "Israel's new wave of air strikes": the
        # events counted or sequenced by a measure noun are done by the measure's doer
        measured = noun_actor(head.head, depth + 1)
        if measured:
            return [Arg(a.head, a.start, a.end, a.flags + ["measure"]) for a in measured]
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj" \
            and _support_verb(head.head.head) and head.head.lemma_.lower() not in support_frames().information:
        # "X and Y began a new round of joint exercises" (not information given about an event: "the police
        # *gave details of* the attack" - support_verbs.tsv, kind information)
        return subject_of(head.head.head)
    if (given := _sum_of(noun)) is not None and given.head.pos_ in ("VERB", "AUX") \
            and given.head.lemma_.lower() not in UNDERGO_VERBS:
        # "the EU announced 500 million euros *in humanitarian aid*": who gives the sum gives the aid (not who
        # "received $5 million in aid": the subject of an undergoing verb gets it)
        return subject_of(given.head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr" \
            and head.head.head.lemma_.lower() in ("be", "remain", "become"):
        return subject_of(head.head.head)  # "the United States remains the largest donor of assistance"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in EVENT_PREPS and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        # "militants *involved in* the attack", "the officers were involved in the killing": who is involved in a
        # deed took part in it (not the passive's sufferer below)
        involved = _the_involved(verb) if head.lower_ == "in" and not undergone else []
        if involved:
            return involved
        if in_time_adjunct(noun) or (frames_the_clause(noun) and not _meeting(noun)):
            # "Clinton met his aides to assess the situation *following the twin bombings*": an event before the
            # clause is another's deed unless it is a meeting the subject took part in ("left following a visit")
            return []
        if blame_verb(verb):
            # "Police have *blamed* the spike *in murders* on gang members": the blamer accuses, it did not do the deed
            # (session 49, a probe of unjudged news)
            return []
        if verb.lemma_.lower() in COMPLYING_VERBS:
            # "both hindus and muslims should *abide by* the court *verdict*", "comply with the ruling": who keeps to a
            # ruling did not give it (session 48, a probe of unjudged news)
            return []
        if undergone or passive(verb) or verb.lemma_.lower() in SUFFERING_VERBS:
            # "three people *died in* a car explosion", "he was injured during the shooting", "came under
            # attack", "was placed under investigation": who suffers an event does not do it
            return []
        if aimed_by_agentless_participle(noun):  # "differs on allegations *made against* the police"
            return []
        if in_class(verb, REPORTING_VERBS) and _violence_told(noun):
            # "scores have been killed, *opposition activists say, in* a second day of heavy *bloodshed*": the violence
            # told of (not "said *in a meeting* with", "*in a strong indictment* of X, the commission said"; session 45)
            return []
        if _topic_of_document(noun, verb):
            return []  # "made a statement *on the gun violence*": its author speaks of it (session 52)
        if head.lower_ == "on" and any(c.dep_ in ("nsubj", "nsubjpass") and head.i < c.left_edge.i
                                       for c in verb.children):
            # "*on the gujarat violence*, sonia expressed her dissatisfaction": a topic put first (session 45)
            return []
        if held_in_state(noun) is not None:
            return []  # "two suspects *are in custody*": those held, not who holds them (session 45)
        if head.lower_ == "during" and verb.lemma_.lower() in PREDICATE_COPULAS and any(
                c.dep_ == "acomp" for c in verb.children):
            # "these areas *were tense during* communal clashes": a state of the subject while the event went on
            # (session 45)
            return []
        if head.lower_ == "during" and verb.lemma_.lower() in PREDICATE_COPULAS and _in_office(verb):
            # "the congress *was in power* at the centre during the anti-sikh riots", "*was president* during the
            # war": the subject's standing while the event went on (session 50)
            return []
        if _complement_of_event_object(noun, verb, head):
            return []
        charged = _charged_with(verb)
        if charged is not None:
            return participants(charged, ("charged_with",))
        return subject_of(verb)  # "X placed him under house arrest"; "X left after a visit"
    if noun.dep_ == "nsubj" and head.lemma_ in ("be", "take", "begin", "continue", "occur", "happen"):
        return []
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and depth < 2 and not own_determiner(noun):
        # "its total rejection and strong *condemnation*" (not "the union's agitation and *the 1985 riots*")
        return [Arg(a.head, a.start, a.end, a.flags + ["shared"]) for a in noun_actor(head, depth + 1)]
    return []


INTERNAL_CONFLICT_MODIFIERS = word_class("internal_conflict_modifiers")


def internal_conflict_place(noun: Token, owner: Token) -> bool:
    """Is the possessor the country a civil war is fought in, not a side of it: "killed in *Syria's* civil war",
    "*Guatemala 's* 1960-1996 civil war" (a country's war on another stays its own: "Russia's war in Ukraine")?
    Such a war as the subject ("*Syria's civil war* has killed ...") names no doer (arguments._doer_of_event_subject).
    (session 40)  Protests, riots and strikes are done by people in a place, never by the place: "*Colombia's* first
    prison riot", "*Hong Kong's* protests" name where (session 56, a probe of unjudged news)."""
    return owner.ent_type_ in ("GPE", "LOC") and (any(
        c.dep_ in ("amod", "compound") and in_class(c, INTERNAL_CONFLICT_MODIFIERS) for c in noun.children)
        or any(e.type == "PROTEST" for e in lexicon().nouns.get(noun.lemma_.lower(), ())))


STANCE_PREFIXES = word_class("stance_prefixes")


def stance_modifier(tok: Token) -> bool:
    """Is ``tok`` part of a hyphenated stance modifier ("*anti*-*French* demonstrations", "*counter*-*government*
    rallies"), the prefix or the word it joins?  Such a modifier names the target or the cause of the event, not its
    doer: the French do not demonstrate against themselves (session 41)."""
    doc = tok.doc

    def prefix(i: int) -> bool:  # a stance prefix at i with its hyphen after it
        return i >= 0 and i + 1 < len(doc) and doc[i].lower_ in STANCE_PREFIXES and doc[i + 1].text == "-"
    return prefix(tok.i) or (tok.text == "-" and prefix(tok.i - 1)) or prefix(tok.i - 2)


def own_determiner(noun: Token) -> bool:
    """Does a coordinated event noun open a noun phrase of its own - a determiner, a possessor or a year of its own
    ("the union's agitation and *the 1985* riots", "Israel's strikes and *Hamas's* rockets")?  A possessor is the
    determiner of the noun phrase it opens, so it cannot reach past another determiner: the conjunct is another
    event, whose doer the first one's possessor does not name ("the rebels' ambushes and raids" share it)."""
    return any(c.dep_ in ("det", "poss") or (c.dep_ == "nummod" and (c.ent_type_ == "DATE" or (
        c.like_num and len(c.text) == 4 and c.text.isdigit() and c.text[:2] in ("18", "19", "20"))))
        for c in noun.children if c.i < noun.i)


def _weapon_named(modifier: Token) -> bool:
    """Does the modifier of an event noun name the weapon it was done with - "an *Improvised Explosive Device*
    blast", "a *Katyusha Rocket* attack" (the tagger takes the capitalised weapon for an organisation or a person)?
    A weapon is the instrument of the attack, never its doer; the words are agentless_words.tsv's weapon_words and
    instrument_words, read by the last word of the modifier's name."""
    last = modifier
    while True:  # ("Improvised Explosive *Device*": the name's last word is its head)
        nxt = next((c for c in last.children if c.dep_ in ("compound", "nmod") and c.i > last.i), None)
        if nxt is None:
            break
        last = nxt
    weapons = agentless_words("weapon_words") | agentless_words("instrument_words")
    return in_class(last, weapons) or in_class(modifier, weapons)


def in_time_adjunct(noun: Token) -> bool:
    """Is the event noun the object of a time adjunct ("*following* the bombings", "*after* the coup"), another
    event that dates the clause - whose verb neither does it nor carries it - and not one done with someone
    (:func:`_meeting`)?"""
    return (noun.dep_ == "pobj" or noun.dep_ == "pcomp" and noun_read_as_gerund(noun)) and noun.head.dep_ == "prep" \
        and noun.head.lower_ in TIME_ADJUNCT_PREPS and not _meeting(noun)


def noun_read_as_gerund(tok: Token) -> bool:
    """Is a "gerund" under a preposition an event noun the tagger read as a verb - it has an article ("after *a*
    drive-by shooting", "since *the* bombing")?  A gerund takes none ("after attacking a guard")."""
    return tok.tag_ == "VBG" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") and c.i < tok.i
                                     for c in tok.children)


def _meeting(noun: Token) -> bool:
    """Is the event noun one done *with* someone - a visit, talks, an agreement (MEETING_TYPES in every reading), or
    a fight between sides (combat_settings: "a shootout", "clashes")?  The parties of the clause it dates took
    part in it."""
    lemma = noun.lemma_.lower()
    if lemma in COMBAT_SETTINGS or noun.lower_ in COMBAT_SETTINGS:
        return True
    nouns = lexicon().nouns
    entries = nouns.get(lemma, nouns.get(noun.lower_, ()))
    return bool(entries) and all(e.type in MEETING_TYPES for e in entries)


def _by_agent(noun: Token) -> list[Arg]:
    """The doer an event noun names explicitly with "by": the agent of a support-verb participle that
    describes it ("the call *given by* X", "an appeal *filed by* X", "the attack *launched by* X": the
    support verb's doer does the event, :data:`SUPPORT_VERBS`; not "their proposals *considered by* the
    ministry"), or of the passive support verb it is the subject of ("the call *was made by* X"), or a "by"
    phrase on the noun itself naming a party ("the attack *by* rebels"; not a means: "by road").  In English the
    by-phrase of an action noun is its agent, whatever the modifiers before the noun say."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and _support_verb(child) and not undergo_verb_word(child):
            obj = _participle_agent(child)
            if obj is not None:
                return participants(obj, ("participle_agent",))
        if child.dep_ == "relcl" and _support_verb(child) and not undergo_verb_word(child) and any(
                c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in child.children):
            # (session 43) the same agent in a passive relative clause: "the attack, *which was claimed by ISIS*,"
            obj = _participle_agent(child)
            if obj is not None:
                return participants(obj, ("passive_agent",))
    if noun.dep_ == "nsubjpass" and _support_verb(noun.head) and not undergo_verb_word(noun.head):
        # (session 35) the same agent in a passive clause: "*Germany's* largest protest was staged *by farmers*"
        if (obj := _participle_agent(noun.head)) is not None:
            return participants(obj, ("passive_agent",))
    for child in noun.children:
        obj = prep_object(child) if child.dep_ == "prep" and child.lower_ == "by" else None
        if obj is not None and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (_is_entityish(obj) or actorish(obj)):
            return participants(obj, ("prep:by",))
    return []


def _participle_agent(participle: Token) -> Token | None:
    """The object of a participle's "by" agent ("the call given *by the VHP*"), or None."""
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    return prep_object(agent) if agent is not None else None


def _blamed_doer(noun: Token) -> list[Arg]:
    """The party an event noun is laid at in a passive of blaming ("Michoacan's *violence* has largely been *attributed
    to the Knights Templar*"): its doer as the sentence tells it, not the place or people of a possessive (session 52,
    a probe of unjudged news; blame.laid_at)."""
    prep = laid_at(noun)
    obj = prep_object(prep) if prep is not None else None
    if obj is not None and (_is_entityish(obj) or actorish(obj)) and obj.ent_type_ not in NON_PARTICIPANT_LABELS:
        return participants(obj, (f"prep:{prep.lower_}", "blamed"))
    return []


IMPLICATING_VERBS = word_class("implicating_verbs")


def _implicated_doer(noun: Token) -> list[Arg]:
    """The party a verb of implicating ties to the event noun on "in" ("has *implicated government officials* in the
    *murder* of his son", "*officials* were implicated in the *killing*"): the doer as the sentence tells it, not the
    one who implicates (session 54, a probe of unjudged news)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ == "in" and prep.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or not in_class(verb, IMPLICATING_VERBS):
        return []
    party = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < noun.i), None)
    if party is None or not (_is_entityish(party) or actorish(party)) or party.ent_type_ in NON_PARTICIPANT_LABELS:
        return []
    return participants(party, ("implicated",))


def undergo_verb_word(verb: Token) -> bool:
    """Is ``verb`` a verb whose subject undergoes the event its object names ("receive", "face")?"""
    return any(form in UNDERGO_VERBS for form in base_forms(verb))


def _amount(tok: Token) -> bool:
    """A sum or a count ("500 million euros", "$5 million", "two billion")."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.pos_ == "NUM" or any(
        c.dep_ == "nummod" for c in tok.children)


SUM_RECIPIENT_PREPS = ("to", "for")


def _sum_recipient(noun: Token, actor_heads: set[int]) -> list[Arg]:
    """The party a sum "in" an event noun goes to, on the verb the sum is the object of ("announced $500 million *in
    military aid for Ukraine*": the parser hangs "for Ukraine" on the verb) - as its giver is the verb's subject
    (:func:`noun_actor`).  Session 42."""
    amount = _sum_of(noun)
    if amount is None or amount.head.pos_ not in ("VERB", "AUX"):
        return []
    for name in SUM_RECIPIENT_PREPS:
        for prep in amount.head.children:
            obj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == name else None
            if obj is not None and obj.i not in actor_heads and not time_phrase(obj):
                return participants(obj, (f"prep:{name}", "sum_recipient"))
    return []


def _sum_of(noun: Token) -> Token | None:
    """The sum given "in" the event noun, a verb's direct object ("announced *$500 million* in aid", "received *$5
    million* in aid"), else None."""
    sum_ = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    return sum_ if sum_ is not None and sum_.dep_ == "dobj" and _amount(sum_) else None


def _object_read_as_subject(noun: Token) -> bool:
    """"Bolivian authorities declared *a state of siege* in Bolivia to begin at midnight", "announced a
    ceasefire to take effect on Monday": the parser makes the support verb's object the subject of the
    infinitive that says when or how it runs (a clausal complement); it is the support verb's object."""
    clause = noun.head
    return noun.dep_ == "nsubj" and clause.dep_ in ("ccomp", "xcomp") and to_infinitive(clause) \
        and clause.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "dobj" for c in clause.head.children)


# Nouns of what one does oneself, whose "of" names the doer: withdrawing, disarming, resigning, giving up
# ("the demobilization *of the FARC*", "the resignation *of the prime minister*").
DOER_OF_NOUNS = word_class("doer_of_nouns")

# Nouns of what one party says or asks of another ("a call from X", "pressure from Y"); their "from"
# names the source.  (Not movements or force: "the withdrawal from Syria", "an attack from the north".)
COMMUNICATION_NOUNS = word_class("communication_nouns")


# Prepositions of what a statement, a speech or a report is about ("made a statement *on* the gun violence").
TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning", "over"})


def _topic_of_document(noun: Token, verb: Token) -> bool:
    """Is the event noun what the statement, speech or report a verb takes is about, on a preposition the parser hung on
    the verb ("Norfolk's police chief *made a statement on the gun violence* in the community")?  Its author speaks of
    it; he does not do it (session 52, a probe of unjudged news; data/word_classes.tsv document_nouns)."""
    prep = noun.head
    return prep.lower_ in TOPIC_PREPOSITIONS and any(
        c.dep_ == "dobj" and c.i < prep.i and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


def _communication(noun: Token) -> bool:
    return noun.lemma_.lower() in COMMUNICATION_NOUNS


# Verbs whose subject undergoes the event their object names: "Iran *faces* criticism from the U.N.",
# "the convoy *came under* attack", "Kiev *won* support from Brussels".  The subject is the recipient,
# never the actor (the event's doer is on "from", a possessor or a modifier).
UNDERGO_VERBS = word_class("undergo_verbs")
UNDER_VERBS = word_class("under_verbs")  # "came *under* fire", "is *under* pressure"
TRIED_VERBS = word_class("tried_verbs")  # "is *on* trial", "went on trial" (a patient noun)
# Verbs of coping with what others do ("authorities continue to *grapple with* security threats"): their subject
# undergoes the event noun after "with" (data/word_classes.tsv coping_verbs).
COPING_VERBS = word_class("coping_verbs")
# Verbs whose subject suffers the event named on their preposition ("died *in* an explosion").
SUFFERING_VERBS = word_class("suffering_verbs")
# Verbs of keeping to a ruling or an order ("*abide by* the verdict", "*comply with* the ban"): data/word_classes.tsv.
COMPLYING_VERBS = word_class("complying_verbs")
# Nouns of backing whose "of" names the backer when someone has, wins or loses it ("has the support *of*
# Cuba"), and the verbs that hold them.
BACKING_NOUNS = word_class("backing_nouns")
# Nouns of a sign that carries the event noun of their "of" ("*expressions of* support", "a *message of* solidarity"):
# the one who receives the sign undergoes the event (data/word_classes.tsv token_nouns).
TOKEN_NOUNS = word_class("token_nouns")
HOLDING_VERBS = word_class("holding_verbs")


# The verb whose "with" phrase names what its subject runs into ("*met with* protests", "met with criticism").
MEET_WITH = "meet"


def undergo_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes the event noun ``noun`` (see UNDERGO_VERBS), else None."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):  # "received logistics and *support*"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and in_class(noun.head.head, TOKEN_NOUNS):
        noun = noun.head.head  # "have received *expressions of* support from nearly all unions" (session 48)
    head = noun.head
    if (given := _sum_of(noun)) is not None:
        noun, head = given, given.head  # "Nepal received *$5 million in aid* from Japan": the sum's verb
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGO_VERBS and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "dobj" and head.lemma_.lower() in HOLDING_VERBS and head.pos_ in ("VERB", "AUX") \
            and noun.lemma_.lower() in BACKING_NOUNS:
        return head  # "the FMLN *has* the support of Nicaragua": the FMLN is supported
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in UNDER_VERBS:
        return head.head
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == MEET_WITH:
        return head.head  # "he *met with* massive *protests*": the one protested against (session 51)
    if noun.dep_ == "pobj" and head.lower_ == "with" and in_class(head.head, COPING_VERBS):
        return head.head  # "authorities *grapple with* security *threats*": the ones threatened (session 52)
    if noun.dep_ == "pobj" and head.lower_ == "on" and patient_noun(noun) and head.head.lemma_.lower() in TRIED_VERBS:
        return head.head  # "Dr Murray *is on* trial": the accused
    return None


def backing_in_adjunct(noun: Token) -> tuple[list[Arg], list[Arg]] | None:
    """Who backs whom in a "with" phrase of backing (:func:`roles.backing_adjunct`): "the navy seized the cocaine
    *with help from the US Coast Guard*", "Iraqi forces recaptured Mosul *with the help of* US air strikes", "*with
    Russia's support*": the backer is named on the noun's "of"/"from" phrase, as its possessor or by a name before it
    (the US Coast Guard helps); the one backed is the doer of the verb the phrase goes with - its subject, or in a
    passive its by-agent (the navy is helped; the verb's object is what the doer acted on, not the one helped).  None
    when the phrase is no such adjunct or names no backer."""
    if noun.dep_ != "pobj" or not backing_adjunct(noun.head) or getattr(prep_object(noun.head), "i", None) != noun.i:
        return None
    backer: list[Arg] = []
    for child in noun.children:
        obj = prep_object(child) if child.dep_ == "prep" and child.lower_ in ("of", "from", "by") else None
        if child.dep_ == "poss" and child.pos_ != "PRON":
            backer = participants(child, ("possessor", "backer"))
        elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            backer = participants(child, ("modifier", "backer"))
        elif obj is not None and obj.pos_ != "PRON" and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (
                named_np(obj) or quantified_party(obj) or actorish(obj)):
            backer = participants(obj, (f"prep:{child.lower_}", "backer"))
        if backer:
            break
    if not backer:
        return None
    verb = noun.head.head
    if passive(verb):
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = prep_object(by) if by is not None else None
        backed = participants(doer, ("passive_agent",)) if doer is not None else []
    else:
        backed = subject_of(verb)
    return backer, [Arg(a.head, a.start, a.end, a.flags + ["backed"]) for a in backed]


def undergoer(noun: Token) -> list[Arg]:
    """The party that undergoes a nominal event ("*Iran's government* faces criticism"): the subject of
    its :func:`undergo_verb`, else nobody."""
    verb = undergo_verb(noun)
    if verb is None:
        return []
    return [Arg(a.head, a.start, a.end, a.flags + ["undergoer"]) for a in subject_of(verb)]


HARM_VERBS = frozenset({"suffer", "sustain", "incur"}) & UNDERGO_VERBS  # (of undergo_verbs: harm taken, not won)


def harm_sufferer(noun: Token) -> list[Arg]:
    """Who suffered a nominal act of force set as the cause or scene of harm taken: the subject of "suffer",
    "sustain" or "incur" with a casualty noun (agentless_words casualty_nouns: casualties, deaths, injuries) as its
    object, when the act's noun stands in a prepositional adjunct of that verb ("*the brigade* suffered 15 casualties
    in an ambush on the highway", "as a result of a rebel ambush on the road, *the army* suffered heavy casualties").
    The one whose casualties they are is the one the act was done to; the road it was laid on is only where (session
    31, "ambush on the highway").  Nobody when the noun is no such adjunct."""
    casualty = agentless_words("casualty_nouns")
    tok, steps = noun, 0
    # (up through "as a result *of*", "in", "during", "after", or the casualties' own "in": "casualties *in* an ambush")
    while (tok.dep_ in ("pobj", "prep") or (tok.dep_ == "dobj" and in_class(tok, casualty))) and steps < 6:
        tok, steps = tok.head, steps + 1
    verb = tok
    if verb is noun or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HARM_VERBS:
        return []
    if not any(c.dep_ == "dobj" and in_class(c, casualty) for c in verb.children):
        return []
    return [Arg(a.head, a.start, a.end, a.flags + ["harm_sufferer"]) for a in subject_of(verb)]


def _in_office(copula: Token) -> bool:
    """Does the copula say its subject held an office: "was *in power*", "remained *in office*" (office_states) or "was
    *president*" (a predicate noun)?"""
    return any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in copula.children) or any(
        c.dep_ == "prep" and c.lower_ == "in"
        and any(o.dep_ == "pobj" and in_class(o, OFFICE_STATES) for o in c.children) for c in copula.children)


def _complement_of_event_object(noun: Token, verb: Token, prep: Token) -> bool:
    """Is the event noun the complement of another event noun, the verb's object, that the parser hung on the
    verb?  "will begin investigations *into the complaints*", "launched an inquiry into the killings": the
    complaints are what is investigated, not something the investigators did (session 40)."""
    return prep.lower_ == "into" and any(
        c.dep_ == "dobj" and c.i < prep.i and event_noun_word(c) for c in verb.children)


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or prepositional object) a nominal trigger is: "*declared* a state of
    siege", "*remained* on alert"; None for a verbal trigger or a noun elsewhere."""
    if noun.pos_ in ("VERB", "AUX"):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "attr", "nsubjpass"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


NOUN_RECIPIENT_PREPS = ("on", "against", "to", "with", "between", "among", "into", "of", "for", "from", "in", "over")


def _noun_prep_recipient(noun: Token, actor_heads: set[int]) -> list[Arg]:
    for name in partner_first_order(noun, NOUN_RECIPIENT_PREPS):  # ("talks *with* X on Y": the partner)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == name:
                obj = prep_object(child)
                if obj is None or obj.i in actor_heads or name == "in" and obj.lemma_.lower() in DOCUMENT_NOUNS:
                    continue  # ("claimed responsibility for the attack *in a communique*": where it is said)
                if obj.ent_type_ in ("DATE", "TIME") or time_phrase(obj):
                    continue  # a day is when it happens ("a suspension of air links with Serbia *on Wednesday*")
                found = prep_participant(obj, name, (), actor_heads)  # ("over": a party or its owner)
                if found:
                    return found
    return []


SETTING_PREPS = ("in", "at")  # where an event happens, not whom it is done to
TARGET_PREPS = ("against", "on")  # whom it is done to ("an offensive *against* Hamas", "strikes *on* the rebels")


def _target_on_setting(found: list[Arg], actor_heads: set[int], noun: Token) -> list[Arg]:
    """The party an event is aimed at, which the parser hung on the event's place phrase ("launched an offensive
    *in the north against Hamas*": "against Hamas" parsed as a modifier of "the north").  A place takes no
    "against" phrase of its own, so the party on it is the event's target and wins over the place.  "on" only with
    a named party that is no place ("in the town on the border" stays the town; "on Monday" is a time)."""
    if not found or not any(f in {f"prep:{p}" for p in SETTING_PREPS} for f in found[0].flags):
        return found
    place = noun.doc[found[0].head]
    for prep in place.children:
        if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS:
            continue
        obj = prep_object(prep)
        if obj is None or obj.i in actor_heads or obj.i == noun.i or time_phrase(obj) or not actorish(obj):
            continue
        if prep.lower_ == "on" and (not is_party(obj) or obj.ent_type_ in ("GPE", "LOC", "FAC")):
            continue
        got = participants(obj, (f"prep:{prep.lower_}", "on_setting"))
        if got:
            return got
    return found


def noun_recipient(noun: Token, actor_heads: set[int], moves: bool = False) -> list[Arg]:
    """The receiving participant of a nominal trigger (:func:`_noun_recipient`); a party aimed at on the
    place phrase that gave it wins over the place (:func:`_target_on_setting`)."""
    return _target_on_setting(_noun_recipient(noun, actor_heads, moves), actor_heads, noun)


def _noun_recipient(noun: Token, actor_heads: set[int], moves: bool = False) -> list[Arg]:
    """The receiving participant of a nominal trigger.  ``moves``: the noun moves the actor's forces
    ("the deployment *of 230 troops* to Liberia"): where they go receives, not the force."""
    if moves:
        carrier = [noun.head] if noun.dep_ == "dobj" else []  # ("announced the deployment ... *to Mali*")
        for t in (noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c))),
                  *carrier):
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ in ("to", "into", "toward", "towards", "against"):
                    obj = prep_object(child)
                    if obj is not None and obj.i not in actor_heads:
                        return participants(obj, (f"prep:{child.lower_}",))
        for t in (noun, *carrier):  # "the deployment of a team *to monitor a ceasefire in Yemen*": where the
            for clause in t.children:  # purpose takes the force (not the force itself, on "of")
                if clause.dep_ in ("acl", "xcomp", "advcl") and clause.tag_ == "VB" and to_infinitive(clause):
                    found = named_in_clause(clause, actor_heads, depth=4)
                    if found:
                        return [Arg(a.head, a.start, a.end, a.flags + ["purpose"]) for a in found]
    held = held_in_state(noun)
    if held is not None and held.i not in actor_heads:
        return participants(held, ("held_in",))  # "*a suspect* is now in custody" (session 45)
    found = _noun_prep_recipient(noun, actor_heads) or _sum_recipient(noun, actor_heads)
    if found:
        return found
    for other in noun.conjuncts:  # "its total rejection and strong condemnation *of X*"
        if other.i > noun.i and other.pos_ == "NOUN":
            found = _noun_prep_recipient(other, actor_heads)
            if found:
                return [Arg(a.head, a.start, a.end, a.flags + ["shared"]) for a in found]
    for clause in noun.children:  # the noun's complement clause
        if clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in actor_heads
                and c.lower_ not in RELATIVE_PRONOUNS | {"it", "this", "there"} and c != relative_author(noun)]
        # (not a relative clause's subject: "the proposal that *Egypt* put forward" is Egypt's, not aimed at it)
        if subj:  # "its demand that *the US* ease sanctions"
            return participants(_apposition_read_as_subject(clause, subj[0]), ("clause_subject",))
        purpose = clause if clause.tag_ == "VB" else next(  # "a mediation effort designed to help *X and Y*"
            (x for x in clause.children if x.dep_ == "xcomp" and x.tag_ == "VB"), None) if clause.tag_ == "VBN" else None
        if purpose is not None:  # "its commitment to support *the police*", "refusal to engage with *X*"
            found = [a for a in object_of(purpose) if a.head not in actor_heads]
            if found:
                return found
    for prep in noun.children:  # "the U.N.'s commitment to *supporting* Lebanon's sovereignty"
        verb = next((g for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "on", "against", "toward", "towards", "into", "about",
                                                   "over") and verb:  # "an investigation into whether *X* was ..."
            found = [a for a in object_of(verb) if a.head not in actor_heads]
            if found:
                return found
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and not in_time_adjunct(noun):
        # (not "assessed *the situation* following the bombings")
        verb = head.head
        for child in verb.children:  # "placed *him* under house arrest"
            if child.dep_ in ("dobj",) and child.i not in actor_heads:
                return participants(child, ("object",))
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj":
        noun, head = head.head, head.head.head  # "fired *rounds of* rockets on the airport": the measure's verb
    undertaking = _carried_undertaking(noun)
    if undertaking is not None:  # "carried out ambush operations *against the army*": the undertaking's target
        return noun_recipient(undertaking, actor_heads, moves)
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
        first = first.head
    if first is not noun and first.dep_ == "dobj" and first.head.pos_ in ("VERB", "AUX"):
        # "used tear gas and *water cannon* against demonstrators": coordinated objects share the verb's target
        # (not its setting or manner: "condemning *in unequivocal terms* the tragedy and the violence")
        return prep_recipients(first.head, set(), exclude=("in", "at", "of"))
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        for clause in head.children:  # "gave approval *for the United Nations* to deliver aid"
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                subj = [c for c in clause.children if c.dep_ == "nsubj" and c.i not in actor_heads]
                if subj:
                    return participants(subj[0], ("clause_subject",))
        for child in head.children:  # "imposed sanctions on X", "gave X aid"
            if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return participants(child, ("dative",))
        return prep_recipients(head, set())
    return []


AIMING_PREPS = ("at", "against", "on", "upon", "toward", "towards", "into")  # "an offensive aimed *at* the rebels"


def aimed_clause_recipient(noun: Token, actor_heads: set[int], parties: Collection[int] = ()) -> list[Arg]:
    """Whom an event noun is aimed at, said by a clause that describes the noun: an active participle
    ("airstrikes *targeting* Hamas militants", "strikes *hitting* Ukrainian energy facilities"), a passive
    participle with an aiming preposition ("an offensive *aimed at* the rebels", "drones *directed at* Israel"),
    or a relative clause whose subject is the noun ("an airstrike *that killed* a commander").  The one the
    clause acts on is the one the event is done to.  Not a participle with its own subject or with a "by"
    agent ("a missile *fired by* the Houthis": who fired it, not at whom), nor the object of a relative clause
    ("the attack *that Egypt condemned*"), nor a thing with no party in it."""
    def party(obj: Token, flag: str) -> list[Arg]:
        if obj is None or obj.i in actor_heads or obj.i == noun.i or time_phrase(obj) or obj.pos_ == "PRON":
            return []
        if is_party(obj, parties) or named_np(obj) or quantified_party(obj) or (
                actorish(obj) and obj.tag_ in ("NNS", "NNPS")):
            return participants(obj, (flag,))
        return [Arg(a.head, a.start, a.end, a.flags + [flag]) for a in party_inside(obj, parties, actor_heads)]

    for clause in noun.children:
        if clause.pos_ != "VERB" or clause.dep_ not in ("acl", "relcl"):
            continue
        deps = {c.dep_: c for c in clause.children}
        subj = deps.get("nsubj") or deps.get("nsubjpass")
        if "agent" in deps or "neg" in deps:
            continue
        if clause.dep_ == "relcl":
            if subj is None or subj.lower_ not in ("that", "which") or subj.dep_ != "nsubj":
                continue
        elif subj is not None or clause.tag_ not in ("VBG", "VBN"):
            continue
        if clause.tag_ != "VBN" and "dobj" in deps:
            found = party(deps["dobj"], "aimed_clause")
            if found:
                return found
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS:
                found = party(prep_object(prep), f"aimed_clause:{prep.lower_}")
                if found:
                    return found
    return []
