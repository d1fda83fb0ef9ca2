"""``dateline eval events``' second pair-match figure, on ConfliBERT's tagged CAMEO sentences: reading the
CoNLL tags, aligning a tagged sentence to its class row (the train file holds rewrites of class sentences),
and scoring.  On small files written here, not the ConfliBERT data."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.eval.events import CameoRow, _detokenise, cameo_miss_kind, cameo_pair, load_cameo


def _conll(rows):
    return "\n\n".join("\n".join(f"{w} {t}" for w, t in row) for row in rows) + "\n"


def _write(tmp_path, classes, tagged):
    (tmp_path / "cameo_class_train.tsv").write_text("".join(f"{t}\t{c}\n" for t, c in classes), encoding="utf-8")
    (tmp_path / "cameo_ner_train.txt").write_text(_conll(tagged), encoding="utf-8")


def test_detokenise_joins_punctuation_possessives_and_hyphens():
    text, spans = _detokenise(["Iran", "'s", "rebel", "-", "held", "town", "(", "NSC", ")", ",", "said", "."])
    assert text == "Iran's rebel-held town (NSC), said."
    assert [text[a:b] for a, b in spans][:3] == ["Iran", "'s", "rebel"]


def test_a_tagged_sentence_takes_the_class_of_its_own_row_or_of_the_row_it_rewrites(tmp_path):
    classes = [("Nothing happened here today.", 0),
               ("At least 11 soldiers were killed after the Islamic State attacked an army camp in Kabul.", 4),
               ("Germany’s minister met French officials in Paris.", 1)]
    tagged = [
        [("The", "B-S"), ("Islamic", "I-S"), ("State", "I-S"), ("attacked", "O"), ("an", "B-T"), ("army", "I-T"),
         ("camp", "I-T"), ("in", "O"), ("Kabul", "O"), (".", "O")],
        [("Germany", "B-S"), ("'s", "I-S"), ("minister", "I-S"), ("met", "O"), ("French", "B-T"),
         ("officials", "I-T"), ("in", "O"), ("Paris", "O"), (".", "O")],
    ]
    _write(tmp_path, classes, tagged)
    rows = load_cameo("train", tmp_path)
    assert [r.label for r in rows] == [4, 1]
    rewrite, own = rows
    assert rewrite.text == "The Islamic State attacked an army camp in Kabul."  # its own (rewritten) text
    assert [rewrite.text[a:b] for a, b in rewrite.chunks["S"]] == ["The Islamic State"]
    assert own.text == classes[2][0]  # the class row's sentence, curly apostrophe and all
    assert [own.text[a:b] for a, b in own.chunks["S"]] == ["Germany’s minister"]
    assert [own.text[a:b] for a, b in own.chunks["T"]] == ["French officials"]


def test_two_chunks_of_one_kind_are_kept_apart(tmp_path):
    classes = [("Germany and UNICEF sent aid to Chad.", 2)]
    tagged = [[("Germany", "B-S"), ("and", "O"), ("UNICEF", "B-S"), ("sent", "O"), ("aid", "O"), ("to", "O"),
               ("Chad", "B-T"), (".", "O")]]
    _write(tmp_path, classes, tagged)
    (row,) = load_cameo("train", tmp_path)
    assert [row.text[a:b] for a, b in row.chunks["S"]] == ["Germany", "UNICEF"]


def _p(start, end):
    return SimpleNamespace(start=start, end=end, antecedent=None)


def test_a_row_is_matched_by_an_event_joining_any_source_chunk_to_any_target_chunk():
    row = CameoRow("Germany and UNICEF sent aid to Chad.", 2, {"S": [(0, 7), (12, 18)], "T": [(31, 35)]})
    hit = SimpleNamespace(actor=[_p(12, 18)], recipient=[_p(31, 35)], confidence=0.9)
    other = SimpleNamespace(actor=[_p(0, 7)], recipient=[_p(24, 27)], confidence=0.9)  # "aid"
    assert cameo_pair([other, hit], row) is hit
    assert cameo_pair([other], row) is None
    assert cameo_miss_kind([other], row) == "other recipient"
    assert cameo_miss_kind([], row) == "no event"
    assert cameo_miss_kind([SimpleNamespace(actor=[], recipient=[], confidence=1)], row) == "no actor"
