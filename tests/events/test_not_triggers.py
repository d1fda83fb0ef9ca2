"""Not-an-event rules (events/data/not_triggers.tsv) added from the held-out precision samples of real
news: each sentence fired its entry before the rule (checked on the code of c9dea94), and a
sentence with the event sense still fires."""

from __future__ import annotations

import pytest
from trigger_hits import entry_ids_at



@pytest.mark.parametrize("text, word, entry", [
    ("Ranieri first took charge of Valencia in 1997.", "charge", "accuse.allege_noun"),  # command
    ("Trump did not place the agency in charge of the government's response.", "charge", "accuse.allege_noun"),
    ("Exporters were not paying the 15 pct charge on lumber.", "charge", "accuse.allege_noun"),  # a levy
    ("THE MILITARY REPORT SAID THAT THE INCIDENT TOOK PLACE ON 15 MARCH.", "MARCH", "protest.demo_noun"),  # a date
    ("As Avila's case demonstrates, extradition often does not hold.", "demonstrates", "protest.demo"),  # showing
    ("The ministry destroyed nearly 37,000 files last year.", "destroyed", "assault.destroy"),  # records
    ("The state held elections following a court battle over the date.", "battle", "assault.noun"),  # litigation
    ("Joe Biden has amassed 1,217 pledged delegates so far.", "amassed", "mobilize.troops"),  # votes
    ("Millions of Africans were hit by Aids and famine.", "hit", "assault.verb"),  # disease and hunger
])
def test_not_an_event(nlp, text, word, entry):
    assert entry not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word, entry", [
    ("The prosecutor dropped the charge against the activist on Monday.", "charge", "accuse.allege_noun"),
    ("Thousands joined the march against the government in Lagos.", "march", "protest.demo_noun"),
    ("Thousands demonstrated against the government in Lagos.", "demonstrated", "protest.demo"),
    ("Rebels destroyed the bridge near the border.", "destroyed", "assault.destroy"),
    ("Government troops and rebels fought a fierce battle near the town.", "battle", "assault.noun"),
    ("Russia has amassed 100,000 troops on the border with Ukraine.", "amassed", "mobilize.troops"),
    ("Millions of Africans were hit by air strikes and shelling.", "hit", "assault.verb"),
])
def test_the_event_sense_still_fires(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


# Word senses from the design samples A-I (2026-11-29, 18:30 UTC round; sentences written for the tests, none
# copied from an article): each fired its entry before its rule, and the event sense beside it still fires.
@pytest.mark.parametrize("text, word, entry", [
    ("The minister shot baskets with pupils at the school on Friday.", "shot", "assault.firearms"),  # sport
    ("The director shot the film in Morocco last year.", "shot", "assault.firearms"),  # filming
    ("The mayor abused his power to help his brother.", "abused", "assault.torture"),  # misuse
    ("The president kicked off his campaign in Ohio.", "kicked", "assault.beat"),  # a start
    ("In order for the bill to pass, both houses must approve it.", "order", "request.noun"),  # purpose
    ("The rebels kept their promise to free the hostages.", "promise", "agree.noun"),  # an earlier promise
    ("The regime keeps violating its commitments under the truce.", "commitments", "agree.noun_commit"),
    ("Clubs must weigh up the money on offer.", "offer", "agree.noun"),  # available
    ("The party withdrew two posters after complaints.", "withdrew", "retreat.withdraw"),  # adverts
    ("She cut a deal with prosecutors last week.", "cut", "sanction.cut"),  # a plea bargain
    ("The new service searches the text of television programmes.", "searches", "coerce.seize"),  # look-up
    ("Safety officials began an investigation of the crash on Monday.", "investigation", "accuse.investigate_noun"),
    ("The police are investigating the accident on the motorway.", "investigating", "accuse.investigate"),
    ("The plane hit the ocean shortly after takeoff.", "hit", "assault.verb"),  # an accident
    ("The jet overran the runway in heavy rain.", "overran", "assault.verb"),
    ("The ministry has embraced new technology in its offices.", "embraced", "support.verb"),  # ideas
    ("The police were unable to meet the challenges of the crisis.", "meet", "consult.meet"),  # a requirement
    ("The police gave no details about the raid.", "gave", "cooperate.share_more"),  # a press statement
    ("The senator said he accepted the minister's explanation.", "accepted", "concede.verb"),  # belief
])
def test_not_an_event_design_round(nlp, text, word, entry):
    assert entry not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word, entry", [
    ("Police shot the suspect outside the bank.", "shot", "assault.firearms"),
    ("Guards abused the prisoners at the camp.", "abused", "assault.torture"),
    ("Police kicked the protester on the ground.", "kicked", "assault.beat"),
    ("The rebels defied the order of the junta.", "order", "request.noun"),
    ("The rebels made a promise to free the hostages.", "promise", "agree.noun"),
    ("Russia withdrew its troops from the border.", "withdrew", "retreat.withdraw"),
    ("The United States cut aid to Niger.", "cut", "sanction.cut"),
    ("Police searched the house of the opposition leader.", "searched", "coerce.seize"),
    ("Prosecutors opened an investigation of the minister.", "investigation", "accuse.investigate_noun"),
    ("Air strikes hit the town on Monday.", "hit", "assault.verb"),
    ("Rebels overran the army base near the border.", "overran", "assault.verb"),
    ("The president will meet the Chinese delegation on Monday.", "meet", "consult.meet"),
    ("Pakistan gave intelligence to Afghan officials.", "gave", "cooperate.share_more"),
    ("The rebels accepted the ceasefire on Sunday.", "accepted", "concede.verb"),
])
def test_the_event_sense_still_fires_design_round(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


# Word senses of session 10 (helper SENSE, 2026-11-30; sentences written for the tests, none copied from an
# article): each fired its entry before its rule, and the event sense beside it still fires.
@pytest.mark.parametrize("text, word, entry", [
    ("The referendum allowed citizens to vote on the new constitution.", "allowed", "retreat.permit"),  # a vote
    ("The court allowed the couple to adopt a second child.", "allowed", "retreat.permit"),  # any permission
    ("The operator is charging customers a monthly fee for the service.", "charging", "accuse.allege"),  # a price
    ("Rescuers continued to search the area for survivors of the flood.", "search", "coerce.seize"),  # a hunt
    ("Neighbours heard pounding and shouting from the flat.", "pounding", "assault.heavy"),  # a noise
    ("The health agency decided to raise the pandemic alert level.", "raise", "mobilize.readiness"),  # public warning
])
def test_not_an_event_session10_senses(nlp, text, word, entry):
    assert entry not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word, entry", [
    ("The junta allowed aid workers to enter the besieged city.", "allowed", "retreat.permit"),  # access
    ("The government will permit inspectors to visit the nuclear site.", "permit", "retreat.permit"),
    ("Prosecutors charged the former minister with corruption.", "charged", "accuse.allege"),  # accusation
    ("Police searched the house of the opposition leader.", "searched", "coerce.seize"),  # a search of property
    ("Government artillery pounded the rebel town for a third day.", "pounded", "assault.heavy"),  # shelling
    ("The army decided to raise the alert along the border.", "raise", "mobilize.readiness"),  # forces
])
def test_the_event_sense_still_fires_session10_senses(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


# Session 21 (lead): printed matter handed out is distribution, not the release of a prisoner or a territory
# (retreat.release's object rule); a captive handed back still is one.
def test_leaflets_handed_out_are_no_release(nlp):
    assert "retreat.release" not in entry_ids_at(nlp("The guerrillas handed out leaflets in the main square."), "handed")
    assert "retreat.release" in entry_ids_at(nlp("The guerrillas handed the prisoners to the Red Cross."), "handed")


@pytest.mark.parametrize("text, fires", [
    # (session 50, a probe of unjudged news) a bare release is a press release or a product's
    ("She presented the report and used the release to call on the court to reverse the decision.", False),
    ("The release was issued by the ministry on Monday.", False),
    ("The rebels demanded the release of the hostages.", True),
    ("After his release from prison, the opposition leader left for Paris.", True),
    ("The hostage release was delayed by the rebels.", True),
    ("The rebels demanded the immediate release of their leader.", True),
])
def test_a_bare_release_is_no_prisoner_freed(nlp, text, fires):
    assert ("retreat.release_noun" in entry_ids_at(nlp(text), "release")) == fires


@pytest.mark.parametrize("text, fires", [
    # (session 50, a probe of unjudged news) a comeback in a game, parsed as a clause of purpose, is no rally
    ("Defending champion and top seed Andy Roddick rallied to beat Sweden's Thomas Enqvist 3-6 7-6 7-5.", False),
    ("Thousands of supporters rallied to demand the release of the opposition leader.", True),
])
def test_rallying_to_win_a_game_is_no_rally(nlp, text, fires):
    assert ("protest.demo" in entry_ids_at(nlp(text), "rallied")) == fires


@pytest.mark.parametrize("text, fires", [
    # (session 50, a probe of unjudged news) a market aimed at by sellers is no one attacked
    ("After claiming the phone market in China, counterfeiters began to target foreign markets.", False),
    ("Militants targeted voters at a polling station in Kabul.", True),
])
def test_a_market_targeted_is_no_attack(nlp, text, fires):
    assert ("assault.verb" in entry_ids_at(nlp(text), "target" if "target " in text else "targeted")) == fires


@pytest.mark.parametrize("text, word, entry, fires", [
    # (session 50, probes of unjudged news) borders meeting; an industry hit by falling consumption
    ("The ring was based in Leticia, a city in the area where Colombia, Peru, and Brazil meet.", "meet", "consult.meet",
     False),
    ("This is the hotel where Putin and Biden met in June.", "met", "consult.meet", True),
    ("The French wine industry has been hit by declining consumption at home.", "hit", "assault.verb", False),
    ("The convoy was hit by a rocket near Kandahar.", "hit", "assault.verb", True),
])
def test_borders_meeting_and_markets_hitting_are_no_events(nlp, text, word, entry, fires):
    assert (entry in entry_ids_at(nlp(text), word)) == fires


def test_countries_hit_by_tsunamis_are_no_attack(nlp):
    # (session 50) the lemmatizer leaves "tsunamis" as it is: the plural is listed
    assert "assault.verb" not in entry_ids_at(nlp("Many of the countries hit by the tsunamis asked for help."), "hit")


@pytest.mark.parametrize("text, fires", [
    # (session 50) messages exchanged are no release; prisoners exchanged are
    ("The presidents of Taiwan and China exchanged direct messages for the first time in 60 years.", False),
    ("Israel and Hamas exchanged prisoners on Monday.", True),
])
def test_messages_exchanged_are_no_release(nlp, text, fires):
    assert ("retreat.release" in entry_ids_at(nlp(text), "exchanged")) == fires
