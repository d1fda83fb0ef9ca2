"""Speed of the relevance layer alone (``events.keep_relevant``) on real news, against spaCy's parse.

    .venv/bin/python bench/relevance_speed.py [--n 150]

Parses a seeded sample of ``../shared/data/news/`` articles once (timed), runs the actors stage and
``events.extract`` on each, then times ``events.keep_relevant`` over the coded events (one warm-up
call first: the cue lists and phrase matcher load once per process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import stage_bench_start  # noqa: E402


def main() -> None:
    articles, docs, parse, tokens = stage_bench_start(__doc__, default_n=150)
    from dateline.actors import resolve
    from dateline.events import extract, keep_relevant

    coded = []
    for i, (a, d) in enumerate(zip(articles, docs)):
        mentions = resolve(d, a.get("date")).mentions
        coded.append((d, mentions, extract(d, doc_id=str(i), mentions=mentions)))
    keep_relevant(coded[0][2], coded[0][0], mentions=coded[0][1])
    t0 = time.perf_counter()
    kept = sum(len(keep_relevant(events, d, mentions=m)) for d, m, events in coded)
    took = time.perf_counter() - t0
    total = sum(len(events) for _, _, events in coded)
    print(f"{len(docs)} articles, {tokens} tokens; spaCy parse {parse:.2f}s")
    print(f"relevance layer: {took:.3f}s, {total} events in, {kept} kept, {1000 * took / len(docs):.2f} ms/article, "
          f"{100 * took / parse:.2f}% of parse time")


if __name__ == "__main__":
    main()
