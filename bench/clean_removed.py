"""Events a change of the clean stage removes (or changes) in real news, listed for reading.

    git archive REV src/dateline/clean | tar -x -C /tmp/oldclean
    .venv/bin/python bench/clean_removed.py --old-clean /tmp/oldclean/src/dateline/clean \
        [--n 1200] [--seed 777] [--max-words 3000] [--sources timeline17,semeval2018t5_gva] [--regions-only]

Draws ``sample_articles(n, seed)`` (bench/news_sample.py: an equal quota per source of
``../shared/data/news/``), keeps the articles of at most ``--max-words`` words, and compares the
excluded regions of the old clean stage (``boilerplate.py`` and ``data/boilerplate.yaml`` read from
``--old-clean``) with the current one.  Articles with new regions are coded by the current pipeline
twice, with the OLD regions and with the new ones (relevance layer off); every event the new regions
remove (its trigger inside one, or an argument inside one that it cannot do without) is printed with
its sentence and what the layer would have done with it, so each can be judged: reader comments, a
link list, or the article's own reporting lost.  Events whose actor changes and events that appear
are listed too.  Counts of new regions per source and rule come first; ``--regions-only`` stops
there (no spaCy).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles, words  # noqa: E402


def old_clean(path: Path):
    """The old stage's ``boilerplate`` module, reading its own data file."""
    spec = importlib.util.spec_from_file_location("old_boilerplate", path / "boilerplate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_boilerplate"] = module
    spec.loader.exec_module(module)
    data = yaml.safe_load((path / "data" / "boilerplate.yaml").read_text(encoding="utf-8"))
    if hasattr(module, "_data"):
        module._data = lambda: data
    else:  # before sections existed, rules() read the file itself
        module.rules = lambda: tuple(
            module.Rule(r["id"], r["kind"], module.re.compile(r["pattern"]), int(r["max_words"])) for r in data["rules"])
    return module


def overlaps(start: int, end: int, regions) -> bool:
    return any(r.start < end and start < r.end for r in regions)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old-clean", type=Path, required=True, help="directory of the old src/dateline/clean")
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=777)
    ap.add_argument("--max-words", type=int, default=3000)
    ap.add_argument("--sources", help="comma-separated sources (default: all)")
    ap.add_argument("--regions-only", action="store_true")
    args = ap.parse_args()
    from dateline import clean

    old = old_clean(args.old_clean)
    sources = set(args.sources.split(",")) if args.sources else None
    articles = [a for a in sample_articles(args.n, seed=args.seed)
                if a.get("text") and words(a["text"]) <= args.max_words and (not sources or a["source"] in sources)]
    affected, counts = [], collections.Counter()
    for a in articles:
        before = old.find_excluded(a["text"])
        added = [r for r in clean.find_excluded(a["text"])
                 if not any(o.start <= r.start and r.end <= o.end for o in before)]
        counts.update((a["source"], r.reason) for r in added)
        if added:
            affected.append((a, before, added))
    print(f"{len(articles)} articles, {sum(counts.values())} new regions in {len(affected)} of them")
    for (source, reason), k in sorted(counts.items()):
        print(f"  {k:5d}  {source}  {reason}")
    if args.regions_only:
        return

    from dateline.events import relevance
    from dateline.model import Article
    from dateline.pipeline import Pipeline

    relevance.ENABLED = False
    pipe = Pipeline()
    current = clean.find_excluded
    removed, kept, changed, appeared = 0, 0, 0, 0
    for a, before, added in affected:
        art = Article(id=a["id"], text=a["text"], date=a.get("date"), title=a.get("title"), source=a["source"])
        doc = pipe.nlp(a["text"])
        clean.find_excluded = lambda text, regions=before: list(regions)  # code as the old stage did
        try:
            old_result = pipe._analyse(art, doc)
        finally:
            clean.find_excluded = current
        new_result = pipe._analyse(art, doc)
        ctx = relevance.context_of(doc, old_result.mentions)
        new_events = {key(e): e for e in new_result.events}
        old_keys = {key(e) for e in old_result.events}
        for e in old_result.events:
            k = key(e)
            actor = " + ".join(p.text for p in e.actor) or "-"
            sent = old_result.text[e.sentence.start:e.sentence.end].replace("\n", " ")
            if k in new_events:
                now = " + ".join(p.text for p in new_events[k].actor) or "-"
                if now != actor:
                    changed += 1
                    print(f"CHANGED {k}  A={actor!r} -> {now!r}\n    | {sent[:300]}")
                continue
            emitted = relevance.applied(e, relevance.judge(e, ctx))
            removed += 1
            kept += emitted is not None and emitted.confidence >= 0.5
            rule = next((r.reason for r in added if r.start < e.trigger.end and e.trigger.start < r.end), "argument")
            layer = "dropped" if emitted is None else f"{emitted.confidence:.2f}"
            print(f"REMOVED {k}  [{rule}]  conf={e.confidence:.2f} layer={layer}"
                  f"  trig={e.trigger.text!r}  A={actor}\n    | {sent[:300]}")
        for k, e in new_events.items():
            if k not in old_keys:
                appeared += 1
                sent = new_result.text[e.sentence.start:e.sentence.end].replace("\n", " ")
                actor = " + ".join(p.text for p in e.actor) or "-"
                print(f"APPEARED {k}  trig={e.trigger.text!r}  A={actor}\n    | {sent[:300]}")
    print(f"events removed: {removed} ({kept} of them the relevance layer keeps at confidence >= 0.5); "
          f"actor changed: {changed}; appeared: {appeared}")


def key(e) -> str:
    """The event's key as bench/events_precision.py writes it."""
    return f"{e.id.rsplit(':e', 1)[0]}@{e.trigger.start}:{e.type}"


if __name__ == "__main__":
    main()
