"""The learned recipient chooser (events.pairing, an evaluation experiment): its candidates, features,
the rule that only a thing or nothing gives way, and training from marked rows."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.actors import resolve
from dateline.events import extract, pairing


def _events(nlp, text, pair_model=None):
    doc = nlp(text)
    return doc, extract(doc, doc_id="t", mentions=resolve(doc, None).mentions, pair_model=pair_model)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_dependency_path_names_prepositions_and_up_steps(nlp):
    doc = nlp("President Obama lifted restrictions on travel to Cuba.")
    lifted = _tok(doc, "lifted")
    assert pairing.dep_path(lifted, _tok(doc, "Cuba")) == ["dobj", "prep:on", "prep:to"]
    assert pairing.dep_path(_tok(doc, "Cuba"), lifted) == ["^prep:to", "^prep:on", "^dobj"]
    assert pairing.dep_path(lifted, _tok(doc, "Obama")) == ["nsubj"]


def test_candidates_leave_out_the_actor_the_trigger_dates_and_name_parts(nlp):
    doc = nlp("The European Union on Monday sent food aid to families in South Sudan.")
    sent = _tok(doc, "sent")
    actor = [pairing.roles.Arg(_tok(doc, "Union").i, 0, 3)]
    heads = {t.text for t in pairing.candidate_heads(sent, actor, set())}
    assert "Sudan" in heads and "families" in heads and "aid" in heads
    assert not heads & {"European", "Union", "Monday", "sent", "South"}


def test_kinds_of_candidates(nlp):
    doc = nlp("USAID provided shelter to displaced families in Haiti.")
    covered = {}
    for m in resolve(doc, None).mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        covered.update({t.i: m for t in span})
    assert pairing._kind(_tok(doc, "Haiti"), covered) == "place"
    assert pairing._kind(_tok(doc, "shelter"), covered) == "common"


def _place_lover(margin=1.0):
    """A hand-set chooser that likes places: enough to test the decision rule without training."""
    return pairing.PairModel(["K=place", "RULE"], np.array([5.0, 0.0]), 0.0, margin=margin)


def test_a_thing_the_rules_picked_gives_way_to_a_place_the_model_prefers(nlp):
    # (the place is in a clause of its own: on the trigger's clause, the rules take the place themselves,
    # events.place_recipients)
    text = "The government lifted restrictions on foreign visitors when the outbreak in Wuhan ended."
    _, before = _events(nlp, text)
    rule_pick = [[p.text for p in e.recipient] for e in before if e.trigger.text == "lifted"]
    assert rule_pick == [["foreign visitors"]]  # a thing: no actors-stage mention, no name
    _, after = _events(nlp, text, _place_lover())
    lifted = [e for e in after if e.trigger.text == "lifted"]
    assert [p.text for p in lifted[0].recipient] == ["Wuhan"]
    assert "learned_recipient" in lifted[0].recipient[0].flags
    # not when the place does not beat the rules' pick by the margin
    _, kept = _events(nlp, text, _place_lover(margin=10.0))
    assert [[p.text for p in e.recipient] for e in kept if e.trigger.text == "lifted"] == rule_pick


def test_a_party_the_rules_picked_stays(nlp):
    text = "The EU imposed sanctions on Russia over the war in Ukraine."
    _, before = _events(nlp, text)
    against_rules = pairing.PairModel(["K=place", "RULE"], np.array([5.0, -3.0]), 0.0, margin=0.0)
    _, after = _events(nlp, text, against_rules)  # (would take "Ukraine" if a party could give way)
    assert [[p.text for p in e.recipient] for e in before] == [[p.text for p in e.recipient] for e in after]
    assert any(p.text == "Russia" for e in after for p in e.recipient)


def test_rows_label_the_candidates_of_the_source_events():
    seen = [{"type": "CONCEDE", "trigger": 3, "actor": [(0, 10)],
             "cands": [(["K=common", "RULE"], [(20, 30)]), (["K=place"], [(40, 45)])]},
            {"type": "ASSAULT", "trigger": 9, "actor": [(50, 60)], "cands": [(["K=place"], [(40, 45)])]}]
    groups = pairing.labelled(seen, source=(0, 10), target=(40, 45), gold="YIELD")
    assert groups == [[(["K=common", "RULE"], 0), (["K=place"], 1)]]
    assert pairing.labelled(seen, source=(0, 10), target=(0, 0), gold="YIELD") == []  # no target marked
    assert pairing.labelled(seen, source=(0, 10), target=(70, 80), gold="YIELD") == []  # target out of reach


def test_fit_learns_to_prefer_the_marked_kind():
    pytest.importorskip("sklearn")
    group = [(["RK=common|K=common", "K=common", "RULE"], 0), (["RK=common|K=place", "K=place"], 1)]
    party_rule = [(["RK=sector|K=sector", "K=sector", "RULE"], 1), (["RK=sector|K=place", "K=place"], 0)]
    model = pairing.fit([group] * 20 + [party_rule] * 20, c=1.0)
    assert model.logit(group[1][0]) > model.logit(group[0][0])
    # groups whose rules chose a party are not what the chooser decides on: left out of training
    assert "K=sector" not in model.index


def test_recorder_keeps_the_rules_recipient(nlp):
    rec = pairing.Recorder()
    text = "USAID provided shelter materials to families in Haiti."
    _, plain = _events(nlp, text)
    _, recorded = _events(nlp, text, rec)
    assert [[p.text for p in e.recipient] for e in plain] == [[p.text for p in e.recipient] for e in recorded]
    assert rec.seen and all(s["cands"] for s in rec.seen)
