"""Does any stage grow faster than the article?  CPU time per stage on ever longer prefixes of one
long article, and each stage's growth exponent (1.0 = linear).

    .venv/bin/python bench/long_article.py                       # the longest article of the news mix
    .venv/bin/python bench/long_article.py --id ID --sizes 25000,50000,100000,200000

Found the need the hard way: a 590,000-character page (a timeline17 article) took most of an hour
in the events stage, which read ``doc.text`` and ``doc.ents`` (both rebuilt from every token on
each access) once per sentence or argument.  Stages are timed by wrapping the public functions
the pipeline calls (as bench/profile_pipeline.py does); spaCy's own time is the rest of
``Pipeline.process``.  An exponent well above 1 (say > 1.3) over a 8x range is a regression.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import NEWS_DIR, news_files  # noqa: E402
from profile_pipeline import STAGE_FUNCTIONS, _timed  # noqa: E402


def longest_article(news_dir: Path, wanted_id: str | None) -> dict:
    best = None
    for path in news_files(news_dir):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if wanted_id is not None:
                    if record.get("id") == wanted_id:
                        return record
                elif best is None or len(record.get("text", "")) > len(best["text"]):
                    best = record
    if best is None:
        raise SystemExit(f"no article {wanted_id!r} under {news_dir}")
    return best


def prefix(text: str, size: int) -> str:
    """The first ``size`` characters, cut back to the last paragraph or sentence end."""
    if size >= len(text):
        return text
    cut = max(text.rfind("\n", 0, size), text.rfind(". ", 0, size) + 1)
    return text[:cut if cut > size // 2 else size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--id", help="article id (default: the longest article under --news-dir)")
    ap.add_argument("--news-dir", type=Path, default=NEWS_DIR)
    ap.add_argument("--sizes", default="25000,50000,100000,200000", help="prefix lengths in characters")
    args = ap.parse_args()

    from dateline.ingest.records import build_article
    from dateline.model import Article, Origin
    from dateline.pipeline import Pipeline

    record = longest_article(args.news_dir, args.id)
    print(f"article {record['id']}: {len(record['text']):,} characters")
    pipe = Pipeline()
    totals: dict[str, float] = defaultdict(float)
    for module_name, fn_name in STAGE_FUNCTIONS:
        module = importlib.import_module(f"dateline.{module_name}")
        setattr(module, fn_name, _timed(totals, f"{module_name}.{fn_name}", getattr(module, fn_name)))

    # Untimed warm-up: lazily loaded gazetteers and models would otherwise be charged to the first size.
    warm = build_article(id="warm-up", text=prefix(record["text"], 5000), date=record.get("date"),
                         origin=Origin("warm-up"))
    if isinstance(warm, Article):
        pipe.process(warm)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = prefix(record["text"], size)
        article = build_article(id=record["id"], text=text, date=record.get("date"), origin=Origin(record["id"]))
        if not isinstance(article, Article):
            raise SystemExit(f"{record['id']}: {article}")
        totals.clear()
        t0 = time.process_time()
        result = pipe.process(article)
        total = time.process_time() - t0
        parts = dict(totals)
        parts["spaCy and glue"] = total - sum(parts.values())
        rows.append((len(text), total, parts, len(result.events)))
        print(f"{len(text):>9,} chars  {total:7.1f} CPU-s  {len(result.events):5} events  "
              + "  ".join(f"{k} {v:.2f}" for k, v in parts.items()), flush=True)

    (n0, t0_, p0, _), (n1, t1_, p1, _) = rows[0], rows[-1]
    scale = math.log(n1 / n0)
    print(f"\ngrowth exponent from {n0:,} to {n1:,} characters (1.0 = linear):")
    for name in p0:
        if p0[name] > 0.01 and p1[name] > 0.01:
            k = math.log(p1[name] / p0[name]) / scale
            print(f"  {name:<24} {k:4.2f}{'  <- superlinear' if k > 1.3 else ''}")
    print(f"  {'total':<24} {math.log(t1_ / t0_) / scale:4.2f}")


if __name__ == "__main__":
    main()
