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

from dateline.time.lexicon import alternation, fragments, lexicon


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


def _rules() -> list[tuple[str, str, str]]:
    """(kind, trigger categories, regex): a rule runs only near a word of its categories."""
    f = fragments()
    lex = lexicon()
    MONTH, MONTH_FULL, DOW, NUM, QNUM = f["MONTH"], f["MONTH_FULL"], f["DOW"], f["NUM"], f["QNUM"]
    UNITS, UNIT_SG, YEAR, DAYNUM, ORD = f["UNITS"], f["UNIT_SG"], f["YEAR"], f["DAYNUM"], f["ORD"]
    YEAR_ANY = f["YEAR_ANY"]
    PART, SEASON, HOLIDAY, MOD, POS = f["PART"], f["SEASON"], f["HOLIDAY"], f["MOD"], f["POS"]
    POSP = rf"(?:{POS}[\s-]+)"
    TZ = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\s+time))"
    CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|noon|midnight|midday)"
    REL = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous"
           r"|the\s+preceding|the\s+current|the\s+following|the\s+same|the\s+latest|the\s+present|the\s+prior"
           r"|this|last|next|past|coming|previous|current|following|same|that|the)")
    DAYREF = rf"(?:{DOW}|today|yesterday|tomorrow|{MONTH}\s+{DAYNUM})"
    return [
        ("iso", "digit", r"\b\d{4}-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d)?)?\b"),
        ("numeric", "digit", r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\b"),
        ("date", "month", rf"\b(?:{DOW},?\s+)?(?:(?:this|next|last|this\s+coming|this\s+past)\s+)?(?:{POSP})?{MONTH}\s+"
                 rf"(?:{DAYNUM}|the\s+{ORD}|{ORD})(?:,?\s+{YEAR})?(?![\d,]\d)\b"),
        ("date", "month", rf"\b(?:{DOW},?\s+)?(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b"),
        ("date", "month", rf"\b(?:{POSP})?{MONTH}(?:\s+of)?,?\s+{YEAR_ANY}(?![\d,]\d)\b"),
        ("date", "month", rf"\b(?:{POSP})?{MONTH_FULL}\s+(?:of\s+)?(?:this|last|next|that|the\s+following|the\s+previous)\s+year\b"),
        ("dayconj", "month", rf"\b{MONTH}\s+{DAYNUM},?\s+(?:and|or|to|through|until|-)\s+(?P<t>{DAYNUM}(?:,?\s+{YEAR})?)\b(?![\s-]*(?:\d|{UNITS}|percent))"),
        ("month", "month", rf"\b(?:(?:last|next|this|this\s+past|this\s+coming|{POS})[\s-]+)?{MONTH_FULL}\b"),
        ("year", "digit numword", rf"\b(?:(?:the\s+)?(?:fiscal|calendar|the\s+year|{POS})[\s-]+|FY\s?|(?:pre|post)-)?{YEAR}"
                 r"(?:\s+or\s+(?:later|earlier|before|after|beyond)|\s+and\s+beyond)?(?![\d,]\d|\.\d|%)\b"),
        ("year", "digit numword", r"\b(?:the\s+year\s+)?(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy"
                 r"|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
                 r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b"),
        ("year", "digit numword", r"\bthe\s+year\s+two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b"),
        ("decade", "digit", rf"\b(?:the\s+)?(?:{POSP})?(?:(?:1\d|20)\d0s|'\d0s)(?!\w)"),
        ("decade", "numword", r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?(?:twenties|thirties|forties"
                              r"|fifties|sixties|seventies|eighties|nineties)\b"),
        ("century", "century", rf"\b(?:the\s+)?(?:{POSP})?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORD})[\s-]+century\b"),
        ("dow", "dow", rf"\b(?:(?:last|next|this|this\s+coming|this\s+past|coming|{POS}|earlier|later)[\s-]+)?{DOW}"
                rf"(?:'s)?(?:\s+{PART}s?)?(?!\w)"),
        ("deictic", "deictic part", rf"\b(?:(?:early|late|earlier|later|{PART}|noon|midnight)\s+)?(?:today|tonight|yesterday|tomorrow"
                    rf"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+{PART})?\b"),
        ("deictic", "deictic part", rf"\b(?:(?:early|late|earlier|later)\s+)?(?:this|last|tomorrow|yesterday)\s+{PART}\b"),
        ("deictic", "deictic part", r"\bovernight\b"),
        ("partref", "part", rf"\b(?:(?:early|late|earlier|later)\s+)?(?:that|the\s+(?:next|following|previous|same)|the\s+same)"
                    rf"\s+{PART}\b"),
        ("relunit", "unit season", rf"\b(?:(?:{POS}|earlier|later|sometime|as\s+early\s+as)\s+)?{REL}\s+"
                    rf"(?:{UNIT_SG}|{SEASON}|fiscal\s+year)\b(?!-)"),
        ("relunit", "unit season", rf"\b(?:earlier|later)\s+in\s+(?:the|this|that)\s+{UNIT_SG}\b"),
        ("relunit", "unit season", rf"\b(?:the\s+)?{UNIT_SG}\s+(?:before|after)(?=\s*[,.;]|\s+(?:that|yesterday|last|the\s+attack))"),
        ("offset", "unit", rf"\b(?:{MOD}\s+)?(?:{NUM}[\s-]+{UNITS}|(?:years|months|weeks|days|decades|hours|minutes))(?:\s+or\s+so|\s+and\s+a\s+half)?\s+"
                   r"(?:ago|earlier|later|before|after|from\s+now|hence|afterwards?|previously)\b"),
        ("duration", "unit", rf"\b(?:the\s+)?(?:(?:past|last|next|first|previous|coming|following|final|latest|initial"
                     rf"|remaining|entire|whole|full|prior|ensuing|subsequent|same|other|year-earlier|year-ago)\s+)?(?:{MOD}\s+)?{NUM}"
                     rf"(?:\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar))?"
                     rf"[\s-]+{UNITS}(?:\s+and\s+a\s+half|\s+or\s+(?:so|two|more|less|longer))?\b"),
        ("duration", "unit", rf"\b(?:{MOD}\s+)?{QNUM}\s+(?:to|or)\s+{QNUM}[\s-]+{UNITS}\b"),
        ("duration", "unit", rf"\b(?:{QNUM}|{UNITS})[\s-]+(?:long|old)\b"),
        ("duration", "unit", r"\b(?:year|decade|month|week|day|hour)s?-?long\b"),
        ("duration_bare", "unit", r"\b(?:for|in|over|within|than|after|during)\s+(?P<t>(?:the\s+)?(?:(?:past|last|next"
                          r"|coming|recent|previous|following)\s+)?(?:years|months|weeks|days|decades|hours|minutes"
                          r"|centuries))\b"),
        ("duration_bare", "unit", r"\b(?P<t>(?:the\s+)?(?:recent|coming)\s+(?:years|months|weeks|days|decades))\b"),
        ("time", "digit clock", rf"\b(?:(?:{MOD}|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?{CLOCK}{TZ}?"
                 rf"(?:,?\s+(?:on\s+)?{DAYREF})?"),
        ("time", "digit clock", rf"\b(?:{MOD}\s+)?\d{{1,2}}(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)\b"),
        ("time", "digit clock", rf"\b(?:at|by|until|from)\s+(?P<t>(?:{MOD}\s+)?\d{{1,2}}:\d\d(?:{TZ})?)(?!\d)"),
        ("time", "digit clock", rf"\b(?:(?:{MOD})\s+)?(?:noon|midnight|midday)\s+{DAYREF}\b"),
        ("quarter", "quarter digit", rf"\b(?:(?:the|its|this\s+year's|last\s+year's|next\s+year's|this|that|a)\s+)?"
                    rf"(?:(?:latest|current|same|comparable|previous|preceding|prior|year-earlier|year-ago|fiscal"
                    rf"|calendar|flat|strong|weak|{YEAR})[\s-]+)*(?:(?:{ORD}|final)[\s-]+(?:fiscal[\s-]+)?"
                    rf"(?:quarter|half)|(?:last|latter)[\s-]+half|quarter|period)(?!-)(?:,?\s+(?:of\s+)?(?:fiscal\s+)?{YEAR}|\s+of\s+(?:this|last|next)\s+year"
                    r"|\s+a\s+year\s+(?:ago|earlier))?\b"),
        ("quarter", "quarter digit", rf"\b(?:Q[1-4]|[1-4]Q|H[12])(?:\s+{YEAR}|\s*'\d\d)?\b"),
        ("set", "set dow", rf"\b(?:{alternation(lex.set_adverbs)})\b"),
        ("set", "set dow", rf"\b(?:every|each)\s+(?:other\s+)?(?:(?:{QNUM}|few)\s+)?(?:{UNITS}|{DOW}|{MONTH_FULL}|{PART}|{SEASON})\b"),
        ("set", "set dow", rf"\b(?:once|twice|three\s+times|four\s+times|{QNUM}\s+times)\s+(?:a|an|per|each|every)\s+{UNIT_SG}\b"),
        ("set", "set dow", rf"\b{DOW}s\b"),
        ("vague", "vague", rf"\b{alternation(lex.vague)}\b"),
        ("vague", "vague", r"\b(?:current|recent)\b(?!\s+(?:account|affairs|events|flows?|assets|liabilities|value))"),
        ("then", "then", r"\b(?:until|till|by|before|from|after)\s+(?P<t>then)\b"),
        ("yearrel", "unit", r"\b(?:year-earlier|year-ago)\b(?![\s-]+(?:quarter|period|levels?|month|week))"),
        ("yearend", "unit", r"\b(?:around\s+)?(?:year[\s-]end|year's\s+end)\b"),
        ("season", "season", rf"\b(?:(?:{POS}|last|next|this|this\s+past|this\s+coming|the|that|the\s+following"
                   rf"|the\s+previous)[\s-]+)?{SEASON}(?:\s+(?:of\s+)?{YEAR_ANY})?\b"),
        ("holiday", "holiday dow unit", rf"\b(?:(?:last|next|this)\s+)?{HOLIDAY}(?:\s+{YEAR})?\b"),
    ]


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


_NOT_PLURAL = {"was", "is", "has", "as", "this", "his", "its", "us", "thus", "yes", "does", "less", "across"}
_FUNCTION_WORDS = {"of", "and", "or", "is", "was", "are", "were", "will", "would", "as", "to", "for", "in", "on",
                   "at", "but", "that", "when", "with", "by", "than", "has", "had", "have", "it", "we", "they",
                   "he", "she", "i", "you", "there", "this", "so", "if", "may", "might", "could", "can", "should",
                   "looks", "look", "remains", "seems", "lies", "holds", "belongs", "be"}


def _sentence_start(text: str, start: int) -> bool:
    return bool(re.search(r"(?:^|[.!?\n])[\s\"'`(]*$", text[max(0, start - 6):start])) or start == 0


def _keep(c: Candidate, text: str) -> bool:
    lex = lexicon()
    low = c.text.lower()
    if not _names_capitalised(c.text):
        return False
    before, after = _prev_word(text, c.start), _next_word(text, c.end)
    if c.kind == "month":
        words = low.replace("-", " ").split()
        if len(words) == 1 and before not in lex.month_preps:
            return False  # a bare month name needs a temporal context: "in May", not "May" the modal
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
    if c.kind == "relunit":
        words = low.split()
        if words[0] == "the" and len(words) == 2 and words[1] not in ("weekend",) and not (
                words[1] == "year" and before in ("for", "of", "during", "through", "throughout", "in")
                and re.match(r"\s*(?:[,.;]|ended|ending|to\b)", text[c.end:c.end + 8])):
            return False  # "the day", "the year": too vague alone (but "for the year ended June 30")
        if words[0] == "that" and len(words) == 2 and before not in ("on", "by", "until", "since", "of", "from",
                                                                     "in", "during", "later", "earlier", "for"):
            return False
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
                                                      c.text) and not _sentence_start(text, c.start):
        return False  # "60 Minutes": a capitalised unit in mid-sentence is a title
    if re.fullmatch(r"(?:the\s+)?(?:end|close)\s+of\s+the\s+day", low):
        return False  # "at the end of the day": an idiom
    if c.kind == "time" and re.fullmatch(r"(?:Noon|Midnight|Midday)", c.text) and not _sentence_start(text, c.start):
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
        if _sentence_start(text, c.start):
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
