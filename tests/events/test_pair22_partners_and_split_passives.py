"""Session 22, helper PAIR: three argument mechanisms of English grammar, each tested on sentences written here.

- A noun of an act two sides do together (``data/partner_nouns.tsv``: talks, negotiations, an agreement, a deal, a
  ceasefire) names the other side with "with" and its topic with "on"/"over"/"about": the "with" side receives, even
  when the topic names a party (``roles.partner_first_order``), and before a party named elsewhere in the clause
  (``roles.partner_of``: "on a visit to Moscow, held talks *with his Russian counterpart*").  Nouns of force keep
  their "on" target.
- "be" + past participle is the passive wherever the parser hangs the pieces: a subject left on the auxiliary ("the
  ambassador *was* on Monday *summoned*", ``roles.subject_on_passive_auxiliary``) or a participle cut off from its
  "be" by an inserted adjunct ("the rebels *were*, according to the army, *attacked*", "were later that day
  arrested", ``roles.be_split_from_participle``): the subject is the one acted on, never the doer.
- A verb is never coordinated with a noun: in "the army *shelled* and bombed *rebel positions*", read with "bombed"
  as an adjective and "positions" as a conjunct of "shelled", the noun is the object of both verbs
  (``roles.object_read_as_conjunct``).
- Two or more sides who sign, agree or meet with only an "at" phrase for a recipient ("signed by Israel and the UAE
  *at the White House*") do it with each other: the venue is no recipient.
- A phrase the parser hung on the last of coordinated objects, or on the last noun of a parenthetical list of
  examples closed by a comma, completes the whole object ("an arms embargo and a travel ban *on the junta*",
  "sanctions, including travel bans, *on Russian officials*").
"""

from __future__ import annotations

import pytest

from dateline.events import roles


def _pairs(events, etype=None):
    return [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events
            if etype is None or e.type == etype]


def _tok(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


# --- partners before topics ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, partner", [
    ("Obama held talks with Putin on Syria.", "Putin"),
    ("China held negotiations with Vietnam on the South China Sea.", "Vietnam"),
    ("The EU reached an agreement with Turkey on migrants.", "Turkey"),
])
def test_the_side_on_with_is_the_partner_not_the_topic(code, text, partner):
    events = code(text)
    assert events, text
    assert all(partner in r for _, r in _pairs(events)), _pairs(events)


def test_the_partner_of_talks_beats_a_place_elsewhere_in_the_clause(code):
    pairs = _pairs(code("The Chinese foreign minister, on a visit to Moscow, held talks with his Russian counterpart."))
    assert pairs and all("Moscow" not in r and r for _, r in pairs), pairs


def test_partner_order_only_for_nouns_of_joint_acts(nlp):
    order = ("on", "against", "to", "with")
    assert roles.partner_first_order(_tok(nlp, "Obama held talks with Putin on Syria.", "talks"), order) == (
        "with", "on", "against", "to")
    # an act of force names its target with "on", whatever else it has
    assert roles.partner_first_order(_tok(nlp, "The army launched an attack on the base with rockets.", "attack"),
                                     order) == order


def test_an_attack_keeps_its_target_on_on(code):
    assert (["The army"], ["the rebel base"]) in _pairs(
        code("The army launched an attack on the rebel base with the help of Russian advisers."), "ASSAULT")


# --- passives the parser split ---------------------------------------------------------------------------------------

def test_subject_on_the_passive_auxiliary_is_acted_on(code):
    assert (["the Foreign Ministry"], ["The ambassador"]) in _pairs(
        code("The ambassador was on Monday summoned by the Foreign Ministry."))


def test_subject_on_the_passive_auxiliary_never_acts(nlp):
    verb = _tok(nlp, "The ambassador was on Monday summoned.", "summoned")
    assert [verb.doc[a.start:a.end].text for a in roles.subject_of(verb)] == []


