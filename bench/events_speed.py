"""Speed of the events stage alone (``events.extract``) on real news, against spaCy's parse.

    .venv/bin/python bench/events_speed.py [--n 300] [--repeat 3]

Parses a seeded sample of ``../shared/data/news/`` articles once with the pipeline's spaCy model
(timed), then times ``events.extract`` over the parsed docs, with the shipped type model and with
the lexicon alone (one warm-up call first: lexicon, matcher and model load once per process).
Issue 5's budget: event coding adds at most 25% to the parse time of the text it looks at.
``--repeat N`` times N passes of ``extract`` and reports the fastest: on a shared machine a single pass
varies by a third from run to run, the fastest of three by a few percent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import stage_bench_start  # noqa: E402


def main() -> None:
    own = argparse.ArgumentParser(add_help=False)
    own.add_argument("--repeat", type=int, default=1, help="passes of extract; the fastest is reported")
    articles, docs, parse, tokens = stage_bench_start(__doc__, parents=(own,))
    opts, _ = own.parse_known_args()  # the shared command line has checked and taken the rest (--n)
    from dateline.events import extract
    extract(docs[0], doc_id="warm")
    extract(docs[0], doc_id="warm", type_model=None)
    print(f"{len(docs)} articles, {tokens} tokens; spaCy parse {parse:.2f}s ({tokens / parse:.0f} tokens/s)")
    for label, model in (("events (lexicon + model)", "default"), ("events (lexicon only)", None)):
        took = float("inf")
        for _ in range(max(1, opts.repeat)):
            t0 = time.perf_counter()
            n = sum(len(extract(d, doc_id=str(i), type_model=model)) for i, d in enumerate(docs))
            took = min(took, time.perf_counter() - t0)
        print(f"{label}: {took:.2f}s{' (fastest of %d)' % opts.repeat if opts.repeat > 1 else ''}, {n} events, {1000 * took / len(docs):.1f} ms/article, "
              f"{100 * took / parse:.1f}% of parse time")


if __name__ == "__main__":
    main()
