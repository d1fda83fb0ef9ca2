"""Mojibake repair at ingest: mis-decoded UTF-8 is read back, correct text is left alone."""

from __future__ import annotations

import json

import pytest

from dateline.ingest import read_path
from dateline.ingest.encoding import repair


@pytest.mark.parametrize("damaged, fixed", [
    ("Trumpâ€™s campaign", "Trump’s campaign"),
    ("He said â€œnoâ€\x9d twice", "He said “no” twice"),
    ("a cafÃ© in SÃ£o Paulo", "a café in São Paulo"),
    # pre-tokenised corpora: a space inside the sequence
    ("Donald Trumpâ€ ™ s campaign manager", "Donald Trump’ s campaign manager"),
    # the closing quote's third byte has no Windows-1252 character: decoders wrote U+FFFD
    ("committed â€œa fireable offenseâ€\ufffd .", "committed “a fireable offense” ."),
])
def test_mojibake_is_decoded_back(damaged, fixed):
    assert repair(damaged) == fixed


@pytest.mark.parametrize("text", [
    "Trump’s campaign said “no” in São Paulo.",
    "Âme, Ätna and Åland are names, not damage.",
    "The Nigerien government announced on Saturday.",
])
def test_correct_text_is_unchanged(text):
    assert repair(text) == text


def test_jsonl_articles_are_analysed_repaired(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"id": "a", "date": "2016-03-15", "text": "Trumpâ€™s manager was charged."}) + "\n",
                 encoding="utf-8")
    (article,) = list(read_path(str(f)))
    assert article.text == "Trump’s manager was charged."
