"""The cached attribute ruler and lemmatizer annotate exactly as the model's own components do."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "data" / "news" / "wikinews.jsonl.gz"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

# The attribute ruler's rarer rules: two-token patterns (gon na, ai n't, let 's, y' all, there is),
# dependency-conditioned ones (it/you/I as subject or object, aux, mark), spaces, negation.
RARE_RULES = ("I'm gonna tell you: y'all ain't seen nothing yet, let's go. There are 3 reasons and it is "
              "what it is.\n\nThey didn't do it, but did they have to?  Whether he'd come, nobody knew "
              "- c'mon, I gotta say that this one is hers.")


@pytest.fixture(scope="module")
def model_nlp():
    """The pipeline with the model's own attribute_ruler and lemmatizer (the reference)."""
    from dateline.pipeline import build_nlp

    return build_nlp(cached_components=False)


def _texts(sample_path) -> list[str]:
    texts = [sample_path.read_text(encoding="utf-8"), RARE_RULES]
    if NEWS.exists():
        with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in islice(fh, 10)]
    return texts


def test_cached_components_replace_the_model_ones(nlp):
    from dateline.nlp.cached import CachedAttributeRuler, CachedLemmatizer

    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_every_token_attribute_is_identical_to_the_model_components(nlp, model_nlp, sample_path):
    texts = _texts(sample_path)
    # Twice: the second pass answers from the warm caches.
    for _ in range(2):
        for text, cached, reference in zip(texts, nlp.pipe(texts), model_nlp.pipe(texts)):
            got, want = cached.to_array(ATTRS), reference.to_array(ATTRS)
            diff = [(t.text, t.pos_, t.lemma_, str(t.morph), r.pos_, r.lemma_, str(r.morph))
                    for t, r, bad in zip(cached, reference, (got != want).any(axis=1)) if bad]
            assert not diff, (text[:60], diff[:5])


def test_rare_rules_fire(nlp):
    doc = nlp(RARE_RULES)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be" and lemmas["na"] == "to" and lemmas["'s"] == "us"
    assert [t.pos_ for t in doc if t.text == "are"] == ["VERB"]  # "There are": expl + be
    assert np.all([t.pos_ == "SPACE" for t in doc if t.is_space])


def test_patterns_the_cache_cannot_key_keep_the_model_ruler():
    import spacy

    from dateline.nlp.cached import CachedAttributeRuler, use_cached_components

    def ruler_after_swap(condition: dict):
        nlp = spacy.blank("en")
        nlp.add_pipe("attribute_ruler").add([[condition]], {"LEMMA": "thing"})
        use_cached_components(nlp)
        return nlp.get_pipe("attribute_ruler")

    # A POS condition is not part of the cache key (ORTH, TAG, DEP): the model's ruler stays.
    assert not isinstance(ruler_after_swap({"POS": "NOUN"}), CachedAttributeRuler)
    assert isinstance(ruler_after_swap({"TAG": "NN", "LOWER": "stuff"}), CachedAttributeRuler)
