"""Would a learned calibrator rank right events above wrong ones better than the coder's confidence?
Measured by leave-one-sample-out over the hand-judged news samples; NOT shipped (docs/events.md,
"A learned confidence calibrator: measured, not shipped").

    .venv/bin/python bench/events_calibration.py [--cache /tmp/calibration_rows.json] [--l2 2.0]
                                                 [--drop PREFIX ...] [--entries] [--cues]

Codes every judged sample of ``bench/events_precision.py`` (``SAMPLES``; articles read in place from
``../shared/data/news/``) with the relevance layer, takes the kept events that carry a hand verdict, and
describes each by :func:`features`: the coder's confidence (log-odds); what typed it (lexicon entry
kind, a rule, the type model alone); the relevance layer's reason parts (domain, each doubt); status;
type; the trigger's part of speech; the kind of actor and recipient (name, common noun, pronoun, place,
none; with a country or sector); the sentence's position in the article.  ``--entries`` adds one feature
per lexicon entry id, ``--cues`` one per other reason part (modality cues, rule marks); ``--drop``
removes the features whose names start with a prefix (``type:``, ``sentence:``, ...).  ``--nested``
chooses among the eleven variants of :data:`VARIANTS` in each fold, by leave-one-out within its eight
training samples: an honest figure for "the best variant", which picking it on the nine would not be.

The model: logistic regression whose weights are shrunk towards the identity mapping (weight 1 on the
coder's log-odds, 0 elsewhere, bias free) by an L2 penalty ``--l2`` (2.0, fixed before the first run),
fitted by Newton's method with step halving.  For each sample it trains on the other eight and scores
that one; it prints per-sample and pooled precision at confidence >= 0.5, ranking AUC, and the precision
of as many top-ranked events as the coder's confidence puts at >= 0.5 (the same operating count:
precision at >= 0.5 alone rewards a calibrator for keeping fewer events).  ``--cache`` keeps the coded
rows between runs (coding takes about a minute); delete it after any change to the events stage.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from bisect import bisect_right
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_precision as ep  # noqa: E402

from dateline.events import relevance  # noqa: E402
from dateline.events.lexicon import lexicon  # noqa: E402

L2 = 2.0  # fixed before the first leave-one-out run
CONFIDENT = 0.5
EPS = 1e-3  # confidence is clipped to [EPS, 1 - EPS] before its log-odds are taken
NAMED_ENTITIES = {"PERSON", "ORG", "NORP", "FAC"}
PLACE_ENTITIES = {"GPE", "LOC"}


def logit(p: float) -> float:
    p = min(max(p, EPS), 1 - EPS)
    return math.log(p / (1 - p))


def probability(feats: dict[str, float], bias: float, w: dict[str, float]) -> float:
    z = bias + sum(w.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def participant_kind(p, doc) -> str:
    """pronoun, place, named, common or other: what the participant's phrase is headed by."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if p.antecedent is not None:
        return "pronoun"
    if span is None or not len(span):
        return "other"
    head = span.root
    if head.pos_ == "PRON":
        return "pronoun"
    if head.ent_type_ in PLACE_ENTITIES:
        return "place"
    if head.pos_ == "PROPN" or head.ent_type_ in NAMED_ENTITIES:
        return "named"
    if head.pos_ == "NOUN":
        return "common"
    return "other"


def sentence_position(event, ctx) -> tuple[int, int]:
    """(index of the event's sentence in the article, number of sentences)."""
    starts = sorted(ctx.sentences)
    return max(bisect_right(starts, event.sentence.start) - 1, 0), max(len(starts), 1)


def source_features(parts: list[str]) -> dict[str, float]:
    """What typed the event, from the parts of its reason: a rule, a lexicon entry (its kind; with the type
    model too, or not) or the type model alone."""
    lex_ids = [p[4:] for p in parts if p.startswith("lex:")]
    if any(p.startswith("rule:") for p in parts):
        return {"source:rule": 1.0}
    if not lex_ids:
        return {"source:model_only": 1.0}
    entry = lexicon().entries.get(lex_ids[0])
    f = {f"lex_kind:{entry.kind if entry else 'unknown'}": 1.0}
    if any(p.startswith("model:") for p in parts):
        f["source:model_and_lexicon"] = 1.0
    return f


