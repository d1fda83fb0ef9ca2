"""The lexical word classes of the events stage (data/word_classes.tsv) and the provenance of the stage's data."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from dateline.events import arguments, noun_roles, patients, roles, status
from dateline.events.tables import parse_word_classes, word_class, word_classes

EVENTS = resources.files("dateline.events")


def test_the_modules_keep_their_constants_as_the_loaded_classes():
    assert arguments.BODY_NOUNS is word_class("body_nouns")
    assert "committee" in arguments.BODY_NOUNS and "firm" not in arguments.BODY_NOUNS  # (business is no body here)
    assert "face" in noun_roles.UNDERGO_VERBS and "launch" not in noun_roles.UNDERGO_VERBS
    assert "accuse" in roles.OF_COMPLEMENT_VERBS and "say" in status.SPEECH_VERBS
    # the patient nouns include the victim nouns, added in code
    assert {"arrest", "hostage"} <= patients.PATIENT_NOUNS and "hostage" not in word_class("patient_nouns")
    assert isinstance(roles.DOCUMENT_NOUNS, frozenset)


def test_every_class_is_read_by_a_module_and_every_read_class_exists():
    # (the modules that take word_class from events.tables; another table may have a reader of that name)
    imports = re.compile(r"^from dateline\.events\.tables import .*\bword_class\b", re.M)
    sources = [f.read_text(encoding="utf-8") for f in EVENTS.iterdir() if f.name.endswith(".py")]
    source = "\n".join(text for text in sources if imports.search(text))
    read = set(re.findall(r'word_class\("([a-z_]+)"\)', source))
    assert read == set(word_classes())  # (a class nobody reads is dead data; a name with a typo fails at import)
    assert len(read) >= 30


def test_every_agentless_class_is_read_and_exists():
    # events/agentless.py reads data/agentless_words.tsv (the same layout) through its _words()
    source = "".join((EVENTS / f).read_text(encoding="utf-8") for f in (
        "agentless.py", "doerless_nouns.py", "unknown_doers.py", "trigger_reach.py", "wounds.py", "releases.py",
        "destruction.py", "blame.py"))
    read = set(re.findall(r'_words\("([a-z_]+)"\)', source))
    assert read == set(word_classes("agentless_words.tsv"))
    with pytest.raises(KeyError, match="agentless_words.tsv has no class 'harm_verb'"):
        word_class("harm_verb", "agentless_words.tsv")


def test_bad_rows_are_data_errors():
    assert parse_word_classes([{"class": "a", "word": "x"}, {"class": "b", "word": "x"}]) == {
        "a": frozenset({"x"}), "b": frozenset({"x"})}
    with pytest.raises(ValueError, match="listed twice"):
        parse_word_classes([{"class": "a", "word": "x"}, {"class": "a", "word": "x"}])
    with pytest.raises(ValueError, match="not a lower-case word"):
        parse_word_classes([{"class": "a", "word": "Committee"}])
    with pytest.raises(KeyError, match="word_classes.tsv has no class 'body_noun'"):
        word_class("body_noun")


def test_every_data_file_has_a_provenance_row():
    readme = EVENTS.joinpath("data", "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.M))
    files = {f.name for f in EVENTS.joinpath("data").iterdir() if f.name != "README.md"}
    assert files <= listed, sorted(files - listed)
