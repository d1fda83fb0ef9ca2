"""An act of force named by a noun, described by a clause that says whom it hits (session 19, helper JOIN):
"airstrikes *targeting* Hamas militants", "an offensive *aimed at* the rebels", "an airstrike *that killed* a
commander" - the one the clause acts on receives the noun's event (``noun_roles.aimed_clause_recipient``)."""

from __future__ import annotations


def _pairs(events, etype):
    return [(tuple(p.text for p in e.actor), tuple(p.text for p in e.recipient)) for e in events
            if e.type == etype]


def test_active_participle_on_attack_noun(code):
    events = code("Israel launched airstrikes targeting Hamas militants in Gaza.")
    assert any(e.trigger.text == "airstrikes" and [p.text for p in e.actor] == ["Israel"]
               and [p.text for p in e.recipient] == ["Hamas militants"] for e in events)


def test_passive_participle_with_aiming_preposition(code):
    events = code("The army launched an offensive aimed at rebels in the north.")
    assert (("The army",), ("rebels",)) in _pairs(events, "ASSAULT")


def test_relative_clause_whose_subject_is_the_attack(code):
    events = code("The US military carried out an airstrike that killed a senior al-Shabaab commander.")
    assert any(e.trigger.text == "airstrike" and [p.text for p in e.recipient] == ["a senior al-Shabaab commander"]
               for e in events)


def test_crackdown_participle(code):
    events = code("Police launched a crackdown targeting opposition activists.")
    assert (("Police",), ("opposition activists",)) in _pairs(events, "COERCE")


def test_agent_participle_names_no_target(nlp):
    # "a missile fired *by* the Houthis": who fired it, not at whom
    from dateline.events.noun_roles import aimed_clause_recipient
    doc = nlp("Saudi Arabia intercepted a missile fired by Houthi rebels at Riyadh.")
    missile = next(t for t in doc if t.text == "missile")
    assert aimed_clause_recipient(missile, set()) == []


def test_object_of_relative_clause_is_not_the_target(nlp):
    # "the attack that Egypt condemned": Egypt condemned it, it was not aimed at Egypt
    from dateline.events.noun_roles import aimed_clause_recipient
    doc = nlp("The attack that Egypt condemned killed five soldiers.")
    attack = next(t for t in doc if t.text == "attack")
    assert aimed_clause_recipient(attack, set()) == []
