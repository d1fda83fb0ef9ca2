"""Offset-preserving detection of captions, related headlines, bylines, link lists, reader comments
and page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from dateline.model import Region

# A paragraph that ends like this is a sentence of reporting, not a pasted headline.
_TERMINAL = re.compile(r"""(?:[.!?:;"'”’)\]…·•\x95]|-RRB-)\s*$""")
_WORD = re.compile(r"[\w'’-]+")
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 4, 20
# Share of the other paragraphs that must end in terminal punctuation before an unpunctuated
# one counts as an inserted headline: hard-wrapped or telegraphic text has none.
PUNCTUATED_SHARE = 0.6
# A video's running time before its title, as a news site's player lists its other videos ("0:47 Procession for
# Fresno County sheriff's deputy ... Pause"); not a clock time ("10:17 PM the shift commander ...").
_DURATION_TITLE = re.compile(r"^\d{1,2}:[0-5]\d\s+(?![AaPp]\.?[Mm]\b\.?)[A-Z0-9\"“'‘]")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: re.Pattern
    max_words: int | None  # None: a paragraph of any length (only for rules that exclude their match)
    extent: str = "paragraph"  # paragraph: the whole paragraph; match: only the matched text


@dataclass(frozen=True)
class Section:
    """A marker that opens non-article text running to the end (reader comments and what follows)."""

    id: str
    kind: str
    pattern: re.Pattern
    max_words: int | None
    start: str  # paragraph | match | after


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("dateline.clean").joinpath("data/boilerplate.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return tuple(Rule(r["id"], r["kind"], re.compile(r["pattern"]), _max_words(r), r.get("extent", "paragraph"))
                 for r in _data()["rules"])


def _max_words(raw: dict) -> int | None:
    return None if raw["max_words"] in (None, "none") else int(raw["max_words"])


@lru_cache(maxsize=1)
def sections() -> tuple[Section, ...]:
    return tuple(Section(r["id"], r["kind"], re.compile(r["pattern"]), _max_words(r), r["start"])
                 for r in _data().get("sections", []))


def paragraphs(text: str) -> list[Paragraph]:
    """Blocks separated by blank lines when the text has any, else single lines.

    Offsets exclude the surrounding whitespace.  Hard-wrapped paragraphs thus stay whole.
    """
    separator = re.compile(r"\n[ \t]*\n\s*") if re.search(r"\n[ \t]*\n", text) else re.compile(r"\n\s*")
    out: list[Paragraph] = []
    pos = 0
    for m in list(separator.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            out.append(Paragraph(start, start + len(stripped), stripped))
        if m:
            pos = m.end()
    return out


def find_excluded(text: str) -> list[Region]:
    """Excluded regions, in text order, never overlapping."""
    paras = paragraphs(text)
    cut = _section_start(paras)
    if cut is not None:
        paras = [p for p in paras if p.end <= cut[0]]
    regions: list[Region] = []
    listed = {i: ("related_headline", rule) for i, rule in _link_lists(paras).items()}
    listed |= {i: ("embed", rule) for i, rule in _video_playlists(paras).items()}
    for i, para in enumerate(paras):
        flat, n_words = _flat(para)
        region = _line_rule(para, flat, n_words)
        if region:
            regions.append(region)
        elif i in listed:
            regions.append(Region(para.start, para.end, *listed[i]))
    if cut is not None:
        start, section = cut
        # A furniture line running into the section's first piece is part of it.
        while regions and regions[-1].end > start:
            start = min(start, regions.pop().start)
        end = len(text.rstrip())
        if end > start:
            regions.append(Region(start, end, section.kind, section.id))
    return regions


def _flat(para: Paragraph) -> tuple[str, int]:
    """The paragraph on one line, and its number of words."""
    flat = " ".join(para.text.split())
    return flat, flat.count(" ") + 1


def _line_rule(para: Paragraph, flat: str, n_words: int) -> Region | None:
    """The region of the first line rule that matches the paragraph: all of it, or for a rule with
    ``extent: match`` the matched text only (a wire dateline header run into the lede)."""
    for rule in rules():
        if rule.max_words is not None and n_words > rule.max_words:
            continue
        if rule.extent == "match":
            m = rule.pattern.search(para.text)
            if m and m.end() > m.start():
                return Region(para.start + m.start(), para.start + m.end(), rule.kind, rule.id)
        elif rule.pattern.search(flat):
            return Region(para.start, para.end, rule.kind, rule.id)
    return None


def _section_start(paras: list[Paragraph]) -> tuple[int, Section] | None:
    """Where the first section marker opens non-article text (character offset), and its rule.

    The first paragraph (the headline, a date line or the lede) never opens one from its start, so
    a section never takes the whole text.  The earliest marker wins; everything after it is
    comments, forms and page footer, never the article again.
    """
    for k, para in enumerate(paras):
        flat, n_words = _flat(para)
        found = []
        for sec in sections():
            if sec.max_words is not None and n_words > sec.max_words:
                continue
            m = sec.pattern.search(para.text)
            if m is None and not sec.pattern.search(flat):
                continue
            if m is None or sec.start == "paragraph":
                # (a match only once the line breaks are flattened starts at the paragraph, to stay safe)
                at = para.start
            else:
                at = para.start + (m.start() if sec.start == "match" else m.end())
            if k > 0 or at > para.start:
                found.append((at, sec))
        if found:
            return min(found, key=lambda f: f[0])
    return None


def _link_line(para: Paragraph) -> bool:
    """A single unpunctuated line of at most HEADLINE_MAX_WORDS words starting with a capital or a
    digit: a headline, a link or a list header, not a sentence of reporting."""
    if "\n" in para.text or _TERMINAL.search(para.text):
        return False
    if not para.text[0].isupper() and not para.text[0].isdigit():
        return False
    return 1 <= len(_WORD.findall(para.text)) <= HEADLINE_MAX_WORDS


def _video_playlists(paras: list[Paragraph]) -> dict[int, str]:
    """Paragraph index -> rule id for a video player's playlist: two or more link lines in a row, each a video's
    running time and title ("1:20 In-Home Supportive Services employees protest" / "0:59 Parlier officials seek
    support for tax measure").  Unlike other link lists it needs no prose around it: a page may hold nothing else,
    and its first line may open the text."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, para in enumerate([*paras, None]):
        if para is not None and _DURATION_TITLE.match(para.text) and _link_line(para):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(dict.fromkeys(run, "embed.video_playlist_titles"))
        run = []
    return out


def _title_case(line: str) -> bool:
    """Most words of four letters or more start with a capital ("Microsoft Readies Bluetooth Keyboard")."""
    long_words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


def _link_lists(paras: list[Paragraph]) -> dict[int, str]:
    """Paragraph index -> rule id for inserted headlines and link lists.

    A run of link lines after a paragraph of punctuated prose (or a list header such as
    "RELATED:"), in a text whose other paragraphs are mostly punctuated, is a list of links to
    other stories ("Related" / "Manchester boy shoots self in head" / "More Local News"), when two
    of its lines are headline-sized or it reaches the end of the text (a single last line only in
    title case); a single line between two paragraphs is an inserted headline.  The first
    paragraph is left alone (it may be the article's own headline), and so is a
    run followed by a lowercase continuation (a wrapped sentence).
    """
    out: dict[int, str] = {}
    if len(paras) < 3:
        return out
    punctuated = [bool(_TERMINAL.search(p.text)) for p in paras]
    words = [len(_WORD.findall(p.text)) for p in paras]
    i = 1
    while i < len(paras):
        if not _link_line(paras[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(paras) and _link_line(paras[j + 1]):
            j += 1
        run = range(i, j + 1)
        others = len(paras) - len(run)
        prose = sum(punctuated) >= PUNCTUATED_SHARE * others and others > 0
        nxt = paras[j + 1].text if j + 1 < len(paras) else None
        continues = nxt is not None and not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"“'‘")
        if prose and punctuated[i - 1] and not continues:
            if len(run) == 1 and nxt is not None:
                # One headline-sized line between two paragraphs of prose is a link to another story
                # inserted in the text ("France will end its military presence in Niger after the coup").
                if words[i] >= HEADLINE_MIN_WORDS:
                    out[i] = "headline.unpunctuated_between_paragraphs"
            elif len(run) == 1 and not _title_case(paras[i].text):
                pass  # a last line in sentence case may be a sentence that lost its full stop
            elif (nxt is None and sum(words[k] for k in run) >= HEADLINE_MIN_WORDS
                  or sum(words[k] >= HEADLINE_MIN_WORDS for k in run) >= 2):
                # Two headline-sized lines, or a run that ends the text: short lines alone inside the
                # text are more often a sentence broken across lines ("Warner Bros' / We Are / Your...").
                for k in run:
                    out[k] = "headline.link_list"
        i = j + 1
    return out
