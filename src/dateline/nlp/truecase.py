"""Parse text written in capitals (or all in lower case) through a case-restored copy, keeping the original text.

Wire copy and telexes (the MUC-4 reports of 1989-1991, headlines, ALL-CAPS paragraphs) are written
in capitals.  On such text ``en_core_web_sm`` tags nearly every word a proper noun: "THE SHINING PATH
THREATENED TO ANNIHILATE ..." has no verb and no entity, so no event is coded (docs/events.md,
"Violence reporting": 15 of the 42 misses of the conflict sample).

:func:`shouting_runs` finds the lines written in capitals with one regular-expression scan, so a
mixed-case article pays one scan and is parsed exactly as before.  :func:`restore_case` builds a
copy of the same length - every character at the same offset - in which those runs are lower
case except sentence starts, "I", months and weekdays, the names the actors and places stages
already know (their entity-ruler patterns; multiword GeoNames places), words that are no English
word by the model's own lemmatizer tables (names: "ARCE", "USULUTAN") and acronyms (short capital
words without a vowel, words written in parentheses, the actors' acronym patterns).
:func:`parse_restored` parses the copy and returns a ``Doc`` whose text is the ORIGINAL with the
copy's annotations (tags, lemmas, parse, sentences, entities), so every span's text is
``text[start:end]`` as the stages expect.

Headline lines in Title Case (:func:`title_lines`: "Mexican Authorities Accuse Vigilantes Of Kidnapping
Police") parse badly too (capitalised verbs read as proper nouns) and are restored the same way
(:func:`case_runs` = both); their words written all in capitals or with an inner capital ("NATO",
"McDonald") keep their form.  The restored runs are recorded on the ``Doc`` (:func:`restored_spans`):
their parse is less reliable (a confidence factor for events read from them was measured on the
judged samples and not shipped: docs/scale.md).

Text written all in lower case (:func:`whispering_runs`: the Times of India copy of IndiaPoliceEvents,
"lucknow: ... singhal blamed the state government") hides its names and sentence starts from the
parser the same way ("singhal" is no noun subject, so the act has no doer); its runs are restored by
the same rules - the lowered run is the same either way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

# A line is "shouting" when it holds no lower-case letter and at least MIN_LETTERS capitals: a short
# all-caps label ("UPDATE:", "NEW YORK (AP) -") is left alone; hard-wrapped wire lines are longer.
MIN_LETTERS = 20
_CAPS_LINE = re.compile(r"^[^a-z\n]*$", re.M)
_CAPITAL = re.compile(r"[A-Z]")
_WORD = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?][\"')’”]*\s+$")
_PARENTHESISED = re.compile(r"\(([A-Z][A-Z0-9\-]{1,9})\)")
_VOWEL = re.compile(r"[AEIOUY]")
# An initialism written with full stops ("U.S.", "U.N.", "U.S.S.R."): two or more single capitals each followed by
# a full stop, kept as written - "U.S. SENATE" had become "u.S. Senate" (the vowel letter lowered, the consonant
# kept as an acronym), no name for the tagger.
_INITIALISM = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}(?![A-Za-z])")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Months that are also English words ("may", "march") are capitalised only next to a number.
_AMBIGUOUS_MONTHS = {"may", "march"}
_MAX_NAME_WORDS = 4
_MIN_PLACE_POPULATION = 10_000
# A one-word place that is also a dictionary noun ("cartagena", "geneva", "salvador") is capitalised
# only when it is a large place: small GeoNames places share names with too many nouns ("Police").
_MIN_NOUN_PLACE_POPULATION = 100_000
# A Title Case line: at least this many words, and nearly every word longer than 3 letters capitalised
# (at most one in _TITLE_LOWER_EVERY lower case), at least _TITLE_MIN_ENGLISH of them English words
# that no stage knows as a name (a line of names only - a byline, a list of people - is left alone).
_TITLE_MIN_WORDS = 4
_TITLE_LONG = 4
_TITLE_LOWER_EVERY = 8
_TITLE_MIN_ENGLISH = 2
_LINE = re.compile(r"[^\n]+")
# Bylines and credit lines ("By Jane Doe", "Reporting By John Smith; Editing By ..."): names that are
# English words ("john", "smith") would be lowered
_CREDIT_LINE = re.compile(r"^\W*By\s|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]hotos?)\s+[Bb]y\b")
_LOWER = re.compile(r"[a-z]")
# Text written all in lower case: a run of capital-free lines with this many letters and this many
# sentences that begin in lower case after a full stop ("... order. the vhp said ...").
MIN_LOWER_LETTERS = 200
MIN_LOWER_STARTS = 2
_TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "capt", "maj", "sgt", "insp",
                                  "supt", "prof", "sr", "jr", "no", "vs", "smt", "shri", "sri"})
_NO_CAPITAL_LINE = re.compile(r"^[^A-Z\n]*$", re.M)
_LOWER_SENTENCE_START = re.compile(r"[a-z0-9][.!?][\"')’”]*\s+[\"'‘“]?[a-z]")
# Doc.user_data key of the restored runs (character spans of the ORIGINAL text)
RESTORED_KEY = "dateline_restored_runs"


def _line_runs(text: str, line: re.Pattern) -> list[tuple[int, int]]:
    """Maximal runs of consecutive lines that ``line`` matches (a line it does not match between two
    closes the run; blank lines, which it matches, join one)."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for m in line.finditer(text):
        if m.start() > end + 1 or start < 0:
            if start >= 0:
                runs.append((start, end))
            start = m.start()
        end = m.end()
    if start >= 0:
        runs.append((start, end))
    return runs


