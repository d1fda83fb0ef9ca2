"""The trigger lexicon (``data/triggers.tsv``) and modality cues (``data/modality.tsv``), and matching.

A trigger is a token that reports an event.  :func:`find_triggers` returns, for each trigger token in a
spaCy ``Span`` (a sentence), the lexicon entries it matches: verb and noun lemmas, verbs with a
particular object ("cut aid"), and multi-word phrases matched on lemmas ("call for", "house arrest").
The most specific entry comes first: verb_obj, then phrase, then verb/noun.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from dateline.events.armed_names import ARMED_GROUP_WORD, named_armed_group
from dateline.events.clause_parts import ends_entity
from dateline.events.complements import COMPLEMENT_MARK, complement_words
from dateline.events.memo import LastOnly
from dateline.events.ruled_measures import ruled_measures
from dateline.events.tables import read_table, word_class

KIND_RANK = {"verb_obj": 0, "phrase": 1, "verb": 2, "noun": 2}
# The parts of speech that can have single-word entries (with words tagged VB*: see _unruled_entries).
ENTRY_POS = frozenset({VERB, AUX, NOUN, PROPN})


def most_specific(hits: list) -> list:
    """The hits of the most specific kind among ``hits`` (verb+object over phrase over verb/noun): the entries
    that say what the word means here ("clashed *with police*" over the bare "clash")."""
    best = min((KIND_RANK[h.entry.kind] for h in hits), default=None)
    return [h for h in hits if KIND_RANK[h.entry.kind] == best]

VETO_CONDITIONS = {"object", "direct_object", "object_modifier", "lacks_object", "subject", "lacks_subject", "has_dep", "lacks_dep", "has_prep", "lacks_prep",
                   "lacks_head", "has_head", "lacks_clause", "has_clause", "question", "own_object", "modifier",
                   "next_word", "own_dep", "object_dep", "has_infinitive", "lacks_infinitive", "parenthetical",
                   "present_relative"}
OWN_DETERMINERS = {"its", "their", "his", "her", "our", "my", "own"}
# Words inside these entities are dates, amounts or counts, never triggers ("in *March*", "a *strike* price").
NON_EVENT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
TIME_PREPOSITIONS = {"after", "before", "during", "since", "until", "till", "following", "amid", "ahead"}
# A gerund after "from" is what a verb of hindering keeps its object from doing ("barred them *from travelling*",
# "were prevented *from leaving*"): an object word of a verb+object entry (coerce.restrict_movement).
GERUND_PREPOSITIONS = frozenset({"from"})
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "pobj", "obj", "dative", "oprd"}
# An object word written ^word in a verb+object entry matches only the object itself (its head noun, a conjunct, the
# noun of its "of" phrase, the object of the verb's preposition), not a modifier: "dropped *bombs*", "a barrage *of
# rockets*", but not "dropped the *missile* defence system" (object_heads).
HEAD_MARK = "^"
# A verb or noun entry's second field lists prepositions that cancel it, each written !word: "firing|!of" (the firing
# *of* a commissioner is a dismissal, not shooting).
NOT_MARK = "!"
# Where a verb+object entry's third field looks for the preposition or particle it needs: "set *off* a bomb", "the army
# was called *in*" (the parser makes some particles an oprd or advmod), "used catapults *against* the houses" (the
# parser hangs the target on the object), "lent its support *to* the campaign" (the parser makes 'to' after a verb of
# giving a dative).
PARTICLE_DEPS = frozenset({"prep", "prt", "oprd", "advmod", "agent", "dative"})


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    mode: str | None
    kind: str  # verb | noun | phrase | verb_obj
    context: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """A lexicon entry matched at a trigger token (``token`` = index of the head token in the doc)."""

    entry: Entry
    token: int
    start: int  # token span of the matched words (doc indices), for the trigger span
    end: int


class Lexicon:
    """Indexes of the trigger lexicon; build once with :func:`lexicon`."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._banned_preps: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.verbs: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        self.verb_obj: dict[str, list[tuple[frozenset[str], Entry]]] = {}
        # object words written ^word: matched only by the object itself, never by a modifier of it (entry id -> words)
        self.head_objects: dict[str, frozenset[str]] = {}
        # a verb+object entry's third field: the prepositions or particles the verb needs (entry id -> words); part of
        # the match, not a not-an-event rule (the verb with another object is not cancelled: model._vetoed)
        self.particles: dict[str, frozenset[str]] = {}
        self.phrases: list[tuple[list[str], Entry]] = []
        for row in read_table("triggers.tsv"):
            entry = Entry(row["id"], row["type"], row["mode"] or None, row["kind"],
                          tuple(c for c in (row.get("context") or "").split(";") if c))
            if entry.id in self.entries:
                raise ValueError(f"triggers.tsv: duplicate id {entry.id}")
            self.entries[entry.id] = entry
            pattern = row["pattern"]
            if entry.kind == "verb_obj":
                verbs, objects, *particles = pattern.split("|")
                words = [o.strip() for o in objects.split(",")]
                objs = frozenset(o.lstrip(HEAD_MARK) for o in words)
                heads = frozenset(o[len(HEAD_MARK):] for o in words if o.startswith(HEAD_MARK))
                if heads:
                    self.head_objects[entry.id] = heads
                if particles:  # a third field: the verb needs one of these prepositions or particles
                    self.particles[entry.id] = _value_set(particles[0])
                for v in verbs.split(","):
                    self.verb_obj.setdefault(v.strip(), []).append((objs, entry))
            elif entry.kind == "phrase":
                for p in pattern.split(","):
                    self.phrases.append((p.strip().split(), entry))
            else:
                index = self.verbs if entry.kind == "verb" else self.nouns
                pattern, _, particles = pattern.partition("|")
                if particles:  # a second field: prepositions the word must not have (!of)
                    banned = _value_set(particles)
                    if not all(b.startswith(NOT_MARK) for b in banned):
                        raise ValueError(f"triggers.tsv: {entry.id}: write the cancelling prepositions as !word")
                    self._banned_preps[entry.id] = [("has_prep", frozenset(b[len(NOT_MARK):] for b in banned))]
                for w in pattern.split(","):
                    index.setdefault(w.strip(), []).append(entry)
        self._matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = {}
        self._verb_keys: dict[tuple[str, str], str | None] = {}
        self.vb_tags: dict[int, bool] = {}  # tag hash -> a VB* tag?
        # "not an event" rules (data/not_triggers.tsv): entry id (or id:lemma) -> [(condition, values)]
        self.vetoes: dict[str, list[tuple[str, frozenset[str]]]] = {k: list(v) for k, v in self._banned_preps.items()}
        for row in read_table("not_triggers.tsv"):
            # ("id:lemma|id2:lemma": one row for several entries that read the same sense, its words written once)
            targets = [t.strip() for t in row["entry"].split("|")]
            if unknown := [t for t in targets if t.split(":")[0] not in self.entries]:
                raise ValueError(f"not_triggers.tsv: unknown entry {', '.join(unknown)}")
            if row["condition"] not in VETO_CONDITIONS:
                raise ValueError(f"not_triggers.tsv: unknown condition {row['condition']}")
            if row["condition"] == "object_modifier":  # "nouns|marks", as verb_obj patterns are "verbs|objects"
                nouns, _, marks = row["values"].partition("|")
                values = (_value_set(nouns), _value_set(marks))
            else:
                values = _value_set(row["values"])
            for target in targets:
                entry_id, _, lemmas = target.partition(":")  # ("id:lemma,lemma": one rule for each lemma named)
                for key in [f"{entry_id}:{lemma.strip()}" for lemma in lemmas.split(",")] if lemmas else [entry_id]:
                    self.vetoes.setdefault(key, []).append((row["condition"], values))

    def vetoed(self, entry: Entry, tok: Token, lemma: str) -> bool:
        """Does a "not an event" rule cancel ``entry`` at ``tok``?"""
        rules = self.vetoes.get(entry.id, []) + self.vetoes.get(f"{entry.id}:{lemma}", [])
        if not rules:
            return False
        deps = {c.dep_ for c in tok.children}
        # (the noun a participle describes or a relative pronoun object stands for is the word's object too: "the
        # files *destroyed*", "the ring *that* police have *dismantled*"; session 56, blind sample 9)
        objects = object_lemmas(tok) | _stood_for_objects(tok) | _shared_passive_subject(tok)
        if tok.pos_ == "ADP":  # a phrase headed by its preposition: "on high alert *for a flu pandemic*" (session 52)
            objects |= {o for c in tok.children if c.dep_ == "pobj" for o in object_lemmas(c)}
        for condition, values in rules:
            if condition == "object" and objects & values:
                return True
            if condition == "direct_object" and {_lemma(o) for o in _objects(tok, prepositions=False)
                                                 if not _task_unit(o)} & values:
                return True
            if condition == "object_modifier" and any(_marked(o, values[1]) for o in _objects(tok) if _lemma(o) in values[0]):
                return True
            if condition == "has_dep" and deps & values:
                return True
            if condition == "own_dep" and tok.dep_ in values:
                return True
            if condition == "present_relative" and tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBZ") and any(
                    c.dep_ == "advmod" and c.lower_ in values for c in tok.children):
                return True  # "the area *where* Colombia, Peru and Brazil *meet*": a border (session 50)
            if condition == "object_dep" and any(_bare_dependent(o, values) for o in tok.children if o.dep_ == "dobj"):
                return True
            if condition == "lacks_dep" and not deps & values:
                return True
            if condition == "lacks_prep" and not any(c.dep_ == "prep" and c.lower_ in values and not _time_prep(c)
                                                     for c in _own_and_support_children(tok)):
                return True
            if condition == "has_prep" and any(c.dep_ == "prep" and c.lower_ in values for c in tok.children):
                return True
            if condition == "lacks_object" and not objects & values:
                return True
            if condition == "subject" and _subject_or_controller(tok) & values:
                return True
            if condition == "lacks_subject" and not _subject_or_controller(tok) & values:
                return True
            if condition == "lacks_head" and (tok.head.i == tok.i or _lemma(tok.head) not in values):
                return True
            if condition == "has_head" and tok.head.i != tok.i and set(base_forms(tok.head)) & values:
                return True
            if condition == "modifier" and any(c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in values
                                               for c in tok.children):
                return True
            if condition in ("lacks_clause", "has_clause"):
                governs = any(c.dep_ in ("xcomp", "ccomp") and set(base_forms(c)) & values for c in tok.children)
                if governs == (condition == "has_clause"):
                    return True
            if condition == "parenthetical" and tok.dep_ in ("acl", "prep") and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
                    and tok.right_edge.i + 1 < len(tok.doc) and tok.doc[tok.right_edge.i + 1].text == ",":
                return True  # "the nda allies*, barring* the shiv sena*,* want to know": "except" (session 48)
            if condition in ("has_infinitive", "lacks_infinitive"):
                # a "to"-infinitive complement ("*challenged* the Tories *to publish*"), of any verb when the values are
                # "*"; or one the parser hung as a clause of purpose ("*rallied to beat* Enqvist": advcl, session 50)
                governs = any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children)
                              and ("*" in values or set(base_forms(c)) & values) for c in tok.children)
                if governs == (condition == "has_infinitive"):
                    return True
            if condition == "question" and (any(_asks(c, values) for c in tok.children) or _after_quoted_question(tok)):
                return True
            if condition == "next_word" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in values:
                return True  # a particle right after the verb, which the parser may take for a preposition
            if condition == "own_object" and any(
                    c.dep_ == "dobj" and any(g.dep_ in ("poss", "amod") and g.lower_ in OWN_DETERMINERS for g in c.children)
                    for c in tok.children):
                return True
        return False

    def verb_key(self, lemma: str, low: str) -> str | None:
        """The form under which a verb with this lemma and lower-case form is listed (the lemma, else the
        first of its :func:`base_forms` that is: the small model sometimes lemmatises wrongly), None when
        the lexicon lists none of them (cached per word form)."""
        key = (lemma, low)
        if key not in self._verb_keys:
            if lemma in self.verbs or lemma in self.verb_obj:
                found = lemma
            else:
                found = next((f for f in _base_forms(lemma, low) if f in self.verbs or f in self.verb_obj), None)
            self._verb_keys[key] = found
        return self._verb_keys[key]

    def matchers(self, vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Phrase matchers on lemmas and on lower-case forms (the small model lemmatises some nouns
        oddly: "talks").  PhraseMatcher looks phrases up by hash: far cheaper than a token Matcher."""
        key = id(vocab)
        if key not in self._matchers:
            by_lemma, by_lower = PhraseMatcher(vocab, attr="LEMMA"), PhraseMatcher(vocab, attr="LOWER")
            for i, (words, entry) in enumerate(self.phrases):
                by_lemma.add(f"{entry.id}#{i}", [Doc(vocab, words=words, lemmas=words)])
                by_lower.add(f"{entry.id}#{i}", [Doc(vocab, words=words)])
            self._matchers[key] = (by_lemma, by_lower)
        return self._matchers[key]

def _value_set(text: str) -> frozenset[str]:
    return frozenset(v.strip() for v in text.split(",") if v.strip())


def _objects(tok: Token, prepositions: bool = True) -> list[Token]:
    """The word's object nouns: direct object, passive subject, attribute, the noun a participle describes ("the
    files *destroyed*") and, with ``prepositions``, the objects of its prepositions (not of a time preposition);
    conjuncts included."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj", "attr", "oprd")]
    # the predicate noun of a verbless small clause the parser made a complement clause ("declared the group *a
    # terrorist organisation*": the noun with the group as its subject), as "oprd" would have it (session 41)
    heads += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(
        g.dep_ == "nsubj" for g in c.children)]
    if _describes(tok):
        heads.append(tok.head)
    if (zero := _zero_relative_object(tok)) is not None:
        heads.append(zero)
    if prepositions:
        heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ not in TIME_PREPOSITIONS
                  for g in c.children if g.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts)]


