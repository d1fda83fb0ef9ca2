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

``--mechanisms`` runs ``dateline eval events``'s own 5-fold CV (fold seed 13, models trained on both halves) and
counts, for each half, the rows whose pair is found with a wrong type by what decided the type
(:func:`type_mechanism`): counts only, no row (the odd half is score-only; even rows are listed by
``dateline eval events --half even --errors N``).

Usage: python tools/train_event_model.py [--tsv PATH] [--ngec] [--c 10] [--class-weight balanced|none] [--out PATH]
       python tools/train_event_model.py --cv --half even [--seeds 13,7,21] [--folds 5] [--c 10] [--errors N]
       python tools/train_event_model.py --mechanisms
       python tools/train_event_model.py --halves [--seeds 13,7,21] [--drop PP,GL] [--c 10]

``--halves`` runs ``dateline eval events``'s own CV (the same folds; models trained on both halves, every row
coded by the pipeline) once per fold seed from one parse, and prints the pair-match / accuracy / macro-F1 of
the whole file and of each half, with the mean over the seeds: summaries only, never a row.  ``--drop``
leaves whole feature groups (the prefix before ``=`` in ``model.features``: ``PP``, ``GL``, ``CH``...) out of
training and coding alike, so an ablation is measured without editing ``model.py``.
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


def _label(event_type: str) -> str:
    """The development class of an event type (CONCEDE and RETREAT are YIELD)."""
    from dateline.events.training import YIELD_TYPES

    return YIELD_TYPES.get(event_type, event_type)


def type_mechanism(event, doc, gold: str, joining=()) -> str:
    """What decided the wrong type of ``event`` (which joins a row's marked pair; ``gold`` in the development
    classes, CONCEDE and RETREAT as YIELD): ``rule`` (typed by a rule, not by the lexicon and the model),
    ``unknown verb`` (a word the lexicon does not list there, typed by the model alone), ``among best readings``
    (the gold type is one of the trigger's most specific lexicon readings; the model chose another),
    ``lower-rank reading`` (the gold type is only among readings a more specific entry outranks), ``not among
    readings`` (no lexicon reading of the trigger has it: the model may not leave the readings unless it is
    sure).  ``+ gold event joining`` when another event of ``joining`` (the events joining the pair) has the
    gold type and lost on confidence."""
    from dateline.events.lexicon import find_triggers, most_specific

    tok = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    hits = [h for t in (tok or ()) for h in find_triggers(t.sent).get(t.i, [])]
    if event.reason.startswith("rule:"):
        kind = "rule"
    elif not hits:
        kind = "unknown verb"
    elif gold in {_label(h.entry.type) for h in most_specific(hits)}:
        kind = "among best readings"
    elif gold in {_label(h.entry.type) for h in hits}:
        kind = "lower-rank reading"
    else:
        kind = "not among readings"
    if any(e is not event and _label(e.type) == gold for e in joining):
        kind += " + gold event joining"
    return kind


