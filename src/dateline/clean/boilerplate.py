"""Offset-preserving detection of captions, related headlines, bylines and page furniture."""

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


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: re.Pattern
    max_words: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    raw = yaml.safe_load(resources.files("dateline.clean").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    return tuple(Rule(r["id"], r["kind"], re.compile(r["pattern"]), int(r["max_words"])) for r in raw["rules"])


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
    regions: list[Region] = []
    for i, para in enumerate(paras):
        flat = " ".join(para.text.split())
        n_words = flat.count(" ") + 1
        rule = next((r for r in rules() if n_words <= r.max_words and r.pattern.search(flat)), None)
        if rule:
            regions.append(Region(para.start, para.end, rule.kind, rule.id))
        elif _is_inserted_headline(paras, i):
            regions.append(Region(para.start, para.end, "related_headline", "headline.unpunctuated_between_paragraphs"))
    return regions


def _is_inserted_headline(paras: list[Paragraph], i: int) -> bool:
    """A short unpunctuated single line between two paragraphs of punctuated prose.

    "France will end its military presence in Niger after the coup" between two reported
    paragraphs is a link to another story.  The first paragraph is left alone (it may be the
    article's own headline), and so is a line followed by a lowercase continuation.
    """
    if i == 0 or i == len(paras) - 1:
        return False
    para = paras[i]
    if "\n" in para.text or _TERMINAL.search(para.text):
        return False
    n_words = len(_WORD.findall(para.text))
    if not HEADLINE_MIN_WORDS <= n_words <= HEADLINE_MAX_WORDS:
        return False
    if not para.text[0].isupper() and not para.text[0].isdigit():
        return False
    nxt, prev = paras[i + 1].text, paras[i - 1].text
    # A lowercase or punctuation start below, or an unfinished sentence above, means the
    # line is a piece of a wrapped sentence.
    if not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"“'‘") or not _TERMINAL.search(prev):
        return False
    others = [p for j, p in enumerate(paras) if j != i]
    punctuated = sum(1 for p in others if _TERMINAL.search(p.text))
    return punctuated >= PUNCTUATED_SHARE * len(others)
