"""nlp: the model loads offline with dateline's components, and paragraph breaks end sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_pipeline_has_dateline_components(nlp):
    names = nlp.pipe_names
    assert names.index("dateline_paragraph_breaks") < names.index("parser")
    assert names.index("dateline_ruler") < names.index("ner")


def test_dateline_line_is_its_own_sentence(nlp):
    # Wikinews puts the date alone on the first line; the parser would glue it to the lead.
    text = "Monday, February 11, 2019 \n\n\nOn Saturday, the party withdrew its candidate."
    assert _sents(nlp, text) == ["Monday, February 11, 2019", "On Saturday, the party withdrew its candidate."]


def test_hard_wrapped_sentence_stays_whole(nlp):
    text = "Guerrillas attacked a police post in the north of the\ncountry on Tuesday, the army said."
    assert len(_sents(nlp, text)) == 1


def test_a_headline_glued_to_its_story_by_a_question_mark_is_its_own_sentence(nlp):
    # InSight Crime pastes its question headlines onto the lead with no space.
    text = "Does the Gang Mark Evolution in Organized Crime?Authorities in Venezuela have killed four members of a gang."
    assert _sents(nlp, text) == ["Does the Gang Mark Evolution in Organized Crime?",
                                 "Authorities in Venezuela have killed four members of a gang."]


def test_a_mark_inside_a_lower_case_word_stays(nlp):
    assert [t.text for t in nlp("He typed hello?no on the screen.")][:3] == ["He", "typed", "hello?no"]


def test_gazetteer_fixes_model_entities(nlp):
    # The bare model tags Niger and Mali as PERSON.
    doc = nlp("Niger and Mali expelled French troops, Nigerien officials said in Niamey.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Niger"] == "GPE" and labels["Mali"] == "GPE"
    assert labels["Niamey"] == "GPE"
    assert labels["Nigerien"] == "NORP"
