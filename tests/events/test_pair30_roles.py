"""Who receives, session 30 (helper PAIR): three rules of English grammar for the recipient, each with sentences
written for the test, through the coder with the actors stage's mentions (real spaCy model).

- An act done to people (force, coercion, expulsion) done to someone owned through a possessive pronoun: "its"
  names that person's owner, not the actor's own forces, so the person receives, not the place they are moved
  from (``roles.object_of``, ``patient``).
- The object of a verb with an "of"/"for" gerund complement is who did the deed ("accused a group in X *of being*
  ..."): it receives, never a place the clause names (``arguments._object_does_the_deed``).
- "the" with an adjective and no noun names people ("relief *to the wounded*"): the object of the preposition
  (``parties.people_adjective``).
- An object word of the matched entry on the object's compound ("fired tear *gas* shells") names the instrument: no
  target, so the purpose clause's object receives (``roles.object_of``).
- A passive subject pronoun of a subordinate clause ("when *they* were attacked") takes up the subject of the clause
  it qualifies, as an active one does (``pronouns._continued_subject``).
- A phrase fronted before the subject and closed by a comma ("*In its statements*, the group threatened ...") is the
  clause's scene, never a recipient on a preposition (``roles.prep_recipients``).
"""

from __future__ import annotations


def _event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def _recipients(event):
    return [r.text for r in event.recipient]


def test_expelled_person_owned_by_another_party_receives(code):
    e = _event(code("The junta shut down the BBC office and deported its correspondent from the country."), "deported")
    assert _recipients(e) == ["its correspondent"]


def test_own_forces_still_moved_from_a_place(code):
    e = _event(code("The army withdrew its troops from the border town."), "withdrew")
    assert "its troops" not in _recipients(e)


def test_accused_group_not_replaced_by_its_place(code):
    e = _event(code("Kenyan authorities have accused a youth group in western Kenya of being a cover for smugglers."),
               "accused")
    assert e.type == "ACCUSE"
    assert _recipients(e) == ["a youth group"]


def test_gerund_hung_on_the_place_still_names_the_doer(code):
    # (the parser hangs "of smuggling" on the place phrase after the object)
    e = _event(code("Brazilian officials accused a local network in northern Brazil of smuggling gold."), "accused")
    assert _recipients(e) == ["a local network"]


def test_place_kept_when_no_gerund_names_a_doer(code):
    # (no "of/for V-ing" complement: the fallback to a party named in the clause stays)
    e = _event(code("The ministers agreed to set up a training centre in Kenya."), "agreed")
    assert any("Kenya" in r for r in _recipients(e))


def test_the_wounded_receive_relief(code):
    e = _event(code("The charity group Caritas promised to deliver relief to the wounded."), "deliver")
    assert _recipients(e) == ["the wounded"]


def test_the_better_is_no_people():
    import spacy  # noqa: F401  (the real model through the pipeline's builder)
    from dateline.events.parties import people_adjective
    from dateline.pipeline import build_nlp

    doc = build_nlp()("Talks changed for the better, and aid went to the seriously wounded.")
    words = {t.text: people_adjective(t) for t in doc}
    assert words["better"] is False
    assert words["wounded"] is True


def test_gas_shells_are_the_instrument_not_the_target(code):
    # (the entry's object word "gas" stands on the object's compound: "tear gas shells" are the gas fired)
    e = _event(code("Riot police fired tear gas shells to disperse the angry crowd."), "fired")
    assert e.type == "ASSAULT"
    assert _recipients(e) == ["the angry crowd"]


def test_passive_subject_pronoun_continues_the_main_subject(code):
    # (a passive "they" of a "when" clause takes up the subject of the clause it qualifies, as an active one does)
    e = _event(code("The protesters were marching to the square when they were attacked by armed men."), "attacked")
    assert e.type == "ASSAULT"
    assert _recipients(e) == ["The protesters"]


def test_a_phrase_word_on_the_object_is_no_instrument(code):
    # ("setting *afire* shops": the phrase's own word, parsed as the object's compound, does not make the shops a
    # thing the entry names; they are what is set on fire)
    e = _event(code("A mob was involved in setting afire shops and houses in the town."), "setting afire")
    assert any("shops" in r for r in _recipients(e))


def test_fronted_scene_is_no_recipient(code):
    # (a phrase set before the subject and closed by a comma is the clause's scene)
    e = _event(code('In its proclamations, the Shining Path threatened "to annihilate, sooner or later" all candidates '
                    'who run in the municipal elections.'), "threatened")
    assert not any("proclamations" in r for r in _recipients(e))
