"""Parties coordinated inside an of-phrase: "the foreign ministers *of Iran and Saudi Arabia*", "leaders of
*China and India*", "the presidents of *Kenya and Tanzania*".  The parser hangs the coordination on the object
of "of", so the noun phrase reads as one participant; it names as many parties as the of-phrase names, as
"Iranian and Saudi officials" does (:func:`dateline.events.parties._split_coordinated_modifier`).  The first
keeps the head noun ("the foreign ministers of Iran"), the others are their names ("Saudi Arabia"), so a joint
event ("met", "signed an agreement") is coded as the dyad PLOVER codes, and any other event has each party
acting.  Used by :func:`dateline.events.parties.participants`.

Only a plural common noun that is no event ("the *killings* of X and Y" are the event's own words) and
only named parties (countries, organisations, people, nationalities) that are not one name ("the Ministry
of Trade and Industry").
"""

from __future__ import annotations

from spacy.tokens import Token

NAMED_PARTY_LABELS = {"PERSON", "NORP", "ORG", "GPE"}
# "of" and "from" say whose the people are alike: "officials *from* Sudan and Chad", "delegations *from* Russia and
# Ukraine" are Sudan's and Chad's officials
OF_PREPS = ("of", "from")


def _one_name(obj: Token) -> bool:
    """Is a conjunct inside the same entity as ``obj`` ("the Ministry of *Trade and Industry*", "*Trinidad and
    Tobago*"): every word from ``obj`` to it continues one name?"""
    doc = obj.doc
    return any(c.i > obj.i and all(doc[i].ent_iob_ == "I" for i in range(obj.i + 1, c.i + 1)) for c in obj.conjuncts)


def _coordinated_object(t: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of ``t``'s first preposition among ``preps`` when it has conjuncts ("officials *of Sudan* and Chad"),
    else None."""
    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.conjuncts else None


def split_of_coordination(t: Token, lo: int, hi: int, flags: tuple[str, ...], make) -> list:
    """The participants of "N of X and Y" headed by ``t`` (span ``lo``-``hi``), built by ``make(head, start,
    end, flags)``; none when the phrase is not of that shape."""
    from dateline.events.lexicon import event_noun_word  # (the lexicon reads parties: import late)

    if t.tag_ != "NNS" or t.ent_type_ or event_noun_word(t):
        return []
    obj = _coordinated_object(t, OF_PREPS)
    if obj is None:
        return []
    parties = [obj, *sorted(obj.conjuncts, key=lambda c: c.i)]
    if not all(p.ent_type_ in NAMED_PARTY_LABELS and p.pos_ in ("PROPN", "NOUN", "ADJ") for p in parties):
        return []
    if _one_name(obj):
        return []
    return _split(t, lo, hi, parties, list(flags) + ["coordinated_of"], make)


def _split(t: Token, lo: int, hi: int, parties: list[Token], flags: list[str], make) -> list:
    """One participant per party of a coordination inside ``t``'s phrase (``lo``-``hi``): the first keeps the head
    noun ``t`` and the words before its party, the others their own words, each up to the next party's."""
    doc = t.doc
    out = []
    for k, p in enumerate(parties):
        start = lo if k == 0 else p.left_edge.i
        # (the noun phrase's span may stop before "from": the last party ends where its own words end)
        end = (parties[k + 1].left_edge.i if k + 1 < len(parties) else max(hi, p.right_edge.i + 1))
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        out.append(make(t.i if k == 0 else p.i, start, end, list(flags)))
    return out


def split_between_sides(t: Token, lo: int, hi: int, flags: tuple[str, ...], make) -> list:
    """The sides of "between N of X and Y" headed by ``t`` when the parser hung the second side on the object of
    "of" ("the gun battle between *a joint team of security forces and rebels*": the team, and the rebels).  "Between"
    names two sides or more, so a lone noun phrase after it whose of-object is coordinated holds them all; the first
    side keeps the head noun up to its own of-object.  Only on "between" (``flags`` holds ``prep:between``), for a
    head with no conjunct of its own and not inside one name ("between the Ministry of Trade and Industry and ...")."""
    if "prep:between" not in flags or t.conjuncts:
        return []
    obj = _coordinated_object(t, ("of",))
    if obj is None or _one_name(obj):
        return []
    return _split(t, lo, hi, [obj, *sorted(obj.conjuncts, key=lambda c: c.i)], list(flags) + ["between_of"], make)
