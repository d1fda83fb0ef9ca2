"""The shortcuts that make event coding cheaper give what the long way gives (real spaCy model).

Each test compares a cached or indexed answer with the plain computation it stands for, on real news
sentences: sentence bounds and trigger look-ups without ``tok.sent``, modality cue places per word form,
the per-document memo of noun phrase spans, the mention index of participants, and the unknown verbs
that are not typed at all because the unknown-verb test drops them anyway.
"""

from __future__ import annotations

import importlib

import pytest

from dateline.actors import resolve
from dateline.events import extract, lexicon, parties
from dateline.events.extract import _MentionIndex, _participant
from dateline.events.lexicon import base_forms, cue_places, find_triggers, modality_cues, sentence_bounds, sentence_hits
from dateline.events.roles import Arg

TEXT = ("KABUL -- Afghan forces attacked Taliban positions on Monday. The government said it would not negotiate "
        "with the militants.\n\nRussia and China agreed to hold joint naval exercises, officials said. Ukraine asked "
        "Germany to deliver more tanks. The minister is considering sending aid to Haiti. The rebels waited for "
        "hours near the border, and the villagers fled into the hills.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_sentence_bounds_are_those_of_tok_sent(doc):
    lexicon.forget()
    for tok in doc:
        assert sentence_bounds(tok) == (tok.sent.start, tok.sent.end), tok.text


def test_sentence_hits_are_the_triggers_of_tok_sent(doc):
    sents = list(doc.sents)
    for tok in doc:
        find_triggers(sents[-1])  # the cached sentence is another one for most words
        assert sentence_hits(tok) == find_triggers(tok.sent), tok.text
    assert any(sentence_hits(tok) for tok in doc)


def test_cue_places_say_which_base_forms_are_cues(doc):
    cues = modality_cues()
    places = {where for _, where in cues}
    for tok in doc:
        for where in places:
            assert (where in cue_places(tok)) == any((f, where) in cues for f in base_forms(tok)), (tok.text, where)
    considering = next(t for t in doc if t.lower_ == "considering")
    assert "deliberation" in cue_places(considering)


def test_noun_phrase_memo_is_the_plain_span_and_is_emptied(doc):
    parties.forget()
    for tok in doc:
        assert parties.np_span(tok) == parties._np_span(tok), tok.text
        assert parties.np_span(tok) == parties._np_span(tok), tok.text  # (now from the memo)
        first = doc[sentence_bounds(tok)[0]]
        assert parties.sentence_dateline_end(tok) == parties._dateline_end(tok.sent[0]) == parties.dateline_end(first)
    assert parties._memo._last[0] is doc
    parties.forget()
    assert parties._memo._last[0] is not doc and parties._memo._last[1] is None
    kabul = next(t for t in doc if t.text == "forces")
    assert parties.sentence_dateline_end(kabul) == 2  # ("KABUL --": the dateline ends at the dash)


def test_mention_index_finds_what_reading_every_mention_finds(doc):
    mentions = resolve(doc, "2024-03-17").mentions
    assert mentions
    index = _MentionIndex(mentions)
    for lo in range(0, len(TEXT), 7):
        for width in (1, 5, 20, 60):
            hi = lo + width
            assert index.overlapping(lo, hi) == [m for m in mentions if m.start < hi and lo < m.end]
    for tok in doc:
        if tok.pos_ in ("PROPN", "NOUN"):
            lo, hi = parties.np_span(tok)
            p = _participant(Arg(tok.i, lo, hi, []), doc, mentions)
            assert p.start == doc[lo].idx


def test_dropped_unknown_verbs_are_the_ones_the_unknown_verb_test_drops(nlp, monkeypatch):
    """Coding with the shortcut gives the very events of coding without it."""
    doc = nlp(TEXT)
    mentions = resolve(doc, "2024-03-17").mentions
    module = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)
    dropped = []

    def counted(cand, doc, cands):
        dropped.append(shortcut(cand, doc, cands))
        return dropped[-1]

    shortcut = module._dropped_unknown
    monkeypatch.setattr(module, "_dropped_unknown", counted)
    with_shortcut = extract(doc, doc_id="t", mentions=mentions)
    assert any(dropped)  # (some of the model's verbs are not typed at all here)
    monkeypatch.setattr(module, "_dropped_unknown", lambda cand, doc, cands: False)
    without = extract(doc, doc_id="t", mentions=mentions)
    assert with_shortcut == without
    assert with_shortcut
