"""The cached attribute ruler and lemmatizer (``dateline.nlp.cached``) against the model's own.

    .venv/bin/python bench/cached_identity.py --n 300

Parses the same texts with dateline's pipeline model twice - once with the model's
``attribute_ruler`` and ``lemmatizer``, once with the cached ones - and counts the documents and
tokens whose annotations differ (tag, POS, morphology, lemma, dependency, head, entities, sentence
starts).  Texts: the seeded news mix (bench/news_sample.py) and the texts of the development sets
(TimeBank/AQUAINT TimeML, TR-News, LGL, the PLOVER sentences of plv_train.tsv), so that identical
annotations mean identical development scores.  Also prints the CPU time of the two components
both ways.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def dev_texts(limit: int) -> dict[str, list[str]]:
    """Up to ``limit`` texts of each development set (read in place)."""
    sets: dict[str, list[str]] = {}
    timeml = sorted((SHARED / "time" / "tbaq").rglob("*.tml"))[:limit]
    sets["tbaq"] = [re.sub(r"<[^>]+>", "", m.group(1)) for p in timeml
                    if (m := re.search(r"<TEXT>(.*?)</TEXT>", p.read_text(encoding="utf-8"), re.S))]
    for name in ("TR-News", "LGL"):
        with open(SHARED / "geo" / f"{name}.jsonl", encoding="utf-8") as fh:
            sets[name] = [json.loads(line)["text"] for _, line in zip(range(limit), fh)]
    with open(SHARED / "events" / "plv_train.tsv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        sets["plv_train"] = [r["sentence"] for _, r in zip(range(limit * 10), rows)]
    return sets


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="news articles, and texts per development set")
    args = ap.parse_args()

    import numpy as np
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    from dateline.pipeline import build_nlp

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    model, cached = build_nlp(cached_components=False), build_nlp(cached_components=True)
    sets = {"news mix": [a["text"] for a in sample_articles(args.n) if a.get("text")], **dev_texts(args.n)}
    timing = {"model": [0.0, 0.0], "cached": [0.0, 0.0]}
    for name, texts in sets.items():
        docs = tokens = bad_docs = bad_tokens = 0
        for a, b in zip(model.pipe(texts), cached.pipe(texts)):
            diff = (a.to_array(attrs) != b.to_array(attrs)).any(axis=1)
            docs, tokens = docs + 1, tokens + len(a)
            bad_docs += bool(diff.any())
            bad_tokens += int(np.count_nonzero(diff))
        print(f"{name:10} {docs:5} texts {tokens:8} tokens: {bad_docs} texts, {bad_tokens} tokens differ", flush=True)
    # CPU time of the two components alone, on the news mix, warm (after the pass above).
    texts = sets["news mix"]
    for label, nlp in (("model", model), ("cached", cached)):
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "dateline_ruler", "ner"]):
            docs = list(nlp.pipe(texts))
        for i, name in enumerate(("attribute_ruler", "lemmatizer")):
            proc = nlp.get_pipe(name)
            t = time.process_time()
            docs = [proc(d) for d in docs]
            timing[label][i] = time.process_time() - t
    n = len(texts)
    for label, (ruler, lemma) in timing.items():
        print(f"{label:6} attribute_ruler {ruler:.2f} CPU-s, lemmatizer {lemma:.2f} CPU-s "
              f"({1000 * (ruler + lemma) / n:.1f} ms/article, {n} news articles, warm)")


if __name__ == "__main__":
    main()
