"""``dateline eval events`` without and with the relevance layer applied to every coded sentence.

    .venv/bin/python bench/events_relevance_plv.py [--folds 5]

Both runs happen in one process, so they score the same lexicon, model and code (other engineers
may be changing the files meanwhile).

The relevance layer (``events.keep_relevant``) runs in the pipeline after ``events.extract``, so the
sentence-level evaluation (which calls ``extract`` directly) does not see it.  This script scores
plv_train.tsv the same way with the layer applied after ``extract``, to show what the layer would
cost on political sentences (one sentence per document: only sentence-level domain cues and firm
actors can act).
"""

from __future__ import annotations

import argparse

import dateline.eval.events as ev
from dateline.events import extract, keep_relevant


def extract_then_relevance(doc, doc_id, mentions=(), excluded=(), type_model="default"):
    return keep_relevant(extract(doc, doc_id=doc_id, mentions=mentions, excluded=excluded, type_model=type_model),
                         doc, mentions=mentions)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    for label, coder in (("without the relevance layer", extract), ("with the relevance layer", extract_then_relevance)):
        ev.extract = coder
        print(f"== {label}")
        for line in ev.run(ev.DEFAULT_TSV, folds=args.folds):
            print(line)


if __name__ == "__main__":
    main()
