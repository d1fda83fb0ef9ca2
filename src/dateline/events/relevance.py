"""Relevance: is a coded event a *political* event, or a figurative reading of sport, business or culture news?

Dictionary coders read "England were *beaten* by the Irish" as an ASSAULT, "the airline *signed* a
contract" as SUPPORT and "Soderbergh *directed* the film" as a REQUEST.  PLOVER codes events between
states, their agents and organised political groups; the same verbs between teams, firms and
entertainers are no events.  :func:`keep_relevant` runs over the events of one article (in the
pipeline, after ``extract``, before dating) and decides, for each event:

* its **domain**: SPORT, BUSINESS or CULTURE when its sentence, or the article as a whole, is written
  in that domain's words (``data/domain_cues.tsv``: "goalkeeper", "shares", "box office"; nouns
  only); an event acted by firms alone (sector BUS) is business news anywhere;
* whether a **participant is a political actor** (``events/political.py``, ``data/political_actors.tsv``): a
  PLOVER sector of the state or of organised politics from the actors stage (GOV, MIL, COP, REB, OPP, LAB, ...) unless
  read from evidence sport and culture news break (a bare surname, the elites' sector, in sport a capital or a role
  word), an international organisation, or a head noun of political action ("protesters",
  "ministers").  Outside sport a state named as such ("India has ordered the deportation of ...")
  counts too; in sport a country's name is its team ("England were beaten by the Irish"); a
  participant named with its domain's own words is that domain's body ("the Premier League").

In a domain, an event with a political actor is kept, and so is violence, coercion or protest aimed at
a political party or by a crowd ("fans attacked police officers", "a Liverpool fan attacking a
Millwall fan"); one whose only political participant is its recipient
("companies would halt shipments to Colombia", "the IAAF will lodge an appeal with the Court of
Arbitration"), or whose only hint of politics is a country-coded person or body (a "Brazilian central
banker" the actors stage gave no sector), is kept with its confidence halved; one with none is
dropped.  Outside the domains nothing is dropped, but an event with no political participant (other
than protest, and violence or coercion that lands on someone - coercion by the authorities only), or
acted by a nationality over a common noun ("the first Colombian", "an American"), keeps half its
confidence.

Confidence is halved again (once per doubt) for what makes a coded event less surely a PLOVER event,
whatever the domain: an actor that is no party at all (an event, a time or an ungoverned place: "*the
crackdown* has killed 3,000", "*a powerful blast* killed"), or a common noun no one knows as a party
("*the new measures* helped", "*operations* targeting"), a trigger in an infinitive of purpose or
a noun's infinitive ("introduced controls *to block* sites", "aspirations *to overthrow*"), a
passive trigger whose actor is not its agent ("he was driving the car and *was shot*"), a threat
with no one threatened ("officials warned that there were no guarantees", also when the coder found a party near a
"warned that": ``data/layer_doubts.tsv``), a word sense of ``data/layer_doubts.tsv`` that the event's type misreads (a
court's verdict typed ACCUSE: PLOVER SANCTION convict, ``relevance:verdict``; one's own law or order signed typed
SUPPORT, ``relevance:domestic_act``; goods, or a vehicle the state takes, seized typed ASSAULT: COERCE seize,
``relevance:confiscation``), a hypothetical or negated
status ("should look into", "does not oppose"), a news outlet or a journalist acting alone ("*the Daily* Excelsior
reported", read as the doer) or met, called or interviewed as a consultation ("received a telephone call from ..., a
newsman from *Radio* Caracol reported": ``political.media_party``), a generic simple present
of a non-political actor ("the website *offers* links"), a reported "should" that is no demand
("said the government *should have acted* sooner", "*it* should expand"), an obligation or a time still to
come ("it *would have to be ratified*", "*till* the court *gives* a verdict"), an act named as a subject
("*backing* his party was not a wasted vote"), an infinitive predicated by "be" of a common noun no one knows as a
party ("the government's *role* is to fight these militants": ``relevance:aim``), an indirect question ("it was not
clear *whether* Britain had decided to grant Luzhkov a visa": ``relevance:question``), a clause hoped for or expected
("we hope that they *will stop burning* the schools": ``relevance:hoped``; the complement of a control cue of
modality.tsv whose effect is ``future``, with a modal of what is still to come), a receiver read as the giver
("Bolivia *receives* millions in *aid*": ``relevance:receiver_as_actor``) and a claim the sentence disputes ("Israel *denied* that it had
attacked the convoy": status claimed; the content of a plain claim noun, "*reports* that troops fired", is
claimed at full confidence), a place read as the doer of violence ("towers *were attacked in Gajalabadi*") and a
possessive read as the speaker ("*Their* investigation began ..., said the spokesperson"), a mishap coded as violence
with no political party in it ("a 13-year-old girl *accidentally* shot herself", "an 8-year-old boy shot his brother":
``agentless.mishap_violence``; also a doerless shooting in an article that calls its shooting an accident, "the gun
*discharged*": ``harm_doers.accident_article``) and the content of a charge ("will stand trial for allegedly
*attacking*", "arrested for *attacking*": status claimed; the charge or the arrest is the event), an event noun read as
its own doer ("followed by *barbaric massacre* of women": relevance:actor_not_a_party), the second of two coordinated
acts under one governing verb ("for refusing to cooperate and *curtail* its plans": relevance:not_done), a body still
to come as the actor ("by *a future* government": relevance:planned).  A demand whose type its
governing verb set ("*asked* the government to maintain ...") starts from a lexicon verb's confidence, not the type
model's reading of the governed verb; an all-capitals acronym doing a state act outside the domains ("the *CID* has
initiated an investigation") counts as a state body.
Session 16 (helper PREC) adds: a forecast ("analysts *predict* X *will* give in", "is *tipped to ask*":
relevance:predicted; foreseen_acts.predicted), a modal on the verb an infinitive is controlled by ("*will be forced to*
give in": relevance:unreal, not for AGREE or THREATEN; also "*unable to* question him"), a passive infinitive after
"be" ("*are to be questioned* by MPs": relevance:planned), a refusal to comment or to give out information typed
REJECT ("*declined to give out details*": relevance:refused_statement, CAMEO 011), "accused" naming a person ("two
gang war *accused* were killed": relevance:accused_person) and the object of a gerund subject ("brokering a
*ceasefire* ... is very different": relevance:generic_act).
Session 17 (helper PREC) adds: a CONSULT with the actor's own people ("Clinton *met with his top aides*":
relevance:own_side_meeting, party_misreadings.own_side_meeting; PLOVER CONSULT is between two actors) and a promise of force
typed AGREE ("Perez's *promise* to deal with drug trafficking with an *iron fist*": relevance:vow_of_force,
type_misreadings.vow_of_force; a resolve to coerce is no agreement), and drugs sent or supplied typed AID or COOPERATE
("*sends a ton of Colombian cocaine* into Brazil": relevance:contraband, type_misreadings.contraband_aid; trafficking is
no aid).
Session 18 (helper PREC) adds: a violence whose own clause's doer is a young child or, in an article of an accident,
the gun or "it" ("Police say ... *it* accidentally went off and *hit* the child": relevance:mishap,
harm_doers.mishap_doer, whoever was coded as its actor), a suspicion held typed ACCUSE ("the police *suspected* her
involvement": relevance:belief) and force or a withdrawal aimed at an abstract value ("Putin's *assault on
democracy*": relevance:figurative; both data/layer_doubts.tsv).
Session 19 (helper PREC) adds: an act that is the infinitive complement of a verb of permitting or ordering ("*allowed*
them *to march*", "*ordered* his minister *to dismantle* these mafias": relevance:permitted_or_ordered,
governed_acts.licensed_act; the permission or the order is the event), a disease or a force of nature as the doer of
violence ("*SARS-CoV-2* has killed": relevance:natural_doer) or animals as its only target ("the killing of 300,000
*pigs*": relevance:animal_target; both data/layer_doubts.tsv, harm_doers.harmless_force), the subject of a verb of
estimating as the actor ("what *organizers estimated* at 1.7 million Hongkongers marched": relevance:estimator_as_actor,
wrong_doers.estimator_as_actor) and an authority's approval of no political party typed SUPPORT ("received Food and
Drug Administration *approval* to begin testing": relevance:approval, data/layer_doubts.tsv), help towards an outcome
with no one helped typed AID ("intervention *helped end* the conflict": relevance:outcome, data/layer_doubts.tsv) and a
reported "should know" taken for a demand ("recipients *should know* that the FBI does not send them": a verb of knowing,
relevance:not_a_demand, words_not_deeds.no_demand).
Session 20 (helper PREC) adds: harm done to oneself ("before the gunman *killed himself*": relevance:self_harm), an attack
made in words ("Mbeki has *attacked* British imperialists, *saying* ...": relevance:verbal_attack) and a warning of a
force of nature or a disease ("*warning* residents that oncoming *rains* will cause landslides":
relevance:hazard_warning; all three data/layer_doubts.tsv, figurative_force.spoken_or_self), and information not given
read as a refusal ("*never gave information* on individual applications": relevance:refused_statement, CAMEO 011),
a search for someone typed COERCE ("deputies continue *searching for* the suspected gunmen": relevance:seeking), a
court's extension of time typed CONCEDE ("the court *granted time* to the parties": relevance:idiom) and an outcome
brought about typed COERCE ("won 33.5% of the vote, *forcing a run-off*": relevance:forced_outcome) and one's own deeds
defended typed SUPPORT ("*defended his party's campaign posters*": relevance:own_defended; all four data/layer_doubts.tsv,
sense_doubts.sense_doubt).
Session 21 (helper PREC) adds: a weapon, a shot or a vehicle of war with no party named in it as the doer of violence
("*those bullets* hit his wife", "an *Improvised Explosive Device* blast": relevance:instrument_doer,
harm_doers.harmless_force), "target" with no force, means or armed doer named ("*were being targeted* by the
government": relevance:aim_only, sense_doubts.sense_doubt), an event noun dated in a time still to come ("ahead of *next
week's* meetings": relevance:planned), a negative quantifier as the one acted on or acting ("*nobody* was arrested":
relevance:unreal, undone_acts.no_party; all data/layer_doubts.tsv) and the second of two coordinated infinitives of
purpose ("on alert to avoid any incidents and *to guarantee* sovereignty": relevance:purpose), an event noun awaited
("*awaits extradition* to Mexico": relevance:planned), an event noun governed by "without" ("released *without charge*",
"without raising any *objections*": relevance:unreal, governed_acts.without_object) and an order named with no one
ordered and nothing ordered ("its March 13 *order*", "a point of *order*": relevance:bare_order, data/layer_doubts.tsv).
Session 22 (helper PREC) adds: an act the doer is unwilling or reluctant to do ("Milburn is *unwilling to allow* ...":
relevance:unreal, undone_acts.unwilling, data/layer_doubts.tsv), a subjectless participle hung on a verb under a modal
("may bring a resolution, *condemning* ...": relevance:unreal, governed_acts.modal_governor), a passive harm done in
its "after" gerund to oneself ("was injured *after shooting himself*": relevance:self_harm) and a REQUEST read from
"want" with no party wanted to act ("*wants 40 percent* of all timber production to come from ...", "whom the
government *wanted to question*": relevance:wish, wish_without_asked).
Session 23 (helper PREC) adds: a statute as the doer ("*the state's Privacy Act* bans ...": relevance:statute_doer,
harm_doers.harmless_force), a negligence charge in the passive as the article's cue of an accident ("*has been charged
with neglect* of a dependent": relevance:mishap, harm_doers.accident_article), what a sentence imposes ("*sentenced* to
73 months *and to pay* restitution": relevance:permitted_or_ordered, governed_acts.licensed_act), an indirect question
reaching the of-phrase of its object ("*whether* the murders will unleash a cycle of revenge *killings*":
relevance:question), a bare plural act said to "have" something ("mediated *truces* between gangs *have* a poor record":
relevance:generic_act, generic_acts.kind_as_subject; all data/layer_doubts.tsv).
Session 23 (helper PREC2) adds: a doerless participle that sorts a bare noun by a bare noun ("a fund financed with *money
seized from criminals*", "*people who had been accused of crimes*": relevance:generic_act, generic_acts.kind_by_participle).
Session 24 (helper PREC) adds doubts of roles: an act countered or joined by the subject of the verb that governs it
("troops tried to *put down the uprising*", "*cooperating with the investigation*": relevance:countered_act,
wrong_doers.countered_act, data/word_classes.tsv countering_verbs), an organised operation as the doer ("*antisubversive
operations* have forced", "*Operation Lightning*, which deployed": relevance:actor_not_a_party, operation_nouns) and an
arrest by a criminal or a civilian ("arrested for possession of a firearm *by a felon*": relevance:private_arrest).
Session 25 (helper PREC) adds: a clause of habit or of the past at large ("companies *often* withdraw", "has attacked
Soviet interests *in the past*", "visited Costa Rica *several times*": relevance:habitual, generic_acts.habitual,
data/word_classes.tsv habit_adverbs and vague_counts) and a reported allegation whose doer is the speaker's own side
("IS claimed *IS fighters* killed a priest": relevance:own_act_claimed, wrong_doers.own_act_claimed) and a photo
caption ("Gadhafi *, left ,* and President Obama meet at the G-8 summit in 2009": relevance:photo_caption,
words_not_deeds.photo_caption, data/word_classes.tsv picture_places) and a word of force in quotation marks of its own
('hackers *"kidnap"* computer systems': relevance:quoted_figure, words_not_deeds.scare_quoted_force; the words of a
slogan quoted after "slogans", "placards" or "chant", 'shouting slogans like "*arrest* the minister"': relevance:slogan,
words_not_deeds.slogan_quoted, session 58), and the consequent of an
"if" or "unless" clause ("if the commission agrees, the FMLN *will agree to a meeting*": relevance:conditional,
governed_acts.conditional_consequent; not a threat).
Session 26 (helper PREC) adds: blame laid on no party ("It *blamed continuing uncertainties* such as fluctuating oil
prices": relevance:blamed_circumstance, blamed_circumstance, data/agentless_words.tsv blame_on_verbs), an act done in
mockery ("after *mockingly welcoming* the chancellor back": relevance:mocked, words_not_deeds.mocked, mockery_adverbs),
and wider readings of earlier doubts: the modal on the copula of an adjective whose infinitive the trigger is ("MPs
*would be able to review* it": relevance:unreal, governed_acts.modal_governor), a bare infinitive the parser
coordinated with a finite verb shares the nearest "to" ("promises *to raise* the pension, *provide* free care":
relevance:purpose, foreseen_acts.shared_infinitive) and a crackdown on an act ("security forces *cracked down on
protests*": relevance:countered_act, countering_verbs "crack down", "clamp down", through "on"), a plan in the past
perfect ("who *had been due to welcome* delegates": relevance:unreal, foreseen_acts.unfulfilled_plan, plan_words) and
another's act expected ("We don't *expect* military observers *to be requested*": relevance:predicted,
foreseen_acts.predicted).
Session 27 (helper PREC) adds what a clause does not report as done: a statistic, a participle after "of" a word of amount
or counted "so far" ("the record *quantity* of meth *seized* on the border so far in 2011": relevance:statistic,
generic_acts.statistic, data/word_classes.tsv tally_words), an attempt in the present ("the opposition *attempts to
depose* the president": relevance:not_done, governed_acts.present_attempt, attempting_verbs; not violence, an agreement or
a threat), an event noun that is the subject of a present-tense clause of a time still to come ("*before* an armed
*strike goes into effect*": relevance:unreal, foreseen_acts.pending_subject), a passive under a modal of the future
("strikers *will be tried* by the courts": relevance:planned, foreseen_acts.future_passive; not AGREE or THREATEN), and
wider readings of earlier doubts: a relative clause inside the consequent of an "if" clause ("If the cabinet approves
..., this will be the first deal *that Iraq has signed*": relevance:conditional), a habit reached through the trigger's
preposition, "constantly" and "continually" ("are *constantly on alert*") and a complaint "for too long"
(relevance:habitual).
Session 28 (helper PREC) adds what a clause does not report as done: a clause governed by a verb under "must", "should"
or "ought", through infinitives, an adjective's infinitive or a complement clause ("the commission *must announce* that
it is willing *to reach* an agreement": relevance:unreal, governed_acts.obligation_governor), a negation the parser hung
on the trigger's auxiliary ("they *will not be* solely *funding* development": relevance:unreal, unreal.not_done), the
modal of a verb the trigger is coordinated with ("*would freeze* the assets *and prohibit* Americans from trading", "*will
be processed and deported*": relevance:unreal, governed_acts.shared_modal; not AGREE or THREATEN) and the
infinitive of a passive verb that sets something going ("the offensive *has been launched to protest* the measures":
relevance:purpose, foreseen_acts.in_purpose_clause, data/word_classes.tsv purpose_passives).
Session 29 (helper PREC) adds: a question put taken for a demand ("*When asked about* the Iran rally, the spokeswoman
said ...", "*asked if* he would stand again": relevance:question, words_not_deeds.put_question, data/word_classes.tsv
questioning_verbs and question_prepositions) and a doer of violence that is only the object of a preposition of place
("another blast occurred *within the All India Radio complex* injuring two jawans": relevance:place_not_the_doer).
Session 30 (helper PREC) adds what a clause does not report as an event: a description of what kind of thing an indefinite
predicate noun or appositive is ("a visit by *a repressive ruler who oppresses* his people", "*a government that has
murdered* the clergy", "*a democracy, supported by* armed forces": relevance:characterization,
generic_acts.characterization), an event noun on a timetable ("the *summit begins* on 16 December": relevance:planned,
foreseen_acts.timetabled, data/word_classes.tsv timetable_verbs), a complaint made in words typed PROTEST ("firms *had
protested that* the SEC was imposing an unfair burden": relevance:verbal_protest, words_not_deeds.verbal_protest,
complaining_verbs), advice or an opinion offered typed AGREE ("the report *offers several recommendations*":
relevance:advice, words_not_deeds.offered_advice, advice_nouns) and a reported "should be a ..." taken for a demand ("the
surge *should be a wake-up call*": relevance:not_a_demand, words_not_deeds.no_demand), and a failure to back something read
as a rejection ("the EU has *failed to define and defend* a common policy": relevance:failure, failed_support).
Session 32 (helper PREC) adds: acts given as a rate per unit of time ("inspectors make 3,000 *visits a year*", "visit the
shrine *every year*": relevance:habitual, generic_acts.habitual, data/word_classes.tsv rate_units), an act invited to
("*invited* the minister *to visit* Washington": relevance:permitted_or_ordered, governed_acts.licensed_act,
inviting_verbs), a gerund after "before" / "after" / "while" or a clause of time on a verb under "will" or "would" ("*will
see* an orphanage *before chairing* a meeting", "*would* be extradited *after he completed* his sentence":
relevance:unreal, governed_acts.modal_governor) and a level or frequency said of a bare event noun
("*violence* in Michoacan *remains high*": relevance:level, generic_acts.level_of_kind, level_adjectives) and a direct
yes/no question ("*Will* the armed forces *seek* support for the dialogue?": relevance:question,
words_not_deeds.yes_no_question), and a strike voted for ("*have voted to strike* on 5 November": relevance:not_done,
governed_acts.voted_protest, balloting_verbs).
Session 44 (lead) adds: an agentless charge, arrest or wounding told in business or culture news is kept
(relevance:<domain>:agentless_force), police or troops marching are no protest (relevance:forces_marching,
type_misreadings.forces_marching), and a place owning ambient violence is not its doer ("tackling *El Salvador's*
violence": relevance:place_not_the_doer, party_misreadings.place_of_ambient_violence); the generic, statistic, purpose,
forecast, question and verbal-attack doubts read more forms (docs/events.md, "Session 44").
Users keep the surer events with ``--min-confidence 0.5``.  Every decision carries a machine-readable
reason (``relevance:<domain>:<why>``, ``relevance:no_political_actor``, ``relevance:purpose``, ...),
appended to the kept event's ``reason``.

:data:`ENABLED` switches the layer off (``bench/events_precision.py`` measures with and without it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from dateline.actors import honorifics
from dateline.events.claims import disputed_claim
from dateline.events.agentless import mishap_violence
from dateline.events.clause_parts import span_head as _head
from dateline.events.foreseen_acts import (
    aim_predicate, future_passive, headline_infinitive, hoped_for, in_purpose_clause, pending_subject, predicted,
    scheduled_passive, stated_future, timetabled, unfulfilled_plan,
)
from dateline.events.generic_acts import (
    act_as_subject, characterization, generic_present, habitual, level_of_kind, present_in_time_clause,
    requirement_in_force, standing_rule, statistic,
)
from dateline.events.governed_acts import (
    conditional_consequent, governed_noun_conjunct, inability, licensed_act, modal_governor, obligation_governor,
    offered_act, present_attempt, shared_modal, voted_protest, without_object,
)
from dateline.events.words_not_deeds import (
    anonymity_asked, charge_content, embedded_question, mocked, no_demand, offered_advice, photo_caption, put_question,
    resigned_in_protest, scare_quoted_force, slogan_quoted, verbal_protest, words_as_force, yes_no_question,
)
from dateline.events.wrong_doers import (
    acronym_actor, countered_act, estimator_as_actor, own_act_claimed, passive_without_agent, receiver_as_actor,
    responder_as_doer, victim_as_doer,
)
from dateline.events.considered_acts import governed_prepositional_conjunct, thought_of
from dateline.events.labelled_acts import labelled_measure
from dateline.events.questioned_ability import question_through_ability
from dateline.events.self_inflicted import self_inflicted_shooting
from dateline.events.domain_overseers import oversees_domain
from dateline.events.lexicon import event_noun_word, force_gerund, lexicon, modality_cues
from dateline.events.political import (  # (political_actors, crowd_nouns, political: read through this module too)
    SURNAME_REASONS, _named_in_full, political_noun, crowd_nouns, media_party, political, political_actors,
    sport_body_person, sport_role_default,
)
from dateline.events.figurative_force import spoken_or_self
from dateline.events.harm_doers import accident_article, harmed_as_doer, harmless_force, mishap_doer
from dateline.events.party_misreadings import (
    PLACE_ENTITIES, located_only, own_doer, own_side_demand, own_side_meeting, place_of_ambient_violence, placed_only,
    placed_target,
)
from dateline.events.sense_doubts import sense_doubt
from dateline.events.sense_parts import INSTRUMENT_DOER
from dateline.events.type_misreadings import (
    accused_person, contraband_aid, forces_marching, refused_statement, vow_of_force,
)
from dateline.events.sought_acts import sought_act
from dateline.events.undone_acts import (
    blocked_proposal, governed_conjunct, no_party, planned_actor, planned_noun, topic_noun, unwilling,
)
from dateline.events.tables import agentless_words, in_class, read_table, word_class
from dateline.events.unreal import not_done
from dateline.model import PLACE_COUNTRY_FLAG, Event, Mention, Participant, without_place_country

ENABLED = True
DOMAINS = ("sport", "business", "culture")
CUE_POS = {"NOUN", "PROPN"}
# When a domain holds the event (cue counts, nouns of the domain list):
SENTENCE_CUES = 2  # the event's sentence alone has this many cues of the domain, or
SENTENCE_WITH_ARTICLE = (1, 3)  # it has one and the article at least three, or
ARTICLE_CUES = 3  # the article has this many (all domains) and they outnumber its political mentions,
ARTICLE_CUES_ALONE = 2  # or this many and no political mention at all
FIRM_SECTORS = {"BUS"}
# An interview, a call or a meeting with a news outlet or a journalist is the press at work, no consultation between
# parties (PLOVER CONSULT: meetings, visits, calls between political actors).
PRESS_CONTACT_TYPES = {"CONSULT"}
# Public violence and protest are coded whoever the parties are ("a gunman shot two men", "teachers
# went on strike"): no confidence lowered for want of a political actor.
ANY_PARTY_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# Force lands on someone: with no one acted on and no political participant, violence or coercion is mostly
# a figure or an accident (a protest needs no target: "a woman went on hunger strike").
TARGETED_FORCE_TYPES = {"ASSAULT", "COERCE"}
# Coercion (arrests, seizures, restrictions) is the authorities' act: a private party coercing is mostly
# a word sense ("the service *searches* captions", "her *sacking*") unless a place stands for the authorities.
AUTHORITY_TYPES = {"COERCE"}
# Charges, arrests and wounds with no doer named are the police's or an attacker's in business and culture news,
# while sport's are its governing bodies' (see _judge_parties).
# (Of coercion only arrests: "Americans overseas *are barred*" from a website is a firm's block.)
LAW_AND_FORCE_TYPES = {"ACCUSE", "ASSAULT"}
ARREST = ("COERCE", "arrest")
UNSPORTING_DOMAINS = {"business", "culture"}
# A speaker's "Y should / must ..." coded as a demand (reported.reported_demands).
REPORTED_DEMAND = "rule:reported_demand"
UNCERTAIN_FACTOR = 0.5  # confidence kept for an event whose only political hint is a country code
# An actor that is no party at all: a place (PLACE_ENTITIES) or a time ("*Wilkinsburg* mass shooting", "*September 2010*").
TIME_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# Types whose event is aimed at someone: with no recipient, less surely that event.
TARGETED_TYPES = {"THREATEN"}
# Statuses of events that did not happen (or not yet, or only if): less surely a fact to count.
UNREAL_STATUSES = {"hypothetical", "negated"}
# Types whose event is a condition set on another party ("warned of dire consequences *if* they attempted ..."): an "if"
# clause on their verb is their content, not a doubt (session 25, helper PREC).
CONDITIONAL_TYPES = {"THREATEN"}
# An event under a governing verb of aim or attempt (status future: "tried to", "wants to", "is preparing
# to") or of accusation (status claimed: "accused of", "suspected of"), marked by the modality stage's
# "control:" reason part: the aim or the accusation is reported, not the act.  (A future with "will" is
# left to the type model: future cooperation is PLOVER AGREE.)
CONTROLLED_STATUSES = {"future", "claimed"}
# An infinitive of purpose is hypothetical by its status (events/purpose.py) and doubted once, as relevance:purpose.
AIM_CUE = "purpose:to"
# The aim of an instrument used is usually reached: "troops used bulldozers to demolish the houses" reports the
# demolition.  Its status stays hypothetical (TimeML), but the layer does not doubt it (session 33, lead).
INSTRUMENT_AIM_CUE = "purpose:use"
CONTROL_MARK = "control:"
# PLOVER codes a stated intention to cooperate as AGREE ("hoping to support President Bazoum"): the
# intention is the event.
STATED_INTENT_TYPES = {"AGREE"}
# Types whose own reading is a modal of what is still to come ("will release": AGREE; "will attack": THREATEN): a
# modal on a governing verb does not make them less sure (relevance:unreal, governed_acts.modal_governor).
MODAL_INTENT_TYPES = {"AGREE", "THREATEN"}
# Types whose attempt is itself the event: violence attempted is violence ("are trying to storm the base"), an attempt to
# agree a stated intent (PLOVER AGREE); a verb of trying in the present doubts the others (governed_acts.present_attempt).
ATTEMPTED_IS_DONE_TYPES = {"ASSAULT", "AGREE", "THREATEN"}
CLAIMED = "claimed"  # the status of an event that is the content of a claim (events.claims)
# A named organisation or state is no private party, whatever sector the actors stage found for it.
NAMED_BODY_ENTITIES = {"ORG", "GPE", "PERSON"}
# Participant flags (events.arguments) of a place or thing standing for a party: "was arrested *in Niger*"
# (the authorities there), "introduced *a bill that* would ..." (its author).
STANDS_FOR_A_PARTY = {"agentless_passive_place", "document_author"}
# The reason part of an event whose doer the sentence does not name (events/agentless.py): an agentless
# arrest, charge, sentence or blacklisting is the unnamed authorities' act, no private party's.
AGENTLESS = "agentless"
# The agentless-passive place convention reads a place as its authorities ("was *arrested in Barstow*"); violence
# in a place is done by anyone there ("two mobile towers were *attacked in Gajalabadi*"): the place is no doer.
# (Design samples A-I and M: agentless_passive_place actors of COERCE 5 right of 5, of ASSAULT 0 of 2.)
VIOLENCE_TYPES = {"ASSAULT"}
# A possessive pronoun on an event noun read as the sentence's speaker ("*Their* investigation began when ..., said
# Captain Sansom, a spokesperson"; "*their* orders should be enforced, MPs said"): a spokesman speaks of his body's
# acts, a speaker of others' (design samples A-I and M: 0 right of 3).
SPEAKER_OWNER_FLAGS = {"antecedent:speaker", "possessor"}
PLACE_CONVENTION = "agentless_passive_place"
# A demand reported by its governing verb ("the congress has *asked* the government to maintain the status quo",
# "he *urged* Congress to take action", "has *called for* an investigation": modality.tsv, a control cue whose
# effect recodes the event as:REQUEST, or as:ACCUSE for a punitive call) is the governor's act, while the event's
# confidence is the type model's reading of the governed verb ("maintain", "take"), halved as model-only typing:
# it says nothing of the demand.  Such events were right 16 times in 19 on the design samples A-I and M, 12 of
# the right ones below 0.5 (2026-11-30, helper PREC).  Their confidence is at least a lexicon verb entry's
# (extract.KIND_CONFIDENCE["verb"]), before the layer's doubts.
GOVERNED_DEMAND_CONFIDENCE = 0.7
# An all-capitals acronym doing what only the authorities do (arrest, charge, investigate, sanction) outside sport,
# business and culture news is read as a state body ("the *CID* has initiated an investigation").  Measured on the
# design samples A-I and M (2026-11-30, helper PREC2): for these types only and only in articles with no domain word,
# 1 right event gained, none wrong; for every type 3 right and 5 wrong; for these types in any article 1 and 1.
STATE_ACT_TYPES = {"COERCE", "ACCUSE", "SANCTION"}
GOVERNED_DEMAND_TYPES = {"REQUEST", "ACCUSE"}
CONTROL_CUE_KINDS = ("control", "control_clause", "control_punitive")
# Nouns that name a protest happening but are no trigger of the lexicon ("*the bandh*, which was in protest against
# ..."): no party, as the lexicon's event nouns are not (data/word_classes.tsv: happening_nouns).
HAPPENING_NOUNS = word_class("happening_nouns")
# Vehicles, which hit or run over people but are driven by them ("a 9-year-old boy *was hit by a car*": an accident, or
# a driver not named; data/word_classes.tsv vehicle_nouns).
VEHICLE_NOUNS = word_class("vehicle_nouns")
# An arrest (COERCE arrest) is the authorities' act: criminals and civilians do not arrest (session 24, helper PREC).
ARREST_MODE = "arrest"
PRIVATE_ARRESTERS = {"CRM", "CVL"}
# Nouns of an organised action ("*antisubversive operations* have forced ...", "*Operation Lightning*, which deployed
# ..."): the act, not its doer (data/word_classes.tsv: operation_nouns; session 24, helper PREC).
OPERATION_NOUNS = word_class("operation_nouns")


@dataclass(frozen=True)
class Decision:
    """The layer's verdict on one event: ``keep`` it (confidence times ``factor``) or not, and why."""

    keep: bool = True
    factor: float = 1.0
    reason: str = ""
    status: str | None = None  # a status the layer sets (a disputed or reported claim: "claimed")


