"""A happening named again by a definite noun ("the shooting", "the attack") with no date of its
own takes the date the story gave it earlier (dateline.time.antecedents)."""

from __future__ import annotations

import pytest

from dateline.model import Span
from dateline.time.antecedents import lexicon, named_again

DCT = "2021-05-14"  # a Friday


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


SHOOTING = ("On Tuesday, a gunman opened fire at a high school in Dayton, Ohio. "
            "On Thursday, police named the suspect as a 19-year-old former student. ")


def test_the_shooting_takes_the_date_of_the_gunfire(dated):
    # without the rule the later past-tense sentence takes Thursday, the last date before it
    out = dated(SHOOTING + "The shooting left five people dead.", "shooting")
    assert (out.date, out.date_reason, out.date_span.text) == ("2021-05-11", "narrative", "Tuesday")


def test_a_verb_that_tells_the_happening_takes_its_date_too(dated):
    out = dated(SHOOTING + "The shooting left five people dead.", "left")
    assert out.date == "2021-05-11"


def test_a_mention_in_a_present_tense_report_is_not_dated_by_the_date_line(dated):
    text = ("Gunmen attacked a police station in Kano on Monday, killing four officers. "
            "Officials say the attack bears the marks of the insurgents.")
    out = dated(text, "attack", occurrence=2)
    assert (out.date, out.date_reason) == ("2021-05-10", "narrative")


def test_the_object_of_a_verb_that_carries_it_out(dated):
    text = ("A car bomb exploded outside the ministry in Baghdad on Wednesday. "
            "On Thursday, officials raised the toll to 30. "
            "Police believe a local cell carried out the bombing.")
    out = dated(text, "carried")
    assert out.date == "2021-05-12"


def test_the_passive_of_a_verb_that_carries_it_out(dated):
    text = ("A car bomb exploded outside the ministry in Baghdad on Wednesday. "
            "On Thursday, officials raised the toll to 30. "
            "Police believe the bombing was carried out by a local cell.")
    assert dated(text, "carried").date == "2021-05-12"


def test_an_act_inside_the_happening(dated):
    text = ("A car bomb exploded outside the ministry in Baghdad on Wednesday. "
            "On Thursday, officials raised the toll to 30. "
            "Officials say two guards were among those killed in the bombing.")
    assert dated(text, "killed").date == "2021-05-12"


def test_in_meaning_about_is_not_inside(nlp):
    text = ("Dr Slepian was shot in his kitchen on Friday night. "
            "Consultants agree there is political hay to be made in the killing.")
    doc = nlp(text)
    start = text.index("made")
    assert named_again(doc, Span(start, start + 4, "made")) is None


@pytest.mark.parametrize(("later", "trigger"), [
    ("Officials are investigating another attack.", "attack"),      # another happening
    ("Officials fear a new attack.", "attack"),                     # indefinite, new
    ("The group claimed responsibility for the attack.", "claimed"),  # a later act about it
    ("The attack drew condemnation from the governor.", "drew"),      # a later act about it
])
def test_not_the_same_happening_or_not_the_happening_itself(nlp, later, trigger):
    text = "Gunmen attacked a police station in Kano on Monday. " + later
    doc = nlp(text)
    start = text.index(trigger, len("Gunmen attacked"))
    assert named_again(doc, Span(start, start + len(trigger), trigger)) is None


def test_a_noun_with_a_date_of_its_own_keeps_it(dated):
    text = ("The court ruled on Monday that the election was valid. "
            "The appeal court's ruling, which is expected next month, may reverse it.")
    out = dated(text, "ruling")
    assert out.date != "2021-05-10"


def test_only_a_date_in_the_earlier_words_own_clause_counts(dated):
    # "died" hangs under "made last week": the walk would give it last week's date, but that is
    # not the death's own date, so "the killing" has no earlier date to take
    text = ("An advertisement made last week, before the doctor died, shows the clinic. "
            "Police are still investigating the killing.")
    out = dated(text, "killing")
    assert out.date_reason == "dct"


def test_a_name_the_noun_carries_must_be_in_the_earlier_sentence(dated):
    # the governor resigned on Wednesday; "the resignation of Luis Rivera" is another resignation
    text = ("The governor announced his resignation shortly before midnight Wednesday. "
            "The office of secretary of state stands vacant following the resignation of Luis Rivera.")
    out = dated(text, "resignation", occurrence=2)
    assert out.date_reason == "dct"
    named = ("The journalist Jamal Khashoggi was killed in Istanbul last October. "
             "Agencies believe the prince ordered Khashoggi's killing.")
    assert dated(named, "killing").date == "2020-10"


def test_the_relation_is_one_way(dated):
    # "attacked" (a verbal attack in a debate) does not tell a murder
    text = ("In Sunday's debate, Spitzer attacked his rival over the clinic. "
            "Aides say he exploits the murder of a physician.")
    out = dated(text, "murder")
    assert out.date_reason == "dct"


def test_a_hyphenated_cease_fire_is_no_fire(dated):
    text = ("A fire destroyed the market in Kano on Monday. "
            "Both sides say the cease-fire holds.")
    out = dated(text, "fire", occurrence=2)
    assert out.date_reason == "dct"


def test_lexicon_reads_names_and_words():
    lex = lexicon()
    assert "shooting" in lex.names["attack"] or "attack" in lex.names["attack"]
    assert "shooting" in lex.told_by["open+fire"]
    assert "rule" not in lex.names  # "rule/v": only the verb tells a ruling
    assert "kill" in lex.subject_verbs and "carry" in lex.object_verbs

