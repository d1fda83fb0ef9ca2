"""Session 11 mechanisms for unseen text (designed on the even-numbered documents of TR-News and
LGL): a bare singular demonym that speaks is a person's surname, one after "in" on a verb of
saying is a language - neither is the country."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def texts(nlp, text):
    return [p.text for p in resolve(nlp(text))]


def test_demonym_surname_that_speaks_is_no_country(nlp):
    found = texts(nlp, "Public Information Officer Monica French said questions arose about the grant in "
                       "August. French said the issue was brought to their attention immediately in Richmond, "
                       "Kentucky.")
    assert "French" not in found
    assert "Richmond" in found


def test_demonym_with_article_or_noun_is_still_the_country(nlp):
    found = texts(nlp, "The French said the talks would resume. French officials said the envoy had left, "
                       "and French troops stayed in Mali.")
    assert found.count("French") == 3
