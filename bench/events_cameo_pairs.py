"""Argument check on data no argument rule was written from: pair-match on ConfliBERT's CAMEO sentences.

    .venv/bin/python bench/events_cameo_pairs.py [--model shipped|none]

``conflibert_cameo/cameo_class_{train,test}.tsv`` with the source/target tags of
``cameo_ner_{train,test}.txt`` (matched by their text without spaces): every sentence with an event
(class != 0) and both a source and a target tagged.  A row counts when the coder finds an event whose
actor overlaps the source and whose recipient overlaps the target, as ``dateline eval events`` counts
plv_train rows (:func:`dateline.eval.events.pair_event`, the actors stage and the relevance layer run
as in the pipeline).  CAMEO coders mark sources and targets much as PLOVER's do, so this is a second,
independent reading of the argument code; the event type is not scored (CAMEO classes, not PLOVER).
"""

from __future__ import annotations

import argparse
import time

from dateline.eval import events as ev
from dateline.events.model import default_model


def rows() -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    folder = ev.SHARED / "conflibert_cameo"
    out = []
    for split in ("train", "test"):
        tagged = {"".join(words): (words, tags) for words, tags in ev._read_ner(folder / f"cameo_ner_{split}.txt")}
        for line in (folder / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines():
            text, _, label = line.rpartition("\t")
            key = "".join(text.split())
            if not text or label == "0" or key not in tagged:
                continue
            spans = ev._spans_from_tags(text, *tagged[key])
            if "S" in spans and "T" in spans:
                out.append((text, spans["S"], spans["T"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("shipped", "none"), default="shipped")
    args = parser.parse_args()
    data = rows()
    nlp = ev._load_nlp()
    model = default_model() if args.model == "shipped" else None
    t0 = time.perf_counter()
    matched = sum(ev.pair_event(ev.code_sentence(doc, str(i), model), s, t) is not None
                  for i, ((_, s, t), doc) in enumerate(zip(data, nlp.pipe(r[0] for r in data))))
    print(f"CAMEO sentences with source and target: {len(data)}; pair-match {matched / len(data):.1%} "
          f"({matched}); type model: {args.model}; {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
