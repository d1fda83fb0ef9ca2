"""WordNet type hints (events/wordnet_hints.py, data/wordnet_hints.tsv, tools/build_wordnet_hints.py).

No test needs WordNet itself (CI has none): the shipped TSV is read, and the build tool's ``--check``
compares against a fresh build only where the WordNet files are present."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline.events.ontology import event_types
from dateline.events.tables import read_table
from dateline.events.wordnet_hints import HINTS_FILE, hint

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "tools" / "build_wordnet_hints.py"


def _tool():
    spec = importlib.util.spec_from_file_location("build_wordnet_hints", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_unlisted_verbs_get_the_type_of_their_wordnet_neighbours():
    # synonyms and hypernyms that the lexicon lists: reproach/admonish (ACCUSE), behead (ASSAULT), meet (CONSULT)
    assert hint("upbraid").top == "ACCUSE"
    assert hint("decapitate").top == "ASSAULT"
    assert hint("assemble").top == "CONSULT"
    assert not hint("upbraid").listed


def test_a_word_wordnet_relates_to_no_lexicon_word_has_no_hint():
    assert hint("photosynthesize") is None
    assert hint("upbraid", "noun") is None


def test_listed_verbs_are_hinted_without_their_own_entries():
    h = hint("condemn")
    assert h is not None and h.listed
    assert not any(v.split(":", 1)[1] in {"condemn", "criticize", "denounce"} for v in h.via)


def test_every_row_names_plover_types_with_shares():
    known = set(event_types())
    for row in read_table(HINTS_FILE):
        shares = [x.partition(":") for x in row["types"].split(",")]
        assert all(t in known and 0.25 <= float(s) <= 1.0 for t, _, s in shares), row
        assert [float(s) for _, _, s in shares] == sorted((float(s) for _, _, s in shares), reverse=True), row
        assert row["pos"] in ("verb", "noun") and row["lexicon"] in ("listed", "-"), row


def test_the_file_says_where_it_comes_from_and_is_modest():
    path = REPO / "src" / "dateline" / "events" / "data" / HINTS_FILE
    head = path.read_text(encoding="utf-8")[:2000]
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in head
    assert "tools/build_wordnet_hints.py" in head
    assert path.stat().st_size < 1_000_000


def test_check_without_wordnet_skips_gracefully(tmp_path, capsys):
    assert _tool().main(["--check", "--wordnet", str(tmp_path)]) == 0
    assert "not found" in capsys.readouterr().err


def test_the_tool_builds_deterministically():
    # (not compared with the shipped file: an edit of triggers.tsv makes it stale without making it wrong -
    # model.wordnet_features never reads a hint for a lexicon verb; `--check` tells when to rebuild)
    tool = _tool()
    if not (tool.DEFAULT_WN / "data.verb").is_file():
        pytest.skip("WordNet database files absent (they are got at build time only)")
    first = tool.build(tool.DEFAULT_WN)
    assert first == tool.build(tool.DEFAULT_WN) and len(first) > 5000


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_the_model_sees_the_hint_of_a_verb_the_lexicon_does_not_list(nlp):
    from dateline.events.model import wordnet_features

    tok = _verb(nlp, "The rebels decapitated the village chief on Monday.", "decapitated")
    assert tok.pos_ == "VERB"
    assert "WN=ASSAULT" in wordnet_features(tok) and "WN1=ASSAULT" in wordnet_features(tok)


def test_a_lexicon_verb_carries_no_hint_feature(nlp):
    # "launched" is a lexicon verb (with objects); its event is its object's, not WordNet's neighbours'
    from dateline.events.model import wordnet_features

    assert wordnet_features(_verb(nlp, "The army launched an offensive against the rebels.", "launched")) == []
    assert wordnet_features(_verb(nlp, "Police arrested the protesters.", "arrested")) == []
