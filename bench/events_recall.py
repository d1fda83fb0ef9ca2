"""Events recall on real news: of the PLOVER events a hand-annotated article reports, how many dateline finds.

    .venv/bin/python bench/events_recall.py [--gold bench/judgments/events_recall_20261216.tsv]
                                            [--seed 20261216] [--per-source 1] [--max-words 450] [--repair] [--list]
    .venv/bin/python bench/events_recall.py --sample dev|heldout|heldout2|all [--list]

``bench/events_precision.py`` asks whether the events dateline emits are right; this asks the other
question.  It draws the gold file's sample with the precision bench's own helper
(:func:`events_precision.pick`: ``--per-source`` short articles per source and per BBC section, in
the seeded order; ``--repair`` applies ingest's mojibake repair, as the gold offsets assume), codes
it with the whole pipeline as production runs it (relevance layer on, in-document de-duplication),
and matches the emitted events against the gold events of ``--gold``.  ``--sample NAME`` takes the gold
file and the draw options of an annotated sample of :data:`SAMPLES` instead (``all``: every sample, their
articles and gold events pooled into one set of figures).

The gold file (``bench/judgments/events_recall_*.tsv``) holds keys and character offsets only, no
article text: per event its sentence and trigger, its PLOVER type (``A|B``: either is acceptable),
the head words of its actor and recipient (empty: not named in the sentence) with their ISO-3
countries, its status and ``optional`` (1: the annotator was unsure it is an event an analyst would
code - counted neither as a miss nor, when an emitted event matches it, as a wrong event).  Rows
sharing a ``happening`` report one happening twice in the article (a headline and its lede).

Matching (CONCEDE and RETREAT are one class, YIELD, as in ``dateline eval events``): an emitted
event finds a gold event when its trigger lies in the gold sentence and (a) its trigger overlaps
the gold trigger, or the gold actor's head word lies inside one of its actor spans, and (b) its type
is one of the gold types ("any type" recall drops (b)).  A gold event whose sentence de-duplication
merged into an emitted event of an acceptable type (the sentence is among the event's ``mentions``)
counts as found too ("via a merged report"): the happening is coded once, as it should be.

Reported: recall over the gold events (type right, any type, and either at confidence >= 0.5), over
the happenings (found when any of their rows is), by gold type and by status; the missed gold
events by a coarse reason computed from the output - ``layer dropped`` (the same pipeline with the
relevance layer off finds it), ``no event in sentence``, ``other actor/trigger`` (events in the
sentence, none on the gold trigger or actor), ``other type`` (an event on the trigger or actor, of
another type), with how many of the sentences without events do not name the gold actor (the
extractor codes no event without an actor); and an approximate precision of the emitted events on
the sample: matching a non-optional gold event with its type = right, matching an optional one (any
type) = neither, anything else wrong (``wrong type`` counted apart).  ``--list`` prints every emitted event with its
verdict and the missed gold keys with their sentences (reading the sample: it is no longer blind); without it
only counts are printed, so that a score-only sample can be scored without seeing what it misses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_precision import CONFIDENT, JUDGED, coded, party, pct, pick  # noqa: E402

GOLD = JUDGED / "events_recall_20261216.tsv"
# (name, gold file, seed, per source, repair): every annotated recall sample, oldest first.  heldout: the test
# sample of session 9's recall work, annotated blind (helper N2) - score it, do not read its events or misses.
SAMPLES = (
    ("dev", "events_recall_20261216.tsv", 20261216, 1, True),
    ("dev_a", "events_recall_20261129_dev.tsv", 20261129, 2, False),  # precision sample A's articles (helper W, session 9)
    ("heldout", "events_recall_20261217_heldout.tsv", 20261217, 2, True),
    ("conflict_dev", "events_recall_20261218_conflict_dev.tsv", 20261218, 3, True),  # conflict sources only (helper V, session 9)
    # session 10, annotated blind by helper RH - score only (never --list, never read its articles or misses)
    ("heldout2", "events_recall_20261221_heldout2.tsv", 20261221, 2, True),
    # session 11, annotated blind by helper RH3 - score only (never --list, never read its articles or misses)
    ("heldout3", "events_recall_20261231_heldout3.tsv", 20261231, 2, True),
    # session 11, design sample (helper RD)
    ("dev_b", "events_recall_20261240_dev_b.tsv", 20261240, 2, True),
    # session 11, design sample (helper RD)
    ("dev_c", "events_recall_20261241_dev_c.tsv", 20261241, 2, True),
)
# samples drawn from some sources only (events_precision.pick's ``sources``); the others draw from every source
SAMPLE_SOURCES = {"conflict_dev": {"india_police_events", "insightcrime_conflibert", "muc4", "satp_conflibert",
                                   "semeval2018t5_gva"}}
YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
REASONS = ("layer dropped", "no event in sentence", "other actor/trigger", "other type")


@dataclass(frozen=True)
class Gold:
    key: str
    article: str
    happening: str
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    types: frozenset[str]
    actor: tuple[int, int] | None
    actor_country: str
    recipient: tuple[int, int] | None
    recipient_country: str
    status: str
    optional: bool

    @property
    def label(self) -> str:
        """The type to report it under: its first acceptable type."""
        return _cls(self.key.rsplit(":", 1)[1].split("|")[0])


def _cls(t: str) -> str:
    return YIELD.get(t, t)


def _span(a: str, b: str) -> tuple[int, int] | None:
    return (int(a), int(b)) if a else None


def read_gold(path: Path) -> list[Gold]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        c = line.split("\t")
        out.append(Gold(key=c[0], article=c[0].rsplit("@", 1)[0], happening=c[1], sentence=(int(c[2]), int(c[3])),
                        trigger=(int(c[4]), int(c[5])), types=frozenset(_cls(t) for t in c[6].split("|")),
                        actor=_span(c[7], c[8]), actor_country=c[9], recipient=_span(c[10], c[11]),
                        recipient_country=c[12], status=c[13], optional=c[14].strip() == "1"))
    return out


def in_sentence(e, g: Gold) -> bool:
    return g.sentence[0] <= e.trigger.start < g.sentence[1]


def anchored(e, g: Gold) -> bool:
    """Condition (a): the event sits on the gold trigger, or its actor covers the gold actor's head word."""
    if e.trigger.start < g.trigger[1] and g.trigger[0] < e.trigger.end:
        return True
    return g.actor is not None and any(p.start <= g.actor[0] and g.actor[1] <= p.end for p in e.actor)


