"""Speed of the places stage alone (``places.resolve``) on real news, against spaCy's parse.

    .venv/bin/python bench/places_speed.py [--n 300]

Parses a seeded sample of ``../shared/data/news/`` articles once with the pipeline's spaCy
model (timed), then times ``places.resolve`` over the parsed docs.  The first call loads the
gazetteer (and builds its cache if missing); that time is printed apart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import stage_bench_start  # noqa: E402


def main() -> None:
    articles, docs, parse, tokens = stage_bench_start(__doc__)
    from dateline.places import resolve

    t0 = time.perf_counter()
    resolve(docs[0])
    warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    places = sum(len(resolve(d)) for d in docs)
    stage = time.perf_counter() - t0

    print(f"articles {len(docs)}, tokens {tokens}, places {places}")
    print(f"spaCy parse     {tokens / parse:10.0f} tokens/s  {1000 * parse / len(docs):7.1f} ms/article")
    print(f"places.resolve  {tokens / stage:10.0f} tokens/s  {1000 * stage / len(docs):7.1f} ms/article"
          f"  (first call incl. gazetteer load: {warm:.2f} s)")
    print(f"places share of parse+places: {100 * stage / (parse + stage):.1f}%")


if __name__ == "__main__":
    main()
