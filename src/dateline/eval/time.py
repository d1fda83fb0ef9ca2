"""Score TIMEX3 tagging against TimeML gold, the way the TempEval-3 scorer does.

- strict span: system and gold extents identical; relaxed span: they overlap (one-to-one);
- attribute F1 (value, type) = relaxed F1 x attribute accuracy over the relaxed matches, i.e.
  precision = correct attributes / system expressions, recall = correct attributes / gold ones.

Only the TIMEX3 tags inside ``<TEXT>`` count (the DCT is given, not found).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.halves import in_half
from dateline.time.timeml import GoldTimex, TimeMLError, gold_timexes, parse, timeml_files


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: "Counts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    counts: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    documents: int = 0
    words: int = 0
    seconds: float = 0.0

    def scores(self) -> dict[str, tuple[float, float, float]]:
        c = self.counts
        return {
            "strict": prf(c.strict, c.system, c.gold),
            "relaxed": prf(c.relaxed, c.system, c.gold),
            "value": prf(c.value, c.system, c.gold),
            "type": prf(c.type, c.system, c.gold),
        }

    def table(self, name: str = "dateline") -> str:
        c = self.counts
        lines = [f"{name}: {self.documents} documents, {c.gold} gold TIMEX3, {c.system} system TIMEX3",
                 f"{'':14}{'P':>8}{'R':>8}{'F1':>8}"]
        for label, (p, r, f) in self.scores().items():
            lines.append(f"{label + ' span' if label in ('strict', 'relaxed') else label:14}"
                         f"{100 * p:8.2f}{100 * r:8.2f}{100 * f:8.2f}")
        if self.seconds:
            lines.append(f"time: {self.seconds:.2f} s, {self.seconds / max(1, self.documents) * 1000:.1f} ms/doc, "
                         f"{self.words / self.seconds:,.0f} words/s")
        return "\n".join(lines)


def match(gold: list[GoldTimex], system: list[GoldTimex], doc_name: str = "", text: str = "") -> tuple[Counts, list[str]]:
    """Counts for one document and its error lines."""
    c = Counts(gold=len(gold), system=len(system))
    gold_spans = {(g.start, g.end) for g in gold}
    c.strict = sum(1 for s in system if (s.start, s.end) in gold_spans)
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    errors: list[str] = []
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        c.relaxed += 1
        ok_value = g.value == s.value
        c.value += ok_value
        c.type += g.type == s.type
        if (g.start, g.end) != (s.start, s.end):
            errors.append(f"{doc_name}\tSPAN\tgold={g.text!r}\tsys={s.text!r}")
        if not ok_value or g.type != s.type:
            errors.append(f"{doc_name}\tVALUE\t{g.text!r}\tgold={g.type}:{g.value}\tsys={s.type}:{s.value}"
                          f"\t{_context(text, g.start, g.end)}")
    for gi, g in enumerate(gold):
        if gi not in used_g:
            errors.append(f"{doc_name}\tMISSED\t{g.text!r}\t{g.type}:{g.value}\t{_context(text, g.start, g.end)}")
    for si, s in enumerate(system):
        if si not in used_s:
            errors.append(f"{doc_name}\tSPURIOUS\t{s.text!r}\t{s.type}:{s.value}\t{_context(text, s.start, s.end)}")
    return c, errors


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    if not text:
        return ""
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).replace("\n", " ")


def evaluate(gold_dir: Path, system_dir: Path | None = None, parse_with_spacy: bool = False,
             half: str | None = None) -> Report:
    """Score dateline's tagger (or the files in ``system_dir``) against every gold file.

    ``parse_with_spacy`` gives the tagger the spaCy doc (as the pipeline does), so that the parse
    decides tense; the time then includes parsing.  ``half`` = "even" / "odd" keeps only the even- /
    odd-numbered files (sorted by path, numbered as ``eval dates`` numbers them), so rules can be
    designed on one half and checked on the other.
    """
    from dateline.time import tag

    nlp = None
    if parse_with_spacy and system_dir is None:
        from dateline.pipeline import build_nlp

        nlp = build_nlp()
    tag("compile the grammar before timing on Saturday", "2000-01-01")  # lazy regex compilation
    report = Report()
    for position, path in enumerate(timeml_files(Path(gold_dir))):
        if not in_half(position, half):
            continue
        name = str(path.relative_to(gold_dir))
        try:
            source = path.read_text(encoding="utf-8")
            doc = parse(source)
            gold = gold_timexes(source)
        except (OSError, UnicodeDecodeError, TimeMLError) as exc:
            report.problems.append(f"{path}:1: {exc}")
            continue
        if system_dir is not None:
            sys_path = Path(system_dir) / name
            if not sys_path.exists():
                report.problems.append(f"{sys_path}:1: missing system file (scored as empty)")
                system: list[GoldTimex] = []
            else:
                try:
                    sys_source = sys_path.read_text(encoding="utf-8")
                    system = gold_timexes(sys_source)
                    if parse(sys_source).text != doc.text:
                        report.problems.append(f"{sys_path}:1: text differs from gold; offsets may not align")
                except (OSError, UnicodeDecodeError, TimeMLError) as exc:
                    report.problems.append(f"{sys_path}:1: {exc}")
                    system = []
        else:
            t0 = time.perf_counter()
            found = tag(doc.text, doc.dct, doc=nlp(doc.text) if nlp is not None else None)
            report.seconds += time.perf_counter() - t0
            system = [GoldTimex(t.start, t.end, t.text, t.type, t.value, t.mod) for t in found]
        report.words += len(doc.text.split())
        counts, errors = match(gold, system, name, doc.text)
        report.counts.add(counts)
        report.errors.extend(errors)
        report.documents += 1
    return report


def run(gold_dir: Path, system_dir: Path | None = None, errors_out: Path | None = None,
        as_json: bool = False, parse_with_spacy: bool = False,
        half: str | None = None) -> tuple[str, list[str]]:
    """What ``dateline eval time`` prints, and the problems to report on stderr."""
    import json

    report = evaluate(gold_dir, system_dir, parse_with_spacy, half)
    if errors_out is not None:
        Path(errors_out).write_text("\n".join(report.errors) + "\n", encoding="utf-8")
    if as_json:
        scores = {k: {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}
                  for k, (p, r, f) in report.scores().items()}
        body = json.dumps({"documents": report.documents, "gold": report.counts.gold,
                           "system": report.counts.system, "scores": scores,
                           "seconds": round(report.seconds, 3), "words": report.words}, indent=2)
    else:
        body = report.table("dateline" if system_dir is None else str(system_dir))
    return body, report.problems
