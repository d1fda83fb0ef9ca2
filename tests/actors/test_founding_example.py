"""The actors of the founding example (issue 2 and issue 4 expectations).

Text: samples/niger-2024-03-17.txt, dated 2024-03-17.  Gold in the comments.
"""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.ingest import read_path
from dateline.model import Region

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def article(sample_path):
    (article,) = list(read_path(str(sample_path)))
    return article


@pytest.fixture(scope="module")
def analysis(nlp, article):
    text = article.text
    caption_start = text.index("U.S. Secretary of State Antony Blinken (left)")
    caption_end = text.index("Photo: AP") + len("Photo: AP")
    regions = [Region(caption_start, caption_end, "caption", "test")]
    return resolve(nlp(text), article.date, excluded=regions)


def _find(analysis, text, nth=0):
    found = [m for m in analysis.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r}: {[m.text for m in analysis.mentions]}"
    return found[nth]


def test_focus_is_niger(analysis):
    # the story happens in Niger (places), though the United States is named as often
    assert analysis.focus_country == "NER"


def test_all_countries_resolved(analysis):
    # NER, USA, FRA, RUS, MLI, BFA all appear as actors
    assert {"NER", "USA", "FRA", "RUS", "MLI", "BFA"} <= {m.actor.country for m in analysis.mentions}


def test_nigerien_government(analysis):
    # "The Nigerien government announced ..." -> NER GOV, readable name
    m = _find(analysis, "Nigerien government")
    assert (m.actor.country, m.actor.sector, m.actor.name) == ("NER", "GOV", "Niger government")


def test_it_is_the_government(analysis):
    # "... announced on Saturday that it was terminating": "it" = the Nigerien government
    it = next(m for m in analysis.mentions if m.text == "it")
    assert (it.actor.country, it.actor.sector) == ("NER", "GOV")
    assert analysis.mentions[it.ref].text == "Nigerien government"


def test_nigerian_military_corrected(analysis):
    # "The Nigerian military had in the past worked closely with the United States." -> NER MIL
    m = _find(analysis, "Nigerian military")
    assert (m.actor.country, m.actor.sector) == ("NER", "MIL")
    assert "adjective_corrected:NGA->NER" in m.flags
    assert m.text == "Nigerian military"  # the original words are kept


def test_washington_subject_is_us_government(analysis):
    # "Miller said Washington was aware" / "Washington has cut aid" -> USA GOV (metonym)
    washingtons = [m for m in analysis.mentions if m.text == "Washington"]
    assert len(washingtons) == 2
    for m in washingtons:
        assert (m.actor.country, m.actor.sector) == ("USA", "GOV")
        assert "metonym:capital" in m.flags


def test_moscow_is_russia(analysis):
    # "without achieving total support for Moscow" -> RUS
    assert _find(analysis, "Moscow").actor.country == "RUS"


def test_blinken_compound_mention(analysis):
    # "U.S. Secretary of State Antony Blinken made a rare visit" -> one mention, USA GOV, person + role
    m = _find(analysis, "U.S. Secretary of State Antony Blinken", nth=1)
    assert (m.actor.country, m.actor.sector) == ("USA", "GOV")
    assert m.actor.person == "Antony Blinken"
    assert m.actor.role == "Secretary of State"


def test_bazoum(analysis):
    # "President Mohamed Bazoum" and "the army deposed Bazoum" -> NER GOV
    for text in ("President Mohamed Bazoum", "Bazoum"):
        m = _find(analysis, text)
        assert (m.actor.country, m.actor.sector, m.actor.person) == ("NER", "GOV", "Mohamed Bazoum")


def test_junta_is_niger_military(analysis):
    # "The junta has taken a hard line" -> NER MIL, coreferent with an earlier mention
    juntas = [m for m in analysis.mentions if m.text.lower().endswith("junta")]
    assert len(juntas) >= 4
    for m in juntas:
        assert (m.actor.country, m.actor.sector) == ("NER", "MIL")
        assert m.ref is not None and analysis.mentions[m.ref].actor.country == "NER"


def test_army_deposed(analysis):
    # "the army deposed Bazoum" -> NER MIL
    m = _find(analysis, "army")
    assert (m.actor.country, m.actor.sector) == ("NER", "MIL")


def test_us_troops_belong_to_the_us(analysis):
    # "The United States still stations some 1,000 troops in Niger" -> the troops are USA MIL
    m = _find(analysis, "troops")
    assert (m.actor.country, m.actor.sector) == ("USA", "MIL")


def test_caption_mentions_flagged_excluded(analysis):
    # the photo caption is real text: its mentions are returned, flagged
    first_blinken = _find(analysis, "U.S. Secretary of State Antony Blinken", nth=0)
    assert "excluded" in first_blinken.flags
    assert "excluded" not in _find(analysis, "U.S. Secretary of State Antony Blinken", nth=1).flags


def test_niamey_is_a_place_not_an_actor(analysis):
    # "poses for a photo ... in Niamey, Niger" -> Niamey left to the places stage
    assert not [m for m in analysis.mentions if m.text == "Niamey"]


def test_mentions_in_text_order_with_valid_offsets(analysis, article):
    starts = [m.start for m in analysis.mentions]
    assert starts == sorted(starts)
    for m in analysis.mentions:
        assert article.text[m.start:m.end] == m.text
        assert m.ref is None or 0 <= m.ref < len(analysis.mentions)
