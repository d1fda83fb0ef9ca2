"""events.memo.LastOnly: one build per key (by identity) until another key or ``forget``."""

from __future__ import annotations

from dateline.events.memo import LastOnly


def test_builds_once_per_key_and_again_for_another_or_after_forget():
    built = []
    memo = LastOnly(lambda key: built.append(key) or len(built))
    a, b = ["a"], ["a"]  # (equal, not the same object: keys compare by identity)
    assert memo(a) == 1 and memo(a) == 1
    assert memo(b) == 2
    assert memo(a) == 3
    memo.forget()
    assert memo(a) == 4
    assert built == [a, b, a, a]


def test_none_is_a_key_like_any_other():
    memo = LastOnly(lambda key: "built")
    assert memo(None) == "built"
