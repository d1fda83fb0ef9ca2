"""Speed of the actors stage alone (``actors.resolve``) on real news, against spaCy's parse.

    .venv/bin/python bench/actors_speed.py [--n 300]

Parses a seeded sample of ``../shared/data/news/`` articles once with the pipeline's spaCy
model (timed), then times ``actors.resolve`` over the parsed docs (one warm-up call first: the
knowledge base and phrase matcher are built once per process; that build time is printed
apart).  Prints tokens/s and ms per article for both, and the stage's share of the total.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import stage_bench_start  # noqa: E402


def main() -> None:
    articles, docs, parse, tokens = stage_bench_start(__doc__)
    from dateline.actors import resolve

    t0 = time.perf_counter()
    resolve(docs[0], articles[0].get("date"))
    warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = sum(len(resolve(d, a.get("date")).mentions) for d, a in zip(docs, articles))
    stage = time.perf_counter() - t0

    print(f"articles {len(docs)}, tokens {tokens}, mentions {mentions}")
    print(f"spaCy parse     {tokens / parse:10.0f} tokens/s  {1000 * parse / len(docs):7.1f} ms/article")
    print(f"actors.resolve  {tokens / stage:10.0f} tokens/s  {1000 * stage / len(docs):7.1f} ms/article"
          f"  (first call incl. KB + matcher build: {warm:.2f} s)")
    print(f"actors share of parse+actors: {100 * stage / (parse + stage):.1f}%")


if __name__ == "__main__":
    main()
