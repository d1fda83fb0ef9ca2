"""Session 34 (helper HEAD3): a headline's bare noun with its participle is no kind.

Headlines drop articles and the "be" of a passive, so "Colombian soldiers arrested after death of farmer" reports that
particular soldiers were arrested.  The layer's doubt of a kind narrowed by a participle ("a fund financed with *money
seized from criminals*", generic_acts.kind_by_participle) reads the same bare noun + participle as a kind; on a
headline line (headline_passives.headline_line) whose root is that noun it is left out.  Prose, and a participle on
a noun further down a headline, keep the doubt.

Sentences written for these tests."""

from __future__ import annotations

import pytest


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


HEADLINES = [
    ("Colombian Soldiers Arrested After Death of Farmer\n\nThe army said on Monday that four men were held in Cali.",
     "Arrested"),
    ("Rebel commanders detained after raid on village\n\nThe army said on Monday that the men were held.", "detained"),
    ("Opposition Activists Jailed Over Street Protest\n\nA court in Minsk sentenced the men on Monday.", "Jailed"),
]


@pytest.mark.parametrize("text,trigger", HEADLINES)
def test_a_headline_participle_on_its_root_noun_is_no_kind(code_in_pipeline, text, trigger):
    coded = _event(code_in_pipeline(text, layer=False), trigger)
    assert coded and all(e.recipient and e.confidence >= 0.5 for e in coded)
    kept = _event(code_in_pipeline(text), trigger)
    assert kept and all(e.confidence >= 0.5 and "relevance:generic_act" not in e.reason for e in kept)


KINDS = [
    ("The ministry set up a fund financed with money seized from criminals.", "seized"),
    ("Police in Lima said on Monday that people arrested for fraud will face trial.", "arrested"),
    # (a headline, but the participle narrows a noun further down: a kind still)
    ("Ministry sets up fund financed with money seized from criminals\n\nThe fund will pay for new schools.", "seized"),
]


@pytest.mark.parametrize("text,trigger", KINDS)
def test_a_kind_narrowed_by_a_participle_stays_doubted(code_in_pipeline, text, trigger):
    events = _event(code_in_pipeline(text), trigger)
    assert events and all("relevance:generic_act" in e.reason and e.confidence < 0.5 for e in events)
