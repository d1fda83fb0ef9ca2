"""Memory over a long ``dateline code`` run: is RSS flat however many articles go through?

    .venv/bin/python bench/memory_flat.py --n 5000            # ~10 min on a quiet 2-core machine
    .venv/bin/python bench/memory_flat.py --n 50000 --workers 2   # the issue's target run

Articles are streamed from every ``../shared/data/news/*.jsonl.gz`` file in turn (round-robin,
one article from each file, through dateline's own JSONL reader), all distinct - repeating
articles would hide growth from new words (spaCy's string store, lemma caches).  Each result
is written as doc-jsonl to /dev/null, as ``dateline code`` would.  Every ``--every`` articles
the RSS of the coding process(es) is sampled; the report gives the RSS curve, the peak, and the
growth over the second half of the run (after warm-up) in MB per 1,000 articles.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import NEWS_DIR, news_files  # noqa: E402


def interleaved_articles(news_dir: Path) -> Iterator:
    """One article from each news file in turn until all are exhausted (lazy)."""
    from dateline.ingest.readers import _read_jsonl  # the reader `dateline code` uses for .jsonl.gz
    from dateline.model import Article

    handles = [gzip.open(p, "rb") for p in news_files(news_dir)]
    streams = [_read_jsonl(fh, str(p)) for fh, p in zip(handles, news_files(news_dir))]
    try:
        while streams:
            for stream in list(streams):
                item = next(stream, None)
                if item is None:
                    streams.remove(stream)
                elif isinstance(item, Article):
                    yield item
    finally:
        for fh in handles:
            fh.close()


def rss_mb(include_children: bool) -> list[float]:
    import psutil

    me = psutil.Process()
    procs = [me] + (me.children(recursive=True) if include_children else [])
    out = []
    for p in procs:
        try:
            out.append(p.memory_info().rss / 2**20)
        except psutil.Error:
            pass
    return out


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 articles."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--every", type=int, default=250)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--news-dir", type=Path, default=NEWS_DIR)
    ap.add_argument("--model-components", action="store_true",
                    help="the model's own attribute_ruler and lemmatizer instead of dateline.nlp.cached's (1 worker)")
    args = ap.parse_args()
    if args.model_components:
        from dateline import engine
        from dateline.pipeline import Pipeline, PipelineSettings

        engine.local._worker_pipeline = Pipeline(PipelineSettings(cached_components=False))

    from dateline.engine.local import code_stream
    from dateline.model import DocResult
    from dateline.output import Writer

    multi = args.workers > 1
    samples: list[tuple[int, float, list[float]]] = []
    started = time.perf_counter()
    done = events = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        writer = Writer("doc-jsonl", sink, coder="dateline bench")
        for item in code_stream(islice(interleaved_articles(args.news_dir), args.n), workers=args.workers):
            if isinstance(item, DocResult):
                writer.write(item)
                events += len(item.events)
            done += 1
            if done % args.every == 0:
                mem = rss_mb(multi)
                # With workers, the coding processes are the children holding a model (> 150 MB).
                coding = [m for m in mem[1:] if m > 150] if multi else mem[:1]
                samples.append((done, time.perf_counter() - started, coding))
                print(f"{done:>7} articles  {samples[-1][1]:>7.0f} s  RSS MB: "
                      + ", ".join(f"{m:.0f}" for m in coding), flush=True)
        writer.close()
    if not samples:
        raise SystemExit("too few articles for one sample; lower --every")
    peak = max(max(c) for _, _, c in samples if c)
    half = [(n, max(c)) for n, _, c in samples[len(samples) // 2:] if c]
    first, last = half[0], half[-1]
    print(f"\n{done:,} articles, {events:,} events, {time.perf_counter() - started:.0f} s, workers={args.workers}")
    print(f"peak RSS per coding process: {peak:.0f} MB (target <= 1024 MB)")
    print(f"second half ({first[0]:,} -> {last[0]:,} articles): {first[1]:.0f} -> {last[1]:.0f} MB, "
          f"slope {slope(half):+.1f} MB per 1,000 articles")
    if not multi:
        from dateline.engine.local import _get_pipeline

        nlp = _get_pipeline().nlp
        ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        print(f"component caches: attribute_ruler {len(getattr(ruler, '_matches', {})):,} signatures, "
              f"lemmatizer {len(getattr(lemmatizer, '_lemmas', {})):,} lemma keys and spaCy's own "
              f"{len(lemmatizer.cache):,}; string store {len(nlp.vocab.strings):,} strings")


if __name__ == "__main__":
    main()
