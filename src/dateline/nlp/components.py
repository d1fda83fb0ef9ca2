"""dateline's own spaCy components.

``dateline_paragraph_breaks`` runs before the parser and starts a sentence after a paragraph
break, and after a question or exclamation mark glued to the next sentence's first word
("Crime?Authorities").  The statistical parser otherwise glues a dateline ("Monday, February 11,
2019"), a caption or a pasted headline onto the next sentence, and an excluded region then no
longer lines up with sentence boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_TERMINAL = {".", "!", "?", '"', "”", "’", "'", ")", ":", ";", "…"}


@Language.component("dateline_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Sentence start after a blank line, after a line break that follows final punctuation, and after a
    question or exclamation mark glued to a capitalised word (session 53).

    A single line break inside a sentence (hard-wrapped text) is left alone.
    """
    for i, token in enumerate(doc[:-1]):
        ws = token.text if token.is_space else token.whitespace_
        if "\n" not in ws:
            continue
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        blank_line = ws.count("\n") >= 2
        prev = token if not token.is_space else (doc[i - 1] if i > 0 else None)
        after_sentence_end = prev is not None and (prev.text[-1:] in _TERMINAL)
        if blank_line or after_sentence_end:
            nxt.is_sent_start = True
    for token in doc[1:-1]:
        # "... Organized Crime?Authorities in Venezuela": a mark glued to the next sentence's capitalised word (the
        # tokenizer splits it off: load.split_glued_questions)
        if token.text in ("?", "!") and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
                and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = True
    return doc


def trimmed_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of ``sent`` without the whitespace spaCy leaves around it (the paragraph
    break after it); ``start == end`` for a whitespace-only "sentence".  Every stage reports a
    sentence by these offsets, so the document's ``sentences`` and an event's ``sentence`` agree."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(text.strip())
