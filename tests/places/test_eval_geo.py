"""The geoparsing scorer on a tiny gold file written by the test."""

from __future__ import annotations

import json

import pytest

from dateline.eval.geo import country_code, evaluate, format_report

pytestmark = pytest.mark.model

TEXT = "Soldiers detained the president in Niamey, Niger, and flew to Paris on Sunday."


def gold_line(toponyms):
    return json.dumps({"docid": "t1", "text": TEXT, "toponyms": toponyms})


def span(phrase, gid, lat, lon, country):
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "phrase": phrase, "geonameid": str(gid),
            "lat": lat, "lon": lon, "country": country}


def test_scores_a_correct_document(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line([span("Niamey", 2440485, 13.51366, 2.1098, "Niger"),
                               span("Niger", 2440476, 18.0, 9.0, "Niger"),
                               span("Paris", 2988507, 48.85341, 2.3488, "France")]) + "\n")
    result = evaluate(path)
    e2e = result["end_to_end"]
    assert e2e["recall"] == 1.0 and e2e["precision"] == 1.0
    assert e2e["acc161"] == 1.0 and e2e["country_accuracy"] == 1.0
    assert e2e["strict_acc161"] == pytest.approx(2 / 3, abs=1e-3)  # our point for Niger is not GeoNames'
    assert result["given_toponyms"]["acc161"] == 1.0
    assert "acc161" in format_report(result)


def test_wrong_place_and_missed_toponym_count_against(tmp_path):
    path = tmp_path / "gold.jsonl"
    # Gold says Paris, Texas (4717560): the text gives no hint, so the resolver picks France.
    path.write_text(gold_line([span("Paris", 4717560, 33.66094, -95.55551, "United States"),
                               span("Sunday", 1, 0.0, 0.0, "Niger")]) + "\n")
    e2e = evaluate(path)["end_to_end"]
    assert e2e["recall"] == 0.5  # "Sunday" is no place
    assert e2e["acc161"] == 0.0 and e2e["country_accuracy"] == 0.0


def test_gold_country_names_map_to_iso3():
    assert country_code("Turkey") == "TUR"
    assert country_code("Palestinian Territory") == "PSE"
    assert country_code("Republic of the Sudan") == "SDN"
    assert country_code(None) is None


def test_read_gold_skips_unreadable_lines_naming_file_and_line(tmp_path):
    from dateline.eval.geo import read_gold

    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "Clashes in Kabul.", "toponyms": [{"start": 11, "end": 16, "phrase": "Kabul"}]}\n'
                    '{"text": "broken\n'
                    '{"title": "no text"}\n'
                    '\n'
                    '{"text": "In Paris.", "toponyms": [{"start": "x", "end": 8}]}\n'
                    '{"text": "Protests in Lima.", "toponyms": []}\n', encoding="utf-8")
    problems: list[str] = []
    docs = read_gold(path, problems)
    assert [text for text, _ in docs] == ["Clashes in Kabul.", "Protests in Lima."]
    assert docs[0][1][0].phrase == "Kabul"
    assert [p.split(": ")[1] for p in problems] == ["line 2", "line 3", "line 5"]
    assert all(p.startswith(f"{path}: ") and p.endswith("document skipped") for p in problems)
    assert "no 'text' field" in problems[1]
