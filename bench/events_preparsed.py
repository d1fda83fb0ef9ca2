"""The events stage on pre-parsed articles: CPU time, profile, and an output dump for identity checks.

    .venv/bin/python bench/events_preparsed.py parse --n 300 --out /tmp/ev300      # parse once (DocBin)
    .venv/bin/python bench/events_preparsed.py time --docs /tmp/ev300 --repeat 5   # fastest-of-N CPU time
    .venv/bin/python bench/events_preparsed.py time --docs /tmp/ev300 --cprofile 30
    .venv/bin/python bench/events_preparsed.py dump --docs /tmp/ev300 --out /tmp/a.jsonl
    .venv/bin/python bench/events_preparsed.py compare /tmp/a.jsonl /tmp/b.jsonl

``parse`` parses the seeded news mix of bench/news_sample.py (plus the founding example,
samples/niger-2024-03-17.txt) with the pipeline's spaCy model once and saves the docs as a spaCy
DocBin under ``--out`` (a /tmp folder: nothing is written into the repository), with the parse's
CPU seconds.  The other commands read those docs, so the parse is not repeated and two trees (run
with ``PYTHONPATH=<tree>/src``) see the very same docs.

``time`` runs ``events.extract`` over the docs ``--repeat`` times and prints the fastest pass in
CPU seconds (``time.process_time``: a busy shared machine inflates it far less than wall time),
both as events/bench/events_speed.py calls it (no mentions; shipped type model) and as the pipeline
calls it (the actors stage's mentions and the clean stage's excluded regions, computed once
beforehand), each against the parse's CPU seconds.  ``--cprofile N`` prints the top N functions
of one pipeline-style pass by cumulative and by own time instead.

``dump`` writes, per article, the full JSON of every event (type, mode, actor, recipient, spans,
dates, place, status, confidence, reason, mentions) from: the whole pipeline after the parse
(extract, relevance, dating, places, dedup), ``extract`` with mentions, ``extract`` with no
mentions, and ``extract`` with the lexicon alone.  ``compare`` reports the articles and events
that differ between two dumps (exit status 1 if any).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles  # noqa: E402

FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "niger-2024-03-17.txt"


def _parse(args) -> None:
    from spacy.tokens import DocBin

    from dateline.ingest import read_path
    from dateline.nlp import pipe_chunked
    from dateline.pipeline import build_nlp

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    articles = [{"id": a["id"], "date": a.get("date"), "text": a["text"], "title": a.get("title")}
                for a in sample_articles(args.n) if a.get("text")]
    for a in read_path(str(FOUNDING)):
        articles.append({"id": "founding:" + a.id, "date": a.date, "text": a.text, "title": a.title})
    nlp = build_nlp()
    t0 = time.process_time()
    docs = list(pipe_chunked(nlp, (a["text"] for a in articles), batch_size=32))
    parse = time.process_time() - t0
    bin_ = DocBin(store_user_data=True)
    for d in docs:
        bin_.add(d)
    bin_.to_disk(out / "docs.spacy")
    with open(out / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    (out / "parse.json").write_text(json.dumps({"parse_cpu_s": parse, "tokens": sum(len(d) for d in docs)}))
    print(f"{len(docs)} docs, {sum(len(d) for d in docs)} tokens, parse {parse:.2f} CPU s -> {out}")


def _load(folder: str):
    from spacy.tokens import DocBin

    from dateline.pipeline import build_nlp

    folder = Path(folder)
    nlp = build_nlp()
    docs = list(DocBin().from_disk(folder / "docs.spacy").get_docs(nlp.vocab))
    with open(folder / "articles.jsonl", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    meta = json.loads((folder / "parse.json").read_text())
    return articles, docs, meta


def _inputs(articles, docs):
    """The actors stage's mentions and the clean stage's excluded regions of each doc (not timed)."""
    from dateline import actors, clean

    out = []
    for a, d in zip(articles, docs):
        regions = clean.find_excluded(a["text"])
        out.append((regions, actors.resolve(d, a.get("date"), excluded=regions).mentions))
    return out


def _time(args) -> None:
    from dateline.events import extract

    articles, docs, meta = _load(args.docs)
    inputs = _inputs(articles, docs)
    extract(docs[0], doc_id="warm")
    extract(docs[0], doc_id="warm", type_model=None)
    parse = meta["parse_cpu_s"]
    print(f"{len(docs)} docs, {meta['tokens']} tokens; parse {parse:.2f} CPU s")

    def bench_pass():  # as bench/events_speed.py calls it
        return sum(len(extract(d, doc_id=str(i))) for i, d in enumerate(docs))

    def pipeline_pass():  # as the pipeline calls it
        return sum(len(extract(d, doc_id=str(i), mentions=m, excluded=r))
                   for i, (d, (r, m)) in enumerate(zip(docs, inputs)))

    if args.cprofile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        pipeline_pass()
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats(args.cprofile)
        stats.sort_stats("tottime").print_stats(args.cprofile)
        return
    for label, run in (("extract, no mentions (events_speed.py)", bench_pass),
                       ("extract, mentions + excluded (pipeline)", pipeline_pass)):
        took, n = float("inf"), 0
        for _ in range(max(1, args.repeat)):
            t0 = time.process_time()
            n = run()
            took = min(took, time.process_time() - t0)
        print(f"{label}: {took:.3f} CPU s (fastest of {args.repeat}), {n} events, "
              f"{100 * took / parse:.1f}% of parse")


def _jsonable(obj):
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) else obj


def _dump(args) -> None:
    from dateline import dedup, events, places, time as dtime
    from dateline.actors import resolve
    from dateline.clean import find_excluded

    articles, docs, _ = _load(args.docs)
    with open(args.out, "w", encoding="utf-8") as fh:
        for a, doc in zip(articles, docs):
            dct = a.get("date")
            regions = find_excluded(a["text"])
            analysis = resolve(doc, dct, excluded=regions)
            raw = events.extract(doc, doc_id=a["id"], mentions=analysis.mentions, excluded=regions)
            found_places = places.resolve(doc, focus_country=analysis.focus_country, mentions=analysis.mentions)
            found = events.keep_relevant(raw, doc, mentions=analysis.mentions)
            found = dtime.date_events(found, dtime.tag(a["text"], dct, doc=doc), doc=doc, dct=dct)
            found = places.locate_events(found, found_places, doc=doc)
            found = dedup.merge_in_document(found)
            record = {
                "id": a["id"],
                "pipeline": [_jsonable(e) for e in found],
                "extract": [_jsonable(e) for e in raw],
                "extract_no_mentions": [_jsonable(e) for e in events.extract(doc, doc_id=a["id"])],
                "extract_lexicon": [_jsonable(e) for e in events.extract(doc, doc_id=a["id"], type_model=None)],
            }
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(f"{len(articles)} articles -> {args.out}")


def _compare(args) -> None:
    def read(path):
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]

    a, b = read(args.a), read(args.b)
    if [r["id"] for r in a] != [r["id"] for r in b]:
        raise SystemExit("the dumps are of different articles")
    differ = 0
    for key in ("pipeline", "extract", "extract_no_mentions", "extract_lexicon"):
        n_events = sum(len(r[key]) for r in a)
        bad = [ra["id"] for ra, rb in zip(a, b) if ra[key] != rb[key]]
        differ += len(bad)
        print(f"{key}: {len(a)} articles, {n_events} vs {sum(len(r[key]) for r in b)} events; "
              f"{len(bad)} articles differ{': ' + ', '.join(bad[:10]) if bad else ''}")
    sys.exit(1 if differ else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("parse")
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--out", required=True)
    p = sub.add_parser("time")
    p.add_argument("--docs", required=True)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--cprofile", type=int, default=0)
    p = sub.add_parser("dump")
    p.add_argument("--docs", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("compare")
    p.add_argument("a")
    p.add_argument("b")
    args = parser.parse_args()
    {"parse": _parse, "time": _time, "dump": _dump, "compare": _compare}[args.cmd](args)


if __name__ == "__main__":
    main()
