"""Phrases in copy written all in capitals that the model or the joining of units reads as names.

In wire copy set in capitals ("OVER THE PAST FEW DAYS, PRESS REPORTS MENTIONED ECUADOR AS ...") the tagger loses the
case that tells a name from a clause, so it tags verbs as proper nouns and whole prepositional phrases as
organisations.  Two readings of the words themselves undo that:

- a word the lexicon knows only as a verb's past form ("MENTIONED": its stem "mention" is a verb, and the lexicon
  lists "mentioned" as no adjective or noun, unlike "UNITED", "ARMED" or "ACCUSED") is no word of a name, so two units
  on either side of it are two mentions ("PRESS" and "ECUADOR", not "PRESS REPORTS MENTIONED ECUADOR");
- an entity that opens with a preposition ("IN TELEPHONE CALLS TO LOCAL RADIO STATIONS") or runs through such a verb
  is a phrase, not a name: a name may hold a preposition ("BANK OF AMERICA") but does not begin with one.  Its words
  are left to the knowledge base's own units.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

PAST_ENDINGS = (("ed", "e"), ("ed", ""))  # the model's lemmatizer rules for regular past forms


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(verb lemmas, adjective and noun forms) of the model's lemmatizer tables (WordNet's); empty without them."""
    from dateline.nlp import lemmatizer_tables

    lookups = lemmatizer_tables()
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset(), frozenset()
    index = lookups.get_table("lemma_index")
    verbs = frozenset(index["verb"]) if "verb" in index else frozenset()
    others = frozenset(w for pos in ("adj", "noun") if pos in index for w in index[pos])
    return verbs, others


def only_a_past_verb(word: str) -> bool:
    """"mentioned", "killed": a regular past form of a verb the lexicon knows, and no adjective or noun of its own."""
    verbs, others = _lexicon()
    word = word.lower()
    if word in others or not word.endswith("ed"):
        return False
    return any(word[:-len(end)] + new in verbs for end, new in PAST_ENDINGS)


def verb_in_capitals(tok: Token) -> bool:
    """A word written in capitals that is only a verb's past form: it parts the units around it."""
    return tok.is_upper and len(tok) > 2 and only_a_past_verb(tok.text)


def phrase_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """Is the entity ``doc[start:end]``, written all in capitals, a phrase rather than a name: opened by a
    preposition ("IN TELEPHONE CALLS TO LOCAL RADIO STATIONS") or running through a verb ("RADIO REPORTS MENTIONED
    PANAMA AS")?"""
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not all(t.is_upper for t in words):
        return False
    opened_by_preposition = words[0].i == start and doc[start].tag_ == "IN" and doc[start].pos_ in ("ADP", "SCONJ")
    return opened_by_preposition or any(verb_in_capitals(t) for t in words)