def matches(e, g: Gold, any_type: bool = False) -> bool:
    """Whether emitted event ``e`` reports gold event ``g`` (see the module docstring)."""
    return in_sentence(e, g) and anchored(e, g) and (any_type or _cls(e.type) in g.types)


def merged_into(e, g: Gold) -> bool:
    """De-duplication folded ``g``'s sentence into ``e`` (a further report of the same happening)."""
    return _cls(e.type) in g.types and any(m.start <= g.trigger[0] < m.end for m in e.mentions)


def finder(events, g: Gold, any_type: bool = False, floor: float = 0.0):
    """(the best-confidence emitted event that finds ``g``, whether only via a merged report) or (None, False)."""
    direct = [e for e in events if e.confidence >= floor and matches(e, g, any_type)]
    if direct:
        return max(direct, key=lambda e: e.confidence), False
    merged = [e for e in events if e.confidence >= floor and merged_into(e, g)]
    return (max(merged, key=lambda e: e.confidence), True) if merged else (None, False)


def miss_reason(events, g: Gold, found_without_layer: bool) -> str:
    if found_without_layer:
        return "layer dropped"
    here = [e for e in events if in_sentence(e, g)]
    if not here:
        return "no event in sentence"
    return "other type" if any(anchored(e, g) for e in here) else "other actor/trigger"


def verdict(e, golds: list[Gold]) -> str:
    """right / optional / wrong type / wrong for an emitted event (approximate precision)."""
    if any(matches(e, g) for g in golds if not g.optional):
        return "right"
    if any(matches(e, g, any_type=True) for g in golds if g.optional):
        return "optional"
    if any(matches(e, g, any_type=True) for g in golds if not g.optional):
        return "wrong type"
    return "wrong"