@pytest.mark.parametrize("text, victim", [
    ("The rebels were, according to the army, attacked by government helicopters.", "The rebels"),
    ("Two soldiers were, police said, killed by a roadside bomb planted by Taliban fighters.", "Two soldiers"),
])
def test_participle_cut_off_from_be_by_an_adjunct_is_passive(code, text, victim):
    assert any(victim in r for _, r in _pairs(code(text), "ASSAULT")), _pairs(code(text))


def test_participle_hung_on_a_time_phrase_is_passive(code):
    pairs = _pairs(code("The activists were later that day arrested by police."), "COERCE")
    assert pairs == [(["police"], ["The activists"])]


def test_be_with_a_complement_keeps_its_participle_an_adjunct(nlp):
    # "was quiet" has its own complement: the participle after it is no passive of "was"
    verb = _tok(nlp, "The town was quiet, guarded by soldiers.", "guarded")
    assert roles.be_split_from_participle(verb) is None


# --- an object read as a conjunct --------------------------------------------------------------------------------------

def test_object_read_as_a_conjunct_of_the_first_verb(code):
    assert (["The army"], ["rebel positions"]) in _pairs(code("The army shelled and bombed rebel positions."), "ASSAULT")


def test_a_verb_with_its_own_object_takes_no_conjunct(nlp):
    verb = _tok(nlp, "Police arrested the men and seized weapons.", "arrested")
    assert roles.object_read_as_conjunct(verb) == []


# --- a venue of a joint act ------------------------------------------------------------------------------------------

def test_the_venue_of_a_deal_two_sides_sign_is_no_recipient(code):
    """What two sides sign or agree on together is done with each other: "at" names where (arguments, BROKERED_TYPES
    with two or more actors and only an "at" recipient)."""
    pairs = _pairs(code("The deal was signed by Israel and the UAE at the White House."), "SUPPORT")
    assert pairs == [(["Israel"], ["the UAE"])], pairs


# --- coordinated objects share what completes them ---------------------------------------------------------------------

def test_a_party_on_the_last_of_coordinated_objects_completes_them_all(code):
    """"imposed an arms embargo and a travel ban *on the junta*": the parser hangs "on the junta" on the ban only
    (``roles._shared_by_conjuncts``)."""
    assert (["The EU"], ["the junta"]) in _pairs(code("The EU imposed an arms embargo and a travel ban on the junta."))


def test_a_second_coordinated_object_shares_the_verbs_target(code):
    """"used tear gas and *water cannon* against demonstrators": both weapons are used against them
    (``noun_roles._noun_recipient``, the first conjunct's verb)."""
    pairs = _pairs(code("Police used tear gas and water cannon against demonstrators in the capital."), "ASSAULT")
    assert len(pairs) == 2 and all(r == ["demonstrators"] for _, r in pairs), pairs


def test_a_phrase_after_a_closed_parenthetical_completes_the_object(code):
    """"imposed new sanctions, *including travel bans*, on Russian officials": the second comma closes the list of
    examples, so the "on" phrase is the sanctions' (``roles._after_closed_parenthetical``)."""
    pairs = _pairs(code("The United States imposed new sanctions, including travel bans, on Russian officials."))
    assert (["The United States"], ["Russian officials"]) in pairs, pairs


def test_a_phrase_inside_the_parenthetical_stays_there(nlp):
    doc = nlp("The army seized weapons, including rifles from Russia, in the raid.")
    thing = next(t for t in doc if t.text == "weapons")
    assert roles._after_closed_parenthetical(thing, ()) == []


def test_a_second_coordinated_object_takes_no_manner_phrase_of_the_verb(nlp):
    """The verb's manner or setting ("*in strong terms*") is no target of its second object."""
    from dateline.events import noun_roles
    doc = nlp("The teachers condemned in strong terms the bombing and the violence that followed it.")
    violence = next(t for t in doc if t.text == "violence")
    assert [doc[a.start:a.end].text for a in noun_roles.noun_recipient(violence, set())] == []
