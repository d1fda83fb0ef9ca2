"""Detection of time expressions: a regular grammar over the lexicon, TempEval-3 minimal spans.

Each rule has a *kind* (what the normalizer must do with it) and a regex.  All rules run over the
whole text; overlapping candidates are resolved longest-first.  Context filters then drop the
readings that are not times: "May" the verb, years that are counts ("2000 troops"), ages
("a five-year-old"), money rates ("$5 a day").  The span never includes the preposition before
the expression ("on Saturday" -> "Saturday"), as TempEval-3 annotates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from dateline.time.lexicon import DATA, alternation, fragments, lexicon
from dateline.time.match_half import half_of_a_match, half_of_another_whole


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    text: str  # the span (TempEval-3 extent)
    full: str = ""  # what the normalizer reads: may extend past the span ("a day" + " after")

    @property
    def reading(self) -> str:
        return self.full or self.text


_FRAGMENT = re.compile(r"\{([A-Z_]+)\}")


def _expand(template: str | list[str], env: dict[str, str]) -> str:
    """A grammar regex with its ``{NAME}`` fragments filled in (a list is joined without spaces)."""
    text = "".join(template) if isinstance(template, list) else template
    return _FRAGMENT.sub(lambda m: env[m.group(1)], text)


def _rules() -> list[tuple[str, str, str]]:
    """(kind, trigger categories, regex) of every rule of ``data/grammar.yaml``, in order."""
    raw = yaml.safe_load((DATA / "grammar.yaml").read_text(encoding="utf-8"))
    env = dict(fragments())
    for name, template in raw["fragments"].items():
        env[name] = _expand(template, env)
    return [(r["kind"], r["near"], _expand(r["match"], env)) for r in raw["rules"]]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[int, str, frozenset[str], re.Pattern]]:
    return [(i, kind, frozenset(cats.split()), re.compile(rx, re.IGNORECASE))
            for i, (kind, cats, rx) in enumerate(_rules())]


@lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One cheap pass finds the words every rule needs (a month, a unit, a digit ...); the rules then
    run only in windows around them.  This is what makes the tagger fast on long articles."""
    lex = lexicon()
    words: dict[str, set[str]] = {}

    def add(category: str, items) -> None:
        for w in items:
            words.setdefault(w.lower(), set()).add(category)

    add("month", [m for m in lex.months])
    add("dow", lex.weekdays)
    add("unit", list(lex.units) + ["centurie", "century", "fiscal", "year-earlier", "year-ago"])
    add("century", ["century"])
    add("season", lex.seasons)
    add("part", lex.parts_of_day)
    add("clock", ["noon", "midnight", "midday"])
    add("deictic", ["today", "tonight", "yesterday", "tomorrow", "overnight"])
    add("quarter", ["quarter", "half", "period", "h1", "h2", "q1", "q2", "q3", "q4"])
    add("set", list(lex.set_adverbs) + ["every", "each", "once", "twice", "times"])
    add("vague", [v.split()[-1] for v in lex.vague] + ["current", "recent"])
    add("numword", ["nineteen", "twenty", "thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                    "seventies", "eighties", "nineties"])
    add("then", ["then"])
    add("holiday", [w for h in lex.holidays for w in h.replace("'s", "").split()
                    if w not in ("day", "eve", "new", "good", "sunday", "friday")])
    rx = re.compile(rf"\d+|\b(?:{alternation(words)})(?:s|es|-?long)?\b", re.IGNORECASE)
    return rx, {w: frozenset(c) for w, c in words.items()}


_BACK, _AHEAD = 60, 90


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    rx, categories = _triggers()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in rx.finditer(text):
        word = m.group(0).lower()
        if word[0].isdigit():
            cats = ("digit",)
        else:
            if word.endswith("long") and len(word) > 4:
                word = word[:-4].rstrip("-")  # "weeklong", "year-long"
            cats = categories.get(word, frozenset()) | categories.get(word[:-1], frozenset()) | \
                categories.get(word[:-2], frozenset())
        lo, hi = max(0, m.start() - _BACK), min(len(text), m.end() + _AHEAD)
        for c in cats:
            lst = spans.setdefault(c, [])
            if lst and lo <= lst[-1][1]:
                lst[-1] = (lst[-1][0], hi)
            else:
                lst.append((lo, hi))
    return spans


def _merge(lists: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    items = sorted(w for lst in lists for w in lst)
    merged: list[tuple[int, int]] = []
    for lo, hi in items:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


_WORD_BEFORE = re.compile(r"([\w'$£€#.-]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w%-]+)")


def _prev_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end:end + 30])
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=1)
def _name_words() -> re.Pattern:
    lex = lexicon()
    return re.compile(rf"\b(?:{alternation(list(lex.months) + list(lex.weekdays) + list(lex.holidays))})\b",
                      re.IGNORECASE)