# Nouns of a kind that a relative clause may hang on in place of the noun of their "of" phrase ("the *kind of* campaign
# the others are fighting").
KIND_NOUNS = frozenset({"kind", "sort", "type"})


def _zero_relative_object(tok: Token) -> Token | None:
    """The noun a relative clause with no relative pronoun acts on ("the kind of *campaign* the others are *fighting*":
    a subject of its own and no object, so the noun it hangs on is its object - or, for a noun of a kind, the noun of
    its "of" phrase).  Session 52, a probe of unjudged news."""
    if tok.dep_ != "relcl" or tok.head.pos_ != "NOUN" or not any(
            c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "prep", "dative") or c.tag_ in RELATIVE_TAGS
           for c in tok.children):
        return None
    noun = tok.head
    if noun.lemma_.lower() in KIND_NOUNS:
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    return noun


def object_heads(tok: Token) -> set[str]:
    """Lemmas of the verb's objects themselves, for ^word object words: direct object, passive subject (conjuncts
    included) and the noun of their "of" phrase ("fired a barrage *of rockets*"), the noun a participle describes
    ("the bombs *dropped* on the town"), the objects of the verb's prepositions (not of a time preposition) - no
    compound or other modifier."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if _describes(tok):
        heads.append(tok.head)
    relative = _relative_object(tok)
    if relative is not None:
        heads.append(relative)
    heads = [t for h in heads for t in (h, *h.conjuncts)]
    # a named armed group as the object ("drove *Boko Haram* out"), for entries that list armed people by their nouns
    named = {ARMED_GROUP_WORD} if any(named_armed_group(h) for h in heads) else set()
    heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in heads for g in ruled_measures(h)]  # "revoked the decision on *detention*"
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ not in TIME_PREPOSITIONS
              for g in c.children if g.dep_ == "pobj"]
    heads += _compound_preposition_objects(tok)
    return {_lemma(t) for t in heads} | named


def _compound_preposition_objects(tok: Token) -> list[Token]:
    """The objects of a two-word preposition, which the parser hangs as a preposition on a preposition with no object
    of its own ("pulled *out of* the treaty", "backed *away from* the deal"): what the verb acts on."""
    return [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ not in TIME_PREPOSITIONS
            and not any(g.dep_ == "pobj" for g in c.children)
            for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]


def _has_particle(tok: Token, words: frozenset[str]) -> bool:
    """Does the verb have one of ``words`` as a preposition or particle (not one whose object is a date or time), on
    itself or on its direct object or passive subject (see PARTICLE_DEPS)?"""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ in PARTICLE_DEPS and c.lower_ in words and not _time_prep(c)
               for h in holders for c in h.children)


# Modifiers that make a group noun a unit of people on a task ("a *patrol* party", "a *police* party", "a *search*
# party"): people, whatever the head noun names otherwise (data/word_classes.tsv).
TASK_UNIT_MODIFIERS = word_class("task_unit_modifiers")


def _task_unit(noun: Token) -> bool:
    """Is ``noun`` a group named by its task ("Security Forces *patrol parties*", "a police party"), not a political
    party or a body's leadership, as a direct-object rule would read the head alone?  Session 51."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in TASK_UNIT_MODIFIERS for c in noun.children)


