"""Trigger entries of session 29 (helper RECALL): general constructions that coded nothing, each from the codebook/CAMEO
wording its `notes` cite - a party that arrives, flies or sits down *for* talks, an alliance or coalition formed, a crowd
dispersed, homes bulldozed, a village pillaged or its looting, a body mutilated, an annexation, activists locked up, a
city placed under lockdown, a government that bows or caves in to pressure or capitulates, revenge or retaliation vowed
or threatened, a resignation tendered, a town recaptured (and escaped prisoners recaptured: an arrest), a barrage
unleashed, a diplomatic protest lodged, war waged
(not a price or trade war), an agitation, siege laid, talks taken part in, a party sent to jail, demands or a charter
of them submitted, calls brushed aside or criticism shrugged off, a pact inked.  Real spaCy model and actors stage; sentences written for these tests, none
copied from an evaluation or news article.  The positive tests fail without the entries; the guards pin senses they
must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("An Iranian delegation arrived in Vienna for negotiations with the European powers.", "CONSULT", "arrived",
     "Iranian delegation"),
    ("The Taliban and the Afghan government sat down for talks in Doha.", "CONSULT", "sat", "Taliban"),
    ("Blinken flew to Riyadh for talks with the Saudi crown prince.", "CONSULT", "flew", "Blinken"),
    ("Turkey and Azerbaijan formed an alliance against Armenia.", "COOPERATE", "formed", "Turkey"),
    ("Kenyan police dispersed the protesters with batons.", "ASSAULT", "dispersed", "police"),
    ("The Israeli army bulldozed the homes of the villagers.", "ASSAULT", "bulldozed", "army"),
    ("The militia pillaged the village.", "ASSAULT", "pillaged", "militia"),
    ("The rebels mutilated the bodies of the soldiers.", "ASSAULT", "mutilated", "rebels"),
    ("Russia's annexation of Crimea drew sanctions.", "ASSAULT", "annexation", "Russia"),
    ("The Chinese authorities locked up the activists.", "COERCE", "locked up", "authorities"),
    ("Chinese authorities placed Shanghai under lockdown.", "COERCE", "placed", "authorities"),
    ("The Kenyan government bowed to pressure from the protesters.", "CONCEDE", "bowed", "government"),
    ("The Kenyan government caved in.", "CONCEDE", "caved in", "government"),
    ("The Kenyan government capitulated to the demands of the protesters.", "CONCEDE", "capitulated", "government"),
    ("Iran vowed revenge against Israel.", "THREATEN", "vowed", "Iran"),
    ("Hezbollah threatened retaliation against Israel.", "THREATEN", "threatened", "Hezbollah"),
    ("Bolton tendered his resignation to Trump.", "RETREAT", "tendered", "Bolton"),
    ("Ukrainian forces recaptured the town from Russia.", "ASSAULT", "recaptured", "Ukrainian forces"),
    ("Greek police recaptured the escaped prisoners.", "COERCE", "recaptured", "police"),
    ("Russian forces unleashed a barrage of missiles on Kharkiv.", "ASSAULT", "unleashed", "Russian forces"),
    ("China lodged a strong protest with Japan over the visit.", "ACCUSE", "lodged", "China"),
    ("Russia waged war on Ukraine.", "ASSAULT", "waged", "Russia"),
    ("The opposition launched an agitation against the price rise.", "PROTEST", "agitation", "opposition"),
    ("Russian troops laid siege to Mariupol.", "ASSAULT", "laid", "Russian troops"),
    ("Egypt participated in the talks with Israel.", "CONSULT", "participated", "Egypt"),
    ("A Delhi court sent the activist to jail for two weeks.", "COERCE", "sent", "court"),
    ("The union submitted a charter of demands.", "REQUEST", "submitted", "union"),
    ("Netanyahu brushed aside calls for a ceasefire.", "REJECT", "brushed", "Netanyahu"),
    ("India and Pakistan inked a pact on water.", "SUPPORT", "inked", "India"),
])
def test_recall29_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text, type_, word", [
    ("The defendant arrived for his trial.", "CONSULT", "arrived"),  # no talks or meeting
    ("The company formed a partnership with Google to sell phones.", "COOPERATE", "formed"),  # business partnership
    ("The chemicals dispersed into the air.", "ASSAULT", "dispersed"),  # no crowd
    ("He locked up the shop at night.", "COERCE", "locked up"),
    ("The team bowed to the crowd.", "CONCEDE", "bowed"),  # no pressure or demands
    ("Apple tendered an offer for the shares.", "RETREAT", "tendered"),  # no resignation
    ("The minister faced a barrage of criticism.", "ASSAULT", "barrage"),
    ("China lodged a strong protest with Japan over the visit.", "PROTEST", "protest"),  # a diplomatic protest
    ("The company waged a price war with its rivals.", "ASSAULT", "waged"),  # a market's war
    ("Trump waged a trade war against China.", "ASSAULT", "waged"),
    ("He sent the letter to the prison.", "COERCE", "sent"),  # no one sent to jail
    ("The goalkeeper shrugged off the injury.", "REJECT", "shrugged"),
])
def test_recall29_entry_leaves_other_senses(code, text, type_, word):
    evs = _events(code, text)
    assert not any(t == type_ and trig == word for t, trig, *_ in evs), evs
