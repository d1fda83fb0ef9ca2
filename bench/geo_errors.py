"""End-to-end wrong resolutions of the geo gold sets, on the even-numbered documents only.

``dateline eval geo FILE --errors OUT`` lists misses and spurious toponyms end to end, but its
wrong resolutions are those of the gold spans ("given the toponym").  The figure the project
reports, acc@161 end to end, is over the toponyms the pipeline found; this script lists the found
toponyms resolved more than 161 km from the gold point (and not to the gold id), with the reason
the resolver gives and the other places it read in the document, so that wrong resolutions can be
grouped by cause.  The odd half is score-only: this script refuses it.

    .venv/bin/python bench/geo_errors.py ../shared/data/geo/LGL.jsonl [--summary]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from dateline.eval.geo import ACC_KM, _match, read_gold
from dateline.eval.halves import in_half
from dateline.places import _nlp, resolve
from dateline.places.resolver import haversine_km


def wrong_resolutions(path: Path):
    docs = [(i, d) for i, d in enumerate(read_gold(path)) if in_half(i, "even")]
    for (number, (text, gold)), doc in zip(docs, _nlp().pipe((t for _, (t, _) in docs), batch_size=16)):
        predicted = resolve(doc)
        for gt, p in _match(gold, predicted):
            if gt.geonameid is None or gt.lat is None:
                continue
            if p.lat is None:
                yield {"doc": number, "phrase": gt.phrase, "gold": [gt.geonameid, gt.country], "pred": None}
                continue
            km = haversine_km(p.lat, p.lon, gt.lat, gt.lon)
            if p.geonameid != gt.geonameid and km > ACC_KM:
                others = sorted({f"{q.text}={q.country}/{q.kind}" for q in predicted if q is not p})
                yield {"doc": number, "phrase": gt.phrase, "gold": [gt.geonameid, gt.country, gt.lat, gt.lon],
                       "pred": [p.name, p.kind, p.country, p.admin1, round(p.lat, 3), round(p.lon, 3), p.reason],
                       "km": round(km), "others": others[:25]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--summary", action="store_true", help="counts by (phrase, gold country, predicted country)")
    args = ap.parse_args()
    rows = list(wrong_resolutions(args.gold))
    if args.summary:
        c = collections.Counter((r["phrase"], r["gold"][1], r["pred"][2] if r["pred"] else None) for r in rows)
        for key, n in c.most_common():
            print(n, *key)
        print(len(rows), "wrong resolutions end to end")
        return
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