def shouting_runs(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` written in capitals: maximal runs of lines without a lower-case
    letter (blank lines inside a run join it) that hold at least ``MIN_LETTERS`` capitals."""
    if not _CAPITAL.search(text):
        return []
    out = []
    for a, b in _line_runs(text, _CAPS_LINE):
        if len(_CAPITAL.findall(text, a, b)) >= MIN_LETTERS:
            while a < b and text[a].isspace():
                a += 1
            out.append((a, b))
    return out


def title_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` written in Title Case: at least ``_TITLE_MIN_WORDS``
    words, no final period (but see :func:`_headline_with_stop`), nearly every word of 4+ letters capitalised,
    and at least ``_TITLE_MIN_ENGLISH`` capitalised English words (not the first word) that no stage knows as a
    name."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group().rstrip()
        if _CREDIT_LINE.search(line):
            continue
        if (line.endswith(".") and not _headline_with_stop(text, m.start(), m.start() + len(line))) \
                or not _title_case(line) or _continues_prose(text, m.start(), m.end()):
            continue
        a = m.start()
        while text[a].isspace():
            a += 1
        out.append((a, m.start() + len(line)))
    return out


def _title_case(line: str) -> bool:
    """The word tests of :func:`title_lines` on one line or sentence."""
    if not _LOWER.search(line):
        return False
    words = _WORD.findall(line)
    if len(words) < _TITLE_MIN_WORDS:
        return False
    long = [w for w in words if len(w) >= _TITLE_LONG]
    lower = sum(1 for w in long if not w[0].isupper())
    if len(long) < 3 or lower > len(long) // _TITLE_LOWER_EVERY:
        return False
    return _title_english_words(words[1:]) >= _TITLE_MIN_ENGLISH


def _headline_with_stop(text: str, start: int, end: int) -> bool:
    """A line ending in a full stop is still a headline when it is one sentence standing as its own paragraph - a
    blank line (or the text's edge) before and after it, no sentence end inside ("El Salvador Supreme Court Labels
    Street Gangs as Terrorist Groups."; session 19): the Title Case tests of :func:`title_lines` then decide.  A
    line of prose ends in a full stop inside a paragraph, or holds more than one sentence."""
    line = text[start:end].rstrip(".").strip()
    if re.search(r"[.!?][\"')’”]*\s", line):
        return False
    before = text[max(0, start - 3):start]
    after = text[end:end + 3]
    return (start == 0 or before.endswith("\n\n") or text[:start].strip() == "") and (
        end >= len(text.rstrip()) or after.startswith("\n\n") or after.startswith("\n\r\n"))


def _continues_prose(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is a hard-wrapped piece of a paragraph ("... said\nIMF Managing
    Director Michel Camdessus\nwould visit ..."): the line before it ends mid-sentence or the line
    after it begins in lower case."""
    before = text[max(0, start - 200):start]
    prev = before[:-1].rsplit("\n", 1)[-1].rstrip() if before.endswith("\n") else ""
    if prev and not re.search(r"[.!?:\"'’”)]$", prev):
        return True
    return bool(re.match(r"\n[ \t]*[a-z]", text[end:end + 20]))


def _title_english_words(words: list[str]) -> int:
    names, _acronyms = _known_names()
    n = 0
    for w in words:
        low = w.lower()
        if (w[0].isupper() and w[1:].islower() and low not in names and is_english_word(low)
                and not _noun_that_is_a_place(low)):
            n += 1
    return n


def whispering_runs(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` written all in lower case, names and sentence starts included (the
    Times of India copy of IndiaPoliceEvents: "lucknow: the all-india babri masjid action committee ...
    has sought a ban"): maximal runs of lines without a capital letter that hold at least
    ``MIN_LOWER_LETTERS`` letters and at least ``MIN_LOWER_STARTS`` sentences begun in lower case.  The
    last test keeps out the capital-free lines of ordinary prose (a hard-wrapped line, a quote)."""
    out = []
    for a, b in _line_runs(text, _NO_CAPITAL_LINE):
        while a < b and text[a].isspace():
            a += 1
        if (len(_LOWER.findall(text, a, b)) >= MIN_LOWER_LETTERS
                and len(_LOWER_SENTENCE_START.findall(text, a, b)) >= MIN_LOWER_STARTS):
            out.append((a, b))
    return out


def case_runs(text: str) -> list[tuple[int, int]]:
    """The spans :func:`restore_case` restores: :func:`shouting_runs`, :func:`title_lines` and
    :func:`whispering_runs`, in order."""
    if not _CAPITAL.search(text):
        return whispering_runs(text)
    return sorted(shouting_runs(text) + title_lines(text) + whispering_runs(text))


@lru_cache(maxsize=1)
def _known_names() -> tuple[dict[str, str], frozenset[str]]:
    """Lower-cased known name -> its written form, and the known acronyms (upper case)."""
    from dateline import actors, places  # the stages' public interfaces; imported late (heavy)

    ambiguous = actors.common_word_names()
    names: dict[str, str] = {}
    acronyms: set[str] = set()
    for p in list(actors.entity_patterns()) + list(places.entity_patterns()):
        form = p.get("pattern")
        if not isinstance(form, str) or not any(c.isupper() for c in form):
            continue
        letters = re.sub(r"[^A-Za-z]", "", form)
        if letters.isupper():
            if len(letters) >= 2 and form.lower() not in ambiguous:
                acronyms.add(form)
            continue
        single = " " not in form
        # A lone surname or a lone name that is a common word ("Turkey", "Chad") stays lower case.
        if single and (p.get("label") == "PERSON" or form.lower() in ambiguous):
            continue
        names.setdefault(form.lower(), form)
    for key, form in actors.full_person_names().items():  # "JOSE NAPOLEON DUARTE": one name, not "Jose napoleon"
        names.setdefault(key, form)
    for word in _MONTHS + _WEEKDAYS:
        names.setdefault(word, word.capitalize())
    return names, frozenset(acronyms)


@lru_cache(maxsize=1)
def _english_vocabulary() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, list]] | None:
    """The model's own lemmatizer tables (WordNet word lists per part of speech, exceptions, suffix
    rules): what English words are, without a word list of our own.  None if the model lacks them."""
    from dateline.nlp.load import lemmatizer_tables

    lookups = lemmatizer_tables()
    if lookups is None:
        return None
    index, exc, rules = (lookups.get_table(n) for n in ("lemma_index", "lemma_exc", "lemma_rules"))
    poses = ("noun", "verb", "adj", "adv")
    return ({p: frozenset(index[p]) for p in poses}, {p: frozenset(exc[p]) if p in exc else frozenset() for p in poses},
            {p: list(rules[p]) for p in poses})


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """A lower-case ``word`` is a function word or a dictionary word or an inflection of one
    ("peasants", "powers"); a word that is none of these ("arce", "usulutan") is taken for a name.
    Without the model's tables every word counts as English (nothing is capitalised)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    vocabulary = _english_vocabulary()
    if vocabulary is None or word in STOP_WORDS:
        return True
    index, exc, rules = vocabulary
    if re.search(r"n['’]t$", word):
        return True  # "don't", "won't": negated auxiliaries
    word = re.sub(r"['’](s|d|ll|re|ve|m)$", "", word)
    for pos in index:
        if word in index[pos] or word in exc[pos]:
            return True
        for old, new in rules[pos]:
            if word.endswith(old) and word[:len(word) - len(old)] + new in index[pos]:
                return True
    return False


@lru_cache(maxsize=65536)
def _noun_that_is_a_place(word: str) -> bool:
    """A lower-case ``word`` that the dictionary has only as a noun (WordNet lists proper nouns too:
    "cartagena", "geneva") and that names a place of at least ``_MIN_NOUN_PLACE_POPULATION``; not
    a word the actors or places stages call a common word ("turkey", "union")."""
    from dateline import actors, places

    vocabulary = _english_vocabulary()
    if vocabulary is None:
        return False
    index, exc, _rules = vocabulary
    if word not in index["noun"] or any(word in index[p] or word in exc[p] for p in ("verb", "adj", "adv")):
        return False
    if word in actors.common_word_names() or word in places.common_words():
        return False
    return any(name.lower() == word for name in places.place_names(word, _MIN_NOUN_PLACE_POPULATION))


@lru_cache(maxsize=4096)
def _gazetteer_place(key: str) -> str | None:
    """The written form of a multiword GeoNames place ("san miguel" -> "San Miguel")."""
    from dateline import places

    for name in places.place_names(key, _MIN_PLACE_POPULATION):
        if name.lower() == key and len(name) == len(key):
            return name
    return None


def _put(chars: list[str], start: int, form: str) -> None:
    """Write ``form``'s letters over ``chars`` from ``start``, keeping the original separators."""
    for k, c in enumerate(form):
        if chars[start + k].isalpha() and len(c) == 1:
            chars[start + k] = c


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch  # "İ".lower() is two characters: keep it as it is


def _upper(ch: str) -> str:
    up = ch.upper()
    return up if len(up) == 1 else ch  # "ß".upper() is two characters: keep it as it is


def _restore_run(text: str, a: int, b: int, chars: list[str]) -> None:
    names, acronyms = _known_names()
    for i in range(a, b):
        chars[i] = _lower(text[i])
    local_acronyms = {m.group(1) for m in _PARENTHESISED.finditer(text, a, b)}
    initials = {s for m in _INITIALISM.finditer(text, a, b) for s in range(m.start(), m.end(), 2)}
    words = list(_WORD.finditer(text, a, b))
    title = bool(_LOWER.search(text, a, b))  # a Title Case line, not a run in capitals
    i = 0
    while i < len(words):
        w = words[i]
        s, e = w.span()
        # Sentence start: the run's first word, or a word after final punctuation and a space.
        if i == 0 or "\n\n" in text[words[i - 1].end():s] or (
                _SENTENCE_END.search(text, max(a, s - 4), s) and not _after_initial(text, words[i - 1], s)
                and words[i - 1].start() not in initials):  # "THE U.S. TROOPS": no sentence ends at an initialism
            chars[s] = _upper(text[s])
        raw = w.group()
        if title and any(c.isupper() for c in raw[1:]):  # "NATO", "McDonald" in a headline: as written
            chars[s:e] = list(raw)
            i += 1
            continue
        if s in initials or raw in local_acronyms or raw in acronyms or (len(raw) <= 5 and not _VOWEL.search(raw) and raw.isupper()):
            chars[s:e] = list(raw)
            i += 1
            continue
        if raw == "I":
            chars[s] = "I"
        matched = 0
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            end = words[i + n - 1].end()
            key = re.sub(r"\s", " ", text[s:end].lower())
            if len(key) != end - s or re.search(r"\s\s", key):
                continue
            form = names.get(key)
            if form is None and n >= 2:
                form = _gazetteer_place(key)
            if form is None:
                continue
            if key in _AMBIGUOUS_MONTHS and not _next_to_number(text, s, end):
                continue
            _put(chars, s, form)
            matched = n
            break
        if not matched and len(raw) >= 3 and (not is_english_word(raw.lower()) or _noun_that_is_a_place(raw.lower())):
            chars[s] = _upper(text[s])  # a name: no English word ("ARCE" -> "Arce") or a large place ("CALI" -> "Cali")
        i += max(matched, 1)


def _after_initial(text: str, previous: re.Match, s: int) -> bool:
    """In text written in lower case, a full stop after a one-letter word or a title ("v.n. deshmukh",
    "mr. jadhav") ends no sentence; the word at ``s`` is not capitalised for it.  (Capitals keep their
    sentence starts as before: the letter is a capital either way.)"""
    word = previous.group().lower()
    return text[s].islower() and (len(word) == 1 or word in _TITLE_ABBREVIATIONS)


def _next_to_number(text: str, s: int, e: int) -> bool:
    return bool(re.match(r"\s*\d", text[e:e + 3]) or re.search(r"\d\s*$", text[max(0, s - 3):s]))


def restore_case(text: str, runs: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its runs in capitals and its Title Case lines case-restored (:func:`case_runs`);
    the same length, every other character unchanged.  Text without such runs is returned as it is."""
    runs = case_runs(text) if runs is None else runs
    if not runs:
        return text
    chars = list(text)
    for a, b in runs:
        _restore_run(text, a, b, chars)
    out = "".join(chars)
    assert len(out) == len(text)
    return out


def with_original_text(copy_doc: Doc, text: str, runs: list[tuple[int, int]] | None = None) -> Doc:
    """A ``Doc`` over ``text`` (the original) carrying ``copy_doc``'s annotations; ``copy_doc`` was
    parsed from a same-length case-restored copy, so its tokens sit at the same offsets.  The
    restored ``runs`` (default :func:`case_runs`) are recorded for :func:`restored_spans`."""
    words = [text[t.idx:t.idx + len(t.text)] for t in copy_doc]
    doc = Doc(copy_doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in copy_doc],
              tags=[t.tag_ for t in copy_doc], pos=[t.pos_ for t in copy_doc],
              morphs=[str(t.morph) for t in copy_doc], lemmas=[t.lemma_ for t in copy_doc],
              heads=[t.head.i for t in copy_doc], deps=[t.dep_ for t in copy_doc],
              sent_starts=[bool(t.is_sent_start) for t in copy_doc])
    doc.ents = [Span(doc, e.start, e.end, label=e.label_, kb_id=e.kb_id_, span_id=e.id_) for e in copy_doc.ents]
    doc.user_data[RESTORED_KEY] = [tuple(r) for r in (case_runs(text) if runs is None else runs)]
    return doc


def restored_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of ``doc`` that were parsed through a case-restored copy (empty for a
    ``Doc`` parsed as written)."""
    return list(doc.user_data.get(RESTORED_KEY, ()))


def parse_restored(nlp: Language, text: str) -> Doc | None:
    """The ``Doc`` of ``text`` parsed through its case-restored copy, or None when ``text`` has no
    run in capitals (parse it as usual)."""
    runs = case_runs(text)
    copy = restore_case(text, runs)
    if copy is text:
        return None
    return with_original_text(nlp(copy), text, runs)
