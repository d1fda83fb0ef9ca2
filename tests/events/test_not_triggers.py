"""Not-an-event rules (events/data/not_triggers.tsv) added from the held-out precision samples of real
news: each sentence fired its entry before the rule (checked on the code of c9dea94), and a
sentence with the event sense still fires."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import find_triggers


def _ids_at(doc, word):
    hits = find_triggers(doc[:])
    tok = next(t for t in doc if t.text == word)
    return [h.entry.id for h in hits.get(tok.i, [])]


@pytest.mark.parametrize("text, word, entry", [
    ("Ranieri first took charge of Valencia in 1997.", "charge", "accuse.allege_noun"),  # command
    ("Trump did not place the agency in charge of the government's response.", "charge", "accuse.allege_noun"),
    ("Exporters were not paying the 15 pct charge on lumber.", "charge", "accuse.allege_noun"),  # a levy
    ("THE MILITARY REPORT SAID THAT THE INCIDENT TOOK PLACE ON 15 MARCH.", "MARCH", "protest.demo_noun"),  # a date
    ("As Avila's case demonstrates, extradition often does not hold.", "demonstrates", "protest.demo"),  # showing
    ("The ministry destroyed nearly 37,000 files last year.", "destroyed", "assault.destroy"),  # records
    ("The state held elections following a court battle over the date.", "battle", "assault.noun"),  # litigation
    ("Joe Biden has amassed 1,217 pledged delegates so far.", "amassed", "mobilize.troops"),  # votes
    ("Millions of Africans were hit by Aids and famine.", "hit", "assault.verb"),  # disease and hunger
])
def test_not_an_event(nlp, text, word, entry):
    assert entry not in _ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word, entry", [
    ("The prosecutor dropped the charge against the activist on Monday.", "charge", "accuse.allege_noun"),
    ("Thousands joined the march against the government in Lagos.", "march", "protest.demo_noun"),
    ("Thousands demonstrated against the government in Lagos.", "demonstrated", "protest.demo"),
    ("Rebels destroyed the bridge near the border.", "destroyed", "assault.destroy"),
    ("Government troops and rebels fought a fierce battle near the town.", "battle", "assault.noun"),
    ("Russia has amassed 100,000 troops on the border with Ukraine.", "amassed", "mobilize.troops"),
    ("Millions of Africans were hit by air strikes and shelling.", "hit", "assault.verb"),
])
def test_the_event_sense_still_fires(nlp, text, word, entry):
    assert entry in _ids_at(nlp(text), word)
