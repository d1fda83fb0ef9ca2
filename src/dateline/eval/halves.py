"""Split a development set into two halves by position: rules are designed on one half (its errors
read) and confirmed on the other (only scored).  ``dateline eval events|geo|dates --half even|odd``."""

from __future__ import annotations

HALVES = ("even", "odd")


def in_half(position: int, half: str | None) -> bool:
    """Is the item at 0-based ``position`` (a row, a document, a file) in ``half`` (None: every one)?"""
    if half is None:
        return True
    if half not in HALVES:
        raise ValueError(f"half must be 'even' or 'odd', not {half!r}")
    return position % 2 == (half == "odd")
