"""A doer the actor filter drops as a thing names no one (session 18, helper GAP; extract.code_sentence, the
``thing_doer`` test before the no-doer rules of ``agentless.py``).  When the argument rules' only doer of an event noun
is a lone thing ("*the issue* made news with the massacre of ...", "*there is evidence* that X was involved in the
murder of ..."), ``_can_act`` drops it and, before this, the no-doer rules refused the candidate as having a doer
found, so nothing was coded.  Now the candidate is judged by the no-doer rules as if no doer had been found: the
victim on "of" is coded with an empty actor, ``+agentless``.  An unresolved pronoun is still a doer named (someone
did it), and an active verb whose subject is a thing still needs a doer.  Sentences written for the tests (none
copied from an article).  The positive test fails without the change (no event was coded)."""

from __future__ import annotations

from dateline.events import agentless


def _doerless_assaults(events):
    return [e for e in events if not e.actor and e.type == "ASSAULT"]


def test_thing_doer_of_an_attack_noun_leaves_it_doerless(code_with_mentions):
    (e,) = _doerless_assaults(code_with_mentions(
        "The issue made headlines in 2012 with the notorious Riverside massacre of 40 farm workers."))
    assert e.trigger.text.lower() == "massacre" and [r.text for r in e.recipient] == ["40 farm workers"]
    assert agentless.MARK in e.reason


def test_thing_subject_of_an_active_verb_stays_uncoded(code_with_mentions):
    # (an active verb needs a doer: the no-doer rules take passives and event nouns only)
    assert not _doerless_assaults(code_with_mentions("The decision hurt 40 farm workers in the valley."))
