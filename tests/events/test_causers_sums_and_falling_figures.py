"""Session 52, from the blind sample 5 and probes of unjudged news: a sum of acts over the last years is a statistic
(generic_acts.counted_over_past_span); a condition put at risk is no threat (not_triggers.tsv); who has a thing done
does it, and the one it is done to is no doer (roles.causative_passive); "no" officers involved are no doers
(noun_roles._the_involved); a clause's subject the parser hung on its opener as a preposition's object still acts
(roles._subject_read_as_preposition_object); the partner of a ceasefire is no doer of the participle after it
(roles._doer_beside_partner); political actors who "are to" act have not acted (destined._party); a weapon used is no
doer (roles._instrument_used); a name before a trial is the one tried (patients); an act forgone "rather than" or
"instead of" another is not done (forgone_acts); who grapples with threats undergoes them (noun_roles.undergo_verb);
a deed laid at a party's door is his, alleged (blame.laid_at); who makes a statement on violence does not do it
(noun_roles._topic_of_document); an act put to a vote is not done (voted_acts); a relative clause with no pronoun
acts on the noun it hangs on (lexicon._zero_relative_object); visitors do what they visit a place for, an aim
(parties.place_read_as_infinitive_subject); a kind of act condemned in general is no act
(generic_acts.kind_as_subject); and table rows: figures that shoot up or decline, an assessment downgraded, talks to
"mediapersons", sealed packages, assaults on crime, alerts for a pandemic, fights for a cause, insurers named
"assurance", ideas and politics that clash, a cousin once removed, a runner beaten into fourth, a case remanded to a
court. Sentences written for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def _kept(events, trigger):
    """The event at ``trigger`` if it is kept at >= 0.5, else None."""
    event = at_trigger(events, trigger)
    return event if event is not None and event.confidence >= 0.5 else None


def test_a_sum_of_penalties_over_two_years_is_a_statistic(code):
    assert _kept(code("In the last two years, the SEC has imposed penalties totalling nearly $2bn on 15 funds."),
                 "imposed") is None


def test_penalties_imposed_on_one_day_are_reported(code):
    event = _kept(code("The SEC imposed penalties totalling $2bn on 15 funds on Tuesday."), "imposed")
    assert event is not None and event.type == "SANCTION"


@pytest.mark.parametrize("text, trigger", [
    ("The government's new policy threatens the stability of the region.", "threatens"),
    ("The ANC said the trial threatened instability in the country.", "threatened"),
    ("The rebels' blockade threatens the livelihoods of millions of farmers.", "threatens"),
])
def test_a_condition_put_at_risk_is_no_threat(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.type != "THREATEN"


def test_people_threatened_are_threatened(code):
    event = _kept(code("The rebels threatened the villagers with death."), "threatened")
    assert event is not None and event.type == "THREATEN" and parties(event)[0] == ["The rebels"]


@pytest.mark.parametrize("text, trigger, doers", [
    ("The minister had the journalists investigated.", "investigated", ["The minister"]),  # who has it done does it
    ("The villagers had their houses burned by militants.", "burned", ["militants"]),  # what befell them: the agent
    ("He asserted that no other senior officers were involved in the assassination of the priests.", "assassination",
     []),  # "no" officers did it
    ("Three senior officers were involved in the assassination of the priests.", "assassination",
     ["Three senior officers"]),
    ("A policeman and two women were killed and 27 others injured as a suicide bomber rammed his explosives laden car "
     "into Domail Police Station.", "rammed", ["a suicide bomber"]),  # the clause subject the parser hung on "as"
    ("Three perpetrators used AK-47s to slaughter 17 people.", "slaughter", ["Three perpetrators"]),  # not the weapon
    ("The regime used the police to disperse the crowd.", "disperse", ["the police"]),  # people used still act
])
def test_the_doer_is_who_acts(code, text, trigger, doers):
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event)[0] == doers


@pytest.mark.parametrize("text, trigger, not_doer", [
    ("They never approved of having even the lieutenants of the Atlacatl battalion investigated.", "investigated",
     "lieutenants"),  # the ones it is had done to
    ("A spokesman said the judge had twice had his decisions in the case overturned.", "overturned", "judge"),
    ("The jury in the Arthur Andersen criminal trial hinted at a conviction.", "trial", "Andersen"),  # the one tried
    ("Authorities continue to grapple with security threats in neighboring Michoacan.", "threats", "Authorities"),
    ("Norfolk Police Chief Michael Goldsmith made a statement on the gun violence in the community.", "violence",
     "Goldsmith"),  # who speaks of it
])
def test_who_undergoes_or_speaks_of_an_act_is_no_doer(code, text, trigger, not_doer):
    event = at_trigger(code(text), trigger)
    assert event is None or not any(not_doer in a for a in parties(event)[0])


@pytest.mark.parametrize("text, trigger", [
    ("Non-EU exports shot up 7.5% in November.", "shot"),
    ("The governor's ratings have steadily declined since he proposed cutting benefits.", "declined"),
    ("Japan downgraded its overall economic assessment earlier this month.", "downgraded"),
    ("Talking to mediapersons, the party's general secretary said the stones had been found there.", "Talking"),
    ("The four traffickers carried the cocaine in sealed packages.", "packages"),
    ("According to the genealogists, FDR was her ninth cousin once removed.", "removed"),
    ("The 35-year-old was beaten into fourth at last year's event.", "beaten"),
    ("The supreme court ruling against Sharif promises an all-out confrontation between his party and the government.",
     "promises"),
    ("Officials identified the grenade from the fuse spoon and pull ring left behind at the scene.", "pull"),
    ("Lib Dem MP Parmjit Singh Gill overturned a big Labour majority to win the seat.", "overturned"),
    ("The United States is fighting the drug trade in collaboration with Latin American governments.", "fighting"),
    ("The deadlock raised fears of a blow to the government's assault on white-collar crime.", "assault"),
    ("Governments around the world are on high alert for a possible flu pandemic.", "on high alert"),
    ("The most targeted leaders were farmers and those fighting for land restitution.", "fighting"),
    ("To capitalise on the surge, the new india assurance co ltd has advertised its insurance policy.", "assurance"),
    ("Most workers in the plant carry life assurance.", "assurance"),
    ("Some critics pointed out that Ahmadinejad's idea clashed with his government's opposition to observers.",
     "clashed"),
    ("His moderate politics have clashed with some of the stances of national leaders of his party.", "clashed"),
    ("People are turned off by the kind of campaign the others are fighting.", "fighting"),
    ("The court reversed the convictions, remanding the case back to the Court of Appeals.", "remanding"),
    ("Delegates examined the proposal on Tuesday.", "examined"),
])
def test_words_of_another_sense_code_nothing(code, text, trigger):
    assert at_trigger(code(text), trigger) is None


@pytest.mark.parametrize("text, trigger, type_", [
    ("Britain downgraded diplomatic relations with Iran on Monday.", "downgraded", "SANCTION"),
    ("Asked to resign, the minister declined.", "declined", "REJECT"),
    ("Japan approved an aid package for Haiti.", "package", "AID"),
    ("Police fought crime gangs in the city.", "fought", "ASSAULT"),
    ("The court overturned the ruling.", "overturned", "REJECT"),
    ("The rebels launched an assault on the town.", "assault", "ASSAULT"),
    ("Troops are on high alert for possible attacks.", "on high alert", "MOBILIZE"),
    ("Rebels have been fighting for independence since 1990.", "fighting", "ASSAULT"),
    ("The minister gave a guarantee that the troops would leave.", "guarantee", "AGREE"),
    ("The war the rebels are fighting has killed thousands.", "fighting", "ASSAULT"),
    ("The magistrate remanded the two suspects until Monday.", "remanded", "COERCE"),
    ("Attacks on reporters are on the rise.", "Attacks", "ASSAULT"),
    ("The government made deep cuts to the aid budget.", "cuts", "SANCTION"),
])
def test_the_same_words_in_their_political_sense_stay(code, text, trigger, type_):
    event = _kept(code(text), trigger)
    assert event is not None and event.type == type_


def test_the_partner_of_a_ceasefire_is_no_doer_of_the_bombing_after_it(code):
    text = ("President Laurent Gbagbo broke an 18-month ceasefire with rebels bombing their positions and killing the "
            "nine French soldiers.")
    events = code(text)
    for trigger in ("bombing", "killing"):
        event = at_trigger(events, trigger)
        assert event is not None and parties(event)[0] == ["President Laurent Gbagbo"]


def test_campaigners_who_are_to_stage_a_rally_have_not_rallied(code):
    event = at_trigger(code("Campaigners are to stage a rally calling for a rail link to be reopened."), "rally")
    assert event is not None and event.status == "future"


@pytest.mark.parametrize("text, trigger", [
    ("Corrupt security forces run their own theft operations rather than accepting the bribes of criminal gangs.",
     "accepting"),
    ("The police chose to negotiate instead of storming the building.", "storming"),
])
def test_an_act_forgone_for_another_is_not_done(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.status == "negated" and "forgone:" in event.reason


def test_an_act_chosen_over_a_thing_is_done(code):
    event = _kept(code("The army attacked the town rather than the camp."), "attacked")
    assert event is not None and event.status == "factual"


@pytest.mark.parametrize("text, trigger, doer", [
    ("Michoacan's violence has largely been attributed to the Knights Templar.", "violence", "the Knights Templar"),
    ("The bombing was blamed on the Taliban.", "bombing", "the Taliban"),
])
def test_a_deed_laid_at_a_party_is_his_and_alleged(code, text, trigger, doer):
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event)[0] == [doer] and event.status == "claimed"


@pytest.mark.parametrize("text, trigger", [
    ("Workers will vote on strike action next week.", "strike action"),
    ("The union balloted its members on strikes.", "strikes"),
])
def test_an_act_put_to_a_vote_is_not_done(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.status == "hypothetical" and event.confidence < 0.5


def test_visitors_do_what_they_visit_a_place_for_and_it_is_an_aim(code):
    text = "UN inspectors announced this week that they would be visiting Syria to investigate the American claim."
    event = at_trigger(code(text), "investigate")
    assert event is not None and parties(event)[0] == ["UN inspectors"] and "relevance:purpose" in event.reason


def test_a_kind_of_act_condemned_in_general_is_no_act(code):
    event = at_trigger(code("Attacks on reporters are unacceptable."), "Attacks")
    assert event is not None and "relevance:generic_act" in event.reason and event.confidence < 0.5
