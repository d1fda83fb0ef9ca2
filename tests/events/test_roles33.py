"""Session 33 (helper ROLES2): words near an event that name someone who is not its doer (events/frame_roles.py and
noun_roles.TIME_ADJUNCT_PREPS), and a bare body noun that names the maker of a demand.

- a label: "a move *branded a humiliating retreat by the Greens*" - the Greens name it, they do not retreat;
- an event aimed at someone by its own agentless participle: "the cabinet differs on *allegations made against the
  army*" - the cabinet does not allege;
- a comment clause: "as indicated *by notable cases* such as X , arrested and sentenced" - the cases arrest no one;
- a time frame: "once *during* the market bombings", "spoke *during* the shelling" - who acts or thinks during an
  event does not do it (as "after", "following", "amid"), but for a gathering, whose participants act during it;
- "an *opposition* demand for his resignation": the opposition demands; "his" is whose resignation.

Sentences written for these tests."""

from __future__ import annotations

import pytest


def _doers(events, event_type, trigger):
    return [" ".join(a.text for a in e.actor) for e in events if e.type == event_type and e.trigger.text == trigger]


def test_the_namer_of_a_label_does_not_do_what_it_names(code):
    events = code("The council announced plans to close the port, in a move branded a humiliating retreat by the Greens.")
    assert not any("Greens" in d for d in _doers(events, "RETREAT", "retreat"))


def test_a_quoted_label_given_by_a_bare_participle(code):
    events = code('The council has announced plans to close the port, in a move branded a "humiliating retreat" by the '
                  'Greens.')
    assert not any("Greens" in d for d in _doers(events, "RETREAT", "retreat"))


def test_a_passive_label_with_its_namer_on_by(code):
    events = code("The plan was called an attack on workers by the unions.")
    assert not any("unions" in d for d in _doers(events, "ASSAULT", "attack"))


def test_a_strike_called_is_no_label(code):
    assert any("union" in d for d in _doers(code("The union called a strike."), "PROTEST", "strike"))


def test_who_answers_allegations_made_against_others_does_not_allege(code):
    events = code("The minister said the cabinet differs on allegations made against the army and the police.")
    assert not any("cabinet" in d for d in _doers(events, "ACCUSE", "allegations"))


def test_the_evidence_of_a_comment_clause_arrests_no_one(code):
    events = code("It is also a hub for heroin shipments bound for Asia, as indicated by notable cases such as the "
                  "Ruiz sisters , arrested and sentenced in Italy for flying a plane loaded with 300 kilos of the drug.")
    assert not any("cases" in d for t, w in (("COERCE", "arrested"), ("SANCTION", "sentenced"))
                   for d in _doers(events, t, w))
    acted = [e for e in events if e.trigger.text in ("arrested", "sentenced")]
    assert acted and all("Ruiz sisters" in " ".join(r.text for r in e.recipient) for e in acted)


def test_coordinated_passives_still_share_their_agent(code):
    events = code("The opposition leader was detained by police and charged with treason.")
    assert any("police" in d for d in _doers(events, "COERCE", "detained"))


@pytest.mark.parametrize("text,event_type,trigger,not_doer", [
    ("The minister said he had thought of quitting once during the Kashmir market bombings.", "ASSAULT", "bombings",
     "minister"),
    ("The mayor spoke to reporters during the shelling of the city.", "ASSAULT", "shelling", "mayor"),
])
def test_who_acts_during_an_event_does_not_do_it(code, text, event_type, trigger, not_doer):
    assert not any(not_doer in d for d in _doers(code(text), event_type, trigger))


def test_who_acts_during_a_gathering_takes_part_in_it(code):
    events = code("During the protest, the participants sang songs against the governor.")
    assert any("participants" in d for d in _doers(events, "PROTEST", "protest"))


def test_a_clash_during_which_sides_fight_keeps_them(code):
    events = code("Rebels and soldiers exchanged fire during clashes near the border town.")
    assert any(e.actor for e in events if e.type == "ASSAULT")


def test_a_bare_opposition_before_a_demand_makes_it(code):
    events = code("The minister rejected an opposition demand for his resignation.")
    assert not any("minister" in d for d in _doers(events, "REQUEST", "resignation") + _doers(events, "REQUEST", "demand"))
