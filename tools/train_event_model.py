"""Train the event-type model shipped as ``src/dateline/events/data/type_model.npz``.

A multinomial logistic regression over parse features of each development row's trigger
(``dateline.events.model.features``), fitted with scikit-learn (``pip install -e .[train]``) and
saved as plain arrays (no pickle); dateline itself only needs numpy to use it.

Data (read in place from ../shared/data/events/, never copied):
- plv_train.tsv (Hu et al. 2024, research use): 1,050 sentences with marked source/target and gold type;
- optionally (--ngec) ngec_synthetic_stories.csv.zip (NGEC): weakly labelled synthetic sentences.

The shipped model has seen every plv_train row: score it only by cross-validation
(``dateline eval events`` does that) or on other data (the penta-class test set).

``--cv --half even`` cross-validates on one half of the rows ALONE: its folds are cut from that half and
its models are trained on that half only (``dateline eval events --half even`` trains on both halves),
so a design choice measured this way never saw the other half.  ``--errors N`` lists wrong rows; it is
refused on the odd half, which is score-only data (docs/evaluation.md).

Usage: python tools/train_event_model.py [--tsv PATH] [--ngec] [--c 10] [--class-weight balanced|none] [--out PATH]
       python tools/train_event_model.py --cv --half even [--seeds 13,7,21] [--folds 5] [--c 10] [--errors N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "events"
OUT = REPO / "src" / "dateline" / "events" / "data" / "type_model.npz"


def cross_validate(docs, rows, positions: list[int], folds: int, seed: int, fit_kw: dict):
    """k-fold CV over ``rows[positions]`` only: each fold is coded (as ``dateline eval events`` codes a row)
    by a model trained on the other folds of the same positions."""
    from dateline.eval.events import Report, code_rows
    from dateline.events.model import features
    from dateline.events.training import fit, pair_candidate

    by_row = {}
    for i in positions:
        cand = pair_candidate(docs[i], rows[i].source, rows[i].target)
        if cand is not None:
            by_row[i] = (features(cand, docs[i]), rows[i].gold)
    order = list(positions)
    random.Random(seed).shuffle(order)
    report = Report(f"{folds}-fold CV within {len(positions)} rows (seed {seed})")
    for f in range(folds):
        fold = [i for j, i in enumerate(order) if j % folds == f]
        held = set(fold)
        model = fit([by_row[i] for i in positions if i not in held and i in by_row], name=f"linear-cv{f}", **fit_kw)
        code_rows([rows[i] for i in fold], [docs[i] for i in fold], model, report)
    return report


def run_cv(args, fit_kw: dict) -> int:
    from dateline.eval.events import load_nlp
    from dateline.eval.halves import in_half
    from dateline.events.training import load_plv

    if args.errors and args.half != "even":
        print("--errors lists rows only on the even half (design data); the odd half is score-only", file=sys.stderr)
        return 2
    nlp = load_nlp()
    rows = load_plv(args.tsv)
    positions = [i for i in range(len(rows)) if in_half(i, None if args.half == "all" else args.half)]
    docs = dict(zip(positions, nlp.pipe(rows[i].text for i in positions)))  # (the other half is never parsed)
    sums = [0.0, 0.0, 0.0]
    seeds = [int(s) for s in args.seeds.split(",")]
    for seed in seeds:
        report = cross_validate(docs, rows, positions, args.folds, seed, fit_kw)
        got = (report.matched / max(1, report.n), report.accuracy, report.macro_f1)
        sums = [a + b for a, b in zip(sums, got)]
        print(f"{args.half} rows, seed {seed}: pair-match {got[0]:.1%}  accuracy {got[1]:.3f}  macro-F1 {got[2]:.3f}")
    n = len(seeds)
    print(f"{args.half} rows, mean of {n} seed(s): pair-match {sums[0] / n:.1%}  accuracy {sums[1] / n:.3f}  "
          f"macro-F1 {sums[2] / n:.3f}  (C {fit_kw['c']}, class weight {fit_kw['class_weight']})")
    if args.errors:
        misses = sorted(report.errors, key=lambda b: int(b[1:b.index("]")]) if b[1:b.index("]")].isdigit() else 0)
        print(f"wrong rows of the last seed ({len(misses)}; first {min(args.errors, len(misses))} by row id):")
        print("\n".join(misses[:args.errors]))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", type=Path, default=SHARED / "plv_train.tsv")
    ap.add_argument("--ngec", action="store_true", help="add weak examples from the NGEC synthetic stories")
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 regularisation strength (5-fold CV macro-F1: C=0.3 0.538, 1 0.568, 3 0.588, 10 0.593, 30 0.596)")
    ap.add_argument("--class-weight", choices=("balanced", "none"), default="balanced")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv", action="store_true", help="cross-validate instead of training the shipped model")
    ap.add_argument("--half", choices=("even", "odd", "all"), default="even", help="--cv: the rows to train and score on")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", default="13", help="--cv: fold seeds, comma-separated (scores are averaged)")
    ap.add_argument("--errors", type=int, default=0, help="--cv --half even: list this many wrong rows")
    args = ap.parse_args(argv)
    fit_kw = {"c": args.c, "class_weight": None if args.class_weight == "none" else "balanced"}
    if args.cv:
        return run_cv(args, fit_kw)

    from dateline.eval.events import load_nlp
    from dateline.events.training import examples, fit, load_ngec, load_plv, weak_examples

    t0 = time.perf_counter()
    nlp = load_nlp()
    rows = load_plv(args.tsv)
    train = examples(list(nlp.pipe(r.text for r in rows)), rows)
    sources = [f"{args.tsv.name} ({len(train)} of {len(rows)} rows)"]
    if args.ngec:
        pairs = load_ngec(SHARED / "ngec_synthetic_stories.csv.zip")
        weak = weak_examples(list(nlp.pipe(s for s, _ in pairs)), [y for _, y in pairs])
        train += weak
        sources.append(f"ngec_synthetic_stories ({len(weak)} weak examples)")
    model = fit(train, name="linear-v1", info={"trained_on": sources, "c": args.c, "class_weight": fit_kw["class_weight"],
                                               "tool": "tools/train_event_model.py"}, **fit_kw)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1024:.0f} KiB, {len(model.index)} features, {len(model.labels)} classes) "
          f"from {'; '.join(sources)} in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