def _names_capitalised(span: str) -> bool:
    """Month, weekday and holiday names are proper nouns: "may" and "march" in lower case are not dates."""
    return all(m.group(0)[0].isupper() for m in _name_words().finditer(span))


_CASELESS_MONTHS = {"may", "march", "august"}  # a modal, a walk, an adjective as often as a month
_LOWER_LINE_LETTERS = 40


def _in_lower_case_line(c: Candidate, text: str) -> bool:
    """Text written all in lower case (the Times of India copy of IndiaPoliceEvents: "earlier on monday
    night, violence erupted") writes its names in lower case too: on a line of at least 40 letters
    with no capital, a lower-case name is a name, except a month that is as often another word
    ("may", "march", "august") in an expression without a digit (session 18)."""
    lo = text.rfind("\n", 0, c.start) + 1
    hi = text.find("\n", c.end)
    line = text[lo:hi if hi >= 0 else len(text)]
    if any(ch.isupper() for ch in line) or sum(ch.isalpha() for ch in line) < _LOWER_LINE_LETTERS:
        return False
    return any(ch.isdigit() for ch in c.text) or not any(
        m.group(0).lower() in _CASELESS_MONTHS for m in _name_words().finditer(c.text))


_NOT_PLURAL = {"was", "is", "has", "as", "this", "his", "its", "us", "thus", "yes", "does", "less", "across"}
_FUNCTION_WORDS = {"of", "and", "or", "is", "was", "are", "were", "will", "would", "as", "to", "for", "in", "on",
                   "at", "but", "that", "when", "with", "by", "than", "has", "had", "have", "it", "we", "they",
                   "he", "she", "i", "you", "there", "this", "so", "if", "may", "might", "could", "can", "should",
                   "looks", "look", "remains", "seems", "lies", "holds", "belongs", "be"}


def sentence_start(text: str, start: int) -> bool:
    """Does ``text[start:]`` begin a sentence (after a stop or a line break, and any quote or bracket)?"""
    return bool(re.search(r"(?:^|[.!?\n])[\s\"'`(]*$", text[max(0, start - 6):start])) or start == 0


# a determiner and one lower-case word before a month name that a common noun follows: "the disputed
# December election", "a brief June visit" (the month modifies the noun, as in "the December election")
# (not a word that moves the month to another year: "the previous February level" is a year back)
_DETERMINER_ADJECTIVE = re.compile(r"(?:^|\s)(?:the|a|an|its|their|his|her|this|that)\s+"
                                   r"(?!(?:previous|following|next|coming|prior)\s)[a-z][a-z-]+\s+$")


def _modifier_after_an_adjective(c: Candidate, text: str) -> bool:
    """A one-word month name between a determiner with an adjective and a common noun ("the disputed
    December election"); not "May", as often a name there ("the embattled May government"), nor a name with
    a preposition after it ("the annual March for Life")."""
    return c.text.lower() != "may" and bool(_DETERMINER_ADJECTIVE.search(text[max(0, c.start - 40):c.start])) \
        and bool(re.match(r"\s+[a-z]", text[c.end:c.end + 2])) and _next_word(text, c.end) not in lexicon().month_preps


