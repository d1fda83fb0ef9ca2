"""Session 32 (helper PAIR): who acts and who is acted on in five general English constructions.

- a relative clause of response on an event noun ("an offer *Moscow spurned*", "the blast, *which police blamed*
  on a gang"): its subject answers the act, it did not do it (parties.relative_author; data/partner_nouns.tsv,
  class response_verbs);
- a coordinated clause with its own auxiliary ("... were expelled and *Iranian staff* employed at the embassy
  *were arrested*"): its subject stands between "and" and the auxiliary, and is not the first clause's
  (roles.subject_before_own_auxiliary);
- a reduced relative clause the parser read as the sentence's verb, with the real verb group hung on it as an
  adverbial clause ("The dissidents *extradited* to Russia *have asked* for asylum": they were extradited,
  roles.reduced_relative_read_as_root);
- a participle after a noun coordinated inside another noun's phrase describes the nearer noun ("the inmates at
  Guantanamo Bay and *opposition activists detained* by the army", roles.conjunct_before_participle);
- a participle the parser read as a clause under a preposition that takes no clause ("among *a dozen people shot*
  and stabbed"): the noun is the one acted on (roles.reduced_relative_under_preposition).

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_a_relative_clause_of_blame_names_no_doer_of_the_blast(code):
    events = code("Nobody was hurt in the blast, which police blamed on a gang.")
    assert not any("police" in _texts(e.actor) for e in _event(events, "blast"))


def test_the_one_who_repelled_an_attack_did_not_attack(code):
    events = code("The attack the army repelled began at dawn near the border.")
    assert not any(any("army" in t for t in _texts(e.actor)) for e in _event(events, "attack"))


def test_who_spurned_an_offer_did_not_make_it(code):
    events = code("Washington offered wheat to Moscow, an offer Moscow spurned.")
    assert not any("Moscow" in _texts(e.actor) for e in _event(events, "offer"))


def test_the_rebels_who_carried_out_an_attack_still_did_it(code):
    events = code("The attack the rebels carried out killed ten soldiers.")
    assert any(any("rebels" in t for t in _texts(e.actor)) for e in _event(events, "attack"))


def test_a_second_clause_with_its_own_auxiliary_has_its_own_subject(code):
    events = code("Two French diplomats were expelled and Iranian staff employed at the French embassy were "
                  "arrested and charged with spying.")
    arrested = _event(events, "arrested")
    assert arrested and all(any("staff" in t for t in _texts(e.recipient)) for e in arrested)
    assert not any(any("diplomats" in t for t in _texts(e.recipient)) for e in arrested)
    charged = _event(events, "charged")
    assert not any(any("diplomats" in t for t in _texts(e.recipient)) for e in charged)


def test_a_second_passive_with_no_subject_of_its_own_shares_the_first(code):
    events = code("Two French diplomats were expelled and were later arrested.")
    arrested = _event(events, "arrested")
    assert arrested and any("Two French diplomats" in _texts(e.recipient) for e in arrested)


def test_people_extradited_do_not_extradite(code):
    events = code("The dissidents extradited to Russia have asked for asylum.")
    assert not any(any("dissidents" in t for t in _texts(e.actor)) for e in _event(events, "extradited"))
    asked = _event(events, "asked")
    assert asked and any("The dissidents" in _texts(e.actor) for e in asked)


def test_a_verb_group_after_and_still_shares_the_subject(code):
    events = code("Police arrested three men and have charged them.")
    assert any("Police" in _texts(e.actor) for e in _event(events, "arrested"))


def test_a_participle_describes_the_nearer_coordinated_noun(code):
    events = code("The bishop called for the release of the remaining inmates at Guantanamo Bay and opposition "
                  "activists detained by the army in Egypt.")
    detained = _event(events, "detained")
    assert detained and all(any("activists" in t for t in _texts(e.recipient)) for e in detained)
    assert not any(any("inmates" in t for t in _texts(e.recipient)) for e in detained)


def test_a_participle_after_directly_coordinated_nouns_is_left_to_the_parser(nlp):
    from dateline.events import roles

    doc = nlp("Police released the men and women detained by the army.")
    detained = next(t for t in doc if t.text == "detained")
    assert roles.conjunct_before_participle(detained) is None


def test_people_shot_under_among_did_not_shoot(code):
    events = code("They were among more than a dozen people shot and or stabbed during a violent weekend in Memphis.")
    for trigger in ("shot", "stabbed"):
        assert not any(any("people" in t for t in _texts(e.actor)) for e in _event(events, trigger))
        assert not any("Memphis" in _texts(e.recipient) for e in _event(events, trigger))

