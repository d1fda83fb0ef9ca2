"""Relevance doubts of session 26 (helper SENSE): trigger senses that name no PLOVER event - what a work of culture says
or is about, an act done in mock, a fight against a disease, a fight against a bid, a case or a ruling, shares "under
attack", a warning whose "object" is the subject of the clause warned of, a proposal named as a standing plan, a market
blamed, a free public service promised to one's own people, a fact of nature denied, a count of cases registered - on
sentences written for the test, through the whole pipeline. The doubts of mockery and of a market blamed are PREC's of
the same session (relevance:mocked, relevance:blamed_circumstance), which SENSE's own rows duplicated.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it below 0.5 with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The publisher withdrew a novel about the massacre of villagers by soldiers.", "massacre"),
    ("The rapper's song attacks the president for the war.", "attacks"),
])
def test_what_a_work_of_culture_says_or_is_about_is_no_act(code, text, trigger):
    _halved(code, text, trigger, "relevance:culture_work")


def test_an_artist_who_criticises_is_no_work(code):
    _not_doubted(code, "The singer criticised the government's failure to help the flood victims.", "criticised",
                 "relevance:culture_work")


def test_an_act_done_in_mock_is_no_act_of_its_kind(code):
    _halved(code, "The opposition leader mockingly praised the finance minister for his budget.", "praised",
            "relevance:mocked")


def test_a_sincere_praise_stays_support(code):
    _not_doubted(code, "The opposition leader warmly praised the finance minister for his budget.", "praised",
                 "relevance:mocked")


def test_a_battle_with_an_illness_is_a_figure(code):
    _halved(code, "The former senator lost her long battle with cancer on Monday, her family said.", "battle",
            "relevance:natural_target")


@pytest.mark.parametrize("text, trigger", [
    ("The chancellor fought off a challenge from the left of the party.", "fought"),
    ("The former minister is fighting extradition to the United States.", "fighting"),
    ("Shares in the bank came under attack from short sellers on Friday.", "attack"),
])
def test_a_bid_a_case_or_shares_fought_or_attacked_is_a_figure(code, text, trigger):
    _halved(code, text, trigger, "relevance:figurative")


def test_fighting_rebels_stays_force(code):
    text = "The army fought the rebels for three days."
    _not_doubted(code, text, "fought", "relevance:figurative")
    _not_doubted(code, text, "fought", "relevance:natural_target")


def test_a_warning_whose_object_is_the_clauses_subject_warns_no_one(code):
    text = "The minister warned cyber crime in the country was growing rapidly, with losses of $3 billion last year."
    _halved(code, text, "warned", "relevance:no_target")


def test_a_party_warned_of_its_own_fate_stays_warned(code):
    text = "The minister warned the rebels they would face a military offensive if they did not lay down arms."
    _not_doubted(code, text, "warned", "relevance:no_target")


def test_a_proposal_named_with_nothing_proposed_is_a_standing_plan(code):
    text = 'The union leader said: "There are many traps and lots of details hidden within the Government\'s proposals.'
    _halved(code, text, "proposals", "relevance:bare_order")


def test_a_proposal_with_its_content_stays(code):
    text = "The main sticking point has been Iraq's proposal to open its presidential sites for sixty days."
    _not_doubted(code, text, "proposal", "relevance:bare_order")


@pytest.mark.parametrize("text", [
    'The finance ministry blamed "continuing uncertainties such as high oil prices and weak domestic demand".',
    "The ministry blamed a weaker dollar for the fall in exports.",
])
def test_a_market_blamed_accuses_no_party(code, text):
    _halved(code, text, "blamed", "relevance:blamed_circumstance")


def test_a_party_blamed_stays_an_accusation(code):
    _not_doubted(code, "The interior ministry blamed rebel groups for the bombing of the market.", "blamed",
                 "relevance:blamed_circumstance")


def test_a_free_public_service_for_ones_own_people_is_no_agreement(code):
    _halved(code, "The Labour party pledged free swimming lessons for all pupils.", "pledged",
            "relevance:public_service")


def test_training_given_to_another_countrys_troops_stays_aid(code):
    _not_doubted(code, "The United States provided free military training to Afghan troops last year.", "provided",
                 "relevance:public_service")


def test_a_fact_of_nature_denied_rejects_no_party(code):
    _halved(code, "Government advisers have repeatedly denied global warming is taking place.", "denied",
            "relevance:hazard_denial")


def test_a_charge_denied_stays_a_rejection(code):
    _not_doubted(code, "A Labour spokesman denied the campaign was racist.", "denied", "relevance:hazard_denial")


def test_a_count_of_cases_registered_is_a_statistic(code):
    _halved(code, "Last year the state police registered 12,400 cyber crime cases.", "registered",
            "relevance:case_tally")


def test_a_case_registered_against_a_party_stays(code):
    _not_doubted(code, "The state police registered a case against the MLA for rioting.", "registered",
                 "relevance:case_tally")
