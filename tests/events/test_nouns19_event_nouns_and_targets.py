"""Session 19, helper NOUNS: event nouns the trigger lexicon lacked (a verb governing them died at the unknown-verb
gate) and the target of an event noun that the parser hung on its place phrase.  Through the real coder (real spaCy
model, real actors stage, shipped type model); sentences written for these tests, not taken from any evaluation set."""

from __future__ import annotations

from coded_events import rows


def _rows_of(code, text, type_):
    return [r for r in rows(code, text) if r[0] == type_]


def test_a_counteroffensive_is_an_assault_on_its_target(code):
    # codebook ASSAULT; CAMEO 190 'Use conventional military force'
    evs = _rows_of(code, "The army launched a counteroffensive in the east against the rebels.", "ASSAULT")
    assert any("army" in " ".join(a) and "the rebels" in r for _, _, a, r in evs), evs


def test_a_counterattack_is_an_assault(code):
    evs = _rows_of(code, "Government troops mounted a counterattack on the militia near the airport.", "ASSAULT")
    assert any("troops" in " ".join(a) for _, _, a, _ in evs), evs


def test_an_execution_of_people_is_a_targeted_assault(code):
    events = code("The regime carried out the execution of two dissidents last week.")
    hits = [e for e in events if e.type == "ASSAULT" and any("dissidents" in p.text for p in e.recipient)]
    assert hits and hits[0].mode == "targeted", [(e.type, e.mode, [p.text for p in e.recipient]) for e in events]


def test_the_execution_of_a_plan_is_no_killing(code):
    for text in ("The minister praised the swift execution of the reconstruction plan by the contractors.",
                 "Analysts blamed poor execution for the company's losses."):
        assert not _rows_of(code, text, "ASSAULT"), rows(code, text)


def test_a_target_hung_on_the_place_phrase_wins_over_the_place(code):
    text = "Israel launched an offensive in the north against Hamas."
    evs = _rows_of(code, text, "ASSAULT")
    assert evs and all(r == ["Hamas"] for _, _, _, r in evs), rows(code, text)


def test_a_place_with_no_party_on_it_stays_the_recipient(code):
    # "on" takes only a named party that is no place: a time or another place on the place phrase is not the target
    for text, kept in (("The rebels launched an offensive in the north on the eve of the vote.", "the north"),
                       ("The rebels launched an offensive in the north on Sunday.", "the north")):
        evs = _rows_of(code, text, "ASSAULT")
        assert evs and all(r == [kept] for _, _, _, r in evs), (text, evs)
