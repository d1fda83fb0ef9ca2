"""Candidate-sentence selection: the cheap pass finds every sentence a lexicon trigger can fire in,
and the selective docs keep the text, the tokens and the founding example's events."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def selective(pipeline):
    from dateline.nlp.select import SelectivePipe

    return SelectivePipe(pipeline.nlp, context=1)


@pytest.mark.parametrize("form,lemma", [
    ("attacked", "attack"), ("talks", "talk"), ("met", "meet"), ("fled", "flee"), ("visiting", "visit"),
    ("sanctions", "sanction"), ("Arrested", "arrest"), ("seized", "seize"),
])
def test_possible_lemmas_cover_inflections_and_irregular_forms(selective, form, lemma):
    assert lemma in selective.selector.possible_lemmas(form)


def test_sentences_without_any_trigger_form_are_not_selected(selective, pipeline):
    doc = pipeline.nlp.make_doc("The weather was mild on Tuesday. Police arrested three men in Lagos. "
                                "Prices rose slightly.")
    sents = list(selective.senter(doc).sents)
    assert [s.text.strip() for s, keep in zip(sents, selective.selector.selected(sents)) if keep] == \
        ["The weather was mild on Tuesday.", "Police arrested three men in Lagos."]  # the one before is context


def test_verb_object_entry_needs_its_object_unless_the_type_model_knows_the_verb(selective, pipeline):
    from dateline.nlp.select import SentenceSelector

    lexicon_only = SentenceSelector(pipeline.nlp, model_words=False)
    elections = pipeline.nlp.make_doc("They will hold elections.")
    assert not lexicon_only.could_hold_event(elections[:])
    assert lexicon_only.could_hold_event(pipeline.nlp.make_doc("They will hold talks.")[:])
    # The learned type model proposes events at verbs it knows, lexicon or not: kept by default.
    from dateline.nlp.select import _model_lemmas

    model_only = sorted(_model_lemmas() - lexicon_only.keys)
    if model_only:
        doc = pipeline.nlp.make_doc(f"They {model_only[0]} it.")
        assert selective.selector.could_hold_event(doc[:]) and not lexicon_only.could_hold_event(doc[:])


def test_selective_docs_keep_text_tokens_and_parse_of_selected_sentences(selective, pipeline, sample_path):
    from dateline.ingest import read_path

    (article,) = list(read_path(str(sample_path)))
    full = pipeline.nlp(article.text)
    (doc,) = list(selective.pipe([article.text]))
    assert doc.text == article.text
    assert [t.text for t in doc] == [t.text for t in full]
    trig = next(t for t in doc if t.text == "terminating")
    assert trig.lemma_ == "terminate" and trig.pos_ == "VERB"
    assert {e.text for e in doc.ents} >= {"Niger", "United States", "Nigerien"}


def test_founding_example_events_identical_with_selection(selective, pipeline, sample_path):
    from dateline.ingest import read_path

    (article,) = list(read_path(str(sample_path)))
    full = pipeline.process(article)
    (doc,) = list(selective.pipe([article.text]))
    chosen = pipeline._analyse(article, doc)

    def key(e):
        return (e.type, e.mode, e.trigger.start, e.date, e.status,
                tuple(p.country for p in e.actor), tuple(p.country for p in e.recipient))

    assert [key(e) for e in chosen.events] == [key(e) for e in full.events]
