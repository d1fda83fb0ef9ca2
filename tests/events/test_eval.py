"""Pieces of ``dateline eval events`` that decide what is scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.events import Report, model_mode, pair_event, penta_class
from dateline.events.training import load_plv, unmark
from dateline.model import Event, Participant, Span


def test_unmark_keeps_offsets_and_first_mark():
    text, s, t = unmark("<s>Asean</s> holds talks with <t>East Asian countries</t> through the <s>Asean</s> Plus Three.")
    assert text == "Asean holds talks with East Asian countries through the Asean Plus Three."
    assert text[s[0]:s[1]] == "Asean" and s[0] == 0
    assert text[t[0]:t[1]] == "East Asian countries"


def test_unmark_strips_spaces_inside_marks():
    text, s, _ = unmark("<s>Government of National Accord (GNA) </s>announced a ceasefire in <t>Libya</t>.")
    assert text[s[0]:s[1]] == "Government of National Accord (GNA)"


def _event(actor, recipient, type_="ACCUSE", confidence=0.5):
    part = [Participant(a, b, "x", None, None) for a, b in actor]
    rec = [Participant(a, b, "x", None, None) for a, b in recipient]
    return Event("d:e1", type_, None, 3, -3.0, Span(0, 50, ""), Span(10, 12, "xx"), part, rec, confidence=confidence)


def test_pair_event_needs_actor_on_source_and_recipient_on_target():
    right = _event([(0, 5)], [(20, 30)], confidence=0.4)
    reversed_ = _event([(20, 30)], [(0, 5)], confidence=0.9)
    assert pair_event([reversed_, right], (0, 5), (22, 25)) is right
    assert pair_event([reversed_], (0, 5), (22, 25)) is None


def test_pair_event_needs_the_target_among_the_recipients_not_the_actors():
    # The definition: the actor overlaps the source and the recipient the target.  Two actors
    # of a joint event ("X and Y met") do not match; the coder codes that as the dyad X -> Y.
    both = _event([(0, 5), (10, 15)], [], type_="CONSULT")
    assert pair_event([both], (0, 5), (10, 15)) is None
    dyad = _event([(0, 5)], [(10, 15)], type_="CONSULT")
    assert pair_event([dyad], (0, 5), (10, 15)) is dyad


def test_penta_class_follows_cameo_ranges(nlp):
    doc = nlp("Iran demanded talks and Iraq asked for aid.")
    demand = _event([(0, 4)], [], type_="REQUEST")
    demand.trigger = Span(5, 13, "demanded")
    ask = _event([(24, 28)], [], type_="REQUEST")
    ask.trigger = Span(29, 34, "asked")
    assert penta_class(demand, doc) == 3
    assert penta_class(ask, doc) == 0
    assert penta_class(None, doc) == 0
    assert penta_class(_event([], [], type_="CONCEDE"), doc) == 2
    assert penta_class(_event([], [], type_="SANCTION"), doc) == 4


def test_pair_event_accepts_a_pronoun_through_its_antecedent():
    # "The Israeli military says it launched strikes on X": gold marks the antecedent, we keep "it".
    it = Participant(30, 32, "it", "ISR", "MIL", antecedent=Span(0, 20, "The Israeli military"))
    rec = [Participant(50, 60, "x", None, None)]
    e = Event("d:e1", "ASSAULT", None, 4, -9.0, Span(0, 70, ""), Span(40, 45, "xx"), [it], rec, confidence=0.5)
    assert pair_event([e], (4, 20), (50, 60)) is e
    assert pair_event([e], (21, 25), (50, 60)) is None
    assert it.to_json()["antecedent"] == {"start": 0, "end": 20, "text": "The Israeli military"}
    assert "antecedent" not in rec[0].to_json()


def test_error_block_says_why_a_row_is_wrong():
    from dateline.eval.events import _error_block
    from dateline.events.training import Row

    row = Row("7", "Mali expelled the French ambassador.", (0, 4), (13, 35), "SANCTION")
    other = _event([(13, 35)], [(0, 4)], type_="SANCTION")
    block = _error_block(row, [other], None)
    assert block.startswith("[7] gold SANCTION  pred -  (no pair)")
    assert "source: 'Mali'" in block and "SANCTION" in block.splitlines()[-1]
    assert "(no event)" in _error_block(row, [], None)


def test_model_mode_cross_validates_only_on_the_shipped_models_own_training_file():
    # plv_train.tsv is what the shipped model was trained on: scoring it with that model would
    # score rows it has seen, so auto cross-validates there and uses the shipped model elsewhere.
    assert model_mode(Path("/data/plv_train.tsv")) == "cv"
    assert model_mode(Path("/data/plv_heldout.tsv")) == "shipped"
    assert model_mode(Path("/data/plv_heldout.tsv"), "cv") == "cv"
    with pytest.raises(ValueError, match="model mode"):
        model_mode(Path("/data/plv_train.tsv"), "bogus")


def test_macro_f1_averages_over_the_classes_the_gold_has():
    report = Report("t", n=4, gold=["ACCUSE", "ACCUSE", "AID", "AID"], pred=["ACCUSE", "-", "AID", "ACCUSE"])
    assert report.scored_classes == ["AID", "ACCUSE"]
    accuse, aid = 2 * 1 / (2 + 1 + 1), 2 * 1 / (2 + 0 + 1)
    assert report.macro_f1 == pytest.approx((accuse + aid) / 2)


def _tsv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "heldout.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_plv_finds_source_and_target_in_a_plain_sentence(tmp_path):
    path = _tsv(tmp_path, "sentence\tsource\ttarget\tgold_root\n"
                          "Police arrested two protesters in Lagos.\tpolice\tprotesters\tCOERCE\n")
    (row,) = load_plv(path)
    assert row.text[row.source[0]:row.source[1]] == "Police"
    assert row.text[row.target[0]:row.target[1]] == "protesters"
    assert row.gold == "COERCE"


def test_load_plv_skips_unreadable_rows_naming_file_and_line(tmp_path):
    path = _tsv(tmp_path, "marked_sentence\tgold_root\n"
                          "<s>Iran</s> condemned <t>Israel</t>.\tACCUSE\n"
                          "<s>Iran</s> praised <t>Iraq</t>.\tPRAISE\n"
                          "\tASSAULT\n"
                          "<s>Rebels</s> gave up to <t>troops</t>.\tconcede\n")
    problems: list[str] = []
    rows = load_plv(path, problems)
    assert [r.gold for r in rows] == ["ACCUSE", "YIELD"]
    assert problems == [f"{path}: line 3: gold_root 'PRAISE' is not a PLOVER event type; row skipped",
                        f"{path}: line 4: no sentence; row skipped"]


def test_load_plv_refuses_a_file_without_the_needed_columns(tmp_path):
    path = _tsv(tmp_path, "text\tlabel\nIran condemned Israel.\tACCUSE\n")
    with pytest.raises(ValueError, match=r"heldout.tsv: line 1: .*gold_root"):
        load_plv(path)
