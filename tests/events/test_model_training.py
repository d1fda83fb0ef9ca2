"""Training options of the event-type model (training.fit) and the even-half cross-validation tool
(tools/train_event_model.py --cv)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline.events.training import fit

TOOL = Path(__file__).resolve().parents[2] / "tools" / "train_event_model.py"


def _tool():
    spec = importlib.util.spec_from_file_location("train_event_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_balanced_class_weight_lets_a_rare_class_win_an_ambiguous_feature():
    """Nine ASSAULT rows and one PROTEST row share the ambiguous word; only the balanced weighting (the
    default) makes the rare class count as much as the frequent one."""
    pytest.importorskip("sklearn")
    train = [(["L=clash", f"X={i}"], "ASSAULT") for i in range(9)] + [(["L=clash", "X=rare"], "PROTEST")]
    balanced = fit(train, c=1.0)
    plain = fit(train, c=1.0, class_weight=None)
    rare = balanced.labels.index("PROTEST")
    assert balanced.scores(["L=clash"])[rare] > plain.scores(["L=clash"])[rare]
    assert plain.labels[int(plain.scores(["L=clash"]).argmax())] == "ASSAULT"


def test_the_cv_tool_lists_errors_on_the_design_half_only(capsys):
    """The odd rows of plv_train are score-only: the tool refuses to list their errors (before any parsing)."""
    assert _tool().main(["--cv", "--half", "odd", "--errors", "5"]) == 2
    assert "score-only" in capsys.readouterr().err
