"""Initialisms written with full stops in text in capitals ("U.S.", "U.N.") keep their form in the case-restored
copy, and the pronoun "US" of a report in capitals is no United States (nlp/truecase, actors/match)."""

from __future__ import annotations

from dateline.model import Article
from dateline.nlp.truecase import restore_case


def test_initialism_keeps_its_capitals_and_ends_no_sentence():
    # had been "the u.S. Senate" (the vowel letter lowered, the consonant kept as an acronym) and "U.S. Troops"
    copy = restore_case("THE U.S. SENATE APPROVED THE AID. U.S. TROOPS AND U.N. OFFICIALS ARRIVED IN SAN SALVADOR.")
    assert copy.startswith("The U.S. senate approved the aid.")
    assert "U.S. troops and U.N. officials arrived" in copy


def test_single_initials_of_a_name_are_not_an_initialism():
    copy = restore_case("THE DECLARATION WAS SIGNED BY J. SMITH AND THE MINISTER OF DEFENSE YESTERDAY.")
    assert "by J. Smith and the minister" in copy  # a lone initial is left to the old rules


def test_government_named_with_an_initialism_in_capitals_is_that_country(pipeline):
    text = ("THE CABLE ADDS THAT CHILE HAS COOPERATED IN SEVERAL PUBLIC WELFARE PROJECTS SPONSORED BY THE U.S. "
            "GOVERNMENT IN SANTIAGO LAST YEAR.")
    result = pipeline.process(Article(id="caps-us", text=text, date="1989-06-01"))
    (gov,) = [m for m in result.mentions if "GOVERNMENT" in m.text]
    assert gov.actor.country == "USA"  # had been CHL, the article's focus country


def test_pronoun_us_in_capitals_is_no_country(pipeline):
    text = ("THE GUERRILLAS SAID THE ARMY TRIED TO FORCE US TO RETREAT FROM THE AREA NEAR THE CAPITAL CITY.\n"
            "THE US EMBASSY IN SAN SALVADOR CONDEMNED THE ATTACK ON THE MILITARY BASE YESTERDAY.")
    result = pipeline.process(Article(id="caps-us-pron", text=text, date="1989-11-20"))
    us = [m for m in result.mentions if m.text.startswith("US")]
    assert [m.text for m in us] == ["US EMBASSY IN SAN SALVADOR"]  # not the "US" forced to retreat
    assert us[0].actor.country == "USA"


def test_us_in_mixed_case_is_still_the_country(pipeline):
    result = pipeline.process(Article(id="mixed-us", text="The US has sanctioned Iran over its missile tests."))
    assert any(m.text == "US" and m.actor.country == "USA" for m in result.mentions)
