"""Session 55, probes of unjudged news and the blind sample: an act in the "in"-gerund of a verb of joining or
following takes that verb's negation ("did not join France in condemning": no condemnation by the one who did not
join); a coordinated pair found "shot dead" are the ones shot, not a doer and a target; a private person who calls the
police reports a crime, no consultation and no police mobilized; police seizing a "substance" confiscate it; feelings
acknowledged concede nothing; hitting the brakes is no blow; a clause of time with "when" under a future verb is still
to come (relevance:unreal, as "after", "until" were); what one refrains from is not done, a promise of restraint is an
agreement and a request for it a request made; "they" in a clause of time takes up the plural object a singular
subject cannot.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import all_at, at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Germany did not join France in condemning the attack.", "condemning"),
    ("The United States has not followed its allies France and Italy in formally recognizing the council.",
     "recognizing"),
])
def test_an_act_in_the_gerund_of_a_negated_joining_verb_is_not_done(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None
    assert event.status == "negated" or event.type == "REJECT"  # (a cooperation not given is a rejection: PLOVER)
    assert not (event.type == "SUPPORT" and event.status == "factual")


def test_joining_in_an_act_does_it(code):
    event = at_trigger(code("Germany joined France in condemning the attack.", layer=False), "condemning")
    assert event is not None and event.type == "ACCUSE" and event.status == "factual"
    assert parties(event)[0] == ["Germany"]


def test_a_coordinated_pair_found_shot_dead_are_the_victims(code):
    events = code("Authorities early Monday found a man and a woman shot dead in a home on the city's Southwest Side.",
                  layer=False)
    event = at_trigger(events, "shot dead")
    assert event is not None and event.type == "ASSAULT"
    actors, recipients = parties(event)
    assert actors == [] and recipients == ["a man", "a woman"]


def test_one_who_shot_someone_dead_is_still_the_doer(code):
    event = at_trigger(code("Witnesses said the soldiers shot two protesters dead.", layer=False), "shot")
    assert event is not None and parties(event)[0] == ["the soldiers"]


@pytest.mark.parametrize("text", [
    "A mother called the police in Kamloops on Sunday morning after her daughter discovered a bag of drugs.",
    "Neighbours called police after hearing shots.",
])
def test_a_private_call_to_the_police_is_no_event(code, text):
    assert all_at(code(text, layer=False), "called") == []


def test_authorities_calling_in_the_police_mobilize_them(code):
    event = at_trigger(code("The governor called in the police to restore order.", layer=False), "called")
    assert event is not None and event.type == "MOBILIZE" and event.mode == "police"


def test_a_leader_calling_a_leader_is_still_a_phone_consultation(code):
    event = at_trigger(code("Obama called the Chinese president on Monday.", layer=False), "called")
    assert event is not None and event.type == "CONSULT"


def test_police_seizing_a_substance_confiscate_it(code):
    event = at_trigger(code("The Royal Canadian Mounted Police confirmed they seized the substance.", layer=False),
                       "seized")
    assert event is not None and event.type == "COERCE" and event.mode == "seize"


def test_feelings_acknowledged_concede_nothing(code):
    events = code("Ahmadinejad partly acknowledged public outrage at her death by describing it as a heartfelt event.",
                  layer=False)
    assert at_trigger(events, "acknowledged") is None
    event = at_trigger(code("The minister acknowledged mistakes in the handling of the crisis.", layer=False),
                       "acknowledged")
    assert event is not None and event.type == "CONCEDE"


def test_hitting_the_brakes_is_no_blow(code):
    events = code("Her driver had to hit the brakes as the motorcycle of one of her bodyguards slammed into her car.",
                  layer=False)
    assert at_trigger(events, "hit") is None


def test_an_infinitive_the_parser_hung_after_the_object_of_want_is_wanted(nlp):
    from dateline.events.status import modality

    doc = nlp("he wanted vajpayee to make a public appeal to the supreme court.")
    appeal = next(t for t in doc if t.text == "appeal")
    mod = modality(appeal)
    assert mod.recode == "REQUEST" and "control:want" in mod.cues  # asked of vajpayee, not an appeal he made


@pytest.mark.parametrize("text, trigger", [
    ("He said he would discuss the issue with President Obama when he visits the gulf on Aug. 29.", "visits"),
    ("The minister will meet the rebels when he visits Kabul next week.", "visits"),
])
def test_a_clause_of_time_with_when_under_a_future_verb_is_doubted(code, text, trigger):
    # the status stays the one TimeML gives a present verb (factual); the layer doubts the act still to come
    halved_by_layer(code, text, trigger, "relevance:unreal")


def test_a_clause_of_time_under_a_present_verb_is_not_doubted(code):
    not_doubted(code, "The army attacks when the rebels leave the town.", "leave", "relevance:unreal")


def test_what_an_operation_did_not_result_in_did_not_happen(code):
    event = at_trigger(code("Police and military operations did not result in any significant arrests.", layer=False),
                       "arrests")
    assert event is not None and event.status == "negated"
    event = at_trigger(code("The police operation resulted in 20 arrests.", layer=False), "arrests")
    assert event is not None and event.status == "factual"


@pytest.mark.parametrize("text", [
    "In their document, the guerrillas promise to refrain from attacks of any kind against leaders of the government.",
    "The rebels vowed to avoid attacks on civilians.",
])
def test_a_promise_to_refrain_from_force_is_an_agreement_not_a_threat(code, text):
    event = at_trigger(code(text, layer=False), "attacks")
    assert event is not None and event.type == "AGREE" and event.status == "factual"
    assert "promised_restraint" in event.reason


def test_a_vow_of_force_stays_a_threat(code):
    events = code("The rebels vowed to attack government troops.", layer=False)
    assert any(e.type == "THREATEN" for e in events)


def test_an_agreement_to_abstain_from_force_is_one_of_restraint(code):
    event = at_trigger(code("The rebels agreed to abstain from attacks on government troops.", layer=False), "attacks")
    assert event is not None and event.type == "AGREE" and "promised_restraint" in event.reason


@pytest.mark.parametrize("text, trigger", [
    ("The ministry has asked life insurance firms to refrain from selling dollars.", "asked"),
    ("The ministry has asked life insurance firms not to sell dollars.", "asked"),
])
def test_a_request_for_restraint_is_a_request_made(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.type == "REQUEST" and event.status == "factual"


def test_a_request_not_made_stays_negated(code):
    event = at_trigger(code("The ministry did not ask the firms to sell dollars.", layer=False), "ask")
    assert event is not None and event.status == "negated"


def test_they_in_a_clause_of_time_takes_up_the_plural_object_not_the_reporter(code):
    events = code("Cops say Miguel Maldonado, 42, blasted the four victims Sunday for revenge after they beat him and "
                  "his cousin up hours earlier.", layer=False)
    event = at_trigger(events, "beat")
    assert event is not None and parties(event)[0] == ["the four victims"]


def test_they_in_a_clause_of_time_with_no_plural_before_it_is_the_reporter(code):
    event = at_trigger(code("Police said the suspect was arrested after they raided his home.", layer=False), "raided")
    assert event is not None and parties(event)[0] == ["Police"]


def test_an_operation_sanctioned_is_authorised_not_punished(code):
    events = code("Almost 60,000 tonnes of food have been authorised for distribution under an operation sanctioned by "
                  "EC farm ministers on January 20.", layer=False)
    assert at_trigger(events, "sanctioned") is None
    event = at_trigger(code("The United States sanctioned three Russian banks.", layer=False), "sanctioned")
    assert event is not None and event.type == "SANCTION"


def test_snowstorms_hit_no_one_with_force(code):
    halved_by_layer(code, "The Commission was extending the scheme fully in Greece, which has recently been hit by "
                          "unseasonal snowstorms.", "hit", "relevance:natural_doer")


def test_leaving_a_summit_before_a_statement_is_no_walkout(code):
    events = code("Leaving a Brussels summit Mr Blair said the fact Turkey is a Muslim country does not mean it should "
                  "be barred.", layer=False)
    assert not any(e.type == "REJECT" for e in events)
    event = at_trigger(code("Congressional Democratic Party lawmakers abruptly left a White House meeting with President "
                            "Donald Trump on Wednesday.", layer=False), "left")
    assert event is not None and event.type == "REJECT"


def test_striking_back_at_accusations_is_a_reply_in_words(code):
    events = code("Barack Obama today struck back at Republican accusations that he insulted Sarah Palin.", layer=False)
    assert not any(e.type == "ASSAULT" for e in events)
    event = at_trigger(code("Israel struck back at Hamas with airstrikes.", layer=False), "struck")
    assert event is not None and event.type == "ASSAULT"


def test_the_place_a_visit_goes_to_does_not_do_its_purpose(code):
    events = code("This week Colin Powell, US Secretary of State was visiting the West Bank to stress US support for a "
                  "smooth Palestinian election in January.", layer=False)
    event = at_trigger(events, "support")
    assert event is not None and "the West Bank" not in parties(event)[0]


def test_a_review_of_a_policy_investigates_no_one(code):
    events = code("The left-wing president is conducting a controversial review of land ownership in the country.",
                  layer=False)
    assert at_trigger(events, "review") is None
    event = at_trigger(code("The ministry ordered a review of the police killings.", layer=False), "review")
    assert event is not None and event.type == "ACCUSE"


def test_who_orders_a_review_of_killings_did_not_kill(code):
    event = at_trigger(code("The ministry ordered a review of the police killings.", layer=False), "killings")
    assert event is None or "The ministry" not in parties(event)[0]
