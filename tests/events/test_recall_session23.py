"""Session 23 (helper RECALL): criticism and accusations told through "say", and a captive released inside a
time clause.  Real spaCy model and actors stage; sentences written for these tests, none copied from an
evaluation article.  Each positive case fails without its rule; the guards pin what the rule must leave alone.

- a reported clause that calls a party by a condemning adjective or name, or puts one on its predicate noun
  ("X said the regime was *brutal*", "Y is *a terrorist* group", "was *a brutal* regime"): ACCUSE
  disapprove (reported_judgments._condemnation, data/judgment_words.tsv);
- a reported clause that says a party committed a crime of rule or war ("had committed *war crimes*",
  "*atrocities*"), broke a pledge, spread lies, had no right, acted unlawfully, did nothing or not enough
  (reported_judgments._wrongful_object, _no_right, _condemning_manner, _did_too_little), or "was to blame" (and
  "X is to blame" is no blaming by X: not_triggers.tsv); a relative pronoun judged stands for its noun; a verb of
  saying with an addressee ("told reporters") still reports its clause;
- "after being released by the junta": a passive release whose subject is the governing verb's is still a
  release (not_triggers.tsv retreat.release lacks_dep: a passive auxiliary counts as something released).
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Critics say the government is corrupt.", "Critics", "government"),
    ("The rebels said the regime was brutal.", "rebels", "regime"),
    ("The exiles said the junta was a brutal regime.", "exiles", "junta"),
    ("Turkey says the PKK is a terrorist organisation.", "Turkey", "PKK"),
    ("The opposition said the president was a puppet of Moscow.", "opposition", "president"),
])
def test_a_party_called_by_a_condemning_word_is_criticised(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said", "says", "say")), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("Human Rights Watch said the army had committed war crimes.", "Human Rights Watch", "army"),
    ("The opposition said the army committed atrocities in the north.", "opposition", "army"),
])
def test_a_party_said_to_have_committed_crimes_of_war_is_accused(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said",)), evs


@pytest.mark.parametrize("text", [
    "Police said the suspect had committed the crime.",  # a police report of a common crime, no party
    "The report said the police had committed no crimes.",  # nothing committed
    "The minister said the plan was a good idea.",  # praise of no party
    "The court said the election was fraudulent.",  # a thing no party owns
    "The opposition did not say the government was corrupt.",  # the speech is negated
])
def test_no_criticism_without_a_party_judged(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig in ("said", "say", "says") for t, trig, *_ in evs), evs


def test_a_captive_released_inside_a_time_clause(code):
    evs = _events(code, "The journalist returned home after being released by the junta.")
    assert in_dyad(evs, "RETREAT", "junta", "journalist", ("released",)), evs


@pytest.mark.parametrize("text", [
    "The singer returned to the stage after the album was released.",  # a product
    "He returned to Paris after the talks.",  # no release at all
])
def test_no_release_of_things(code, text):
    evs = _events(code, text)
    assert not any(t == "RETREAT" and trig == "released" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition said the government had broken its promises.", "opposition", "government"),
    ("The minister said the opposition was spreading lies.", "minister", "opposition"),
    ("Iran said the United States had no right to interfere.", "Iran", "United States"),
    ("China said the United States was acting illegally.", "China", "United States"),
    ("The minister said the opposition was part of a corrupt elite.", "minister", "opposition"),
    ("Munoz said Cristiani is the head of a repressive government.", "Munoz", "Cristiani"),
])
def test_wrongful_conduct_said_of_a_party_is_an_accusation(code, text, actor, recipient):
    """A pledge or a law broken, lies spread, a right denied, an act done unlawfully, a party one of a condemned
    body (reported_judgments._wrongful_object, _no_right, _condemning_manner, _condemning_modifier)."""
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said",)), evs


@pytest.mark.parametrize("text", [
    "The minister said the team had broken the record.",  # a record is no pledge
    "The minister said Britain had told the truth.",  # the truth is no lie
    "The minister said police had acted quickly.",  # a manner that condemns nothing
    "The minister said Britain was a member of the alliance.",  # a body nothing condemns
    "The plan, which the minister said was a disaster, was dropped.",  # a thing no party owns
])
def test_conduct_that_is_not_wrongful_is_no_accusation(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig == "said" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The government -- which the opposition says is corrupt -- won the vote.", "opposition", "government"),
    ("The president, who critics say is a dictator, won the vote.", "critics", "president"),
])
def test_a_relative_pronoun_judged_stands_for_its_noun(code, text, actor, recipient):
    """"Y, which X says is corrupt": the relative pronoun is the noun the clause of saying describes
    (reported_judgments.clause_party)."""
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("says", "say")), evs


@pytest.mark.parametrize("text", [
    "The film is expected to be released in May.",  # a product as the governing verb's subject
    "However, the new version of the single is not going to be released in the US.",
])
def test_no_release_of_a_product_named_on_the_governing_verb(code, text):
    """not_triggers.tsv retreat.release subject: the product rows, for the subject a subjectless passive takes from
    its governing verb."""
    evs = _events(code, text)
    assert not any(trig == "released" for t, trig, *_ in evs), evs


def test_a_kidnapped_person_released_with_no_releaser_named(code):
    evs = _events(code, "One of the sons of the cartel leader was kidnapped before being released over the weekend.")
    assert any(t == "RETREAT" and trig == "released" and not A and any("sons" in r for r in R)
               for t, trig, A, R in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The UN chief called the attack a cowardly act.", "UN chief", "attack"),
    ("Critics argue that the government has mishandled the crisis.", "Critics", "government"),
    ("The opposition pointed the finger at the ruling party.", "opposition", "ruling party"),
])
def test_more_words_of_criticism(code, text, actor, recipient):
    """triggers.tsv accuse.name_calling_label (condemning adjectives of acts), accuse.idiom ("pointed the finger
    at"), judgment_words.tsv wrongdoing_verbs ("mishandled")."""
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient), evs


