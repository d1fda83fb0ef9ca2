"""Status cues and governing-verb recoding on real parses."""

from __future__ import annotations

import pytest

from dateline.events.status import modality, recoded_mode


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, status, recode", [
    ("The army did not arrest the journalist.", "arrest", "negated", None),
    ("The rebels never attacked the convoy.", "attacked", "negated", None),
    ("The minister plans to visit Kenya next month.", "visit", "future", None),
    # a meeting on the calendar has not happened yet; "due to" a cause does not schedule anything
    ("The chief minister is slated to meet his counterpart on Saturday.", "meet", "future", None),
    ("The president is due to visit Kenya next week.", "visit", "future", None),
    ("The talks were postponed due to the attack on the base.", "attack", "factual", None),
    ("The president hoped to meet the king.", "meet", "future", None),
    ("Police allegedly beat the protesters.", "beat", "claimed", None),
    ("If Russian forces attack the town, NATO will respond.", "attack", "hypothetical", None),
    ("The government threatened to arrest the strikers.", "arrest", "factual", "THREATEN"),
    ("Iran refused to release the sailors.", "release", "factual", "REJECT"),
    ("The UN urged Israel to withdraw its troops.", "withdraw", "factual", "REQUEST"),
    ("Both sides agreed to exchange prisoners.", "exchange", "factual", "AGREE"),
    # a refusal of cooperation is REJECT, stated now (not negated, not future)
    ("Lebanon says it will not accept any more Syrian refugees.", "accept", "factual", "REJECT"),
    ("The government did not give permission for the rally.", "give", "factual", "REJECT"),
    ("Iran did not agree to meet the envoy.", "meet", "factual", "REJECT"),
    # no refusal: a negated conflict, and an absence of meetings
    ("The two leaders have not met since 2019.", "met", "negated", None),
    # ordering an investigation is the court's own investigation, not a request
    ("The court ordered an investigation into the minister.", "investigation", "factual", None),
    # an event noun takes its support verb's tense, and a claim made on its participle
    ("The two countries will hold talks next week.", "talks", "future", None),
    ("A jawan was injured in an explosion allegedly triggered by Maoists.", "explosion", "claimed", None),
    # a call for punishment accuses; a call for anything else requests
    ("A UN expert has called for sanctions against Myanmar's military companies.", "sanctions", "factual", "ACCUSE"),
    ("The EU called for the release of the lawyer.", "release", "factual", "REQUEST"),
    # material conflict announced for later is a threat, made now (PLOVER: THREATEN = ASSAULT + future)
    ("The opposition said it will boycott the election.", "boycott", "factual", "THREATEN"),
    ("The unions said they would strike next week.", "strike", "factual", "THREATEN"),
    ("The army will launch a military operation against the rebels.", "operation", "factual", "THREATEN"),
    # a promise of harm is a threat; a promise of help stays AGREE (codebook THREATEN, CAMEO2PLOVER 13)
    ("The president vowed to impose sanctions on Iran.", "sanctions", "factual", "THREATEN"),
    ("Protesters vowed to continue their demonstrations against the government.", "demonstrations",
     "factual", "THREATEN"),
    ("Russia promised to send aid to Syria.", "aid", "factual", "AGREE"),
    # ... but not a guess about the past, nor a cooperative act
    ("Hackers may have attacked the power grid.", "attacked", "hypothetical", None),
    ("The government is planning to shut down the mobile networks.", "shut", "future", None),  # a plan, reported
    ("It will be a battle between the two parties.", "battle", "future", None),  # a prediction
    ("The two ministers will meet in Rome.", "meet", "future", None),
    # "would" in a reported statement is its future (sequence of tenses), not a condition
    ("The ministry said it would recognize the new government.", "recognize", "future", None),
    ("The president would recognize the new government if it held elections.", "recognize", "hypothetical", None),
])
def test_modality(nlp, text, word, status, recode):
    m = modality(_tok(nlp(text), word))
    assert (m.status, m.recode) == (status, recode)


def test_recoded_modes():
    assert recoded_mode("THREATEN", "COERCE", "arrest") == "arrest"
    assert recoded_mode("THREATEN", "ASSAULT", None) == "violence"
    assert recoded_mode("REQUEST", "CONSULT", None) == "meet"
    assert recoded_mode("REJECT", "RETREAT", "release") == "yield"


def test_a_reported_refusal_with_would_is_stated_now(nlp):
    from dateline.events import extract

    [e] = [e for e in extract(nlp("Hamas said it would not release the hostages."), doc_id="t") if e.type == "REJECT"]
    assert e.status == "factual" and "negated_cooperation" in e.reason


@pytest.mark.parametrize("text, word", [
    ("The spokeswoman declined to comment on the investigation.", "investigation"),  # the topic of a refused statement
    ("The spokeswoman declined to comment on the investigation.", "comment"),
    ("Mr Balls refused to say whether Mr Brown would stay.", "refused"),  # the refusal of a statement itself
])
def test_a_refused_statement_reports_no_event(nlp, text, word):
    """CAMEO 011 'Decline comment: explicitly decline or refuse to comment', a statement (CAMEO 01) that
    CAMEO2PLOVER maps to no PLOVER type (modality.tsv, where statement)."""
    from dateline.events.status import statement_only

    assert statement_only(modality(_tok(nlp(text), word)))


@pytest.mark.parametrize("text, word", [
    ("Iran refused to release the British tanker.", "release"),
    ("The bank refused to respond to a request from the U.S. authorities.", "respond"),  # a request refused
    ("The ministry confirmed the arrest of two journalists.", "arrest"),  # a statement not refused
])
def test_other_refusals_and_statements_still_report_events(nlp, text, word):
    from dateline.events.status import statement_only

    assert not statement_only(modality(_tok(nlp(text), word)))


@pytest.mark.parametrize("text, word, accord", [
    ("Officials said they agree with the NCAA that Gassnola made payments to the players.", "agree", True),
    ("Both sides agreed that the talks were constructive.", "agreed", True),
    ("The two leaders agreed that their countries would expand trade.", "agreed", False),  # a commitment
    ("Iran and Iraq agreed to reopen the border.", "agreed", False),
])
def test_agreeing_on_a_fact_is_mere_accord(nlp, text, word, accord):
    """CAMEO 019 'Express accord: ... simply agree or concur on an issue but do not imply commitment' has no
    PLOVER type; an agreement to act, or that one will act, is AGREE."""
    from dateline.events.status import statement_only

    assert statement_only(modality(_tok(nlp(text), word))) is accord


@pytest.mark.parametrize("text, word", [
    ("Japan is considering sending aid to North Korea.", "sending"),
    ("The EU is considering sanctions against Belarus.", "sanctions"),
    ("The government is weighing a ban on the opposition party.", "ban"),
])
def test_a_considered_option_is_no_event(nlp, text, word):
    """CAMEO 014 'Consider policy option: review, reflect upon, or study policy option' has no PLOVER type; a
    considered act is neither done nor promised (PLOVER AGREE needs willingness or commitment)."""
    from dateline.events.status import statement_only

    assert statement_only(modality(_tok(nlp(text), word)))
    assert not statement_only(modality(_tok(nlp("Japan plans to send aid to North Korea."), "send")))
