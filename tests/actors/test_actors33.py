"""Actor coding on news (session 33, helper ACTOR).

Lawyers of a client the text places in a country: a lawyer acts for the client, so a named person placed in a country
gives their lawyer that country (and the lawyer noun's JUD), whether the client is "his", "X's" or "for X"; counsel of a
client nothing places stay private counsel with no country (session 27 / 32).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, start, country", [
    ("The Kenyan opposition leader Raila Odinga went to court in Nairobi. His lawyers said the vote had been rigged.",
     "lawyers", "KEN"),
    ("The Kenyan opposition leader Raila Odinga went to court in Nairobi. Odinga's lawyers said the vote was rigged.",
     "Odinga's lawyers", "KEN"),
    ("Lawyers for the Kenyan opposition leader Raila Odinga said the vote had been rigged.", "Lawyers", "KEN"),
    # the client's country, not the story's
    ("A British businessman, John Smith, was arrested in Kenya. Smith's lawyer said the police had beaten him.",
     "Smith's lawyer", "GBR"),
    ("The music producer Phil Spector went on trial in Los Angeles. Spector's lawyers accused the prosecutors of lying.",
     "Spector's lawyers", "USA"),
])
def test_a_placed_clients_lawyer_keeps_the_clients_country(nlp, text, start, country):
    counsel = _one(_mentions(nlp, text), start)
    assert (counsel.actor.country, counsel.actor.sector) == (country, "JUD")


def test_a_named_clients_lawyer_takes_the_storys_country(nlp):
    # a named person of a story about Mexico, with no country of their own: the lawyer is the story's, as the pipeline
    # gives its people (session 32 made "his lawyer" private counsel with no country)
    text = ("Mexican prosecutors charged Jorge Ramos with fraud in Mexico City on Monday. His lawyer said the charges "
            "in Mexico were false.")
    counsel = _one(_mentions(nlp, text), "lawyer")
    assert (counsel.actor.country, counsel.actor.sector) == ("MEX", "JUD")


@pytest.mark.parametrize("text, start", [
    # guards: nothing places the client, who is no named person, or a person of no known country
    ("The drug trafficker asked his lawyer to file an appeal in Honduras.", "lawyer"),
    ("An attorney representing the family said the police in Texas had shot the boy.", "attorney"),
    ("Lawyers for former Worldcom chief executive Bernard Ebbers asked the judge for a new trial.", "Lawyers"),
])
def test_counsel_of_an_unplaced_client_stay_private(nlp, text, start):
    counsel = _one(_mentions(nlp, text), start)
    assert (counsel.actor.country, counsel.actor.sector) == (None, None)


def test_a_lawyer_naming_a_country_keeps_it(nlp):
    # guard: the lawyer's own words name the country
    text = "The British businessman's lawyer told the court in Nairobi that his client was innocent."
    assert _one(_mentions(nlp, text), "British businessman's lawyer").actor.country == "GBR"


# Two titles coordinated before one name: a singular role noun with no determiner cannot stand alone as a noun phrase,
# so "businessman and philanthropist X" is one person with two titles, not a businessman and X.

@pytest.mark.parametrize("text, start, person", [
    ("Other gifts came from retired businessman and philanthropist Sir John Fairweather, who gave the party money.",
     "businessman and philanthropist", "John Fairweather"),
    ("Donations came from businessman and politician Peter Orrell, who gave the party money.",
     "businessman and politician", "Peter Orrell"),
    ("The award went to Venezuelan journalist and activist Maria Lopez.", "Venezuelan journalist and activist",
     "Maria Lopez"),
])
def test_two_titles_before_a_name_are_one_person(nlp, text, start, person):
    ms = _mentions(nlp, text)
    assert _one(ms, start).actor.name == person
    assert not [m for m in ms if m.actor.name != person and m.actor.sector in ("BUS", "JRN", "CVL", "PTY")]


def test_two_titles_before_a_body_name_no_person(nlp):
    # guard: "president and Commander in Chief of the ... Army" coordinates two titles, and the body keeps its title
    ms = _mentions(nlp, "John Lalremruata, founding president and Commander in Chief of the Mizo Liberation Army, "
                        "was arrested.")
    assert not [m for m in ms if m.text.startswith("president and Commander")]


def test_a_title_with_a_determiner_is_another_person(nlp):
    # guard: "the president" is a noun phrase of its own
    ms = _mentions(nlp, "The president and prime minister Nawaz Sharif met in Islamabad.")
    assert _one(ms, "president").actor.name != "Nawaz Sharif"


# A news outlet credited as a report's source says who reported, not where the story happens: its home country is no
# evidence of the story's country.

@pytest.mark.parametrize("text, start", [
    ("The army said it had killed ten rebels near the border, a spokesman told Reuters.", "army"),
    ("The police arrested twenty protesters on Sunday, the BBC reported.", "police"),
    ("According to Reuters, the army killed ten rebels near the border.", "army"),
])
def test_a_credited_outlet_gives_no_country_to_the_story(nlp, text, start):
    assert _one(_mentions(nlp, text), start).actor.country is None


def test_a_credited_outlet_keeps_its_own_country(nlp):
    # guard: only the story's focus ignores the credit; the outlet is still its home country's
    ms = _mentions(nlp, "The police arrested twenty protesters on Sunday, the BBC reported.")
    assert (_one(ms, "BBC").actor.country, _one(ms, "BBC").actor.sector) == ("GBR", "JRN")
