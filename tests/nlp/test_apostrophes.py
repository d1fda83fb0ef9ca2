"""Typographic apostrophes inside words are read as ASCII ones (dateline.nlp.apostrophes), so a
contraction keeps its meaning and every offset into the original text still holds."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.nlp.apostrophes import straighten
from dateline.nlp.chunked import pipe_chunked


@pytest.mark.parametrize(("text", "plain"), [
    ("The judge doesn\u2019t rule out a subpoena.", "The judge doesn't rule out a subpoena."),
    ("Judge does n\u2019t rule out subpoena", "Judge does n't rule out subpoena"),
    ("O\u2019Brien said it\u2019s over and they\u2019ll go.", "O'Brien said it's over and they'll go."),
    ("Police won\u02bct say.", "Police won't say."),
])
def test_an_apostrophe_between_letters_is_straightened(text, plain):
    assert straighten(text) == plain
    assert len(straighten(text)) == len(text)


@pytest.mark.parametrize("text", [
    "Georgia is offering a one-off \u2018tax amnesty\u2019 to people.",  # a closing quotation mark
    "The soldiers\u2019 families were told.",  # a plural possessive: no contraction
    "The judge doesn't rule out a subpoena.",  # ASCII already
])
def test_quotation_marks_and_plural_possessives_are_left_alone(text):
    assert straighten(text) is text


def test_the_parsed_doc_reads_the_contraction(nlp):
    doc = next(pipe_chunked(nlp, ["The judge doesn\u2019t rule out a subpoena."]))
    assert [t.lower_ for t in doc if t.dep_ == "neg"] == ["n't"]
    assert len(doc.text) == len("The judge doesn\u2019t rule out a subpoena.")


def test_a_future_written_with_a_typographic_apostrophe_is_no_arrest_done(pipeline):
    # "they’ll arrest": before the apostrophe was straightened no rule knew "’ll", and the arrest was coded as done
    text = "The president said on Monday that they’ll arrest the opposition leaders."
    result = pipeline.process(Article(id="a", text=text, date="2024-03-17"))
    arrests = [e for e in result.events if e.trigger.text == "arrest"]
    assert arrests and all(e.type == "THREATEN" for e in arrests)
    # Offsets still point into the article as given.
    assert all(result.text[e.trigger.start:e.trigger.end] == e.trigger.text for e in arrests)


def test_a_negation_the_source_split_off_is_read(pipeline):
    # text the source had already split into words: "does n’t" was parsed as a subject, the refusal as made
    text = "The judge does n’t rule out a subpoena for the minister."
    result = pipeline.process(Article(id="b", text=text, date="2024-03-17"))
    refusals = [e for e in result.events if e.trigger.text == "rule out"]
    assert refusals and all(e.status == "negated" for e in refusals)
