"""A learned confidence model over the eleven judged news samples, scored leave-one-sample-out, with the
ship rule written down before the first run (docs/events.md, "A learned confidence model over eleven
samples").

    .venv/bin/python bench/events_confidence_model.py [--cache /tmp/confidence_rows.json] [--weights]

Codes the judged samples A-K of ``bench/events_precision.py`` (``SAMPLES``, by name: a sample added
later, such as the held-out L, is never coded or read here) with the relevance layer, takes the kept
events that carry a verdict, and describes each by :func:`features` - what the coder knows about the
event, no word and no lexicon entry.  The model (:func:`fit`) is logistic regression whose weights are
shrunk towards the identity mapping (weight 1 on the log-odds of today's confidence) by an L2 penalty.
Ten variants (:data:`VARIANTS`: L2 x target, the target being "right" or the factored "not a trigger
error" x "right if not a trigger error") are chosen inside each outer fold by pooled leave-one-sample-out
AUC over its ten training samples.  The outer loop trains on ten samples and scores the eleventh; the
script prints per-sample and pooled precision at >= 0.5, ranking AUC, the precision of as many top-ranked
events as today's confidence keeps at >= 0.5, the paired bootstrap interval of the pooled AUC gain, and
the three conditions of the ship rule (the third, ``dateline eval events`` with the model wired in, is
run by hand when the first two pass).  ``--cache`` keeps the coded rows between runs (coding the eleven
samples takes about 40 s, the run 20 s, ``--post-hoc`` 3-4 minutes more); delete it after any change to
the events stage.  ``--post-hoc`` adds figures read after the pre-registered run: never a ground to ship.
"""

from __future__ import annotations

import argparse
import math
import sys
from bisect import bisect_right
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_precision as ep  # noqa: E402
from events_calibration import (  # noqa: E402  (the same shrunk logistic model and event features)
    fit, load_rows, logit, participant_kind, probability, source_features,
)

from dateline.events import relevance  # noqa: E402

SAMPLE_LETTERS = "ABCDEFGHIJK"  # the samples of this experiment; L (seed 20261214) is the lead's final test
BLIND = ("J", "K")  # judged blind, no rule read from them: condition 2 of the ship rule
CONFIDENT = 0.5
NAMED_ENTITIES = {"PERSON", "ORG", "NORP", "FAC"}
PLACE_ENTITIES = {"GPE", "LOC"}
TRIGGER_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "dobj", "nsubj",
                "nsubjpass", "compound", "amod", "appos"}
QUOTES = '"\u201c\u201d\u00ab\u00bb'
L2S = (0.5, 1.0, 2.0, 4.0, 8.0)
TARGETS = ("right", "factored")
VARIANTS = tuple((l2, target) for target in TARGETS for l2 in L2S)


