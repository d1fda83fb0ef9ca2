"""Session 35, helper HEADCASE (issue 5): a Title Case headline pasted before its lede on the same line ("... Raid.
Rebel fighters ...") is restored like a headline line (nlp.truecase.headline_sentences), and a restored headline
keeps the names its article writes capitalised in prose (nlp.truecase.prose_name_forms: "Supreme Court" stays, a
word the prose writes in lower case or capitalises only at a sentence start is lowered).  Sentences written for
these tests."""

from __future__ import annotations

from dateline.nlp import pipe_chunked
from dateline.nlp.truecase import case_runs, restore_case

PASTED = ("Rebels Seize Port City in Overnight Raid. Rebel fighters took control of the harbour on Monday, "
          "officials said.")


def test_headline_pasted_before_its_lede_is_restored():
    copy = restore_case(PASTED)
    assert len(copy) == len(PASTED)
    assert copy.startswith("Rebels seize port city in overnight raid. Rebel fighters took")
    assert copy.endswith(PASTED[len("Rebels Seize Port City in Overnight Raid."):])


def test_pasted_headline_gets_its_verb(nlp):
    doc = next(pipe_chunked(nlp, [PASTED]))
    assert doc.text == PASTED
    seize = next(t for t in doc if t.text == "Seize")
    assert seize.pos_ == "VERB" and seize.lemma_ == "seize"


def test_initialism_or_title_full_stop_does_not_end_the_pasted_headline():
    text = "U.S. Envoy Condemns Rocket Attacks on Border Villages. The envoy spoke in Geneva on Friday."
    assert case_runs(text) == [(0, text.index(" The envoy"))]
    text = "Gen. Morales Orders Troops Into Northern Provinces. The general spoke on Friday."
    assert case_runs(text) == [(0, text.index(" The general"))]


def test_prose_first_sentence_is_not_a_headline():
    for text in ("The minister met Opposition Leaders on Monday. They talked for an hour.",
                 "Officials said on Monday\nPolice Arrested Three Suspects Near Mosul. They were released.",
                 "By Maria Lopez Reporting From Santa Cruz Province. Rain fell all day."):
        assert case_runs(text) == [] and restore_case(text) == text


def test_names_the_article_writes_capitalised_stay_names():
    text = ("Supreme Court Blocks Deportation of Asylum Seekers\n\n"
            "The Supreme Court ruled on Tuesday that the government may not deport them.")
    assert restore_case(text).startswith("Supreme Court blocks deportation of asylum seekers\n")
    text = ("Boko Haram Fighters Raid Village Near Maiduguri. Boko Haram fighters raided a village on Sunday, "
            "residents said.")
    assert restore_case(text).startswith("Boko Haram fighters raid village near Maiduguri.")


def test_words_written_in_lower_case_or_only_at_sentence_starts_are_lowered():
    # "Army" is capitalised inside a prose sentence and never lower case: a name; "Rebel" is capitalised only at the
    # start of a sentence; "Court" is written "court" in the prose as well
    text = ("Army Shells Rebel Positions Near Court Building\n\n"
            "Rebel commanders said the Army shelled their trenches. The court was closed.")
    assert restore_case(text).startswith("Army shells rebel positions near court building\n")


def test_headline_paragraph_with_an_initialism_and_a_full_stop_is_restored():
    # the full stop of "U.N." ends no sentence: the line is still one sentence standing as its own paragraph
    text = "U.N. Envoy Condemns Shelling of Refugee Camps.\n\nThe envoy said the shelling must stop."
    assert restore_case(text).startswith("U.N. envoy condemns shelling of refugee camps.\n\n")


def test_short_title_lines_and_months_give_no_name_evidence():
    # a caption line in Title Case capitalises every word: no evidence that "Rebel Offensive" is a name
    text = ("Rebel Offensive\n\nArmy Halts Rebel Offensive Near Capital\n\n"
            "The army said it halted the advance on Monday, officials said.")
    assert "\nArmy halts rebel offensive near capital\n" in restore_case(text)
    # "March" of a date is a month, not the noun of the headline
    text = "This report is from March 6, 2012\n\nVillagers Hold Protest March Near Dam\n\nThe villagers walked to the dam."
    assert "\nVillagers hold protest march near dam\n" in restore_case(text)
