"""The whole ``code`` path on hostile articles: every output satisfies the invariants, and the CLI
names every rejected input, processes the rest and exits 1.

The in-process property uses the real pipeline through the local engine's ``code_batch`` (the
function every engine calls), so an article that breaks a stage would surface as an "internal
error" problem - which the property also counts as a failure.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.engine.local import code_batch
from dateline.model import Article, DocResult, InputProblem, Origin
from hostile_text import article_text, dct
from reliability_invariants import check_result



def _code(texts_and_dates: list[tuple[str, str | None]]) -> list:
    articles = [Article(f"a{i}", text, date, origin=Origin("gen.jsonl", i + 1))
                for i, (text, date) in enumerate(texts_and_dates)]
    out = code_batch(articles)
    assert len(out) == len(articles)
    for article, item in zip(articles, out):
        if isinstance(item, InputProblem):
            assert "internal error" not in item.message, item.message
            assert "not English" in item.message and item.origin == article.origin
        else:
            assert isinstance(item, DocResult) and item.id == article.id and item.text == article.text
            assert check_result(item) == [], (article.text, check_result(item))
    return out


@pytest.mark.model
@settings(max_examples=12)
@given(st.lists(st.tuples(article_text.filter(str.strip), dct), min_size=1, max_size=3))
def test_code_path_invariants_on_hostile_articles(pipeline, batch):
    _code(batch)


@pytest.mark.model
def test_founding_example_satisfies_the_invariants(pipeline, sample_path):
    text = sample_path.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n")
    (doc,) = _code([(text, "2024-03-17")])
    assert doc.events


@pytest.mark.model
@pytest.mark.parametrize("date", [None, "1800-01-01", "2027-01-01"])
def test_founding_example_with_odd_date_lines(pipeline, sample_path, date):
    text = sample_path.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n")
    (doc,) = _code([(text, date)])
    if date is None:
        assert doc.warnings and all(e.date_reason != "dct" for e in doc.events)


@pytest.mark.model
@pytest.mark.slow
@settings(max_examples=400)
@given(st.lists(st.tuples(article_text.filter(str.strip), dct), min_size=1, max_size=4))
def test_code_path_invariants_many(pipeline, batch):
    _code(batch)


def test_cli_names_every_bad_input_and_codes_the_rest(tmp_path, sample_path):
    """One run over a directory of hostile files: good articles coded, each bad one named, exit 1."""
    d = tmp_path / "in"
    d.mkdir()
    good = sample_path.read_bytes()
    (d / "good.txt").write_bytes(good)
    (d / "good_crlf_bom.txt").write_bytes(b"\xef\xbb\xbf" + good.replace(b"\n", b"\r\n"))
    (d / "good_utf16.txt").write_bytes(good.decode("utf-8").encode("utf-16"))
    bad_files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 4,
        "latin1.txt": "date 2024-03-17\n\nCaf\xe9 talks in Niamey.".encode("latin-1"),
        "impossible.txt": b"date 2024-02-30\n\nThe army deposed the president.",
        "future.txt": b"date 2999-01-01\n\nThe army deposed the president.",
        "french.txt": ("date 2024-03-17\n\nLe gouvernement nigérien a annoncé samedi qu'il mettait fin avec effet "
                       "immédiat à son accord de coopération militaire avec les États-Unis, selon un communiqué "
                       "lu à la télévision nationale.").encode(),
    }
    for name, data in bad_files.items():
        (d / name).write_bytes(data)
    lines = [json.dumps({"id": "j1", "date": "2024-03-17", "text": "The junta expelled French troops."}),
             '{"id": "j2", "date": "2024-03-17", "text": "trunc',
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "j4", "date": "2024-13-01", "text": "Bad month."}),
             json.dumps({"id": "j5", "date": None, "text": "<html><body><p>Rebels attacked a convoy.</p></body></html>"})]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "cut.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode())[:-20])
    proc = subprocess.run([sys.executable, "-m", "dateline", "code", str(d), "--format", "doc-jsonl",
                           "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    ids = {doc["id"] for doc in docs}
    assert {"good", "good_crlf_bom", "good_utf16", "j1", "j5"} <= ids
    texts = {doc["id"]: doc["text"] for doc in docs}
    assert texts["good"] == texts["good_crlf_bom"] == texts["good_utf16"]
    err = proc.stderr
    for name in bad_files:
        assert str(d / name) in err, f"{name} not named in stderr:\n{err}"
    for line in (2, 3, 4):
        assert f"{d / 'batch.jsonl'}:{line}:" in err
    assert str(d / "cut.jsonl.gz") in err
    assert "Traceback" not in err