def code_production(articles: list[dict]) -> dict[str, list]:
    """article id -> emitted events, as production codes them (relevance layer on)."""
    from dateline.events import relevance
    from dateline.model import Article
    from dateline.pipeline import Pipeline

    relevance.ENABLED = True
    pipe = Pipeline()
    arts = [Article(id=a["id"], text=a["text"], date=a.get("date"), title=a.get("title"), source=a["source"])
            for a in articles]
    return {r.id: r.events for r in pipe.process_many(arts)}


def code_without_layer(articles: list[dict]) -> dict[str, list]:
    """article id -> events with the relevance layer off (to tell the misses the layer causes)."""
    from dateline.events import relevance

    try:
        return {a["id"]: result.events for a, result, _d, _c in coded(articles)}
    finally:
        relevance.ENABLED = True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--seed", type=int, default=20261216)
    ap.add_argument("--per-source", type=int, default=1)
    ap.add_argument("--max-words", type=int, default=450)
    ap.add_argument("--repair", action="store_true", help="apply ingest's mojibake repair first (the gold assumes it)")
    ap.add_argument("--sample", choices=[s[0] for s in SAMPLES] + ["all"],
                    help="an annotated sample of SAMPLES (its gold file, seed, per source and repair), or all of them pooled")
    ap.add_argument("--list", action="store_true", help="print emitted events with verdicts and the missed gold events")
    args = ap.parse_args()

    import dateline

    if args.sample:
        parts = [(JUDGED / f, seed, k, rep, SAMPLE_SOURCES.get(name))
                 for name, f, seed, k, rep in SAMPLES if args.sample in (name, "all")]
    else:
        parts = [(args.gold, args.seed, args.per_source, args.repair, None)]
    golds, articles, drawn = [], [], []
    for gold_path, seed, per_source, repair, sources in parts:
        part_golds = read_gold(gold_path)
        part = pick(seed, per_source, args.max_words, sources=sources, repair=repair)
        texts = {a["id"]: a["text"] for a in part}
        absent = {g.article for g in part_golds} - set(texts)
        if absent:
            raise SystemExit(f"gold articles not in the sample (other seed/options?): {sorted(absent)}")
        for g in part_golds:
            if not (g.sentence[0] <= g.trigger[0] < g.trigger[1] <= g.sentence[1] <= len(texts[g.article])):
                raise SystemExit(f"gold offsets outside the article or sentence (repair on/off?): {g.key}")
        if set(texts) & {a["id"] for a in articles}:
            raise SystemExit(f"samples share articles: {sorted(set(texts) & {a['id'] for a in articles})}")
        golds += part_golds
        articles += part
        drawn.append(f"seed {seed}, {len(part)} articles ({per_source} per source and BBC section,"
                     f" <= {args.max_words} words{', repaired' if repair else ''}), gold {gold_path.name}")
    texts = {a["id"]: a["text"] for a in articles}
    emitted = code_production(articles)
    bare = code_without_layer(articles)

    req = [g for g in golds if not g.optional]
    happenings = sorted({(g.article, g.happening) for g in req})
    print(f"dateline from {Path(dateline.__file__).resolve().parent}")
    print("; ".join(drawn) + f": {len(articles)} articles, {len(req)} gold events"
          f" ({len(happenings)} happenings), {len(golds) - len(req)} optional")

    found: dict[str, dict] = {}  # gold key -> {"strict", "any", "strict05", "any05", "merged"}
    for g in req:
        evs = emitted[g.article]
        strict, via_merge = finder(evs, g)
        found[g.key] = {"strict": strict is not None, "merged": strict is not None and via_merge,
                        "any": finder(evs, g, any_type=True)[0] is not None,
                        "strict05": finder(evs, g, floor=CONFIDENT)[0] is not None,
                        "any05": finder(evs, g, any_type=True, floor=CONFIDENT)[0] is not None}

    def line(name: str, keys: list[Gold]) -> str:
        n = len(keys)
        return (f"{name:<18} {pct(sum(found[g.key]['strict'] for g in keys), n):>16}"
                f" {pct(sum(found[g.key]['any'] for g in keys), n):>16}"
                f" {pct(sum(found[g.key]['strict05'] for g in keys), n):>16}"
                f" {pct(sum(found[g.key]['any05'] for g in keys), n):>16}")

    print(f"\n{'recall':<18} {'type right':>16} {'any type':>16} {'right, >= 0.5':>16} {'any, >= 0.5':>16}")
    print(line("gold events", req))
    merged = sum(found[g.key]["merged"] for g in req)
    print(f"  (found via a merged report: {merged})")
    hap_found = {}
    for h in happenings:
        rows = [g for g in req if (g.article, g.happening) == h]
        hap_found[h] = {k: any(found[g.key][k] for g in rows) for k in ("strict", "any", "strict05", "any05")}
    n = len(happenings)
    print(f"{'happenings':<18} " + " ".join(
        f"{pct(sum(v[k] for v in hap_found.values()), n):>16}" for k in ("strict", "any", "strict05", "any05")))
    print("\nby gold type:")
    for t in sorted({g.label for g in req}, key=lambda t: (-sum(g.label == t for g in req), t)):
        print(line(f"  {t}", [g for g in req if g.label == t]))
    print("by status:")
    for s in sorted({g.status for g in req}, key=lambda s: (-sum(g.status == s for g in req), s)):
        print(line(f"  {s}", [g for g in req if g.status == s]))

    misses: dict[str, list[str]] = {r: [] for r in REASONS}
    for g in req:
        if not found[g.key]["strict"]:
            misses[miss_reason(emitted[g.article], g, finder(bare[g.article], g)[0] is not None)].append(g.key)
    low = [g.key for g in req if found[g.key]["strict"] and not found[g.key]["strict05"]]
    print(f"\nmissed (type right): {sum(len(v) for v in misses.values())}")
    for r in REASONS:
        print(f"  {r}: {len(misses[r])}" + (f"  {misses[r]}" if misses[r] and args.list else ""))
    unnamed = [k for k in misses["no event in sentence"] if next(g for g in req if g.key == k).actor is None]
    print(f"  (of the {len(misses['no event in sentence'])} with no event in the sentence, {len(unnamed)} have no"
          " actor named in the sentence: agentless passives, nominal reports)")
    print(f"found but only below confidence {CONFIDENT}: {len(low)}" + (f"  {low}" if low and args.list else ""))

    tally = {"all": Counter(), f">= {CONFIDENT}": Counter()}
    listing = []
    for aid in texts:
        for e in emitted[aid]:
            v = verdict(e, [g for g in golds if g.article == aid])
            tally["all"][v] += 1
            if e.confidence >= CONFIDENT:
                tally[f">= {CONFIDENT}"][v] += 1
            if args.list:
                sent = texts[aid][e.sentence.start:e.sentence.end].replace("\n", " ")
                listing.append(f"{v:<10} {aid}@{e.trigger.start}:{e.type}/{e.status} trig={e.trigger.text!r}"
                               f" A={party(e.actor)} R={party(e.recipient)} conf={e.confidence}\n    | {sent[:300]}")
    print("\nemitted events on the sample (approximate precision: right / (all - optional)):")
    for name, c in tally.items():
        total = sum(c.values())
        print(f"  {name + ':':<8} {total} events: right {c['right']}, wrong type {c['wrong type']}, wrong (no gold"
              f" event) {c['wrong']}, on optional gold {c['optional']}; precision"
              f" {pct(c['right'], total - c['optional'])}")
    if args.list:
        print("\nemitted events:")
        print("\n".join(listing))
        print("\nmissed gold events:")
        for r in REASONS:
            for k in misses[r]:
                g = next(x for x in req if x.key == k)
                t = texts[g.article]
                print(f"{r:<20} {k} {g.status} trig={t[g.trigger[0]:g.trigger[1]]!r}"
                      f"\n    | {t[g.sentence[0]:g.sentence[1]][:300]!r}")


if __name__ == "__main__":
    main()
