"""Fixtures of the eval tests: a small plv_train-style file of rows written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROWS = [  # positions 0, 2, 4 even; 1, 3, 5 odd
    ("<s>Police</s> arrested two <t>protesters</t> in the capital.", "COERCE"),
    ("<s>The minister</s> condemned <t>the rebels</t> on Monday.", "ACCUSE"),
    ("<s>The mayor</s> denounced <t>the landlords</t> on television.", "ACCUSE"),
    ("<s>The senator</s> criticised <t>the governor</t> again.", "ACCUSE"),
    ("<s>The army</s> detained <t>the journalist</t> at the border.", "COERCE"),
    ("<s>Guards</s> jailed <t>the smugglers</t> last week.", "COERCE"),
]


@pytest.fixture
def plv_rows_tsv(tmp_path: Path) -> Path:
    """Six marked sentences with their gold roots: rows 0, 2, 4 even, 1, 3, 5 odd."""
    path = tmp_path / "rows.tsv"
    path.write_text("marked_sentence\tgold_root\n" + "".join(f"{s}\t{g}\n" for s, g in ROWS), encoding="utf-8")
    return path