@dataclass
class Context:
    """Per-article evidence: domain cue counts of the article and of each sentence (by start offset)."""

    doc: Doc
    article: dict[str, int]
    sentences: dict[int, dict[str, int]] = field(default_factory=dict)
    political_mentions: int = 0
    mentions: Sequence[Mention] = ()
    cue_tokens: dict[int, str] = field(default_factory=dict)  # token index -> domain of its cue
    cased: bool = True  # False for a lower-cased source (no capital letter in its first 2,000 characters)
    accident: bool = False  # the article reports its harm as an accident (harm_doers.accident_article)


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    """Single-token cues (word -> domain) and multi-token ones ((words, domain), ...), split by
    spaCy's English tokenizer as the article's text is ("semi-final" is three tokens)."""
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    words, phrases = {}, []
    for row in read_table("domain_cues.tsv"):
        cue, domain = row["cue"].strip().lower(), row["domain"].strip()
        if domain not in DOMAINS:
            raise ValueError(f"domain_cues.tsv: unknown domain {domain!r} for {cue!r}")
        toks = tuple(t.text for t in tokenizer(cue))
        if len(toks) == 1:
            words[cue] = domain
        else:
            phrases.append((toks, domain))
    return words, tuple(phrases)


_matchers: dict[int, PhraseMatcher] = {}


