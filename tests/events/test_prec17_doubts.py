"""Session 17's doubts of the relevance layer (helper PREC), each on a real parse and judged with ``relevance.judge``
on an event built over the sentence the way extract would code it: a party meeting its own people typed CONSULT
(relevance:own_side_meeting), a promise of force typed AGREE (relevance:vow_of_force), an infinitive controlled by a
purpose infinitive (relevance:purpose) and drugs sent typed AID (relevance:contraband)."""

from __future__ import annotations

from judged_events import doubted as _doubted, judged


def _judge(nlp, text, trigger, actor, type_):
    return judged(nlp, text, trigger, actor, type_, "USA", "GOV")


def test_a_leader_meeting_his_own_aides_is_no_consultation(nlp):
    d = _judge(nlp, "Clinton met with his top aides on Wednesday to assess the situation.", "met", "Clinton", "CONSULT")
    assert _doubted(d, "own_side_meeting")


def test_a_party_meeting_its_own_members_is_no_consultation(nlp):
    d = _judge(nlp, "The ruling party held a meeting with its own lawmakers on Tuesday.", "meeting", "The ruling party",
               "CONSULT")
    assert _doubted(d, "own_side_meeting")


def test_a_leader_meeting_his_counterpart_is_a_consultation(nlp):
    d = _judge(nlp, "Clinton met with his Chinese counterpart on Wednesday.", "met", "Clinton", "CONSULT")
    assert "relevance:own_side_meeting" not in d.reason


def test_a_leader_meeting_another_partys_aides_is_a_consultation(nlp):
    d = _judge(nlp, "Clinton met with aides of the Russian president on Wednesday.", "met", "Clinton", "CONSULT")
    assert "relevance:own_side_meeting" not in d.reason


def test_a_promise_to_rule_with_an_iron_fist_is_no_agreement(nlp):
    d = _judge(nlp, "Despite Perez's promise to deal with drug trafficking with an iron fist, the gangs continue to "
               "thrive.", "promise", "Perez", "AGREE")
    assert _doubted(d, "vow_of_force")


def test_a_vow_to_crush_the_rebels_is_no_agreement(nlp):
    d = _judge(nlp, "The president vowed to crush the rebels in the north.", "vowed", "The president", "AGREE")
    assert _doubted(d, "vow_of_force")


def test_a_promise_to_withdraw_is_an_agreement(nlp):
    d = _judge(nlp, "The president promised to withdraw the troops from the north.", "promised", "The president", "AGREE")
    assert "relevance:vow_of_force" not in d.reason


def test_parties_agreeing_to_fight_crime_together_agree(nlp):
    d = _judge(nlp, "The two governments agreed to fight drug trafficking together.", "agreed", "The two governments",
               "AGREE")
    assert "relevance:vow_of_force" not in d.reason


def test_an_infinitive_controlled_by_a_purpose_infinitive_is_an_aim(nlp):
    d = _judge(nlp, "The rebels withdrew from the city in order to continue to strike the army in other places.",
               "strike", "The rebels", "ASSAULT")
    assert _doubted(d, "purpose")


def test_an_infinitive_controlled_by_the_main_verb_is_no_aim(nlp):
    d = _judge(nlp, "The rebels continued to strike the army in other places.", "strike", "The rebels", "ASSAULT")
    assert "relevance:purpose" not in d.reason


def test_drugs_sent_are_trafficked_not_given_as_aid(nlp):
    d = judged(nlp, "The Red Command sends a ton of Colombian cocaine each month into Brazil.", "sends",
               "The Red Command", "AID", "BRA", "CRM")
    assert _doubted(d, "contraband")


def test_anti_drug_aid_sent_is_aid(nlp):
    d = _judge(nlp, "Washington sent $10 million in anti-drug aid to Honduras.", "sent", "Washington", "AID")
    assert "relevance:contraband" not in d.reason
