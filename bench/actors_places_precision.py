"""Actor-mention and place precision on real news, judged by hand.

    .venv/bin/python bench/actors_places_precision.py dump  [--seed S] [--per-source K] [--max-words W]
    .venv/bin/python bench/actors_places_precision.py score [same options] --judged bench/judgments/FILE.tsv

Draws ``K`` articles of at most ``W`` words from every source of ``../shared/data/news/`` (seeded,
``news_sample.sample_articles``), runs the stages the actors and places work needs (clean, actors,
places; no events) and prints every mention and every place with a stable key:
``SOURCE:ID@START:M`` for a mention, ``SOURCE:ID@START:P`` for a place.

Verdicts (``key<TAB>verdict``; no article text in the file - the sources' licences keep it in
``../shared/``):

Each verdict row also holds the output it judged (``country/sector`` of a mention, ``gn<id>`` of a
place): when a change alters the output at a key, the key counts as unjudged until the new output is
judged (append ``key<TAB>verdict<TAB>output`` rows).  For a pronoun the output also names the person
(``AFG/GOV|Abdul Manan Farahi``).

* mention: ``y`` = an actor, country and sector right (a sector left empty where the words name none
  is right); ``c`` = an actor, wrong country; ``s`` = right country, wrong sector; ``n`` = not an actor
  at all (a place, a sports team, a thing, a language ...).
* place: ``y`` = a place, resolved to the right place (or within 161 km of it); ``w`` = a place,
  resolved to the wrong one; ``n`` = not a place (a person, an organisation, an office ...).

``score`` prints precision (share of ``y``) per kind, the counts per verdict, the keys that are no
longer output (a fix removed them: counted as fixed when the verdict was not ``y``, as lost when it
was) and unjudged keys (new output: judge them, or see them listed).  Precision *after* a change is
over the judged keys still output plus the new ones once judged; the summary also gives the
"judged-before" view: wrong outputs removed and right outputs lost.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles, words  # noqa: E402

SEED = 20261201


def pick(seed: int, per_source: int, max_words: int) -> list[dict]:
    pool = sample_articles(per_source * 12 * 15, seed=seed)
    taken: dict[str, int] = {}
    out = []
    for a in pool:
        if not a.get("text") or words(a["text"]) > max_words or taken.get(a["source"], 0) >= per_source:
            continue
        taken[a["source"]] = taken.get(a["source"], 0) + 1
        out.append(a)
    return out


def outputs(articles: list[dict]):
    """(article, key, kind, line) for every mention and place, in text order per article."""
    from dateline import actors, clean, places
    from dateline.pipeline import build_nlp

    nlp = build_nlp()
    for a in articles:
        doc = nlp(a["text"])
        regions = clean.find_excluded(a["text"])
        analysis = actors.resolve(doc, a.get("date"), excluded=regions)
        found = places.resolve(doc, focus_country=analysis.focus_country, mentions=analysis.mentions)
        rows = []
        for m in analysis.mentions:
            act = m.actor
            who = f"{act.country or '-'}/{act.sector or '-'}"
            judged = who + ("|" + (act.person or "-") if "pronoun" in m.flags else "")  # a pronoun: who it is matters
            extra = " ".join(x for x in (act.person and f"person={act.person}", act.role and f"role={act.role}",
                                         m.flags and "flags=" + ",".join(m.flags)) if x)
            rows.append((m.start, f"{a['id']}@{m.start}:M", "M", f"{m.text!r} -> {who} {extra}", judged))
        for p in found:
            rows.append((p.start, f"{a['id']}@{p.start}:P", "P",
                         f"{p.text!r} -> {p.name} ({p.kind}, {p.country or '-'}, {p.admin1 or '-'}, gn {p.geonameid})"
                         f" {p.reason}", f"gn{p.geonameid}"))
        rows.sort()
        yield a, analysis.focus_country, [(k, kind, line, out) for _, k, kind, line, out in rows], doc


def context(doc, start: int, width: int = 70) -> str:
    text = doc.text
    return text[max(0, start - width):start + width].replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("dump", "score"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--per-source", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=400)
    ap.add_argument("--judged", type=Path, action="append", default=[])
    ap.add_argument("--show", action="store_true", help="score: print the wrong and unjudged outputs with context")
    args = ap.parse_args()
    articles = pick(args.seed, args.per_source, args.max_words)
    verdicts: dict[str, dict[str, str]] = {}  # key -> judged output -> verdict (later files and rows win)
    for path in args.judged:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and not line.startswith("key\t"):
                k, v, judged = line.split("\t")[:3]
                verdicts.setdefault(k, {})[judged.strip()] = v.strip()
    seen: set[str] = set()
    counts = {"M": {}, "P": {}}
    unjudged = []
    for a, focus, rows, doc in outputs(articles):
        if args.what == "dump":
            print(f"\n=== {a['id']} ({a['source']}, {words(a['text'])} words, date {a.get('date')}, focus {focus})")
        for k, kind, line, out in rows:
            seen.add(k)
            start = int(k.rsplit("@", 1)[1].split(":")[0])
            if args.what == "dump":
                print(f"{k}\t{line}\n    | {context(doc, start)}")
                continue
            v = verdicts.get(k, {}).get(out)
            if v is None:
                unjudged.append(f"{k}\t{out}")
                if args.show:
                    print(f"UNJUDGED {k}\t{line}\n    | {context(doc, start)}")
                continue
            counts[kind][v] = counts[kind].get(v, 0) + 1
            if args.show and v != "y":
                print(f"{v} {k}\t{line}\n    | {context(doc, start)}")
    if args.what == "dump":
        return
    print(f"seed {args.seed}, {len(articles)} articles ({args.per_source} per source, <= {args.max_words} words)")
    for kind, name in (("M", "mentions"), ("P", "places")):
        c = counts[kind]
        n = sum(c.values())
        gone = [k for k in verdicts if k.endswith(":" + kind) and k not in seen]
        fixed = sum(all(v != "y" for v in verdicts[k].values()) for k in gone)
        if args.show:
            for k in gone:
                if any(v == "y" for v in verdicts[k].values()):
                    print(f"LOST RIGHT {k}")
        print(f"{name}: {n} judged outputs, precision {100 * c.get('y', 0) / max(n, 1):.1f}%  {dict(sorted(c.items()))}"
              f"; no longer output: {len(gone)} ({fixed} wrong ones removed, {len(gone) - fixed} right ones lost)")
    if unjudged:
        print(f"unjudged (new, or output changed since judged): {len(unjudged)}")
        for k in unjudged:
            print("  " + k)


if __name__ == "__main__":
    main()
