"""Event typing rules of the third round (2026-11-29): promised concessions, joint exercises, strikes
aimed through their support verb, failed agreements.  Real spaCy model; the lexicon alone decides
(``type_model=None``) so each rule is tested by itself, and the shipped model must agree where noted."""

from __future__ import annotations

import pytest

from dateline.eval.events import in_half
from dateline.events import extract


@pytest.fixture(scope="module")
def code(nlp):
    def run(text, type_model=None):
        return extract(nlp(text), doc_id="t", type_model=type_model)

    return run


def _types(events):
    return {(e.trigger.text, e.type) for e in events}


@pytest.mark.parametrize("model", [None, "default"])
@pytest.mark.parametrize("text", [
    "The rebels said they will release the two hostages.",
    "China has agreed to lift the ban on British beef imports.",
    "Honduras is willing to withdraw its troops from the border zone.",
])
def test_a_promised_retreat_or_concession_is_agree(code, text, model):
    events = code(text, type_model=model)
    assert any(e.type == "AGREE" for e in events), _types(events)
    assert not any(e.type in ("CONCEDE", "RETREAT") for e in events), _types(events)


def test_a_concession_made_now_stays_a_concession(code):
    events = code("The rebels released the two hostages on Monday.")
    assert [e.type for e in events] == ["RETREAT"]
    events = code("Japan lifted the sanctions on India.")
    assert [e.type for e in events] == ["CONCEDE"]


def test_joint_war_games_are_cooperation_one_sided_exercises_a_show_of_readiness(code):
    joint = code("The United States and Jordan launched war games near the border.")
    [e] = [e for e in joint if e.type in ("COOPERATE", "MOBILIZE")]
    assert e.type == "COOPERATE" and "joint" in e.reason
    assert e.actor[0].text == "The United States" and e.recipient[0].text == "Jordan"
    for text in ("Iran held a military exercise near the Strait of Hormuz.", "China conducted naval drills near Taiwan."):
        assert [e.type for e in code(text)] == ["MOBILIZE"], text


def test_a_strike_aimed_through_its_support_verb_is_an_attack(code):
    # (the lexicon has both readings of "strike"; a strike that lands on something can be an attack, and
    # the shipped model picks it)
    events = code("Israel's air force carried out strikes on Friday evening against Hamas targets.", "default")
    assert ("strikes", "ASSAULT") in _types(events), _types(events)
    assert not any(e.type == "PROTEST" for e in events)
    labour = code("Dock workers went on strike on Tuesday.", "default")
    assert not any(e.type == "ASSAULT" for e in labour)


def test_a_failed_agreement_is_a_rejection(code):
    events = code("British and EU negotiators have failed to reach a deal on the Irish border.")
    assert [e.type for e in events if e.type in ("REJECT", "AGREE", "SUPPORT")] == ["REJECT"]
    # a failure to do something else is only a negated event
    other = code("The army failed to capture the town.")
    assert not any(e.type == "REJECT" for e in other)


def test_halves_split_rows_by_position():
    assert [i for i in range(6) if in_half(i, "even")] == [0, 2, 4]
    assert [i for i in range(6) if in_half(i, "odd")] == [1, 3, 5]
    assert all(in_half(i, None) for i in range(3))
    with pytest.raises(ValueError):
        in_half(1, "third")


def test_new_trigger_entries_cite_their_plover_source():
    from dateline.events.tables import read_table

    rows = read_table("triggers.tsv")
    noted = [r for r in rows if r.get("notes")]
    assert len(noted) >= 2
    for r in noted:
        assert any(w in r["notes"] for w in ("codebook", "manual", "CAMEO")), r["id"]


def _coded(nlp, text):
    from dateline.actors import resolve

    doc = nlp(text)
    return [(e.type, e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)]