def _describes(tok: Token) -> bool:
    """Is the word a past participle describing a noun after it ("the number of files *destroyed* by the
    ministry", "the film *directed* by Soderbergh")?  That noun is what it acts on."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _relative_object(tok: Token) -> Token | None:
    """The noun a relative clause's verb acts on through its relative pronoun ("the embargo, *which* Washington
    imposed on Cuba", "the sanctions, *which* were imposed by the EU"): the pronoun stands for the noun the clause
    hangs on."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(objects) == 1 and (objects[0].tag_ in RELATIVE_TAGS or objects[0].lower_ == "that"):  # ("that": IN at times)
        return tok.head  # (not a clause the parser gave a second object: "sanctions *that* the EU imposed were ...")
    return None


def stood_for_object(tok: Token) -> Token | None:
    """The object a verb reaches through another word: the noun its past participle describes ("sanctions *imposed*
    by the EU on Russia") or the noun its relative pronoun stands for ("the sanctions, which were *imposed* by the
    EU"); None for a verb with its own object."""
    return tok.head if _describes(tok) else _relative_object(tok)


def _stood_for_objects(tok: Token) -> set[str]:
    """:func:`stood_for_object`'s lemma, for verb+object matching."""
    noun = stood_for_object(tok)
    return {_lemma(noun)} if noun is not None else set()


