"""Session 21, helper RECALL (issue 5): a subject pronoun that no name resolves continues the subject before it.
Real spaCy model and actors stage; sentences written for these tests.

* English keeps a report's topic as the subject and takes it up with a pronoun: "*The armed group* attacked a post.
  *It* also kidnapped two engineers", "*the members* marched ..., and *they* burned ...".  When the actors stage and
  the nearest fitting name give nothing, a subject "he", "she", "it" or "they" stands for the subject of the clause
  its own is coordinated with, else of the previous sentence's main verb in the same paragraph - only a noun that
  agrees with it and is a party (a person or title for "he"/"she", a body of people for "it", a party for "they")
  (pronouns._continued_subject; data/agentless_words.tsv continued_bodies).  A subject pronoun in the clause of a
  participle of saying with no subject of its own continues the subject of the verb the participle hangs on ("the
  group issued a statement, *saying it* had kidnapped ...").  A noun that is no party stays none.
"""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return lambda text: code_in_pipeline(text, layer=False)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The armed group attacked a police post on Monday. It also kidnapped two engineers.", "kidnapped", "group"),
    ("The district police chief visited the village. He ordered the arrest of three men.", "arrest", "chief"),
    ("THE SHINING PATH MEMBERS DEMONSTRATED IN THE SQUARE, AND THEY BURNED TWO BUSES.", "BURNED", "MEMBERS"),
    # a participle of saying has the subject of the verb it hangs on (a claim of responsibility)
    ("The armed group issued a statement on Monday, saying it had kidnapped the two engineers.", "kidnapped", "group"),
])
def test_pronoun_continues_the_subject(code, text, trigger, actor):
    evs = _events(code, text)
    assert any(trig.startswith(trigger) and any(actor in a for a in actors) for _, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Oil prices rose sharply on Monday. They hit a record high in Asia.",  # no party
    "The storm hit the coast on Monday.\n\nIt also damaged two bridges.",  # another paragraph, and no party
])
def test_no_party_continued(code, text):
    evs = _events(code, text)
    assert not any(actors for _, _, actors, _ in evs), evs