def _phrase_matcher(doc: Doc) -> PhraseMatcher:
    key = id(doc.vocab)
    if key not in _matchers:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        for toks, domain in _cues()[1]:
            matcher.add(domain, [Doc(doc.vocab, words=list(toks))])
        _matchers[key] = matcher
    return _matchers[key]


def context_of(doc: Doc, mentions: Sequence[Mention] = ()) -> Context:
    """Count the domain cues of ``doc`` per sentence and for the whole article."""
    words, _ = _cues()
    article = dict.fromkeys(DOMAINS, 0)
    per_sentence: dict[int, dict[str, int]] = {}
    sent_of = {}
    for sent in doc.sents:
        per_sentence[sent.start_char] = dict.fromkeys(DOMAINS, 0)
        for tok in sent:
            sent_of[tok.i] = sent.start_char
    in_phrase: set[int] = set()
    cue_tokens: dict[int, str] = {}
    for match_id, start, end in _phrase_matcher(doc)(doc):
        domain = doc.vocab.strings[match_id]
        article[domain] += 1
        per_sentence[sent_of[start]][domain] += 1
        in_phrase.update(range(start, end))
        cue_tokens.update(dict.fromkeys(range(start, end), domain))
    for tok in doc:
        if tok.i in in_phrase or tok.pos_ not in CUE_POS:
            continue
        domain = words.get(tok.lower_) or words.get(tok.lemma_.lower())
        if domain:
            article[domain] += 1
            per_sentence[sent_of[tok.i]][domain] += 1
            cue_tokens[tok.i] = domain
    sectors, codes, _ = political_actors()
    # (a bare surname or a capital is no evidence of politics where sport words abound: "Wallace",
    # "Madrid" in a match report)
    political = sum(1 for m in mentions if (m.actor.sector in sectors or m.actor.country in codes)
                    and (m.reason not in SURNAME_REASONS or _named_in_full(m, mentions))
                    and "metonym:capital" not in m.flags)
    # (read once: spaCy rebuilds doc.text on every access)
    cased = any(c.isupper() for c in doc.text[:2000])
    return Context(doc, article, per_sentence, political, tuple(mentions), cue_tokens, cased, accident_article(doc))


