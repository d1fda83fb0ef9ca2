"""Session 18's doubts of the relevance layer (helper PREC), each on a real parse and judged with ``relevance.judge``
on an event built over the sentence the way extract would code it: a violence whose own clause's doer is a young
child or, in an accident, the gun or "it" (relevance:mishap through harm_doers.mishap_doer), a suspicion held typed
ACCUSE (relevance:belief) and force or a withdrawal aimed at an abstract value (relevance:figurative)."""

from __future__ import annotations

from judged_events import doubted as _doubted, judged


def test_a_gun_that_went_off_and_hit_a_child_is_a_mishap_whoever_speaks(nlp):
    d = judged(nlp, "Police say the man told officers he was trying to fix his rifle when it accidentally went off and "
               "hit the child.", "hit", "Police", "ASSAULT", "USA", "COP")
    assert _doubted(d, "mishap")


def test_a_young_child_shooting_is_a_mishap_whoever_speaks(nlp):
    d = judged(nlp, "Deputies say an 8-year-old boy shot his 17-year-old brother as the teen was playing a video game.",
               "shot", "Deputies", "ASSAULT", "USA", "COP")
    assert _doubted(d, "mishap")


def test_a_toddler_who_shot_his_sister_is_a_mishap(nlp):
    d = judged(nlp, "Police responded to a report of a toddler who shot his sister with a handgun.", "shot", "Police",
               "ASSAULT", "USA", "COP")
    assert _doubted(d, "mishap")


def test_a_gunman_who_shot_a_child_is_no_mishap(nlp):
    d = judged(nlp, "Police say a gunman shot a 5-year-old boy outside the school.", "shot", "a gunman", "ASSAULT")
    assert "relevance:mishap" not in d.reason


def test_it_in_an_article_with_no_accident_is_no_mishap(nlp):
    d = judged(nlp, "The army said it shelled the rebel positions and hit a depot.", "hit", "The army", "ASSAULT",
               "SYR", "MIL")
    assert "relevance:mishap" not in d.reason


def test_a_suspicion_held_is_no_accusation(nlp):
    d = judged(nlp, "Although the police suspected her involvement in the first theft, they got proof only later.",
               "suspected", "the police", "ACCUSE", "IND", "COP")
    assert _doubted(d, "belief")


def test_suspected_of_a_crime_is_an_accusation(nlp):
    d = judged(nlp, "The police suspected him of the killing of the shopkeeper.", "suspected", "The police", "ACCUSE",
               "IND", "COP")
    assert "relevance:belief" not in d.reason


def test_an_assault_on_democracy_is_a_figure(nlp):
    d = judged(nlp, "The speech was a discreet criticism of Vladimir Putin's assault on democracy and pluralism.",
               "assault", "Vladimir Putin", "ASSAULT", "RUS", "GOV")
    assert _doubted(d, "figurative")


def test_a_retreat_from_democracy_is_a_figure(nlp):
    d = judged(nlp, "The election marked a milestone in Russia's retreat from democracy.", "retreat", "Russia",
               "RETREAT", "RUS", "GOV")
    assert _doubted(d, "figurative")


def test_an_assault_on_a_village_is_no_figure(nlp):
    d = judged(nlp, "The army's assault on the village killed ten people.", "assault", "The army", "ASSAULT", "SYR",
               "MIL")
    assert "relevance:figurative" not in d.reason


def test_a_bandh_is_no_party(nlp):
    d = judged(nlp, "They also said that the bandh, which was in protest against the killing of the volunteers, would "
               "not be extended.", "protest", "the bandh", "PROTEST")
    assert _doubted(d, "actor_not_a_party")


def test_the_party_that_called_a_bandh_is_a_party(nlp):
    d = judged(nlp, "The opposition party called a bandh in protest against the killing of the volunteers.", "protest",
               "The opposition party", "PROTEST", "IND", "OPP")
    assert "relevance:actor_not_a_party" not in d.reason