def features(event, ctx, kept) -> dict[str, float]:
    """What the coder knows about ``event`` as the relevance layer emits it (``kept``: every event the
    layer keeps in the article, ``event`` included), by feature name; values in [0, 1] but the log-odds."""
    doc = ctx.doc
    f: dict[str, float] = {"logit_confidence": logit(event.confidence)}
    parts = event.reason.split("+")
    f.update(source_features(parts))
    for p in parts:
        if p.startswith("relevance:"):
            bits = p.split(":")
            f[p] = 1.0
            if len(bits) == 3:
                f[f"domain:{bits[1]}"] = 1.0
        elif p and not p.startswith(("lex:", "model:", "rule:")):
            f["cue:" + p.split(":")[0]] = 1.0  # the kind of modality cue (aux, control, ...), not its word
    f[f"status:{event.status}"] = 1.0
    f[f"type:{event.type}"] = 1.0
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    pos = head.pos_ if head is not None else "X"
    f[f"trigger_pos:{pos if pos in ('VERB', 'NOUN', 'PROPN') else 'other'}"] = 1.0
    dep = head.dep_ if head is not None else "other"
    f[f"trigger_dep:{dep if dep in TRIGGER_DEPS else 'other'}"] = 1.0
    sentence = doc.text[event.sentence.start:event.sentence.end]
    before = doc.text[event.sentence.start:event.trigger.start]
    if any(q in sentence for q in QUOTES):
        f["quote:in_sentence"] = 1.0
    if sum(before.count(q) for q in QUOTES) % 2 == 1:
        f["quote:trigger_inside"] = 1.0
    domain = relevance.event_domain(event, ctx)
    for role, ps in (("actor", event.actor), ("recipient", event.recipient)):
        if not ps:
            f[f"{role}:none"] = 1.0
            continue
        f[f"{role}:{participant_kind(ps[0], doc)}"] = 1.0
        if any(p.country for p in ps):
            f[f"{role}:has_country"] = 1.0
        if any(p.sector for p in ps):
            f[f"{role}:has_sector"] = 1.0
        if len(ps) > 1:
            f[f"{role}:several"] = 1.0
        verdicts = {relevance.political(p, domain, ctx) for p in ps}
        f[f"{role}:political_{'yes' if 'yes' in verdicts else 'maybe' if 'maybe' in verdicts else 'no'}"] = 1.0
        for flag in ps[0].flags:
            f[f"{role}_flag:{flag}"] = 1.0
    starts = sorted(ctx.sentences)
    index = max(bisect_right(starts, event.sentence.start) - 1, 0)
    f["sentence:first"] = float(index == 0)
    f["sentence:relative_position"] = index / max(len(starts) - 1, 1)
    f["sentence:length"] = min(len(span.sent) if span is not None and len(span) else 0, 80) / 80
    f["article:sentences"] = min(len(starts), 40) / 40
    same_sentence = sum(e.sentence.start == event.sentence.start for e in kept)
    if same_sentence >= 2:
        f[f"events_in_sentence:{'2' if same_sentence == 2 else '3+'}"] = 1.0
    if sum((e.trigger.start, e.trigger.end) == (event.trigger.start, event.trigger.end) for e in kept) > 1:
        f["trigger_shared"] = 1.0
    cues = ctx.sentences.get(starts[index], {}) if starts else {}
    sentence_cues = sum(cues.values()) if cues else 0
    if sentence_cues:
        f[f"sentence_cues:{'1' if sentence_cues == 1 else '2+'}"] = 1.0
    f["article:domain_cues"] = min(sum(ctx.article.values()), 10) / 10
    f["article:political_mentions"] = min(ctx.political_mentions, 10) / 10
    if not ctx.cased:
        f["article:uncased"] = 1.0
    return f


def coded_rows() -> list[dict]:
    """One row per kept, judged event of samples A-K: sample, key, right, cause, confidence, features."""
    rows = []
    for name, fname, seed, per_source, sources, repair in ep.SAMPLES:
        if name[0] not in SAMPLE_LETTERS:
            continue
        verdicts = ep.read_verdicts(ep.JUDGED / fname)
        articles = ep.drawn(seed, per_source, sources, repair)
        for _a, result, decisions, ctx in ep.coded(articles):
            kept = [k for e, d in zip(result.events, decisions) if (k := relevance.applied(e, d)) is not None]
            for e in kept:
                k = ep.key(e)
                if k not in verdicts:
                    continue
                verdict, cause = verdicts[k]
                rows.append({"sample": name[0], "key": k, "right": verdict == "y", "cause": cause,
                             "confidence": e.confidence, "features": features(e, ctx, kept)})
        print(f"coded {name[0]}: {sum(r['sample'] == name[0] for r in rows)} kept judged events", file=sys.stderr)
    return rows


def trained(rows: list[dict], l2: float, target: str) -> list[tuple[float, dict[str, float]]]:
    """The model(s) of one variant: [right] or [not a trigger error, right if not a trigger error]."""
    if target == "right":
        return [fit(rows, l2, [r["right"] for r in rows])]
    known = [r for r in rows if r["right"] or r["cause"]]  # a wrong event whose cause is unknown says nothing here
    event = fit(known, l2, [r["cause"] != "trigger" for r in known])
    rest = [r for r in known if r["cause"] != "trigger"]
    return [event, fit(rest, l2, [r["right"] for r in rest])]


def score(models, feats: dict[str, float]) -> float:
    return round(math.prod(probability(feats, b, w) for b, w in models), 3)


def scored_out(train: list[dict], test: list[dict], l2: float, target: str) -> list[tuple[float, bool]]:
    models = trained(train, l2, target)
    return [(score(models, r["features"]), r["right"]) for r in test]