def article_domain(ctx: Context) -> str | None:
    """The article's domain when its domain words (all domains together) reach :data:`ARTICLE_CUES`
    and outnumber its political mentions (or reach :data:`ARTICLE_CUES_ALONE` in an article with no
    political mention): the domain with the most words."""
    total = sum(ctx.article.values())
    if (total >= ARTICLE_CUES and total > ctx.political_mentions) or (total >= ARTICLE_CUES_ALONE
                                                                      and not ctx.political_mentions):
        return max(DOMAINS, key=lambda d: ctx.article[d])
    return None


def event_domain(event: Event, ctx: Context) -> str | None:
    """The domain (sport, business, culture) whose words surround the event, or None: the event's
    sentence's own words first, then the article's when they outnumber its political mentions; an
    event acted by firms alone (sector BUS: "the airline signed a contract") is business news anywhere."""
    sent = ctx.sentences.get(event.sentence.start)
    if sent is None:  # (the event's sentence span is trimmed: find the spaCy sentence holding it)
        sent = next((counts for start, counts in sorted(ctx.sentences.items(), reverse=True)
                     if start <= event.sentence.start), dict.fromkeys(DOMAINS, 0))
    held = [d for d in DOMAINS if sent[d] >= SENTENCE_CUES
            or (sent[d] >= SENTENCE_WITH_ARTICLE[0] and ctx.article[d] >= SENTENCE_WITH_ARTICLE[1])]
    if held:
        return max(held, key=lambda d: (sent[d], ctx.article[d]))
    domain = article_domain(ctx)
    if domain:
        return domain
    if event.actor and all(p.sector in FIRM_SECTORS for p in event.actor):
        return "business"
    return None


