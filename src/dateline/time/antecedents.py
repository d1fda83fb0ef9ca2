"""A happening named again: "the shooting" takes the date the story gave it earlier.

A news story dates its happening once, in the lede ("On Tuesday, a gunman opened fire at a
school"), and names it again later with a definite noun and no date: "The shooting left five
dead", "Police said the attack ...", "the murder of a physician".  Without help such a mention
falls back on the narrative time or the date line.  Here it takes the date of the last earlier
word of the same kind of happening (``data/happenings.tsv``: shooting / shoot / gunman / opened
fire; attack / bombing / blast) that a date governs in its own clause.

Conservative on purpose:

- the mention is a definite noun ("the", "this", "that", a possessive: "his murder"), the head
  of its phrase, not one marked as another happening ("another attack", "a second vote", "the
  next round", "the previous election");
- the event is that noun, or a verb that tells the happening itself with the noun as subject
  ("the blast injured 20") or object ("the group that carried out the attack", "the attack was
  carried out by"; ``data/happening_verbs.tsv``), or an act inside it ("five were killed in the
  attack"), not a later act about it ("claimed responsibility for the attack");
- a name the noun carries ("Khashoggi's killing", "the resignation of Luis Rivera Marín") is
  in the earlier word's sentence;
- the earlier word is dated by the parse walk of :mod:`dateline.time.attachment` (a date in its
  own clause), not by the narrative time or the date line, and comes before the mention;
- the mention's own clause has no date (the caller asks only then).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.model import Span
from dateline.time.attachment import EARLIER, WITHIN_PREPS, Hints, attached, trigger_root

_DATA = Path(__file__).parent / "data"
_DEFINITE = {"the", "this", "that", "these", "those"}
# a modifier that makes the noun another happening than the one told before
_OTHER = {"another", "other", "second", "third", "fourth", "next", "previous", "earlier", "prior", "last",
          "first", "former", "similar", "new", "future", "further", "possible", "potential", "planned",
          "upcoming", "coming", "past", "recent", "latest", "any", "every", "each", "some", "no", "such",
          "same"}


@dataclass(frozen=True)
class Lexicon:
    told_by: dict[str, frozenset[str]]  # "lemma" / "lemma/v" / "lemma/n" / "verb+object" -> kinds it tells
    names: dict[str, frozenset[str]]  # noun lemma -> kinds it names again
    subject_verbs: frozenset[str]
    object_verbs: frozenset[str]
    within_verbs: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] in ("kind", "role"):
            continue
        out.append(cells)
    return out


def _words(cell: str) -> list[str]:
    return [w.strip() for w in cell.split(",") if w.strip()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    told_by: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for kind, named, told in _rows("happenings.tsv"):
        for w in _words(named):
            names.setdefault(w.removesuffix("/n"), set()).add(kind)
        for w in _words(told):
            told_by.setdefault(w, set()).add(kind)
    roles = {row[0]: _words(row[1]) for row in _rows("happening_verbs.tsv")}
    return Lexicon({k: frozenset(v) for k, v in told_by.items()}, {k: frozenset(v) for k, v in names.items()},
                   frozenset(roles.get("subject", ())), frozenset(roles.get("object", ())),
                   frozenset(roles.get("within", ())))


def _kinds_of(tok) -> frozenset[str]:
    """The kinds of happening an earlier word tells (a noun, a verb, or a verb with its object)."""
    lex = lexicon().told_by
    lemma = tok.lemma_.lower()
    found: set[str] = set()
    if tok.pos_ == "VERB":
        found |= lex.get(lemma + "/v", frozenset())
        for c in tok.children:
            if c.dep_ in ("dobj", "prt"):
                found |= lex.get(f"{lemma}+{c.lemma_.lower()}", frozenset())
    elif tok.pos_ == "NOUN":
        found |= lex.get(lemma + "/n", frozenset()) | lex.get(lemma, frozenset())
    return frozenset(found)


def _definite(noun) -> bool:
    """"the shooting", "this attack", "his murder"; not "a shooting", "another attack"."""
    if noun.pos_ != "NOUN" or noun.dep_ == "compound":
        return False
    if noun.i > 0 and noun.doc[noun.i - 1].text == "-":
        return False  # the tail of a hyphenated word: "the cease-fire" is no fire
    if any(c.lower_ in _OTHER for c in noun.children if c.dep_ in ("det", "amod", "nummod", "advmod")):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in noun.children)


def happening_noun(noun) -> bool:
    """A noun of a kind of happening ("an attack", "the shooting", "his death"), definite or not."""
    return noun.pos_ == "NOUN" and (bool(_kinds_of(noun)) or noun.lemma_.lower() in lexicon().names)


def definite_happening(noun) -> bool:
    """A definite noun naming a bounded happening ("the airstrike", "the attack", "this blast")."""
    return noun.lemma_.lower() in lexicon().names and _definite(noun)


def named_again(doc, trigger: Span, dates: dict[int, int] | None = None):
    """The definite happening noun the event at ``trigger`` is, or tells (None if there is none).

    ``dates`` maps the tokens of date expressions (bounds included): a noun with a date anywhere in
    its phrase ("the judge's ruling, which is expected early next week", "the deaths ... when the
    group held power in the late 1970s") is not the earlier happening named again."""
    tok = trigger_root(doc, trigger)
    if tok is None:
        return None
    lex = lexicon()
    nouns = [tok]
    if tok.pos_ in ("VERB", "AUX"):
        lemma = tok.lemma_.lower()
        nouns = [c for c in tok.children
                 if c.dep_ in ("nsubj", "nsubjpass") and lemma in lex.subject_verbs
                 or c.dep_ in ("dobj", "nsubjpass") and lemma in lex.object_verbs]  # "the attack was carried out"
        if lemma in lex.subject_verbs:
            # the agent of a passive is the verb's subject: "the building was damaged by the blast" tells
            # what the blast did, as "the blast damaged the building" does
            nouns += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # an act inside the happening: "five people were killed in the attack" (as "killed in the
        # 1996 bombing" takes the bombing's own date in the parse walk)
        if lemma in lex.within_verbs:
            nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in WITHIN_PREPS
                      for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "relcl" and lemma in lex.object_verbs and tok.head.pos_ == "NOUN" \
                and not any(c.dep_ == "dobj" for c in tok.children):
            nouns.append(tok.head)  # "the attack that the group carried out"
        if tok.dep_ == "relcl" and lemma in lex.subject_verbs and tok.head.pos_ == "NOUN" \
                and relative_pronoun_subject(tok):
            nouns.append(tok.head)  # "the blast, which killed 20": what the happening itself did
    for noun in nouns:
        if noun.lemma_.lower() in lex.names and _definite(noun) \
                and not (dates and any(t.i in dates for t in noun.subtree)):
            return noun
    return None


def relative_pronoun_subject(verb) -> bool:
    """Is the relative pronoun the subject of this relative clause ("the blast, *which* killed 20"), so
    the clause tells what its noun did - not what was done to it ("the march, which they rejected")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def dated_words(doc, tokmap: dict[int, int], hints: Hints | None) -> list[tuple[int, frozenset[str], int]]:
    """(token index, kinds, timex index) of every word of a kind of happening that a date governs
    in its own clause, in text order."""
    out = []
    for tok in doc:
        kinds = _kinds_of(tok)
        if not kinds:
            continue
        k = attached(doc, Span(tok.idx, tok.idx + len(tok.text), tok.text), tokmap, hints)
        if k is None or k < 0 or not _own_clause(tok, k, tokmap):
            continue
        out.append((tok.i, kinds, k))
    return out


def _own_clause(word, k: int, tokmap: dict[int, int]) -> bool:
    """The earlier word's date is its own: it sits in the verb's clause ("Slepian was shot in the
    back on Friday night"), in the noun's phrase ("Friday's shooting", "the shooting on Friday")
    or in the clause the noun is an argument of ("an explosion ripped through the market on
    Monday"); not a date further up that the parse walk climbed to ("police said on Sunday the
    shooting was ...", "an advertisement made last week, before Slepian died").  Stricter than
    the walk, since a wrong date here spreads to every later mention."""
    owner = word
    if word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.head.pos_ in ("VERB", "AUX"):
        owner = word.head
    return any(tokmap.get(t.i) == k for t in owner.subtree)


def antecedent_date(noun, dated: list[tuple[int, frozenset[str], int]]) -> int | None:
    """The timex index of the last dated word before ``noun``'s phrase that tells its kind (and
    names the participants the noun names, if it names any)."""
    kinds = lexicon().names.get(noun.lemma_.lower(), frozenset())
    start = noun.left_edge.i
    names = _named_participants(noun)
    for i, word_kinds, k in reversed(dated):
        if i >= start or not word_kinds & kinds:
            continue
        if names and not names & {t.lower_ for t in noun.doc[i].sent if t.pos_ == "PROPN"}:
            continue  # "the resignation of Luis Rivera Marín" is not the governor's resignation
        return k
    return None


def _named_participants(noun) -> set[str]:
    """The names in the noun's possessor or "of" phrase ("Khashoggi's killing", "the murder of
    Slepian"), lower-cased; empty for a pronoun or a common noun ("his murder", "of a physician")."""
    out: set[str] = set()
    for c in noun.children:
        heads = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "of" else []
        for h in heads:
            out |= {t.lower_ for t in h.subtree if t.pos_ == "PROPN"}
    return out


# a participant already given: a name, a definite phrase, a personal pronoun ("Slepian was shot",
# "shot the victims", "he was shot"), not a new one ("a man was shot", "two others were shot")
_GIVEN_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it"}


def _given(noun) -> bool:
    if noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in _GIVEN_PRONOUNS
    return noun.pos_ == "NOUN" and _definite(noun)


def retold(verb, dated: list[tuple[int, frozenset[str], int]]) -> int | None:
    """A happening told again by its verb: the timex index of the last dated word of the same kind
    (:func:`dated_words`) in an earlier sentence, when the verb tells a kind of happening
    (``data/happenings.tsv``: "shot", "killed", "exploded") of participants already given - its
    subject or object a name, a definite phrase or a personal pronoun ("Slepian ... was shot to
    death at 10 p.m." after "he was shot to death last Oct. 23"); a participant brought in new ("a
    man was shot", "gunmen killed two others") may be another happening of the kind.  None otherwise.
    Event dating uses it for the day of a bare time of day (``dating._clocks_on_retold``); dating
    every such verb by it was measured and not kept (docs/time.md, session 13)."""
    if verb is None or verb.pos_ != "VERB":
        return None
    kinds = _kinds_of(verb)
    if not kinds:
        return None
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not args or not all(_given(a) for a in args):
        return None
    start = verb.sent.start
    for i, word_kinds, k in reversed(dated):
        if i < start and word_kinds & kinds:
            return k
    return None
