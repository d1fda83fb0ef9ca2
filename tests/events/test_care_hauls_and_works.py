"""Session 42 (lead): who drives a victim to hospital did not hurt him (word class care_verbs, read by
roles.shared_passive_agent and agentless._doer_elsewhere); knowing of an event is no part in it (support_verbs.tsv,
information nouns); a year's haul weighed in tons is a statistic (generic_acts.weighed_over_period); what a film is
said to be is its content (figurative_force.work_of_culture); duties abdicated, habits quit, resignations accepted
and information fed are no events (not_triggers.tsv).  Real spaCy model, the actors stage's mentions and the
shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, halved_by_layer, not_doubted, parties


def test_who_drove_the_victim_to_hospital_is_no_shooter(code):
    at = _at(code("A man was shot in the leg and driven by a relative to a hospital, police said."), "shot")
    assert [(e.type, *parties(e)) for e in at] == [("ASSAULT", [], ["A man"])]


def test_a_coordinated_passive_still_shares_a_doer(code):
    at = _at(code("The opposition leader was detained and later released by police."), "detained")
    assert [parties(e)[0] for e in at] == [["police"]]


def test_who_rushed_the_victim_away_did_not_stab_him(code):
    at = _at(code("Police rushed him to hospital after he was stabbed in a bar."), "stabbed")
    assert at and all(not e.actor for e in at)


def test_knowing_of_an_attack_is_no_part_in_it(code):
    events = code("Smith may have had foreknowledge of the terrorist attacks in New York.")
    assert all(not any("Smith" in a for a in parties(e)[0]) for e in _at(events, "attacks"))


def test_a_measure_of_attacks_is_still_done_by_its_doer(code):
    at = _at(code("Israel carried out a series of air strikes on Gaza."), "air strikes")
    assert [parties(e)[0] for e in at] == [["Israel"]]


@pytest.mark.parametrize("text", [
    "Cuba seized more than 9 tons of drugs in 2011, marking a 300 percent increase compared to 2010.",
    "Customs officers confiscated 40 tonnes of cocaine over the last five years.",
])
def test_a_years_haul_is_a_statistic(code_in_pipeline, text):
    trigger = "seized" if "seized" in text else "confiscated"
    halved_by_layer(code_in_pipeline, text, trigger, "relevance:statistic")


def test_a_haul_on_one_day_is_a_seizure(code_in_pipeline):
    not_doubted(code_in_pipeline, "Police seized 2 tons of cocaine on Tuesday.", "seized", "relevance:statistic")


def test_what_a_film_is_said_to_be_is_its_content(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The producer denies that his film is an attack on the governor.", "attack",
                    "relevance:culture_work")


def test_an_attack_named_as_such_stays(code_in_pipeline):
    not_doubted(code_in_pipeline, "This was the third attack on officials of the party this year.", "attack",
                "relevance:culture_work")


@pytest.mark.parametrize("text, trigger", [
    ("They said the police had abdicated responsibility in the city.", "abdicated"),
    ("The senator quit smoking last year.", "quit"),
    ("The party leader has now accepted the MP's resignation.", "accepted"),
    ("Royer had been feeding information to another trader.", "feeding"),
])
def test_no_event_in_these_senses(code, text, trigger):
    assert not [e for e in _at(code(text), trigger) if e.confidence >= 0.5]


@pytest.mark.parametrize("text, trigger, type_", [
    ("The king abdicated the throne in 1936.", "abdicated", "RETREAT"),
    ("The minister quit the cabinet on Monday.", "quit", "RETREAT"),
    ("The UN fed thousands of refugees in the camp.", "fed", "AID"),
])
def test_the_political_senses_stay(code, text, trigger, type_):
    assert [e.type for e in _at(code(text), trigger)] == [type_]


@pytest.mark.parametrize("text, trigger", [
    ("Hungary blocked the European Union's aid package for Ukraine on Monday.", "package"),
    ("Russia blocked a UN resolution condemning the attack on the convoy.", "condemning"),
])
def test_what_a_blocked_proposal_would_do_is_not_done(code_in_pipeline, text, trigger):
    halved_by_layer(code_in_pipeline, text, trigger, "relevance:blocked_proposal")


def test_the_blocking_itself_is_the_event(code_in_pipeline):
    blocked = not_doubted(code_in_pipeline, "Hungary blocked the European Union's aid package for Ukraine on Monday.",
                          "blocked", "relevance:blocked_proposal")
    assert blocked.type == "REJECT" and blocked.confidence >= 0.5


def test_an_aid_package_approved_is_not_doubted(code_in_pipeline):
    not_doubted(code_in_pipeline, "The European Union approved an aid package for Ukraine on Monday.", "package",
                "relevance:blocked_proposal")


@pytest.mark.parametrize("text, trigger", [
    ("The army had been asked to remain alert in case its assistance was required in Ayodhya.", "assistance"),
    ("Troops are on standby in case of an attack by the rebels.", "attack"),
])
def test_what_a_precaution_is_taken_against_has_not_happened(code, text, trigger):
    at = _at(code(text), trigger)
    assert at and all(e.status == "hypothetical" for e in at)


@pytest.mark.parametrize("text", [
    "In case you missed it, police arrested three men on Monday.",
    "In case of an emergency, the army deployed troops to the border.",
])
def test_an_in_case_opening_the_sentence_leaves_the_main_clause(code, text):
    trigger = "arrested" if "arrested" in text else "deployed"
    assert [e.status for e in _at(code(text), trigger)] == ["factual"]


def test_deposing_as_a_witness_removes_no_ruler(code):
    assert not _at(code("Deposing as a witness before the commission, Srivastava said he had asked the state "
                        "government to act."), "Deposing")


@pytest.mark.parametrize("text, trigger, recipient", [
    ("The president was deposed in a coup.", "deposed", "The president"),
    ("President Mohamed Morsi was ousted in July 2013.", "ousted", "President Mohamed Morsi"),
])
def test_a_ruler_removed_with_no_doer_named_is_still_coerced(code, text, trigger, recipient):
    at = _at(code(text), trigger)
    assert [(e.type, *parties(e)) for e in at] == [("COERCE", [], [recipient])]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Russia and Ukraine held talks in Istanbul. The latter accused Moscow of shelling civilians.", "accused",
     "Ukraine"),
    ("Hamas and Israel agreed to a truce. The former freed three hostages.", "freed", "Hamas"),
    ("The army met the rebels on Monday. The former later attacked the rebels' camp.", "attacked", "The army"),
])
def test_the_former_and_the_latter_are_the_parties_named_before(code, text, trigger, actor):
    assert [parties(e)[0] for e in _at(code(text), trigger)] == [[actor]]


def test_a_former_office_holder_is_no_back_reference(code):
    at = _at(code("The former president accused the government of corruption."), "accused")
    assert [parties(e)[0] for e in at] == [["The former president"]]


@pytest.mark.parametrize("text, trigger, dyad", [
    ("Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Monday. "
     "The two leaders signed an agreement on energy.", "signed",
     (["Russian President Vladimir Putin"], ["Chinese President Xi Jinping"])),
    ("Ethiopia and Eritrea fought a border war in 1998. The two countries signed a peace deal in 2018.", "signed",
     (["Ethiopia"], ["Eritrea"])),
])
def test_the_two_leaders_are_the_two_parties_named_before(code, text, trigger, dyad):
    assert [parties(e) for e in _at(code(text), trigger)] == [dyad]


def test_both_sides_condemning_a_third_act_together(code):
    at = _at(code("Israel and Hamas traded fire. Both sides condemned the attack on the hospital."), "condemned")
    assert [parties(e)[0] for e in at] == [["Israel", "Hamas"]]


def test_both_sides_of_a_border_are_no_parties(code):
    assert all(not e.actor for e in code("Both sides of the border were shelled on Monday."))


def test_the_two_men_named_last_are_not_taken_up_without_a_coordination(code):
    # (the two parties named last are the prosecutor and the lawyers, not the two men accused)
    at = _at(code("Mr Abbott sued the two spammers in March. Lawyers for the spammers said the lawsuit was "
                  "groundless and the two men would fight the accusations."), "fight")
    assert all("Mr Abbott" not in parties(e)[0] for e in at)


def test_a_sum_in_aid_goes_to_the_party_on_its_verb(code):
    events = code("The United States announced $500 million in military aid for Ukraine on Tuesday.")
    assert [(e.type, e.trigger.text, *parties(e)) for e in events] == [
        ("AID", "military aid", ["The United States"], ["Ukraine"])]
    assert events[0].confidence >= 0.5


@pytest.mark.parametrize("text, recipient", [
    ("NLRB General Counsel Peter Robb has declined to resign from his position, despite President Biden's request "
     "he do so.", "President Biden's"),
    ("The minister refused to step down despite calls from the opposition.", "the opposition"),
])
def test_a_refusal_despite_a_request_answers_its_author(code, text, recipient):
    rejections = [e for e in code(text) if e.type == "REJECT"]
    assert [parties(e)[1] for e in rejections] == [[recipient]]


@pytest.mark.parametrize("text, trigger", [
    ("Thousands marched through the capital on Saturday.", "marched"),
    ("Thousands of people marched through the capital on Saturday.", "marched"),
    ("Tens of thousands rallied in Tbilisi against the foreign agents law.", "rallied"),
])
def test_a_crowd_counted_protests(code_in_pipeline, text, trigger):
    protest = not_doubted(code_in_pipeline, text, trigger, "relevance:unknown_actor")
    assert "relevance:actor_not_a_party" not in protest.reason and protest.confidence >= 0.5