def run_mechanisms(args) -> int:
    """Counts of wrong-type rows by :func:`type_mechanism`, per half, from ``dateline eval events``'s CV."""
    from collections import Counter

    from dateline.eval import events as ev
    from dateline.events.training import load_plv

    positions: dict = {}  # row -> its positions in the file (a row given twice has two)
    for i, r in enumerate(load_plv(args.tsv)):
        positions.setdefault(r, []).append(i)
    tally = {"even": Counter(), "odd": Counter()}

    def on_row(row, doc, events, model):
        half = "odd" if positions[row].pop(0) % 2 else "even"
        e = ev.pair_event(events, row.source, row.target)
        tally[half]["rows"] += 1
        if e is None:
            return
        tally[half]["matched"] += 1
        if _label(e.type) == row.gold:
            return
        joining = ev.pair_events(events, row.source, row.target)
        tally[half]["wrong type"] += 1
        tally[half][type_mechanism(e, doc, row.gold, joining)] += 1

    ev.evaluate_plv(args.tsv, folds=args.folds, on_row=on_row)
    for half, counts in tally.items():
        head = f"{half}: {counts.pop('rows')} rows, {counts.pop('matched')} with the pair, {counts.pop('wrong type')} of them a wrong type:"
        print(head + "".join(f"\n  {k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    return 0


def drop_groups(feats: list[str], groups: set[str]) -> list[str]:
    """``feats`` without the features of ``groups`` (their prefix before ``=``: "PP=on:talks" is group PP)."""
    return [x for x in feats if x.partition("=")[0] not in groups]


def run_halves(args, fit_kw: dict) -> int:
    """Each fold seed's CV as ``dateline eval events`` runs it, scored on the whole file and on each half."""
    from dateline.eval import events as ev
    from dateline.events import model as model_module
    from dateline.events.training import fit, load_plv, pair_candidate

    groups = {g for g in args.drop.split(",") if g}
    plain = model_module.features
    if groups:  # the coder reads model.features at run time: the same groups are left out when coding
        model_module.features = lambda cand, doc: drop_groups(plain(cand, doc), groups)
    try:
        nlp = ev.load_nlp()
        rows = load_plv(args.tsv)
        docs = list(nlp.pipe(r.text for r in rows))
        by_row = []
        for doc, row in zip(docs, rows):
            cand = pair_candidate(doc, row.source, row.target)
            by_row.append((model_module.features(cand, doc), row.gold) if cand is not None else None)
        seeds = [int(s) for s in args.seeds.split(",")]
        sums: dict[str, list[float]] = {}
        for seed in seeds:
            order = list(range(len(rows)))
            random.Random(seed).shuffle(order)
            halves = {"even": ev.Report("even"), "odd": ev.Report("odd")}
            for f in range(args.folds):
                fold = [i for j, i in enumerate(order) if j % args.folds == f]
                held = set(fold)
                model = fit([x for i, x in enumerate(by_row) if i not in held and x is not None],
                            name=f"linear-cv{f}", **fit_kw)
                for i in fold:
                    ev.code_rows([rows[i]], [docs[i]], model, halves["odd" if i % 2 else "even"])
            whole = ev.Report("all")
            for r in halves.values():
                whole.n, whole.matched = whole.n + r.n, whole.matched + r.matched
                whole.gold, whole.pred = whole.gold + r.gold, whole.pred + r.pred
            for name, r in (("all", whole), *halves.items()):
                got = (r.matched / max(1, r.n), r.accuracy, r.macro_f1)
                sums[name] = [a + b for a, b in zip(sums.get(name, [0.0, 0.0, 0.0]), got)]
                print(f"seed {seed}, {name} rows: pair-match {got[0]:.1%}  accuracy {got[1]:.4f}  macro-F1 {got[2]:.4f}")
        for name, (pm, acc, f1) in sums.items():
            n = len(seeds)
            print(f"mean of {n} seed(s), {name} rows: pair-match {pm / n:.1%}  accuracy {acc / n:.4f}  macro-F1 {f1 / n:.4f}"
                  f"  (C {fit_kw['c']}, class weight {fit_kw['class_weight']}, dropped: {','.join(sorted(groups)) or 'none'})")
    finally:
        model_module.features = plain
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
    ap.add_argument("--mechanisms", action="store_true",
                    help="count each half's wrong-type rows by what decided the type (eval's CV; counts only)")
    ap.add_argument("--halves", action="store_true",
                    help="eval's CV over --seeds, summaries of all rows and of each half (no rows listed)")
    ap.add_argument("--drop", default="", help="--halves: feature groups to leave out, comma-separated (e.g. PP,GL)")
    args = ap.parse_args(argv)
    fit_kw = {"c": args.c, "class_weight": None if args.class_weight == "none" else "balanced"}
    if args.mechanisms:
        return run_mechanisms(args)
    if args.halves:
        return run_halves(args, fit_kw)
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
