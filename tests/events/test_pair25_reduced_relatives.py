"""Session 25, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

"Four traffickers *extradited* to the United States have signaled ..." is a reduced relative clause: the traffickers
were extradited.  When the parser makes the participle the sentence's verb and hangs the real finite verb on it as
an adverbial clause (a finite verb with no subject of its own, which English does not allow there), the noun still
undergoes the participle's act and does not do it (``roles.reduced_relative_read_as_root``)."""

from __future__ import annotations

import pytest

from coded_events import rows


@pytest.mark.parametrize("text, trigger, noun", [
    ("At least four Honduran traffickers extradited to the United States have already signaled their willingness "
     "to cooperate.", "extradited", "traffickers"),
])
def test_the_noun_of_a_reduced_relative_does_not_act(code, text, trigger, noun):
    evs = rows(code, text)
    assert not any(trig == trigger and any(noun in a for a in actors) for _, trig, actors, _ in evs), evs


def test_a_verb_read_right_keeps_its_subject(code):
    evs = rows(code, "Police arrested three men and have charged them with murder.")
    assert any(trig == "arrested" and any("Police" in a for a in actors) for _, trig, actors, _ in evs), evs
