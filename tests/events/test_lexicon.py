"""Trigger matching on real parses: which lexicon entries fire at which token."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import find_triggers
from trigger_hits import entry_ids_at


@pytest.mark.parametrize("text, word, entry", [
    # verb + object pairs
    ("Pakistan summoned the Indian ambassador on Thursday.", "summoned", "accuse.summon"),
    ("Thousands of Syrians have sought refuge in Turkey.", "sought", "request.seek"),
    ("Germany accepted 1,500 refugees from Greek camps.", "accepted", "aid.asylum_host"),
    # an adjective complement counts as the object: "found X guilty"
    ("A court found the former minister guilty of fraud.", "found", "accuse.guilty"),
    # a phrase headed by a preposition is reported by the verb it hangs on
    ("Israeli troops remained on alert along the border.", "remained", "mobilize.alert"),
    ("The court set a 60-day deadline for the council.", "set", "threaten.deadline"),
    # entries for codebook definitions added in the second round
    ("A judge in Lima issued an arrest warrant for the former mayor.", "issued", "coerce.warrant"),
    ("French soldiers began leaving Mali in August.", "leaving", "retreat.leave"),
    ("Prosecutors dropped the charges against the activist.", "dropped", "concede.drop"),
    ("The militia ceased its offensive near the airport.", "ceased", "retreat.halt"),
    # the object's "of" phrase names what is acted on: "lifted the state of emergency"
    ("The government lifted the state of emergency in the capital.", "lifted", "concede.lift"),
    ("The delegates left the meeting in protest.", "left", "reject.walkout"),
    ("The rebels vowed never to stop the war.", "stop", "retreat.halt"),
    ("The president awarded a medal to the French ambassador.", "awarded", "support.honor"),
    ("Washington rolled back tariffs on Mexican steel.", "rolled", "concede.rollback"),
    ("The minister pledged full support for the new government.", "pledged", "support.pledge"),
    ("UN peacekeepers began deploying in the north on Monday.", "deploying", "aid.peacekeepers"),
])
def test_entry_fires(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


def test_generic_verb_without_its_object_is_no_trigger(nlp):
    # "sought" alone is not a request; "set" alone is not a threat
    doc = nlp("The council sought a new chairman and set the agenda.")
    assert entry_ids_at(doc, "sought") == [] and entry_ids_at(doc, "set") == []


@pytest.mark.parametrize("text, word", [
    ("Nintendo is releasing an adapter for its DS console.", "releasing"),  # a product, not a prisoner
    ("The other one tries to answer these questions.", "tries"),  # an attempt, not a trial
    ("Researchers demonstrated a more efficient way to make hydrogen.", "demonstrated"),  # showing
    ("Wholesale prices rose after increasing by 0.1 pct in March.", "March"),  # a date
    ("Shares hit a record high on Friday.", "hit"),  # a measure
    ("Today, as Hurricane Lorenzo hit the Azores, the service issued alerts.", "hit"),  # a storm
    ("After serving in the Korean War, he attended Wayne State University.", "War"),  # a reference
    ("Six counties on the coast received orange warnings.", "received"),  # not a host
    ("Cengiz called the admission a political maneuver.", "called"),  # naming, not phoning
    ("The minister left for Brussels on Monday.", "left"),  # travel: only forces leaving withdraw
    ("The State Department issued a travel warning for Haiti.", "issued"),  # a warning to travellers threatens no one
])
def test_not_an_event(nlp, text, word):
    assert entry_ids_at(nlp(text), word) == []


def test_labour_strike_is_no_attack(nlp):
    assert "assault.strike_noun" not in entry_ids_at(nlp("Dock workers began a strike for better pay."), "strike")
    # a strike "on Tuesday" lands on nothing: the date says when
    doc = nlp("Miners joined a strike for higher wages on Tuesday.")
    assert "assault.strike_noun" not in entry_ids_at(doc, "strike")


def test_peacekeepers_deploying_are_aid_not_a_show_of_force(nlp):
    ids = entry_ids_at(nlp("UN peacekeepers began deploying in the north on Monday."), "deploying")
    assert "mobilize.troops" not in ids
    assert "aid.peacekeepers" not in entry_ids_at(nlp("Russian troops began deploying near the border."), "deploying")


@pytest.mark.parametrize("text, word, entry", [
    ("Iran released the British sailors on Friday.", "released", "retreat.release"),
    ("The hostages were released on Friday.", "released", "retreat.release"),
    ("Thousands demonstrated against the government in Lagos.", "demonstrated", "protest.demo"),
    ("Rebels hit an army base near the border.", "hit", "assault.verb"),
    ("A Saudi-led strike on a school bus killed 40 children.", "strike", "assault.strike_noun"),
    ("The two countries declared war on each other.", "war", "assault.noun"),
    ("The emir received the UAE ambassador in Manama.", "received", "consult.host"),
    ("Pyongyang has violated a ban on ballistic missile tests.", "violated", "reject.defy"),
    ("Hamas fired rockets at Israel on Sunday.", "fired", "assault.launch"),
    ("North Korea launched two missiles on Tuesday.", "launched", "mobilize.weapons"),
])
def test_same_words_as_events(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


def test_phrases_in_a_later_sentence_keep_their_offsets(nlp):
    doc = nlp("The army attacked the town. Later the two sides called for a cease-fire.")
    second = list(doc.sents)[1]
    spans = {doc[h.start:h.end].text for hs in find_triggers(second).values() for h in hs}
    assert {"called for", "cease-fire"} <= spans


def test_a_modifier_of_an_event_noun_is_not_the_verbs_object(nlp):
    # "launched a missile attack" launches an attack (the noun trigger), not a missile (MOBILIZE)
    doc = nlp("The navy launched a missile attack on the port.")
    assert "mobilize.weapons" not in entry_ids_at(doc, "launched")
    assert "assault.noun" in entry_ids_at(doc, "attack")


def test_stopping_work_is_the_strike_not_its_end(nlp):
    ids = entry_ids_at(nlp("Dock workers stopped work in a strike over pay."), "stopped")
    assert "protest.strike_more" in ids and "concede.end_protest" not in ids


def test_a_warning_of_what_will_happen_is_a_threat_not_a_complaint(nlp):
    ids = entry_ids_at(nlp("The envoy warned the government that Washington would cut its aid."), "warned")
    assert "threaten.verb" in ids and "accuse.disapprove" not in ids


@pytest.mark.parametrize("text, word, entry", [
    # fifth round: verbs and phrases named by CAMEO code descriptions (cameo_eventtypes_filtered.csv)
    ("Iran armed the Houthi rebels in Yemen.", "armed", "aid.arm"),  # 072 military aid
    ("Japan lent $500 million to Sri Lanka last year.", "lent", "aid.lend"),  # 071 economic aid
    ("The Security Council extended the UN peacekeeping mission in Mali.", "extended", "aid.mandate"),  # 074
    ("The rebels ceded control of the town to government forces.", "ceded", "retreat.cede"),  # 0874
    ("The military junta handed power to a civilian government.", "handed", "concede.power"),  # 0831
    ("India and China took steps to ease tensions on the border.", "ease", "retreat.deescalate"),  # 087
    ("Iran admitted UN inspectors to the Fordow site.", "admitted", "retreat.admit"),  # 0862
    ("Police interrogated the opposition leader for six hours.", "interrogated", "accuse.interrogate"),  # 091
    ("The government curbed press freedom after the protests.", "curbed", "coerce.curb_rights"),  # 1721
    ("Fighter jets strafed rebel positions near the capital.", "strafed", "assault.strafe"),  # 195
    ("The army heightened its readiness along the border.", "heightened", "mobilize.readiness"),  # 152
    ("The unions cancelled the strike on Friday.", "cancelled", "concede.end_protest"),  # 082
    ("The minister travelled to Paris to drum up support for the plan.", "drum", "support.rally"),  # 053
    ("Pakistan's president reinstated the chief justice.", "reinstated", "retreat.reinstate"),  # 084
    ("The court decided to reinstate the travel ban.", "reinstate", "coerce.reinstate_ban"),  # 163/172
])
def test_cameo_description_entries_fire(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word", [
    ("A man armed with a knife attacked two police officers.", "armed"),  # armed with a thing: no one armed
    ("The Fed raised interest rates to curb inflation.", "curb"),  # curbing no freedom
    ("The company lent its name to the campaign.", "lent"),  # no money lent
])
def test_cameo_description_entries_need_their_objects(nlp, text, word):
    ids = entry_ids_at(nlp(text), word)
    assert not {"aid.arm", "coerce.curb_rights", "aid.lend"} & set(ids), ids
