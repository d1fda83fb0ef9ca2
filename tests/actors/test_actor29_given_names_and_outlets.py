"""Actor coding on news (session 29, helper ACTOR): a capital's or country's name after a given name is a person's
surname ("Denzel Washington" is no US government), and an outlet named by a country's adjective, name or capital and
the last word of a newspaper's name ("the Indian Express", "Bangkok Post") is that country's media, not the state;
an outlet the tables do not know ("the Hindustan Times") is media of the story's country; a name the tables do not
know ending in a company's legal form ("Quantrex Inc.") is a firm (sector BUS, no country).  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("The actor Denzel Washington visited the hospital on Monday.", "Denzel Washington"),
    ("George Washington crossed the river with his troops.", "George Washington"),
    ("The film stars Michael Jordan and a cartoon rabbit.", "Michael Jordan"),
])
def test_a_state_name_after_a_given_name_is_a_surname(nlp, text, name):
    ms = _mentions(nlp, text)
    person = next((m for m in ms if m.actor.person == name), None)
    assert person is not None, [(m.text, m.actor.person) for m in ms]
    assert person.actor.sector != "GOV"
    assert not any(m.text in ("Washington", "Jordan") for m in ms)


def test_the_capital_alone_still_names_the_government(nlp):
    washington = _one(_mentions(nlp, "Washington imposed new sanctions on Iran on Monday."), "Washington")
    assert (washington.actor.country, washington.actor.sector) == ("USA", "GOV")


@pytest.mark.parametrize("text, name, country", [
    ("Police fired on the crowd, the Indian Express reported on Monday.", "Indian Express", "IND"),
    ("The Bangkok Post said the army had seized power.", "Bangkok Post", "THA"),
    ("According to the Japan Times, the cabinet resigned.", "Japan Times", "JPN"),
])
def test_a_state_name_before_a_newspaper_word_is_the_outlet(nlp, text, name, country):
    outlet = _one(_mentions(nlp, text), name)
    assert outlet.text == name
    assert (outlet.actor.country, outlet.actor.sector) == (country, "JRN")


def test_a_longer_name_after_the_newspaper_word_is_no_outlet(nlp):
    ms = _mentions(nlp, "The Indian Post Office in the town was closed on Friday.")
    assert not any(m.actor.sector == "JRN" for m in ms)


def test_an_unlisted_outlet_is_media_of_the_story(nlp):
    text = "Police fired on a crowd in Patna on Monday, the Hindustan Times reported."
    outlet = _one(_mentions(nlp, text), "Hindustan Times")
    assert (outlet.actor.country, outlet.actor.sector) == ("IND", "JRN")


@pytest.mark.parametrize("text, name", [
    ("Quantrex Inc. said it had filed a lawsuit to block the offer.", "Quantrex Inc."),
    ("Halvorsen Ltd agreed to buy the unit for $200 million.", "Halvorsen Ltd"),
])
def test_an_unknown_name_ending_in_a_legal_form_is_a_firm(nlp, text, name):
    firm = _one(_mentions(nlp, text), name)
    assert firm.actor.sector == "BUS"
    assert firm.actor.country is None  # the legal form says nothing of the firm's country


def test_a_firm_word_alone_makes_no_firm(nlp):
    ms = _mentions(nlp, "The Group said on Monday that the talks had failed.")
    assert not any(m.actor.sector == "BUS" for m in ms)


@pytest.mark.parametrize("text, name", [
    ("Fourteen bodies were found in a pit on the ranch, reported El Vocero.", "El Vocero"),
    ("The police arrested four men near the border, reports The Tribune.", "Tribune"),
])
def test_a_name_after_a_reporting_verb_ending_the_sentence_is_a_publication(nlp, text, name):
    assert _one(_mentions(nlp, text), name).actor.sector == "JRN"


def test_a_firm_reporting_its_results_is_no_publication(nlp):
    firm = _one(_mentions(nlp, "Quantrex reported a loss of $4 million in the quarter."), "Quantrex")
    assert firm.actor.sector != "JRN"
