"""The learned event-type model (model.py) and its training examples (training.py)."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from dateline.events.extract import Candidate, candidates
from dateline.events.model import MODEL_FILE, TypeModel, default_model, features, split_yield
from dateline.events.arguments import find_arguments
from dateline.events.lexicon import find_triggers
from dateline.events.status import Modality, modality
from dateline.events.training import fit, pair_candidate, parties_of


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def _prefixes(names) -> set[str]:
    return {n.split("=", 1)[0] for n in names}


def test_scores_are_a_distribution_and_unknown_features_count_nothing():
    model = TypeModel(["ACCUSE", "ASSAULT"], ["L=attack", "L=condemn"],
                      np.array([[-2.0, 2.0], [2.0, -2.0]]), np.array([0.0, 0.0]))
    p = model.scores(["L=attack", "L=unseen"])
    assert p.sum() == pytest.approx(1.0)
    assert p[1] > 0.95  # ASSAULT
    assert model.scores(["L=unseen"]).tolist() == pytest.approx([0.5, 0.5])


def test_save_and_load_keep_the_model_without_pickle(tmp_path):
    pytest.importorskip("sklearn")
    train = [(["L=attack", "P=VERB"], "ASSAULT"), (["L=bomb", "P=VERB"], "ASSAULT"),
             (["L=condemn", "P=VERB"], "ACCUSE"), (["L=denounce", "P=VERB"], "ACCUSE")]
    model = fit(train, c=10.0, name="tiny", info={"trained_on": ["four rows"]})
    path = tmp_path / "m.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as z:  # plain arrays only
        assert z["weights"].dtype == np.float16
    back = TypeModel.load(path)
    assert back.labels == ["ACCUSE", "ASSAULT"] and back.name == "tiny" and back.info["trained_on"] == ["four rows"]
    assert back.scores(["L=condemn"]) == pytest.approx(model.scores(["L=condemn"]), abs=1e-3)
    assert back.labels[int(back.scores(["L=bomb"]).argmax())] == "ASSAULT"


def test_split_yield_follows_the_lexicon_else_the_status():
    cand = Candidate(0, [], None)
    assert split_yield({"YIELD": 0.6, "AGREE": 0.4}, cand) == {"RETREAT": 0.6, "AGREE": 0.4}
    cand.modality = Modality("future", None, None, ())
    assert split_yield({"YIELD": 0.6, "AGREE": 0.4}, cand) == {"CONCEDE": 0.6, "AGREE": 0.4}


def test_shipped_model_is_small_and_knows_every_kind_of_feature_the_code_makes(nlp):
    """A feature family added to ``features()`` without retraining the shipped model would be silently
    ignored at coding time: retrain with tools/train_event_model.py."""
    with resources.as_file(resources.files("dateline.events").joinpath("data", MODEL_FILE)) as path:
        assert path.stat().st_size < 1_000_000
    model = default_model()
    assert model is not None
    made = set()
    for text in ("Russia warned Ukraine on Monday that it would not allow the talks to resume.",
                 "Protesters in Niamey burned French flags outside the embassy after the junta expelled the ambassador.",
                 "The United States is willing to withdraw its troops from South Vietnam."):
        doc = nlp(text)
        covered = parties_of(doc)
        for cand in candidates(doc[:], type_model=model):  # prepared as code_sentence prepares them
            cand.modality = modality(doc[cand.token])
            find_arguments(cand, doc, covered)
            made |= _prefixes(features(cand, doc))
    assert {"L", "E", "T", "G", "C", "CE", "ST", "S", "AE"} <= made  # (the sentences exercise the main families)
    assert made <= _prefixes(model.index)


def test_training_anchors_a_row_at_the_candidate_joining_its_marked_spans(nlp):
    text = "On Monday Russia accused Ukraine of shelling the power plant, and Kyiv denied it."
    doc = nlp(text)
    cand = pair_candidate(doc, _span(text, "Russia"), _span(text, "Ukraine"))
    assert cand is not None and doc[cand.token].text == "accused"
    assert "ACCUSE" in {h.entry.type for h in cand.hits}


def test_training_falls_back_to_the_verb_governing_both_spans(nlp):
    text = "The minister travelled to Paris on Monday."
    doc = nlp(text)
    cand = pair_candidate(doc, _span(text, "The minister"), _span(text, "Paris"))
    assert cand is not None and doc[cand.token].lemma_ == "travel"


def _model_sure_of(label: str) -> TypeModel:
    """A real (hand-weighted) model that types every candidate ``label``, whatever its features."""
    labels = ["SUPPORT", "CONSULT", "AGREE", "AID"]
    bias = np.array([4.0 if x == label else 0.0 for x in labels])
    return TypeModel(labels, ["L=none"], np.zeros((1, len(labels))), bias)


@pytest.mark.parametrize("text,verb,types", [
    ("The two energy ministers attended an OPEC meeting in Vienna.", "attended", {"CONSULT"}),
    ("Tillerson joined Zarif for a meeting in New York.", "joined", {"CONSULT"}),
    ("Saraki led a Senate delegation on a visit to Russia.", "led", {"CONSULT"}),
])
def test_a_verb_the_lexicon_does_not_know_takes_a_type_of_the_event_noun_it_carries(nlp, text, verb, types):
    """PLOVER CONSULT: 'all consultations and meetings'; 'attended a meeting' reports the meeting, so a
    model sure of SUPPORT for the light verb must still give it one of the meeting's types."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    cand = Candidate(tok.i, [], doc[:])
    probs = _model_sure_of("SUPPORT").predict(cand, doc)
    best = max(probs, key=probs.get)
    assert best in types
    assert probs[best] == pytest.approx(max(_model_sure_of("SUPPORT").scores([])), abs=1e-6)  # confidence kept


def test_a_verb_carrying_no_event_noun_keeps_the_models_type(nlp):
    doc = nlp("The minister attended a dinner party in Vienna.")
    tok = next(t for t in doc if t.text == "attended")
    probs = _model_sure_of("SUPPORT").predict(Candidate(tok.i, [], doc[:]), doc)
    assert max(probs, key=probs.get) == "SUPPORT"


def _sure_of_aid(known: list[str]) -> TypeModel:
    """A hand-weighted model sure of AID whatever the features; ``known`` are feature names it was trained on."""
    labels = ["AID", "MOBILIZE", "SUPPORT"]
    return TypeModel(labels, ["L=none", *known], np.zeros((1 + len(known), len(labels))), np.array([5.0, 0.0, 0.0]))


def test_the_model_keeps_to_a_lexicon_entry_it_never_saw_in_training(nlp):
    """'sent *warships*' (mobilize.send_warships, MOBILIZE weapons: PLOVER manual 3.14.1): a model that never saw the
    entry, sure of AID from the bare verb, may not overrule it; one that saw the entry in training may."""
    doc = nlp("China sent two warships to the disputed islands.")
    tok = next(t for t in doc if t.text == "sent")
    cand = Candidate(tok.i, find_triggers(doc[:])[tok.i], doc[:])
    assert {h.entry.id for h in cand.hits} >= {"mobilize.send_warships"}
    probs = _sure_of_aid([]).predict(cand, doc)
    assert max(probs, key=probs.get) == "MOBILIZE" and probs["AID"] == 0.0
    probs = _sure_of_aid(["E=mobilize.send_warships"]).predict(cand, doc)
    assert max(probs, key=probs.get) == "AID"
