"""Text written in capitals is parsed through a case-restored copy (dateline.nlp.truecase)."""

from __future__ import annotations

from dateline.model import Article
from dateline.nlp import pipe_chunked, restored_spans
from dateline.nlp.truecase import case_runs, restore_case, shouting_runs, whispering_runs

WIRE = ("THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY\n"
        "TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) IN EL SALVADOR ON 30\n"
        "DECEMBER.  THE SHINING PATH THREATENED TO ANNIHILATE THE PEASANTS OF PERU.")
MIXED = ("UPDATE: Niger's junta said on Sunday it had ended a military accord with the United States.\n"
         "The AU said it was concerned.")


def test_restored_copy_keeps_length_and_restores_names():
    copy = restore_case(WIRE)
    assert len(copy) == len(WIRE)
    assert [c.lower() for c in copy] == [c.lower() for c in WIRE]
    assert copy.startswith("The Arce battalion")  # "arce" is no English word: a name
    assert "(FMLN)" in copy and "El Salvador" in copy and "December" in copy and "Peru" in copy
    assert ".  The shining path threatened" in copy


def test_mixed_case_text_is_not_touched():
    assert shouting_runs(MIXED) == []
    assert restore_case(MIXED) is MIXED


def test_length_changing_case_maps_are_left_alone():
    text = "İSTANBUL POLICE DETAINED TWENTY PROTESTERS ON MONDAY NIGHT."
    copy = restore_case(text)
    assert len(copy) == len(text) and copy[0] == "İ" and "detained" in copy


def test_upper_case_sentence_gets_a_verb_and_entities_with_original_text(nlp):
    doc = next(pipe_chunked(nlp, [WIRE]))
    assert doc.text == WIRE
    threatened = next(t for t in doc if t.text == "THREATENED")
    assert threatened.pos_ == "VERB" and threatened.lemma_ == "threaten"
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("EL SALVADOR", "GPE") in ents and ("PERU", "GPE") in ents
    for e in doc.ents:
        assert WIRE[e.start_char:e.end_char] == e.text
    assert len(list(doc.sents)) == 2


def test_mixed_case_parse_is_identical(nlp):
    doc = next(pipe_chunked(nlp, [MIXED]))
    ref = nlp(MIXED)
    assert doc.to_bytes() == ref.to_bytes()


def test_event_coded_from_upper_case_report(pipeline):
    # Parsed as it is, the sentence has no verb and no event (every word a proper noun).
    text = "THE SHINING PATH THREATENED TO ANNIHILATE THE PEASANTS OF AYACUCHO, THE PERUVIAN ARMY REPORTED ON MONDAY."
    result = pipeline.process(Article(id="muc", text=text, date="1990-01-12"))
    threats = [e for e in result.events if e.type == "THREATEN"]
    assert threats and threats[0].trigger.text == "THREATENED"
    assert [a.text for a in threats[0].actor] == ["THE SHINING PATH"]
    for e in result.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert result.text[e.sentence.start:e.sentence.end] == e.sentence.text


def test_long_article_in_capitals_parsed_in_pieces_keeps_its_text(nlp):
    text = "\n\n".join([WIRE] * 4)
    doc = next(pipe_chunked(nlp, [text], max_chars=len(WIRE) + 10))
    assert doc.text == text
    assert sum(1 for t in doc if t.text == "THREATENED" and t.pos_ == "VERB") == 4


def test_large_places_that_are_dictionary_nouns_are_capitalised_common_words_not():
    copy = restore_case("THE BOMB EXPLODED NEAR THE POLICE STATION IN CALI, AND THE UNION MET IN INDEPENDENCE SQUARE.")
    assert "in Cali," in copy and "the police station" in copy and "the union met in independence square" in copy


HEADLINE = "Mexican Authorities Accuse Vigilantes Of Kidnapping Police\n"
STORY = ("The state prosecutor said on Monday that the men had held the officers for two days.\n"
         "He said that the\nUnited Nations Security Council Members Would\nmeet on Friday.")


def test_title_case_headline_is_restored_prose_and_wrapped_lines_are_not():
    text = HEADLINE + STORY
    copy = restore_case(text)
    assert len(copy) == len(text)
    assert copy.startswith("Mexican authorities accuse vigilantes of kidnapping police\n")
    assert copy[len(HEADLINE):] == STORY  # prose and a hard-wrapped capitalised line untouched
    assert restore_case("Reporting By John Smith; Editing By Jane Doe") == "Reporting By John Smith; Editing By Jane Doe"
    assert restore_case("Mohamed Bazoum, Abdourahamane Tiani, Ali Lamine Zeine") == \
        "Mohamed Bazoum, Abdourahamane Tiani, Ali Lamine Zeine"  # names only
    assert restore_case("NATO Troops Attack Taliban Positions In Helmand\n").startswith("NATO troops attack Taliban")


