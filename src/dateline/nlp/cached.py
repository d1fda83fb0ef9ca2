"""The model's ``attribute_ruler`` and ``lemmatizer``, with the same output at a fraction of the cost.

Both are Python components of ``en_core_web_sm``, and were 15% of the CPU time of ``dateline
code`` (docs/scale.md, bench/profile_pipeline.py), although what they compute is a function of a
few integers per token:

- the attribute ruler's ~180 patterns look only at a token's TAG, LOWER, DEP and IS_SPACE (a few
  also at its neighbour's), but spaCy's ``Matcher`` evaluates their ``IN`` / ``NOT_IN`` / ``REGEX``
  predicates as Python calls on every token, ~20 us a token;
- the rule lemmatizer's answer depends only on the token's (ORTH, POS, MORPH) - that is its own
  cache key - but it reaches its cache through Python property calls on every token, and for a
  form it has not seen it tests candidate lemmas against word *lists* of up to 57,000 entries.

:class:`CachedAttributeRuler` runs the real matcher once per distinct (ORTH, TAG, DEP) for the
one-token patterns (only those that admit the token's tag), and the real matcher over the
document only for the few patterns of two tokens; matches are applied in spaCy's order (by pattern number, later wins) and written back
with one ``Doc.from_array``.  :class:`CachedLemmatizer` asks spaCy's own ``rule_lemmatize`` once
per distinct (ORTH, POS, MORPH), with the word lists turned into sets, and writes the lemmas with
one ``from_array``.  The annotations
are identical to the model's (tests/nlp/test_cached.py compares every token attribute on real
news); the caches are bounded, so memory stays flat on long runs.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

CACHE_LIMIT = 100_000  # entries per cache (~15 MB); cleared when full: a long run's vocabulary keeps growing
_RULER_ATTRS = [POS, TAG, DEP, LEMMA, MORPH]


class CachedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose ``__call__`` caches one-token pattern matches per token signature."""

    def _split(self) -> None:
        """The ruler's patterns under their own keys: one-token patterns grouped by the tags they
        admit (a cache miss then runs the matcher with a dozen patterns, not all of them), and
        one matcher for the longer ones."""
        self._single_patterns: list[tuple[int, dict]] = []
        self._multi = Matcher(self.vocab, validate=False)
        for number, pattern in enumerate(self.patterns):
            key = self.vocab.strings.add(str(number))
            for tokens in pattern["patterns"]:
                if len(tokens) == 1:
                    self._single_patterns.append((key, tokens[0]))
                else:
                    self._multi.add(key, [tokens])
        self._single_by_tag: dict[int, Matcher] = {}
        self._columns = {attr: _RULER_ATTRS.index(attr) for attr in _RULER_ATTRS}
        self._matches: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._effects: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self._n_patterns = len(self.attrs)

    def _single_for(self, tag: int) -> Matcher:
        """A matcher of the one-token patterns whose TAG condition can hold for this tag; a
        condition it cannot judge (e.g. a regular expression) keeps the pattern in."""
        matcher = self._single_by_tag.get(tag)
        if matcher is None:
            name = self.vocab.strings[tag] if tag else ""
            matcher = Matcher(self.vocab, validate=False)
            for key, token in self._single_patterns:
                spec = token.get("TAG")
                if isinstance(spec, str) and spec != name:
                    continue
                if isinstance(spec, dict) and (("IN" in spec and name not in spec["IN"])
                                               or ("NOT_IN" in spec and name in spec["NOT_IN"])):
                    continue
                matcher.add(key, [[token]])
            self._single_by_tag[tag] = matcher
        return matcher

    def _effect(self, numbers: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) pairs left by applying these patterns in order (later ones win)."""
        effect = self._effects.get(numbers)
        if effect is None:
            final: dict[int, int] = {}
            for number in numbers:
                for attr, value in self.attrs[number].items():
                    final[self._columns[attr]] = value  # only these five attributes: see _cacheable
            effect = tuple(final.items())
            self._effects[numbers] = effect
        return effect

    def __call__(self, doc: Doc) -> Doc:
        if getattr(self, "_n_patterns", None) != len(self.attrs):
            self._split()
        if not len(doc):
            return doc
        strings = self.vocab.strings
        at_token: dict[int, list[int]] = defaultdict(list)
        for match_id, start, end in self._multi(doc, allow_missing=True):
            number = int(strings[match_id])
            index = self.indices[number]
            at_token[(start if index >= 0 else end) + index].append(number)
        if len(self._matches) > CACHE_LIMIT:
            self._matches.clear()
        signatures = doc.to_array([ORTH, TAG, DEP]).tolist()
        columns = doc.to_array(_RULER_ATTRS)
        for i, signature in enumerate(signatures):
            key = tuple(signature)
            numbers = self._matches.get(key)
            if numbers is None:
                matcher = self._single_for(key[1])
                numbers = tuple(sorted(int(strings[m]) for m, _, _ in matcher(doc[i:i + 1], allow_missing=True)))
                self._matches[key] = numbers
            if i in at_token:
                numbers = tuple(sorted(numbers + tuple(at_token[i])))
            for column, value in self._effect(numbers):
                columns[i, column] = value
        doc.from_array(_RULER_ATTRS, columns)
        return doc


class CachedLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, answering from a per-(ORTH, POS, MORPH) cache."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        lemmas: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemmas", {})
        if len(lemmas) > CACHE_LIMIT:
            lemmas.clear()
            self.cache.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = rows[:, :3].tolist()
        current = rows[:, 3].tolist()
        changed = False
        for i, key in enumerate(keys):
            if current[i] and not self.overwrite:
                continue
            key = tuple(key)
            lemma = lemmas.get(key)
            if lemma is None:
                lemma = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                lemmas[key] = lemma
            rows[i, 3] = lemma
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc


@Language.factory("dateline_attribute_ruler", default_config={"validate": False})
def make_cached_attribute_ruler(nlp: Language, name: str, validate: bool) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory("dateline_lemmatizer", default_config={"overwrite": False})
def make_cached_lemmatizer(nlp: Language, name: str, overwrite: bool) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, None, name, mode="rule", overwrite=overwrite)


def use_cached_components(nlp: Language) -> None:
    """Swap the model's ``attribute_ruler`` and ``lemmatizer`` for the cached ones, same names, same
    patterns and tables."""
    if "attribute_ruler" in nlp.pipe_names and not isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler):
        patterns = nlp.get_pipe("attribute_ruler").patterns
        if all(_cacheable(p) for p in patterns):  # else (another model) the model's own ruler stays
            ruler = nlp.replace_pipe("attribute_ruler", "dateline_attribute_ruler")
            ruler.add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names:
        old = nlp.get_pipe("lemmatizer")
        if type(old) is EnglishLemmatizer and old.mode == "rule":
            lookups = _with_index_sets(old.lookups)
            new = nlp.replace_pipe("lemmatizer", "dateline_lemmatizer", config={"overwrite": old.overwrite})
            new.lookups = lookups


# What a one-token pattern may test for its match to be a function of the cache key (ORTH, TAG, DEP):
# the word form's own attributes, the tag and the dependency label.
_KEY_ATTRS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_SPACE", "IS_ALPHA",
              "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "LIKE_NUM", "TAG", "DEP", "OP"}


def _cacheable(pattern: dict) -> bool:
    """Can :class:`CachedAttributeRuler` apply this ruler pattern exactly?"""
    if not set(pattern["attrs"]) <= {"POS", "TAG", "DEP", "LEMMA", "MORPH"}:
        return False
    return all(len(tokens) > 1 or set(tokens[0]) <= _KEY_ATTRS for tokens in pattern["patterns"])


def _with_index_sets(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with ``lemma_index`` word lists as sets.  ``rule_lemmatize`` only
    tests ``form in index``, and on a list of up to 57,000 nouns that is a linear scan per suffix
    rule: most of the cost of every new word form."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        data = {key: frozenset(value) if name == "lemma_index" else value for key, value in table.items()}
        copy = out.add_table(name)
        for key, value in data.items():
            copy[key] = value
    return out
