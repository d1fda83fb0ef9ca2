"""Parse long articles in pieces, so a worker's memory is bounded by the piece, not the article.

spaCy's memory while parsing grows with the length of the text it is given: a 590,000-character
page took a worker to 2.5 GB (bench/throughput.py), and anything over ``nlp.max_length`` (1,000,000
characters) is refused outright.  :func:`pipe_chunked` cuts every text longer than ``max_chars``
at paragraph breaks (else line breaks, else sentence ends, else spaces), parses the pieces one at a
time, and joins them back into one ``Doc`` with ``Doc.from_docs`` - the same text, so every
character offset stays valid for the stages.  Shorter texts go through ``nlp.pipe`` in batches.

Texts up to ``max_chars`` are parsed exactly as ``nlp.pipe`` would.  A piece boundary is always a
paragraph or sentence break, and spaCy's context window is a few tokens, so a long article's
annotations are those of a whole parse except next to the cuts.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.apostrophes import straighten
from dateline.nlp.truecase import case_runs, restore_case, with_original_text

MAX_CHARS = 50_000
# Where to cut, best first: a paragraph break, a line break, a sentence end, any space.
CUT_MARKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``max_chars`` characters (joined, they are
    ``text`` again), each ending just after the best break in its second half."""
    out: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        cut = -1
        for mark in CUT_MARKS:
            at = text.rfind(mark, start + max_chars // 2, limit - len(mark) + 1)
            if at >= 0:
                cut = at + len(mark)
                break
        if cut <= start:  # no break at all in the window (a run of 25,000 letters): a hard cut
            cut = limit
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def pipe_chunked(nlp: Language, texts: Iterable[str], batch_size: int = 32,
                 max_chars: int = MAX_CHARS) -> Iterator[Doc]:
    """:func:`pipe_parts`, with text written in capitals parsed through a case-restored copy of the
    same length (:mod:`dateline.nlp.truecase`); the ``Doc`` keeps the original text but for its
    typographic apostrophes inside words, which are read as ASCII ones (:mod:`dateline.nlp.apostrophes`:
    same length, so every offset into the original still holds)."""
    originals: deque[tuple[str, list[tuple[int, int]]] | None] = deque()

    def copies() -> Iterator[str]:
        for text in map(straighten, texts):
            runs = case_runs(text)
            copy = restore_case(text, runs)
            originals.append(None if copy is text else (text, runs))
            yield copy

    for doc in pipe_parts(nlp, copies(), batch_size=batch_size, max_chars=max_chars):
        original = originals.popleft()
        yield doc if original is None else with_original_text(doc, *original)


def pipe_parts(nlp: Language, texts: Iterable[str], batch_size: int = 32,
               max_chars: int = MAX_CHARS) -> Iterator[Doc]:
    """Like ``nlp.pipe(texts, batch_size=...)`` - one ``Doc`` per text, in order - but a text longer
    than ``max_chars`` is parsed piece by piece (one piece at a time: a batch of pieces would hold
    the whole article's activations again) and joined."""
    short: list[str] = []
    for text in texts:
        if len(text) <= max_chars:
            short.append(text)
            if len(short) >= batch_size:
                yield from nlp.pipe(short, batch_size=batch_size)
                short = []
            continue
        if short:
            yield from nlp.pipe(short, batch_size=batch_size)
            short = []
        yield Doc.from_docs([nlp(part) for part in pieces(text, max_chars)], ensure_whitespace=False)
    if short:
        yield from nlp.pipe(short, batch_size=batch_size)
