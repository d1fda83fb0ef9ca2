"""Relevance doubts of session 31 (helper PREC, samples X, T, a, c, d, g, h and C, F, M): who did not do it, and acts not done.

* an event noun coordinated after a demanded one is demanded too ("demanded the release of X *and the resignation* of
  Y": relevance:not_done, governed_acts.governed_noun_conjunct);
* the party that answers a happening is not its doer ("prosecutors *questioned* 30 people *during the riots*":
  relevance:responder_not_the_doer, wrong_doers.responder_as_doer);
* the victim or target of an attack is not its doer ("the embassy was *the target of* a rocket attack":
  relevance:harmed_not_the_doer, wrong_doers.victim_as_doer);
* "X to do Y" as the main clause announces an act still to come ("Prime Minister *to visit* Moscow":
  relevance:planned, foreseen_acts.headline_infinitive);
* acts counted over a year or more are a statistic ("made 350 arrests ... in 2019": relevance:statistic,
  generic_acts.counted_over_period).

Sentences written for the test, through the whole pipeline.  The doubted case checks that the coder alone gives the
event at confidence >= 0.5 (so that the test fails when the doubt stops working), then that the layer lowers it below
0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader demanded the release of the journalists and the resignation of the interior minister.",
     "resignation"),
    ("The minister urged the release of the hostages and the withdrawal of the troops.", "withdrawal"),
])
def test_a_noun_coordinated_with_a_demanded_one_is_demanded(code, text, trigger):
    _halved(code, text, trigger, "relevance:not_done")


@pytest.mark.parametrize("text, trigger", [
    ("The governor announced the closure of the border and the arrest of the smugglers.", "arrest"),
    ("The army released the journalists and arrested the commanders on Monday.", "arrested"),
])
def test_a_coordinated_act_reported_done_keeps_the_event(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:not_done")


@pytest.mark.parametrize("text, trigger", [
    ("Prosecutors questioned 30 people during the riots in the capital.", "riots"),
    ("Officers detained ten men during the protest outside parliament.", "protest"),
    ("Police identified a suspect in Sunday's shooting at the mall.", "shooting"),
])
def test_who_answers_a_happening_did_not_do_it(code, text, trigger):
    _halved(code, text, trigger, "relevance:responder_not_the_doer")


@pytest.mark.parametrize("text, trigger", [
    ("The rebels launched a rocket attack on the embassy on Friday.", "attack"),
    ("Police fired tear gas during the protest outside parliament.", "fired"),
])
def test_a_doer_of_its_own_act_keeps_the_event(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:responder_not_the_doer")


@pytest.mark.parametrize("text", [
    "The embassy was the target of a rocket attack on Friday.",
    "The villagers were the victims of a militia attack last month.",
])
def test_the_target_of_an_attack_is_not_its_doer(code, text):
    _halved(code, text, "attack", "relevance:harmed_not_the_doer")


def test_the_attacker_of_a_target_keeps_the_event(code):
    _not_doubted(code, "The rebels launched a rocket attack on the embassy on Friday.", "attack",
                 "relevance:harmed_not_the_doer")


@pytest.mark.parametrize("text, trigger", [
    ("Prime Minister to visit Moscow next week.", "visit"),
    ("President to sack defence minister.", "sack"),
])
def test_x_to_do_y_announces_an_act_to_come(code, text, trigger):
    _halved(code, text, trigger, "relevance:planned")


def test_a_finite_verb_reports_the_act(code):
    _not_doubted(code, "The president visited Moscow last week.", "visited", "relevance:planned")


@pytest.mark.parametrize("text, trigger", [
    ("Border guards made 350 arrests of smugglers in 2019, officials said.", "arrests"),
    ("Over the past three years, the army carried out 120 raids on rebel camps.", "raids"),
])
def test_acts_counted_over_a_year_are_a_statistic(code, text, trigger):
    _halved(code, text, trigger, "relevance:statistic")


@pytest.mark.parametrize("text, trigger", [
    ("Border guards made 35 arrests on Tuesday near the crossing.", "arrests"),
    ("Rebels carried out two attacks on army posts last night.", "attacks"),
])
def test_acts_counted_on_a_day_are_reported(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:statistic")
