"""Who receives, session 31 (helper PAIR): rules of English grammar for the recipient, each with sentences written
for the test, through the coder with the actors stage's mentions (real spaCy model).

- Bare singular titles joined by "and" before a personal name ("model and actress X") are one person's titles: one
  participant, not a title alone and the rest (``parties._name_after_titles``).
- A relative clause on the noun after "as" in a participle ("smugglers *posing as* aid workers who were detained")
  is about the people the participle describes, not the role they passed for (``roles.relative_antecedent``).
- Property a verb of attack destroys ("torched three trucks *of a company*") is its target, not the owner named
  inside the object phrase (``arguments._property_before_owner``).
"""

from __future__ import annotations


def _event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def _recipients(event):
    return [r.text for r in event.recipient]


# Coordinated titles before a name

def test_two_titles_before_a_name_are_one_person(code):
    e = _event(code("Turkey has ordered the deportation of British-born writer and journalist John Smith to Greece."),
               "deportation")
    assert _recipients(e) == ["British-born writer and journalist John Smith"]


def test_titles_before_a_name_the_parser_hung_elsewhere(code):
    # (the parser makes the second title a conjunct of the verb and the name its object)
    e = _event(code("India has ordered the deportation of Iranian-born model and actress Negar Khan to Norway."),
               "deportation")
    assert _recipients(e) == ["Iranian-born model and actress Negar Khan"]


def test_titles_before_a_name_as_object(code):
    e = _event(code("Police arrested singer and songwriter Ali Baba in Lagos."), "arrested")
    assert _recipients(e) == ["singer and songwriter Ali Baba"]


def test_plural_before_titled_name_stays_two_parties(code):
    e = _event(code("Police arrested protesters and journalist John Smith in Lagos."), "arrested")
    assert _recipients(e) == ["protesters", "journalist John Smith"]


def test_title_and_bare_name_stay_two_parties(code):
    e = _event(code("The army detained activist and John Smith in Lagos."), "detained")
    assert _recipients(e) == ["activist", "John Smith"]


# Relative clauses after "posing as"

def test_relative_after_posing_as_is_about_the_impostors(code):
    e = _event(code("A gang of suspected smugglers posing as aid workers who were detained last week had crossed "
                    "the border."), "detained")
    assert _recipients(e) == ["suspected smugglers"]


def test_relative_after_disguised_as_names_the_doer(code):
    e = _event(code("Militants disguised as doctors who attacked the clinic were later arrested."), "attacked")
    assert [a.text for a in e.actor] == ["Militants"]


def test_relative_after_dressed_as_passive(code):
    e = _event(code("Rebels dressed as soldiers who were captured by the army confessed."), "captured")
    assert _recipients(e) == ["Rebels"]


def test_relative_on_a_plain_object_unchanged(code):
    e = _event(code("The police arrested aid workers who were smuggling weapons."), "arrested")
    assert _recipients(e) == ["aid workers"]


# Property destroyed, not its owner

def test_trucks_of_a_company_burned(code):
    e = _event(code("Militants burned four trucks of a construction company in Helmand."), "burned")
    assert e.type == "ASSAULT"
    assert [doc_word for r in e.recipient for doc_word in r.text.split()][:2] == ["four", "trucks"]


def test_shops_belonging_to_a_community_torched(code):
    e = _event(code("Rioters torched the shops and cars belonging to members of the Sikh community."), "torched")
    assert _recipients(e) == ["the shops", "cars"]


def test_attack_on_a_party_owned_thing_keeps_the_party(code):
    # (a convoy is no property word: the governor in it is attacked)
    e = _event(code("Gunmen attacked the convoy of the governor."), "attacked")
    assert _recipients(e) == ["the governor"]


def test_trucks_owned_by_a_firm_torched(code):
    e = _event(code("Gunmen torched trucks owned by a mining firm."), "torched")
    assert _recipients(e) == ["trucks"]


def test_people_carried_in_a_vehicle_are_no_owners(code):
    # (the soldiers on the bus are not its owners: the bus does not replace them)
    e = _event(code("In July the rebels bombed a bus carrying nearly 50 soldiers into the port of Aden."), "bombed")
    assert _recipients(e) != ["a bus"]