def features(event, ctx) -> dict[str, float]:
    """What the coder knows about ``event`` (as the relevance layer emits it), by feature name."""
    f: dict[str, float] = {"logit_confidence": logit(event.confidence)}
    parts = event.reason.split("+")
    f.update(source_features(parts))
    for p in parts:
        if p.startswith("relevance:"):
            bits = p.split(":")
            f[p] = 1.0
            if len(bits) == 3:
                f[f"domain:{bits[1]}"] = 1.0
    f[f"status:{event.status}"] = 1.0
    f[f"type:{event.type}"] = 1.0
    span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    pos = span.root.pos_ if span is not None and len(span) else "X"
    f[f"trigger_pos:{pos if pos in ('VERB', 'NOUN', 'PROPN') else 'other'}"] = 1.0
    for role, ps in (("actor", event.actor), ("recipient", event.recipient)):
        if not ps:
            f[f"{role}:none"] = 1.0
            continue
        f[f"{role}:{participant_kind(ps[0], ctx.doc)}"] = 1.0
        if any(p.country for p in ps):
            f[f"{role}:has_country"] = 1.0
        if any(p.sector for p in ps):
            f[f"{role}:has_sector"] = 1.0
    index, count = sentence_position(event, ctx)
    f["sentence:first"] = float(index == 0)
    f["sentence:relative_position"] = index / max(count - 1, 1)
    return f


def coded_rows() -> list[dict]:
    """One row per kept, judged event: sample, key, right, the coder's confidence, features."""
    rows = []
    for name, fname, seed, per_source, sources, repair in ep.SAMPLES:
        verdicts = ep.read_verdicts(ep.JUDGED / fname)
        articles = ep.drawn(seed, per_source, sources, repair)
        for _a, result, decisions, ctx in ep.coded(articles):
            for e, d in zip(result.events, decisions):
                k = ep.key(e)
                emitted = relevance.applied(e, d)
                if emitted is None or k not in verdicts:
                    continue
                rows.append({"sample": name, "key": k, "right": verdicts[k][0] == "y", "confidence": emitted.confidence,
                             "reason": emitted.reason, "features": features(emitted, ctx)})
        print(f"coded {name}: {sum(r['sample'] == name for r in rows)} kept judged events", file=sys.stderr)
    return rows


def load_rows(cache: Path | None, code=None) -> list[dict]:
    """The rows ``code`` makes (default :func:`coded_rows`), read from ``cache`` when it exists, else kept there."""
    if cache and cache.exists():
        return json.loads(cache.read_text())
    rows = (code or coded_rows)()
    if cache:
        cache.write_text(json.dumps(rows))
    return rows


def fit(rows: list[dict], l2: float, labels: list[float] | None = None) -> tuple[float, dict[str, float]]:
    """Bias and weights minimising log-loss + l2 * |w - w0|^2 (w0: the identity mapping: weight 1 on
    the log-odds of the confidence, 0 elsewhere); the labels are the rows' verdicts unless given."""
    names = sorted({n for r in rows for n in r["features"]})
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0  # bias (not penalised)
    for i, r in enumerate(rows):
        for n, v in r["features"].items():
            x[i, col[n]] = v
    y = np.array([float(r["right"]) for r in rows] if labels is None else labels, dtype=float)
    w0 = np.zeros(len(names) + 1)
    w0[col["logit_confidence"]] = 1.0
    pen = np.full(len(names) + 1, 2 * l2)
    pen[-1] = 0.0
    w = w0.copy()

    def loss(v: np.ndarray) -> float:
        z = x @ v
        return float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(pen * (v - w0) ** 2))

    for _ in range(100):  # Newton's method, step halved until the loss falls
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + pen * (w - w0)
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        t, before = 1.0, loss(w)
        while loss(w - t * step) > before and t > 1e-6:
            t /= 2
        w -= t * step
        if np.abs(t * step).max() < 1e-8:
            break
    return float(w[-1]), {n: float(w[col[n]]) for n in names}


def variant(rows: list[dict], drop: list[str], entries: bool, cues: bool) -> list[dict]:
    """The rows with features dropped (by name prefix) or added (lexicon entry ids, other reason parts)."""
    out = []
    for r in rows:
        f = {k: v for k, v in r["features"].items() if not any(k.startswith(d) for d in drop)}
        for part in r["reason"].split("+"):
            if entries and part.startswith("lex:"):
                f["entry:" + part[4:]] = 1.0
            elif cues and not part.startswith(("lex:", "model:", "relevance:", "rule:")):
                f["part:" + part] = 1.0
        out.append(dict(r, features=f))
    return out


def summary(scored: list[tuple[float, bool]]) -> str:
    kept = [r for c, r in scored if c >= CONFIDENT]
    return f"{ep.pct(sum(kept), len(kept))} | {ep.auc(scored):.3f}"


def top(scored: list[tuple[float, bool]], n: int) -> str:
    """Precision of the ``n`` most confident events (ties broken against the ranking: wrong first)."""
    ranked = sorted(scored, key=lambda cr: (-cr[0], cr[1]))[:n]
    return ep.pct(sum(r for _, r in ranked), n)


