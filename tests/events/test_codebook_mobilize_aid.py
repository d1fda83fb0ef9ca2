"""Trigger entries from the PLOVER manual and CAMEO for wording the development rows lack (issue 5, session 13,
helper TYPES), found by coding the first sentences of the NGEC synthetic stories labelled MOBILIZE and AID and
checking each gap against the codebook: warships and armour sent somewhere (MOBILIZE weapons; manual 3.14.1,
CAMEO 154), fighters recruited (MOBILIZE militia; CAMEO 154), money earmarked for a party (AID; CAMEO 071).
Real spaCy model and actors stage; sentences written for these tests, none copied from an evaluation article.
The positive tests fail without the entries; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has as _has, rows as _events


@pytest.mark.parametrize("text, type_, actor", [
    ("China sent two warships to the disputed islands.", "MOBILIZE", "China"),
    ("Russia dispatched frigates and a submarine to the Black Sea.", "MOBILIZE", "Russia"),
    ("The rebels recruited hundreds of fighters in the north.", "MOBILIZE", "rebels"),
    ("The European Union earmarked 50 million euros for Sudan.", "AID", "European Union"),
])
def test_entries_code_named_doers(code, text, type_, actor):
    ok, evs = _has(code, text, type_, actor)
    assert ok, evs


@pytest.mark.parametrize("text, type_", [
    ("The company sent two engineers to the plant.", "MOBILIZE"),  # no weapon or warship sent
    ("The club recruited a new coach for the season.", "MOBILIZE"),  # no fighters recruited
    ("Lawrence Insurance underwrites mostly primary insurance.", "AID"),  # underwriting is insurance business
])
def test_entries_do_not_overreach(code, text, type_):
    assert not any(t == type_ for t, *_ in _events(code, text)), _events(code, text)