def test_a_permission_is_a_retreat_refused_a_rejection_announced_an_agreement(nlp):
    assert ("AGREE", "allow", ["it"], ["the World Food Program"]) in _coded(
        nlp, "Ethiopia said it would allow the World Food Program to deliver food to a million people.")
    assert [t for t, *_ in _coded(nlp, "Russia refused to allow two EU-based airlines to land in the country.")] == ["REJECT"]
    # laws and rules "allow" things in a general sense: no event
    assert _coded(nlp, "The new rules allow companies to hire foreign workers.") == []


def test_a_meal_with_someone_is_a_meeting(nlp):
    coded = _coded(nlp, "In Paris, Barack Obama had lunch with French President Emmanuel Macron.")
    assert ("CONSULT", "had", ["Barack Obama"], ["French President Emmanuel Macron"]) in coded
    assert _coded(nlp, "I had dinner at home.") == []


def test_material_support_is_aid_verbal_support_is_support(nlp):
    [aid] = _coded(nlp, "Qatar gave financial support to Hamas.")
    assert aid[0] == "AID" and aid[3] == ["Hamas"]
    assert [t for t, *_ in _coded(nlp, "Egypt expressed its full support for Saudi Arabia.")] == ["SUPPORT"]


def test_offered_criticism_is_criticism_offered_mediation_an_agreement(nlp):
    coded = _coded(nlp, "The delegation offered scathing criticism of the Maltese government.")
    assert [t for t, *_ in coded] == ["ACCUSE"]
    assert [t for t, *_ in _coded(nlp, "Norway offered to mediate between the government and the rebels.")] == ["AGREE"]


def test_a_reported_demand_on_a_common_noun_party_is_kept(nlp):
    coded = _coded(nlp, "The foreign minister said that all political forces in Yemen must support the government.")
    assert any(t == "REQUEST" and r == ["all political forces"] for t, _, _, r in coded), coded


@pytest.mark.parametrize("text, actor, recipient", [
    ("After the attacks, the Afghan government said Taliban militants were responsible.", "the Afghan government",
     "Taliban militants"),
    ("Russia said Ukraine was behind the attack on the bridge.", "Russia", "Ukraine"),
])
def test_blame_laid_in_reported_speech_is_an_accusation_by_the_speaker(nlp, text, actor, recipient):
    assert ("ACCUSE", "said", [actor], [recipient]) in _coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The ministry said the rebels were not responsible.",
    "The army said the weather was responsible for the delay.",
    "Police said the fire was behind the house.",
])
def test_no_blame_when_denied_or_laid_on_a_thing(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] == "ACCUSE"]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("The Supreme Court accepted demands from the army chiefs to order a probe.", "accepted", "the army chiefs"),
    ("The government bowed to demands from the unions.", "bowed", "the unions"),
])
def test_granting_a_request_is_a_concession_coded_once_at_the_granting_verb(nlp, text, trigger, recipient):
    coded = _coded(nlp, text)
    assert ("CONCEDE", trigger, recipient) in [(t, tr, r[0] if r else None) for t, tr, _, r in coded], coded
    assert not any(t == "REQUEST" for t, *_ in coded), coded  # the demand is coded once, at the granting verb


def test_imposing_sanctions_is_coerce_as_the_cameo_crosswalk_says(nlp):
    # CAMEO2PLOVER: 163 "Impose embargo, boycott, or sanctions" -> COERCE restrict; cutting ties stays SANCTION
    coded = _coded(nlp, "Britain has imposed sanctions on Belarusian President Alexander Lukashenko.")
    assert [(t, tr) for t, tr, _, _ in coded] == [("COERCE", "imposed")], coded
    coded = _coded(nlp, "Mali cut diplomatic ties with France.")
    assert [t for t, *_ in coded] == ["SANCTION"], coded


def test_a_time_preposition_names_no_object(nlp):
    # "after a drone shootdown" says when: the drone is not what was launched (no MOBILIZE weapons test)
    coded = _coded(nlp, "The US launched cyber attacks on Iran after a drone shootdown.")
    assert not any(t == "MOBILIZE" for t, *_ in coded), coded