def judge(event: Event, ctx: Context) -> Decision:
    """Keep, keep with lower confidence, or drop ``event`` (see the module docstring)."""
    event = _as_coded(event)
    decision = _judge_parties(event, ctx)
    if not decision.keep:
        return decision
    if governed_demand(event) and 0 < event.confidence < GOVERNED_DEMAND_CONFIDENCE:
        # the governing verb of demand reports the event: its confidence, not the governed verb's reading
        decision = replace(decision, factor=decision.factor * GOVERNED_DEMAND_CONFIDENCE / event.confidence,
                           reason="+".join(filter(None, (decision.reason, "relevance:governed_demand"))))
    doubts = []
    if decision.factor == 1.0 and event.actor and all(media_party(p, ctx.doc) for p in event.actor):
        # "..., reports Daily Excelsior", "told Reuters": a news outlet acting is mostly the source of
        # the report read as the actor
        doubts.append("relevance:media_actor")
    elif event.type in PRESS_CONTACT_TYPES and any(media_party(p, ctx.doc) for p in (*event.actor, *event.recipient)):
        # "a newsman from *Radio Caracol* reported receiving a telephone call from ...", "met with foreign
        # *correspondents*": talking to the press is no consultation between parties
        doubts.append("relevance:press_contact")
    crowd = event.type in CROWD_TYPES and event.actor and all(_crowd_count(p, ctx) for p in event.actor)
    if event.actor and not crowd and (not any(acts_as_party(p, ctx) for p in event.actor) or own_doer(event)):
        # "a mass stabbing killed three people", "*Wilkinsburg* mass shooting", "followed by *barbaric massacre* of
        # women": the doer is unknown (an event noun is not its own doer)
        doubts.append("relevance:actor_not_a_party")
    if (event.actor and not crowd and not any(_known_party(p, ctx) for p in event.actor)
            and "relevance:actor_not_a_party" not in doubts
            and not (event.type in ANY_PARTY_TYPES and event.recipient)):
        # "*Operations* targeting illegal loggers", "*the technological limitations* that restricted us",
        # "*the paper's guest editor* challenged Cameron": a common noun no one knows as a party (no
        # actors-stage mention, country or sector, no political noun, no party owning or naming it).
        # Violence, coercion and protest aimed at someone are coded whoever acts ("a man shot his
        # neighbour"), and the parties of a lower-cased source are common nouns to the tagger.
        doubts.append("relevance:unknown_actor")
    if event.type in VIOLENCE_TYPES and event.actor and all(
            PLACE_CONVENTION in p.flags or placed_only(p, ctx.doc) or located_only(p, ctx.doc)
            or place_of_ambient_violence(p, event, ctx.doc) for p in event.actor):
        # "two mobile towers were attacked *in Gajalabadi*", "the bombings at U.S. embassies *in Kenya and Tanzania*,
        # which have killed ...", "another blast occurred *within the All India Radio complex* injuring two jawans",
        # "tackling *El Salvador's* violence": the place of an attack is not its doer
        doubts.append("relevance:place_not_the_doer")
    if planned_noun(event, ctx.doc) or planned_actor(event, ctx.doc) or scheduled_passive(event, ctx.doc) or (
            event.type not in MODAL_INTENT_TYPES and (future_passive(event, ctx.doc) or stated_future(event))) or (
            headline_infinitive(event, ctx.doc)):
        # "the VHP's *proposed* protest rally", "offered by *a future Tory government*", "officials *are to be
        # questioned* by MPs", "strikers *will be tried* by the regular courts" (session 27), "President *to visit*
        # China" (session 31), "*will challenge* Mr Ingram" (session 50): still to come
        doubts.append("relevance:planned")
    if blocked_proposal(event, ctx.doc):
        # "Hungary *blocked* the EU's *aid package*", "Russia blocked a UN *resolution condemning* the attack": what a
        # blocked proposal would have done did not happen (session 42)
        doubts.append("relevance:blocked_proposal")
    if topic_noun(event, ctx.doc):
        # "the neglect of the authorities on *the issue of abduction* of migrants": a kind of act as a topic (session 39)
        doubts.append("relevance:topic")
    if countered_act(event, ctx.doc):
        # "Assad's troops tried to *put down the uprising*", "the parties are *cooperating with the investigation*": the
        # subject acts on another's act, it does not do it
        doubts.append("relevance:countered_act")
    if event.type in AUTHORITY_TYPES and event.mode == ARREST_MODE and event.actor and all(
            p.sector in PRIVATE_ARRESTERS for p in event.actor):
        # "was arrested for possession of a firearm *by a felon*", "*citizens* captured him": an arrest is the
        # authorities' act; a criminal or a civilian as its doer is the charge's words or a citizen's hold
        doubts.append("relevance:private_arrest")
    if harmed_as_doer(event, ctx.doc) or victim_as_doer(event, ctx.doc):
        # "two others *sustained* injuries in an exchange of fire", "these banks were *the targets of* attacks": who
        # suffered it did not do it
        doubts.append("relevance:harmed_not_the_doer")
    if responder_as_doer(event, ctx.doc):
        # "police *identified* the victim in the shooting", "police *arrested* 149 people during the riots": who answers a
        # happening did not do it (session 31)
        doubts.append("relevance:responder_not_the_doer")
    if event.actor and all(SPEAKER_OWNER_FLAGS <= set(p.flags) for p in event.actor):
        # "*Their* investigation began ..., said Captain Sansom": the owner is the speaker's body, or another party
        doubts.append("relevance:speaker_as_owner")
    if in_purpose_clause(event, ctx.doc):
        doubts.append("relevance:purpose")
    elif (aim := aim_predicate(event, ctx.doc)) is not None and aim.pos_ == "NOUN" and not _is_mentioned(aim, ctx) \
            and not political_noun(aim, political_actors().nouns | crowd_nouns()):
        # "the government's *role* is to fight these militants": a role or an aim, not an act (a party's "is to",
        # "the United States is to send troops", announces its act)
        doubts.append("relevance:aim")
    if embedded_question(event, ctx.doc) or question_through_ability(event, ctx.doc):  # (session 33, PREC3)
        # "it was not clear *whether* Britain had decided to grant Luzhkov a visa": asked, not reported
        doubts.append("relevance:question")
    elif hoped_for(event, ctx.doc, _hoping_verbs()):
        # "we hope that the mysterious persons *will stop burning* the schools": a hope or a prediction
        doubts.append("relevance:hoped")
    elif predicted(event, ctx.doc):
        # "analysts *predict* the administration *will* be forced to give in", "Blair *is tipped to ask* the Queen": a
        # forecast by someone else, not a report
        doubts.append("relevance:predicted")
    if "relevance:question" not in doubts and yes_no_question(event, ctx.doc):
        # "*Will* the armed forces *seek* support for the dialogue?": asked whether, not reported (session 32)
        doubts.append("relevance:question")
    if "relevance:question" not in doubts and put_question(event, ctx.doc):
        # "*When asked about* the Iran rally, the spokeswoman said ...": a question put to someone, no party asked to act
        doubts.append("relevance:question")
    if refused_statement(event, ctx.doc):
        # "*declined to give out details* of the investigations": a refused statement (CAMEO 011), no rejection
        doubts.append("relevance:refused_statement")
    if accused_person(event, ctx.doc):
        # "two Lyari gang war *accused* were killed": the participle names a person, no accusation is made
        doubts.append("relevance:accused_person")
    if receiver_as_actor(event, ctx.doc):
        # "Bolivia *receives* millions in international *aid*": the receiver is the recipient, not the giver
        doubts.append("relevance:receiver_as_actor")
    if event.actor and passive_without_agent(event, ctx.doc):
        # "he was driving the car and *was shot* in the head": the actor of a passive is its "by"
        # agent; one found elsewhere is mostly the patient or a neighbouring clause's subject
        doubts.append("relevance:passive_no_agent")
    sensed = sense_doubt(event, ctx.doc)
    if event.type in TARGETED_TYPES and (not event.recipient or sensed == "warning" or placed_target(event, ctx.doc)):
        # "Icann officials warned that there were no guarantees": a warning with no one threatened is
        # a forecast (PLOVER THREATEN: threats against a target), whatever party the coder found near it
        # ("Lib Dem committee chairman Alan Beith *warned that* the deletion could harm ...": data/layer_doubts.tsv);
        # "will stage a sit-in *at raj ghat*": the place of an announced protest is no one threatened (session 59)
        doubts.append("relevance:no_target")
    if (generic_present(event, ctx.doc) and not any(political(p, None, ctx) == "yes" for p in event.actor)) or \
            standing_rule(event, ctx.doc) or present_in_time_clause(event, ctx.doc) or \
            requirement_in_force(event, ctx.doc):
        # ("the service *searches* captions"; "*when* gangs *kidnap* migrants": session 37; "Parliament *requires*
        # television owners to pay": session 58)
        doubts.append("relevance:generic_present")
    if statistic(event, ctx.doc):
        # "the record quantity of meth *seized* on the border so far in 2011": a figure sums acts, it reports none
        # (session 27, helper PREC)
        doubts.append("relevance:statistic")
    if level_of_kind(event, ctx.doc):
        # "*violence* in Michoacan *remains* stubbornly *high*", "*kidnappings are rare*": a level said of a kind of act,
        # a state of affairs (session 32)
        doubts.append("relevance:level")
    if habitual(event, ctx.doc):
        # "companies *often* withdraw", "has attacked Soviet interests *in the past*", "visited Costa Rica *several
        # times*": a habit or the past at large, no particular event
        doubts.append("relevance:habitual")
    if characterization(event, ctx.doc) or labelled_measure(event, ctx.doc):
        # "a visit by *a repressive ruler who oppresses* his people", "*a government that has murdered* the clergy": what
        # kind of thing an indefinite noun is, no event reported (session 30); "this *announcement* is a humiliating
        # *retreat*": a label said of a measure (session 33)
        doubts.append("relevance:characterization")
    if "relevance:planned" not in doubts and timetabled(event, ctx.doc):
        # "the European Council *summit* in Brussels *begins* on 16 December": a timetable's present, still to come
        doubts.append("relevance:planned")
    if verbal_protest(event, ctx.doc):
        # "many foreign firms *had protested that* the SEC was imposing an unfair burden": a complaint in words, no
        # demonstration (PLOVER PROTEST)
        doubts.append("relevance:verbal_protest")
    if resigned_in_protest(event, ctx.doc):
        # "the association's president *resigned in protest*": the resignation is the act (session 46)
        doubts.append("relevance:resigned_in_protest")
    if offered_advice(event, ctx.doc):
        # "the report *offers several recommendations*": an opinion put forward, no offer to cooperate (PLOVER AGREE)
        doubts.append("relevance:advice")
    if photo_caption(event, ctx.doc):
        # "Libyan leader Moammar Gadhafi *, left ,* and President Obama meet at the G-8 summit in Italy in 2009": a
        # photo caption, the picture's scene, not the story's news
        doubts.append("relevance:photo_caption")
    if (event.type not in CONDITIONAL_TYPES and event.status not in UNREAL_STATUSES
            and conditional_consequent(event, ctx.doc)):
        # "if the commission agrees, the FMLN *will agree to a meeting*": only if the condition holds (a threat is
        # conditional by nature: "warned of dire consequences if they attempted ...")
        doubts.append("relevance:conditional")
    if scare_quoted_force(event, ctx.doc):
        # 'hackers remotely *"kidnap"* the computer systems of businesses': a word of force in quotation marks is a figure
        doubts.append("relevance:quoted_figure")
    if anonymity_asked(event, ctx.doc):
        # "a senior official, who *asked not to be named*": a source's terms with the reporter, no demand (session 58)
        doubts.append("relevance:anonymity")
    if words_as_force(event, ctx.doc):
        # 'said the words "*wound* Italy's dignity"': words do not wound; a figure for offence taken (session 58)
        doubts.append("relevance:words_as_force")
    if slogan_quoted(event, ctx.doc):
        # 'shouting slogans like "... (*arrest* lalji tandon)"': the slogan's words call for the act; no one does it
        doubts.append("relevance:slogan")
    if own_act_claimed(event, ctx.doc):
        # "Islamic State (IS) claimed *IS fighters* killed a priest", "said *its fighters* shot down ...": a party telling
        # of its own act claims it, it accuses no one
        doubts.append("relevance:own_act_claimed")
    if blamed_circumstance(event, ctx):
        # "It *blamed* continuing uncertainties such as fluctuating oil prices": a cause named, no party accused
        doubts.append("relevance:blamed_circumstance")
    if mocked(event, ctx.doc):
        # "after *mockingly welcoming* the chancellor back to the election campaign": not meant
        doubts.append("relevance:mocked")
    if own_side_meeting(event, ctx.doc):
        # "Clinton *met with his top aides*": a party consulting its own people, no consultation between two
        doubts.append("relevance:own_side_meeting")
    if vow_of_force(event, ctx.doc):
        # "Perez's *promise* to deal with drug trafficking with an *iron fist*": a resolve to coerce, no agreement
        doubts.append("relevance:vow_of_force")
    if contraband_aid(event, ctx.doc):
        # "the Red Command *sends a ton of Colombian cocaine* into Brazil": trafficking, no aid
        doubts.append("relevance:contraband")
    if forces_marching(event, ctx.doc):
        # "fourteen companies of CRPF and police *marched* through the town's roads": a show of force, no protest
        doubts.append("relevance:forces_marching")
    if failed_support(event):
        # "the EU has *failed to define and defend* a common policy towards Russia": a shortfall, no refusal (session 30)
        doubts.append("relevance:failure")
    if REPORTED_DEMAND in event.reason and (no_demand(event, ctx.doc) or own_side_demand(event, ctx.doc)):
        doubts.append("relevance:not_a_demand")
    if event.status in CONTROLLED_STATUSES and event.type not in STATED_INTENT_TYPES and any(part.startswith(CONTROL_MARK) for part in event.reason.split("+")):
        # "Assad's troops *tried to put down* the uprising", "Brown is *preparing to oust* Milburn", "China
        # has been *accused of blocking* access": an aim or an accusation; the act itself is not reported
        doubts.append("relevance:not_done")
    elif governed_conjunct(event, ctx.doc) or governed_noun_conjunct(event, ctx.doc) or (
            governed_prepositional_conjunct(event, ctx.doc)):
        # "for refusing to cooperate and *curtail* its plans", "urged X to follow ... and *order an investigation*",
        # "demanded the dismissal of X *and the resignation* of Y" (session 31), "a demand for his resignation *and for an
        # inquiry*" (session 33): the second of two coordinated acts is governed like the first - refused or asked for,
        # not done
        doubts.append("relevance:not_done")
    if thought_of(event, ctx.doc):
        # "he had *thought of resigning*", "*talked about releasing* the hostages": an option weighed, no act done
        # (session 33)
        doubts.append("relevance:considered")
    elif event.type not in ATTEMPTED_IS_DONE_TYPES and present_attempt(event, ctx.doc):
        # "the opposition *attempts to depose* the president": an attempt under way, the act not achieved (session 27)
        doubts.append("relevance:not_done")
    elif sought_act(event, ctx.doc):
        # "his office *was looking to seize* properties": an aim sought, the act not reported (session 35)
        doubts.append("relevance:not_done")
    # (an aim is unreal by its status but doubted once already, as relevance:purpose; an instrument's aim is not doubted)
    unreal = event.status in UNREAL_STATUSES and not {AIM_CUE, INSTRUMENT_AIM_CUE} & set(event.reason.split("+"))
    if unreal or not_done(_head(event.trigger, ctx.doc)) or no_party(event, ctx.doc) or (
            without_object(event, ctx.doc)) or offered_act(event, ctx.doc) or (
            event.type not in MODAL_INTENT_TYPES and (modal_governor(event, ctx.doc) or shared_modal(event, ctx.doc))) or (
            inability(event, ctx.doc)) or (
            unwilling(event, ctx.doc)) or unfulfilled_plan(event, ctx.doc) or pending_subject(event, ctx.doc) or (
            REPORTED_DEMAND not in event.reason and obligation_governor(event, ctx.doc)):
        # ("*had been due to* welcome delegates": a plan overtaken; "*must announce* that it is willing *to reach* an
        # agreement": demanded; "*would freeze* the assets *and prohibit* ...": the shared modal, session 28)
        # "should look into", "might have asked", "does not oppose", "would have to be ratified", "have never
        # before overturned", "*will be forced to* give in", "*unable to* question him", "offering a tax *amnesty*":
        # no event happened (yet)
        doubts.append("relevance:unreal")
    if wish_without_asked(event, ctx):
        # "the government *wants* 40 percent of all timber *to come* from concessions", "whom the government *wanted to
        # question*": a wish for a state of affairs or for one's own act, no party asked to act
        doubts.append("relevance:wish")
    if voted_protest(event, ctx.doc):
        # "union members *have voted to strike* on 5 November": the ballot is reported, the strike still to come
        # (session 32)
        doubts.append("relevance:not_done")
    if licensed_act(event, ctx.doc):
        # "the administration *allowed* them *to march*", "Macri *ordered* his minister *to dismantle* these mafias": the
        # permission or the order is reported, not the act
        doubts.append("relevance:permitted_or_ordered")
    if estimator_as_actor(event, ctx.doc):
        # "what *organizers estimated* at 1.7 million Hongkongers marched": who counted the marchers did not march
        doubts.append("relevance:estimator_as_actor")
    framed = spoken_or_self(event, ctx.doc)
    if framed:
        # "the gunman *killed himself*", "Mbeki has *attacked* British imperialists, *saying* ...", "*warning* residents
        # that oncoming *rains* will cause landslides": harm done to oneself, an attack in words, a warning of a hazard -
        # no force or threat by a party on another
        doubts.append(f"relevance:{framed}")
    harmless = harmless_force(event, ctx.doc)
    if harmless == INSTRUMENT_DOER and "relevance:actor_not_a_party" in doubts:
        harmless = None  # ("*a bomb* killed": an event noun of the lexicon, doubted once already)
    if harmless:
        # "*SARS-CoV-2* has already killed 1,000 people", "ordered the killing of 300,000 *pigs*": no force by a party on
        # a party
        doubts.append(f"relevance:{harmless}")
    if act_as_subject(event, ctx.doc):
        # "backing his party was not a wasted vote", "to attack Iran would be a mistake": the act is what a
        # statement is about, not a report that it was done
        doubts.append("relevance:generic_act")
    if (mishap_violence(event, ctx.doc) or (ctx.accident and event.type in VIOLENCE_TYPES and not event.actor) or (
            self_inflicted_shooting(event, ctx.doc))) and not any(
            political(p, None, ctx) == "yes" for p in (*event.actor, *event.recipient)):
        # (also a doerless "was shot", "a gunshot wound" in an article that calls its shooting an accident: "the gun
        # discharged, striking the boy")
        # "a 13-year-old girl *accidentally* shot herself", "an 8-year-old boy shot his brother": a mishap, no
        # political violence (a state's or an armed group's "accidental" strike stays violence)
        # ("the basement where *the shooting* occurred" after "a 17-year-old shot himself in the hand": the article's only
        # harm is self-inflicted, session 34)
        doubts.append("relevance:mishap")
    elif mishap_doer(event, ctx.doc, ctx.accident) and not any(
            political(p, None, ctx) == "yes" for p in event.recipient):
        # "Deputies say *an 8-year-old boy shot* his brother", "Police say ... *it* accidentally went off and *hit* the
        # child": the clause's own doer is a child or the gun, whoever was coded as the actor
        doubts.append("relevance:mishap")
    charged = charge_content(event, ctx.doc)
    if charged:
        # "will stand trial for allegedly *attacking* a student", "charged with *murdering*": the accusation's content
        doubts.append("relevance:charge_content")
    if sensed and sensed != "warning":
        # "have been *convicted* of sending", "*signed* an executive order", "authorities *captured* a boat": a
        # verdict (PLOVER SANCTION convict), a domestic act, a confiscation (COERCE seize) typed otherwise
        doubts.append(f"relevance:{sensed}")
    claim = disputed_claim(_head(event.trigger, ctx.doc)) if event.status == "factual" else None
    if claim == "disputed":
        # "Israel denied that it had attacked the convoy", "they were wrong when they said Milburn was ousting Brown"
        doubts.append("relevance:disputed_claim")
    if not doubts and not claim:
        return decision
    notes = [*doubts, "relevance:reported_claim"] if claim == "reported" else doubts
    return Decision(True, decision.factor * UNCERTAIN_FACTOR ** len(doubts),
                    "+".join(filter(None, (decision.reason, *notes))), CLAIMED if claim or charged else None)


