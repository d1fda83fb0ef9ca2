"""Session 51, from the blind sample 4 and probes of unjudged news: two office holders who clash quarrel
(sense_doubts._one_person); an act governed by the verb of a yes/no question is asked, not reported
(words_not_deeds.yes_no_question); a topic raised by someone outside the noun's phrase is still a topic
(undone_acts.topic_noun); no plural speaker is the "it" of his reported clause (actors.document.pronoun_drafts,
events.pronouns); who "met with" protests runs into them (noun_roles.undergo_verb, not_triggers.tsv); a unit named by
its task ("patrol parties") is no political party criticised (lexicon._task_unit); and table rows: a case handed
over, people booked for roles, a pupil's visit, a perception fought, a runner who battled to finish, the nature of a
problem recognised, a passport surrendered, a battle for life, a candidate who fights on her record, an assessment
released, violence to be decreased, campaigners as a political actor, Scotland Yard as the London police. Sentences
written for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The two political leaders clashed just days after the opening salvoes of the pre-election period.",
    "Both leaders clashed over taxes in parliament on Tuesday.",
])
def test_two_office_holders_who_clash_quarrel(code, text):
    halved_by_layer(code, text, "clashed", "relevance:personal_clash")


def test_two_armies_that_clash_fight(code):
    clash = at_trigger(code("The two armies clashed near the border on Tuesday."), "clashed")
    assert clash is not None and clash.type == "ASSAULT" and clash.confidence >= 0.5


@pytest.mark.parametrize("text, trigger", [
    ("WILL THE ARMY'S HIGH COMMAND BE WILLING TO CONDUCT THE INVESTIGATION?", "INVESTIGATION"),
    ("Did the government decide to impose sanctions on Iran?", "impose"),
])
def test_an_act_governed_in_a_yes_no_question_is_asked(code, text, trigger):
    halved_by_layer(code, text, trigger, "relevance:question")


def test_a_topic_raised_by_a_party_is_still_a_topic(code):
    text = ("Nigerian president Olusegun Obasanjo is thought to have raised the issue of Mr Mugabe's exile at a "
            "meeting with Mr Tsvangirai in Harare last month.")
    halved_by_layer(code, text, "exile", "relevance:topic")


def test_no_plural_speaker_is_it(code):
    text = ("A fire yesterday morning destroyed at least 200 makeshift homes in a slum in Chittagong, a port city in "
            "Bangladesh. Officials said it killed nine people and injured at least 50 more.")
    for trigger in ("killed", "injured"):
        event = at_trigger(code(text), trigger)
        # (before: "it" took the officials' country and sector, BGD/GOV, and the fire's toll was a government's)
        assert event is None or event.confidence < 0.5 or not any(a.sector == "GOV" for a in event.actor)


@pytest.mark.parametrize("text, trigger, country", [
    ("The Nigerien government announced that it was terminating its military cooperation with the United States.",
     "terminating", "NER"),
    ("The United Nations said that it would send food aid to Haiti.", "send", "UNO"),
])
def test_a_singular_speaker_or_a_plural_name_stays_it(code, text, trigger, country):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.actor and event.actor[0].country == country


@pytest.mark.parametrize("text, trigger", [
    ("The police handed this case over to the Major Crimes unit to investigate.", "handed"),
    ("They join British stars Jude Law and Kate Winslet, who have been booked for guest roles.", "booked"),
    ("The global nature of the money laundering problem was recently recognized by the G8 countries.", "recognized"),
    ("Meanwhile, Briton Karl Keska battled bravely to finish seventh in the men's 10.6km race.", "battled"),
    ("Mr Wass was also given a curfew and told to surrender his passport.", "surrender"),
    ("A female anti polio worker who was injured in an attack on May 28 lost her battle for life on June 7.", "battle"),
    ("A week after the earthquake, people are still battling for daily survival among the wreckage.", "battling"),
    ("Finding out where the weapons come from is a crucial part of tackling El Salvador's violence.", "violence"),
    ("She says she will fight on her record as a hard-working constituency MP.", "fight"),
    ("The US Senate Caucus on International Narcotics Control released an assessment on organized crime.", "released"),
])
def test_no_event_in_these_senses(code, text, trigger):
    assert at_trigger(code(text), trigger) is None


@pytest.mark.parametrize("text, trigger, kind", [
    ("The police handed the suspect over to the army.", "handed", "RETREAT"),
    ("Police booked him for murder.", "booked", "ACCUSE"),
    ("The G8 recognised Kosovo.", "recognised", "SUPPORT"),
    ("Troops battled to take the town.", "battled", "ASSAULT"),
    ("The rebels surrendered their weapons to the army.", "surrendered", "RETREAT"),
    ("The minister met with protest leaders on Monday.", "met", "CONSULT"),
    # a unit named by its task is attacked with force; a political party attacked is criticised
    ("Militants attacked Security Forces (SF) patrol parties at two different places in Pulwama District.", "attacked",
     "ASSAULT"),
    ("Militants attacked a police party in Kupwara on Sunday.", "attacked", "ASSAULT"),
    ("Mr Kilroy-Silk has not been straightforward in attacking the party he once wanted to lead.", "attacking",
     "ACCUSE"),
])
def test_the_event_senses_stay(code, text, trigger, kind):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == kind


@pytest.mark.parametrize("text, trigger, doubt", [
    ("A pupil who visited the US during the Easter holidays had already been diagnosed with the virus.", "visited",
     "relevance:travel_visit"),
    ("The government, which is fighting the general perception that security is worsening, engages in peace talks.",
     "fighting", "relevance:figurative"),
])
def test_doubted_senses(code, text, trigger, doubt):
    halved_by_layer(code, text, trigger, doubt)


def test_who_meets_with_protests_runs_into_them(code):
    text = ("President Evo Morales tried to slash the subsidies in December 2010, but he met with massive protests and "
            "was forced to backtrack.")
    events = code(text)
    assert at_trigger(events, "met") is None
    protests = at_trigger(events, "protests")
    assert protests is None or not any("he" == a.text for a in protests.actor)


def test_arts_news_keeps_protests_by_campaigners_and_a_police_inquiry(code):
    text = ("Reggae star Sizzla has been jailed in Jamaica for swearing on stage.  Sizzla's five-date UK tour was "
            "cancelled last November after protests by gay rights campaigners.  The tour was cancelled after Scotland "
            "Yard's Racial and Violent Crime taskforce announced it was examining lyrics by eight reggae artists.")
    events = code(text)
    protests, examining = at_trigger(events, "protests"), at_trigger(events, "examining")
    assert protests is not None and protests.confidence >= 0.5
    assert examining is not None and examining.confidence >= 0.5 and examining.actor[0].sector == "COP"


def test_violence_to_be_decreased_is_no_threat_of_force(code):
    text = "Hernandez promised to decrease violence and extortion in the crime-wracked country."
    promise = at_trigger(code(text), "promised")
    assert promise is None or promise.type != "THREATEN"


def test_violence_vowed_is_a_threat(code):
    vow = at_trigger(code("The rebels vowed to step up violence against the army."), "vowed")
    assert vow is not None and vow.type == "THREATEN"
