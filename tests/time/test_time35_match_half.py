"""Session 35 (helper TIME): a match report names its words ("penalty", "keeper", "interval") a few sentences
before a bare "the second half" ("Rovers started the second half strongly"): the half is the match's, not the
year's, within four sentences of them (time/match_half.py).  A half with no word of a match near it, or with
its year, keeps the year's value."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_match_words_four_sentences_back():
    text = ("The home side missed a penalty just before the interval. Their captain blamed the wind. "
            "The crowd fell quiet. Nobody left early. Undaunted, Rovers started the second half strongly.")
    assert "the second half" not in _values(text)


def test_a_compound_half_after_a_match_sentence():
    text = ("Two late goals from the substitute settled it. The manager praised his players. "
            "He called their second-half display the best of the season.")
    assert not any("half" in t for t in _values(text))


def test_a_business_half_keeps_the_year():
    text = ("The brewer sold more beer in the winter. Its costs rose. Prices held. Margins slipped. "
            "The company expects sales to recover in the second half.")
    assert _values(text)["the second half"].endswith("-H2")


def test_match_words_far_back_do_not_reach():
    text = ("The striker scored twice on Saturday. The club's shares rose on Monday. Its debts were cut. "
            "Its owners sold a stake. The chairman hired a new finance director. The board met twice. "
            "The club expects revenue to grow in the second half.")
    assert _values(text)["the second half"].endswith("-H2")