def _shared_passive_subject(tok: Token) -> set[str]:
    """The lemma of the passive subject a past participle shares with the passive it is coordinated with ("The advert
    was directed by X and *shot* by Y": the advert was shot), for a participle with no subject of its own.  Only the
    plain coordination: roles.shared_passive_subject reads the other shapes (split "be", "after being", "if found")
    for the roles, but roles is built on this module and the not-an-event rules need no more than the object word."""
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return set()
    return {_lemma(c) for c in tok.head.children if c.dep_ == "nsubjpass"}


def _bare_dependent(obj: Token, labels: frozenset[str]) -> bool:
    """Has the object a dependent with one of ``labels`` after it and not set off by a comma - a second noun the verb
    gives its object ("called Obama *a son of a whore*", read as an apposition), not an aside about it ("called Obama,
    *his counterpart*, on Tuesday")?"""
    return any(c.dep_ in labels and c.i > obj.i and not any(t.is_punct for t in obj.doc[obj.i + 1:c.left_edge.i])
               for c in obj.children)


def _marked(noun: Token, marks: frozenset[str]) -> bool:
    """Does ``noun`` carry one of ``marks``: a modifier word (lemma or form, anywhere in the modifier: "share
    *price* targets"), an entity label of a modifier ("the *2005* target": DATE), or a preposition it governs
    ("its targets *for* 2005")?"""
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i == noun.head.i and after.lower_ in marks \
            and not any(g.ent_type_ in ("DATE", "TIME") and not g.like_num for g in after.children):
        # the parser hangs the object's own complement on the verb ("hit its targets *for* 2005"); a time is the
        # verb's ("for a second day"), a bare year the object's deadline
        return True
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in marks:
            return True
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "nummod") and any(
                t.lemma_.lower() in marks or t.lower_ in marks or t.ent_type_ in marks for t in c.subtree):
            return True
    return False


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1)
def modality_cues() -> dict[tuple[str, str], str]:
    """(cue, where) -> effect."""
    return {(r["cue"], r["where"]): r["effect"] for r in read_table("modality.tsv")}


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, frozenset[str]]:
    """cue word -> the places (``where``) data/modality.tsv lists it for."""
    index: dict[str, set[str]] = {}
    for cue, where in modality_cues():
        index.setdefault(cue, set()).add(where)
    return {cue: frozenset(places) for cue, places in index.items()}


def cue_places(tok: Token) -> frozenset[str]:
    """The places (``where`` of data/modality.tsv) for which one of the word's :func:`base_forms` is a cue:
    ``"control" in cue_places(tok)`` says ``any((f, "control") in modality_cues() for f in base_forms(tok))``
    (cached per word form)."""
    return _cue_places(tok.lemma_.lower(), tok.lower_)


def word_cue_places(word: str) -> frozenset[str]:
    """:func:`cue_places` of a word written out (a cue's word, "consider"), not a token."""
    return _cue_places(word, word)


@lru_cache(maxsize=65536)
def _cue_places(lemma: str, low: str) -> frozenset[str]:
    index = _cue_index()
    return frozenset(p for f in _base_forms(lemma, low) for p in index.get(f, ()))


def base_forms(tok: Token) -> list[str]:
    """The lemma plus naive base forms of the surface word, for when the lemmatiser is wrong."""
    return list(_base_forms(tok.lemma_.lower(), tok.lower_))


@lru_cache(maxsize=65536)
def _base_forms(lemma: str, low: str) -> tuple[str, ...]:
    forms = [lemma, low]
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            # (no "e" after a stem that lost a bare "s": a base in "e" keeps it before "s" - "rapes" - so "she *raps*"
            # is "rap", not "rape"; session 58, a probe of unjudged news)
            forms += [stem] if suffix == "s" else [stem, stem + "e"]
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                forms.append(stem[:-1])  # a consonant doubled before the ending ("teargassed", "kidnapped")
    return tuple(forms)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def object_lemmas(tok: Token, event_modifiers: bool = True) -> set[str]:
    """Lemmas of the verb's objects: direct object, passive subject, and objects of its prepositions
    and particles ("cut aid", "aid was cut", "pull out of the treaty"), a gerund after "from" ("barred
    them from *travelling*"); conjuncts included.
    ``event_modifiers=False`` leaves out the modifiers of an event-noun object (for verb+object
    matching: "launched a *missile* attack" launches an attack, not a missile); the not-an-event rules
    keep them ("issued a *travel* warning")."""
    out: set[str] = set()
    for child in tok.children:
        if child.dep_ == "compound" and tok.pos_ == "NOUN":
            out.add(_lemma(child))  # an event noun's modifier names what it acts on ("*prisoner* exchange")
        elif child.dep_ in ("dobj", "nsubjpass", "obj", "attr", "oprd"):
            out.add(_lemma(child))
            out.update(_lemma(c) for c in child.conjuncts)
            if event_modifiers or _lemma(child) not in lexicon().nouns:
                out.update(_lemma(c) for c in child.children if c.dep_ == "compound")
            for of in child.children:  # "lifted the state *of emergency*", "cut the flow *of aid*"
                if of.dep_ == "prep" and of.lower_ == "of":
                    out.update(_lemma(g) for g in of.children if g.dep_ == "pobj")
            out.update(_lemma(g) for g in ruled_measures(child))  # "revoked the decision *on detention*"
        elif child.dep_ in ("ccomp", "acomp") and child.pos_ == "ADJ":
            out.add(_lemma(child))  # "found the regime *guilty*", "held them *responsible*"
        elif child.dep_ in ("prep", "prt", "agent"):
            if child.lower_ in TIME_PREPOSITIONS:
                continue  # "launched attacks *after* a drone shootdown": when, not what is acted on
            for g in child.children:
                if g.dep_ == "pobj":
                    out.add(_lemma(g))
                elif g.dep_ == "pcomp" and g.tag_ == "VBG" and child.lower_ in GERUND_PREPOSITIONS:
                    out.add(_lemma(g))  # "prevented them *from leaving*": what the verb keeps them from doing
            if child.dep_ == "prt":
                out.add(_lemma(child))
    # "pull out *of the treaty*", "walked out *of the talks*": the parser hangs the noun on the second word
    out.update(_lemma(g) for g in _compound_preposition_objects(tok))
    return out


RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who" standing for the noun a relative clause hangs on
# A word with a verbal and a physical reading ("attacked the convoy" / "attacked the impeachment inquiry"):
# what it is aimed at decides.  Force lands on people, places and property; what a party decides, writes,
# says or runs - a ruling, a law, a plan, a report, an inquiry - can be criticised, not struck (CAMEO 111
# 'Criticize or denounce' against 19 'Fight: use conventional military force'; PLOVER ACCUSE disapprove
# against ASSAULT).  (Only force against words: "dismiss" COERCE/REJECT and "intimidate" COERCE/THREATEN
# are both acts on people, the type model weighs them.)
FORCE_TYPES = frozenset({"ASSAULT"})
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# Event nouns that stand for people or goods in a place, which force can reach ("attacked the protest / the
# meeting / the aid convoy"): an event noun of another type is a verbal target ("attacked the inquiry").
GATHERING_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE", "AID", "CONSULT", "COOPERATE"})
ABSTRACT_NAME_LABELS = frozenset({"LAW", "WORK_OF_ART"})  # "attacked *the Affordable Care Act*"
TARGET_PREPOSITIONS = frozenset({"on", "upon", "against"})  # a noun's target: "the attacks *on* the DEA law"
# Words of a share of a counted set ("received *the other* delegate", "*the remaining* votes"): what is
# received is allotted, not a visitor (data/word_classes.tsv).
ALLOTMENT_WORDS = word_class("allotment_words")


@lru_cache(maxsize=1)
def event_noun_word(tok: Token) -> bool:
    """Is the word, by its lemma or by its form, a noun of the trigger lexicon ("the *massacre*", "*talks*")?  The form
    too: the small model lemmatises some plurals wrongly."""
    nouns = lexicon().nouns
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def force_gerund(tok: Token) -> bool:
    """Is the word a noun in -ing of a verb the lexicon reads as force, which it does not list as a noun ("the
    *torching* of the train": the act, no party)?"""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return False
    verb = lexicon().verb_key(tok.lower_, tok.lower_)
    return verb is not None and any(e.type == "ASSAULT" for e in lexicon().verbs.get(verb, ()))


def verbal_target_nouns() -> frozenset[str]:
    """Nouns naming what can be criticised but not struck (``data/verbal_targets.tsv``)."""
    return frozenset(r["noun"] for r in read_table("verbal_targets.tsv"))


def _aimed_at(tok: Token, prepositions: frozenset[str], modifiers: bool = False) -> list[Token]:
    """What the word is aimed at, with conjuncts ("the attacks on Blackburn, *the DEA law* and ..."): a verb's
    direct object or passive subject; a noun's object of one of ``prepositions`` (a target: "the attacks *on*
    the DEA law"; what a seizure takes: "the seizure *of* arms").  With ``modifiers`` (what a seizure takes),
    also what it is aimed at through a modifier: the noun a verb's participle describes ("arms *seized* last
    week"), a noun's compound ("a *drug* seizure")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in prepositions
                 for g in c.children if g.dep_ == "pobj"]
        if modifiers:
            heads += [c for c in tok.children if c.dep_ == "compound"]
    else:
        heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if modifiers and _describes(tok):
            heads.append(tok.head)
    return [t for h in heads for t in (h, *h.conjuncts)]


def _abstract(target: Token) -> bool:
    """A target force cannot reach: a named law or work, a noun of verbal_targets.tsv, or an event noun the
    lexicon types only outside GATHERING_TYPES ("the impeachment *inquiry*", "the *ban*")."""
    if target.ent_type_ in ABSTRACT_NAME_LABELS and target.pos_ in ("NOUN", "PROPN") and any(
            e.start <= target.i < e.end and len(e) > 1 for e in target.doc.ents):
        return True  # (a name of several words: the small model tags some one-word names of people LAW)
    lemma = _lemma(target)
    if target.pos_ != "NOUN":
        return False
    if lemma in verbal_target_nouns():
        return True
    types = {e.type for e in lexicon().nouns.get(lemma, ())}
    return bool(types) and not types & GATHERING_TYPES


def verbal_target(tok: Token) -> bool:
    """Is the word aimed at something that can only be criticised or rejected (see FORCE_TYPES)?"""
    return any(_abstract(t) for t in _aimed_at(tok, TARGET_PREPOSITIONS))


def ruled_out_types(entries: list[Entry], tok: Token) -> frozenset[str]:
    """The readings of the word that what it is aimed at rules out: force, when the word also reads as words
    and is aimed at a verbal target ("attacked the inquiry"); an attack in any case, when it is aimed at a
    noun of verbal_targets.tsv ("fight the Ebola epidemic", "the fight against corruption"); an attack, when
    a seizure word takes property or is carried out by the authorities (:func:`confiscation`)."""
    types = {e.type for e in entries}
    if types & FORCE_TYPES and types & VERBAL_TYPES and verbal_target(tok):
        return FORCE_TYPES
    # (not when a violence verb+object entry matched: its object is the weapon, "exchanged *fire*", "returned fire")
    if "ASSAULT" in types and not any(e.type == "ASSAULT" and e.kind == "verb_obj" for e in entries) \
            and any(t.pos_ == "NOUN" and _lemma(t) in verbal_target_nouns() for t in _aimed_at(tok, TARGET_PREPOSITIONS)):
        return frozenset({"ASSAULT"})
    if "ASSAULT" in types and any(e.type == "COERCE" and e.mode == "seize" for e in entries) and confiscation(tok):
        return frozenset({"ASSAULT"})
    return frozenset()


# Seizures (PLOVER COERCE seize: 'Police or other authorities confiscating or seizing property', 'executing a
# search', 'carrying out a law enforcement raid') against force (ASSAULT: occupying territory, abducting,
# hijacking - CAMEO 192 and 181).  What is taken and who takes it decide; the nouns are data/seized_things.tsv.
PLACE_OR_PARTY_LABELS = frozenset({"GPE", "LOC", "PERSON", "NORP", "ORG"})
AMOUNT_LABELS = frozenset({"QUANTITY", "MONEY"})  # "seized *two tons* of seahorses", "*$2 million* in cash"
SEIZED_PREPOSITIONS = frozenset({"of", "on"})  # what a seizure noun takes: "the seizure *of* arms"


@lru_cache(maxsize=1)
def seized_things() -> dict[str, str]:
    """noun -> group (property, measure, vehicle, enforcer, territory) of ``data/seized_things.tsv``."""
    return {r["noun"]: r["group"] for r in read_table("seized_things.tsv")}


def _seizers(tok: Token) -> list[Token]:
    """Who carries the seizure out: a verb's subject or passive agent (or its controller's subject: "police
    moved to *seize*"), a noun's modifier or 'by' object ("a *police* raid", "the seizure *by customs*")."""
    t = tok
    if tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        t = tok.head
    out = [c for c in t.children if c.dep_ in ("nsubj", "compound", "poss", "amod")]
    out += [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]
    return [x for h in out for x in (h, *h.conjuncts, *(c for c in h.children if c.dep_ == "compound"))]


