"""A country's name that is also a first-level region of another country, read as that region where a town of it
is named right before: "Augusta, Georgia", "Savannah, Georgia" are in the US state, not in the Caucasus.

English writes a town with its state or province after a comma; when the name after the comma is both a country and
a region of another country (``subnational.tsv``, kind admin1: Georgia is a country and a US state), the town decides.
The town is looked up in the places stage's gazetteer (GeoNames cities and second-level units): a town of that
region in that other country makes the name the region, whose country codes the actors around it.  A country name
alone ("Georgia police arrested two men in Tbilisi") or after a town of the country itself ("Batumi, Georgia") stays
the country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.actors.match import Unit
from dateline.places import get_gazetteer

TOWN_KINDS = ("city", "admin2")
MAX_TOWN_WORDS = 3


def regions_after_towns(doc: Doc, units: list[Unit], kb: KnowledgeBase) -> list[Unit]:
    """``units`` with each country unit that names a region of another country after "<town>," made that region."""
    return [_as_region(doc, u, kb) or u for u in units]


def _as_region(doc: Doc, unit: Unit, kb: KnowledgeBase) -> Unit | None:
    if unit.kind != "country" or not unit.entries:
        return None
    region = kb.subnational.get(unit.text)
    if region is None or region.role != "admin1" or region.code == unit.entries[0].code:
        return None
    if unit.start < 2 or doc[unit.start - 1].text != ",":
        return None
    town = _town_before(doc, unit.start - 1)
    if town is None or not _town_of(town, unit.text, region.code):
        return None
    return Unit(unit.start, unit.end, "subnational", [region], unit.text)


def _town_before(doc: Doc, comma: int) -> str | None:
    """The capitalised words right before the comma at ``comma`` ("Augusta", "Warner Robins"), or None."""
    words = []
    i = comma - 1
    while i >= 0 and len(words) < MAX_TOWN_WORDS and doc[i].is_title and doc[i].is_alpha:
        words.insert(0, doc[i].text)
        i -= 1
    return " ".join(words) or None


def _town_of(town: str, region_name: str, iso3: str) -> bool:
    """Is there a town ``town`` in the region ``region_name`` of the country ``iso3``?"""
    g = get_gazetteer()
    for entry in g.lookup(town):
        if entry.kind in TOWN_KINDS and entry.country == iso3 and entry.admin1 >= 0 \
                and g.entry(entry.admin1).name == region_name:
            return True
    return False
