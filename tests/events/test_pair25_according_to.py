"""Session 25, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

"According to X, ..." names where a report comes from.  The parser tags "According" as a participle with a
preposition, so the type model may take it for a verb of its own; it is no act, its "to" object is no one's
recipient, and the clause's verb is not "governing" it (``arguments.attribution_participle``): the event the clause
reports is coded as it is without the attribution."""

from __future__ import annotations

import pytest

from coded_events import rows


@pytest.mark.parametrize("attribution, clause", [
    ("According to local media, ", "Baghdad has rejected the referendum as unconstitutional."),
    ("According to the ministry, ", "Italy has offered to the United States an armored regiment."),
    ("According to a statement, ", "the State Department pledged support for Hungarian NGOs."),
])
def test_the_clause_keeps_its_event_after_an_attribution(code, attribution, clause):
    plain = rows(code, clause[0].upper() + clause[1:])
    attributed = rows(code, attribution + clause)
    def same(evs):  # (the clause's first word is capitalised only when it opens the sentence)
        return [(t, [x.lower() for x in a], [x.lower() for x in r]) for t, _, a, r in evs]
    assert plain and same(attributed) == same(plain), (plain, attributed)


@pytest.mark.parametrize("text, source", [
    ("According to local media, Baghdad has rejected the referendum as unconstitutional.", "media"),
    ("According to the ministry, Cairo rejected the proposal.", "ministry"),
    ("According to diplomats, Italy has offered the United States an armored regiment.", "diplomats"),
])
def test_the_source_of_a_report_receives_nothing(code, text, source):
    evs = rows(code, text)
    assert not any(any(source in r for r in recs) for _, _, _, recs in evs), evs
    assert not any(trig == "According" for _, trig, _, _ in evs), evs


def test_an_attributed_pronoun_still_takes_the_source(code):
    # (session 23: a subject pronoun nothing else resolves takes the source the fronted "according to" names)
    evs = rows(code, "According to the rebels, they captured the town.")
    assert any(t == "ASSAULT" and any("rebels" in a for a in actors) for t, _, actors, _ in evs), evs
