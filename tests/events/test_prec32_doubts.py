"""Relevance doubts of session 32 (helper PREC, samples i, h and Q): clauses that report no event done.

* a rate per unit of time makes acts a habit or a statistic ("inspectors make 3,000 *visits a year*", "pilgrims visit
  the shrine *every year*": relevance:habitual, generic_acts.habitual through ``_rate``);
* the infinitive of a verb of inviting names the act invited to, not done ("*invited* the minister *to visit* X":
  relevance:permitted_or_ordered, governed_acts.licensed_act, word class inviting_verbs);
* a gerund after "before" / "after" / "while" shares the time of the verb it hangs on ("*will* meet the rebels *before
  visiting* the capital": relevance:unreal, governed_acts.modal_governor through ``_time_gerund``), and so does a clause
  of time ("*would* leave *after* the governments *signed* the treaty": ``_time_clause``);
* a level or frequency said of a bare event noun is a state of affairs ("*violence* remains *high*": relevance:level,
  generic_acts.level_of_kind);
* a direct yes/no question asks whether an act happens ("*Will* the rebels *attack*?": relevance:question,
  words_not_deeds.yes_no_question);
* a strike voted for is still to come ("*have voted to strike*": relevance:not_done, governed_acts.voted_protest).

Sentences written for the test, through the whole pipeline.  The doubted case checks that the coder alone gives the
event at confidence >= 0.5 (so that the test fails when the doubt stops working), then that the layer lowers it below
0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Red Cross delegates make some 500 visits a year to prisons across the region.", "visits"),
    ("The coast guard detains dozens of migrants every month off the southern coast.", "detains"),
    ("Soldiers arrest about forty smugglers per month along the border.", "arrest"),
])
def test_acts_given_as_a_rate_are_a_habit(code, text, trigger):
    _halved(code, text, trigger, "relevance:habitual")


@pytest.mark.parametrize("text, trigger", [
    ("Police in the capital arrested forty protesters this month.", "arrested"),
    ("The coast guard detained dozens of migrants last week off the southern coast.", "detained"),
])
def test_acts_dated_by_a_unit_of_time_are_particular(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:habitual")


@pytest.mark.parametrize("text, trigger", [
    ("Secretary of State John Kerry has invited Indian Foreign Minister Sushma Swaraj to visit the United States.", "visit"),
    ("The Kenyan government invited the Somali president to attend talks in Nairobi.", "talks"),
])
def test_an_act_invited_to_is_not_done(code, text, trigger):
    _halved(code, text, trigger, "relevance:permitted_or_ordered")


def test_a_visit_made_at_an_invitation_is_done(code):
    _not_doubted(code, "The Japanese prime minister visited Beijing at the invitation of the Chinese president.",
                 "visited", "relevance:permitted_or_ordered")


@pytest.mark.parametrize("text, trigger", [
    ("The foreign minister will tour a refugee camp in Jordan before holding talks with King Abdullah in Amman.",
     "holding"),
    ("The envoy will meet the rebels in Geneva before visiting Damascus.", "visiting"),
])
def test_a_gerund_after_before_shares_the_future_of_its_verb(code, text, trigger):
    _halved(code, text, trigger, "relevance:unreal")


def test_a_gerund_after_before_a_past_verb_is_done(code):
    _not_doubted(code, "The envoy met the rebels in Geneva before visiting Damascus.", "visiting", "relevance:unreal")


@pytest.mark.parametrize("text, trigger", [
    ("Despite the arrest of its leaders, violence by the militia remains stubbornly high in the province.", "violence"),
    ("Kidnappings by rebel groups have become common in the border region.", "Kidnappings"),
])
def test_a_level_said_of_a_kind_of_act_reports_none(code, text, trigger):
    _halved(code, text, trigger, "relevance:level")


def test_a_particular_act_described_keeps_its_event(code):
    _not_doubted(code, "The attack by the militia on the border post was deadly.", "attack", "relevance:level")


@pytest.mark.parametrize("text, trigger", [
    ("Will the rebels attack the capital?", "attack"),
    ("Has the government imposed sanctions on the regime?", "imposed"),
])
def test_a_yes_no_question_reports_no_act(code, text, trigger):
    _halved(code, text, trigger, "relevance:question")


@pytest.mark.parametrize("text, trigger", [
    ("Why did the police arrest the opposition leader?", "arrest"),
    ("What do the generals think of the bombs that killed six soldiers yesterday?", "killed"),
])
def test_a_question_that_presupposes_its_act_keeps_it(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:question")


@pytest.mark.parametrize("text, trigger", [
    ("Nurses at the city hospital have voted to strike over pay next month.", "strike"),
    ("Dock workers voted to walk out over the new contracts.", "walk out"),
])
def test_a_strike_voted_for_is_not_held(code, text, trigger):
    _halved(code, text, trigger, "relevance:not_done")


def test_a_strike_held_after_a_ballot_is_done(code):
    _not_doubted(code, "The nurses went on strike after a ballot.", "went on strike", "relevance:not_done")


@pytest.mark.parametrize("text, trigger", [
    ("The troops would leave the island after the two governments signed the peace treaty.", "signed"),
    ("The minister said the army would withdraw before the rebels released the hostages.", "released"),
])
def test_a_clause_of_time_under_would_is_still_to_come(code, text, trigger):
    _halved(code, text, trigger, "relevance:unreal")


def test_a_clause_of_time_under_a_past_verb_is_done(code):
    _not_doubted(code, "The army withdrew from the town once the rebels released the hostages.", "released",
                 "relevance:unreal")
