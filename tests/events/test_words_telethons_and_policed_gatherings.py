"""Session 58, probes of unjudged news: words named as the doers of violence are a figure for offence taken ("the
minister's words *wound* the nation's dignity"), not force; a telethon or a fundraiser hosted receives no visitor;
and police acting during a demonstration - any act, not force only - are not its demonstrators ("the police did not
use firearms *during the demonstration*"); and lawyers defending a client in court give legal service, not
political support.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The opposition leader said the minister's words wound the nation's dignity.",
    "Italian opposition leaders said the remarks wound the country's dignity.",
])
def test_words_as_the_doers_of_violence_are_a_figure(code, text):
    halved_by_layer(code, text, "wound", "relevance:words_as_force")


def test_people_who_wound_are_force(code):
    not_doubted(code, "Gunmen wounded three policemen in the market on Sunday.", "wounded", "relevance:words_as_force")


@pytest.mark.parametrize("thing", ["telethon", "fundraiser"])
def test_a_telethon_or_a_fundraiser_hosted_is_no_visit(code, thing):
    halved_by_layer(code, f"The governor hosted a {thing} for the earthquake victims on Friday.", "hosted",
                    "relevance:hosted_show")


@pytest.mark.parametrize("text", [
    "The police did not use firearms during the demonstration.",
    "The police used batons during the demonstration.",
])
def test_police_acting_during_a_demonstration_do_not_demonstrate(code, text):
    event = at_trigger(code(text, layer=False), "demonstration")
    assert event is None or not any("police" in p.text.lower() for p in event.actor)


def test_demonstrators_acting_during_a_protest_remain_its_party(code):
    event = at_trigger(code("Demonstrators threw stones at police during the protest.", layer=False), "threw")
    assert event is not None and any("Demonstrators" in p.text for p in event.actor)


def test_lawyers_defending_a_client_give_no_political_support(code):
    text = ("Lawyers defending the former chief executive against fraud charges have called a whistleblower as a "
            "witness.")
    halved_by_layer(code, text, "defending", "relevance:counsel_defence")


def test_a_minister_defending_a_colleague_supports_him(code):
    not_doubted(code, "The minister defended the prime minister against the charges.", "defended",
                "relevance:counsel_defence")
