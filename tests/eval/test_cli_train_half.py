"""``dateline eval events --train-half``: the command line reaches evaluate_plv's one-half model and refuses
anything but even or odd, naming the option.  Rows written for the test."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

ROWS = [
    ("<s>Police</s> arrested two <t>protesters</t> in the capital.", "COERCE"),
    ("<s>The minister</s> condemned <t>the rebels</t> on Monday.", "ACCUSE"),
    ("<s>The mayor</s> denounced <t>the landlords</t> on television.", "ACCUSE"),
    ("<s>The senator</s> criticised <t>the governor</t> again.", "ACCUSE"),
]


def _tsv(tmp_path: Path) -> Path:
    path = tmp_path / "rows.tsv"
    path.write_text("marked_sentence\tgold_root\n" + "".join(f"{s}\t{g}\n" for s, g in ROWS), encoding="utf-8")
    return path


def test_train_half_scores_the_other_half_with_a_one_half_model(tmp_path):
    result = CliRunner().invoke(app, ["eval", "events", "--tsv", str(_tsv(tmp_path)), "--model", "cv",
                                      "--train-half", "even", "--json"])
    assert result.exit_code == 0, result.output
    assert '"train_half": "even"' in result.output
    assert '"n": 2' in result.output


def test_train_half_must_be_even_or_odd(tmp_path):
    result = CliRunner().invoke(app, ["eval", "events", "--tsv", str(_tsv(tmp_path)), "--train-half", "both"])
    assert result.exit_code == 2
    assert "--train-half must be even or odd" in result.output
