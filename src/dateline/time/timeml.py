"""TempEval-3 TimeML in and out.

Reading: the DCT (``<DCT><TIMEX3 value=...>``) and the TEXT element.  Annotation already inside TEXT
(gold ``TIMEX3``/``EVENT``/``SIGNAL`` tags) is stripped, so the output carries dateline's tags
only; the gold link elements after TEXT (``MAKEINSTANCE``, ``TLINK``, ``SLINK``, ``ALINK``) go too.
Writing: the same file with ``<TIMEX3 tid type value [mod]>`` tags inserted into TEXT and every
other character unchanged.  XML entities (``&amp;``) are decoded for the tagger and offsets are
mapped back to the escaped text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from dateline.model import Timex

_TEXT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.DOTALL)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue=\"([^\"]*)\"", re.DOTALL)
_INLINE = re.compile(r"</?(?:TIMEX3|EVENT|SIGNAL)\b[^>]*>")
_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\n?")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


class TimeMLError(ValueError):
    """A file that is not TempEval-3 TimeML (no TEXT element, bad DCT)."""


@dataclass
class TimeMLDoc:
    """A TimeML file split into the parts dateline needs."""

    head: str  # everything before the TEXT content (DCT included)
    escaped: str  # TEXT content with inline tags removed, still XML-escaped
    tail: str  # everything after the TEXT content
    dct: str | None  # ISO date of the DCT
    text: str  # decoded TEXT content: what the tagger sees
    offsets: list[int]  # offsets[i] = position in ``escaped`` of text[i]; offsets[len(text)] = len(escaped)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    tid: str = ""


def _decode(escaped: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(escaped):
        for i in range(pos, m.start()):
            out.append(escaped[i])
            offsets.append(i)
        out.append(html.unescape(m.group(0)))
        offsets.append(m.start())
        pos = m.end()
    for i in range(pos, len(escaped)):
        out.append(escaped[i])
        offsets.append(i)
    offsets.append(len(escaped))
    return "".join(out), offsets


def parse(source: str) -> TimeMLDoc:
    m = _TEXT.search(source)
    if not m:
        raise TimeMLError("no <TEXT> element")
    dm = _DCT.search(source)
    dct = None
    if dm:
        raw = dm.group(1)
        if not re.match(r"\d{4}-\d\d-\d\d", raw):
            raise TimeMLError(f"DCT value {raw!r} is not an ISO date")
        dct = raw[:10]
    escaped = _INLINE.sub("", m.group(2))
    text, offsets = _decode(escaped)
    tail = _LINKS.sub("", source[m.end(2):])
    return TimeMLDoc(head=source[:m.start(2)], escaped=escaped, tail=tail, dct=dct, text=text, offsets=offsets)


def gold_timexes(source: str) -> list[GoldTimex]:
    """The TIMEX3 tags inside TEXT with offsets into the decoded, tag-free text."""
    return [GoldTimex(start, end, text, a.get("type", ""), a.get("value", ""), a.get("mod"), a.get("tid", ""))
            for start, end, text, a in _inline_elements(source, "TIMEX3")]


@dataclass(frozen=True)
class GoldEvent:
    start: int
    end: int
    text: str
    eid: str
    cls: str  # TimeML event class: OCCURRENCE, REPORTING, STATE, ...


def gold_events(source: str) -> list[GoldEvent]:
    """The EVENT tags inside TEXT with offsets into the decoded, tag-free text."""
    return [GoldEvent(start, end, text, a.get("eid", ""), a.get("class", ""))
            for start, end, text, a in _inline_elements(source, "EVENT")]


def gold_links(source: str) -> tuple[dict[str, str], list[dict[str, str]], set[str]]:
    """(event instance id -> event id, TLINK attribute dicts, the DCT's timex ids) of a TimeML file."""
    instances = {a["eiid"]: a["eventID"] for a in map(attributes, re.findall(r"<MAKEINSTANCE\b[^>]*>", source))
                 if "eiid" in a and "eventID" in a}
    tlinks = [attributes(t) for t in re.findall(r"<TLINK\b[^>]*>", source)]
    dct = set()
    if (m := re.search(r"<DCT>\s*(<TIMEX3\b[^>]*>)", source)) and "tid" in (a := attributes(m.group(1))):
        dct.add(a["tid"])
    return instances, tlinks, dct


def attributes(tag: str) -> dict[str, str]:
    return dict(_ATTR.findall(tag))


def _inline_elements(source: str, name: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start, end, text, attributes) of each ``name`` element inside TEXT, offsets into the
    decoded text with every inline tag removed (what the tagger sees)."""
    m = _TEXT.search(source)
    if not m:
        raise TimeMLError("no <TEXT> element")
    content = m.group(2)
    plain_parts: list[str] = []
    out: list[tuple[int, int, dict[str, str]]] = []
    stack: list[tuple[int, dict[str, str]]] = []
    pos = 0
    length = 0
    for tm in _INLINE.finditer(content):
        chunk = html.unescape(content[pos:tm.start()])
        plain_parts.append(chunk)
        length += len(chunk)
        pos = tm.end()
        tag = tm.group(0)
        if tag.startswith(f"<{name}"):
            stack.append((length, attributes(tag)))
        elif tag.startswith(f"</{name}") and stack:
            start, attrs = stack.pop()
            out.append((start, length, attrs))
    plain_parts.append(html.unescape(content[pos:]))
    plain = "".join(plain_parts)
    return [(start, end, plain[start:end], attrs) for start, end, attrs in out]


def render(doc: TimeMLDoc, timexes: list[Timex]) -> str:
    """The file with our TIMEX3 tags inserted into TEXT."""
    pieces: list[str] = []
    pos = 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        s, e = doc.offsets[t.start], doc.offsets[t.end]
        if s < pos:
            continue
        attrs = f'tid="t{i}" type="{t.type}" value="{html.escape(t.value, quote=True)}"'
        if t.mod:
            attrs += f' mod="{t.mod}"'
        pieces.append(doc.escaped[pos:s])
        pieces.append(f"<TIMEX3 {attrs}>{doc.escaped[s:e]}</TIMEX3>")
        pos = e
    pieces.append(doc.escaped[pos:])
    return doc.head + "".join(pieces) + doc.tail


def annotate(source: str, nlp=None) -> str:
    """Tag one TimeML document (as a string); with ``nlp`` the spaCy parse decides tense."""
    from dateline.time import tag

    doc = parse(source)
    return render(doc, tag(doc.text, doc.dct, doc=nlp(doc.text) if nlp is not None else None))


def timeml_files(in_dir: Path) -> list[Path]:
    """``.tml`` and ``.TE3input`` files under ``in_dir`` (recursive, following symbolic links)."""
    import os

    found = []
    for root, _dirs, files in os.walk(in_dir, followlinks=True):
        found.extend(Path(root) / f for f in files if f.endswith((".tml", ".TE3input")))
    return sorted(found)


def annotate_dir(in_dir: Path, out_dir: Path, parse_with_spacy: bool = True) -> list[str]:
    """Tag every ``.tml``/``.TE3input`` file under ``in_dir`` into ``out_dir`` (same relative names).

    With ``parse_with_spacy`` (the default) the pipeline's spaCy model parses each text so that
    tense comes from the parse, as in ``dateline code``.  Returns the problems
    (``path:line: message``) of files that could not be processed; the others are written.
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    problems: list[str] = []
    files = timeml_files(in_dir)
    nlp = None
    if parse_with_spacy and files:
        from dateline.pipeline import build_nlp

        nlp = build_nlp()
    for path in files:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}:1: cannot read: {exc}")
            continue
        try:
            result = annotate(source, nlp)
        except TimeMLError as exc:
            line = source[:_TEXT.search(source).start()].count("\n") + 1 if _TEXT.search(source) else 1
            problems.append(f"{path}:{line}: {exc}")
            continue
        target = out_dir / path.relative_to(in_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result, encoding="utf-8")
    return problems
