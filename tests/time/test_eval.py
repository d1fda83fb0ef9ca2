"""The TempEval-3 style scorer on hand-made gold."""

from __future__ import annotations

import pytest
from pathlib import Path

from dateline.eval.time import evaluate, match, prf
from dateline.time.timeml import GoldTimex

FIXTURES = Path(__file__).parent / "fixtures"


def g(start, end, typ="DATE", value="2024-03-16"):
    return GoldTimex(start, end, "", typ, value, None)


def test_strict_relaxed_and_attribute_counts():
    gold = [g(0, 8), g(20, 30, "DURATION", "P3D"), g(40, 45)]
    system = [g(0, 8), g(18, 30, "DATE", "P3D"), g(60, 65)]
    c, errors = match(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed, c.value, c.type) == (3, 3, 1, 2, 2, 1)
    assert sum(e.split("\t")[1] == "MISSED" for e in errors) == 1
    assert sum(e.split("\t")[1] == "SPURIOUS" for e in errors) == 1


def test_attribute_f1_is_relaxed_f1_times_accuracy():
    p, r, f = prf(2, 3, 3)
    assert f == pytest.approx(2 / 3)
    # value F1 = relaxed F1 (2/3) x value accuracy (2/2)
    assert prf(2, 3, 3)[2] == pytest.approx((2 / 3) * 1.0)


def test_relaxed_matching_is_one_to_one():
    c, _ = match([g(0, 10)], [g(0, 4), g(5, 10)])
    assert c.relaxed == 1


def test_evaluate_a_directory(tmp_path):
    import shutil

    shutil.copy(FIXTURES / "niger_statement.tml", tmp_path / "a.tml")
    report = evaluate(tmp_path)
    s = report.scores()
    # gold: Saturday, a year ago, four months (DURATION, span without "Just" / "later")
    assert report.counts.gold == 3 and report.counts.system == 3
    assert s["relaxed"][2] == pytest.approx(1.0)
    assert s["strict"][2] == pytest.approx(2 / 3)
    assert s["value"][2] == pytest.approx(2 / 3)


def test_half_keeps_the_even_or_odd_numbered_files(tmp_path):
    """``eval time --half`` numbers files as ``eval dates`` does (sorted by path, 0-based): a.tml is
    even, b.tml odd; the two halves partition the whole."""
    import shutil

    shutil.copy(FIXTURES / "niger_statement.tml", tmp_path / "a.tml")
    shutil.copy(FIXTURES / "niger_statement.tml", tmp_path / "b.tml")
    whole, even, odd = evaluate(tmp_path), evaluate(tmp_path, half="even"), evaluate(tmp_path, half="odd")
    assert (whole.documents, even.documents, odd.documents) == (2, 1, 1)
    assert even.counts.gold + odd.counts.gold == whole.counts.gold
    assert {e.split("\t")[0] for e in even.errors} <= {"a.tml"}
    assert {e.split("\t")[0] for e in odd.errors} <= {"b.tml"}
    with pytest.raises(ValueError):
        evaluate(tmp_path, half="first")


def test_cli_half_option(tmp_path):
    import shutil

    from typer.testing import CliRunner

    from dateline.cli import app

    shutil.copy(FIXTURES / "niger_statement.tml", tmp_path / "a.tml")
    shutil.copy(FIXTURES / "niger_statement.tml", tmp_path / "b.tml")
    out = CliRunner().invoke(app, ["eval", "time", str(tmp_path), "--half", "odd"])
    assert out.exit_code == 0 and "1 documents" in out.output
    bad = CliRunner().invoke(app, ["eval", "time", str(tmp_path), "--half", "third"])
    assert bad.exit_code != 0
