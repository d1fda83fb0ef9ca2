"""A surname that is also a title noun ("King", "Bishop") names the person the article named before by full name;
with an article or possessor, or with no such person named, it stays a title (actors.title_surnames)."""

from __future__ import annotations

STORY = "Britain named its squad on Monday. British officials praised Britain's coaches. "


def test_title_word_after_full_name_is_that_person(mention_codes, nlp):
    from dateline.actors import resolve

    doc = nlp(STORY + "The striker Ledley King joined the squad. King was forced to pull out with an injury.")
    king = [m for m in resolve(doc, None).mentions if m.text == "King"]
    assert len(king) == 1 and king[0].actor.person == "Ledley King"
    assert king[0].actor.sector is None and king[0].reason == "coref:title_surname"


def test_title_with_determiner_stays_a_title(mention_codes):
    codes = mention_codes(STORY + "The striker Ledley King joined the squad. The King opened the new parliament.")
    assert codes["King"] == ("GBR", "GOV")


def test_title_word_with_no_namesake_stays_a_title(mention_codes):
    codes = mention_codes(STORY + "The striker Ledley Smith joined the squad. King Charles opened the parliament.")
    assert codes["King Charles"][1] == "GOV"


def test_post_in_an_unknown_named_body_takes_no_focus_country(mention_codes):
    codes = mention_codes(STORY + "Terry, the captain of Chelsea, was injured in the match.")
    assert codes["captain of Chelsea"][0] is None


def test_post_in_a_common_noun_body_keeps_the_focus_country(mention_codes):
    codes = mention_codes(STORY + "The captain of the frigate said the navy was ready.")
    assert codes["captain of the frigate"] == ("GBR", "MIL")
