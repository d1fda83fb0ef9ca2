"""Actor coding on news (session 21, helper ACTOR): names cut by a line wrap in hard-wrapped copy, acronyms
introduced in parentheses, two country names in a title-case headline, a firm's spokesman and a firm's
military product, "Anglo American"."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model

# hard-wrapped wire copy: lines cut at about 50 characters, inside sentences
WRAPPED = ("REBEL RADIO REPORTS THAT FARABUNDO MARTI NATIONAL LIBERATION\n"
           "FRONT (FMLN) UNITS CAUSED 10 CASUALTIES ON THE ARMY\n"
           "ON MONDAY. THE SALVADORAN\n"
           "PRESIDENT ALFREDO CRISTIANI SAID THE GOVERNMENT OF\n"
           "EL SALVADOR WOULD ASK THE UNITED\n"
           "STATES FOR MORE HELP.")


def _mentions(nlp, text, date="1989-10-20"):
    return resolve(nlp(text), date).mentions


def _over(mentions, word):
    return [m for m in mentions if word in m.text]


def test_a_name_cut_by_a_line_wrap_is_found(nlp):
    ms = _mentions(nlp, WRAPPED)
    front = _over(ms, "LIBERATION")
    assert front and front[0].actor.country == "SLV" and front[0].actor.sector == "REB"
    us = [m for m in ms if m.text.replace("\n", " ") == "UNITED STATES"]
    assert us and us[0].actor.country == "USA"


def test_title_and_name_join_across_a_line_wrap(nlp):
    ms = _mentions(nlp, WRAPPED)
    president = [m for m in ms if "CRISTIANI" in m.text]
    assert president and "SALVADORAN" in president[0].text and president[0].actor.country == "SLV"


def test_one_sentence_a_line_is_not_wrapped_copy(nlp):
    # a line per sentence: the break after "Army" ends a sentence, nothing runs on across it
    ms = _mentions(nlp, "The talks ended in the United\nStates said nothing.\nThe army left.\nThe police came.\n"
                        "The rebels fled.")
    assert not [m for m in ms if m.text.replace("\n", " ") == "United States"]


def test_acronym_in_parentheses_names_the_same_actor(nlp):
    ms = _mentions(nlp, "The Village Guard Movement of Ruritania (VGMR) is an armed group based in Peru. "
                        "On Monday the Shining Path (SPX) said it had killed two soldiers. Later SPX fighters "
                        "ambushed a police patrol.")
    later = [m for m in ms if m.text.startswith("SPX") and m.start > 120]
    assert later and later[0].actor.country == "PER" and "coref" in later[0].flags


def test_unknown_acronym_stays_unknown(nlp):
    ms = _mentions(nlp, "The talks were held in Lima. Later the XQZ said it would attend.")
    xqz = _over(ms, "XQZ")
    assert not xqz or xqz[0].actor.country is None


def test_two_countries_in_a_title_case_headline_are_two_mentions(nlp):
    ms = _mentions(nlp, "US Blacklists Colombia Money Laundering Network")
    assert [m.actor.country for m in ms if m.actor.country] == ["USA", "COL"]


def test_a_firms_spokesman_is_no_official(nlp):
    ms = _mentions(nlp, "The German government said the plane would fly. Airbus spokesman Jaime Perez said "
                        "the test went well.")
    spokesman = _over(ms, "Jaime Perez")[0]
    assert spokesman.actor.sector in (None, "BUS")  # (session 30: Airbus is a listed firm, firms.tsv)


def test_a_firms_military_product_is_no_military(nlp):
    ms = _mentions(nlp, "Germany ordered planes. The Airbus A400M military transporter flew on Friday.")
    assert not [m for m in ms if m.text.startswith("Airbus") and m.actor.sector == "MIL"]


def test_anglo_american_is_no_american_party(nlp):
    ms = _mentions(nlp, "About 1,000 employees of Anglo American Corp's gold mine stopped work in South Africa.")
    assert not [m for m in ms if m.actor.country == "USA"]


def test_indian_border_force_is_indian(nlp):
    ms = _mentions(nlp, "Two Pakistani militants attacked a Border Security Force (BSF) convoy near Poonch. "
                        "The BSF personnel returned fire.")
    assert all(m.actor.country == "IND" for m in _over(ms, "BSF") + _over(ms, "Border Security Force"))


def test_the_parliament_after_the_european_parliament_is_that_body(nlp):
    ms = _mentions(nlp, "The European Parliament voted on Monday. The US said it was worried. The Parliament then "
                        "asked the European Commission to act, and the Commission agreed.")
    later = [m for m in ms if m.text in ("Parliament", "Commission")]
    assert later and all(m.actor.country == "EUR" for m in later)


def test_a_story_led_by_eu_bodies_gives_bare_ministers_no_state(nlp):
    ms = _mentions(nlp, "The European Commission proposed new rules. The US firm Amazon said the US would object. "
                        "The European Parliament backed the plan, but the European Council delayed it. EU ministers "
                        "met in Brussels. The European Commission said ministers had agreed to talk.", date="2005-03-01")
    ministers = [m for m in ms if m.text == "ministers"]
    assert ministers and all(m.actor.country != "USA" for m in ministers)


def test_common_phrases_of_the_generated_groups_are_no_armed_groups(nlp):
    ms = _mentions(nlp, "Youth unemployment rose in Chile. RADIO VENCEREMOS REPORTED THAT THE ARMY ATTACKED.")
    assert not [m for m in ms if m.actor.sector == "REB" or m.actor.country in ("FRA", "VEN")]
