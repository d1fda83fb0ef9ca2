"""Score the actors stage on the development sets (``dateline eval actors``).

Two kinds of gold:

- ConfliBERT CAMEO NER files (``cameo_ner_*.txt``, CoNLL, one token and one BIO tag per line,
  S = source, T = target, R = reciprocal): how well our mentions cover the gold actor spans.
  A gold span is *found* when a mention shares at least one token with it; a mention is
  *correct* when it shares a token with some gold span.  Mention precision is low by design:
  the gold marks only the actors of the sentence's coded event, we mark every actor.
  Token-level recall/precision are reported too.
- PLOVER GSR records (``plover_gsr_filtered.json``): for each gold actor text with a country
  code, the country (and, when given, sector) of the mention overlapping it.

The sentences carry no article date, so office-holders resolve without one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ConllSentence:
    tokens: list[str]
    tags: list[str]

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        offsets, pos = [], 0
        for tok in self.tokens:
            offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        return " ".join(self.tokens), offsets

    def gold_spans(self) -> list[tuple[str, int, int]]:
        """(label, first token, end token) for each B-/I- run."""
        spans: list[tuple[str, int, int]] = []
        for i, tag in enumerate(self.tags):
            if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][2] != i
                                                                   or spans[-1][0] != tag[2:])):
                spans.append((tag[2:], i, i + 1))
            elif tag.startswith("I-"):
                label, start, _ = spans[-1]
                spans[-1] = (label, start, i + 1)
        return spans


def read_conll(path: Path) -> Iterator[ConllSentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                yield ConllSentence(tokens, tags)
            tokens, tags = [], []
            continue
        word, _, tag = line.rstrip().rpartition(" ")
        tokens.append(word or tag)
        tags.append(tag if word else "O")
    if tokens:
        yield ConllSentence(tokens, tags)


@dataclass
class SpanScores:
    gold: Counter = field(default_factory=Counter)  # per label
    found: Counter = field(default_factory=Counter)
    resolved: Counter = field(default_factory=Counter)  # found by a mention with a country
    mentions: int = 0
    mentions_on_gold: int = 0
    gold_tokens: int = 0
    predicted_tokens: int = 0
    overlap_tokens: int = 0
    sentences: int = 0

    def report(self) -> dict[str, Any]:
        total_gold = sum(self.gold.values())
        return {
            "sentences": self.sentences,
            "gold_spans": total_gold,
            "mention_recall": _ratio(sum(self.found.values()), total_gold),
            "mention_recall_with_country": _ratio(sum(self.resolved.values()), total_gold),
            "mention_precision": _ratio(self.mentions_on_gold, self.mentions),
            "token_recall": _ratio(self.overlap_tokens, self.gold_tokens),
            "token_precision": _ratio(self.overlap_tokens, self.predicted_tokens),
            "recall_by_role": {label: _ratio(self.found[label], n) for label, n in sorted(self.gold.items())},
            "mentions": self.mentions,
        }


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def _nlp():
    try:
        from dateline.pipeline import build_nlp

        return build_nlp()
    except (ImportError, AttributeError):  # places not installed: the actors patterns alone
        from dateline.actors import entity_patterns
        from dateline.nlp import load_nlp

        return load_nlp(entity_patterns())


def score_conll(paths: Iterable[Path], nlp, limit: int | None = None, errors: list | None = None) -> SpanScores:
    from dateline.actors import resolve

    scores = SpanScores()
    sentences = [s for p in paths for s in read_conll(p)][:limit]
    texts = [s.text_and_offsets() for s in sentences]
    for sent, (text, offsets), doc in zip(sentences, texts, nlp.pipe([t for t, _ in texts], batch_size=64)):
        scores.sentences += 1
        mentions = resolve(doc, None).mentions
        mention_tokens = [{i for i, (s, e) in enumerate(offsets) if s < m.end and m.start < e} for m in mentions]
        gold = sent.gold_spans()
        gold_tokens = {i for _, s, e in gold for i in range(s, e)}
        predicted = set().union(*mention_tokens) if mention_tokens else set()
        scores.gold_tokens += len(gold_tokens)
        scores.predicted_tokens += len(predicted)
        scores.overlap_tokens += len(gold_tokens & predicted)
        scores.mentions += len(mentions)
        scores.mentions_on_gold += sum(1 for toks in mention_tokens if toks & gold_tokens)
        for label, s, e in gold:
            scores.gold[label] += 1
            span = set(range(s, e))
            hits = [m for m, toks in zip(mentions, mention_tokens) if toks & span]
            if hits:
                scores.found[label] += 1
                if any(m.actor.country for m in hits):
                    scores.resolved[label] += 1
            elif errors is not None:
                errors.append({"file": "conll", "text": text, "gold": " ".join(sent.tokens[s:e]), "role": label,
                               "mentions": [m.text for m in mentions]})
    return scores


def _locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of a gold actor text; "U.S. ... negotiators" spans both pieces."""
    pieces = [p.strip() for p in actor_text.split("...") if p.strip()]
    if not pieces:
        return None
    start = text.find(pieces[0])
    if start < 0:
        return None
    end = text.find(pieces[-1], start)
    return (start, (end if end >= 0 else start) + len(pieces[-1]))


