"""Actor coding on news (session 26, helper ACTOR): a known body's name inside a longer name the knowledge base does not
know is not that body ("the Karen National Liberation Army" is not Colombia's ELN), and a name after a noun of a
settlement is that place, no titled person ("State capital Raipur").  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, start", [
    ("The Karen National Liberation Army attacked an army post in Myanmar on Monday.", "Karen National Liberation"),
    ("Fighters of the Karen National Liberation Army seized a camp in Myanmar.", "Karen National Liberation"),
])
def test_a_longer_unknown_name_does_not_take_a_known_groups_country(nlp, text, start):
    army = _one(_mentions(nlp, text), start)
    assert army.actor.country != "COL"
    assert army.actor.sector == "REB"


@pytest.mark.parametrize("text, start", [
    ("Rebels of the Marxist National Liberation Army bombed a pipeline on Monday.", "Marxist National"),  # describes it
    ("Colombia's National Liberation Army said it would talk.", "Colombia's National"),  # a country before it
    ("Suspected National Liberation Army rebels bombed a pipeline.", "Suspected National"),  # an English first word
])
def test_the_known_group_keeps_its_code_after_a_describing_word(nlp, text, start):
    assert _one(_mentions(nlp, text), start).actor.country == "COL"


@pytest.mark.parametrize("text, name", [
    ("State capital Raipur saw protests on Monday after the arrest.", "Raipur"),
    ("Police in the border town Chaman said two men were held.", "Chaman"),
])
def test_a_name_after_a_noun_of_a_settlement_is_a_place_not_an_actor(nlp, text, name):
    assert not [m for m in _mentions(nlp, text) if name in m.text]


def test_a_title_before_a_name_still_makes_a_titled_person(nlp):
    # guard: "City Manager" is a title ("manager"), not a settlement
    official = _one(_mentions(nlp, "City Manager John Smith said the budget was cut."), "City Manager")
    assert official.actor.person == "John Smith"


def test_the_venue_of_a_summit_is_not_the_country_the_story_is_about(nlp):
    text = ("The summit of eight presidents ended today in Punta del Este, Uruguay. After the Uruguay Declaration was "
            "signed, a Uruguayan reporter asked about the killings. The Colombian president answered that Colombia is a "
            "democracy. The soldiers obey the courts, he said.")
    soldiers = _one(_mentions(nlp, text), "soldiers")
    assert soldiers.actor.country == "COL"


def test_a_minister_in_a_capital_for_a_summit_is_not_the_hosts(nlp):
    text = "The foreign minister, in Montevideo for the Mercosur summit, said the bloc would act."
    assert _one(_mentions(nlp, text), "foreign minister").actor.country != "URY"


def test_police_in_a_city_are_that_citys(nlp):
    # guard: no meeting there, the place says whose police they are
    text = "Police in Montevideo, Uruguay, arrested two men on Monday. The police said the men were armed."
    assert _one(_mentions(nlp, text), "Police").actor.country == "URY"
