"""Session 13 (helper PRECO) not-an-event rules read from the wrong events of design samples A-I, M, O and P, on real
parses of sentences written for the tests (none copied from an article): sponsoring a bill or an
event, "require" without a demand, the explosion of an industrial plant, a released track,
beating a rival at the polls.  Each rule has a twin that must keep the event."""

from __future__ import annotations

import pytest
from trigger_hits import entry_ids_at



@pytest.mark.parametrize("text, word, entry", [
    ("The senator who sponsored the bill said it would pass next month.", "sponsored", "aid.verb"),
    ("The seminar was sponsored by the national science council.", "sponsored", "aid.verb"),
    ("The work required by the gangs is dangerous.", "required", "request.verb"),
    ("The plan requires the approval of shareholders.", "requires", "request.verb"),
    ("Oil spread across the bay after the explosion of the drilling rig.", "explosion", "assault.explosives_noun"),
    ("The band's new track was released in the United States last week.", "released", "retreat.release"),
    ("The opposition leader beat the president in the first round of the election.", "beat", "assault.beat"),
])
def test_not_an_event(nlp, text, word, entry):
    assert entry not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word, entry", [
    ("Welfare projects sponsored by the United States government were opened in the capital.", "sponsored", "aid.verb"),
    ("The court required the government to release the prisoners.", "required", "request.verb"),
    ("A bomb explosion killed four soldiers at the checkpoint.", "explosion", "assault.explosives_noun"),
    ("The rebels released the hostages on Monday.", "released", "retreat.release"),
    ("Police beat the protesters with batons in the square.", "beat", "assault.beat"),
])
def test_still_an_event(nlp, text, word, entry):
    assert entry in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, trigger", [
    ("Police said the rebel commander had plotted to kill the governor.", "kill"),
    ("The two officials conspired to attack the opposition headquarters.", "attack"),
])
def test_a_plot_is_an_aim_not_the_act(code_with_mentions, text, trigger):
    # modality.tsv: "plot" and "conspire" govern their act as "plan to" does - status future, reason control:...
    (e,) = [e for e in code_with_mentions(text) if e.trigger.text == trigger]
    assert e.status == "future" and any(p.startswith("control:") for p in e.reason.split("+"))


def test_a_carried_out_killing_stays_factual(code_with_mentions):
    (e,) = [e for e in code_with_mentions("The rebel commander killed the governor on Monday.") if e.trigger.text == "killed"]
    assert e.status == "factual"