def test_approving_a_request_for_help_grants_the_request(nlp):
    coded = _coded(nlp, "Defense Secretary Mark Esper approved a request from the Department of Health for help.")
    assert [(t, tr) for t, tr, _, _ in coded] == [("CONCEDE", "approved")], coded


def test_borders_opened_to_refugees_are_aid(nlp):
    coded = _coded(nlp, "Lithuania opened its borders to refugees in 1997.")
    assert [t for t, *_ in coded] == ["AID"], coded


def test_a_restated_commitment_is_support_a_new_one_an_agreement(nlp):
    coded = _coded(nlp, "The Nigerian Air Force reiterated its commitment to support the Nigeria Police.")
    assert ("SUPPORT", "commitment") in [(t, tr) for t, tr, _, _ in coded], coded
    assert not any(t == "AGREE" for t, *_ in coded), coded
    coded = _coded(nlp, "Iran made a commitment to cooperate with the IAEA.")
    assert ("AGREE", "commitment") in [(t, tr) for t, tr, _, _ in coded] and not any(t == "SUPPORT" for t, *_ in coded), coded


def test_calling_off_a_strike_ends_it_and_calls_for_nothing(nlp):
    coded = _coded(nlp, "The unions called off the strike.")
    assert [(t, tr) for t, tr, _, _ in coded] == [("CONCEDE", "called off")], coded
    coded = _coded(nlp, "The EU called for the release of the lawyer.")
    assert [t for t, *_ in coded] == ["REQUEST"], coded


@pytest.mark.parametrize("text, mode", [
    ("Militants set fire to a school in Borno state.", "primitive"),
    ("The regime used chemical weapons against civilians in Ghouta.", "unconventional"),
    ("Myanmar's army carried out ethnic cleansing against the Rohingya.", None),
])
def test_codebook_assault_modes_have_triggers(nlp, text, mode):
    events = extract(nlp(text), doc_id="t")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", mode)], [(e.type, e.mode, e.trigger.text) for e in events]


def test_eval_events_run_scores_one_half(tmp_path):
    # the command path end to end on a three-row file (lexicon only, no penta): only the odd row is scored
    from dateline.eval.events import run

    tsv = tmp_path / "mini.tsv"
    header = "\tsentence_id\tmarked_sentence\tgold_root\n"
    body = ("0\t1\t<s>Iran</s> condemned <t>Israel</t>.\tACCUSE\n"
            "1\t2\t<s>Mali</s> expelled <t>the French ambassador</t>.\tSANCTION\n"
            "2\t3\t<s>Chad</s> met <t>Niger</t>.\tCONSULT\n")
    tsv.write_text(header + body, encoding="utf-8")
    import json

    result = json.loads(run(tsv, use_model=False, penta=None, as_json=True, half="odd")[0])
    assert result["half"] == "odd" and result["rows"] == 1


def test_strikes_that_kill_are_attacks_not_labour_strikes(code):
    events = code("Israeli strikes killed 20 people in Gaza.")
    assert ("killed", "ASSAULT") in _types(events)
    assert not any(e.type == "PROTEST" for e in events), _types(events)
    # an economic "hit" is no attack on the strike's reading: the dockworkers' strike stays a protest
    events = code("A strike by dockworkers hit exports in March.")
    assert ("strike", "PROTEST") in _types(events)


def test_a_staged_protest_or_strike_is_a_protest_by_whoever_staged_it(code, nlp):
    # the lemmatiser reads "staged" as "stag": the light verb is found through its base forms
    events = code("Students staged a protest against the government.")
    assert [(e.type, e.actor[0].text) for e in events if e.actor] == [("PROTEST", "Students")]
    # a strike that is staged (or called, joined, held) is a labour strike even "against" someone
    events = code("Workers staged a strike against the port authority.")
    assert [e.type for e in events] == ["PROTEST"], _types(events)
    # (launched, it stays an attack: the lexicon alone leaves both readings, the shipped model picks)
    events = code("Israel launched a strike against Hezbollah positions.", type_model="default")
    assert [e.type for e in events] == ["ASSAULT"], _types(events)


