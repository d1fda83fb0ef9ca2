"""Ingest: every input form, and bad input reported with path and line while the rest goes on."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from dateline.ingest import read_inputs, read_path
from dateline.model import Article, InputProblem


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    return arts, probs


def test_founding_example_header_with_spaces_and_blank_lines(sample_path):
    (article,) = list(read_path(str(sample_path)))
    assert article.date == "2024-03-17"
    assert article.text.startswith("The Nigerien government announced on Saturday")
    assert article.id == "niger-2024-03-17"


def test_plain_txt_takes_date_option_else_undated(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Troops crossed the border on Monday.\n", encoding="utf-8")
    (dated,) = list(read_path(str(f), date="2020-05-04"))
    (undated,) = list(read_path(str(f)))
    assert dated.date == "2020-05-04"
    assert undated.date is None


def test_jsonl_good_and_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "date": "2024-01-02", "text": "One."}),
        "{not json",
        json.dumps({"id": "b", "date": "2024-02-30", "text": "Impossible date."}),
        json.dumps({"id": "c", "date": None, "text": "Undated."}),
        json.dumps({"id": "d", "text": "No date key."}),
        json.dumps({"id": "e", "date": "2024-01-02T10:15:00Z", "text": "Timestamp."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, probs = _split(list(read_path(str(f))))
    assert [a.id for a in arts] == ["a", "c", "e"]
    assert arts[2].date == "2024-01-02"
    assert [p.origin.line for p in probs] == [2, 3, 5]
    assert all(p.origin.path == str(f) for p in probs)
    assert "malformed JSON" in probs[0].message
    assert "not a calendar date" in probs[1].message


def test_jsonl_gz_and_directory_recursion_in_sorted_order(tmp_path):
    sub = tmp_path / "b"
    sub.mkdir()
    with gzip.open(sub / "x.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "gz1", "date": "2023-03-01", "text": "Zipped."}) + "\n")
    (tmp_path / "a.txt").write_text("date 2023-01-01\n\nFirst.\n", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    arts, probs = _split(list(read_path(str(tmp_path))))
    assert [a.id for a in arts] == ["a", "gz1"]
    assert not probs


def test_invalid_utf8_names_file_and_line_and_others_still_read(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"date 2024-01-01\n\nline one\nline \xff two\n")
    good = tmp_path / "good.txt"
    good.write_text("date 2024-01-01\n\nFine.\n", encoding="utf-8")
    arts, probs = _split(list(read_inputs([str(bad), str(good)])))
    assert [a.id for a in arts] == ["good"]
    assert probs[0].origin.path == str(bad) and probs[0].origin.line == 4
    assert "invalid UTF-8" in probs[0].message


@pytest.mark.parametrize("header,message", [
    ("date 2024-13-01", "not a calendar date"),
    ("date yesterday", "not YYYY-MM-DD"),
    ("date 2999-01-01", "in the future"),
])
def test_invalid_date_line_reported_on_its_line(tmp_path, header, message):
    f = tmp_path / "d.txt"
    f.write_text(f"\n{header}\n\nText.\n", encoding="utf-8")
    (problem,) = list(read_path(str(f)))
    assert isinstance(problem, InputProblem)
    assert problem.origin.line == 2
    assert message in problem.message


def test_missing_file_and_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(empty)]))
    assert all(isinstance(i, InputProblem) for i in items)
    assert "no such file" in items[0].message and "empty" in items[1].message


def test_utf16_with_bom_and_windows_line_endings(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("date 2024-01-01\r\n\r\nA line.\r\nAnother.\r\n".encode("utf-16"))
    (article,) = list(read_path(str(f)))
    assert article.text == "A line.\nAnother.\n"


def test_stdin_jsonl_and_text():
    code = "import sys; from dateline.ingest import read_path; print([type(x).__name__ for x in read_path('-')])"
    jsonl = json.dumps({"id": "s", "date": "2024-01-01", "text": "x"}) + "\n{bad\n"
    out = subprocess.run([sys.executable, "-c", code], input=jsonl.encode(), capture_output=True, check=True)
    assert out.stdout.decode().strip() == "['Article', 'InputProblem']"
    out = subprocess.run([sys.executable, "-c", code], input=b"date 2024-01-01\n\nHello.\n", capture_output=True,
                         check=True)
    assert out.stdout.decode().strip() == "['Article']"
