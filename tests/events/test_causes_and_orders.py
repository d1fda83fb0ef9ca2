"""Three argument rules (issue 5, helper E): a cause on "over" gives only a party or its owner, the one
who issues an order acts in what it orders, and a body's title-case name the small model missed can
act.  Real spaCy model and actors stage; sentences written for these tests."""

from __future__ import annotations

import pytest


def _roles(events, trigger: str) -> list[tuple[list[str], list[str]]]:
    return [([p.text for p in e.actor], [p.text for p in e.recipient]) for e in events if e.trigger.text == trigger]


# --- "over" names a cause ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, thing", [
    ("Residents filed a complaint over the sign.", "filed", "the sign"),
    ("The US imposed sanctions over the Rohingya crisis.", "imposed", "the Rohingya crisis"),
    ("The minister announced his resignation over the scandal.", "resignation", "the scandal"),
])
def test_a_thing_on_over_is_a_cause_not_a_recipient(code, text, trigger, thing):
    found = _roles(code(text), trigger)
    assert found and all(thing not in recipients for _, recipients in found), found


@pytest.mark.parametrize("text, trigger, party", [
    ("Israel imposed sanctions over Iran's nuclear programme.", "imposed", "Iran"),
    ("The EU imposed new sanctions over Iran.", "imposed", "Iran"),
])
def test_a_party_or_its_owner_on_over_still_receives(code, text, trigger, party):
    assert [r for _, r in _roles(code(text), trigger)] == [[party]]


# --- the issuer of an order acts in what it orders ----------------------------------------------------

def test_the_issuer_of_an_order_acts_in_the_act_ordered(code):
    events = code("The Iraqi Supreme Judicial Council issued an official order to the Erbil Appeals Court on "
                  "April 8 to implement an arrest warrant for the former governor of Ninevah province.")
    found = [(a, r) for a, r in _roles(events, "implement")]
    assert found == [(["The Iraqi Supreme Judicial Council"], ["the former governor of Ninevah province"])], found


def test_a_demand_is_no_order_given(code):
    # (the one who demands an order does not act in what it orders: coded once, at "demanded")
    events = code("The president demanded an order to free the prisoners.")
    assert not _roles(events, "free")


# --- a body's title-case name the small model missed ------------------------------------------------

def test_a_title_case_name_at_the_start_of_a_sentence_acts(code):
    events = code("Jurisdiction for Peace ordered an investigation against DEA officials over alleged misconduct.")
    assert [a for a, _ in _roles(events, "investigation")] == [["Jurisdiction"]]


def test_a_common_noun_before_a_place_is_no_name(code):
    events = code("Support for Ukraine ordered an investigation against DEA officials.")
    assert not _roles(events, "investigation")


# --- a reported need is a demand on the party the needed thing names ------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Merkel said a change in Russia's policy was essential.", "Russia"),
    ("Merkel said new talks with Russia were needed.", "Russia"),
])
def test_a_reported_need_is_a_demand(code, text, party):
    events = [e for e in code(text) if e.reason.startswith("rule:reported_demand")]
    assert [(e.type, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in events] == [
        ("REQUEST", ["Merkel"], [party])], events


@pytest.mark.parametrize("text", [
    "The minister said more money was needed.",  # no party named
    "Merkel said no change in Russia's policy was needed.",  # negated
    "Merkel said talks with Russia might be necessary.",  # doubted
    "Bush argued that the government's rescue of Citigroup was necessary.",  # a deed done, justified
    "Koussa said the unity of Libya is essential.",  # a state held, praised
])
def test_no_demand_without_a_party_or_for_what_is_already_there(code, text):
    assert not [e for e in code(text) if e.reason.startswith("rule:reported_demand")]