def _group(tok: Token) -> str | None:
    things = seized_things()
    return things.get(_lemma(tok)) or things.get(tok.lower_)


def _taken_goods(obj: Token) -> Token:
    """The goods an object names: itself or, for a measure or an amount ("two tons *of seahorses*", "$2 million
    *in cash*"), the noun of its 'of' / 'in' phrase when it has one."""
    if _group(obj) == "measure" or obj.ent_type_ in AMOUNT_LABELS:
        # (a headline names the goods before the measure: "Colombia Seizes 7 Tn *Cocaine* Load", session 41)
        return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for g in c.children if g.dep_ == "pobj"), None) or next(
            (c for c in obj.children if c.dep_ == "compound" and _group(c) == "property"), obj)
    return obj


def _place_or_party(obj: Token) -> bool:
    """An object a seizure by force takes: a named place or party, a person named by a pronoun, a territory."""
    return obj.ent_type_ in PLACE_OR_PARTY_LABELS or obj.pos_ == "PRON" or _group(obj) == "territory"


def confiscation(tok: Token) -> bool:
    """Is the seizure word ``tok`` a confiscation, search or law enforcement raid (COERCE seize) rather than
    force?  Its object is property ("seized two tons of cocaine", "confiscated weapons"; an amount: "seized
    $2 million"), or the authorities carry it out ("customs seized the shipment", "police raided the house")
    and it takes neither a territory nor a named place or party (an unnamed person they seize, "the suspect",
    is arrested: COERCE too).  Seizing a town, a base, hostages or "him" stays as the lexicon has it."""
    objects = _aimed_at(tok, SEIZED_PREPOSITIONS, modifiers=True)
    if not objects or any(_place_or_party(o) for o in objects):
        return False
    goods = [_taken_goods(o) for o in objects]
    if all(g.ent_type_ in AMOUNT_LABELS or _group(g) == "property" for g in goods):
        return True
    if not any(_group(s) == "enforcer" for s in _seizers(tok)):
        return False
    return not any(_place_or_party(g) for g in goods)


def _allotted(tok: Token) -> bool:
    """Is the verb's object a share of a counted set ("received the other delegate", "the remaining votes")?"""
    return any(c.dep_ == "dobj" and any(g.dep_ in ("amod", "det") and g.lower_ in ALLOTMENT_WORDS for g in c.children)
               for c in tok.children)


def verb_reads_as(lemma: str, plover_type: str) -> bool:
    """Has the verb lexicon an entry of ``plover_type`` for the verb ``lemma`` ("kill", "ASSAULT")?  For rules that ask
    what a verb of the clause reports without coding it (a death "in" an act of force, an -ing word of force)."""
    return any(e.type == plover_type for e in lexicon().verbs.get(lemma, ()))


def veto_words(entry_id: str, condition: str) -> frozenset[str]:
    """The words of the not_triggers.tsv rows of ``entry_id`` with ``condition`` (empty when there are none): for a rule
    that reads the same sense as those rows (status: the armed bodies whose "hit back" is force attack with force)."""
    return frozenset().union(*(v for c, v in lexicon().vetoes.get(entry_id, ()) if c == condition))


def token_entries(tok: Token) -> list[Entry]:
    """Single-word lexicon entries at ``tok``: verb+object pairs, verb lemmas, event nouns (no phrases)."""
    return _readings(tok)[0]


def _readings(tok: Token) -> tuple[list[Entry], frozenset[str]]:
    """The word's single-word entries (:func:`token_entries`) and the readings :func:`ruled_out_types` dropped."""
    out = _unruled_entries(tok)
    if not out:  # (most words: nothing to rule out)
        return out, frozenset()
    ruled_out = ruled_out_types(out, tok)
    # "attacked the impeachment inquiry": words; "fought the epidemic": no attack at all
    out = [e for e in out if e.type not in ruled_out]
    if any(e.mode == "visit" for e in out) and _is_verb(tok) and _allotted(tok):
        out = [e for e in out if e.mode != "visit"]  # "received the other delegate": allotted, not hosted
    return out, ruled_out


def force_ruled_out(tok: Token) -> frozenset[str]:
    """The readings of the word that :func:`ruled_out_types` dropped (so that the type model does not bring
    them back).  Read off the last sentence's look-up (:func:`find_triggers` reads every word of it), else
    worked out."""
    doc, start, end, _, ruled = _LAST_SENTENCE
    if doc is tok.doc and start <= tok.i < end:
        return ruled.get(tok.i, frozenset())
    return _readings(tok)[1]


