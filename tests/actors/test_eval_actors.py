"""The actors scorer (``dateline eval actors``) on tiny gold files written by the test."""

from __future__ import annotations

import json

import pytest

from dateline.eval.actors import evaluate, format_report

pytestmark = pytest.mark.model


def test_gsr_scores_the_country_of_each_gold_actor(tmp_path):
    gold = tmp_path / "gsr.json"
    gold.write_text(json.dumps([
        {"id": 1, "text": "Iranian Foreign Minister Mohammad Javad Zarif condemned the decision.",
         "source": [{"actorText": "Iranian Foreign Minister Mohammad Javad Zarif", "code": "IRN", "sector": "GOV"}]},
        "not a record",
        {"id": 2, "text": ""},
    ]), encoding="utf-8")
    scores = evaluate([gold])["gsr"]
    assert scores["gold_actors"] == 1
    assert scores["country_accuracy"] == 1.0


def test_an_unreadable_gold_file_is_named_and_the_others_are_scored(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": 1,\n "text": "unterminated', encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"id": 1, "text": "France recalled its ambassador.",
                                 "source": [{"actorText": "France", "code": "FRA"}]}]), encoding="utf-8")
    result = evaluate([broken, good])
    assert result["good"]["gold_actors"] == 1
    (problem,) = result["problems"]
    assert problem.startswith(f"{broken}: line 2: not JSON")
    assert "1 unreadable files skipped" in format_report(result)
