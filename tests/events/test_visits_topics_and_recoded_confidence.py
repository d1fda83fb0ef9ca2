"""Session 39 (lead): a party that arrives or travels for or on a visit makes it (triggers.tsv
consult.arrive_for_visit); a kind of act named as the topic of "the issue of", "the problem of" is no act that
happened (layer_doubts.tsv topic_noun, relevance:topic); an event recoded to its governor's type takes the model's
probability of that type when it is the likelier reading; a few senses that report no event (not_triggers.tsv:
"questioned" with nothing questioned, the money supply, a crush with no one crushing).  Real spaCy model, the actors
stage's mentions and the shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, with_and_without_layer


@pytest.mark.parametrize("text, word, recipient", [
    ("Chinese Foreign Minister Wang Yi arrived in Moscow for a two-day visit.", "arrived", "Moscow"),
    ("Mike Pompeo travelled to Pyongyang for a visit last week.", "travelled", "Pyongyang"),
    ("The Indian prime minister flew to Washington on a three-day visit.", "flew", "Washington"),
])
def test_arriving_for_a_visit_is_a_visit(code, text, word, recipient):
    at = _at(code(text), word)
    assert at and at[0].type == "CONSULT" and at[0].mode == "visit", [(e.trigger.text, e.type) for e in code(text)]
    assert [p.text for p in at[0].recipient] == [recipient]


def test_leaving_a_country_on_a_tour_names_no_host(code):
    # "leaving Britain": where the visitor comes from, not whom he visits
    assert not _at(code("The chancellor is leaving Britain on a high-profile tour of Africa."), "leaving")


@pytest.mark.parametrize("text, word", [
    ("What we are seeing is the neglect of the authorities on the issue of abduction of migrants, he said.", "abduction"),
    ("The ministers discussed the problem of kidnappings of migrants.", "kidnappings"),
])
def test_a_kind_of_act_named_as_a_topic_is_doubted(code_in_pipeline, text, word):
    coded, kept = with_and_without_layer(code_in_pipeline, text, word)
    assert kept and all("relevance:topic" in e.reason and e.confidence < coded[0].confidence for e in kept)


def test_an_act_with_its_doer_is_no_topic(code_in_pipeline):
    events = code_in_pipeline("Gunmen abducted 20 migrants near the border on Monday.")
    assert events and not any("relevance:topic" in e.reason for e in events)


def test_a_threat_to_sanction_takes_the_models_confidence_in_the_threat(code):
    at = _at(code("Washington threatened to impose sanctions on Turkey."), "threatened")
    assert at and at[0].type == "THREATEN" and at[0].confidence >= 0.5


@pytest.mark.parametrize("text, word", [
    ("Sena leader Uddhav Thackeray questioned when asked about the demand.", "questioned"),
    ("Singapore's M-1 money supply rose 2.7 pct in January.", "supply"),
    ("The disaster happened where 96 supporters were crushed to death in April 1989.", "crushed"),
    ("Two pilgrims were trampled to death at the shrine.", "trampled"),
])
def test_senses_that_report_no_event(code, text, word):
    assert not _at(code(text), word), [(e.trigger.text, e.type) for e in code(text)]


@pytest.mark.parametrize("text, word, kind", [
    ("The opposition questioned the government's figures.", "questioned", "ACCUSE"),
    ("He was questioned by police for hours.", "questioned", "ACCUSE"),
    ("Soldiers crushed him to death with a truck.", "crushed", "ASSAULT"),
    ("A policeman was crushed to death by soldiers.", "crushed", "ASSAULT"),
])
def test_the_same_words_with_their_parties_stay_events(code, text, word, kind):
    assert [e.type for e in _at(code(text), word)] == [kind]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Fighting between the army and the RSF has killed hundreds.", "the army", "the RSF"),
    ("Fighting between the army and the rebels killed 20 civilians on Monday.", "the army", "the rebels"),
])
def test_fighting_between_two_sides_that_killed_is_their_dyad(code, text, actor, recipient):
    at = _at(code(text), "Fighting")
    assert at and at[0].type == "ASSAULT", [(e.trigger.text, e.type) for e in code(text)]
    assert [p.text for p in at[0].actor] == [actor] and [p.text for p in at[0].recipient] == [recipient]


def test_fighting_that_could_kill_is_no_dyad(code):
    assert not _at(code("Fighting between the army and the RSF could kill thousands."), "Fighting")


@pytest.mark.parametrize("text, word, kind", [
    ("Egypt called the Israeli operation a violation of international law.", "called", "ACCUSE"),
    ("Beijing branded the visit a provocation.", "branded", "ACCUSE"),
    ("Japan contributed 200 engineers to the UN mission in South Sudan.", "contributed", "AID"),
    ("French doctors treated the wounded in Beirut.", "treated", "AID"),
])
def test_judgments_and_help_of_this_session(code, text, word, kind):
    assert [e.type for e in _at(code(text), word)] == [kind], [(e.trigger.text, e.type) for e in code(text)]


def test_a_meeting_called_a_success_is_no_accusation(code):
    assert not [e for e in code("He called the meeting a success.") if e.type == "ACCUSE"]


def test_a_promise_reads_the_whole_sentence_not_the_narrowed_entry(code):
    # the entry (retreat.ceasefire_implement) is unseen in training, so the model is narrowed to RETREAT for the word
    # itself; the promise it is recoded to takes the model's reading of the sentence
    at = _at(code("The rebels pledged to respect the ceasefire."), "respect")
    assert at and at[0].type == "AGREE" and at[0].confidence >= 0.5


@pytest.mark.parametrize("text, word, kind, recipient", [
    ("The Pentagon said it was sending Patriot missile batteries to Poland.", "sending", "MOBILIZE", "Poland"),
    ("The Gulf states poured billions of dollars into Egypt's economy.", "poured", "AID", "Egypt"),
    ("Moscow has propped up the Assad government with air power.", "propped", "AID", "the Assad government"),
    ("Iran smuggled drones to the Houthis.", "smuggled", "AID", "the Houthis"),
])
def test_help_and_forces_sent_of_this_session(code, text, word, kind, recipient):
    at = _at(code(text), word)
    assert at and at[0].type == kind, [(e.trigger.text, e.type) for e in code(text)]
    assert [p.text for p in at[0].recipient] == [recipient]


@pytest.mark.parametrize("text, word", [
    ("Gangs smuggled weapons into the prison.", "smuggled"),
    ("The central bank propped up the currency.", "propped"),
])
def test_arms_smuggled_to_no_one_and_a_currency_propped_up_are_no_aid(code, text, word):
    assert not _at(code(text), word)


@pytest.mark.parametrize("text, kind", [
    ("Students occupied the university administration building.", "PROTEST"),
    ("Workers occupied the factory to demand unpaid wages.", "PROTEST"),
    ("Troops occupied the parliament building.", "ASSAULT"),
])
def test_who_occupies_a_building_says_whether_it_is_a_sit_in(code, text, kind):
    assert [e.type for e in _at(code(text), "occupied")] == [kind]


@pytest.mark.parametrize("text, recipient", [
    ("He met migrants who said that they had been kidnapped by a gang.", "migrants"),
    ("The villagers, who said they had been attacked by soldiers, fled to the town.", "The villagers"),
])
def test_they_in_what_a_relative_clause_reports_is_the_people_it_is_about(code, text, recipient):
    harm = [e for e in code(text) if e.type == "ASSAULT"]
    assert harm and [p.text for p in harm[0].recipient] == [recipient], [(e.type, e.recipient) for e in harm]


@pytest.mark.parametrize("text, word", [
    ("The court remanded the accused to police custody for five days.", "remanded"),
    ("The accused was nabbed by the police from his hideout in Bhiwandi.", "nabbed"),
])
def test_the_accused_tagged_as_a_verb_is_the_party_acted_on(code, text, word):
    at = _at(code(text), word)
    assert at and [p.text.lower() for p in at[0].recipient] == ["the accused"], [(e.trigger.text, e.recipient) for e in code(text)]
