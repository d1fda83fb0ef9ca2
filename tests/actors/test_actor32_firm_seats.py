"""Actor coding on business news (session 32, helper ACTOR): firms' seats and short names.  A firm followed by a place
between commas ("Zentrica Inc., San Antonio, Texas, said") is seated there - business copy gives a firm's seat in
apposition; a one-word name opening the name of a firm named before ("Korvex" after "Korvex Holdings Ltd.") is that
firm, and a post named after it ("Korvex Chairman X") the firm's.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, firm, country", [
    ("Zentrica Systems Inc., San Antonio, Texas, said it bought 2.7 million shares.", "Zentrica", "USA"),
    ("Korvex Ltd., Lagos, said the government had seized its assets.", "Korvex", "NGA"),
])
def test_a_firm_followed_by_its_seat_is_of_the_seats_country(nlp, text, firm, country):
    body = _one(_mentions(nlp, text), firm)
    assert (body.actor.country, body.actor.sector) == (country, "BUS")


def test_a_place_describing_a_firm_does_not_place_it(nlp):
    body = _one(_mentions(nlp, "Zentrica Inc., Texas's largest chipmaker, said profits fell."), "Zentrica")
    assert body.actor.country is None


@pytest.mark.parametrize("text, officer, country", [
    ("Korvex Holdings Ltd., Lagos, said it sold its stake. The sale leaves Korvex Chairman Paul Marsh with 20% of the "
     "shares.", "Korvex Chairman", "NGA"),
    ("Bravon Energy Corp. said it would cut 500 jobs. Bravon Chairman Anne Keller said the plan would save money.",
     "Bravon Chairman", None),
])
def test_a_post_under_a_firms_short_name_is_the_firms(nlp, text, officer, country):
    post = _one(_mentions(nlp, text), officer)
    assert (post.actor.country, post.actor.sector) == (country, "BUS")