def _unruled_entries(tok: Token) -> list[Entry]:
    """The word's single-word entries that no not-an-event rule cancels, before the reading rules of
    :func:`token_entries`."""
    lex = lexicon()
    out: list[Entry] = []
    pos, tag = tok.pos_, tok.tag_
    verbal = pos in ("VERB", "AUX") or tag.startswith("VB")
    if not verbal and pos not in ("NOUN", "PROPN"):
        return out  # (only verbs and nouns have single-word entries)
    if tok.ent_type_ in NON_EVENT_ENTS:
        return out
    if pos == "PROPN" and tok.ent_type_ == "PERSON" and tok.is_title and tok.ent_iob_ == "B" and not ends_entity(tok):
        return out  # a word that begins a person's name ("UN Secretary General *Ban* Ki-moon"; session 45)
    if tag in ("VBG", "VBN") and tok.dep_ == "amod":
        return out  # a participle describing a noun ("in *fighting* mood", "a *wanted* man") reports no event
    if verbal:
        # (the small model sometimes lemmatises wrongly: "stations", "hoping" -> "hop")
        lemma = lex.verb_key(tok.lemma_.lower(), tok.lower_)
        if lemma is None:
            return out
        if lemma in lex.verb_obj:
            out += _verb_object_entries(tok, lemma, _stood_for_objects(tok))
        out += lex.verbs.get(lemma, ())
    else:
        lemma = _lemma(tok)
        out += lex.nouns.get(lemma, ()) or lex.nouns.get(tok.lower_, ())
        if not out:
            return out
    # A place among the objects vetoes a confiscation ("seized the town"); one in a prepositional phrase does not
    # when the word takes property ("seized two tons of cocaine *at the port*")
    return [e for e in out if not lex.vetoed(e, tok, lemma)
            or (e.type == "COERCE" and e.mode == "seize" and confiscation(tok))]


def _verb_object_entries(tok: Token, lemma: str, extra_objects: set[str]) -> list[Entry]:
    """The verb+object entries of the verb ``lemma`` whose object words ``tok``'s objects (and ``extra_objects``)
    hold."""
    lex = lexicon()
    out: list[Entry] = []
    objs = object_lemmas(tok, event_modifiers=False) | {COMPLEMENT_MARK + w for w in complement_words(tok)}
    objs |= extra_objects
    heads: set[str] | None = None
    for wanted, entry in lex.verb_obj[lemma]:
        only_heads = lex.head_objects.get(entry.id, frozenset())
        if not objs & (wanted - only_heads):
            if not only_heads:
                continue
            heads = object_heads(tok) if heads is None else heads
            if not heads & only_heads:
                continue
        if entry.id in lex.particles and not _has_particle(tok, lex.particles[entry.id]):
            continue
        out.append(entry)
    return out


@lru_cache(maxsize=None)
def entry_objects(entry_id: str) -> frozenset[str]:
    """The object words of a verb+object entry (their ^ and = marks kept off: "^bandh" is "bandh"); empty for any
    other entry."""
    return frozenset().union(*(objs for pairs in lexicon().verb_obj.values() for objs, e in pairs if e.id == entry_id))


@lru_cache(maxsize=None)
def label_entry(entry_id: str) -> bool:
    """Is this a verb+object entry that matches only what a verb names its object ("designate|=terrorist": every
    object word written with COMPLEMENT_MARK) - a label given, whose recipient is the one labelled?"""
    words = entry_objects(entry_id)
    return bool(words) and all(w.startswith(COMPLEMENT_MARK) for w in words)


def matched_through_stood_for(tok: Token) -> frozenset[str]:
    """Ids of the verb+object entries that match ``tok`` only through the noun its relative pronoun stands for or
    its participle describes (:func:`stood_for_object`: "the embargo, which Washington *imposed* on Cuba"), not
    through an object of its own."""
    stood_for = _stood_for_objects(tok)
    lemma = lexicon().verb_key(tok.lemma_.lower(), tok.lower_) if stood_for else None
    if lemma is None or lemma not in lexicon().verb_obj:
        return frozenset()
    without = {e.id for e in _verb_object_entries(tok, lemma, set())}
    return frozenset(e.id for e in _verb_object_entries(tok, lemma, stood_for) if e.id not in without)


# (doc, start, end, hits, ruled-out readings per word): the extractor and the model share one look-up
_LAST_SENTENCE: list = [None, -1, -1, {}, {}]


def subject_lemmas(tok: Token) -> set[str]:
    """Lemmas of the word's subject, or of the agent of a passive ("hit *by the storm*")."""
    out: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj"):
            out.add(_lemma(child))
            out.update(_lemma(c) for c in child.children if c.dep_ == "compound")
            if child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                out.add(_lemma(tok.head))  # "the waves *which* killed 30,000 people": the noun the relative stands for
            out.update(_lemma(o) for o in counted_nouns(child))
        elif child.dep_ == "agent":
            out.update(_lemma(g) for g in child.children if g.dep_ == "pobj")
    return out