# The status stage recodes a failed act of agreement as a rejection stated now ("X and Y *failed to reach* agreement":
# status.py, reason part "failed_agreement"); when the act failed is a lexicon entry of backing (SUPPORT: "defend",
# "back", "support"), the failure is a shortfall - PLOVER REJECT is a refusal, and failing to back something refuses no
# one.  Design samples (session 30, helper PREC): such events right 0 of 2 (E, U), both at confidence >= 0.5.
FAILED_AGREEMENT = "failed_agreement"
BACKING_ENTRY = "lex:support."


def failed_support(event: Event) -> bool:
    """Is the event a rejection read from a failure to back or defend something ("the EU has *failed to define and
    defend* a common policy")?"""
    parts = event.reason.split("+")
    return FAILED_AGREEMENT in parts and any(part.startswith(BACKING_ENTRY) for part in parts)


@lru_cache(maxsize=1)
def _hoping_verbs() -> frozenset[str]:
    """The verbs of hoping, wanting and planning (modality.tsv: control cues whose effect is ``future``: "hope",
    "expect", "want", "plan", ...), whose complement clause is still to come."""
    return frozenset(cue for (cue, kind), effect in modality_cues().items() if kind == "control" and effect == "future")


@lru_cache(maxsize=1)
def _demand_governors() -> frozenset[tuple[str, str]]:
    """(lemma, type) of the governing verbs that recode the event they govern as a demand or a punitive call
    (modality.tsv: "ask", "urge", "demand", "call", ...)."""
    return frozenset((cue, effect[3:]) for (cue, kind), effect in modality_cues().items()
                     if kind in CONTROL_CUE_KINDS and effect.startswith("as:") and effect[3:] in GOVERNED_DEMAND_TYPES)


