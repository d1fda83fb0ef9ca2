"""Session 46 (lead, sample z and probes of unjudged news): a capitalised name the tagger read as a common noun and
left out of the mention, right before an officer's title inside a sentence ("said *Euronext* chief Jean-Francois
Theodore"), is the body he serves: no state official by the title's default (compose._named_body_before); an acronym
the article defines after a name wins over the knowledge base's reading of it (document.resolve_acronyms); the RAF and
the Royal Navy are Britain's (metonyms.tsv). Real spaCy model."""

from __future__ import annotations

import pytest

from dateline.actors import resolve


def _sectors(nlp, text: str) -> dict[str, str | None]:
    return {m.text: m.actor.sector for m in resolve(nlp(text), "2024-03-17").mentions}


def test_an_unknown_body_before_a_title_is_no_state(nlp):
    sectors = _sectors(nlp, "On Friday, Euronext chief Jean-Francois Theodore is scheduled to meet his rival.")
    assert sectors["chief Jean-Francois Theodore"] != "GOV"


@pytest.mark.parametrize("text, mention, sector", [
    ("He said Police chief John Smith agreed.", "Police chief John Smith", "COP"),
    ("The report was welcomed by Treasury chief secretary Paul Boateng.", "Treasury chief secretary Paul Boateng", "GOV"),
    ("The plan was backed by Russian official Ivan Petrov.", "Russian official Ivan Petrov", "GOV"),
])
def test_known_bodies_and_countries_keep_their_sectors(nlp, text, mention, sector):
    assert _sectors(nlp, text)[mention] == sector


def test_an_acronym_the_article_defines_wins_over_the_knowledge_base(nlp):
    # (document.resolve_acronyms: BNP is Bangladesh's party in the knowledge base, Britain's in this article)
    text = ("The policy was said to move onto the turf of the British National Party (BNP).\n\n"
            "He rejected the idea that the Tories and BNP appealed to the same voters.")
    codes = [(m.text, m.actor.country) for m in resolve(nlp(text), "2005-01-01").mentions if m.text == "BNP"]
    assert codes and all(country == "GBR" for _, country in codes)


def test_the_acronym_alone_keeps_the_knowledge_base_reading(nlp):
    codes = [m.actor.country for m in resolve(nlp("The BNP called a general strike in Dhaka."), "2005-01-01").mentions
             if m.text == "BNP"]
    assert codes == ["BGD"]


@pytest.mark.parametrize("text, mention", [
    ("RAF aircraft flew equipment into Aceh province.", "RAF aircraft"),
    ("The Royal Navy sent a ship to the region.", "Royal Navy"),
])
def test_britains_armed_services_by_name(nlp, text, mention):
    codes = {m.text: (m.actor.country, m.actor.sector) for m in resolve(nlp(text), "2005-01-01").mentions}
    assert codes[mention] == ("GBR", "MIL")
