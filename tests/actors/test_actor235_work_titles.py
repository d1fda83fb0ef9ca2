"""Session 35 (helper ACTOR2): a name in apposition right after the noun of a made work ("the film Desert Lanterns",
"the documentary Iron Valley") is the work's title, no party (actors/work_titles.py).  Sentences written for the
test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, title", [
    ("The director showed the film Desert Lanterns to an audience in Cannes on Sunday.", "Desert Lanterns"),
    ("The band played its song Red Meridian before the rally.", "Red Meridian"),
    ("Critics praised the documentary Iron Valley, which follows three miners.", "Iron Valley"),
    ("The censors banned the films Desert Lanterns and Blue Hour.", "Desert Lanterns"),  # conjoined titles
    ("She watched the film Gandhi with her students.", "Gandhi"),  # a person's name as a title
])
def test_a_title_after_a_work_noun_is_no_party(mention_texts, text, title):
    assert not any(title in m for m in mention_texts(text))


@pytest.mark.parametrize("text, name", [
    ("Film director Ken Loach criticised the government.", "Ken Loach"),  # the noun before the name is "director"
    ("The novel Harold Grimsby wrote was banned by the censors.", "Harold Grimsby"),  # contact relative: the author
    ("The book by Harold Grimsby was banned by the censors.", "Harold Grimsby"),
    ("The opera singer Maria Kallistova sang at the rally.", "Maria Kallistova"),
])
def test_an_author_or_a_person_after_other_nouns_stays(mention_texts, text, name):
    assert any(name in m for m in mention_texts(text))