def _keep(c: Candidate, text: str) -> bool:
    lex = lexicon()
    low = c.text.lower()
    if not _names_capitalised(c.text) and not _in_lower_case_line(c, text):
        return False
    before, after = _prev_word(text, c.start), _next_word(text, c.end)
    if c.kind == "month":
        words = low.replace("-", " ").split()
        if words[0] == "that" and (not (sentence_start(text, c.start) or before in lex.month_preps)
                                   or re.match(r"\s+\d", text[c.end:c.end + 3])):
            # "said that December sales rose": the conjunction, not "that" pointing back; "That July 9
            # secession": the day's month (the date rule reads "July 9")
            return False
        if len(words) == 1 and before not in lex.month_preps and not (
                before in ("a", "an") and low != "may" and re.match(r"\s+[a-z]", text[c.end:c.end + 2])) \
                and not _modifier_after_an_adjective(c, text):
            # a bare month name needs a temporal context: "in May", not "May" the modal; an article
            # before it and a common noun after it make it a noun modifier ("under a June agreement";
            # not "May", which is as often a name there: "a May ally")
            return False
    if c.kind == "year":
        digits = re.search(r"\d{4}", low)
        if digits:
            if before in lex.number_names or \
                    text[max(0, c.start - 1):c.start] in "$£€#":
                return False
            if after in lex.count_nouns or text[c.end:c.end + 1] in ("%", "-"):
                if not (text[c.end:c.end + 1] == "-" and re.match(r"-(?:\d\d|19|20)", text[c.end:c.end + 3])):
                    return False
            if low == digits.group(0) and int(low) < 1900 and before not in lex.year_preps:
                return False
    if "\n" in c.reading and (re.search(r"\n[ \t]*\n", c.reading) or re.search(r"\d[ \t]*\n", c.reading)):
        return False  # across a blank line, or a number ending a table row ("5,993,000\n Year")
    if c.kind in ("duration", "offset"):
        if re.search(r"[\s-]old$", low) or re.match(r"\s*-?\s*olds?\b", text[c.end:c.end + 6]):
            return False  # ages
        if re.fullmatch(r"an?\s+seconds?", low):
            return False  # "a second term"
        if low.endswith("second") and re.match(r"\s*-\s*(?!long\b)[a-z]", text[c.end:c.end + 9]):
            return False  # "three second-half goals", "two second-hand cars": an ordinal (not "11-second-long")
        if c.kind == "duration" and re.fullmatch(r"an?\s+\w+", low) and before not in _RATE_PREV and (
                re.search(r"\d|million|billion|thousand|hundred|dollars?$|cents?$|pounds?$|euros?$|percent|%", before)
                or (before.endswith("s") and before not in _NOT_PLURAL)):
            return False  # "$500 million a year", "four flights a week": rates, not durations
        if re.search(r"(?:^|\s)(?:a|one|two|three)[\s-]+quarters?$", low) and after == "of":
            return False  # "three-quarters of its food": a fraction
        if low.endswith("long") and not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
                                                  r"|year|decade|month|week|day|hour)", low):
            return False
    if c.kind == "deictic" and low in ("today", "tomorrow") and \
            re.match(r"(?:'|\u2019)s\s+(\w+)", text[c.end:c.end + 20]) and \
            re.match(r"(?:'|\u2019)s\s+(\w+)", text[c.end:c.end + 20]).group(1).lower() in lex.generic_nouns:
        return False  # "today's youth", "tomorrow's leaders": the present or future in general
    if c.kind == "season":
        words = low.split()
        if len(words) == 1 or (words[0] == "the" and before not in lex.month_preps and len(words) == 2):
            return False  # "fall" the verb, "the spring" of a clock
        last = c.text.split()[-1]
        if last[0].isupper() and not sentence_start(text, c.start + len(c.text) - len(last)) and \
                re.match(r"\s+[A-Z]", text[c.end:c.end + 2]):
            return False  # "the Summer Olympics", "the Spring Festival": a name
        if words[-1] == "fall" and re.match(r"\s+of\s+(?!\d)", text[c.end:c.end + 6]):
            return False  # "the fall of Saigon": an event, not the autumn
    if c.kind == "relunit":
        words = low.split()
        if words[0] == "the" and len(words) == 2 and words[1] not in ("weekend",) and not (
                words[1] == "year" and before in ("for", "of", "during", "through", "throughout", "in")
                and re.match(r"\s*(?:[,.;]|ended|ending|to\b)", text[c.end:c.end + 8])):
            return False  # "the day", "the year": too vague alone (but "for the year ended June 30")
        if words[0] == "that" and len(words) == 2 and before not in ("on", "by", "until", "since", "of", "from",
                                                                     "in", "during", "later", "earlier", "for") \
                and not sentence_start(text, c.start):
            return False  # (a sentence that opens with it points back: "That year, rebels seized the north")
    if c.kind == "quarter":
        words = re.split(r"[\s-]+", low)
        if words[-1] == "period" and not re.search(r"year-(?:earlier|ago)|\d{4}|same|comparable|latest", low):
            return False
        if words[-1] in ("quarter", "half") and len(words) <= 2 and words[0] == "a":
            return False  # "a quarter of the vote"
        if words[-1] == "half" and not re.search(r"first|second", low):
            return False
        if words == ["quarter"] or words == ["half"]:
            return False
        if half_of_a_match(low, text, c.start, c.end) or half_of_another_whole(low, text, c.end):
            return False  # "pulled away in the second half", "the second half of the book": not the year's
    if c.kind == "set" and low.endswith("s") and not low.startswith(("every", "each")):
        if before not in ("on", "most", "some", "all", "every"):
            return False  # "Mondays" needs "on Mondays"
    if c.kind == "vague" and low in ("the past", "the present", "the future", "current") and \
            re.match(r"\s+[a-z]", text[c.end:c.end + 2]) and after not in _FUNCTION_WORDS and \
            low != "current" and not after.endswith("ed"):
        return False  # "the present law", "the future king": an adjective, not a time
    if c.kind == "vague" and low == "current" and after in ("account", "accounts", "affairs"):
        return False
    if c.kind == "set" and low == "daily" and re.match(r"\s+[A-Z]", text[c.end:c.end + 3]):
        return False  # "the party daily Granma": a newspaper
    if c.kind in ("duration", "offset") and re.search(r"\b(?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?)\b",
                                                      c.text) and not sentence_start(text, c.start):
        return False  # "60 Minutes": a capitalised unit in mid-sentence is a title
    if re.fullmatch(r"(?:the\s+)?(?:end|close)\s+of\s+the\s+day", low):
        return False  # "at the end of the day": an idiom
    if c.kind == "time" and re.fullmatch(r"(?:Noon|Midnight|Midday)", c.text) and not sentence_start(text, c.start):
        return False  # "Jamie Noon", "High Noon": a name
    return True


