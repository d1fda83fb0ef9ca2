"""Session 19's doubts of the relevance layer (helper PREC), each on a real parse and judged with ``relevance.judge``
on an event built over the sentence the way extract would code it: an act that is the infinitive complement of a verb
of permitting or ordering (relevance:permitted_or_ordered), a disease or a force of nature as the doer of violence
(relevance:natural_doer), animals as its only target (relevance:animal_target), the subject of a verb of estimating
as the actor (relevance:estimator_as_actor) and an authority's approval of no political party typed SUPPORT
(relevance:approval)."""

from __future__ import annotations

from dataclasses import replace

from judged_events import doubted as _doubted, event_over, judged, judged_with_recipient as _judged_with_recipient

from dateline.actors import resolve
from dateline.events import relevance
from dateline.model import Participant


def test_a_march_the_administration_allowed_is_not_reported_done(nlp):
    d = judged(nlp, "After holding talks with the protesters, the district administration allowed them to march in "
               "batches of four.", "march", "them", "PROTEST")
    assert _doubted(d, "permitted_or_ordered")


def test_an_act_a_law_will_enable_is_not_reported_done(nlp):
    d = judged(nlp, "Bolivia drafted a law last month that will enable the air force to shoot down suspected drug "
               "flights.", "shoot down", "the air force", "ASSAULT", "BOL", "MIL")
    assert _doubted(d, "permitted_or_ordered")


def test_an_act_a_president_ordered_is_not_reported_done(nlp):
    d = judged(nlp, "The president ordered his new security minister to dismantle the criminal gangs.", "dismantle",
               "his new security minister", "COERCE", "ARG", "GOV")
    assert _doubted(d, "permitted_or_ordered")


def test_an_act_one_was_forced_to_do_is_done(nlp):
    d = judged(nlp, "The rebels were forced to withdraw from the town.", "withdraw", "The rebels", "RETREAT", "SYR",
               "REB")
    assert "relevance:permitted_or_ordered" not in d.reason


def test_the_order_itself_is_no_ordered_act(nlp):
    d = judged(nlp, "The president ordered the army to leave the capital.", "ordered", "The president", "REQUEST",
               "ARG", "GOV")
    assert "relevance:permitted_or_ordered" not in d.reason


def test_a_virus_that_killed_is_no_assault(nlp):
    d = judged(nlp, "SARS-CoV-2 has already killed more than 1,000 people and infected tens of thousands.", "killed",
               "SARS-CoV-2", "ASSAULT")
    assert _doubted(d, "natural_doer")


def test_a_hurricane_that_killed_is_no_assault(nlp):
    d = judged(nlp, "Hurricane Katrina killed more than 1,800 people in 2005.", "killed", "Hurricane Katrina",
               "ASSAULT")
    assert _doubted(d, "natural_doer")


def test_gunmen_who_killed_are_no_natural_doer(nlp):
    d = judged(nlp, "Gunmen killed more than ten people in the village.", "killed", "Gunmen", "ASSAULT")
    assert "relevance:natural_doer" not in d.reason


def test_a_cull_of_pigs_is_no_assault(nlp):
    d = _judged_with_recipient(nlp, "The government of Egypt ordered the killing of over 300,000 pigs.", "killing",
                               "The government of Egypt", "ASSAULT", "over 300,000 pigs", "EGY", "GOV")
    assert _doubted(d, "animal_target")


def test_the_killing_of_villagers_is_no_cull(nlp):
    d = _judged_with_recipient(nlp, "The army ordered the killing of over 300 villagers.", "killing", "The army",
                               "ASSAULT", "over 300 villagers", "EGY", "MIL")
    assert "relevance:animal_target" not in d.reason


def test_organisers_who_estimated_the_crowd_did_not_march(nlp):
    d = judged(nlp, "Yesterday, what organizers estimated at 1.7 million people marched from Victoria Park toward "
               "the Central district.", "marched", "organizers", "PROTEST")
    assert _doubted(d, "estimator_as_actor")


def test_organisers_who_marched_marched(nlp):
    d = judged(nlp, "The organizers marched from Victoria Park toward the Central district.", "marched",
               "The organizers", "PROTEST")
    assert "relevance:estimator_as_actor" not in d.reason


def test_a_regulators_approval_of_a_firms_testing_is_no_support(nlp):
    d = _judged_with_recipient(nlp, "Immunex Corp said it received Food and Drug Administration approval to begin "
                               "human clinical testing of a protein.", "approval", "Food and Drug Administration",
                               "SUPPORT", "Immunex Corp", "USA", "GOV")
    assert _doubted(d, "approval")


def test_approving_a_government_is_support(nlp):
    d = _judged_with_recipient(nlp, "The parliament approved the new government of Prime Minister Ali.", "approved",
                               "The parliament", "SUPPORT", "the new government", "IRQ", "LEG", "IRQ", "GOV")
    assert "relevance:approval" not in d.reason


def test_help_towards_an_outcome_is_no_aid(nlp):
    d = judged(nlp, "British military intervention three years ago helped end the Sierra Leone conflict.", "helped",
               "British military intervention", "AID", "GBR", "MIL")
    assert _doubted(d, "outcome")


def test_helping_a_party_is_aid(nlp):
    d = judged(nlp, "The army helped the flood victims in the north.", "helped", "The army", "AID", "IND", "MIL")
    assert "relevance:outcome" not in d.reason


def _reported_demand(nlp, text, actor, recipient):
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    e = event_over(doc, "said", actor, "REQUEST", "USA", "COP")
    r = text.index(recipient)
    e = replace(e, reason="rule:reported_demand+demand:should",
                recipient=[Participant(r, r + len(recipient), recipient, None, None)])
    return relevance.judge(e, ctx)


def test_should_know_is_no_demand(nlp):
    d = _reported_demand(nlp, "\"Recipients of these e-mails should know that the FBI does not send them,\" the FBI "
                         "said in a statement.", "the FBI", "Recipients of these e-mails")
    assert _doubted(d, "not_a_demand")


def test_should_withdraw_is_a_demand(nlp):
    d = _reported_demand(nlp, "\"The rebels should withdraw from the town,\" the FBI said in a statement.", "the FBI",
                         "The rebels")
    assert "relevance:not_a_demand" not in d.reason
