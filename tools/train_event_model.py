"""Train the event-type model shipped as ``src/dateline/events/data/type_model.npz``.

A multinomial logistic regression over parse features of each development row's trigger
(``dateline.events.model.features``), fitted with scikit-learn (``pip install -e .[train]``) and
saved as plain arrays (no pickle); dateline itself only needs numpy to use it.

Data (read in place from ../shared/data/events/, never copied):
- plv_train.tsv (Hu et al. 2024, research use): 1,050 sentences with marked source/target and gold type;
- optionally (--ngec) ngec_synthetic_stories.csv.zip (NGEC): weakly labelled synthetic sentences.

The shipped model has seen every plv_train row: score it only by cross-validation
(``dateline eval events`` does that) or on other data (the penta-class test set).

Usage: python tools/train_event_model.py [--tsv PATH] [--ngec] [--c 1.0] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "events"
OUT = REPO / "src" / "dateline" / "events" / "data" / "type_model.npz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", type=Path, default=SHARED / "plv_train.tsv")
    ap.add_argument("--ngec", action="store_true", help="add weak examples from the NGEC synthetic stories")
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 regularisation strength (5-fold CV macro-F1: C=0.3 0.538, 1 0.568, 3 0.588, 10 0.593, 30 0.596)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    from dateline.eval.events import _load_nlp
    from dateline.events.training import examples, fit, load_ngec, load_plv, weak_examples

    t0 = time.perf_counter()
    nlp = _load_nlp()
    rows = load_plv(args.tsv)
    train = examples(list(nlp.pipe(r.text for r in rows)), rows)
    sources = [f"{args.tsv.name} ({len(train)} of {len(rows)} rows)"]
    if args.ngec:
        pairs = load_ngec(SHARED / "ngec_synthetic_stories.csv.zip")
        weak = weak_examples(list(nlp.pipe(s for s, _ in pairs)), [y for _, y in pairs])
        train += weak
        sources.append(f"ngec_synthetic_stories ({len(weak)} weak examples)")
    model = fit(train, c=args.c, name="linear-v1",
                info={"trained_on": sources, "c": args.c, "tool": "tools/train_event_model.py"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1024:.0f} KiB, {len(model.index)} features, {len(model.labels)} classes) "
          f"from {'; '.join(sources)} in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
