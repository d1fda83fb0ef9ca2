"""The PLOVER ontology tables: the manual's slips resolved, scores and quads consistent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dateline.events import ontology

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "data" / "events" / "CAMEO2PLOVER-2021.txt"


def test_sixteen_event_types():
    assert len(ontology.event_types()) == 16
    assert ontology.event_types()[0] == "AGREE" and ontology.event_types()[-1] == "ASSAULT"


def test_manual_slip_sanction_is_material_conflict():
    assert ontology.quad_of("SANCTION") == 4


def test_manual_slip_accuse_score_is_negative():
    assert ontology.score_of("ACCUSE") < 0
    assert all(ontology.score_of("ACCUSE", m) < 0 for m in ontology.modes_of("ACCUSE"))


def test_quads_follow_the_manual():
    quads = {t: ontology.quad_of(t) for t in ontology.event_types()}
    assert {t for t, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {t for t, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {t for t, q in quads.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def test_scores_have_the_sign_of_their_quad():
    for t in ontology.event_types():
        q = ontology.quad_of(t)
        for mode in [None, *ontology.modes_of(t)]:
            s = ontology.score_of(t, mode)
            # the one exception the manual makes: REQUEST 'assist' scores +0.5
            assert (s > 0) if q <= 2 else (s <= 0.5), (t, mode, s)
            if q == 4:
                assert s < 0, (t, mode, s)


def test_mode_scores():
    assert ontology.score_of("CONSULT", "visit") == 4
    assert ontology.score_of("SANCTION", "discontinue") == -6
    assert ontology.score_of("PROTEST", "vandalize") == ontology.score_of("PROTEST")  # no score in the manual
    with pytest.raises(ValueError):
        ontology.score_of("CONSULT", "arrest")


def test_cooperate_aid_sanction_and_consult_require_a_recipient():
    # the three, and a meeting, which needs someone to meet (plover_types.tsv says why)
    assert {t for t in ontology.event_types() if ontology.requires_recipient(t)} == \
        {"COOPERATE", "AID", "SANCTION", "CONSULT"}


def test_cameo_crosswalk():
    assert ontology.cameo_root_to_plover("04") == "CONSULT"
    assert ontology.cameo_root_to_plover("190") == "ASSAULT"
    assert ontology.cameo_root_to_plover("01") is None  # statements have no PLOVER type
    assert ontology.cameo_to_plover("042") == ("CONSULT", "visit", ())
    assert ontology.cameo_to_plover("0841")[0] == "RETREAT"


def test_cameo_modes_and_contexts_are_known():
    table = ontology._cameo()
    assert len(table) > 250
    for code, (ptype, mode, _contexts) in table.items():
        assert ptype in ontology.event_types(), code
        assert code[:2].isdigit()


@pytest.mark.skipif(not SOURCE.exists(), reason="shared CAMEO2PLOVER source not available")
def test_crosswalk_file_regenerates_identically():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "build_events_data.py"), "--check",
                             "--source", str(SOURCE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
