"""The per-article memos of the events stage: a value worked out once for the article (doc) being coded.

The argument rules ask for the same noun phrase, sentence bounds or reported clauses many times per article;
each memo keeps the value built for the last key asked about, compared by identity, and is emptied by
``forget`` (``extract.extract`` does, per call: a doc may have changed since).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_NOTHING = object()


class LastOnly(Generic[K, V]):
    """``build(key)`` for the last ``key`` asked about.  The (key, value) pair is read and replaced whole, so two
    threads coding two articles each get their own article's value (at worst one built again)."""

    def __init__(self, build: Callable[[K], V]) -> None:
        self._build = build
        self._last: tuple = (_NOTHING, None)

    def __call__(self, key: K) -> V:
        last, value = self._last
        if last is not key:
            value = self._build(key)
            self._last = (key, value)
        return value

    def forget(self) -> None:
        """Drop the value kept (and the reference to its key)."""
        self._last = (_NOTHING, None)