def test_calling_a_strike_or_an_election_is_no_phone_call(code):
    assert not any(e.type == "CONSULT" for e in code("Unions called a strike against the pension reform."))
    assert not any(e.type == "CONSULT" for e in code("The prime minister called a snap election for June."))
    assert [e.type for e in code("Biden called Netanyahu on Sunday.")] == ["CONSULT"]


# Fourth round (2026-11-29 afternoon): constructions found wrong by probe sentences.

def test_a_phrase_is_one_event_and_its_words_receive_nothing(code):
    for model in (None, "default"):
        events = code("Workers went on strike.", type_model=model)
        assert [(e.trigger.text, e.type) for e in events] == [("went on strike", "PROTEST")], _types(events)
        assert events[0].recipient == []


def test_calling_a_strike_organises_it_calling_for_one_asks_for_it(code):
    events = code("Unions called a strike.", type_model="default")
    assert [e.type for e in events] == ["PROTEST"], _types(events)
    events = code("The opposition called for a general strike.", type_model="default")
    assert any(e.type == "REQUEST" for e in events), _types(events)


@pytest.mark.parametrize("model", [None, "default"])
def test_a_promise_to_destroy_a_party_is_a_threat(code, model):
    events = code("The army vowed to destroy Hamas.", type_model=model)
    assert [e.type for e in events] == ["THREATEN"], _types(events)


def test_destroying_weapons_can_be_disarmament_destroying_anything_else_cannot(code):
    events = code("The militants destroyed the bridge.")
    assert [e.type for e in events] == ["ASSAULT"], _types(events)
    events = code("Syria destroyed its stockpile of chemical weapons.")
    assert {e.type for e in events} == {"ASSAULT", "RETREAT"} or [e.type for e in events] == ["RETREAT"], _types(events)


@pytest.mark.parametrize("model", [None, "default"])
def test_a_promise_to_refrain_is_an_agreement_not_a_refusal_or_a_threat(code, model):
    for text in ("Pakistan vowed never to attack India.", "The rebels agreed not to attack the convoy."):
        events = code(text, type_model=model)
        assert [e.type for e in events] == ["AGREE"], (text, _types(events))
        assert events[0].status == "factual"
    refused = code("Pakistan did not agree to meet India.", type_model=model)
    assert [e.type for e in refused] == ["REJECT"], _types(refused)


def test_an_unknown_verb_recoded_by_its_governor_keeps_the_governors_event(code_with_mentions):
    [e] = code_with_mentions("Ukraine asked Germany to deliver more tanks.")
    assert (e.type, e.trigger.text) == ("REQUEST", "asked")
    assert [a.text for a in e.actor] == ["Ukraine"] and [r.text for r in e.recipient] == ["Germany"]
    [e] = code_with_mentions("Russia agreed not to use force.")
    assert (e.type, e.trigger.text, e.status) == ("AGREE", "agreed", "factual")


@pytest.mark.parametrize("model", [None, "default"])
def test_strikes_that_hit_a_target_are_the_attack_strikes_that_hit_the_economy_are_labour(code, model):
    events = code("Russian strikes hit power stations.", type_model=model)
    assert [e.type for e in events] == ["ASSAULT"], _types(events)
    events = code("A strike by dockworkers hit exports.", type_model=model)
    assert [e.type for e in events] == ["PROTEST"], _types(events)


def test_ordering_troops_or_diplomats_to_leave_expels_them(code_with_mentions):
    [e] = code_with_mentions("Mali ordered French troops to leave.")
    assert (e.type, e.mode, e.trigger.text) == ("SANCTION", "expel", "ordered")
    assert [a.text for a in e.actor] == ["Mali"] and [r.text for r in e.recipient] == ["French troops"]
    [e] = code_with_mentions("Hungary ordered the migrants to leave.")
    assert (e.type, e.mode) == ("COERCE", "deport")
    assert not any(e.type == "SANCTION" for e in code_with_mentions("Russia ordered its troops to leave Kherson."))
    assert not any(e.type == "SANCTION" for e in code_with_mentions("The general ordered the soldiers to attack the village."))


