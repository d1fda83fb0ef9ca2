"""Integrity of the events data files: every lexicon entry and cue names a real type and mode."""

from __future__ import annotations

from dateline.events import ontology
from dateline.events.lexicon import lexicon, modality_cues
from dateline.events.model import default_model


def test_trigger_entries_name_real_types_modes_and_contexts():
    lex = lexicon()
    assert len(lex.entries) > 100
    contexts = set(ontology.contexts())
    for entry in lex.entries.values():
        assert entry.type in ontology.event_types(), entry.id
        if entry.mode:
            assert entry.mode in ontology.modes_of(entry.type), entry.id
        assert set(entry.context) <= contexts, entry.id
        assert entry.id.split(".")[0] == entry.type.lower(), entry.id  # ids say their type


def test_every_type_has_triggers():
    covered = {e.type for e in lexicon().entries.values()}
    assert covered == set(ontology.event_types())


def test_modality_cues_have_known_effects():
    effects = {"negated", "future", "hypothetical", "claimed", "none"} | {f"as:{t}" for t in ontology.event_types()}
    for (cue, where), effect in modality_cues().items():
        assert where in {"aux", "advmod", "mark", "control", "control_clause", "control_punitive", "control_request", "control_harm", "control_other", "control_addressed", "prep", "demand", "need", "blame", "failure", "statement", "accord", "deliberation"}, cue
        assert effect in effects, (cue, effect)
        assert (effect == "none") == (where in ("statement", "accord", "deliberation")), (cue, where, effect)


def test_shipped_type_model_loads_without_pickle(nlp):
    from dateline.events import extract

    model = default_model()
    assert model is not None
    assert "YIELD" in model.labels and len(model.labels) == 15
    assert model.weights.shape == (len(model.index), len(model.labels))
    assert abs(model.scores(["L=arrest"]).sum() - 1) < 1e-5
    [e] = extract(nlp("Dutch police arrested a Turkish man in Utrecht on Monday."), doc_id="m")
    assert e.type == "COERCE" and e.reason.startswith("model:")
