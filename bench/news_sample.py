"""The benchmark article mix: a fixed, seeded sample across the sources of ../shared/data/news/.

Every source gets the same quota (reservoir-sampled with a fixed seed, so a rerun draws the
same articles), which mixes short wire items (Reuters, SATP) with long features (Timeline17,
the Guardian-heavy entities set) as a day of GDELT-style crawl does.  The files are read in
place and streamed; nothing is copied into the repository.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

NEWS_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
DEFAULT_SEED = 20240317


def news_files(news_dir: Path = NEWS_DIR) -> list[Path]:
    files = sorted(news_dir.glob("*.jsonl.gz"))
    if not files:
        raise SystemExit(f"no *.jsonl.gz under {news_dir}; pass --news-dir")
    return files


def sample_articles(n: int, seed: int = DEFAULT_SEED, news_dir: Path = NEWS_DIR) -> list[dict]:
    """``n`` article objects (``id``, ``date``, ``text``, ``title``, ``source``), equal quota per
    source, in a seeded shuffled order."""
    files = news_files(news_dir)
    rng = random.Random(seed)
    quota = [n // len(files) + (1 if i < n % len(files) else 0) for i in range(len(files))]
    picked: list[dict] = []
    for path, k in zip(files, quota):
        reservoir: list[str] = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if len(reservoir) < k:
                    reservoir.append(line)
                else:
                    j = rng.randrange(i + 1)
                    if j < k:
                        reservoir[j] = line
        for obj in map(json.loads, reservoir):
            picked.append({"id": f"{path.name.split('.')[0]}:{obj['id']}", "date": obj.get("date"),
                           "text": obj["text"], "title": obj.get("title"), "source": path.name.split(".")[0]})
    rng.shuffle(picked)
    return picked


def write_jsonl(articles: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")


def words(text: str) -> int:
    """Whitespace words: the same count for both sides of every comparison."""
    return len(text.split())


def stage_bench_start(doc: str, default_n: int = 300, parents: tuple = ()) -> tuple[list[dict], list, float, int]:
    """The command line (``--n``, plus the options of the ``parents`` parsers, so ``--help`` lists them)
    and start of a per-stage speed bench whose docstring is ``doc``: the sampled articles, their docs,
    the parse seconds and the token count."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0], parents=list(parents))
    parser.add_argument("--n", type=int, default=default_n, help="articles of the news mix")
    args = parser.parse_args()
    articles, docs, parse = parsed_sample(args.n)
    return articles, docs, parse, sum(len(d) for d in docs)


def parsed_sample(n: int) -> tuple[list[dict], list, float]:
    """``n`` sampled articles, their spaCy docs (dateline's pipeline model) and the parse seconds:
    the common start of the per-stage speed benches, which then time one stage on the docs."""
    import time

    from dateline.pipeline import build_nlp

    articles = [a for a in sample_articles(n) if a.get("text")]
    nlp = build_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a["text"] for a in articles], batch_size=32))
    return articles, docs, time.perf_counter() - t0
