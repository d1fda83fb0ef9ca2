"""``evaluate_plv(train_half=...)``: one type model trained on one half of a plv_train-style file scores the
other half, so the score-only half is coded by a model that saw none of its rows (cross-validation's fold
models each see four fifths of both halves).  Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.events import evaluate_plv, run

ROWS = [  # positions 0, 2, 4 even; 1, 3, 5 odd
    ("<s>Police</s> arrested two <t>protesters</t> in the capital.", "COERCE"),
    ("<s>The minister</s> condemned <t>the rebels</t> on Monday.", "ACCUSE"),
    ("<s>The mayor</s> denounced <t>the landlords</t> on television.", "ACCUSE"),
    ("<s>The senator</s> criticised <t>the governor</t> again.", "ACCUSE"),
    ("<s>The army</s> detained <t>the journalist</t> at the border.", "COERCE"),
    ("<s>Guards</s> jailed <t>the smugglers</t> last week.", "COERCE"),
]


def _tsv(tmp_path: Path) -> Path:
    path = tmp_path / "rows.tsv"
    path.write_text("marked_sentence\tgold_root\n" + "".join(f"{s}\t{g}\n" for s, g in ROWS), encoding="utf-8")
    return path


def test_a_model_trained_on_the_even_rows_scores_only_the_odd_rows(tmp_path, nlp):
    seen = []
    report = evaluate_plv(_tsv(tmp_path), nlp=nlp, mode="cv", train_half="even",
                          on_row=lambda row, doc, events, model: seen.append((row.text, model.name)))
    assert report.n == 3
    assert [text for text, _ in seen] == ["The minister condemned the rebels on Monday.",
                                          "The senator criticised the governor again.",
                                          "Guards jailed the smugglers last week."]
    assert {name for _, name in seen} == {"linear-even"}
    assert "trained on the even-numbered rows only" in report.setting


def test_a_model_trained_on_one_half_never_scores_that_half(tmp_path, nlp):
    with pytest.raises(ValueError, match="other half"):
        evaluate_plv(_tsv(tmp_path), nlp=nlp, mode="cv", train_half="odd", half="odd")


def test_the_odd_half_scored_by_an_even_model_lists_no_row(tmp_path):
    with pytest.raises(ValueError, match="scored only"):
        run(_tsv(tmp_path), mode="cv", train_half="even", errors=5, penta=None)
