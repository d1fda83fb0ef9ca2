"""The cached attribute ruler and lemmatizer (``dateline.nlp.cached``) against the model's own.

    .venv/bin/python bench/cached_identity.py --n 300

Parses the same texts with dateline's pipeline model twice - once with the model's
``attribute_ruler`` and ``lemmatizer``, once with the cached ones - and counts the documents and
tokens whose annotations differ (tag, POS, morphology, lemma, dependency, head, entities, sentence
starts).  Texts: the seeded news mix (bench/news_sample.py) and the texts of the development sets
(TimeBank/AQUAINT TimeML, TR-News, LGL, the PLOVER sentences of plv_train.tsv), so that identical
annotations mean identical development scores.  Also prints the CPU time of the two components
both ways on the same parsed news docs: cold (the first time the pipeline meets their word forms)
and warm (best of three, afterwards).
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

    from spacy.tokens import Doc

    from dateline.pipeline import build_nlp

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    model, cached = build_nlp(cached_components=False), build_nlp(cached_components=True)
    sets = {"news mix": [a["text"] for a in sample_articles(args.n) if a.get("text")], **dev_texts(args.n)}
    news = sets["news mix"]
    # The same parsed news docs (up to the parser) for timing the two components alone.
    parsed = {}
    for label, nlp in (("model", model), ("cached", cached)):
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "dateline_ruler", "ner"]):
            parsed[label] = [d.to_bytes() for d in nlp.pipe(news)]

    def component_seconds(label: str, nlp) -> tuple[float, float]:
        docs = [Doc(nlp.vocab).from_bytes(b) for b in parsed[label]]
        out = []
        for name in ("attribute_ruler", "lemmatizer"):
            proc = nlp.get_pipe(name)
            t = time.process_time()
            docs = [proc(d) for d in docs]
            out.append(time.process_time() - t)
        return out[0], out[1]

    # Cold: the first time either pipeline meets these word forms (spaCy's lemmatizer caches too).
    timing = {"cold": {label: component_seconds(label, nlp) for label, nlp in (("model", model), ("cached", cached))}}
    for name, texts in sets.items():
        docs = tokens = bad_docs = bad_tokens = 0
        for a, b in zip(model.pipe(texts), cached.pipe(texts)):
            diff = (a.to_array(attrs) != b.to_array(attrs)).any(axis=1)
            docs, tokens = docs + 1, tokens + len(a)
            bad_docs += bool(diff.any())
            bad_tokens += int(np.count_nonzero(diff))
        print(f"{name:10} {docs:5} texts {tokens:8} tokens: {bad_docs} texts, {bad_tokens} tokens differ", flush=True)
    # Warm: after all of the above, alternating, best of three.
    warm = {"model": (float("inf"),) * 2, "cached": (float("inf"),) * 2}
    for _ in range(3):
        for label, nlp in (("model", model), ("cached", cached)):
            warm[label] = tuple(map(min, warm[label], component_seconds(label, nlp)))
    timing["warm"] = warm
    for state, labels in timing.items():
        for label, (ruler, lemma) in labels.items():
            print(f"{state} {label:6} attribute_ruler {ruler:.2f} CPU-s, lemmatizer {lemma:.2f} CPU-s "
                  f"({1000 * (ruler + lemma) / len(news):.1f} ms/article, {len(news)} news articles)")


if __name__ == "__main__":
    main()
