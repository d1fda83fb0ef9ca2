"""Event locations: the place attached to the trigger by a locative preposition, else none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.model import Event, Participant, Span
from dateline.places import locate_events, resolve

pytestmark = pytest.mark.model


def event_at(doc, trigger: str) -> Event:
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event(id="t:e1", type="ASSAULT", mode=None, quad=4, score=-8.0,
                 sentence=Span(sent.start_char, sent.end_char, sent.text),
                 trigger=Span(start, start + len(trigger), trigger), actor=[], recipient=[])


def locate(nlp, text, trigger):
    doc = nlp(text)
    return locate_events([event_at(doc, trigger)], resolve(doc), doc=doc)[0].location


def test_locative_phrase_on_the_trigger(nlp):
    where = locate(nlp, "Soldiers detained the president in Niamey on Wednesday.", "detained")
    assert where is not None and where.geonameid == 2440485  # Niamey


def test_most_specific_place_of_the_phrase(nlp):
    where = locate(nlp, "Protesters clashed with police in Niamey, Niger, on Sunday.", "clashed")
    assert where is not None and where.text == "Niamey"


def test_destination_of_a_visit(nlp):
    where = locate(nlp, "Antony Blinken made a rare visit to Niger a year ago.", "visit")
    assert where is not None and where.geonameid == 2440476  # Niger


def test_place_in_another_clause_is_not_the_location(nlp):
    text = "Miller, who spoke in Washington, said the junta had ended the agreement."
    assert locate(nlp, text, "ended") is None


def test_no_place_no_guess(nlp):
    assert locate(nlp, "Just four months later, the army deposed Bazoum.", "deposed") is None


def test_without_doc_events_are_returned_unchanged():
    ev = Event(id="t:e1", type="ASSAULT", mode=None, quad=4, score=-8.0, sentence=Span(0, 5, "x"),
               trigger=Span(0, 1, "x"), actor=[], recipient=[])
    assert locate_events([ev], [], doc=None) == [ev]


def test_participial_clause_happens_where_its_host_happens(nlp):
    # "calling for" hangs on "addressed ... in Geneva": the call was made in Geneva
    where = locate(nlp, "On Monday, the widow of the murdered editor addressed reporters in Geneva, "
                        "calling for the killers to be brought to justice.", "calling")
    assert where is not None and where.text == "Geneva"


def test_clause_with_its_own_subject_keeps_its_own_place(nlp):
    where = locate(nlp, "The minister spoke in Geneva on Monday, while police arrested two activists.",
                   "arrested")
    assert where is None


def test_the_set_of_a_ranking_is_no_location(nlp):
    where = locate(nlp, "The law would make Chile the first country in South America to recognize such unions.",
                   "recognize")
    assert where is None


def test_a_ranked_trigger_keeps_its_place(nlp):
    where = locate(nlp, "It was the largest protest in Paris since 1968.", "protest")
    assert where is not None and where.text == "Paris"


def test_a_participle_on_the_verb_lends_its_place(nlp):
    where = locate(nlp, "The Kenyan president, speaking in Nairobi, accused Somalia of violating its airspace.",
                   "accused")
    assert where is not None and where.text == "Nairobi"


def test_a_participle_that_says_who_lends_no_place(nlp):
    where = locate(nlp, "Refugees living in Turkey returned to their homes on Sunday.", "returned")
    assert where is None


def _recipient_after_locating(nlp, text, trigger, recipient_text, country=None):
    doc = nlp(text)
    start = doc.text.index(recipient_text)
    event = replace(event_at(doc, trigger),
                    recipient=[Participant(start, start + len(recipient_text), recipient_text, country, None)])
    return locate_events([event], resolve(doc), doc=doc)[0].recipient[0]


def test_a_city_visited_gives_the_recipient_its_country(nlp):
    host = _recipient_after_locating(nlp, "US President Joe Biden visited Kyiv on Monday.", "visited", "Kyiv")
    assert host.country == "UKR" and "country_of_place" in host.flags


def test_a_recipient_with_a_country_keeps_it(nlp):
    # the actors stage's reading wins ("Washington" as the US government already has its code)
    kept = _recipient_after_locating(nlp, "Indian Prime Minister Modi flew to Washington for talks.", "flew",
                                     "Washington", country="USA")
    assert kept.country == "USA" and "country_of_place" not in kept.flags


def test_a_recipient_that_is_no_place_gets_no_country(nlp):
    other = _recipient_after_locating(nlp, "Rebels attacked an army convoy near Kidal on Sunday.", "attacked",
                                      "an army convoy")
    assert other.country is None and "country_of_place" not in other.flags