def governed_demand(event: Event) -> bool:
    """Is the event a demand (or a punitive call) whose type its governing verb set ("*asked* the government to
    maintain", "*urged* Congress to take action", "*called for* an investigation")?"""
    governors = _demand_governors()
    return event.type in GOVERNED_DEMAND_TYPES and any(
        part.startswith(CONTROL_MARK) and (part[len(CONTROL_MARK):], event.type) in governors
        for part in event.reason.split("+"))


def _as_coded(event: Event) -> Event:
    """The event with its participants as the events stage coded them: a country the places stage gave a recipient
    that is a place (model.PLACE_COUNTRY_FLAG: "visited *Kyiv*") is no sign of a political party.  The pipeline judges
    events before it locates them; the precision bench judges located ones."""
    if not any(PLACE_COUNTRY_FLAG in p.flags for p in event.recipient):
        return event
    return replace(event, recipient=[without_place_country(p) for p in event.recipient])


def acts_as_party(p: Participant, ctx: Context) -> bool:
    """Can the participant be the doer of an event - a person, group, organisation or state?  Not an
    event ("*the shooting* left four injured", "*the crackdown* has killed 3,000", "a police *raid*
    removed items"), a time ("*September 2010*") or a place no one governs as such ("the *Wilkinsburg*
    mass shooting").  Judged on the phrase's head: an actors-stage mention there, or a political noun
    ("gunman"), is a party whatever the lexicon says of the word."""
    head = _head(p, ctx.doc)
    # (a count of parties is those parties: "*thousands* of Syrian troops", "two of the gunmen")
    of = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"), None) if head is not None else None
    if of is not None and (head.like_num or head.ent_type_ in ("CARDINAL", "QUANTITY")):
        head = of
    if head is not None and _operation(head):
        return False  # (also when the actors stage took "Operation Lightning" for a body's name)
    if head is None or _is_mentioned(head, ctx) or set(p.flags) & STANDS_FOR_A_PARTY:
        return True
    if any(_is_mentioned(o, ctx) or political_noun(o, political_actors().nouns) for o in _owners(head)):
        return True  # an event or a document acts for its owner: "*the supreme court's* order barring ..."
    if head.ent_type_ in TIME_ENTITIES or head.lower_ in HAPPENING_NOUNS or head.lemma_.lower() in HAPPENING_NOUNS:
        return False  # (a happening noun whatever its tag: a lower-cased "bandh" is tagged PROPN as often as NOUN)
    if head.pos_ == "NOUN" and head.lemma_.lower() in VEHICLE_NOUNS:
        return False  # "was hit by *a car*": the vehicle is driven, no party (session 58, a probe of unjudged news)
    if head.ent_type_ in PLACE_ENTITIES:
        # (not a name after a courtesy title, which the model may take for a place: "*Mr Saakashvili* has accused")
        return bool(p.country or p.sector) or _after_honorific(head)
    nouns = lexicon().nouns
    if head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ in nouns:
        return False  # a capitalised event noun of a headline run into the text: "killed *News Shooting* in Houston"
    if _names_the_event(head, p):
        return False
    if head.pos_ != "NOUN" or political_noun(head, political_actors().nouns):
        return True
    return not (event_noun_word(head) or force_gerund(head))  # ("*the torching* of the train, which killed ...")


# Entity labels (and none) of a compound before an event noun that, with no country or sector from the actor tables,
# names no doer (_names_the_event); NORP and places are read elsewhere.
UNKNOWN_NAME_LABELS = {"", "PERSON", "ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}


def _names_the_event(head: Token, p: Participant) -> bool:
    """Is the phrase a name or word no actor table knows, in a compound before an event noun ("the *godhra* train
    massacre", "the *Sabarmati* Express massacre", "the *navnirman* agitation", "the *Kennedy* assassination")?  It
    names where, what or whom the event was, not who did it (session 50, blind sample 3: "Godhra" tagged PERSON); a
    party the tables know ("the *Taliban* attack", "the *Hamas* raid") has a country or a sector, and a people or a
    nationality ("the *Israeli* strike") is left to the actors stage."""
    if head.dep_ != "compound" or head.ent_type_ not in UNKNOWN_NAME_LABELS or p.country or p.sector or \
            head.pos_ not in ("NOUN", "PROPN") or political_noun(head, political_actors().nouns):
        return False
    top = head
    while top.dep_ == "compound" and top.head.i != top.i:
        top = top.head
    return event_noun_word(top)


def _after_honorific(head: Token) -> bool:
    """Is the name's head led by a courtesy title ("*Mr* Saakashvili", "*Dr* Fox")?  A person, whatever entity label
    the model gave the name (session 50, blind sample 3: "Saakashvili" tagged GPE)."""
    titles = honorifics()
    return any(c.dep_ == "compound" and c.i < head.i and c.lower_.rstrip(".") in titles for c in head.children)


def _operation(head: Token) -> bool:
    """Is the phrase an organised action: "operations" whatever its tag ("ANTISUBVERSIVE OPERATIONS"), or a name led by
    "Operation" ("Operation Lightning")?"""
    if in_class(head, OPERATION_NOUNS):
        return True
    if head.pos_ != "PROPN":
        return False
    first = min((c for c in head.children if c.dep_ == "compound"), key=lambda c: c.i, default=None)
    return first is not None and in_class(first, OPERATION_NOUNS)


# Protest and violence are done by crowds counted, not named ("*Thousands* marched through the capital", "*hundreds of
# people* protested"): a plural count of hundreds or more at the head of the actor is a crowd (session 42).
CROWD_TYPES = {"PROTEST", "ASSAULT"}
CROWD_COUNTS = word_class("crowd_counts")


def _crowd_count(p: Participant, ctx: Context) -> bool:
    """Is the participant's head a plural count of people ("Thousands", "hundreds of people", "tens of thousands")?"""
    head = _head(p, ctx.doc)
    return head is not None and head.tag_ == "NNS" and in_class(head, CROWD_COUNTS)


def _known_party(p: Participant, ctx: Context) -> bool:
    """Is the participant a party someone knows: a name, a pronoun, an actors-stage mention, a country or a
    sector, a place standing for the authorities, a political or crowd noun, or a common noun owned or
    named by one ("Gadhafi's decision", "a section of the police", "G7 nations")?"""
    head = _head(p, ctx.doc)
    if head is None or head.pos_ != "NOUN" or p.country or p.sector or set(p.flags) & STANDS_FOR_A_PARTY:
        return True
    if not ctx.cased:
        return True  # a lower-cased source: names are common nouns to the tagger
    near = [head, *_owners(head), *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
    return _names_a_party(near, ctx)


def _names_a_party(tokens, ctx: Context) -> bool:
    """Is one of ``tokens`` an actors-stage mention or a political or crowd noun?"""
    nouns = political_actors().nouns | crowd_nouns()
    return any(_is_mentioned(t, ctx) or political_noun(t, nouns) for t in tokens)


# Verbs of laying blame: the verbs whose "on" object events/blame.py reads as the accused (data/agentless_words.tsv
# blame_on_verbs) are the verbs whose direct object is what is blamed ("*blamed* the weather for the delays").
BLAMING_VERBS = agentless_words("blame_on_verbs")


def blamed_circumstance(event: Event, ctx: Context) -> bool:
    """Is an ACCUSE read from a verb of blaming aimed only at things no one knows as a party ("It *blamed* continuing
    uncertainties such as fluctuating oil prices", "*blamed* the weather for the delays")?  A cause is named; no party
    is accused (PLOVER ACCUSE: accusations against a party).  A party blamed keeps it ("blamed outside forces, including
    the ISI", "blamed rivalries between criminal gangs"), and so does an act blamed *on* someone ("blamed the deaths on
    militants") and a passive.  Session 26, helper PREC (sample b)."""
    if event.type != "ACCUSE" or not event.recipient:
        return False
    tok = _head(event.trigger, ctx.doc)
    if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in BLAMING_VERBS:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ == "on")
           for c in tok.children):
        return False
    return not any(_known_party(p, ctx) or _party_inside(p, ctx) for p in event.recipient)


