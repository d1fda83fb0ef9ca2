"""Trigger entries of session 21 (helper LEX), each from the CAMEO/codebook wording its `notes` cite: every giving
verb paired with every kind of aid (CAMEO 071-073), cooperation and trade expanded (CAMEO 061/062, codebook
COOPERATE), reservists called up with words between (CAMEO 154), and concessions the lexicon lacked (CAMEO 081: a
revoked warrant or detention, a commuted sentence, compensation, unfrozen assets).  Real spaCy model and actors
stage; sentences written for these tests, none copied from an evaluation or news article.  The positive tests fail
without the entries; the guards pin the senses they must not reach."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, type_, actor, recipient", [
    # aid.give_goods: giving verbs that aid.obj / aid.obj_more paired only with some goods
    ("The European Union disbursed 100 million euros to Ukraine.", "AID", "European Union", "Ukraine"),
    ("India handed over medical equipment to Nepal.", "AID", "India", "Nepal"),  # goods: no release
    # cooperate.expand / cooperate.expand_trade
    ("Kenya and Uganda expanded economic cooperation.", "COOPERATE", "Kenya", "Uganda"),
    ("Iran and Iraq boosted trade.", "COOPERATE", "Iran", "Iraq"),
    # concede.revoke_order, concede.commute, concede.compensate, concede.unfreeze
    ("The court revoked the arrest warrant for the former president.", "CONCEDE", "court", "president"),
    ("The president commuted the death sentences of 20 prisoners.", "CONCEDE", "president", "prisoners"),
    ("Japan compensated the families of the victims.", "CONCEDE", "Japan", "victims"),
    ("The government unfroze the assets of the central bank.", "CONCEDE", "government", "bank"),
])
def test_lex21_entries_code_the_dyad(code, text, type_, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


def test_reservists_called_up_with_a_count_between(code):
    evs = _events(code, "The army called up 10,000 reservists.")
    assert any(t == "MOBILIZE" and trig == "called" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, type_", [
    ("The militants handed over the hostages to the Red Cross.", "AID"),  # people handed over: a release
    ("Conservation officers were dispatched to the hospital in Mooresville.", "AID"),  # a destination, no aid
    ("The deal lets local firms supply components for the vehicles.", "AID"),
    ("The writers begin trading opinions over the new book.", "COOPERATE"),  # no trade between parties
    ("The union asked the ministers to stop reducing their benefits and terms.", "CONCEDE"),  # pay, no clemency
])
def test_lex21_entries_do_not_overreach(code, text, type_):
    evs = _events(code, text)
    assert not any(t == type_ for t, *_ in evs), evs


def test_a_release_of_people_stays_a_release(code):
    evs = _events(code, "The militants handed over the hostages to the Red Cross.")
    assert any(t == "RETREAT" for t, *_ in evs), evs


# --- consultation the lexicon missed (consult.phone_by, consult.exchange_views; CAMEO 04/043, codebook CONSULT) ---

@pytest.mark.parametrize("text, actor, recipient", [
    ("Modi spoke with Biden by phone.", "Modi", "Biden"),  # the partner between the verb and 'by phone'
    ("The Kenyan foreign minister exchanged views with Uganda on the border dispute.", "minister", "Uganda"),
])
def test_consultation_with_words_between(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "CONSULT", actor, recipient), evs


def test_views_exchanged_are_no_release(code):
    evs = _events(code, "The two leaders exchanged views on the crisis.")
    assert not any(t == "RETREAT" for t, *_ in evs), evs
