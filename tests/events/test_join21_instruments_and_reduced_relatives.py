"""Session 21, helper JOIN: the accused, the victim and the weapon are no doers; what is given *as* something.

- A weapon named in the modifier of an event noun is its instrument, not its doer (``noun_roles._weapon_named``:
  "an *Improvised Explosive Device* blast", which the tagger takes for an organisation).
- An event noun the tagger read as a gerund under a time preposition ("after *a* drive-by shooting": it has an
  article) dates the clause like any event noun there (``noun_roles.in_time_adjunct``): the clause's subject did
  not do it; a meeting still has the clause's parties.
- A past participle the parser made the sentence's verb although a later finite verb with no "and" shows it is a
  reduced relative ("Four men *extradited* to Spain have agreed to testify") has its "subject" as the one acted on
  (``roles.reduced_relative_read_as_root``).
"""

from __future__ import annotations

from dateline.events import noun_roles, roles


def _tok(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def _actors(events, trigger):
    return [[p.text for p in e.actor] for e in events if e.trigger.text.startswith(trigger)]


IED = "Two soldiers were killed in an Improvised Explosive Device blast in Kandahar."


def test_a_weapon_modifier_is_no_doer(nlp):
    blast = _tok(nlp, IED, "blast")
    assert noun_roles.noun_actor(blast) == []


def test_the_killing_in_the_blast_has_no_weapon_as_actor(code):
    events = code(IED)
    assert all(not any("Device" in p.text for p in e.actor) for e in events)
    killed = [e for e in events if e.trigger.text.startswith("killed")]
    assert killed and [p.text for p in killed[0].recipient] == ["Two soldiers"]


def test_a_party_modifier_still_acts(nlp):
    strike = _tok(nlp, "A Taliban attack killed three policemen in Kunduz.", "attack")
    assert [strike.doc[a.start:a.end].text for a in noun_roles.noun_actor(strike)] == ["Taliban"]


SHOOTING = "Three others were in the hospital with gunshot wounds after a drive-by shooting at a birthday party."


def test_a_shooting_read_as_gerund_in_a_time_adjunct(nlp):
    shooting = _tok(nlp, SHOOTING, "shooting")
    assert shooting.tag_ == "VBG"  # (the misreading the rule is for)
    assert noun_roles.noun_read_as_gerund(shooting)
    assert noun_roles.in_time_adjunct(shooting)


def test_the_wounded_did_not_shoot(code):
    assert not any(a == ["Three others"] for a in _actors(code(SHOOTING), "shooting"))


def test_a_real_gerund_keeps_its_subject(nlp):
    attacking = _tok(nlp, "He was arrested after attacking a guard.", "attacking")
    assert not noun_roles.noun_read_as_gerund(attacking)
    assert not noun_roles.in_time_adjunct(attacking)


EXTRADITED = "Four men extradited to Spain have agreed to testify against their former boss."


def test_a_reduced_relative_read_as_the_verb(nlp):
    verb = _tok(nlp, EXTRADITED, "extradited")
    if verb.dep_ != "ROOT":  # (the parser read it right: nothing to repair)
        return
    assert roles.reduced_relative_read_as_root(verb).text == "men"


def test_the_extradited_men_are_not_the_extraditers(code):
    assert not any(a == ["Four men"] for a in _actors(code(EXTRADITED), "extradited"))


def test_coordinated_verbs_are_no_reduced_relative(nlp):
    verb = _tok(nlp, "Police arrested three men on Monday and have charged them.", "arrested")
    assert roles.reduced_relative_read_as_root(verb) is None


# - What is paid or given *as* something names the gift; the for/to participant of that noun receives it
#   (``arguments._beneficiary_of_as_noun``), not the sum or the people sent.

def test_compensation_for_people_goes_to_them(code):
    events = code("Austria paid 50 million euros as compensation for Nazi-era forced labourers.")
    paid = [e for e in events if e.trigger.text == "paid"]
    assert paid and [p.text for p in paid[0].recipient] == ["Nazi-era forced labourers"]


def test_people_sent_as_assistance_go_to_the_goal(code):
    events = code("Japan sent 200 doctors as assistance to Nepal.")
    sent = [e for e in events if e.trigger.text == "sent"]
    assert sent and [p.text for p in sent[0].recipient] == ["Nepal"]


def test_compensation_for_a_thing_names_no_recipient(nlp):
    from dateline.events.arguments import _beneficiary_of_as_noun
    verb = _tok(nlp, "The company paid $2 million as compensation for the damage.", "paid")
    assert _beneficiary_of_as_noun(verb, set()) == []


# - The two sides "between" which an agreement is made sign it when the passive names no agent, also when they are
#   common nouns ("the government and the rebels"; ``roles._sides_named_by_common_nouns``); a pair of things is no
#   pair of sides.

def test_an_agreement_between_common_noun_sides_signed(code):
    events = code("The agreement between the government and the rebels was signed in Havana.")
    signed = [e for e in events if e.trigger.text == "signed"]
    assert signed and [p.text for p in signed[0].actor] == ["the government"]
    assert [p.text for p in signed[0].recipient] == ["the rebels"]


def test_things_between_are_no_sides(nlp):
    from dateline.events.roles import _sides_named_by_common_nouns
    road = _tok(nlp, "The road between the airport and the city was closed.", "airport")
    assert not _sides_named_by_common_nouns(road)


# - A preposition the parser hangs on the verb's adverb "back" is the verb's own goal (``roles._preps_on_back``):
#   "handed the town *back to the rebels*" reads as "handed the town to the rebels".

def test_handed_back_to_a_party(code):
    events = code("The army handed the town back to the rebels.")
    handed = [e for e in events if e.trigger.text.startswith("handed")]
    assert handed and [p.text for p in handed[0].recipient] == ["the rebels"]


def test_back_without_a_preposition_adds_nothing(nlp):
    verb = _tok(nlp, "The rebels gave the town back.", "gave")
    assert roles._preps_on_back(verb) == []
