"""``evaluate_plv(train_half=...)``: one type model trained on one half of a plv_train-style file scores the
other half, so the score-only half is coded by a model that saw none of its rows (cross-validation's fold
models each see four fifths of both halves).  Sentences written for the test."""

from __future__ import annotations

import pytest

from dateline.eval.events import evaluate_plv, run

def test_a_model_trained_on_the_even_rows_scores_only_the_odd_rows(plv_rows_tsv, nlp):
    seen = []
    report = evaluate_plv(plv_rows_tsv, nlp=nlp, mode="cv", train_half="even",
                          on_row=lambda row, doc, events, model: seen.append((row.text, model.name)))
    assert report.n == 3
    assert [text for text, _ in seen] == ["The minister condemned the rebels on Monday.",
                                          "The senator criticised the governor again.",
                                          "Guards jailed the smugglers last week."]
    assert {name for _, name in seen} == {"linear-even"}
    assert "trained on the even-numbered rows only" in report.setting


def test_a_model_trained_on_one_half_never_scores_that_half(plv_rows_tsv, nlp):
    with pytest.raises(ValueError, match="other half"):
        evaluate_plv(plv_rows_tsv, nlp=nlp, mode="cv", train_half="odd", half="odd")


def test_the_odd_half_scored_by_an_even_model_lists_no_row(plv_rows_tsv):
    with pytest.raises(ValueError, match="scored only"):
        run(plv_rows_tsv, mode="cv", train_half="even", errors=5, penta=None)
