"""Actor coding on news (session 28, helper ACTOR): currencies and units the model calls persons, "President's rule",
a bare "carrier", the members of a body before a person's name in unpunctuated copy, a party many states have placed
by the words ("the Conservative leader in Canada"), the marked demonym "Nigerien" never corrected to Nigeria, and
"they" of a second reported clause, which continues that clause's plural subject, not the speaker.  Sentences written
for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


def _code(m):
    return (m.actor.country, m.actor.sector)


def test_a_currency_after_a_number_is_no_person_nor_an_antecedent(nlp):
    text = "Police seized 900,000 counterfeit Euros in Lima on Friday. He said it was a record."
    ms = _mentions(nlp, text)
    assert not any(m.text == "Euros" for m in ms)
    assert not any(m.actor.person == "Euros" for m in ms)


def test_a_unit_of_weight_is_no_person(nlp):
    text = "Officers burned 20 Tons of marijuana near the border, the ministry said."
    assert not any(m.text == "Tons" for m in _mentions(nlp, text))


@pytest.mark.parametrize("text", [
    "The opposition demanded the imposition of President's rule in the state of Bihar.",
    "The protesters urged the centre to impose president's rule in the state.",
])
def test_presidents_rule_is_a_form_of_government_not_the_president(nlp, text):
    assert not any(m.text.lower().startswith("president") for m in _mentions(nlp, text))


def test_the_president_still_acts_beside_his_rule(nlp):
    text = "The president said he would not impose President's rule in Bihar."
    president = _one(_mentions(nlp, text), "president")
    assert president.actor.sector == "GOV"


def test_a_bare_carrier_is_no_military(nlp):
    text = "StarWest said the Phoenix carrier had rejected its offer to buy the airline."
    assert not any(m.actor.sector == "MIL" for m in _mentions(nlp, text))


def test_an_aircraft_carrier_stays_military(nlp):
    text = "The American aircraft carrier sailed into the Gulf on Monday."
    assert _one(_mentions(nlp, text), "American aircraft carrier").actor.sector == "MIL"


def test_members_of_a_body_do_not_join_the_next_persons_name(nlp):
    # unpunctuated copy: "the Maoists" end one clause, "Sahu" starts the next
    text = "Before fleeing the Maoists Sahu was beaten by the attackers near the village."
    ms = _mentions(nlp, text)
    maoists = _one(ms, "Maoists")
    assert maoists.text == "Maoists" and maoists.actor.person is None


def test_a_party_many_states_have_takes_the_country_it_is_placed_in(nlp):
    text = ("The French government raised fuel taxes on Monday. The Conservative leader in Canada criticised the plan. "
            "The French president defended it in Paris.")
    assert _one(_mentions(nlp, text), "Conservative leader").actor.country == "CAN"


def test_a_party_many_states_have_still_takes_the_focus_country(nlp):
    text = ("Canada's parliament met in Ottawa on Monday. The Conservatives attacked the prime minister over taxes "
            "in Canada.")
    assert _one(_mentions(nlp, text), "Conservatives").actor.country == "CAN"


def test_nigerien_in_a_nigeria_story_stays_niger(nlp):
    text = ("Nigerien migrants were stopped in Kano. Police in Nigeria said the migrants had no papers. "
            "Nigerian officials in Abuja deported them.")
    assert _code(_one(_mentions(nlp, text), "Nigerien migrants")) == ("NER", "CVL")


def test_nigerian_in_a_niger_story_is_still_corrected(nlp):
    text = ("The junta in Niamey closed the border on Sunday. In Niger, the Nigerian military said it would guard "
            "the capital. Protesters in Niger welcomed the move, and more marched in Niamey.")
    military = _one(_mentions(nlp, text), "Nigerian military")
    assert military.actor.country == "NER"


def test_they_of_a_second_reported_clause_continues_its_plural_subject_not_the_speaker(nlp):
    text = "Mexican officials announced that the rebels had fled and that they would be pursued."
    ms = _mentions(nlp, text)
    assert not any(m.text == "they" and m.actor.sector == "GOV" for m in ms)


def test_it_of_a_second_reported_clause_with_the_speaker_as_subject_is_still_the_speaker(nlp):
    text = "The Mexican army said that it had found the camp and that it would destroy it."
    its = [m for m in _mentions(nlp, text) if m.text == "it"]
    assert its and all(_code(m) == ("MEX", "MIL") for m in its)
