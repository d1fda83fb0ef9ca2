"""``dateline eval events --train-half``: the command line reaches evaluate_plv's one-half model and refuses
anything but even or odd, naming the option.  Rows written for the test."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app


def test_train_half_scores_the_other_half_with_a_one_half_model(plv_rows_tsv):
    result = CliRunner().invoke(app, ["eval", "events", "--tsv", str(plv_rows_tsv), "--model", "cv",
                                      "--train-half", "even", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["train_half"], report["half"], report["rows"]) == ("even", "odd", 3)


def test_train_half_must_be_even_or_odd(plv_rows_tsv):
    result = CliRunner().invoke(app, ["eval", "events", "--tsv", str(plv_rows_tsv), "--train-half", "both"])
    assert result.exit_code == 2
    assert "--train-half must be even or odd" in result.output
