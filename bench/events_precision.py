"""Events precision on real news, judged by hand: with and without the relevance layer.

    .venv/bin/python bench/events_precision.py dump  [--seed S] [--per-source K] [--sources A,B] [--hide-layer] [--repair]
    .venv/bin/python bench/events_precision.py score [same sample options] --judged bench/judgments/FILE.tsv

Draws a seeded sample of short articles (at most ``--max-words``) from every source of
``../shared/data/news/`` or from ``--sources``: ``K`` per source, and ``K`` per BBC section
(business, entertainment, politics, sport, tech).  Codes them with the whole pipeline with the
relevance layer switched OFF, then asks the layer (``events.relevance``) about every event: kept,
kept with lower confidence, or dropped.  ``dump`` prints every event (key, type, trigger, actor,
recipient, sentence and, unless ``--hide-layer``, the layer's decision) for judging; ``score`` reads
the hand verdicts (``key<TAB>verdict``: ``y`` = the sentence reports this event, its type is
acceptable, its actor is the right party and it is a PLOVER event; ``n`` otherwise) and prints
precision before (all events) and after (the events the layer keeps), both also over the events
with confidence >= 0.5, and the right events the layer dropped.  A verdict file holds keys and
verdicts only (no article text: the sources' licences keep the text in ``../shared/``).

``--repair`` applies ingest's mojibake repair (``dateline.ingest.encoding.repair``, what ``dateline
ingest`` does to every record) before coding, as in production; it is off by default because it moves
the offsets in the keys of the samples judged without it (about 8% of the corpus carries mojibake).

The judged samples (docs/events.md, "Relevance"): ``--seed 20261129``; ``--seed 20261130
--per-source 3 --sources bbc_greene2006,reuters21578``; ``--seed 20261131``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles, words  # noqa: E402

SEED = 20261129


def pick(seed: int, per_source: int, max_words: int, sources: set[str] | None = None,
         repair: bool = False) -> list[dict]:
    """``per_source`` short dated-or-undated articles from each source (or from ``sources`` only), in
    the seeded order; with ``repair``, their text as ingest repairs it."""
    pool = sample_articles(per_source * 12 * 20, seed=seed)
    if sources:
        pool = [a for a in pool if a["source"] in sources]
    taken: dict[str, int] = {}
    out = []
    for a in pool:
        group = a["source"]
        if group == "bbc_greene2006":  # BBC by section: business, entertainment, politics, sport, tech
            group += ":" + a["id"].split("-")[1]
        if not a.get("text") or words(a["text"]) > max_words or taken.get(group, 0) >= per_source:
            continue
        taken[group] = taken.get(group, 0) + 1
        out.append(a)
    if repair:
        from dateline.ingest.encoding import repair as fix

        out = [dict(a, text=fix(a["text"])) for a in out]
    return out


def coded(articles: list[dict]):
    """(article, result coded without the layer, the layer's decisions on its events, its context)."""
    from dateline.events import relevance
    from dateline.model import Article
    from dateline.pipeline import Pipeline

    relevance.ENABLED = False
    pipe = Pipeline()
    for a in articles:
        art = Article(id=a["id"], text=a["text"], date=a.get("date"), title=a.get("title"), source=a["source"])
        doc = pipe.nlp(a["text"])
        result = pipe._analyse(art, doc)
        ctx = relevance.context_of(doc, result.mentions)
        decisions = [relevance.judge(e, ctx) for e in result.events]
        yield a, result, decisions, ctx


def key(e) -> str:
    return f"{e.id.rsplit(':e', 1)[0]}@{e.trigger.start}:{e.type}"


def party(ps) -> str:
    return " + ".join(f"{p.text}[{p.country or '-'}/{p.sector or '-'}]" for p in ps) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("dump", "score"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--per-source", type=int, default=2)
    ap.add_argument("--max-words", type=int, default=450)
    ap.add_argument("--sources", help="comma-separated sources (default: all), e.g. bbc_greene2006,reuters21578")
    ap.add_argument("--judged", type=Path)
    ap.add_argument("--hide-layer", action="store_true", help="dump without the layer's decisions (blind judging)")
    ap.add_argument("--repair", action="store_true", help="apply ingest's mojibake repair first, as in production")
    args = ap.parse_args()
    articles = pick(args.seed, args.per_source, args.max_words, set(args.sources.split(",")) if args.sources else None,
                    repair=args.repair)
    verdicts = {}
    if args.what == "score":
        for line in args.judged.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                k, v = line.split("\t")[:2]
                verdicts[k] = v.strip()
    stats = {"before": [0, 0], "after": [0, 0], "lowered": [0, 0], "before >= 0.5": [0, 0], "after >= 0.5": [0, 0],
             "dropped_right": [], "unjudged": []}
    from dateline.events import relevance

    for a, result, decisions, ctx in coded(articles):
        if args.what == "dump":
            print(f"\n=== {a['id']} ({a['source']}, {words(a['text'])} words) {a.get('title') or ''}"
                  f"\n    cues {ctx.article}, political mentions {ctx.political_mentions}")
        for e, d in zip(result.events, decisions):
            k = key(e)
            if args.what == "dump":
                sent = result.text[e.sentence.start:e.sentence.end].replace("\n", " ")
                layer = "" if args.hide_layer else f"\n    layer: {d}"
                print(f"{k}\t{e.type}/{e.mode or ''}  trig={e.trigger.text!r}  A={party(e.actor)}"
                      f"  R={party(e.recipient)}  conf={e.confidence}  {e.reason}{layer}\n    | {sent[:400]}")
                continue
            v = verdicts.get(k)
            if v is None:
                stats["unjudged"].append(k)
                continue
            right = v == "y"
            stats["before"][0] += right
            stats["before"][1] += 1
            if e.confidence >= 0.5:
                stats["before >= 0.5"][0] += right
                stats["before >= 0.5"][1] += 1
            emitted = relevance.applied(e, d)
            if emitted is not None and emitted.confidence >= 0.5:
                stats["after >= 0.5"][0] += right
                stats["after >= 0.5"][1] += 1
            if d.keep:
                stats["after"][0] += right
                stats["after"][1] += 1
                if d.factor < 1:
                    stats["lowered"][0] += right
                    stats["lowered"][1] += 1
            elif right:
                stats["dropped_right"].append(k)
    if args.what == "score":
        of = f" of {args.sources}" if args.sources else ""
        print(f"seed {args.seed}, {len(articles)} articles ({args.per_source} per source{of} and BBC section,"
              f" <= {args.max_words} words)")
        for name in ("before", "after", "before >= 0.5", "after >= 0.5"):
            r, n = stats[name]
            print(f"{name + ':':<14} {n} events, {r} right, precision {100 * r / max(n, 1):.1f}%"
                  + ("  (events with confidence >= 0.5)" if ">=" in name else ""))
        r, n = stats["lowered"]
        print(f"kept with lowered confidence: {n} ({r} right)")
        print(f"right events dropped: {len(stats['dropped_right'])} {stats['dropped_right']}")
        if stats["unjudged"]:
            print(f"unjudged: {len(stats['unjudged'])} {stats['unjudged']}")


if __name__ == "__main__":
    main()
