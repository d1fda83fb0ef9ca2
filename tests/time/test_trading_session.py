"""Session 20 (helper TIME): a market report tells one trading session.  A past price move with no date
of its own - a clause "in ... trading" ("fell $1.50 apiece to $19.125 in national over-the-counter
trading") or a closing price ("Primerica closed at $28.25, down 50 cents") - is in the session the story
dated earlier ("in composite trading yesterday", "after the close of composite trading yesterday"), not
on the date line (a morning paper's date line is the day after the session).  With no dated session,
nothing changes; a move in a period of its own keeps it."""

from __future__ import annotations

_DCT = "1989-11-02"
_TEXT = ("Anheuser-Busch Cos. says it will discount its major beer brands. The brewer expects lower earnings. "
         "The projection sent Anheuser shares plunging $4.375 in New York Stock Exchange composite trading "
         "yesterday. Williams shares, which were to be delisted from the New York Stock Exchange after the close "
         "of composite trading yesterday, closed at $23.25, off 12.5 cents. Primerica closed at $28.25, down 50 "
         "cents. Shares of Coors fell $1.50 apiece to $19.125 in national over-the-counter trading. "
         "Sales fell 5% in the quarter.")


def test_price_moves_are_in_the_dated_session(date_event):
    for trigger in ("closed at $23", "Primerica closed", "Coors fell"):
        ev = date_event(_TEXT, trigger, _DCT)
        assert (ev.date, ev.date_reason) == ("1989-11-01", "narrative"), trigger
    assert date_event(_TEXT, "Sales fell", _DCT).date == "1989-Q3"


def test_no_dated_session_leaves_the_date_line(date_event):
    text = "Primerica closed at $28.25, down 50 cents. Shares of Coors fell $1.50 in over-the-counter trading."
    assert date_event(text, "closed", _DCT).date == _DCT
    assert date_event(text, "fell", _DCT).date == _DCT
