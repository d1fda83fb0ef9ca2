"""Session 24 (helper TIME): "with" + a counted noun is the base of a comparison only after a word of
comparing ("compared with 12,000 units in 2022") or with a sum ("with $3 million a year earlier"); elsewhere
the noun is a party to the act, and a date the parser hung on it closes the clause of the past verb ("signed
the accord with five other powers, including the UK, in Vienna in July").  Before, the number word made
"five other powers" a base and the signing fell to the date line."""

from __future__ import annotations

_DCT = "2024-03-17"


def test_a_counted_party_does_not_hide_the_date(date_event):
    ev = date_event("The United States signed the accord with five other powers, including the UK, in Vienna "
                    "in July.", "signed", _DCT)
    assert (ev.date, ev.date_reason) == ("2023-07", "attached_timex")


def test_a_base_after_a_word_of_comparing_stays_a_base(date_event):
    ev = date_event("Sales rose to 15,000 units, compared with 12,000 units in 2022.", "rose", _DCT)
    assert ev.date != "2022"
