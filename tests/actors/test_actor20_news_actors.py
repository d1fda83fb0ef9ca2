"""Actor coding on news (session 20, helper ACTOR): courtesy titles left out of a person's name, a second
"he" of a sentence continuing the first, a club's manager, a title described with its country elsewhere in
the article, a former company officer, inmates."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _mentions(nlp, text, date="2005-01-20"):
    return resolve(nlp(text), date).mentions


def _at(mentions, text, nth=0):
    return [m for m in mentions if m.text == text][nth]


def test_rank_and_possessive_left_out_of_a_known_name(nlp):
    # BBC politics (design sample U): the model's PERSON entity is "Gen Pervez Musharraf's"
    ms = _mentions(nlp, "Gen Pervez Musharraf's visit to London was planned for weeks.")
    m = next(m for m in ms if "Musharraf" in m.text)
    assert m.actor.person == "Pervez Musharraf" and m.actor.country == "PAK"


def test_titled_surname_linked_to_the_full_name(nlp):
    ms = _mentions(nlp, "Pakistan's President Pervez Musharraf arrived in London. Tony Blair held talks with "
                        "Gen Musharraf on Monday.")
    m = next(m for m in ms if m.text.endswith("Musharraf") and m.start > 40)
    assert m.actor.person == "Pervez Musharraf" and m.actor.country == "PAK"


def test_second_he_of_a_sentence_continues_the_first(nlp):
    # BBC politics (design sample U): "He arrived in Britain ... where he met President George W Bush."
    ms = _mentions(nlp, "Gen Musharraf held talks with Tony Blair on Monday. He arrived in Britain on Sunday "
                        "night after flying from the United States, where he met President George W Bush.")
    first, second = _at(ms, "He"), _at(ms, "he")
    assert first.actor.person == second.actor.person


def test_a_person_named_between_breaks_the_chain(nlp):
    ms = _mentions(nlp, "Tony Blair spoke first. He said that President George W Bush would call him later.")
    assert _at(ms, "him").actor.person == "George W. Bush"


def test_club_manager_is_no_city_manager(nlp):
    # BBC sport (design sample U): "Keegan has decided to step down as City manager"
    ms = _mentions(nlp, "Kevin Keegan has decided to step down as City manager when his contract comes to an end.")
    assert not any(m.actor.sector == "GOV" for m in ms)


def test_city_manager_of_a_town_stays(nlp):
    ms = _mentions(nlp, "The city manager said the budget was balanced.")
    assert _at(ms, "city manager").actor.sector == "GOV"


def test_title_described_with_its_country(nlp):
    # BBC politics (design sample I): Tutu is the "South African archbishop", not a British one
    ms = _mentions(nlp, "Archbishop Desmond Tutu has called for the release of terror suspects detained in the "
                        "UK. The South African archbishop said detention without trial was wrong. Britain's "
                        "government disagreed, and British ministers said so.")
    assert _at(ms, "Archbishop Desmond Tutu").actor.country == "ZAF"


def test_two_holders_of_the_title_take_no_description(nlp):
    ms = _mentions(nlp, "Archbishop Desmond Tutu and Archbishop Rowan Williams met. The South African archbishop "
                        "spoke first.")
    assert _at(ms, "Archbishop Rowan Williams").actor.country != "ZAF"


def test_former_company_officer_is_no_political_elite(nlp):
    # BBC business (design sample D): "former Worldcom chief financial officer Scott Sullivan"
    ms = _mentions(nlp, "The jury heard from former Worldcom chief financial officer Scott Sullivan on Monday.")
    m = next(m for m in ms if "Sullivan" in m.text)
    assert m.actor.sector not in ("ELI", "GOV")


def test_former_state_official_stays_elite(nlp):
    ms = _mentions(nlp, "Former Russian official Ivan Petrov said the deal was dead.")
    assert next(m for m in ms if "Petrov" in m.text).actor.sector == "ELI"


def test_inmates_are_prisoners(nlp):
    ms = _mentions(nlp, "The remaining inmates were moved to another prison on Tuesday.")
    assert _at(ms, "inmates").actor.sector == "CRM"
