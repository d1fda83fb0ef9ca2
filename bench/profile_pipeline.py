"""Where the time of ``dateline code`` goes: CPU seconds per spaCy component and per stage.

    .venv/bin/python bench/profile_pipeline.py --n 96
    .venv/bin/python bench/profile_pipeline.py --n 96 --cprofile 25   # plus the top functions
    .venv/bin/python bench/profile_pipeline.py --n 96 --model-components  # the model's own ruler/lemmatizer

Runs the real pipeline (``dateline.pipeline.Pipeline``) on the seeded news mix of
bench/news_sample.py, in one process, after loading.  spaCy's components are run one after
another over the batch (``component.pipe``) so each gets its own CPU time; the stages are then
timed by wrapping the public stage functions the pipeline calls (measurement only - the
functions are called unchanged).  CPU time (``time.process_time``), not wall time, so that a
busy shared machine distorts the shares as little as possible.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import DEFAULT_SEED, NEWS_DIR, sample_articles, words  # noqa: E402

STAGE_FUNCTIONS = [("clean", "find_excluded"), ("time", "tag"), ("actors", "resolve"), ("places", "resolve"),
                   ("events", "extract"), ("events", "keep_relevant"), ("time", "date_events"), ("places", "locate_events"),
                   ("dedup", "merge_in_document")]


def _timed(totals: dict, name: str, fn):
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - t
    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=96)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--news-dir", type=Path, default=NEWS_DIR)
    ap.add_argument("--model-components", action="store_true",
                    help="the model's own attribute_ruler and lemmatizer instead of dateline.nlp.cached's")
    ap.add_argument("--cprofile", type=int, default=0, help="also print the top N functions by cumulative time")
    args = ap.parse_args()

    import importlib

    from dateline import pipeline as pipeline_mod
    from dateline.ingest.records import build_article
    from dateline.model import Article, Origin

    t0 = time.process_time()
    pipe = pipeline_mod.Pipeline(pipeline_mod.PipelineSettings(cached_components=not args.model_components))
    load = time.process_time() - t0
    raw = sample_articles(args.n, args.seed, args.news_dir)
    articles = [a for a in (build_article(id=r["id"], text=r["text"], date=r["date"], origin=Origin(r["id"]))
                            for r in raw) if isinstance(a, Article)]
    n_words = sum(words(a.text) for a in articles)

    # Warm-up on other articles (a different seed): lazily loaded gazetteers and the lemmatizer's
    # cache would otherwise be charged to the first batch, which a long run never sees again.
    warm = [a for a in (build_article(id=r["id"], text=r["text"], date=r["date"], origin=Origin(r["id"]))
                        for r in sample_articles(24, args.seed + 1, args.news_dir)) if isinstance(a, Article)]
    t0 = time.process_time()
    for _ in pipe.process_many(warm):
        pass
    warmup = time.process_time() - t0

    totals: dict[str, float] = defaultdict(float)
    for module_name, fn_name in STAGE_FUNCTIONS:
        module = importlib.import_module(f"dateline.{module_name}")
        setattr(module, fn_name, _timed(totals, f"{module_name}.{fn_name}", getattr(module, fn_name)))

    profiler = cProfile.Profile() if args.cprofile else None
    if profiler:
        profiler.enable()
    nlp = pipe.nlp
    analyse = 0.0
    for i in range(0, len(articles), args.batch_size):
        batch = articles[i:i + args.batch_size]
        t = time.process_time()
        docs = [nlp.make_doc(a.text) for a in batch]
        totals["spacy:tokenizer"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            t = time.process_time()
            docs = list(proc.pipe(docs, batch_size=args.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            totals[f"spacy:{name}"] += time.process_time() - t
        t = time.process_time()
        for article, doc in zip(batch, docs):
            pipe._analyse(article, doc)
        analyse += time.process_time() - t
    if profiler:
        profiler.disable()
    staged = sum(v for k, v in totals.items() if not k.startswith("spacy:"))
    totals["(pipeline glue: sentences, DocResult)"] = analyse - staged
    total = sum(totals.values())
    spacy_total = sum(v for k, v in totals.items() if k.startswith("spacy:"))
    print(f"{len(articles)} articles, {n_words:,} words; pipeline load {load:.1f} CPU-s and warm-up on "
          f"{len(warm)} other articles {warmup:.1f} CPU-s (not counted)")
    print(f"{'part':40} {'CPU s':>7} {'share':>6} {'ms/article':>10}")
    for name, v in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{name:40} {v:>7.2f} {v / total:>6.1%} {1000 * v / len(articles):>10.1f}")
    print(f"{'total':40} {total:>7.2f} {1:>6.0%} {1000 * total / len(articles):>10.1f}")
    print(f"spaCy {spacy_total:.2f} CPU-s ({spacy_total / total:.0%}), stages {total - spacy_total:.2f} CPU-s "
          f"({(total - spacy_total) / total:.0%}); {len(articles) / total:.2f} articles/CPU-s, "
          f"{n_words / total:,.0f} words/CPU-s")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
