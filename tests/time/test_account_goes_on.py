"""Designed on the even TBAQ files and checked on design-pool news (session 17, helper TIME): a
speaker's account told over several sentences is dated by the occasion it began at - a report whose
speaker is named again takes the date of that speaker's dated report or act a few sentences back,
when the sentences between are the same speaker's words ("he said ...", a quotation)."""

from __future__ import annotations

_DCT = "2000-04-17"  # a Monday
_LEDE = "Elian's father has spoken out again. "  # a lede of now: the lede's day dates nothing after it
_TEXT = (_LEDE + "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night, accusing them of child abuse. "
         "He said they have manipulated his son. "
         "''This is child abuse,'' Gonzalez said on CBS's ''60 Minutes.'' "
         "Gonzalez said he didn't believe a much-publicized video.")


def test_a_speakers_account_goes_on_from_its_dated_occasion(date_event):
    assert date_event(_TEXT, "said", _DCT, occurrence=2).date == "2000-04-16"
    assert date_event(_TEXT, "said", _DCT, occurrence=3).date == "2000-04-16"


def test_the_account_stops_at_another_speaker(date_event):
    text = (_LEDE + "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night, accusing them of child abuse. "
            "Protesters dismissed his comments as selfish. "
            "Gonzalez said he didn't believe a much-publicized video.")
    assert date_event(text, "said", _DCT).date != "2000-04-16"


def test_a_speaker_met_only_as_a_pronoun_is_not_followed_back(date_event):
    text = (_LEDE + "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night, accusing them of child abuse. "
            "He said they have manipulated his son. "
            "''This is child abuse,'' he said. "
            "He said he didn't believe a much-publicized video.")
    assert date_event(text, "said", _DCT, occurrence=3).date != "2000-04-16"