def test_title_case_headline_gets_its_verb_with_original_text(nlp):
    text = HEADLINE + STORY
    doc = next(pipe_chunked(nlp, [text]))
    assert doc.text == text
    accuse = next(t for t in doc if t.text == "Accuse")
    assert accuse.pos_ == "VERB" and accuse.lemma_ == "accuse"


def test_mixed_case_prose_without_title_lines_is_byte_identical(nlp):
    assert restore_case(STORY) is STORY
    doc = next(pipe_chunked(nlp, [STORY]))
    assert doc.to_bytes() == nlp(STORY).to_bytes()
    assert restored_spans(doc) == []


def test_restored_runs_are_recorded_on_the_doc(nlp):
    text = HEADLINE + STORY
    doc = next(pipe_chunked(nlp, [text]))
    assert restored_spans(doc) == [(0, len(HEADLINE) - 1)]
    wire = next(pipe_chunked(nlp, [WIRE]))
    assert restored_spans(wire) == shouting_runs(WIRE) == [(0, len(WIRE))]
    assert restored_spans(next(pipe_chunked(nlp, [MIXED]))) == []


# Written for these tests in the style of the Times of India copy of IndiaPoliceEvents: all lower case.
LOWER = ("This story is from March 10, 2002\n\n"
         "lucknow: police on saturday arrested vhp leader ramesh tiwari for inciting violence in ayodhya. the district "
         "magistrate said the arrest followed clashes between activists and the police. singhal condemned the arrest "
         "and blamed the state government for the violence.")


def test_text_written_all_in_lower_case_is_restored_from_its_own_line_on():
    runs = whispering_runs(LOWER)
    assert runs == [(LOWER.index("lucknow"), len(LOWER))]
    copy = restore_case(LOWER, case_runs(LOWER))
    assert len(copy) == len(LOWER) and copy.startswith("This story is from March 10, 2002")
    assert "Lucknow: police on Saturday arrested" in copy  # a place, a weekday
    assert ". The district magistrate" in copy and ". Singhal condemned" in copy  # sentence starts, a name


def test_capital_free_lines_of_ordinary_prose_are_not_whispering():
    wrapped = ("The minister said on Monday that the talks would resume,\n"
               "and that the government would not give in to what it called threats from the armed groups\n"
               "operating in the north of the country, where fighting has displaced thousands of people since the spring\n"
               "offensive began and where aid workers say that food, water and medicine are running short in the camps\n"
               "that were set up along the main road to the border, according to figures released by the United Nations.")
    assert sum(c.islower() for c in wrapped.split("\n", 1)[1].rsplit("\n", 1)[0]) >= 200  # long enough to count
    assert whispering_runs(wrapped) == []  # but no sentence starts in lower case
    assert whispering_runs("the short note. ends here. and here.") == []  # too few letters


def test_lower_case_report_names_its_doer_through_the_restored_parse(pipeline):
    result = pipeline.process(Article(id="toi", text=LOWER, date="2002-03-10"))
    assert result.text == LOWER
    blamed = [e for e in result.events if e.trigger.text == "blamed"]
    assert blamed and blamed[0].type == "ACCUSE"
    assert [a.text for a in blamed[0].actor] == ["singhal"]
    for e in result.events:
        assert LOWER[e.trigger.start:e.trigger.end] == e.trigger.text


def test_full_person_name_with_an_english_word_in_it_stays_one_name():
    # "napoleon" is an English word: without the knowledge base's full person names (the Phoenix list included)
    # it was restored in lower case, the name was cut after "Jose" and "PRESIDENT JOSE" resolved to another
    # country's office-holder whose last name is "Jose"
    copy = restore_case("PRESIDENT JOSE NAPOLEON DUARTE ACCUSED THE REBELS OF THE ATTACK IN SAN SALVADOR.")
    assert copy.startswith("President Jose Napoleon Duarte accused")


def test_president_named_in_capitals_is_of_his_own_country(pipeline):
    result = pipeline.process(Article(id="caps-name", text=(
        "PRESIDENT JOSE NAPOLEON DUARTE ACCUSED THE REBELS OF THE ATTACK IN SAN SALVADOR YESTERDAY.")))
    (duarte,) = [m for m in result.mentions if "DUARTE" in m.text]
    assert duarte.actor.country == "SLV"
