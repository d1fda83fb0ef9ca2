"""Session 54, from the blind sample 7 and a probe of unjudged news: the doer of a participle clause is the subject of
its sentence, so a party the participle acts on is no antecedent of that subject pronoun ("Criticising the VHP, he
said"; pronouns._inside_controlled_participle); an order whose act names its own target on a preposition is done by
the one ordered ("ordered soldiers to fire on protesters"; arguments._prepositional); "between N of X and Y" names two
sides (of_coordination.split_between_sides); a gap or a constraint that "forces" is a cause, no party (the
caused_compulsion row); "opposition figures" are a party talks are held with (actors agents_extra.tsv); "one of the
suspects" who "shot at" people is no count of victims nor a relative clause on the noun before it; the party an
adjective of judging is said of does the gerund of reason ("critical of Trump for pushing"; roles._judged_party); a
surveillance system captures no one (not_triggers.tsv); the party implicated in a deed did it; a passive the parser cut
from its verb of saying keeps its subject.  Sentences written for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger, target", [
    ('Criticising the VHP, RSS and Bajrang Dal, he said "they have nothing to do with religion."', "Criticising",
     "Bajrang Dal"),
    ("After meeting Prime Minister Modi, she said the talks had failed.", "meeting", "Modi"),
])
def test_a_party_a_participle_acts_on_is_not_the_subject_pronoun(code, text, trigger, target):
    event = at_trigger(code(text), trigger)
    assert event is None or not any(target in a for a in parties(event)[0]), parties(event)


def test_a_participle_clause_with_its_own_named_subject_keeps_it(code):
    event = at_trigger(code("Swami Adhokshajananda spoke in Delhi. Criticising the VHP, RSS and Bajrang Dal, he said "
                            '"they have nothing to do with religion."'), "Criticising")
    assert event is not None and event.type == "ACCUSE"
    actors, recipients = parties(event)
    assert not any("Bajrang" in a or "VHP" in a for a in actors) and "Bajrang Dal" in recipients


@pytest.mark.parametrize("text, trigger, doer, target", [
    ("The general ordered soldiers to fire on protesters.", "fire on", "soldiers", "protesters"),
    ("The governor ordered police to crack down on protesters.", "crack down", "police", "protesters"),
    ("The gaps have forced Honduras to solicit aid from donors like Brazil and the US.", "solicit", "Honduras",
     "donors"),
])
def test_an_ordered_act_with_its_own_target_is_done_by_the_one_ordered(code, text, trigger, doer, target):
    event = at_trigger(code(text), trigger)
    assert event is not None
    actors, recipients = parties(event)
    assert actors == [doer] and any(target in r for r in recipients), parties(event)


def test_an_ordered_measure_with_no_target_of_its_own_stays_the_orderers(code):
    # the directive reading the change keeps: "the government ordered the newspaper to suspend publication"
    event = at_trigger(code("The government ordered the newspaper to suspend publication."), "suspend")
    assert event is not None and parties(event) == (["The government"], ["the newspaper"])


@pytest.mark.parametrize("text, trigger, first, second", [
    ("A gun battle broke out between a joint team of security forces and rebels yesterday.", "gun battle",
     "a joint team of security forces", "rebels"),
    ("Clashes erupted on Sunday between supporters of the president and police in Abidjan.", "Clashes",
     "supporters of the president", "police"),
])
def test_between_n_of_x_and_y_names_two_sides(code, text, trigger, first, second):
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event) == ([first], [second]), parties(event)


def test_between_keeps_a_name_with_and_inside_whole(code):
    event = at_trigger(code("Talks were held on Monday between the Ministry of Trade and Industry and the unions."),
                       "held")
    assert event is not None and parties(event) == (["the Ministry of Trade and Industry"], ["the unions"])


@pytest.mark.parametrize("text", [
    "The gaps have forced Honduras to solicit aid from donors like Brazil and the US.",
    "Budget constraints forced the ministry to cancel the order.",
    "Funding gaps forced the government to cut spending.",
])
def test_a_gap_or_constraint_that_forces_is_a_cause_not_a_party(code, text):
    assert halved_by_layer(code, text, "forced", "relevance:caused_compulsion")


def test_a_party_that_forces_is_not_doubted(code):
    assert not_doubted(code, "The army forced the rebels to release the hostages.", "forced",
                       "relevance:caused_compulsion")


def test_talks_with_opposition_figures_are_held_with_them_not_with_the_places(code):
    # (the actors stage names "opposition figures" OPP: tests/actors/test_opposition_figures.py)
    event = at_trigger(code("Libya's government said on Monday it held talks in Italy, Egypt and Norway with senior "
                            "opposition figures."), "held")
    assert event is not None and parties(event)[1] == ["senior opposition figures"], parties(event)


def test_one_of_a_known_set_that_shot_at_people_is_the_shooter(code):
    # the parser tags "shot" a participle of a relative clause on "the bus": neither a count of victims
    # (roles.counted_participle) nor an act on the bus (roles._aimed_prep_with_object)
    event = at_trigger(code("When they exited the bus, one of the suspects shot at individuals on the sidewalk and ran "
                            "from the scene."), "shot")
    assert event is not None and parties(event) == (["one of the suspects"], ["individuals"]), parties(event)


@pytest.mark.parametrize("text, trigger, doer, target", [
    ("The bus the gunmen fired at on Monday was carrying pilgrims.", "fired at", "the gunmen", "The bus"),
    ("The president whom the army deposed fled to Nigeria.", "deposed", "the army", "The president"),
])
def test_a_relative_clause_with_no_target_of_its_own_acts_on_its_noun(code, text, trigger, doer, target):
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event) == ([doer], [target]), parties(event)


def test_the_party_an_adjective_of_judging_is_said_of_does_the_gerund_of_reason(code):
    event = at_trigger(code("Democrats have been critical of Trump for pushing for paid family leave."), "pushing for")
    assert event is not None and parties(event)[0] == ["Trump"], parties(event)


def test_people_captured_by_a_surveillance_system_are_filmed_not_seized(code):
    events = code("According to Metro Police, the two men were captured by Metrobus' surveillance system entering a "
                  "bus at approximately 9:45 p.m.")
    assert at_trigger(events, "captured") is None
    assert at_trigger(code("Soldiers captured two rebel commanders near the border."), "captured") is not None


@pytest.mark.parametrize("text, trigger, doer", [
    ("The former police chief has implicated government officials in the murder of his son.", "murder",
     "government officials"),
    ("Three officers were implicated in the killing of the journalist.", "killing", "Three officers"),
])
def test_the_party_implicated_in_a_deed_did_it(code, text, trigger, doer):
    # noun_roles._implicated_doer: not the one who implicates
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event)[0] == [doer], parties(event)


def test_a_passive_the_parser_cut_from_its_verb_of_saying_keeps_its_subject(code):
    # roles._passive_subject_read_as_report_object: "reporting *the miners* were executed"
    event = at_trigger(code("Witnesses are reporting the miners were executed."), "executed")
    assert event is not None and parties(event) == ([], ["the miners"]), parties(event)
