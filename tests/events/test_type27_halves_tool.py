"""tools/train_event_model.py --halves --drop: feature groups left out of training and coding alike."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "train_event_model.py"


def _tool():
    spec = importlib.util.spec_from_file_location("train_event_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_drop_groups_removes_whole_groups_by_prefix_only():
    """"PP" drops every PP= feature (whatever its value holds, "=" included) but not PR= or a lemma that
    happens to read "PP"."""
    feats = ["L=meet", "PP=with:talks", "PP=on:a=b", "PR=meet|with", "C=dobj:pp", "GL=try_meet"]
    assert _tool().drop_groups(feats, {"PP"}) == ["L=meet", "PR=meet|with", "C=dobj:pp", "GL=try_meet"]
    assert _tool().drop_groups(feats, {"PP", "GL"}) == ["L=meet", "PR=meet|with", "C=dobj:pp"]
    assert _tool().drop_groups(feats, set()) == feats


def test_halves_restores_the_coder_features_after_a_failed_run(monkeypatch):
    """The ablation swaps model.features for the run only: it is put back even when the run fails."""
    from dateline.eval import events as ev
    from dateline.events import model

    plain = model.features

    def boom():
        raise RuntimeError("no parser")

    monkeypatch.setattr(ev, "load_nlp", boom)
    tool = _tool()
    try:
        tool.main(["--halves", "--drop", "PP"])
    except RuntimeError:
        pass
    assert model.features is plain