def score_gsr(path: Path, nlp, errors: list | None = None) -> dict[str, Any]:
    from dateline.actors import resolve

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: line {err.lineno}: not JSON ({err.msg}, column {err.colno}); file skipped") from err
    if not isinstance(data, list):
        raise ValueError(f"{path}: line 1: not a JSON list of records; file skipped")
    records = [r for r in data if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"]]
    counts = Counter()
    for record, doc in zip(records, nlp.pipe([r["text"] for r in records])):
        mentions = resolve(doc, None).mentions
        for role in ("source", "target"):
            golds = record.get(role)
            if not isinstance(golds, list):
                continue
            for g in golds:
                if not isinstance(g, dict) or not g.get("code"):
                    continue
                counts["actors"] += 1
                where = _locate(record["text"], g.get("actorText", ""))
                hits = [m for m in mentions if where and m.start < where[1] and where[0] < m.end]
                got = next((m for m in hits if m.actor.country), hits[0] if hits else None)
                if got is not None:
                    counts["covered"] += 1
                ok = got is not None and got.actor.country == g["code"]
                counts["country_correct"] += ok
                gold_sector = (g.get("sector") or "")[:3]
                if gold_sector:
                    counts["with_sector"] += 1
                    counts["sector_correct"] += got is not None and got.actor.sector == gold_sector
                if not ok and errors is not None:
                    errors.append({"file": path.name, "id": record.get("id"), "gold": g,
                                   "got": got.to_json() if got else None, "text": record["text"]})
    return {
        "gold_actors": counts["actors"],
        "coverage": _ratio(counts["covered"], counts["actors"]),
        "country_accuracy": _ratio(counts["country_correct"], counts["actors"]),
        "sector_accuracy": _ratio(counts["sector_correct"], counts["with_sector"]),
        "gold_with_sector": counts["with_sector"],
    }


def evaluate(paths: list[Path], limit: int | None = None, errors_out: Path | None = None) -> dict[str, Any]:
    """Scores per kind of gold file: CoNLL (``.txt``) files pooled, each JSON file on its own (a JSON file
    that cannot be read is named, with its line, under ``"problems"``, and the other files are scored)."""
    nlp = _nlp()
    errors: list | None = [] if errors_out else None
    result: dict[str, Any] = {}
    conll = [p for p in paths if p.suffix == ".txt"]
    if conll:
        result["cameo_ner"] = {"files": [p.name for p in conll],
                               **score_conll(conll, nlp, limit=limit, errors=errors).report()}
    problems = []
    for p in paths:
        if p.suffix == ".json":
            try:
                result[p.stem] = score_gsr(p, nlp, errors=errors)
            except ValueError as err:  # an unreadable file: name it, score the others
                problems.append(str(err))
    if problems:
        result["problems"] = problems
    if errors_out is not None and errors is not None:
        with open(errors_out, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = []
    for name, scores in result.items():
        if name == "problems":  # printed on stderr by the command line
            lines.append(f"{len(scores)} unreadable files skipped (each named on stderr)")
            continue
        lines.append(name)
        for key, value in scores.items():
            if isinstance(value, float):
                value = f"{100 * value:.1f}%"
            elif isinstance(value, dict):
                value = ", ".join(f"{k} {100 * v:.1f}%" if isinstance(v, float) else f"{k} {v}" for k, v in value.items())
            elif isinstance(value, list):
                value = ", ".join(map(str, value))
            lines.append(f"  {key:<30} {value}")
    return "\n".join(lines)