@pytest.mark.parametrize("model", [None, "default"])
def test_a_verbal_attack_is_criticism_an_armed_one_force(code, model):
    for text in ("The senator launched a blistering attack on the president.",
                 "The opposition leader led the attacks on the new immigration law."):
        types = {e.type for e in code(text, type_model=model)}
        assert "ACCUSE" in types and "ASSAULT" not in types, (text, types)
    types = {e.type for e in code("Gunmen launched an attack on a police station.", type_model=model)}
    assert types == {"ASSAULT"}


@pytest.mark.parametrize("model", [None, "default"])
def test_civilians_clashing_with_police_riot_armed_groups_fight(code, model):
    [e] = code("Protesters clashed with police in the capital.", type_model=model)
    assert (e.type, e.mode) == ("PROTEST", "riot")
    [e] = code("Rebels clashed with police near the border.", type_model=model)
    assert e.type == "ASSAULT"


def test_ordered_sanctions_are_imposed_sanctions(code):
    events = code("President Donald Trump ordered new sanctions on Iran.")
    assert [(e.trigger.text, e.type) for e in events] == [("ordered", "COERCE")], _types(events)


def test_shared_evidence_is_intelligence_cooperation(code):
    [e] = code("Federal investigators shared evidence with India.")
    assert e.type == "COOPERATE"


def test_a_restated_commitment_is_one_support_at_the_noun(code_with_mentions):
    events = code_with_mentions("Washington reaffirmed the US commitment to defend Taiwan.")
    assert [(e.trigger.text, e.type) for e in events] == [("commitment", "SUPPORT")]


@pytest.mark.parametrize("text, trigger, type_, mode", [
    ("Teachers struck for a second day over pay.", "struck", "PROTEST", "strike"),
    ("Protesters blocked the highway to the airport.", "blocked", "PROTEST", "obstruct"),
    ("The authorities cordoned off the city center.", "cordoned off", "COERCE", "restrict"),
    ("The two sides implemented a ceasefire on Sunday.", "implemented", "RETREAT", "ceasefire"),
    ("The United States withdrew its funding from the WHO.", "withdrew", "SANCTION", "withdraw"),
    ("Police raided the offices of the opposition newspaper.", "raided", "COERCE", "seize"),
])
def test_codebook_modes_from_invented_sentences(code, text, trigger, type_, mode):
    events = code(text)
    assert [(e.trigger.text, e.type, e.mode) for e in events] == [(trigger, type_, mode)], _types(events)


def test_the_same_verbs_with_forces_or_weapons_keep_their_other_readings(code):
    assert [e.type for e in code("The army struck the town at dawn.")] == ["ASSAULT"]
    assert not any(e.type == "PROTEST" for e in code("Soldiers blocked the road to the border."))
    assert not any(e.type == "ASSAULT" for e in code("Police raided the offices of the opposition newspaper."))
    events = code("Police fired tear gas at the crowd.")
    assert [e.type for e in events] == ["ASSAULT"], _types(events)  # (no dismissal at "fired")


