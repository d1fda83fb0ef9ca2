"""TimeML in and out: gold tags stripped, our TIMEX3 tags added, every other character unchanged."""

from __future__ import annotations

import re
from pathlib import Path
import shutil

from dateline.time.timeml import annotate, annotate_dir, gold_timexes, parse

FIXTURES = Path(__file__).parent / "fixtures"

_TAG = re.compile(r"</?(?:TIMEX3|EVENT|SIGNAL)\b[^>]*>")


def _text_part(source: str) -> str:
    return source[source.index("<TEXT>"):source.index("</TEXT>")]


def test_parse_reads_dct_and_decodes_entities():
    doc = parse((FIXTURES / "niger_statement.tml").read_text())
    assert doc.dct == "2024-03-17"
    assert "<EVENT" not in doc.text and "&amp;" not in doc.text and " & met" in doc.text


def test_round_trip_keeps_text_and_carries_only_our_tags():
    source = (FIXTURES / "niger_statement.tml").read_text()
    out = annotate(source)
    # text identical once tags are removed
    assert _TAG.sub("", _text_part(out)) == _TAG.sub("", _text_part(source))
    # gold annotation gone, ours in
    assert "<EVENT" not in out and "<SIGNAL" not in out and "<TLINK" not in out and "MAKEINSTANCE" not in out
    ours = {t.text: t.value for t in gold_timexes(out)}
    assert ours == {"Saturday": "2024-03-16", "a year ago": "2023-03", "four months later": "2023-07"}
    # everything outside TEXT is as it was (DCT, title with its entity)
    assert out[:out.index("<TEXT>")] == source[:source.index("<TEXT>")]


def test_gold_offsets_point_into_the_decoded_text():
    source = (FIXTURES / "niger_statement.tml").read_text()
    text = parse(source).text
    for g in gold_timexes(source):
        assert text[g.start:g.end] == g.text


def test_annotate_dir_reports_bad_files_and_processes_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "niger_statement.tml", src / "a.tml")
    shutil.copy(FIXTURES / "no_text.tml", src / "b.tml")
    (src / "c.TE3input").write_bytes(b"\xff\xfe not utf-8")
    problems = annotate_dir(src, tmp_path / "out", parse_with_spacy=False)
    assert (tmp_path / "out" / "a.tml").exists()
    assert not (tmp_path / "out" / "b.tml").exists()
    assert len(problems) == 2
    assert any("b.tml:" in p and "TEXT" in p for p in problems)
    assert any("c.TE3input:1:" in p for p in problems)


def test_annotate_with_the_parse(nlp):
    source = (FIXTURES / "niger_statement.tml").read_text()
    ours = {t.text: t.value for t in gold_timexes(annotate(source, nlp))}
    assert ours["Saturday"] == "2024-03-16" and ours["four months later"] == "2023-07"
