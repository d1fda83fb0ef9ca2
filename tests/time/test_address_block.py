"""Session 18 (helper TIME): the address block of US police news is no year.

"shot in the 1100 block of West Randolph" names a stretch of a street; read as the year 1100 it
became the story's time and dated the next shootings of a Chicago weekend round-up to 1100 (fresh
news, semeval2018t5_gva).  "block(s)" after a four-digit number makes it a count, as "2000 troops"
does (``data/lexicon.yaml`` count_nouns)."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2015-09-05"


def test_an_address_block_is_no_year():
    for text in ("They were standing outside about 2:30 a.m. in the 1100 block of West Randolph.",
                 "Police found two people shot in the 7200 block of South Green.",
                 "The shooting happened on the 1900 blocks of S. Kedzie and S. Drake."):
        assert not [t for t in tag(text, _DCT) if t.value in ("1100", "1900", "7200")], text


def test_a_year_before_other_words_is_still_a_year():
    assert [t.value for t in tag("The road was built in 1900 by the city.", _DCT)] == ["1900"]


def test_a_block_number_does_not_take_the_story_time(date_event):
    text = ("Sunday morning, a man was killed in a shooting on the Near West Side. They were standing "
            "outside in the 1100 block of West Randolph when someone opened fire, police said. "
            "Lavell Southern, 23, was shot multiple times in the back, authorities said.")
    out = date_event(text, "shot", _DCT)
    assert out.date == "2015-08-30", out.date
