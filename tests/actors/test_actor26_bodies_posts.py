"""Actor coding on news (session 26, helper ACTOR): Indian bodies the knowledge base lacked, and a role noun whose post
the words place in a body they do not name ("a spokesman for the office") takes neither the story's country nor a
state's sector.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, start, code", [
    ("The Hindu Mahasabha held a rally in the town on Sunday.", "Hindu Mahasabha", ("IND", "REL")),
    ("Police said the Indian Mujahideen planned the blasts.", "Indian Mujahideen", ("IND", "REB")),
    ("The NSCN signed a ceasefire with the government on Friday.", "NSCN", ("IND", "REB")),
    ("The Sangh Parivar called for calm after the riots.", "Sangh Parivar", ("IND", "SOC")),
    ("The AIMIM won two seats in the city council.", "AIMIM", ("IND", "PTY")),
])
def test_indian_bodies_are_known(nlp, text, start, code):
    body = _one(_mentions(nlp, text), start)
    assert (body.actor.country, body.actor.sector) == code


def test_a_spokesman_for_an_unnamed_office_takes_no_state(nlp):
    text = ("Peru said on Monday it would act. Peruvian officials agreed. "
            "A spokesman for the office said the case was closed.")
    spokesman = _one(_mentions(nlp, text), "spokesman")
    assert (spokesman.actor.country, spokesman.actor.sector) == (None, None)


@pytest.mark.parametrize("text, start", [
    ("Peru said on Monday it would act. Peruvian officials agreed. Officials at the scene said the case was closed.",
     "Officials at"),  # where they are, not whose
    ("Peru said on Monday it would act. Peruvian officials agreed. A spokesman for the ministry said it was closed.",
     "spokesman"),  # a body the knowledge base knows
])
def test_officials_placed_by_a_known_body_or_a_place_keep_the_story_country(nlp, text, start):
    found = [m for m in _mentions(nlp, text) if m.text.lower().startswith(start.split()[0].lower()) and m.start > 40]
    assert found and found[0].actor.country == "PER"


def test_a_firm_named_again_does_not_take_a_guessed_country(nlp):
    # the first mention of the unknown name took the story's country as a guess: the later ones do not copy it
    text = ("The home secretary delayed a decision on the request by Enron prosecutors to extradite three UK bankers. "
            "An indictment links them to two former Enron executives.")
    executives = _one(_mentions(nlp, text), "former Enron executives")
    assert executives.actor.country != "GBR"  # (session 30: Enron is a listed US firm, firms.tsv: no guess)


def test_a_firm_named_again_keeps_the_country_its_words_gave(nlp):
    # guard: "the British firm Phytopharm" names its country
    text = "Exports from Britain rose in May. The British firm Phytopharm said sales rose. Phytopharm said it would hire."
    later = [m for m in _mentions(nlp, text) if m.text == "Phytopharm"]
    assert later and later[0].actor.country == "GBR"


@pytest.mark.parametrize("text, start, code", [
    ("The ISI was accused of backing the militants in Kashmir, India said.", "ISI", ("PAK", "SPY")),
    ("The ITBP and the army were deployed along the border.", "ITBP", ("IND", "MIL")),
    ("The Central Bureau of Investigation arrested two officials.", "Central Bureau", ("IND", "COP")),
    ("The Crime Branch arrested two men in Mumbai, India.", "Crime Branch", ("IND", "COP")),
])
def test_south_asian_security_bodies(nlp, text, start, code):
    body = _one(_mentions(nlp, text), start)
    assert (body.actor.country, body.actor.sector) == code