def test_attacking_servers_is_a_cyber_attack_by_the_lexicon(code):
    events = code("Hackers attacked the ministry's servers.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "cyber")], _types(events)


@pytest.mark.parametrize("model", [None, "default"])
def test_a_warning_of_repercussions_is_a_threat(code, model):
    for text in ("North Korea warned the United States of a nuclear response.", "China warned Japan of serious consequences."):
        assert [e.type for e in code(text, type_model=model)] == ["THREATEN"], text


def test_an_event_in_a_subordinate_phrase_is_less_sure_than_the_main_one(code_with_mentions, monkeypatch):
    import sys

    text = "President Reagan, in a meeting with Prime Minister Brian Mulroney, agreed to a new program."
    lowered = {e.trigger.text: e.confidence for e in code_with_mentions(text)}
    monkeypatch.setattr(sys.modules["dateline.events.extract"], "SUBORDINATE_FACTOR", 1.0)
    flat = {e.trigger.text: e.confidence for e in code_with_mentions(text)}
    assert lowered["agreed"] == flat["agreed"]  # the main clause keeps its confidence
    assert lowered["meeting"] == pytest.approx(flat["meeting"] * 0.9, abs=0.002)  # "in a meeting": one step down


@pytest.mark.parametrize("model", [None, "default"])
def test_a_burned_flag_or_effigy_is_a_protest_a_burned_village_an_attack(code, model):
    for text in ("Protesters burned the Macedonian flag.", "Demonstrators burned an effigy of the president."):
        assert [(e.type, e.mode) for e in code(text, type_model=model)] == [("PROTEST", "vandalize")], text
    assert [e.type for e in code("Rebels burned the village.", type_model=model)] == ["ASSAULT"]


def test_an_extended_curfew_order_is_a_threat_an_imposed_curfew_coercion(code):
    events = code("The authorities announced they will extend the curfew order in the district.")
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", "order")], _types(events)
    assert [e.type for e in code("The police imposed a curfew on the town.")] == ["COERCE"]


def test_calling_out_is_criticism_calling_someone_a_phone_call(code):
    events = code("France called out the deal for rejecting international standards.")
    assert ("called out", "ACCUSE") in _types(events) and not any(e.type == "CONSULT" for e in events)
    assert [e.type for e in code("Biden called Netanyahu on Sunday.")] == ["CONSULT"]


def test_what_a_call_was_for_outweighs_the_call(code_with_mentions, monkeypatch):
    import sys

    text = "Putin called Erdogan on Tuesday to congratulate him on his election victory."
    lowered = {e.type: e.confidence for e in code_with_mentions(text)}
    assert {"CONSULT", "SUPPORT"} <= set(lowered), lowered
    monkeypatch.setattr(sys.modules["dateline.events.extract"], "SUBORDINATE_FACTOR", 1.0)
    flat = {e.type: e.confidence for e in code_with_mentions(text)}
    assert lowered["CONSULT"] == pytest.approx(flat["CONSULT"] * 0.9, abs=0.002)  # the call: one step down


def test_a_march_to_protest_is_one_protest_an_attack_that_kills_two_harms(code):
    events = code("Thousands of people marched through the capital to protest against the new law.", "default")
    assert [(e.trigger.text, e.type) for e in events] == [("protest", "PROTEST")], _types(events)
    assert [e.recipient[0].text for e in events] == ["the new law"]
    events = code("Rebels attacked the village, killing 20 people.", "default")
    assert [e.type for e in events] == ["ASSAULT", "ASSAULT"]  # (two targets: both kept)


def test_calling_someone_a_liar_or_a_puppet_is_criticism_not_a_phone_call(code):
    for text in ("Trump called the ambassador a liar.", "Putin called Zelensky a puppet of the West."):
        assert [(e.trigger.text, e.type) for e in code(text)] == [("called", "ACCUSE")], text
    assert [e.type for e in code("Biden called Netanyahu on Sunday.")] == ["CONSULT"]


# Word senses that made wrong events on hand-judged real news (bench/judgments, 2026-11-29): each
# pair is the non-event reading and the event reading the same entry must keep.
@pytest.mark.parametrize("not_event, event, trigger", [
    ("The company declined to comment.", "Iran declined to attend the talks.", "declined"),
    ("The lawyer asked the witness if he knew the chief executive.", "Russia asked the UN to send observers.",
     "asked"),
    ("Mr Weingarten pressed.", "The EU pressed Turkey to release the journalists.", "pressed"),
    ("He insisted there was no plan for an invasion.", "The protesters insisted on the minister's resignation.",
     "insisted"),
    ("Spielberg directed the film.", "The minister directed police to arrest the leaders.", "directed"),
    ("The singer removed his jacket.", "The army removed the president from power.", "removed"),
    ("He closed the show with a song.", "The government closed the border.", "closed"),
    ("Their partnership dissolved in 1998.", "The king dissolved parliament.", "dissolved"),
    ("She is impossible to ignore.", "The government ignored the protesters' demands.", "ignored"),
    ("The Treasury described the plan in a press release.", "The government announced the release of 20 prisoners.",
     "release"),
])
def test_non_event_senses_are_vetoed_and_the_event_sense_kept(code, not_event, event, trigger):
    word = "ignore" if trigger == "ignored" else trigger
    assert not any(e.trigger.text == word for e in code(not_event, type_model="default")), not_event
    assert any(e.trigger.text == trigger for e in code(event, type_model="default")), event


def test_an_event_the_model_types_alone_is_less_sure(code):
    # "sent a message" has no lexicon entry: the model types it, and the event keeps half its confidence
    from dateline.events.extract import MODEL_ONLY_FACTOR

    (event,) = [e for e in code("Turkey sent a message to Russia.", type_model="default") if e.trigger.text == "sent"]
    assert "+lex:" not in event.reason
    assert event.confidence <= MODEL_ONLY_FACTOR
    (backed,) = [e for e in code("Brazil backed Argentina's bid.", type_model="default") if e.trigger.text == "backed"]
    assert "+lex:" in backed.reason and backed.confidence > MODEL_ONLY_FACTOR


def test_a_meeting_needs_another_party(code):
    # a body meeting alone is its own business; a meeting with someone is a consultation
    assert not [e for e in code("The cabinet met on Tuesday.", type_model="default") if e.type == "CONSULT"]
    assert not [e for e in code("Opposition leaders held talks on Sunday.", type_model="default") if e.type == "CONSULT"]
    assert ("met", "CONSULT") in _types(code("Putin met Xi in Beijing.", type_model="default"))


def test_a_promised_act_needs_the_recipient_the_act_would_need(code):
    # "will send aid" promises AID, which needs a recipient; with one it is an AGREE
    assert not [e for e in code("Germany will send aid.", type_model="default") if e.type == "AGREE"]
    assert ("send", "AGREE") in _types(code("Germany will send aid to Turkey.", type_model="default"))


@pytest.mark.parametrize("model", [None, "default"])
def test_complying_with_demands_is_a_concession(code, model):
    """CAMEO 083 'Accede to requests or demands' (CONCEDE): accede and comply grant what was demanded."""
    for text in ("The government complied with the demands of the protesters.",
                 "The regime acceded to the demands of the opposition."):
        assert [e.type for e in code(text, type_model=model)] == ["CONCEDE"], text


@pytest.mark.parametrize("model", [None, "default"])
def test_condolences_are_a_statement_not_support(code, model):
    """CAMEO 018 'Make empathetic comment: express empathy, condolences, sympathy' is a statement (CAMEO 01),
    which CAMEO2PLOVER maps to no PLOVER type; praise and solidarity stay SUPPORT (CAMEO 051)."""
    for text in ("The Brazilian government expressed condolences to Bangladesh over the fire.",
                 "The president sent his sympathy to the families of the victims."):
        assert not [e for e in code(text, type_model=model) if e.type == "SUPPORT"], text
    assert [e.type for e in code("The minister expressed solidarity with Ukraine.", type_model=model)] == ["SUPPORT"]


def test_declining_to_comment_is_no_rejection(code_with_mentions):
    """CAMEO 011 'Decline comment' has no PLOVER type: neither the refusal nor the topic is an event."""
    for text in ("Justice Department spokeswoman Hannah August declined to comment on the investigation.",
                 "The White House refused to comment on the report.",
                 "Mr Balls refused to say whether Mr Brown would remain as chancellor."):
        assert not [e for e in code_with_mentions(text) if e.type in ("REJECT", "ACCUSE")], text
    assert [e.type for e in code_with_mentions("Iran refused to release the British tanker.")] == ["REJECT"]
