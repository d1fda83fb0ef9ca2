"""Session 31: when an event happened is no evidence of its type.  The type model's features (model.features) leave
out a preposition whose object is a date or a time ("on Monday", "in March", "at dawn") and any argument that is
one; a preposition of place, partner or topic stays."""

from __future__ import annotations

import pytest

from dateline.events.arguments import find_arguments
from dateline.events.extract import candidates
from dateline.events.model import default_model, features, time_word
from dateline.events.status import modality
from dateline.events.training import parties_of


def _features_at(nlp, text: str, word: str) -> list[str]:
    """The model features of the candidate at ``word``, prepared as the coder prepares it."""
    doc = nlp(text)
    covered = parties_of(doc)
    for cand in candidates(doc[:], type_model=default_model()):
        if doc[cand.token].text == word:
            cand.modality = modality(doc[cand.token])
            find_arguments(cand, doc, covered)
            return features(cand, doc)
    raise AssertionError(f"no candidate at {word!r} in {text!r}")


@pytest.mark.parametrize("dated,plain,word", [
    ("The government banned the rally on Tuesday.", "The government banned the rally.", "banned"),
    ("Rebels attacked the convoy at dawn.", "Rebels attacked the convoy.", "attacked"),
    ("The parliament rejected the budget in March.", "The parliament rejected the budget.", "rejected"),
    ("Police arrested the mayor on 4 June.", "Police arrested the mayor.", "arrested"),
    ("The unions protested during the night.", "The unions protested.", "protested"),
])
def test_a_date_or_time_adjunct_adds_no_feature(nlp, dated, plain, word):
    """A sentence with its day or hour gives the model the same evidence as the sentence without it."""
    assert set(_features_at(nlp, dated, word)) == set(_features_at(nlp, plain, word))


def test_a_preposition_of_place_or_partner_stays_beside_one_of_time(nlp):
    """'fired on the crowd in the evening': the target's "on" is evidence, the hour's "in" is not."""
    feats = _features_at(nlp, "Soldiers fired on the crowd in the evening.", "fired")
    assert "PR=fire|on" in feats and "PP=on:crowd" in feats
    assert not any(f.startswith("PP=in:") or f == "PR=fire|in" for f in feats)
    feats = _features_at(nlp, "The minister met his Chinese counterpart in Geneva on Friday.", "met")
    assert "PP=in:geneva" in feats
    assert not any("friday" in f for f in feats) and "PR=meet|on" not in feats


@pytest.mark.parametrize("text,word,is_time", [
    ("They met on Monday.", "Monday", True),
    ("They met in September.", "September", True),
    ("They met in the morning.", "morning", True),
    ("They will meet in May.", "May", True),
    ("They may meet soon.", "may", False),
    ("They joined the march on the capital.", "march", False),
    ("They met in Geneva.", "Geneva", False),
])
def test_time_words_are_days_months_hours_and_dates_not_their_homographs(nlp, text, word, is_time):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert time_word(tok) is is_time


def test_sanctions_imposed_on_a_weekday_keep_the_lexicons_coerce(code):
    """'impose sanctions' is CAMEO 163, PLOVER COERCE in the development data; the lexicon says so, and the day the
    sanctions were imposed on must not let the model overrule it (before: SANCTION, through 'PR=impose|on')."""
    events = code("Canada imposed sanctions on Venezuela on Thursday.")
    imposed = [e for e in events if e.trigger.text == "imposed"]
    assert imposed and imposed[0].type == "COERCE"
