"""Session 53, a probe of unjudged news: a lone surname after the article named a person by full name is that person,
not a namesake the knowledge base knows (document.prefer_named_persons).  Sentences written for the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model

TEXT = ("England will take on Ireland without their captain, according to his Newcastle boss Rob Andrew.\n\n"
        '"He is not fit yet," Falcons chief Andrew told the BBC. Andrew also blamed a lack of leadership.')


def test_a_surname_after_the_full_name_is_that_person(nlp):
    mentions = [m for m in resolve(nlp(TEXT), None).mentions if m.text.endswith("Andrew")]
    assert len(mentions) == 3 and {(m.actor.person, m.actor.country) for m in mentions} == {("Rob Andrew", "GBR")}


def test_a_titled_surname_alone_keeps_the_known_office_holder(nlp):
    [m] = [m for m in resolve(nlp("President Reagan met the press."), "1987-01-01").mentions]
    assert (m.actor.country, m.actor.sector) == ("USA", "GOV")
