"""Session 19, helper RECALL (issue 5): a Title Case headline that ends in a full stop and stands as its own paragraph
is restored like one without it (nlp.truecase._headline_with_stop); a line of prose ending in a full stop, or a line
holding more than one sentence, is not.  Sentences written for these tests."""

from __future__ import annotations

from dateline.nlp.truecase import restore_case, title_lines

HEADLINE = "Mexican Authorities Accuse Vigilantes of Drug Cartel Ties."
LEDE = "Mexican authorities have accused a vigilante group of links to a drug cartel, officials said on Monday."


def test_headline_with_a_full_stop_on_its_own_paragraph_is_restored():
    text = HEADLINE + "\n\n" + LEDE
    copy = restore_case(text)
    assert len(copy) == len(text)
    assert copy.startswith("Mexican authorities accuse vigilantes of drug cartel ties.")
    assert copy.endswith(LEDE)
    assert title_lines(text) == [(0, len(HEADLINE))]


def test_full_stop_line_inside_a_paragraph_or_with_two_sentences_is_not_a_headline():
    # a line with a full stop that runs on into the next line of its paragraph
    assert title_lines(LEDE + "\n" + HEADLINE + "\nThe Group Denied It.") == []
    # two sentences on the line: prose, not a headline
    assert title_lines("Mexican Authorities Accuse Vigilantes. The Group Denies Drug Cartel Ties.\n\n" + LEDE) == []