def test_a_party_said_to_be_to_blame_is_accused_by_the_speaker(code):
    """"X said Y was to blame": Y is blamed by X (reported_judgments, "to blame"), not Y blaming the violence."""
    evs = _events(code, "The minister said the rebels were to blame for the violence.")
    assert in_dyad(evs, "ACCUSE", "minister", "rebels", ("said",)), evs
    assert not any(t == "ACCUSE" and any("rebels" in a for a in A) for t, _, A, _ in evs), evs


@pytest.mark.parametrize("text", [
    "The rebels are to blame for the violence.",  # no one is said to blame them: not the rebels blaming
    "The minister said the rebels were not to blame.",  # negated
])
def test_to_blame_is_no_blaming_by_its_subject(code, text):
    """not_triggers.tsv accuse.disapprove:blame has_head be."""
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and any("rebels" in a for a in A) for t, _, A, _ in evs), evs
    assert not any(t == "ACCUSE" and trig == "said" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("Activists say the authorities have done nothing to stop the violence.", "Activists", "authorities"),
    ("The opposition says the government has not done enough to tackle poverty.", "opposition", "government"),
    ("Critics say the government did little to help.", "Critics", "government"),
])
def test_a_party_said_to_have_failed_to_act_is_criticised(code, text, actor, recipient):
    """reported_judgments._did_too_little: "done nothing", "not done enough", "did little"."""
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("say", "says")), evs


@pytest.mark.parametrize("text", [
    "The minister said the army had done nothing wrong.",  # cleared, not criticised
    "The minister said the army had not done anything illegal.",
    "The minister said the government did a little to help.",
])
def test_clearing_a_party_is_no_criticism(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig == "said" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition leader told reporters the government's plan was a disaster.", "opposition leader", "government"),
    ("The minister told parliament the army had committed war crimes.", "minister", "army"),
])
def test_a_verb_of_saying_with_an_addressee_still_reports_its_clause(code, text, actor, recipient):
    """"told reporters ...": a verb of saying no lexicon entry reads is no event of its own
    (reported_judgments._unread_speech)."""
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("told",)), evs

