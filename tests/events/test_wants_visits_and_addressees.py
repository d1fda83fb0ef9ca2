"""Three constructions (session 13, helper R2B): wanting an act of another party is asking for it ("X wants Y to
do Z", CAMEO 025 example 'Sharon wants Germany to pay more compensation'), the "of" of a visit names the visitor
(PLOVER CONSULT: the visitor acts, the host receives), and an object pronoun of a participle clause takes up the
party a message was just sent to ("wrote to the president urging him to resign").  Through the real coder (real
spaCy model, real actors stage, shipped type model); the sentences are written for these tests, not taken from the
development data."""

from __future__ import annotations

import pytest
from coded_events import at_trigger as _event, parties as _pair, shown as _show


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    # the parser makes the wanted act a clause with its own subject ...
    ("Kuwait wants Christmas Island to end its ban on imports.", "wants", "Kuwait", "Christmas Island"),
    ("Egypt wants Israel to stop the attacks on Gaza.", "wants", "Egypt", "Israel"),
    ("The United States wished Russia to withdraw its troops from Ukraine.", "wished", "The United States", "Russia"),
    # ... or the wanting verb's object
    ("France would like Iran to release the prisoners.", "like", "France", "Iran"),
])
def test_wanting_an_act_of_another_party_is_a_request_of_it(code, text, trigger, actor, recipient):
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and e.type == "REQUEST" and _pair(e) == ([actor], [recipient]), _show(events)
    # the wanted act is not reported as done by the one it is wanted of
    assert not any(x.type != "REQUEST" and [p.text for p in x.actor] == [recipient] and x.status == "factual"
                   for x in events), _show(events)


@pytest.mark.parametrize("text, trigger, type_", [
    # one's own act wanted stays an aim, not a request
    ("The Tories want to investigate the minister.", "investigate", "ACCUSE"),
    # an act of another only expected is no request (and stays as it was read)
    ("Washington expects Iran to release the prisoners soon.", "release", "RETREAT"),
])
def test_wanting_or_expecting_without_an_addressee_is_no_request(code, text, trigger, type_):
    events = code(text)
    assert not any(e.type == "REQUEST" for e in events), _show(events)
    e = _event(events, trigger)
    assert e is not None and e.type == type_, _show(events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The visit of Putin to China lasted three days.", "Putin", "China"),
    ("Protesters gathered ahead of the visit of the US secretary of state to Israel.", "the US secretary of state",
     "Israel"),
])
def test_the_of_phrase_of_a_visit_names_the_visitor(code, text, actor, recipient):
    events = code(text)
    e = _event(events, "visit")
    assert e is not None and e.type == "CONSULT" and _pair(e) == ([actor], [recipient]), _show(events)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Senator Smith wrote to the president urging him to resign.", "urging", "Senator Smith", "the president"),
    ("The bishops wrote to the ministers asking them to step down.", "asking", "The bishops", "the ministers"),
])
def test_the_pronoun_a_message_urges_is_its_addressee(code, text, trigger, actor, recipient):
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and e.type == "REQUEST" and _pair(e) == ([actor], [recipient]), _show(events)
    assert "antecedent:parallel_object" in e.recipient[0].flags, _show(events)
