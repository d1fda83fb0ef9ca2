"""The events stage's data tables (``data/*.tsv``): one reader for all of them.

Tab-separated with a header row; lines starting with ``#`` (provenance, licence, comments) and blank
lines are skipped.  Read from the installed package, so the tables travel with it.  The lexical word
classes of ``data/word_classes.tsv`` are read through :func:`word_class`.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

WORD_CLASSES = "word_classes.tsv"
AGENTLESS_WORDS = "agentless_words.tsv"  # the word classes of the rules for events with no doer named


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` as dicts keyed by the header."""
    text = resources.files("dateline.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def word_classes(table: str = WORD_CLASSES) -> dict[str, frozenset[str]]:
    """Class name -> its words, from ``data/<table>`` (``word_classes.tsv`` unless another table of the
    same layout is named, as ``agentless_words.tsv``)."""
    return parse_word_classes(read_table(table), table)


def parse_word_classes(rows: list[dict[str, str]], table: str = WORD_CLASSES) -> dict[str, frozenset[str]]:
    """Rows of (class, word) -> class name -> its words.  A word that is not a lower-case word without
    surrounding space (it could never match a lemma or a lower-case form), or one a class lists twice, is a
    data error."""
    classes: dict[str, set[str]] = {}
    for row in rows:
        name, word = row["class"], row["word"]
        words = classes.setdefault(name, set())
        if not word or word != word.strip().lower():
            raise ValueError(f"{table}: class {name}: {word!r} is not a lower-case word")
        if word in words:
            raise ValueError(f"{table}: class {name}: {word!r} is listed twice")
        words.add(word)
    return {name: frozenset(words) for name, words in classes.items()}


def word_class(name: str, table: str = WORD_CLASSES) -> frozenset[str]:
    """The words of class ``name`` of ``data/word_classes.tsv`` or another ``table`` of its layout (the
    constant a module keeps them in is the name in upper case: ``body_nouns`` -> ``arguments.BODY_NOUNS``)."""
    classes = word_classes(table)
    if name not in classes:
        raise KeyError(f"{table} has no class {name!r}; it has {', '.join(sorted(classes))}")
    return classes[name]


def agentless_words(name: str) -> frozenset[str]:
    """The words of class ``name`` of ``data/agentless_words.tsv``, which the modules coding events with no doer
    named (``agentless``, ``doerless_nouns``, ``unknown_doers``, ``wounds``, ``trigger_reach``) share."""
    return word_class(name, AGENTLESS_WORDS)


def in_class(tok, words: frozenset[str]) -> bool:
    """Is the spaCy token in ``words`` by its lemma or as written (the tagger's lemma of an unknown word can be off)?"""
    return tok.lemma_.lower() in words or tok.lower_ in words


@cache
def layer_doubt_row(doubt: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(types, lemmas, words) of the first row named ``doubt`` in ``data/layer_doubts.tsv``, each column a
    comma-separated list (the word-sense doubts of ``sense_doubts`` and ``sense_phrases`` read their rows here)."""
    row = next(r for r in read_table("layer_doubts.tsv") if r["doubt"].strip() == doubt)

    def split(col: str) -> frozenset[str]:
        return frozenset(w.strip() for w in (row[col] or "").split(",") if w.strip())
    return split("type"), split("lemmas"), split("words")
