"""End to end on the founding example: the Niger article dated 2024-03-17.

These are the records a user expects from it (issue 2); each assertion names the trap it guards.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.ingest import read_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result(pipeline, sample_path):
    (article,) = list(read_path(str(sample_path)))
    return pipeline.process(article)


def _events(result, type_, actor=None, recipient=None):
    out = []
    for e in result.events:
        if e.type != type_:
            continue
        if actor and actor not in {p.country for p in e.actor}:
            continue
        if recipient and recipient not in {p.country for p in e.recipient}:
            continue
        out.append(e)
    return out


def _sentence_text(result, event):
    return result.text[event.sentence.start:event.sentence.end]


def test_sanction_dated_by_saturday_not_by_date_line(result):
    # "The Nigerien government announced on Saturday that it was terminating ... with the United States"
    (e,) = [e for e in _events(result, "SANCTION", "NER", "USA") if "terminating" in _sentence_text(result, e)]
    assert e.mode == "discontinue"
    assert any(p.sector == "GOV" for p in e.actor)
    assert e.date == "2024-03-16" and e.date_granularity == "day"
    assert e.status == "factual"


def test_delegation_visit(result):
    # "just a day after a senior U.S. delegation left Niger, following a three-day visit"
    visits = [e for e in _events(result, "CONSULT", "USA", "NER") if "delegation" in _sentence_text(result, e)]
    assert visits, "the U.S. delegation's visit to Niger"
    assert visits[0].mode == "visit"
    assert visits[0].date is not None and visits[0].date.startswith("2024-03")


def test_blinken_visit_a_year_ago(result):
    # "U.S. Secretary of State Antony Blinken made a rare visit to Niger a year ago"
    visits = [e for e in _events(result, "CONSULT", "USA", "NER") if "Blinken made" in _sentence_text(result, e)]
    assert len(visits) == 1
    e = visits[0]
    assert e.mode == "visit"
    assert any(p.sector == "GOV" for p in e.actor)
    assert e.date == "2023-03"


def test_coup_four_months_later(result):
    # "Just four months later, the army deposed Bazoum and placed him under house arrest."
    coups = [e for e in _events(result, "COERCE", "NER", "NER") if "deposed" in _sentence_text(result, e)]
    assert coups
    e = coups[0]
    assert any(p.sector == "MIL" for p in e.actor)
    assert any(p.sector == "GOV" for p in e.recipient)
    assert e.date == "2023-07"


def test_washington_cut_aid(result):
    # "Washington has cut aid to the government": Washington is the US government acting
    cuts = [e for e in _events(result, "SANCTION", "USA", "NER") if "cut aid" in _sentence_text(result, e)]
    assert cuts
    assert any(p.text == "Washington" and p.sector == "GOV" for p in cuts[0].actor)


def test_nigerian_military_is_niger_with_flag(result):
    (m,) = [m for m in result.mentions if m.text.endswith("Nigerian military")]
    assert m.actor.country == "NER"
    assert m.actor.sector == "MIL"
    assert any(f.startswith("adjective_corrected") for f in m.flags)


def test_moscow_is_russia(result):
    assert any(m.text == "Moscow" and m.actor.country == "RUS" for m in result.mentions)


def test_no_event_from_caption_or_related_headline(result):
    excluded = [(r.start, r.end) for r in result.excluded]
    assert len(excluded) == 2
    for e in result.events:
        assert not any(s <= e.trigger.start < t for s, t in excluded), e


def test_cooperation_sought_is_not_a_completed_cooperation(result):
    # "the junta has sought to cooperate with Russia": an intention, not a factual COOPERATE
    for e in _events(result, "COOPERATE", recipient="RUS"):
        assert e.status != "factual"


def test_places_and_countries(result):
    niamey = [p for p in result.places if p.text == "Niamey"]
    assert niamey and niamey[0].geonameid == 2440485 and niamey[0].country == "NER"
    countries = {m.actor.country for m in result.mentions}
    assert {"NER", "USA", "FRA", "RUS", "MLI", "BFA"} <= countries


def test_every_span_points_into_the_text(result):
    text = result.text
    for t in result.timexes:
        assert text[t.start:t.end] == t.text
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    for e in result.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        for p in e.actor + e.recipient:
            assert text[p.start:p.end] == p.text


def test_cli_prints_document_json(sample_path):
    out = subprocess.run([sys.executable, "-m", "dateline", "code", str(sample_path)], capture_output=True,
                         text=True, check=True)
    (line,) = out.stdout.strip().splitlines()
    doc = json.loads(line)
    assert doc["date"] == "2024-03-17"
    assert {"sentences", "timexes", "places", "mentions", "events"} <= doc.keys()
    assert any(e["type"] == "SANCTION" and e["date"] == "2024-03-16" for e in doc["events"])
