"""Session 32 (helper DOERLESS): who is acted on, and who acts, in passives with no named doer.

- a participle after a noun coordinated inside another noun's phrase describes the nearer noun, also when no doer
  is named (agentless._passive_recipients uses roles.conjunct_before_participle);
- a place fronted before the subject ("*In Chile*, the mayor was accused ...") is a frame-setting adverbial: it says
  where the whole sentence holds, not which state acted (roles.place_of_agentless_passive), while a place after the
  verb still stands for its authorities ("was arrested *in Senegal*": tests/events/test_roles.py);
- a form hung on a noun as a participle that has a direct object of its own is an active past tense whose subject
  is that noun ("that a band of youths *set ablaze the stalls*"): a doer named, not a victim described.

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_a_doerless_participle_describes_the_nearer_coordinated_noun(code):
    events = code("Activists urged the release of the remaining captives at Camp Delta and terror suspects "
                  "detained without trial.")
    [detained] = _event(events, "detained")
    assert _texts(detained.recipient) == ["terror suspects"]


def test_a_fronted_place_is_no_accuser(code):
    events = code("In Chile, the mayor was accused last year of laundering money through casinos.")
    assert not any(_texts(e.actor) == ["Chile"] for e in _event(events, "accused"))


def test_a_fronted_place_names_no_actor_of_another_accusation(code):
    events = code("In Peru, a former minister was accused on Monday of taking bribes.")
    assert not any("agentless_passive_place" in a.flags for e in _event(events, "accused") for a in e.actor)


def test_a_place_after_the_passive_still_stands_for_its_authorities(code):
    events = code("A former minister was accused in Peru of taking bribes.")
    [accused] = _event(events, "accused")
    assert _texts(accused.actor) == ["Peru"]


def test_a_participle_with_its_own_object_is_no_doerless_harm(code):
    events = code("Witnesses said that a band of armed youths set ablaze the market stalls after dusk.")
    assert not any("armed youths" in _texts(e.recipient) for e in _event(events, "set ablaze"))


def test_a_participle_of_harm_without_an_object_still_describes_its_victim(code):
    events = code("Three policemen killed in the ambush were buried on Sunday.")
    assert any("policemen" in " ".join(_texts(e.recipient)) for e in events if e.type == "ASSAULT")


def test_a_fronted_place_is_not_who_a_passive_with_an_agent_acts_on(code):
    events = code("In Chile, a smuggling network was accused by prosecutors of laundering money.")
    [accused] = _event(events, "accused")
    assert "Chile" not in _texts(accused.recipient)


def test_a_reduced_relative_read_as_the_verb_across_a_relative_clause_is_undergone(code):
    # the commas set off "which killed six people"; "include" is still the sentence's verb, "detained" a participle
    events = code("The men detained after the bombing, which killed six people, include a former soldier.")
    [detained] = _event(events, "detained")
    assert not detained.actor and _texts(detained.recipient) == ["The men"]


def test_a_relative_clause_between_two_coordinated_verbs_keeps_the_doer(code):
    events = code("The army detained the suspects, who had fled, and questioned them.")
    [detained] = _event(events, "detained")
    assert _texts(detained.actor) == ["The army"]
