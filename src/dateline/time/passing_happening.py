"""A happening named in passing inside another act's clause is not dated by that act's date.

"On Saturday the minister met survivors of the bombing", "Relatives of the bombing victims marched on
Saturday", "Police on Friday arrested a suspect in the shooting": the happening noun ("bombing",
"shooting") sits inside the phrase of a noun of its participants, place or aftermath
(``data/passing_heads.txt``: victim, survivor, suspect, scene, anniversary) - as a compound ("bombing
victims") or the object of a preposition ("survivors of the bombing") - and the date the parse walk
climbs to is the later act's (the meeting, the march, the arrest), not the happening's.  Such a noun takes
the date the story gave the happening earlier (:mod:`dateline.time.antecedents`).  Where the story gave
none, it keeps the clause's date: a police report's "found a shooting victim Saturday night" or
"responded to the scene of the shooting Saturday" is most often on the happening's day (fresh news,
session 32, where leaving such nouns undated was worse as often as better).

The same holds for a date written right after such a nested happening noun that the parser hung on the
clause's verb when that verb has a date of its own already ("On Saturday the minister visited victims of the
attack last week", "attended a vigil on Friday for victims of the shooting at a school on Monday"): a verb
is not on two days, and the date that follows the noun is the noun's.

Only a noun of a kind of happening (``data/happenings.tsv``), not marked as another one ("another
attack", "a second vote"); a plural or indefinite object ("a wave of attacks") may be a new one and is
left alone, as is a noun whose own phrase, or the phrase holding it, has a date ("survivors of Monday's
bombing", "a Nov. 22 shooting scene"), and a noun that is the verb's own argument ("released a statement
Sunday": the statement is the act).
"""

from __future__ import annotations

from dateline.time.antecedents import definite_happening, lexicon
from dateline.time.attachment import first_verb_from, trigger_root
from dateline.time.lexicon import word_list

_NESTING_PREPS = frozenset({"of", "in", "for", "from", "after", "over", "about", "since"})
_DATE_PREPS = frozenset({"on", "in", "at"})
_OTHER = frozenset({"another", "other", "second", "third", "next", "previous", "earlier", "prior", "last", "first",
                    "new", "future", "possible", "planned", "any", "every", "each", "no", "such", "similar"})


def happening_in_passing(doc, trigger, tokmap: dict[int, int]):
    """The happening noun the event at ``trigger`` is, when it is named inside another noun's phrase
    (see the module doc), else None."""
    noun = trigger_root(doc, trigger)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().names:
        return None
    if noun.i > 0 and doc[noun.i - 1].text == "-":
        return None  # the tail of a hyphenated word: "the cease-fire" is no fire
    if any(t.i in tokmap for t in noun.subtree) or trailing_date(noun, tokmap) is not None:
        return None  # "survivors of Monday's bombing", "within months of his capture on March 26, 1996": its own date
    if any(t.i in tokmap for t in _holder(noun).subtree):
        return None  # "a Nov. 22 shooting scene": the date in the holding phrase is the happening's
    heads = word_list("passing_heads.txt")
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in heads:
        # "the bombing victims", "shooting survivors": the compound names a happening the head's people
        # or things are of; not one marked as another ("a second bombing victim" marks the head)
        if any(c.lower_ in _OTHER for c in noun.children) or any(c.lower_ in _OTHER for c in noun.head.children):
            return None
        return noun
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _NESTING_PREPS \
            and prep.head.lemma_.lower() in heads and definite_happening(noun):
        return noun
    return None


def _holder(noun):
    """The noun whose phrase holds the happening noun: the head of a compound ("shooting victims"), the
    noun a preposition hangs on ("survivors of the bombing"); the noun itself otherwise."""
    if noun.dep_ == "compound":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return noun.head.head
    return noun


def date_after_the_noun(doc, trigger, tokmap: dict[int, int]) -> int | None:
    """The timex index of a date written right after the happening noun at ``trigger`` ("the attack
    last week", "the shooting at a school on Monday") that the parser hung on the clause's verb, when
    that verb has another date of its own; else None."""
    noun = trigger_root(doc, trigger)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().names or _holder(noun).i == noun.i:
        return None  # (a direct argument of the verb - "released a statement Sunday" - is its act)
    k = trailing_date(noun, tokmap)
    if k is None:
        return None
    after = next(t for t in doc[noun.right_edge.i + 1:] if tokmap.get(t.i) == k)
    verb = first_verb_from(noun, 6)
    if verb is None or not _hung_on(after, verb, tokmap):
        return None
    own = {tokmap[t.i] for t in verb.subtree if t.i in tokmap and _hung_on(t, verb, tokmap)}
    return k if own - {k} else None


def trailing_date(noun, tokmap: dict[int, int]) -> int | None:
    """The timex index of a date written right after the noun's phrase, bare or after "on" / "in" / "at"
    ("the attack last week", "his capture on March 26, 1996"), when the noun's own phrase holds none."""
    doc = noun.doc
    if any(t.i in tokmap for t in noun.subtree):
        return None  # the date is in the noun's own phrase: the parse walk finds it
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in _DATE_PREPS and doc[after].dep_ == "prep":
        after += 1
    return tokmap.get(after) if after < len(doc) else None


def _hung_on(tok, verb, tokmap: dict[int, int]) -> bool:
    """The date expression holding ``tok`` hangs on ``verb`` directly ("visited ... last week") or through
    one preposition ("attended ... on Monday")."""
    k = tokmap[tok.i]
    root = tok
    while root.head.i != root.i and tokmap.get(root.head.i) == k:
        root = root.head
    head = root.head
    if head.dep_ == "prep" and head.i != verb.i:
        head = head.head
    return head.i == verb.i