def _party_inside(p: Participant, ctx: Context) -> bool:
    """Does the participant's phrase hold an actors-stage mention or a political noun ("rivalries between *criminal
    gangs*", "the strength of *the euro*" holds none)?"""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is None or _names_a_party(span, ctx)


# The verb of wanting the control stage reads a REQUEST from ("the Tories *want* the commissioner to investigate").
WANT_CONTROL = "control:want"
WISH_VERBS = {"want"}


def wish_without_asked(event: Event, ctx: Context) -> bool:
    """Is a REQUEST read from a verb of wanting with no party wanted to act: no one named between the verb and its
    infinitive ("whom the government *wanted to question*": one's own wish), or only an amount ("the government *wants
    40 percent* of all timber production to come from private concessions")?  PLOVER REQUEST (CAMEO 02) asks another
    party to act; wanting a share of something or to act oneself asks no one ("the Tories want *the information
    commissioner* to investigate" asks an official).  Session 22, helper PREC."""
    if event.type != "REQUEST" or WANT_CONTROL not in event.reason.split("+"):
        return False
    verb = _head(event.trigger, ctx.doc)
    for _ in range(3):
        if verb is None or verb.lemma_.lower() in WISH_VERBS:
            break
        verb = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i else None
    if verb is None or verb.lemma_.lower() not in WISH_VERBS:
        return False
    asked = [c for c in verb.children if c.dep_ == "dobj"] + [
        s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return all(_amount(a) for a in asked)


# Nouns of a share or an amount ("*half* of all electricity", "40 *percent* of the timber"; data/word_classes.tsv).
AMOUNT_NOUNS = word_class("amount_nouns")
# nouns of a state ("country", "nation", "army"): an actor of the actors stage's coreference that is one stands for
# the state named before it ("Bahrain announced that *the country* had ...": data/word_classes.tsv state_nouns)
STATE_NOUNS = word_class("state_nouns")
AMOUNT_ENTITIES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


def _amount(tok: Token) -> bool:
    """Does ``tok`` name an amount or a share of something, no party ("*40 percent* of all timber", "*half* of it")?"""
    return tok.ent_type_ in AMOUNT_ENTITIES or tok.lemma_.lower() in AMOUNT_NOUNS


def _is_mentioned(tok: Token, ctx: Context) -> bool:
    return any(m.start <= tok.idx < m.end for m in ctx.mentions)


def _owners(head: Token) -> list[Token]:
    """The possessor of a noun and the object of its "of" ("Assad's crackdown", "the order of the court")."""
    out = [c for c in head.children if c.dep_ == "poss"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def _country_named(party, head) -> bool:
    """Is the party's head word the name of its country ("*Myanmar* resumed relations", which the tagger reads as a
    nationality, NORP), not a person of it ("an *American*", "the first *Colombian*")?"""
    return bool(party.name) and head.pos_ == "PROPN" and head.text.lower() == party.name.lower()


def _judge_parties(event: Event, ctx: Context) -> Decision:
    domain = event_domain(event, ctx)
    # ("the US *stock market* regulator": a state body named after the domain it oversees is no body of it)
    acting = {"yes" if oversees_domain(p, domain, ctx) else political(p, domain, ctx) for p in event.actor}
    receiving = {political(p, domain, ctx) for p in event.recipient}
    verdicts = acting | receiving
    if domain is None:
        if verdicts <= {"no"} and _acronym_state_act(event, ctx):
            return Decision(reason="relevance:acronym_state_body")
        if verdicts <= {"no"} and AGENTLESS not in event.reason.split("+") and (event.type not in ANY_PARTY_TYPES or (
                not event.recipient and event.type in TARGETED_FORCE_TYPES) or (
                event.type in AUTHORITY_TYPES and not any(set(p.flags) & STANDS_FOR_A_PARTY for p in event.actor))):
            # Outside these domains a non-political pair may still be news ("Dr Murray denies the
            # charge"), but less surely a PLOVER event: kept, with lower confidence.  Violence and
            # coercion are coded whoever acts only when they land on someone ("a gunman shot two men";
            # not "a girl accidentally *shot* herself", "even as Gujarat *burnt*"), and coercion only
            # when done by the authorities or a place standing for them.
            return Decision(True, UNCERTAIN_FACTOR, "relevance:no_political_actor")
        if "maybe" in acting and "yes" not in acting and event.type not in ANY_PARTY_TYPES:
            # (an actor with only a country code, on an act that needs a political party)
            if any(sport_role_default(p, ctx) for p in event.actor):
                # in an article with sport words, a named officer whose only political hint is a role noun's default
                # sector read from a country ("Egypt FA spokesman Methat Shalaby welcomed ..."): a sport body's as
                # often
                return Decision(True, UNCERTAIN_FACTOR, "relevance:sport_role_default")
            if any(sport_body_person(p, ctx) for p in event.actor):
                # in an article with sport words naming a sport governing body, an office-holder known only from
                # the knowledge base ("Trinidad's Jack Warner, who resigned"): acting for the sport body as often
                return Decision(True, UNCERTAIN_FACTOR, "relevance:sport_body_person")
            if not any((h := _head(p, ctx.doc)) is not None
                       and (h.ent_type_ in NAMED_BODY_ENTITIES or "coref" in p.flags and (
                            h.pos_ == "PRON" or h.lemma_.lower() in STATE_NOUNS) or _country_named(p, h))
                       for p in event.actor):
                # an actor the actors stage read as a nationality over a common noun, no name ("the first
                # Colombian", "China Eastern's board of directors", "an American"): a private party acting (not
                # a pronoun that stands for a name: "Britain ... said *it* would invite", session 47; nor a state noun
                # that does: "Bahrain announced that *the country* had transferred ...", session 57)
                return Decision(True, UNCERTAIN_FACTOR, "relevance:country_coded_actor")
        return Decision()
    if "yes" in acting or ("yes" in receiving and event.type in ANY_PARTY_TYPES):
        # (violence, coercion or protest aimed at the state or its agents is political whoever acts:
        # "fans had attacked police officers")
        return Decision(reason=f"relevance:{domain}:political_actor")
    if event.type in ANY_PARTY_TYPES and any(
            (h := _head(p, ctx.doc)) is not None and political_noun(h, crowd_nouns())
            for p in (*event.actor, *event.recipient)):
        # "a Liverpool fan attacking a Millwall fan": crowd violence is no figure of speech
        return Decision(reason=f"relevance:{domain}:crowd")
    if domain in UNSPORTING_DOMAINS and (event.type in LAW_AND_FORCE_TYPES or (event.type, event.mode) == ARREST) \
            and event.recipient and AGENTLESS in event.reason.split("+"):
        # "Rapper Young Buck *has been charged*", "Van Gogh *was shot and stabbed*", "Nicholas Lee Jacobsen *was
        # arrested*": with no doer named, a charge, arrest or wounding told of an artist or a boss is the police's or
        # an attacker's, no sense of the domain's words ("hit", "beat" need a doer).  Sport's charges and bans are
        # its governing bodies' (design samples, session 44: business and culture 11 of 13 right, sport 0 of 7).
        return Decision(reason=f"relevance:{domain}:agentless_force")
    if "yes" in receiving:
        # otherwise, in sport, business and culture news the actor makes the event political: a firm,
        # club or studio acting on a state or an official ("companies would halt sourcing from Colombia",
        # "the IAAF will lodge an appeal with the Court of Arbitration") is that domain's news
        return Decision(True, UNCERTAIN_FACTOR, f"relevance:{domain}:political_recipient_only")
    if "maybe" in verdicts:
        return Decision(True, UNCERTAIN_FACTOR, f"relevance:{domain}:country_coded_actor")
    return Decision(False, 0.0, f"relevance:{domain}:no_political_actor")


def _acronym_state_act(event: Event, ctx: Context) -> bool:
    """Is the event a state act (:data:`STATE_ACT_TYPES`: an arrest, a charge, an investigation, a sanction) reported
    as done by a body named by an all-capitals acronym ("the *CID* has initiated an investigation") in an article
    with no sport, business or culture word?  The actors stage knows few such bodies; doing what only the
    authorities do outside those domains, an acronym is mostly one of their agencies (in a match report it is the
    sport's: "the FA is looking into the trouble")."""
    return (event.status == "factual" and event.type in STATE_ACT_TYPES and not sum(ctx.article.values())
            and ctx.cased and any(acronym_actor(p, ctx.doc) for p in event.actor))


def keep_relevant(events: list[Event], doc: Doc, mentions: Sequence[Mention] = ()) -> list[Event]:
    """The events of one article that the layer keeps, with lowered confidence and reasons added."""
    if not ENABLED or not events:
        return events
    ctx = context_of(doc, mentions)
    return [kept for e in events if (kept := applied(e, judge(e, ctx))) is not None]


def applied(event: Event, decision: Decision) -> Event | None:
    """``event`` as the layer emits it after ``decision``: None (dropped), or with its confidence
    scaled and the decision's reason appended."""
    if not decision.keep:
        return None
    if not decision.reason:
        return event
    return replace(event, confidence=round(event.confidence * decision.factor, 3),
                   reason=f"{event.reason}+{decision.reason}", status=decision.status or event.status)
