"""``dateline eval events`` with and without the relevance layer, in one process.

    .venv/bin/python bench/events_relevance_plv.py [--folds 5]

``dateline eval events`` codes every development sentence as the pipeline does, relevance layer
(``events.keep_relevant``) included.  This script scores plv_train.tsv a second time with the layer
switched off, to show what the layer costs on political sentences (one sentence per document:
only sentence-level domain cues and firm actors can act).
"""

from __future__ import annotations

import argparse

import dateline.eval.events as ev


def _keep_all(events, doc, mentions=()):
    return events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    print("== with the relevance layer (as dateline eval events)")
    for line in ev.run(ev.DEFAULT_TSV, folds=args.folds, penta=None):
        print(line)
    with_layer = ev.keep_relevant
    ev.keep_relevant = _keep_all
    try:
        print("== without it")
        for line in ev.run(ev.DEFAULT_TSV, folds=args.folds, penta=None):
            print(line)
    finally:
        ev.keep_relevant = with_layer


if __name__ == "__main__":
    main()
