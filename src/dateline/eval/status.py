"""Score event status (factual, future, hypothetical, negated, claimed) against TimeML gold.

``dateline eval status ../shared/data/time/tbaq --half even [--list]``.  Every gold EVENT is looked up in
dateline's spaCy parse of the file's text (the token at the head of its extent) and given the status
:func:`dateline.events.status.modality` gives that token, whether or not dateline would code an event there:
the score measures the status stage alone.

Gold status of an event instance, from its MAKEINSTANCE and the SLINKs it takes part in (the first rule that
holds, in the rank of ``status.STATUS_RANK``: negated > hypothetical > claimed > future > factual):

- negated: ``polarity="NEG"``; or subordinated by an SLINK ``COUNTER_FACTIVE`` ("refused to *sign*", "failed to
  *enforce*") or ``NEG_EVIDENTIAL`` ("denied that he would *send*").  Polarity is read where it is reliable: in
  most files NEG marks a few events, but in 25 of the 73 AQUAINT files NEG is on more than 90% of the instances
  and the few POS ones are exactly the negated events ("cannot *stop*", "has not *appeared*": the attribute is
  inverted in those files), so a file with NEG on more than 80% of at least 20 instances is read inverted.
- hypothetical: a modal in ``modality`` (would, could, may, might, can, should, must, have to), except a
  "would" reported by a verb of saying (an EVIDENTIAL SLINK over it: "said it *would* attack"), which is the
  future of the statement (sequence of tenses), as dateline reads it; either side of an SLINK ``CONDITIONAL``
  ("if diplomacy *fails*", "would *use* force"); the event an SLINK ``MODAL`` subordinates to a governor not in
  ``gold_future_governors`` (events/data/status_words.tsv: want of another, ask, urge, order, try, need, think).
- claimed: subordinated (EVIDENTIAL or MODAL) to a verb of alleging (``gold_allegation_governors``: accuse,
  allege, claim, suspect).  A plain report ("said", "told", "reported") is no claim in dateline's sense: its
  event stays factual (reported and vouched events are one class here, as in dateline).
- future: ``tense="FUTURE"`` (will, shall, 'll), a reported "would", or the event an SLINK ``MODAL``
  subordinates to a verb of planning, expecting, deciding, promising or threatening (``gold_future_governors``).
- factual: anything else (FACTIVE SLINKs, no SLINK).

dateline's side: ``modality(token).status``, except when the governing verb recodes the event, which is then no
longer reported as happening: REJECT ("refused to *meet*", "will not *meet*") -> negated, THREATEN and AGREE
("threatened to *attack*", "will *attack*", "promised to *withdraw*") -> future, REQUEST and ACCUSE ("urged X to
*withdraw*", "called for *sanctions*") -> hypothetical, except that a noun rejected keeps its own status ("rejected
the *offer*": the offer was made); a refused statement ("declined to *comment*") is negated, and an option weighed ("is
considering *sending* aid") future.  The scores: per class precision, recall and F1, accuracy, the confusion matrix, and the same with
future and hypothetical merged ("unrealised"), the distinction the gold takes from a word list.

The even-numbered files are design data (``--list`` prints their wrong events); the odd ones are score-only.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.halves import in_half
from dateline.events.status import STATUS_RANK
from dateline.time.timeml import TimeMLError, attributes, gold_events, parse, timeml_files

STATUSES = ("factual", "future", "hypothetical", "negated", "claimed")
MODALS = {"would", "could", "may", "might", "can", "should", "must", "have to", "should have to", "ought to",
          "shall"}
RECODED_STATUS = {"REJECT": "negated", "THREATEN": "future", "AGREE": "future", "REQUEST": "hypothetical",
                  "ACCUSE": "hypothetical"}
# A file with polarity NEG on more than this share of at least INVERTED_MIN instances is read inverted (the inverted
# AQUAINT files: 91-100% of 27 to 166 instances; every other file: at most 14%)
INVERTED_SHARE = 0.8
INVERTED_MIN = 20
DEFAULT_DIR = Path("../shared/data/time/tbaq")


@dataclass(frozen=True)
class GoldStatus:
    eid: str
    start: int
    end: int
    text: str
    status: str
    why: tuple[str, ...]  # the annotations that gave it, e.g. ("polarity:NEG", "SLINK:MODAL<planned")


@dataclass
class Report:
    pairs: Counter = field(default_factory=Counter)  # (gold, system) -> count
    listing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    documents: int = 0
    inverted_files: int = 0
    unaligned: int = 0
    seconds: float = 0.0

    def total(self) -> int:
        return sum(self.pairs.values())

    def scores(self, merge: dict[str, str] | None = None) -> tuple[dict[str, tuple[float, float, float, int]], float]:
        """Per class (precision, recall, F1, gold count) and accuracy; ``merge`` maps a class onto another."""
        m = merge or {}
        pairs: Counter = Counter()
        for (g, s), n in self.pairs.items():
            pairs[(m.get(g, g), m.get(s, s))] += n
        classes = list(dict.fromkeys(m.get(c, c) for c in STATUSES))
        out = {}
        for c in classes:
            tp = pairs[(c, c)]
            sys_n = sum(n for (g, s), n in pairs.items() if s == c)
            gold_n = sum(n for (g, s), n in pairs.items() if g == c)
            p = tp / sys_n if sys_n else 0.0
            r = tp / gold_n if gold_n else 0.0
            out[c] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold_n)
        total = sum(pairs.values())
        return out, (sum(n for (g, s), n in pairs.items() if g == s) / total if total else 0.0)

    def lines(self) -> list[str]:
        out = [f"event status on {self.documents} TimeML files: {self.total()} gold events "
               f"({self.unaligned} not found in the parse, not scored; polarity read inverted in "
               f"{self.inverted_files} files)"]
        for title, merge in (("five classes", None), ("future and hypothetical merged (unrealised)",
                                                      {"future": "unrealised", "hypothetical": "unrealised"})):
            per, acc = self.scores(merge)
            out.append(f"{title}: accuracy {100 * acc:.1f}%")
            out.append(f"  {'':14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
            for c, (p, r, f, n) in per.items():
                out.append(f"  {c:14}{100 * p:7.1f}{100 * r:7.1f}{100 * f:7.1f}{n:7d}")
            if merge is None:
                macro = sum(f for _, _, f, n in per.values() if n) / max(1, sum(1 for *_, n in per.values() if n))
                out.append(f"  macro-F1 {100 * macro:.1f}")
        out.append("confusion (rows gold, columns dateline):")
        out.append("  " + f"{'':14}" + "".join(f"{s[:8]:>9}" for s in STATUSES))
        for g in STATUSES:
            out.append("  " + f"{g:14}" + "".join(f"{self.pairs[(g, s)]:9d}" for s in STATUSES))
        if self.seconds:
            out.append(f"time: {self.seconds:.1f} s")
        return out


def _instances(source: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """(event id -> its first MAKEINSTANCE's attributes, instance id -> event id)."""
    first: dict[str, dict[str, str]] = {}
    owner: dict[str, str] = {}
    for a in map(attributes, re.findall(r"<MAKEINSTANCE\b[^>]*>", source)):
        if "eiid" in a and "eventID" in a:
            owner[a["eiid"]] = a["eventID"]
            first.setdefault(a["eventID"], a)
    return first, owner


def polarity_inverted(source: str) -> bool:
    """Does the file mark most of its instances NEG (the inverted AQUAINT files)?"""
    values = [a.get("polarity", "POS") for a in map(attributes, re.findall(r"<MAKEINSTANCE\b[^>]*>", source))]
    return len(values) >= INVERTED_MIN and sum(v == "NEG" for v in values) / len(values) > INVERTED_SHARE


def gold_statuses(source: str, lemma_of=None) -> list[GoldStatus]:
    """The gold status of every EVENT of a TimeML file.  ``lemma_of(eid)`` gives the base forms of a governing
    event's word (from the parse); without it the lower-cased text of its extent is used."""
    from dateline.events.tables import word_class

    future_govs = word_class("gold_future_governors", "status_words.tsv")
    alleging = word_class("gold_allegation_governors", "status_words.tsv")
    events = {e.eid: e for e in gold_events(source)}
    first, owner = _instances(source)
    inverted = polarity_inverted(source)
    reasons: dict[str, list[tuple[str, str]]] = {eid: [] for eid in events}

    def forms(eid: str) -> set[str]:
        if lemma_of:
            return set(lemma_of(eid))
        return _naive_forms(events[eid].text.lower()) if eid in events else set()

    for eid, a in first.items():
        if eid not in reasons:
            continue
        negative = (a.get("polarity", "POS") == "NEG") != inverted
        if negative:
            reasons[eid].append(("polarity:" + ("POS(inverted)" if inverted else "NEG"), "negated"))
        mod = a.get("modality", "").strip().lower()
        if mod in MODALS:
            reasons[eid].append((f"modality:{mod}", "hypothetical"))
        if a.get("tense") == "FUTURE":
            reasons[eid].append(("tense:FUTURE", "future"))
    for s in map(attributes, re.findall(r"<SLINK\b[^>]*>", source)):
        gov, sub, rel = owner.get(s.get("eventInstanceID", "")), owner.get(s.get("subordinatedEventInstance", "")), \
            s.get("relType", "")
        if sub not in reasons:
            continue
        gov_word = events[gov].text.lower() if gov in events else "?"
        tag = f"SLINK:{rel}<{gov_word}"
        gov_forms = forms(gov) if gov else set()
        if rel in ("COUNTER_FACTIVE", "NEG_EVIDENTIAL"):
            reasons[sub].append((tag, "negated"))
        elif rel == "CONDITIONAL":
            reasons[sub].append((tag, "hypothetical"))
            if gov in reasons:
                reasons[gov].append((f"SLINK:CONDITIONAL>{events[sub].text.lower()}", "hypothetical"))
        elif gov_forms & alleging and rel in ("EVIDENTIAL", "MODAL"):
            reasons[sub].append((tag, "claimed"))
        elif rel == "EVIDENTIAL":
            reasons[sub].append((tag, "reported"))
        elif rel == "MODAL":
            reasons[sub].append((tag, "future" if gov_forms & future_govs else "hypothetical"))
    out = []
    for eid, e in events.items():
        found = reasons[eid]
        reported = any(eff == "reported" for _, eff in found)
        effects = [eff for why, eff in found if eff != "reported"
                   and not (reported and why == "modality:would")]  # "said it would attack": future
        if reported and any(why == "modality:would" for why, _ in found):
            effects.append("future")
        status = max(effects, key=STATUS_RANK.__getitem__, default="factual")
        out.append(GoldStatus(eid, e.start, e.end, e.text, status, tuple(w for w, _ in found)))
    return out


def _naive_forms(word: str) -> set[str]:
    """The word and its stems without an inflection ("planned" -> plann, plan, planne...), for gold read with
    no parse."""
    forms = {word}
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms |= {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    return forms


def system_status(tok) -> tuple[str, tuple[str, ...]]:
    """dateline's status of the event at ``tok`` (see the module doc for recoded events) and its cues."""
    from dateline.events.lexicon import cue_places, word_cue_places
    from dateline.events.status import modality, statement_only

    mod = modality(tok)
    cues = mod.cues + ((f"recode:{mod.recode}",) if mod.recode else ())
    if mod.recode == "REJECT" and tok.pos_ in ("NOUN", "PROPN"):
        return mod.status, cues  # "rejected the *offer*", "refused *requests*": the thing rejected was made
    if mod.recode in RECODED_STATUS:
        return RECODED_STATUS[mod.recode], cues
    if statement_only(mod) and f"statement:{tok.lemma_.lower()}" in mod.cues and "statement" in cue_places(tok):
        return "negated", cues  # "declined to *comment*": the statement was refused (not "*declined* to comment")
    if statement_only(mod) and any(c.startswith("statement:") and "deliberation" in word_cue_places(c[10:])
                                   for c in mod.cues):
        return "future", cues  # "is considering *sending* aid": an option for later, no event yet
    return mod.status, cues


def _head_token(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        return span.root
    for tok in doc:
        if tok.idx <= start < tok.idx + len(tok):
            return tok
    return None


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).replace("\n", " ")


def evaluate(gold_dir: Path = DEFAULT_DIR, half: str | None = None, listing: bool = False,
             nlp=None, limit: int | None = None) -> Report:
    """Score the status stage on every TimeML file of ``gold_dir`` (``half``: the even or odd files, numbered
    as ``eval time`` numbers them).  ``listing`` collects the wrong events of the even files only."""
    from dateline.events.lexicon import base_forms

    if nlp is None:
        from dateline.pipeline import build_nlp

        nlp = build_nlp()
    report = Report()
    t0 = time.perf_counter()
    for position, path in enumerate(timeml_files(Path(gold_dir))):
        if not in_half(position, half):
            continue
        if limit is not None and report.documents >= limit:
            break
        name = str(path.relative_to(gold_dir))
        try:
            source = path.read_text(encoding="utf-8")
            text = parse(source).text
        except (OSError, UnicodeDecodeError, TimeMLError) as exc:
            report.problems.append(f"{path}:1: {exc}")
            continue
        doc = nlp(text)
        tokens = {e.eid: _head_token(doc, e.start, e.end) for e in gold_events(source)}
        gold = gold_statuses(source, lambda eid: base_forms(tokens[eid]) if tokens.get(eid) is not None else ())
        report.inverted_files += polarity_inverted(source)
        for g in gold:
            tok = tokens.get(g.eid)
            if tok is None:
                report.unaligned += 1
                continue
            sys_status, cues = system_status(tok)
            report.pairs[(g.status, sys_status)] += 1
            if listing and position % 2 == 0 and g.status != sys_status:
                report.listing.append(f"{name}\t{g.eid}\tgold={g.status}\tsys={sys_status}\t{tok.text}\t"
                                      f"gold:{','.join(g.why) or '-'}\tcues:{','.join(cues) or '-'}\t"
                                      f"{_context(text, g.start, g.end)}")
        report.documents += 1
    report.seconds = time.perf_counter() - t0
    return report


def run(gold_dir: Path = DEFAULT_DIR, half: str | None = None, listing: bool = False, as_json: bool = False,
        limit: int | None = None) -> tuple[list[str], list[str]]:
    """The lines ``dateline eval status`` prints and the problems for stderr.  ``listing`` with the odd half is
    refused (score-only files); with no half it lists the even files' wrong events only."""
    import json

    if listing and half == "odd":
        raise ValueError("the odd TimeML files are score-only: --list is for the even half")
    report = evaluate(gold_dir, half, listing, limit=limit)
    problems = list(report.problems)
    if listing and half is None:
        problems.append("--list: only the even files' wrong events are listed (the odd files are score-only)")
    if as_json:
        per, acc = report.scores()
        merged, macc = report.scores({"future": "unrealised", "hypothetical": "unrealised"})
        body = {"documents": report.documents, "events": report.total(), "accuracy": round(100 * acc, 2),
                "classes": {c: {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2), "gold": n}
                            for c, (p, r, f, n) in per.items()},
                "merged_accuracy": round(100 * macc, 2),
                "confusion": {f"{g}->{s}": n for (g, s), n in sorted(report.pairs.items())}}
        return [json.dumps({**({"half": half} if half else {}), **body}, indent=2)], problems
    lines = []
    if listing:
        lines += [f"wrong statuses in the even files ({len(report.listing)}):", *report.listing, ""]
    return lines + report.lines(), problems
