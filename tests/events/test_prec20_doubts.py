"""Session 20's doubts of the relevance layer (helper PREC), each on a real parse and judged with ``relevance.judge``
on an event built over the sentence the way extract would code it: harm done to oneself (relevance:self_harm), an
attack made in words (relevance:verbal_attack), a warning of a force of nature or a disease (relevance:hazard_warning;
all three figurative_force.spoken_or_self, data/layer_doubts.tsv) and information not given read as a refusal
(relevance:refused_statement, type_misreadings.refused_statement)."""

from __future__ import annotations

from judged_events import doubted as _doubted, judged, judged_with_recipient


def test_a_gunman_who_killed_himself_did_no_assault_by_it(nlp):
    d = judged(nlp, "Police said the shooting spree left five people dead before the gunman killed himself.", "killed",
               "the gunman", "ASSAULT", "USA", "UAF")
    assert _doubted(d, "self_harm")


def test_a_boy_who_shot_himself_did_no_assault(nlp):
    d = judged(nlp, "A teenage boy shot himself in the leg with his father's pistol on Sunday.", "shot",
               "A teenage boy", "ASSAULT")
    assert _doubted(d, "self_harm")


def test_killing_his_wife_and_himself_is_still_an_assault(nlp):
    d = judged(nlp, "The gunman killed his wife and himself at their home.", "killed", "The gunman", "ASSAULT", "USA",
               "UAF")
    assert "relevance:self_harm" not in d.reason


def test_a_suicide_bomber_who_blew_himself_up_did_assault(nlp):
    d = judged(nlp, "A suicide bomber blew himself up at a police checkpoint in the city.", "blew", "A suicide bomber",
               "ASSAULT", "IRQ", "UAF")
    assert "relevance:self_harm" not in d.reason


def test_an_attack_made_by_saying_something_is_verbal(nlp):
    d = judged(nlp, "The opposition leader attacked the prime minister, saying he had betrayed the voters.", "attacked",
               "The opposition leader", "ASSAULT", "GBR", "OPP")
    assert _doubted(d, "verbal_attack")


def test_troops_who_attacked_saying_something_used_force(nlp):
    d = judged(nlp, "Government troops attacked the rebel camp, saying militants were hiding there.", "attacked",
               "Government troops", "ASSAULT", "SYR", "MIL")
    assert "relevance:verbal_attack" not in d.reason


def test_an_attack_with_no_statement_is_not_verbal(nlp):
    d = judged(nlp, "The opposition leader attacked the prime minister in parliament on Tuesday.", "attacked",
               "The opposition leader", "ASSAULT", "GBR", "OPP")
    assert "relevance:verbal_attack" not in d.reason


def test_a_warning_of_rains_is_a_hazard_warning(nlp):
    d = judged(nlp, "Officials in Oregon are warning residents that heavy rains will cause floods and landslides.",
               "warning", "Officials", "ACCUSE", "USA", "GOV")
    assert _doubted(d, "hazard_warning")


def test_a_warning_of_a_virus_is_a_hazard_warning(nlp):
    d = judged(nlp, "The agency is warning that a computer virus is being spread through e-mails.", "warning",
               "The agency", "THREATEN", "USA", "GOV")
    assert _doubted(d, "hazard_warning")


def test_a_warning_of_force_is_no_hazard_warning(nlp):
    d = judged(nlp, "The army warned the rebels that it would strike their camps.", "warned", "The army", "THREATEN",
               "SYR", "MIL")
    assert "relevance:hazard_warning" not in d.reason


def test_information_never_given_is_no_rejection(nlp):
    d = judged(nlp, "The embassy declined to comment, saying it never gave information on individual visa cases.",
               "gave", "it", "REJECT", "GBR", "GOV")
    assert _doubted(d, "refused_statement")


def test_troops_not_provided_is_still_a_rejection(nlp):
    d = judged(nlp, "The government did not provide troops to the coalition.", "provide", "The government", "REJECT",
               "DEU", "GOV")
    assert "relevance:refused_statement" not in d.reason


def test_searching_for_gunmen_is_no_search_of_premises(nlp):
    d = judged(nlp, "Deputies continue searching for the two suspected gunmen, the sheriff said.", "searching",
               "Deputies", "COERCE", "USA", "COP")
    assert _doubted(d, "seeking")


def test_searching_a_house_is_a_search(nlp):
    d = judged(nlp, "Police searched the house of the suspected gunman on Friday.", "searched", "Police", "COERCE",
               "USA", "COP")
    assert "relevance:seeking" not in d.reason


def test_a_court_granting_time_concedes_nothing(nlp):
    d = judged(nlp, "The court granted time till April 2 to the parties for filing their replies.", "granted",
               "The court", "CONCEDE", "IND", "JUD")
    assert _doubted(d, "idiom")


def test_a_court_granting_bail_is_no_idiom(nlp):
    d = judged(nlp, "The court granted bail to the three opposition leaders on Monday.", "granted", "The court",
               "CONCEDE", "IND", "JUD")
    assert "relevance:idiom" not in d.reason


def test_talking_to_newspersons_is_no_consultation(nlp):
    d = judged_with_recipient(nlp, "talking to newspersons here on saturday, local party leaders said that they had "
                              "booked rooms for the volunteers.", "talking", "local party leaders", "CONSULT",
                              "newspersons", "IND", "PTY")
    assert _doubted(d, "press_contact")


def test_forcing_a_run_off_coerces_no_one(nlp):
    d = judged(nlp, "The former general won 34 percent of the vote, forcing a run-off with the president in September.",
               "forcing", "The former general", "COERCE", "IDN", "ELI")
    assert _doubted(d, "forced_outcome")


def test_forcing_villagers_to_leave_is_coercion(nlp):
    d = judged(nlp, "The militia forced the villagers to leave their homes.", "forced", "The militia", "COERCE", "SDN",
               "REB")
    assert "relevance:forced_outcome" not in d.reason


def test_forcing_the_withdrawal_of_troops_is_coercion(nlp):
    d = judged(nlp, "The junta has taken a hard line against France, forcing the withdrawal of French troops.",
               "forcing", "The junta", "COERCE", "NER", "MIL")
    assert "relevance:forced_outcome" not in d.reason


def test_defending_ones_own_partys_posters_supports_no_one(nlp):
    d = judged(nlp, "The party's election chief has defended his party's campaign posters amid claims they were "
               "offensive.", "defended", "The party's election chief", "SUPPORT", "GBR", "PTY")
    assert _doubted(d, "own_defended")


def test_defending_ones_minister_is_support(nlp):
    d = judged(nlp, "The prime minister defended his foreign minister against the opposition's attacks.", "defended",
               "The prime minister", "SUPPORT", "GBR", "GOV")
    assert "relevance:own_defended" not in d.reason


def test_defending_anothers_decision_is_support(nlp):
    d = judged(nlp, "The French president defended the German chancellor's decision to open the borders.", "defended",
               "The French president", "SUPPORT", "FRA", "GOV")
    assert "relevance:own_defended" not in d.reason
