"""``dateline eval geo GOLD.jsonl``: score toponym recognition and resolution.

Gold format (TR-News, LGL as distributed in ``shared/data/geo``): one article per line with
``text`` and ``toponyms``, each ``{start, end, phrase, geonameid, lat, lon, country, ...}``;
toponyms that GeoNames lacks have no ``geonameid``.

Two evaluations:

* **end to end** (``geoparse`` on the text): toponym recall and precision (a predicted span
  matches a gold span it overlaps, one-to-one), and on the matched toponyms with gold
  coordinates: country accuracy, accuracy within 161 km (100 miles), median error, AUC.
* **given the toponym**: the gold spans are handed to the resolver (as in the geocoding
  literature: CamCoder, population baseline), same resolution measures.

Error distance: 0 when the predicted GeoNames id is the gold id (same place; the packages
we build from carry no official point for countries and admin units, so our point for an
identical id can sit elsewhere inside it), else the great-circle distance between points.
``strict_acc161`` ignores the id rule and compares points only.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from dateline.eval.halves import in_half
from dateline.places.resolver import haversine_km

ACC_KM = 161.0
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the largest possible error


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO-3, None for continents and seas


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    errors: list[float] = field(default_factory=list)
    strict_errors: list[float] = field(default_factory=list)
    country_right: int = 0
    country_total: int = 0
    unresolved: int = 0  # matched gold toponyms with coordinates that got no prediction

    def as_dict(self) -> dict:
        n = len(self.errors) + self.unresolved
        errors = self.errors + [MAX_ERROR_KM] * self.unresolved
        strict = self.strict_errors + [MAX_ERROR_KM] * self.unresolved
        out = {
            "gold_toponyms": self.gold, "predicted_toponyms": self.predicted, "matched": self.matched,
            "recall": _ratio(self.matched, self.gold), "precision": _ratio(self.matched, self.predicted),
            "resolved_scored": n,
            "country_accuracy": _ratio(self.country_right, self.country_total),
            "acc161": _ratio(sum(e <= ACC_KM for e in errors), n),
            "strict_acc161": _ratio(sum(e <= ACC_KM for e in strict), n),
            "median_error_km": round(statistics.median(errors), 1) if errors else None,
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
            "auc": round(statistics.fmean(math.log(1 + e) / math.log(1 + MAX_ERROR_KM) for e in errors), 4)
            if errors else None,
        }
        if self.predicted == 0:
            del out["predicted_toponyms"], out["precision"]
        return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


_COUNTRY_NAMES: dict[str, str | None] = {}


def country_code(name: str | None) -> str | None:
    """ISO-3 for a gold country name ("Palestinian Territory", "Russia", "State of Israel")."""
    if not name:
        return None
    if name not in _COUNTRY_NAMES:
        from dateline.places.gazetteer import get_gazetteer

        countries = [e for e in get_gazetteer().lookup(name) if e.kind == "country"]
        code = countries[0].country if countries else None
        for candidate in () if code else (name, name.split(" [")[0], name.replace("Republic of the ", ""),
                                          name.replace("Republic of ", "")):
            try:
                code = pycountry.countries.lookup(candidate).alpha_3
                break
            except LookupError:
                try:
                    code = pycountry.countries.search_fuzzy(candidate)[0].alpha_3
                    break
                except LookupError:
                    continue
        _COUNTRY_NAMES[name] = code
    return _COUNTRY_NAMES[name]


def read_gold(path: Path, problems: list[str] | None = None) -> list[tuple[str, list[GoldToponym]]]:
    """The documents of a gold JSONL file: ``text`` and its ``toponyms`` (start, end, phrase, geonameid,
    lat, lon, country).  A line that is no JSON object with a text, or whose toponyms lack integer
    offsets, is skipped and described with its file and line in ``problems`` (when given), so one bad
    line does not stop the scoring of the rest."""
    docs = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                docs.append(_gold_document(json.loads(line)))
            except (ValueError, TypeError, KeyError, AttributeError) as err:
                if problems is not None:
                    problems.append(f"{path}: line {number}: {_why(err)}; document skipped")
    return docs


def _gold_document(d: dict) -> tuple[str, list[GoldToponym]]:
    if not isinstance(d, dict):
        raise TypeError("not a JSON object")
    if not isinstance(d.get("text"), str):
        raise KeyError("text")
    tops = []
    for t in d.get("toponyms") or []:
        gid = t.get("geonameid")
        tops.append(GoldToponym(int(t["start"]), int(t["end"]), t.get("phrase", ""),
                                int(gid) if gid not in (None, "", "NA") else None,
                                t.get("lat"), t.get("lon"), country_code(t.get("country"))))
    return d["text"], tops


def _why(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"no {err.args[0]!r} field"
    if isinstance(err, json.JSONDecodeError):
        return f"not JSON ({err.msg}, column {err.colno})"
    return f"unreadable ({err})"


def _score_resolution(scores: Scores, gold: GoldToponym, pred) -> None:
    if gold.geonameid is None or gold.lat is None:
        return
    if pred is None or pred.lat is None:
        scores.unresolved += 1
        return
    strict = haversine_km(pred.lat, pred.lon, gold.lat, gold.lon)
    scores.strict_errors.append(strict)
    scores.errors.append(0.0 if pred.geonameid == gold.geonameid else strict)
    scores.country_total += 1
    scores.country_right += pred.country == gold.country


def _match(gold: list[GoldToponym], predicted: list) -> list[tuple[GoldToponym, object]]:
    """One-to-one overlap matching, exact spans first."""
    pairs, used = [], set()
    for exact in (True, False):
        for g in gold:
            if any(g is pg for pg, _ in pairs):
                continue
            for i, p in enumerate(predicted):
                if i in used:
                    continue
                if (p.start, p.end) == (g.start, g.end) if exact else (p.start < g.end and g.start < p.end):
                    pairs.append((g, p))
                    used.add(i)
                    break
    return pairs


def evaluate(path: Path, limit: int | None = None, errors_out: Path | None = None, with_actors: bool = False,
             half: str | None = None) -> dict:
    """Both evaluations over a gold file; returns ``{"end_to_end": {...}, "given_toponyms": {...}}``
    (and ``"problems"``: the lines skipped as unreadable, with file and line, when there are any).

    End to end runs the places stage on the text alone, as geoparsers are scored (a metonym,
    "Washington said", counts as a toponym in these gold sets).  ``with_actors=True`` runs it as
    the pipeline does: after the actors stage, whose focus country it receives and whose
    metonyms it leaves out (they are actors there, not places).  ``half="even"|"odd"`` scores only
    the documents at even or odd positions (0-based) of the file: develop on one half, confirm on
    the other, so that a change tuned to the errors of one half is checked on documents it never saw."""
    from dateline import actors
    from dateline.places import _nlp, resolve
    from dateline.places.detect import Detector, toponyms_at
    from dateline.places.gazetteer import get_gazetteer
    from dateline.places.resolver import Resolver

    problems: list[str] = []
    docs = [(i, d) for i, d in enumerate(read_gold(path, problems)[:limit]) if in_half(i, half)]
    numbers = [i for i, _ in docs]
    docs = [d for _, d in docs]
    g = get_gazetteer()
    detector, resolver = Detector(g), Resolver(g)
    e2e, given = Scores(), Scores()
    log = []
    for number, (text, gold), doc in zip(numbers, docs, _nlp().pipe((t for t, _ in docs), batch_size=16)):
        if with_actors:
            analysis = actors.resolve(doc, None)
            predicted = resolve(doc, focus_country=analysis.focus_country, mentions=analysis.mentions)
        else:
            predicted = resolve(doc)
        e2e.gold += len(gold)
        e2e.predicted += len(predicted)
        pairs = _match(gold, predicted)
        e2e.matched += len(pairs)
        for gt, p in pairs:
            _score_resolution(e2e, gt, p)
        if errors_out is not None:
            log.extend({"doc": number, **x} for x in _detection_errors(text, gold, predicted, pairs))
        toponyms = toponyms_at(detector, doc, [(t.start, t.end) for t in gold])
        present = [t for t in toponyms if t.candidates]
        choices = dict(zip((id(t) for t in present), resolver.resolve(present)))
        given.gold += len(gold)
        for gt, t in zip(gold, toponyms):
            choice = choices.get(id(t))
            entry = choice.entry if choice else None
            _score_resolution(given, gt, _EntryView(entry) if entry else None)
            if errors_out is not None and gt.geonameid is not None:
                ok = entry is not None and (entry.geonameid == gt.geonameid or (
                    entry.lat is not None and haversine_km(entry.lat, entry.lon, gt.lat, gt.lon) <= ACC_KM))
                if not ok:
                    log.append({"doc": number, "kind": "resolution", "phrase": gt.phrase,
                                "gold": [gt.geonameid, gt.country, gt.lat, gt.lon],
                                "pred": [entry.name, entry.kind, entry.country, entry.lat, entry.lon, choice.reason]
                                if entry else None})
        given.matched = given.gold
    if errors_out is not None:
        errors_out.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in log) + "\n", encoding="utf-8")
    return {"file": str(path), "documents": len(docs), **({"half": half} if half else {}),
            "end_to_end": e2e.as_dict(), "given_toponyms": given.as_dict(), **({"problems": problems} if problems else {})}


def _detection_errors(text: str, gold: list[GoldToponym], predicted: list, pairs: list) -> list[dict]:
    """End-to-end misses (gold toponyms no prediction overlaps) and spurious predictions, with context."""
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}

    def context(start: int, end: int) -> str:
        return " ".join(text[max(0, start - 60):end + 60].split())

    out = [{"kind": "miss", "phrase": g.phrase, "gold": [g.geonameid, g.country], "context": context(g.start, g.end)}
           for g in gold if id(g) not in matched_gold]
    out += [{"kind": "spurious", "phrase": text[p.start:p.end], "pred": [p.geonameid, p.country],
             "context": context(p.start, p.end)} for p in predicted if id(p) not in matched_pred]
    return out


@dataclass
class _EntryView:
    """A gazetteer entry seen as a prediction (geonameid, country, lat, lon)."""

    entry: object

    def __getattr__(self, name):
        return getattr(self.entry, name)


def format_report(result: dict) -> str:
    half = f" ({result['half']}-numbered)" if result.get("half") else ""
    lines = [f"{result['file']}: {result['documents']} documents{half}"]
    if result.get("problems"):
        lines[0] += f" ({len(result['problems'])} unreadable lines skipped, each named on stderr)"
    for section in ("end_to_end", "given_toponyms"):
        s = result[section]
        lines.append(f"  {section.replace('_', ' ')}:")
        for key, value in s.items():
            if isinstance(value, float) and key not in ("median_error_km", "mean_error_km", "auc"):
                value = f"{100 * value:.1f}%"
            lines.append(f"    {key:<20} {value}")
    return "\n".join(lines)
