"""How well the relevance layer tells sport, business and culture articles from political ones.

    .venv/bin/python bench/relevance_domains.py [--n 40] [--seed 20261129]

The BBC articles of ``../shared/data/news/bbc_greene2006.jsonl.gz`` carry their section in their id
(business, entertainment, politics, sport, tech).  For ``n`` seeded articles per section this prints
the article-level domain the layer reads from the text alone (``relevance.article_domain``: domain
words against political mentions), as a confusion table.  Politics articles should come out as no
domain; entertainment and tech are the layer's "culture".
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import NEWS_DIR  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--misses", action="store_true", help="list the articles read as no domain")
    args = ap.parse_args()
    by_section: dict[str, list[dict]] = {}
    with gzip.open(NEWS_DIR / "bbc_greene2006.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            by_section.setdefault(obj["id"].split("-")[1], []).append(obj)
    rng = random.Random(args.seed)
    from dateline.actors import resolve
    from dateline.events import relevance
    from dateline.pipeline import build_nlp

    nlp = build_nlp()
    table: dict[str, Counter] = {}
    for section in sorted(by_section):
        picked = rng.sample(by_section[section], min(args.n, len(by_section[section])))
        counts = Counter()
        for obj, doc in zip(picked, nlp.pipe(o["text"] for o in picked)):
            ctx = relevance.context_of(doc, resolve(doc, None).mentions)
            found = relevance.article_domain(ctx)
            counts[found or "-"] += 1
            if args.misses and not found and section != "politics":
                print(f"  {obj['id']}: {obj['title']!r} cues {ctx.article} political mentions {ctx.political_mentions}")
        table[section] = counts
    cols = [*relevance.DOMAINS, "-"]
    print(f"{'BBC section':<14}" + "".join(f"{c:>10}" for c in cols))
    for section, counts in table.items():
        print(f"{section:<14}" + "".join(f"{counts[c]:>10}" for c in cols))


if __name__ == "__main__":
    main()
