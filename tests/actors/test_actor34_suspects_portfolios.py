"""Actor coding on news (session 34, helper ACTOR).

People of unknown status: "suspects" are only suspected of a crime, so the noun gives no sector (PLOVER leaves an
unknown status uncoded); they are still the story's people, and the words around them may give a sector ("Taliban
suspects", "militant suspects").  Titles with a portfolio before a name: "minister for trade and industry Sir John
Smith" is one person holding that post, and the portfolio's nouns name no party.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, start", [
    ("Police in Kenya said the suspects opened fire on a bus near Nairobi.", "suspects"),
    ("The Kenyan police arrested two suspects in Mombasa on Sunday.", "suspects"),
    ("A suspect was shot dead by Pakistani troops near Quetta.", "suspect"),
])
def test_suspects_are_the_storys_people_of_no_sector(nlp, text, start):
    suspects = _one(_mentions(nlp, text), start)
    assert suspects.actor.sector is None
    assert suspects.actor.country is not None


@pytest.mark.parametrize("text, start, sector", [
    ("Afghan police detained three Taliban suspects in Kandahar on Monday.", "Taliban suspects", "REB"),
    ("Indian police arrested three militant suspects in Srinagar.", "militant suspects", "UAF"),
])
def test_suspects_take_the_sector_their_modifier_names(nlp, text, start, sector):
    assert _one(_mentions(nlp, text), start).actor.sector == sector


@pytest.mark.parametrize("text, start, person, country", [
    ("Scotland's minister for education and learning Sir John Smith announced a new scheme for schools.",
     "Scotland's minister", "John Smith", "GBR"),
    ("The British minister for trade and industry Sir John Smith opened the new plant on Friday.",
     "British minister", "John Smith", "GBR"),
])
def test_a_title_with_its_portfolio_before_a_name_is_one_person(nlp, text, start, person, country):
    ms = _mentions(nlp, text)
    title = _one(ms, start)
    assert (title.actor.person, title.actor.country, title.actor.sector) == (person, country, "GOV")
    assert not any(m.actor.sector == "BUS" for m in ms)  # "industry" is the post's policy area, no firm


def test_a_name_after_a_request_for_something_is_no_portfolio(nlp):
    # "for help and": a determiner-less noun after "for", but the name is the subject of its own clause
    ms = _mentions(nlp, "The police asked the minister for help and John Smith agreed to come.")
    assert _one(ms, "minister").actor.person is None


@pytest.mark.parametrize("text, start", [
    ("Shadow spokesman for transport Peter Wood said the new timetable would fail commuters.", "spokesman for transport"),
    ("Shadow education secretary Jane Hill accused the government of failing poorer pupils.", "education secretary"),
])
def test_a_shadow_post_is_an_opposition_partys(nlp, text, start):
    # Westminster usage: the opposition's frontbencher for a department, no official of the government
    assert _one(_mentions(nlp, text), start).actor.sector == "PTY"


def test_a_post_without_shadow_stays_the_governments(nlp):
    assert _one(_mentions(nlp, "The education secretary said the new exams would help poorer pupils."),
                "education secretary").actor.sector == "GOV"
