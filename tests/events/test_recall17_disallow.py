"""'disallow' in the authorities' sense of ban or forbid (WordNet forbid.v.01: forbid, prohibit, interdict,
proscribe, veto, disallow) is COERCE restrict like 'ban' and 'prohibit' (triggers.tsv coerce.restrict; codebook
COERCE restrict: 'Impose restrictions on political freedoms').  Session 17, helper RECALL.  A sentence written for
the test; without the word in the lexicon no COERCE is coded."""

from __future__ import annotations


def test_court_disallowed_a_ceremony_is_coerce(code_with_mentions):
    events = code_with_mentions("The Supreme Court disallowed any religious ceremony at the disputed site on Friday.")
    (e,) = [e for e in events if e.type == "COERCE"]
    assert e.trigger.text == "disallowed" and e.mode == "restrict"
    assert [a.text for a in e.actor] == ["The Supreme Court"]
