"""Session 16's doubts of the relevance layer (helper PREC), each on a real parse and judged with
``relevance.judge`` on an event built over the sentence the way extract would code it: a forecast
("is tipped to ask", "predict ... will"), a modal one verb up ("will be forced to give in"), a scheduled passive
("are to be questioned"), a refused statement ("declined to give out details"), "accused" naming a
person, and the object of a gerund subject ("brokering a ceasefire ... is very different")."""

from __future__ import annotations

from judged_events import doubted as _doubted, judged


def _judge(nlp, text, trigger, actor, type_):
    return judged(nlp, text, trigger, actor, type_, "GBR", "GOV")


def test_an_act_someone_is_tipped_to_do_is_a_forecast(nlp):
    d = _judge(nlp, "Tony Blair is tipped to ask the Queen on Monday to dissolve Parliament.", "ask", "Tony Blair", "REQUEST")
    assert _doubted(d, "predicted")


def test_an_act_analysts_predict_will_happen_is_a_forecast(nlp):
    d = _judge(nlp, "Some analysts predict the administration ultimately will be forced to give in.", "give in",
               "the administration", "CONCEDE")
    assert _doubted(d, "predicted")


def test_an_act_done_is_no_forecast(nlp):
    d = _judge(nlp, "Tony Blair asked the Queen on Monday to dissolve Parliament.", "asked", "Tony Blair", "REQUEST")
    assert "relevance:predicted" not in d.reason


def test_a_modal_on_the_governing_verb_makes_the_act_unreal(nlp):
    d = _judge(nlp, "The government will be forced to release the prisoners.", "release", "The government", "RETREAT")
    assert _doubted(d, "unreal")


def test_a_governing_verb_without_a_modal_leaves_the_act(nlp):
    d = _judge(nlp, "The government was forced to release the prisoners.", "release", "The government", "RETREAT")
    assert "relevance:unreal" not in d.reason


def test_a_stated_intent_keeps_its_modal(nlp):
    d = _judge(nlp, "The government will be forced to release the prisoners.", "release", "The government", "AGREE")
    assert "relevance:unreal" not in d.reason


def test_a_scheduled_passive_is_still_to_come(nlp):
    d = _judge(nlp, "Senior officials at the two bodies are to be questioned by MPs.", "questioned", "MPs", "ACCUSE")
    assert _doubted(d, "planned")


def test_a_party_that_is_to_act_announces_its_act(nlp):
    d = _judge(nlp, "The United States is to send extra troops to Haiti.", "send", "The United States", "AID")
    assert "relevance:planned" not in d.reason


def test_declining_to_give_out_details_is_a_refused_statement(nlp):
    d = _judge(nlp, "The inspector general of police declined to give out details of the investigations.", "declined",
               "The inspector general of police", "REJECT")
    assert _doubted(d, "refused_statement")


def test_declining_to_withdraw_troops_is_a_rejection(nlp):
    d = _judge(nlp, "The army declined to withdraw its troops from the border.", "declined", "The army", "REJECT")
    assert "relevance:refused_statement" not in d.reason


def test_accused_naming_a_person_is_no_accusation(nlp):
    d = _judge(nlp, "In the shootout, two Lyari gang war accused were killed.", "accused", "Lyari", "ACCUSE")
    assert _doubted(d, "accused_person")


def test_a_person_accused_of_a_crime_is_an_accusation(nlp):
    d = _judge(nlp, "Police arrested a Colombian accused of running a criminal network.", "accused", "Police", "ACCUSE")
    assert "relevance:accused_person" not in d.reason


def test_the_object_of_a_gerund_subject_is_a_generic_act(nlp):
    d = _judge(nlp, "Brokering a ceasefire between two gangs at war is very different from ending extortion.",
               "ceasefire", "two gangs", "CONCEDE")
    assert _doubted(d, "generic_act")


def test_a_ceasefire_brokered_is_no_generic_act(nlp):
    d = _judge(nlp, "The Church brokered a ceasefire between two gangs at war.", "ceasefire", "The Church", "CONCEDE")
    assert "relevance:generic_act" not in d.reason


def test_an_act_one_is_unable_to_do_is_not_done(nlp):
    d = _judge(nlp, "Kosiec revealed police have been unable to question him.", "question", "police", "ACCUSE")
    assert _doubted(d, "unreal")


def test_an_act_one_was_able_to_do_is_done(nlp):
    d = _judge(nlp, "Kosiec revealed police have been able to question him.", "question", "police", "ACCUSE")
    assert "relevance:unreal" not in d.reason