_TRIM_TAIL = re.compile(r"(?:'s|\u2019s|[,;: ])$")
_SIGNAL_TAIL = re.compile(r"\s+(?:after|before)$", re.IGNORECASE)
_ADJ_QUARTER = re.compile(r"(?:a|an|the|its|that|this|their|his|her)\s+(?=\S+-(?:quarter|half|year|day|week|month|hour"
                          r"|minute|decade|century)\b)",
                          re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|my|your)\s+", re.IGNORECASE)
_TITLE_KINDS = {"relunit", "duration", "deictic", "time", "offset", "vague"}
_RATE_PREV = {"for", "in", "within", "over", "about", "nearly", "almost", "than", "after", "before", "of", "last",
              "past", "just", "only", "least", "to", "under", "around", "once", "twice", "took", "take", "spent",
              "spend", "lasted", "last", "than", "roughly", "barely", "some", "another", "extra"}


def _span(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Trim a raw match to the TempEval-3 extent."""
    while True:
        m = _TRIM_TAIL.search(text, start, end)
        if not m or m.end() != end:
            break
        end = m.start()
    if kind == "offset":
        m = _SIGNAL_TAIL.search(text, start, end)
        if m and m.end() == end:
            end = m.start()  # "a day after": the signal is not part of the expression
    m = _POSSESSIVE.match(text, start, end) if kind == "quarter" else None
    if m:
        start = m.end()  # "its fourth quarter": the possessive is not part of the expression
    m = _ADJ_QUARTER.match(text, start, end)
    if m:
        start = m.end()  # "a third-quarter loss": the adjective alone
    return start, end


def _is_title(text: str, c: "Candidate") -> bool:
    """"This Week", "60 Minutes", "High Noon": capitalised words in mid-sentence are a name."""
    words = re.findall(r"[A-Za-z]+", c.text)
    if len(words) < 1 or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, c.start - 3):c.start]
    at_sentence_start = c.start == 0 or bool(re.search(r"(?:[.!?\n]\s*|^\s*)[\"'`]*$", before)) or \
        text[max(0, c.start - 1):c.start] in ('"', "`", "'")
    if len(words) == 1:
        if sentence_start(text, c.start):
            return False  # "Yesterday Saddam said ...": capitalised because it starts the sentence
        return bool(re.match(r"\s*[A-Z]", text[c.end:c.end + 3])) or \
            _prev_word(text, c.start) in ("high",)
    return not at_sentence_start or bool(re.search(r"[\"'`]\s*$", before))


def recognize(text: str) -> list[Candidate]:
    """All time expressions in ``text``, left to right, without overlaps."""
    found: list[tuple[int, int, int, str, int, int, str]] = []
    windows = _windows(text)
    for prio, kind, cats, rx in _compiled():
        has_t = "t" in rx.groupindex
        for lo, hi in _merge([windows.get(c, []) for c in cats]):
            for m in rx.finditer(text, lo, hi):
                raw_start, raw_end = m.span("t") if has_t and m.group("t") is not None else m.span()
                start, end = _span(text, raw_start, raw_end, kind)
                if end > start:
                    # the normalizer reads the whole match ("April 24 and 25" for the "25")
                    reading = m.group(0) if has_t else text[raw_start:raw_end]
                    found.append((raw_start, raw_end, prio, kind, start, end, reading))
    # longest first, then earlier rule
    found.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    for raw_start, raw_end, _prio, kind, start, end, reading in found:
        if any(raw_start < e and s < raw_end for s, e in taken):
            continue
        cand = Candidate(start, end, kind, text[start:end], reading)
        if not _keep(cand, text):
            continue
        if kind in _TITLE_KINDS and _is_title(text, cand):
            continue
        taken.append((raw_start, raw_end))
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