# The variants --nested chooses among (l2, dropped prefixes, entries, cues): the eleven of docs/events.md.
VARIANTS = ((2.0, (), False, False), (0.5, (), False, False), (1.0, (), False, False), (4.0, (), False, False),
            (8.0, (), False, False), (2.0, ("type:",), False, False), (2.0, ("sentence:",), False, False),
            (2.0, ("actor:", "recipient:"), False, False), (2.0, ("type:", "lex_kind:", "trigger_pos:"), False, False),
            (2.0, (), True, False), (2.0, (), True, True))


def scored_out(train: list[dict], test: list[dict], l2: float) -> list[tuple[float, bool]]:
    bias, w = fit(train, l2)
    return [(round(probability(r["features"], bias, w), 3), r["right"]) for r in test]


def inner_auc(rows: list[dict], l2: float) -> float:
    """Pooled leave-one-sample-out AUC within ``rows`` (the training samples of an outer fold)."""
    scored = []
    for name in sorted({r["sample"] for r in rows}):
        scored += scored_out([r for r in rows if r["sample"] != name], [r for r in rows if r["sample"] == name], l2)
    return ep.auc(scored)


def leave_one_out(raw: list[dict], l2: float, drop: list[str], entries: bool, cues: bool, nested: bool) -> None:
    """Train on eight samples, score the ninth; with ``nested``, the variant is chosen per fold by the
    best pooled leave-one-out AUC within the eight training samples (no look at the ninth)."""
    rows = variant(raw, drop, entries, cues)
    how = "variant chosen within each fold" if nested else f"l2 {l2}"
    print(f"leave-one-sample-out, {how}: precision at confidence >= {CONFIDENT} (right/events) | ranking AUC")
    print("| sample | judged kept events | before: >= 0.5 | AUC | after: >= 0.5 | AUC "
          "| after: top as many as before >= 0.5 |" + (" variant |" if nested else ""))
    print("|---|---|---|---|---|---|---|" + ("---|" if nested else ""))
    pooled_before, pooled_after = [], []
    for name, *_ in ep.SAMPLES:
        test = [r for r in rows if r["sample"] == name]
        before = [(r["confidence"], r["right"]) for r in test]
        chosen = ""
        if nested:
            best = max(VARIANTS, key=lambda v: inner_auc(
                [r for r in variant(raw, list(v[1]), v[2], v[3]) if r["sample"] != name], v[0]))
            vrows = variant(raw, list(best[1]), best[2], best[3])
            after = scored_out([r for r in vrows if r["sample"] != name], [r for r in vrows if r["sample"] == name],
                               best[0])
            chosen = f" {best} |"
        else:
            after = scored_out([r for r in rows if r["sample"] != name], test, l2)
        pooled_before += before
        pooled_after += after
        n = sum(c >= CONFIDENT for c, _ in before)
        print(f"| {name} | {len(test)} | {summary(before)} | {summary(after)} | {top(after, n)} |{chosen}")
    n = sum(c >= CONFIDENT for c, _ in pooled_before)
    print(f"| pooled | {len(pooled_before)} | {summary(pooled_before)} | {summary(pooled_after)} | "
          f"{top(pooled_after, n)} |")
    print("pooled, the k most confident events, before -> after: " + ", ".join(
        f"{k}: {top(pooled_before, k)} -> {top(pooled_after, k)}" for k in (25, 100, 150, 200, 250, n, 350)))
    for label, scored in (("before", pooled_before), ("after", pooled_after)):
        cuts = ", ".join(f">= {t}: {ep.pct(sum(r for c, r in scored if c >= t), sum(1 for c, _ in scored if c >= t))}"
                         for t in (0.3, 0.5, 0.7, 0.9))
        print(f"pooled {label}: {cuts}")
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(1000):  # paired bootstrap over events: is the pooled AUC gain more than noise?
        pick = rng.integers(0, len(pooled_before), len(pooled_before))
        diffs.append(ep.auc([pooled_after[i] for i in pick]) - ep.auc([pooled_before[i] for i in pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    print(f"pooled AUC after - before: {ep.auc(pooled_after) - ep.auc(pooled_before):+.3f}, "
          f"95% paired bootstrap interval over events [{lo:+.3f}, {hi:+.3f}]")
    bias, w = fit(rows, l2)
    print("weights trained on all samples (largest first): " + ", ".join(
        f"{k} {v:+.2f}" for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1]))[:20]) + f"; bias {bias:+.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--drop", nargs="*", default=[], help="feature name prefixes to leave out, e.g. type: sentence:")
    ap.add_argument("--entries", action="store_true", help="add one feature per lexicon entry id")
    ap.add_argument("--cues", action="store_true", help="add one feature per other reason part (modality cues, ...)")
    ap.add_argument("--nested", action="store_true",
                    help="choose the variant (VARIANTS) per fold by leave-one-out within its training samples")
    args = ap.parse_args()
    rows = load_rows(args.cache)
    leave_one_out(rows, args.l2, args.drop, args.entries, args.cues, args.nested)


if __name__ == "__main__":
    main()
