"""Relevance doubts of session 32 (helper SENSE): the words of force and of punishment in sport and temper - a match
won in sets, innings or on penalties (figurative_force.contest), a game's penalty (sense_phrases sport_penalty), a team's
defence attacked and a raid on shares (the figurative row of attack), a player who storms off (stormed_off), a
shootout of penalties, a ban for matches (sport_ban), batters struck out (struck_out) - on
sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5, then that the layer halves it below
0.5 with the doubt's reason; the contrast cases keep the political sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "Federer beat Nadal in straight sets on Sunday.",
    "The Red Sox beat the Yankees in extra innings.",
    "Brazil beat Germany on penalties.",
])
def test_a_match_won_in_sets_innings_or_on_penalties_is_a_contest(code, text):
    _halved(code, text, "beat", "relevance:contest")


def test_a_beating_on_a_day_is_no_contest(code):
    _not_doubted(code, "Police beat the protesters on Tuesday.", "beat", "relevance:contest")


def test_penalties_of_a_game_are_no_sanction(code):
    _halved(code, "Brazil beat Germany on penalties.", "penalties", "relevance:sport_penalty")


def test_a_teams_defence_attacked_is_a_figure(code):
    _halved(code, "Chelsea attacked the Arsenal defence throughout the second half.", "attacked",
            "relevance:figurative")


def test_a_raid_on_shares_is_a_figure(code):
    _halved(code, "The mining group launched a dawn raid on shares of its rival.", "raid", "relevance:figurative")


def test_a_raid_on_a_village_stays(code):
    _not_doubted(code, "The army launched a dawn raid on a village near the border.", "raid", "relevance:figurative")


@pytest.mark.parametrize("text", [
    "The chairman stormed off the stage.",
    "The players stormed off the pitch in protest.",
])
def test_storming_off_is_leaving_in_anger(code, text):
    _halved(code, text, "stormed", "relevance:stormed_off")


def test_a_building_stormed_stays(code):
    _not_doubted(code, "Protesters stormed the parliament building.", "stormed", "relevance:stormed_off")


def test_a_shootout_of_penalties_is_no_gunfight(code):
    _halved(code, "The keeper saved two penalties in the shootout.", "shootout", "relevance:sport_penalty")


def test_a_shootout_with_police_stays(code):
    _not_doubted(code, "Two men were killed in a shootout with police.", "killed in a shootout",
                 "relevance:sport_penalty")


def test_a_player_banned_for_matches_is_no_coercion(code):
    _halved(code, "The Brazilian was banned for three matches after the red card.", "banned", "relevance:sport_ban")


def test_a_party_banned_for_years_stays(code):
    _not_doubted(code, "The army banned the party for three years.", "banned", "relevance:sport_ban")


def test_a_batter_struck_out_is_no_blow(code):
    _halved(code, "The pitcher struck out nine batters.", "struck", "relevance:struck_out")
