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


@pytest.fixture(scope="module")
def coded(nlp):
    from dateline.actors import resolve
    from dateline.events import extract

    def run(text):
        doc = nlp(text)
        return doc, extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)

    return run


def test_type_mechanism_tells_a_reading_the_model_passed_over_from_one_the_lexicon_lacks(coded):
    """'attacked' has an ASSAULT and an ACCUSE reading (both verb entries): a gold ACCUSE was passed over by the
    model among the trigger's best readings; a gold COERCE is no reading of the word at all."""
    mechanism = _tool().type_mechanism
    doc, events = coded("Russian troops attacked the village of Bucha on Monday.")
    (attack,) = [e for e in events if e.trigger.text == "attacked"]
    assert attack.type == "ASSAULT"
    assert mechanism(attack, doc, "ACCUSE", events) == "among best readings"
    assert mechanism(attack, doc, "COERCE", events) == "not among readings"


def test_type_mechanism_notes_a_gold_event_that_lost_on_confidence_and_the_trigger_kinds(coded):
    """Two events join Egypt and the plan; when the more confident one has the wrong type, the other one's gold
    type is noted.  An event typed by a rule, and one on a word without lexicon entries, are told apart."""
    from dataclasses import replace

    from dateline.model import Span

    mechanism = _tool().type_mechanism
    doc, events = coded("Egypt condemned and rejected the Israeli plan.")
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert condemned.type == "ACCUSE" and any(e.type == "REJECT" for e in events)
    assert mechanism(condemned, doc, "REJECT", events) == "not among readings + gold event joining"
    assert mechanism(condemned, doc, "REJECT", [condemned]) == "not among readings"
    assert mechanism(replace(condemned, reason="rule:reported_demand"), doc, "REJECT") == "rule"
    egypt = doc[0]
    unknown = replace(condemned, trigger=Span(egypt.idx, egypt.idx + len(egypt), egypt.text), reason="model:m")
    assert mechanism(unknown, doc, "REJECT") == "unknown verb"
