"""Long articles parsed in pieces (dateline.nlp.chunked): same text, same offsets, bounded pieces."""

from __future__ import annotations

from pathlib import Path

from dateline.nlp.chunked import pieces, pipe_chunked

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "niger-2024-03-17.txt"


def _article() -> str:
    return SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1].strip() + "\n\n"


def test_pieces_join_back_to_the_text_and_cut_at_paragraph_breaks():
    text = _article() * 12
    parts = pieces(text, max_chars=5_000)
    assert "".join(parts) == text
    assert len(parts) > 1 and all(len(p) <= 5_000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_a_text_without_any_break_is_cut_hard():
    text = "x" * 12_000
    parts = pieces(text, max_chars=5_000)
    assert [len(p) for p in parts] == [5_000, 5_000, 2_000]


def test_a_long_article_is_one_doc_with_the_original_offsets(nlp):
    short = "Niger ended its military agreement with the United States on Saturday."
    long_text = _article() * 6
    docs = list(pipe_chunked(nlp, [short, long_text, short], batch_size=4, max_chars=4_000))
    assert [d.text for d in docs] == [short, long_text, short]
    long_doc = docs[1]
    whole = nlp(long_text)
    # Cut at paragraph breaks, the pieces give the whole parse's sentences and entities.
    assert [(s.start_char, s.end_char) for s in long_doc.sents] == [(s.start_char, s.end_char) for s in whole.sents]
    assert [(e.start_char, e.end_char, e.label_) for e in long_doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert all(long_text[t.idx:t.idx + len(t)] == t.text for t in long_doc)


def test_short_texts_are_parsed_as_nlp_pipe_parses_them(nlp):
    text = _article()
    [doc] = pipe_chunked(nlp, [text], max_chars=len(text))
    ref = nlp(text)
    assert [(t.text, t.dep_, t.head.i, t.ent_type_) for t in doc] == [(t.text, t.dep_, t.head.i, t.ent_type_) for t in ref]
