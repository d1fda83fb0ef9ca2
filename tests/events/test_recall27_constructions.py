"""Trigger entries of session 27 (helper RECALL): general constructions that coded nothing or coded the wrong type, each
from the codebook/CAMEO wording its `notes` cite - a victim between the verb and 'to death', a blast triggered or a bomb
planted, a throat slit, verbs of harsh criticism, objection 'taken' to a remark, a party taken
to court, a charge sheet, a case opened against a party, prohibitory orders, votes in favour and against, support thrown
or lent behind a party, a blessing given, a riot quelled or a rebellion crushed (CAMEO 175
violent repression), a bill defeated or a petition thrown out, a threatening letter or call; and 'to' after a verb of giving,
which the parser makes a dative, counts as the preposition an entry needs.  Real spaCy model and actors stage; sentences
written for these tests, none copied from an evaluation or news article.  The positive tests fail without the entries;
the guards pin senses they must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The militia hacked five villagers to death.", "ASSAULT", "hacked", "militia"),  # not coerce.cyber
    ("A mob beat the suspected thief to death in the village.", "ASSAULT", "beat", "mob"),
    ("Two policemen were killed when Maoists triggered a landmine blast.", "ASSAULT", "triggered", "Maoists"),
    ("Militants planted an IED on the road used by the patrol.", "ASSAULT", "planted", "Militants"),
    ("The attackers slit the throat of the priest.", "ASSAULT", "slit", "attackers"),
    ("The BJP flayed the state government for its failure to control prices.", "ACCUSE", "flayed", "BJP"),
    ("Opposition parties took strong exception to the remarks of the minister.", "ACCUSE", "took", "Opposition"),
    ("The European Commission took France to court over its budget.", "ACCUSE", "took", "European Commission"),
    ("Police filed a chargesheet against the accused.", "ACCUSE", "chargesheet", "Police"),
    ("The CBI chargesheeted the former minister in the scam.", "ACCUSE", "chargesheeted", "CBI"),
    ("The prosecutor opened a case against the former governor.", "ACCUSE", "opened", "prosecutor"),
    ("Police imposed Section 144 in the district.", "COERCE", "Section 144", "Police"),
    ("Conservative MPs voted in favour of the bill.", "SUPPORT", "voted in favour", "MPs"),
    ("The Lib Dems voted in favor of the amendment.", "SUPPORT", "voted in favor", "Lib Dems"),
    ("The chancellor came out in favour of the euro.", "SUPPORT", "came out in favour", "chancellor"),
    ("The senator threw his weight behind the bill.", "SUPPORT", "threw", "senator"),
    ("The union lent its support to the campaign.", "SUPPORT", "lent", "union"),  # 'to': a dative
    ("Business leaders have given their blessing to the merger.", "SUPPORT", "given", "Business leaders"),
    ("The Conservatives voted against the bill.", "REJECT", "voted against", "Conservatives"),
    ("MPs voted down the proposal.", "REJECT", "voted down", "MPs"),
    ("Security forces quelled the riot in the old city.", "ASSAULT", "quelled", "Security forces"),
    ("The army crushed the rebellion in the south.", "ASSAULT", "crushed", "army"),
    ("The senate defeated the bill by 52 votes to 48.", "REJECT", "defeated", "senate"),
    ("The court threw out the petition filed by the opposition.", "REJECT", "threw", "court"),
    ("The gang sent threatening letters to the judge.", "THREATEN", "threatening letters", "gang"),
])
def test_recall27_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text, type_, word", [
    ("The engineers planted trees along the road.", "ASSAULT", "planted"),  # no bomb
    ("The defeat triggered a debate in the party.", "ASSAULT", "triggered"),  # no blast
    ("The chef cut the cake into slices.", "ASSAULT", "cut"),  # no throat
    ("She took her son to the market.", "ACCUSE", "took"),  # no court
    ("The clerk opened a case file on the new project.", "ACCUSE", "opened"),  # no 'against'
    ("The hackers hacked the ministry's servers.", "ASSAULT", "hacked"),  # no 'to death': a cyber attack
    ("Readers voted for their favourite cover of the year.", "SUPPORT", "voted for"),  # a poll, no endorsement
    ("The wind dispersed the smoke over the city.", "ASSAULT", "dispersed"),  # no crowd
    ("The champion defeated his rival in three sets.", "REJECT", "defeated"),  # no bill
    ("The chef crushed the garlic.", "ASSAULT", "crushed"),  # no uprising
    ("The company threw out old computers.", "REJECT", "threw"),  # no petition
])
def test_recall27_entry_leaves_other_senses(code, text, type_, word):
    evs = _events(code, text)
    assert not any(t == type_ and trig == word for t, trig, *_ in evs), evs