def counted_nouns(tok: Token) -> list[Token]:
    """The nouns a count subject counts ("*thousands of* workers walked out", "two of the guards"): who does the act
    is the counted people, not the number."""
    if not (tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY")):
        return []
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _own_and_support_children(tok: Token):
    """The word's dependents and, for an event noun that is a verb's object, the verb's: the parser hangs
    the target on the support verb ("carried out *strikes* Friday evening *against* Hamas targets")."""
    yield from tok.children
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.i != tok.i:
        yield from tok.head.children


def _time_prep(prep: Token) -> bool:
    """A preposition whose object is a date or time ("a strike *on Tuesday*"): it says when, not on what."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _subject_or_controller(tok: Token) -> set[str]:
    """Subject lemmas of the word or, for a verb in a controlled clause ("troops have begun *leaving*"),
    of the verb that controls it; for an active participle describing a noun ("Labour *posters attacking* Mr
    Howard", "the storm *hitting* the coast"), that noun and its compounds; for an active participle of the main
    clause's result ("the *rig exploded* on 20 April, *killing* 11 workers"), the main clause's subject (session 48)."""
    out = subject_lemmas(tok)
    if not out and tok.dep_ == "acl" and tok.tag_ == "VBG":
        return {_lemma(tok.head), *(_lemma(c) for c in tok.head.children if c.dep_ == "compound")}
    if not out and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("mark", "aux", "auxpass") for c in tok.children):
        return subject_lemmas(tok.head)
    t = tok
    for _ in range(2):
        if out or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
        out = subject_lemmas(t)
    return out


def find_triggers(sent: Span) -> dict[int, list[Hit]]:
    """Lexicon hits per trigger token index in ``sent``, most specific first (do not modify the result:
    the last sentence's hits are cached)."""
    doc, start, end, hits, _ = _LAST_SENTENCE
    if doc is sent.doc and (start, end) == (sent.start, sent.end):
        return hits
    hits, ruled = _find_triggers(sent)
    _LAST_SENTENCE[:] = [sent.doc, sent.start, sent.end, hits, ruled]
    return hits


# sentence starts + [len(doc)] of the last doc asked about: a token's sentence without building ``tok.sent``
_sent_starts: LastOnly = LastOnly(lambda doc: [s.start for s in doc.sents] + [len(doc)])


def forget() -> None:
    """Empty the per-document memo of sentence starts (extract does, per call: a doc may have changed)."""
    _sent_starts.forget()


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """Token span of ``tok``'s sentence (``tok.sent``'s start and end)."""
    starts = _sent_starts(tok.doc)
    k = bisect_right(starts, tok.i) - 1
    return starts[k], starts[k + 1]


def sentence_hits(tok: Token) -> dict[int, list[Hit]]:
    """``find_triggers(tok.sent)``, without building ``tok.sent`` when the last sentence looked up is that one."""
    start, end = sentence_bounds(tok)
    doc, last_start, last_end, hits, _ = _LAST_SENTENCE
    if doc is not tok.doc or (last_start, last_end) != (start, end):
        hits = find_triggers(tok.doc[start:end])
    return hits


def sentence_types_at(tok: Token) -> frozenset[str]:
    """:func:`sentence_types` of ``tok``'s sentence."""
    return frozenset(h.entry.type for hs in sentence_hits(tok).values() for h in hs)


def sentence_types(sent: Span) -> frozenset[str]:
    """The event types the words of ``sent`` can report, by the lexicon."""
    return frozenset(h.entry.type for hs in find_triggers(sent).values() for h in hs)


def _find_triggers(sent: Span) -> tuple[dict[int, list[Hit]], dict[int, frozenset[str]]]:
    """The hits per trigger token and the readings ruled out per word (only words with some)."""
    lex = lexicon()
    doc = sent.doc
    hits: dict[int, list[Hit]] = {}
    ruled: dict[int, frozenset[str]] = {}

    def add(hit: Hit) -> None:
        hits.setdefault(hit.token, []).append(hit)

    vb_tags = lex.vb_tags
    for tok in sent:
        if tok.pos not in ENTRY_POS:  # (the test of _unruled_entries on the symbols, for the many other words)
            tag = tok.tag
            verbal = vb_tags.get(tag)
            if verbal is None:
                verbal = vb_tags[tag] = doc.vocab.strings[tag].startswith("VB")
            if not verbal:
                continue
        entries, ruled_out = _readings(tok)
        if ruled_out:
            ruled[tok.i] = ruled_out
        for entry in entries:
            add(Hit(entry, tok.i, tok.i, tok.i + 1))
    doc = sent.doc
    by_lemma, by_lower = lex.matchers(doc.vocab)
    for match_id, start, end in sorted(set(by_lemma(sent)) | set(by_lower(sent)), key=lambda m: (m[1], m[2])):
        entry_id = doc.vocab.strings[match_id].split("#")[0]
        span = doc[start:end]  # PhraseMatcher on a Span gives doc offsets (a token Matcher would not)
        if end - start > 1 and _time_neighbour(span):
            # the phrase's last word opens a time of another word: "responded to a shots fired *call on* Tuesday" (no
            # one called on)
            continue
        head = span.root
        if head.pos_ in ("ADP", "ADV", "PART", "ADJ") and head.head.i != head.i and _is_verb(head.head) \
                and not span.start <= head.head.i < span.end:
            # "remained *on alert*": a phrase headed by a preposition reports the verb it hangs on
            head = head.head
        entry = lex.entries[entry_id]
        if span.root.ent_type_ in NON_EVENT_ENTS or lex.vetoed(entry, span.root, _lemma(span.root)):
            # the not-an-event rules hold for every kind of entry: "having *given up* his ambition" (a phrase)
            # is cancelled like "*accepted* the job" (a verb); a rule names a phrase entry, or entry:lemma of
            # the phrase's head word, and is checked at that head word
            continue
        hit = Hit(entry, head.i, span.start, span.end)
        if not any(h.entry.id == entry_id for h in hits.get(head.i, ())):
            add(hit)
    for token, found in hits.items():
        found.sort(key=lambda h: KIND_RANK[h.entry.kind])
    return hits, ruled


def _time_neighbour(span) -> bool:
    """Is the match two neighbours of other phrases, its last word a preposition that is no dependent of the match and
    whose object is a time ("a shots fired *call on* Tuesday")?  A parse that splits a true phrase keeps it ("UN is
    *pushing hard for* the Afghan government propose ..."): only a time says the preposition is another word's.
    Session 37, lead."""
    last = span[-1]
    if last.pos_ != "ADP" or span.start <= last.head.i < span.end:
        return False
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in last.children)


CLOSING_QUOTES = {'"', "”", "'", "’", "''"}


def _after_quoted_question(verb: Token) -> bool:
    """Does the verb (with its subject, "the senator *asked*", or without, "*asked* the senator") follow a quotation that
    ends in a question mark ('"Why did the army open fire?" the senator asked')?  It reports a question, no request
    (session 45, a probe of unjudged news)."""
    start = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
    doc = verb.doc
    return start >= 2 and doc[start - 1].text in CLOSING_QUOTES and doc[start - 2].text == "?" and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > verb.i for c in verb.children)


def _asks(clause: Token, words: frozenset[str]) -> bool:
    """Is ``clause`` (a dependent of the trigger) an indirect question: introduced by one of ``words``
    ("asked Mr Myers *if* he knew", "asked *what* the plan was")?"""
    if clause.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    return any(g.i < clause.i and g.lower_ in words for g in clause.children
               if g.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr", "dep"))
