"""Relevance doubts of session 23 (helpers PREC and PREC2), each on sentences written for the test, through the whole
pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The state's new privacy act bans the sale of personal data by brokers.", "bans"),
    ("The Privacy Act requires companies and websites to disclose their data practices.", "requires"),
])
def test_a_statute_read_as_the_doer_states_a_rule(code, text, trigger):
    _halved(code, text, trigger, "relevance:statute_doer")


def test_a_legislature_that_bans_is_a_party(code):
    text = "The state legislature banned the sale of personal data by brokers."
    assert "relevance:statute_doer" not in _event(code(text), "banned").reason


def test_a_person_named_bill_is_no_statute(code):
    text = "Bill condemned the army for the killings."
    assert "relevance:statute_doer" not in _event(code(text), "condemned").reason


def test_a_doerless_shooting_in_an_article_of_a_negligence_charge_is_a_mishap(code):
    text = ("The father of the boy has been charged with neglect of a dependent resulting in death. "
            "Police say a 3-year-old boy died on Friday after being shot in the head.")
    _halved(code, text, "shot", "relevance:mishap")


def test_a_doerless_shooting_with_no_negligence_charge_stays(code):
    text = ("A man has been charged with murder. "
            "Police say a 3-year-old boy died on Friday after being shot in the head.")
    after = _event(code(text), "shot")
    assert "relevance:mishap" not in after.reason


def test_neglect_with_no_charge_makes_no_accident(code):
    text = ("The region has suffered years of neglect. "
            "Police say a 3-year-old boy died on Friday after being shot in the head.")
    assert "relevance:mishap" not in _event(code(text), "shot").reason


def test_what_a_sentence_imposes_is_not_done(code):
    text = "The former aide was sentenced by the judge to 70 months in prison and to pay restitution to the tax office."
    _halved(code, text, "pay", "relevance:permitted_or_ordered")
    assert "relevance:permitted_or_ordered" not in _event(code(text), "sentenced").reason


def test_a_payment_made_is_done(code):
    text = "The former aide paid restitution to the tax office."
    assert "relevance:permitted_or_ordered" not in _event(code(text), "paid").reason


def test_a_question_reaches_an_act_in_the_of_phrase_of_its_object(code):
    text = "It remains to be seen whether the murders will unleash a cycle of revenge killings between gangs and police."
    _halved(code, text, "killings", "relevance:question")


def test_an_of_phrase_in_a_reported_clause_is_no_question(code):
    text = "The police said the murders had unleashed a cycle of revenge killings between gangs and police."
    assert "relevance:question" not in _event(code(text), "killings").reason


def test_a_kind_of_act_said_to_have_something_is_generic(code):
    _halved(code, "Mediated truces between rival gangs have a poor record in the region.", "truces",
            "relevance:generic_act")


@pytest.mark.parametrize("text, trigger", [
    ("Killings by state security forces are on the rise in Brazil.", "Killings"),
    ("The truces between the rival gangs have held since March.", "truces"),
])
def test_acts_that_happen_are_no_kind(code, text, trigger):
    assert "relevance:generic_act" not in _event(code(text), trigger).reason


def test_a_party_reproached_with_negligence_makes_no_accident(code):
    text = ("Clerics charged the state government with criminal negligence in controlling the violence. "
            "Police say a 3-year-old boy died on Friday after being shot in the head.")
    assert "relevance:mishap" not in _event(code(text), "shot").reason


# Second wave (helper PREC2)
@pytest.mark.parametrize("text, trigger", [
    ("The three governments will set up a joint fund paid for with money seized from drug gangs.", "seized"),
    ("The new fund will be financed mostly with cash and property confiscated from smugglers.", "confiscated"),
    ("The bill would have allowed the mainland to extradite people who had been accused of crimes.", "accused"),
])
def test_a_doerless_participle_on_a_bare_noun_names_a_kind(code, text, trigger):
    _halved(code, text, trigger, "relevance:generic_act")


@pytest.mark.parametrize("text, trigger", [
    ("The two men arrested in the raid were questioned by detectives.", "arrested"),
    ("The cocaine seized by the navy on Tuesday was burned.", "seized"),
    ("Foreign suspects detained in Britain are being held at two prisons near London.", "detained"),
    ("Letters seized from the hideout of the rebel commander show that the group sold uranium.", "seized"),
])
def test_particular_things_keep_the_act(code, text, trigger):
    assert "relevance:generic_act" not in _event(code(text), trigger).reason