def loso(rows: list[dict], l2: float, target: str) -> list[tuple[float, bool]]:
    """Pooled leave-one-sample-out scores within ``rows``."""
    out = []
    for s in sorted({r["sample"] for r in rows}):
        out += scored_out([r for r in rows if r["sample"] != s], [r for r in rows if r["sample"] == s], l2, target)
    return out


def choose(rows: list[dict]) -> tuple[float, str]:
    """The variant with the best pooled leave-one-sample-out AUC within ``rows`` (first on ties)."""
    return max(VARIANTS, key=lambda v: ep.auc(loso(rows, *v)))


def top(scored: list[tuple[float, bool]], n: int) -> tuple[int, int]:
    """Right events among the ``n`` most confident (ties broken against the ranking: wrong first)."""
    ranked = sorted(scored, key=lambda cr: (-cr[0], cr[1]))[:n]
    return sum(r for _, r in ranked), n


def at_confident(scored: list[tuple[float, bool]]) -> tuple[int, int]:
    kept = [r for c, r in scored if c >= CONFIDENT]
    return sum(kept), len(kept)


def experiment(rows: list[dict]) -> bool:
    """The pre-registered outer leave-one-sample-out run; prints the table and conditions 1 and 2."""
    print("| sample | kept judged events | before: >= 0.5 | AUC | after: >= 0.5 | AUC | after: top N "
          "(N = before >= 0.5) | variant chosen in the fold |")
    print("|---|---|---|---|---|---|---|---|")
    pooled_before, pooled_after, per = [], [], {}
    for s in SAMPLE_LETTERS:
        train = [r for r in rows if r["sample"] != s]
        test = [r for r in rows if r["sample"] == s]
        l2, target = choose(train)
        after = scored_out(train, test, l2, target)
        before = [(r["confidence"], r["right"]) for r in test]
        pooled_before += before
        pooled_after += after
        n = at_confident(before)[1]
        per[s] = (before, after)
        print(f"| {s} | {len(test)} | {ep.pct(*at_confident(before))} | {ep.auc(before):.3f} | "
              f"{ep.pct(*at_confident(after))} | {ep.auc(after):.3f} | {ep.pct(*top(after, n))} | {target}, l2 {l2} |")
    n = at_confident(pooled_before)[1]
    print(f"| pooled | {len(pooled_before)} | {ep.pct(*at_confident(pooled_before))} | {ep.auc(pooled_before):.3f} | "
          f"{ep.pct(*at_confident(pooled_after))} | {ep.auc(pooled_after):.3f} | {ep.pct(*top(pooled_after, n))} | |")
    print("pooled, the k most confident events, before -> after: " + ", ".join(
        f"{k}: {ep.pct(*top(pooled_before, k))} -> {ep.pct(*top(pooled_after, k))}" for k in (50, 100, 200, n, 400)))
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(1000):  # paired bootstrap over events
        pick = rng.integers(0, len(pooled_before), len(pooled_before))
        diffs.append(ep.auc([pooled_after[i] for i in pick]) - ep.auc([pooled_before[i] for i in pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    gain = ep.auc(pooled_after) - ep.auc(pooled_before)
    one = gain > 0 and lo > 0
    print(f"condition 1: pooled AUC {ep.auc(pooled_before):.3f} -> {ep.auc(pooled_after):.3f} ({gain:+.3f}), "
          f"95% paired bootstrap interval [{lo:+.3f}, {hi:+.3f}]: {'PASS' if one else 'FAIL'}")
    two = True
    for s in BLIND:
        before, after = per[s]
        r0, n0 = at_confident(before)
        r1, _ = top(after, n0)
        ok = ep.auc(after) > ep.auc(before) and r1 / max(n0, 1) >= r0 / max(n0, 1)
        two &= ok
        print(f"condition 2, {s}: AUC {ep.auc(before):.3f} -> {ep.auc(after):.3f}; top {n0}: "
              f"{ep.pct(r0, n0)} -> {ep.pct(r1, n0)}: {'PASS' if ok else 'FAIL'}")
    print(f"conditions 1 and 2: {'PASS' if one and two else 'FAIL'}")
    jk_before = [sc for s in BLIND for sc in per[s][0]]
    jk_after = [sc for s in BLIND for sc in per[s][1]]
    print(f"(not in the rule) J and K pooled, the two samples no rule was read from: AUC {ep.auc(jk_before):.3f} -> "
          f"{ep.auc(jk_after):.3f}, gain {auc_gain(jk_before, jk_after)}")
    return one and two


# Post hoc (after the pre-registered run; never a ground to ship): feature groups left out, by name prefix.
GROUPS = (("none", ()), ("type", ("type:",)), ("trigger_dep", ("trigger_dep:",)),
          ("relevance and domain", ("relevance:", "domain:")),
          ("participants", ("actor", "recipient")), ("sentence and article", ("sentence", "article:", "events_in",
                                                                               "trigger_shared", "quote:")),
          ("all but the log-odds and type", ("source:", "lex_kind:", "relevance:", "domain:", "cue:", "status:",
                                             "trigger_", "quote:", "actor", "recipient", "sentence", "article:",
                                             "events_in")))


def auc_gain(before: list[tuple[float, bool]], after: list[tuple[float, bool]]) -> str:
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(1000):
        pick = rng.integers(0, len(before), len(before))
        diffs.append(ep.auc([after[i] for i in pick]) - ep.auc([before[i] for i in pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return f"{ep.auc(after) - ep.auc(before):+.3f} [{lo:+.3f}, {hi:+.3f}]"


def post_hoc(rows: list[dict]) -> None:
    """Each variant fixed (no nesting) and feature groups left out: pooled and blind-sample figures,
    and how well each score ranks the events that are no event at all (cause "trigger") below the rest."""
    before = [(r["confidence"], r["right"]) for r in rows]
    print("\npost hoc, not a ground to ship: | variant | dropped | pooled AUC | gain [95% CI] | J AUC | K AUC "
          "| J+K AUC | trigger errors vs other events, AUC |")
    known = [i for i, r in enumerate(rows) if r["right"] or r["cause"]]

    def line(label: str, dropped: str, scored: list[tuple[float, bool]]) -> None:
        blind = {s: [sc for sc, r in zip(scored, rows) if r["sample"] == s] for s in BLIND}
        trig = [(scored[i][0], rows[i]["cause"] != "trigger") for i in known]
        print(f"| {label} | {dropped} | {ep.auc(scored):.3f} | {auc_gain(before, scored)} | {ep.auc(blind['J']):.3f} | "
              f"{ep.auc(blind['K']):.3f} | {ep.auc(blind['J'] + blind['K']):.3f} | {ep.auc(trig):.3f} |")

    def in_order(l2: float, target: str, rs: list[dict]) -> list[tuple[float, bool]]:
        out: dict[int, tuple[float, bool]] = {}
        for s in SAMPLE_LETTERS:
            idx = [i for i, r in enumerate(rs) if r["sample"] == s]
            for i, sc in zip(idx, scored_out([r for r in rs if r["sample"] != s], [rs[i] for i in idx], l2, target)):
                out[i] = sc
        return [out[i] for i in range(len(rs))]

    line("today's confidence", "-", before)
    for l2, target in VARIANTS:
        line(f"{target}, l2 {l2}", "-", in_order(l2, target, rows))
    for label, prefixes in GROUPS[1:]:
        dropped = [dict(r, features={k: v for k, v in r["features"].items()
                                     if k == "logit_confidence" or not k.startswith(prefixes)}) for r in rows]
        line("right, l2 4.0", label, in_order(4.0, "right", dropped))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--weights", action="store_true",
                    help="also print the variant chosen over all eleven samples and its largest weights")
    ap.add_argument("--post-hoc", action="store_true",
                    help="also print each variant fixed and feature groups left out (after the run; not a ground to ship)")
    args = ap.parse_args()
    rows = load_rows(args.cache, coded_rows)
    print(f"{len(rows)} kept judged events, samples {''.join(sorted({r['sample'] for r in rows}))}; "
          f"{len({n for r in rows for n in r['features']})} features")
    experiment(rows)
    if args.weights:
        l2, target = choose(rows)
        models = trained(rows, l2, target)
        print(f"variant chosen over all eleven: {target}, l2 {l2}")
        for (bias, w), label in zip(models, ("first model", "second model")):
            print(f"{label}: " + ", ".join(f"{k} {v:+.2f}" for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1]))[:25])
                  + f"; bias {bias:+.2f}")
    if args.post_hoc:
        post_hoc(rows)


if __name__ == "__main__":
    main()
