"""Session 20, helper JOIN: three argument mechanisms of English grammar.

- An event noun in a time adjunct ("following", "after", "before", "since", "amid") is another event that dates
  the clause: the clause's subject does not do it and its object does not undergo it
  (``noun_roles.TIME_ADJUNCT_PREPS``) - unless it is done *with* someone (a visit, talks, a shootout), which the
  clause's parties took part in (``noun_roles._meeting``).
- A day or time on an event noun's preposition is when it happens, never whom it is done to
  (``noun_roles._noun_prep_recipient``: "a suspension of air links with Serbia *on Wednesday*").
- "up to" before a number bounds a count; when the parser reads "up" as the verb's particle, the counted noun is
  still the verb's object (``roles._count_read_as_particle``: "kidnapped *up to 16 Russian advisers*").
- A heavy object shifted after the verb's "as" predicate, which the parser reads as an apposition of the "as" noun,
  is the verb's object (``roles.object_shifted_past_as``: "denounced as an ugly crime *Serbia's suppression*").
"""

from __future__ import annotations

from dateline.events import noun_roles


def _noun(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _texts(args, doc):
    return [doc[a.start:a.end].text for a in args]


BOMBINGS = ("Clinton met with his top aides Wednesday in the White House to assess the situation following the twin "
            "bombings at U.S. embassies in Kenya and Tanzania.")


def test_event_in_a_time_adjunct_is_not_the_subjects_deed(nlp):
    noun = _noun(nlp, BOMBINGS, "bombings")
    assert noun_roles.noun_actor(noun) == []
    assert noun_roles.noun_recipient(noun, set()) == []


def test_the_coder_gives_the_bombings_no_clinton(code):
    events = code(BOMBINGS)
    assert not any(e.trigger.text == "bombings" and any(p.text == "Clinton" for p in e.actor) for e in events)


def test_a_visit_before_leaving_keeps_the_visitor(nlp):
    noun = _noun(nlp, "Blinken left Niger following a three-day visit.", "visit")
    assert _texts(noun_roles.noun_actor(noun), noun.doc) == ["Blinken"]


def test_a_fight_the_clause_follows_keeps_its_sides(nlp):
    noun = _noun(nlp, "Police arrested the gunman following a shootout.", "shootout")
    assert _texts(noun_roles.noun_actor(noun), noun.doc) == ["Police"]


def test_a_day_on_the_noun_is_no_recipient(code):
    events = code("Italy announced a suspension of air links with Serbia on Wednesday.")
    sanction = next(e for e in events if e.trigger.text == "suspension")
    assert [p.text for p in sanction.recipient] == ["Serbia"]


def test_up_to_a_count_is_the_object(code):
    events = code("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
    kidnap = next(e for e in events if e.trigger.text == "kidnapped")
    assert [p.text for p in kidnap.recipient] == ["16 Russian civilian advisers"]


def test_a_phrasal_verb_with_its_own_object_is_untouched(code):
    events = code("Police rounded up 30 protesters in the capital.")
    arrest = next(e for e in events if "rounded" in e.trigger.text)
    assert [p.text for p in arrest.recipient] == ["30 protesters"]


def test_object_shifted_past_its_as_predicate(code):
    # heavy-NP shift: "denounced as an ugly crime *Serbia's suppression of ...*" - the parser reads the object as an
    # apposition of the "as" noun; it is the verb's object, and the deed's doer (Serbia) receives the disapproval
    events = code("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in "
                  "Montenegro.")
    denounced = next(e for e in events if e.trigger.text == "denounced")
    assert [p.text for p in denounced.actor] == ["Albania"]
    assert [p.text for p in denounced.recipient] == ["Serbia"]


def test_an_as_predicate_with_an_object_of_its_own_is_untouched(nlp):
    from dateline.events import roles

    doc = nlp("The government described as terrorists the rebels who attacked the town.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert roles.object_shifted_past_as(verb) is None
