"""``dateline eval events``: score the event coder on PLOVER development sentences.

For every row of ``plv_train.tsv`` the coder runs on the sentence (markers removed); the row's
prediction is the type of the event whose actor overlaps the marked source and whose recipient
overlaps the marked target (a coreferenced pronoun participant counts through the antecedent span it
carries).  A joint event ("X and Y signed a pact") must be coded as the dyad X -> Y to match.
CONCEDE and RETREAT count as YIELD.  Reported: accuracy (a row without such an event is wrong),
macro-F1 over the 15 gold classes, per-class F1, and the pair-match rate.

The learned type model is scored by k-fold cross-validation: for each fold a model is trained (on the
other folds plus, optionally, the synthetic NGEC stories) and the fold is coded with it, so no row is
ever scored by a model that saw it.  ``--no-model`` scores the lexicon alone.  A file the shipped
model was not trained on (a held-out set) is scored with the shipped model itself, as ``dateline
code`` would code it: cross-validating there would train on the held-out rows (see :func:`model_mode`).

Also: penta-class accuracy on ConfliBERT's ``cameo_class_test.tsv`` (CAMEO root ranges; see
:func:`penta_class`: 0 = no event, a statement or an appeal), with the source/target spans from
``cameo_ner_test.txt`` used like the marked spans above.

And a second pair-match figure, on ConfliBERT's tagged CAMEO sentences (:func:`evaluate_cameo_pairs`):
the share of the sentences that report an event (class != 0) and tag both a source and a target for
which some event's actor overlaps a source chunk and its recipient a target chunk.  Nearly every
*train* sentence is also a plv_train row (223 even, 223 odd of 452), so the train figure is split by
plv_train half and only rows outside the odd half are listed (``--errors``); the *test* file shares no
sentence with plv_train and is the independent, score-only reading (its figure alone is printed).
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.actors import resolve as resolve_actors
from dateline.eval.halves import in_half
from dateline.events import extract, keep_relevant, ontology
from dateline.events.model import default_model, features
from dateline.events.training import fit, load_ngec, load_plv, pair_candidate, pair_examples, weak_examples

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data" / "events"
DEFAULT_TSV = SHARED / "plv_train.tsv"
DEFAULT_PENTA = SHARED / "conflibert_cameo" / "cameo_class_test.tsv"
DEFAULT_PENTA_NER = SHARED / "conflibert_cameo" / "cameo_ner_test.txt"
DEFAULT_CAMEO = SHARED / "conflibert_cameo"  # ConfliBERT's tagged CAMEO sentences (second pair-match)
DEFAULT_NGEC = SHARED / "ngec_synthetic_stories.csv.zip"
CLASSES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE", "REJECT",
           "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
NONE = "-"


@dataclass
class Report:
    setting: str
    n: int = 0
    matched: int = 0
    gold: list[str] = field(default_factory=list)
    pred: list[str] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # one block per wrong row, for --errors

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in zip(self.gold, self.pred)) / max(1, self.n)

    def f1(self, label: str) -> float:
        tp = sum(g == p == label for g, p in zip(self.gold, self.pred))
        fp = sum(p == label and g != label for g, p in zip(self.gold, self.pred))
        fn = sum(g == label and p != label for g, p in zip(self.gold, self.pred))
        return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)

    @property
    def scored_classes(self) -> list[str]:
        """The classes the macro average runs over: those the gold has (all 15 on plv_train); a
        class absent from a smaller held-out file would add an F1 of 0 that measures nothing."""
        return [c for c in CLASSES if c in self.gold] or CLASSES

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(c) for c in self.scored_classes) / len(self.scored_classes)

    def summary(self) -> dict:
        """The scores as plain data (``dateline eval events --json``)."""
        support = Counter(self.gold)
        return {"setting": self.setting, "rows": self.n, "pair_match": self.matched / max(1, self.n),
                "accuracy": self.accuracy, "macro_f1": self.macro_f1, "macro_f1_classes": self.scored_classes,
                "per_class": {c: {"f1": self.f1(c), "n": support[c]} for c in CLASSES}}

    def lines(self) -> list[str]:
        out = [f"setting: {self.setting}",
               f"rows: {self.n}  pair-match: {self.matched / max(1, self.n):.1%}  accuracy: {self.accuracy:.3f}  "
               f"accuracy on matched: {sum(g == p for g, p in zip(self.gold, self.pred)) / max(1, self.matched):.3f}  "
               f"macro-F1 ({len(self.scored_classes)} classes): {self.macro_f1:.3f}",
               "per-class F1:"]
        support = Counter(self.gold)
        out += [f"  {c:<10} {self.f1(c):.3f}  (n={support[c]})" for c in CLASSES]
        return out


def _overlap(p, span: tuple[int, int]) -> bool:
    """Does participant ``p`` overlap ``span``?  A coreferenced pronoun counts through its antecedent
    (gold marks "the Israeli military", we keep the participant "it" and link it)."""
    if p.start < span[1] and span[0] < p.end:
        return True
    a = getattr(p, "antecedent", None)
    return a is not None and a.start < span[1] and span[0] < a.end


def hits(p, spans) -> bool:
    """Does participant ``p`` overlap any of ``spans`` (directly or through its antecedent)?"""
    return any(_overlap(p, s) for s in spans)


def joining_events(events, sources: list[tuple[int, int]], targets: list[tuple[int, int]] | None) -> list:
    """The events whose actor overlaps one of ``sources`` and whose recipient overlaps one of ``targets``
    (``None``: no target marked, the actor decides)."""
    return [e for e in events if any(hits(p, sources) for p in e.actor)
            and (targets is None or any(hits(p, targets) for p in e.recipient))]


def joining_event(events, sources: list[tuple[int, int]], targets: list[tuple[int, int]] | None):
    """The most confident of :func:`joining_events`, or None."""
    joining = joining_events(events, sources, targets)
    return max(joining, key=lambda e: e.confidence) if joining else None


def pair_events(events, source: tuple[int, int], target: tuple[int, int]) -> list:
    """The events whose actor overlaps ``source`` and whose recipient overlaps ``target`` (an empty
    ``target``: the row marks none, the actor decides)."""
    return joining_events(events, [source], None if target[0] == target[1] else [target])


def pair_event(events, source: tuple[int, int], target: tuple[int, int]):
    """The most confident of :func:`pair_events`, or None."""
    joining = pair_events(events, source, target)
    return max(joining, key=lambda e: e.confidence) if joining else None


def _label(event) -> str:
    if event is None:
        return NONE
    return "YIELD" if event.type in ("CONCEDE", "RETREAT") else event.type


MODEL_MODES = ("auto", "cv", "shipped", "none")


def model_mode(tsv: Path, requested: str = "auto") -> str:
    """How the type model is scored on ``tsv``: ``cv`` (k-fold cross-validation, for the file the
    shipped model was trained on), ``shipped`` (the shipped model, for any other file) or ``none``
    (the lexicon alone).  ``auto`` picks ``cv`` when the shipped model's training record names this
    file, else ``shipped``."""
    if requested not in MODEL_MODES:
        raise ValueError(f"model mode must be one of {', '.join(MODEL_MODES)}, not {requested!r}")
    if requested != "auto":
        return requested
    model = default_model()
    if model is None:
        return "none"
    trained_on = " ".join(model.info.get("trained_on", []))
    return "cv" if Path(tsv).name in trained_on else "shipped"


def evaluate_plv(tsv: Path = DEFAULT_TSV, folds: int = 5, use_model: bool = True, ngec: Path | None = None,
                 nlp=None, seed: int = 13, mode: str = "auto", half: str | None = None, pairs: bool = False,
                 problems: list[str] | None = None, on_row=None, train_half: str | None = None) -> Report:
    """``half``: score only the rows at even or odd positions of the file.  The cross-validation folds
    and the models trained on them are those of the whole file, so the two halves add up to it.
    ``train_half``: instead of cross-validating, train one type model on that half's rows only and score
    the other half with it (``half`` defaults to the other one and may not be the same), so that the
    score-only half is coded by a model that saw none of its rows, not even in other folds' models.
    ``pairs``: also cross-validate the learned recipient chooser (``events.pairing``, an experiment the
    pipeline does not run): each fold is coded with a chooser trained on the other folds' rows.
    ``problems`` receives a line per row of the file that could not be read (and was skipped).
    ``on_row(row, doc, events, model)`` is called with each scored row's coded events (diagnostics such
    as ``bench/events_pair_causes.py`` read them there)."""
    nlp = nlp or load_nlp()
    rows = load_plv(tsv, problems)
    half = _scored_half(half, train_half)
    scored = [i for i in range(len(rows)) if in_half(i, half)]
    docs = list(nlp.pipe(r.text for r in rows))  # (all of them: the CV models train on both halves)
    mode = model_mode(tsv, mode if use_model else "none")
    if train_half is not None and (mode != "cv" or pairs):
        raise ValueError("a type model trained on one half is a cross-validation setting: use it with the model "
                         "scored by cross-validation (--model cv or auto on plv_train) and without --pairs")
    if pairs and mode != "cv":
        raise ValueError("the recipient chooser is only cross-validated (it is not shipped): use --model cv")
    tag = f", {half}-numbered rows only" if half else ""
    if mode == "none":
        report = Report(f"lexicon only (no learned model{tag})")
        code_rows([rows[i] for i in scored], [docs[i] for i in scored], None, report, on_row=on_row)
        return report
    if mode == "shipped":
        model = default_model()
        trained_on = "; ".join(model.info.get("trained_on", [])) or "unrecorded data"
        report = Report(f"the shipped type model ({model.name}, trained on {trained_on}; not on this file{tag})")
        code_rows([rows[i] for i in scored], [docs[i] for i in scored], model, report, on_row=on_row)
        return report
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    extra = []
    if ngec is not None and Path(ngec).exists():
        pairs = load_ngec(ngec)
        extra = weak_examples(list(nlp.pipe(s for s, _ in pairs)), [y for _, y in pairs])
    by_row = []
    for doc, row in zip(docs, rows):
        cand = pair_candidate(doc, row.source, row.target)
        by_row.append((features(cand, doc), row.gold) if cand is not None else None)
    report = Report(f"{folds}-fold cross-validation of the type model (trained on the other folds"
                    f"{' + ' + str(len(extra)) + ' weak NGEC synthetic examples' if extra else ''}"
                    f"{', and of the learned recipient chooser' if pairs else ''}; "
                    f"each row scored by a model that never saw it{tag})")
    if train_half is not None:
        return _code_with_half_model(rows, docs, by_row, extra, train_half, scored, tag, on_row)
    keep = set(scored)
    for f in range(folds):
        fold = [i for j, i in enumerate(order) if j % folds == f]
        test_set = set(fold)
        test_idx = [i for i in fold if i in keep]
        train = [by_row[i] for i in range(len(rows)) if i not in test_set and by_row[i] is not None] + extra
        model = fit(train, name=f"linear-cv{f}")
        chooser = None
        if pairs:
            from dateline.events.pairing import fit as fit_pairs

            rest = [i for i in range(len(rows)) if i not in test_set]
            chooser = fit_pairs(pair_examples([docs[i] for i in rest], [rows[i] for i in rest], model),
                                name=f"pair-cv{f}")
        code_rows([rows[i] for i in test_idx], [docs[i] for i in test_idx], model, report, chooser, on_row)
    return report


def _scored_half(half: str | None, train_half: str | None) -> str | None:
    """The half scored when the type model is trained on ``train_half``: the other one, never the same."""
    if train_half is None:
        return half
    other = "odd" if train_half == "even" else "even"
    if train_half not in ("even", "odd") or half not in (None, other):
        raise ValueError(f"a model trained on the {train_half!r} half scores the other half only, not {half!r}")
    return other


def _code_with_half_model(rows, docs, by_row, extra, train_half: str, scored: list[int], tag: str,
                          on_row=None) -> Report:
    """Train one type model on the rows of ``train_half`` (plus ``extra`` weak examples) and code the
    ``scored`` rows, all of the other half, with it."""
    train = [by_row[i] for i in range(len(rows)) if in_half(i, train_half) and by_row[i] is not None] + extra
    model = fit(train, name=f"linear-{train_half}")
    report = Report(f"the type model trained on the {train_half}-numbered rows only ({len(train)} examples"
                    f"{', ' + str(len(extra)) + ' of them weak NGEC synthetic ones' if extra else ''}); "
                    f"no row it scores was seen in training{tag}")
    code_rows([rows[i] for i in scored], [docs[i] for i in scored], model, report, on_row=on_row)
    return report


def code_sentence(doc, doc_id: str, model, pair_model=None) -> list:
    """The events of one development sentence, coded as the pipeline codes an article: the actors
    stage first (participants carry countries/sectors), then ``extract`` and the relevance layer."""
    mentions = resolve_actors(doc, None).mentions
    return keep_relevant(extract(doc, doc_id=doc_id, mentions=mentions, type_model=model, pair_model=pair_model),
                         doc, mentions=mentions)


def code_rows(rows, docs, model, report: Report, pair_model=None, on_row=None) -> None:
    """Code each row's sentence and score the event joining its marked source and target into ``report``."""
    t0 = time.perf_counter()
    for row, doc in zip(rows, docs):
        events = code_sentence(doc, row.id, model, pair_model)
        if on_row is not None:
            on_row(row, doc, events, model)
        e = pair_event(events, row.source, row.target)
        report.n += 1
        report.matched += e is not None
        report.gold.append(row.gold)
        report.pred.append(_label(e))
        if _label(e) != row.gold:
            report.errors.append(_error_block(row, events, e))
    report.seconds += time.perf_counter() - t0


def _error_block(row, events, e) -> str:
    """A wrong row: why it is wrong (no event, no pair, wrong type) and what the coder found."""
    kind = "wrong type" if e is not None else ("no pair" if events else "no event")
    src, tgt = row.text[row.source[0]:row.source[1]], row.text[row.target[0]:row.target[1]]
    lines = [f"[{row.id}] gold {row.gold}  pred {_label(e)}  ({kind})", f"  {row.text}",
             f"  source: {src!r}  target: {tgt!r}"]
    for ev in events:
        lines.append(f"  - {ev.type} {ev.trigger.text!r} actor={[p.text for p in ev.actor]} "
                     f"recipient={[p.text for p in ev.recipient]} ({ev.reason})")
    return "\n".join(lines)


def _read_ner(path: Path) -> list[tuple[list[str], list[str]]]:
    out, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                out.append((words, tags))
            words, tags = [], []
            continue
        w, _, t = line.rpartition(" ")
        words.append(w)
        tags.append(t)
    if words:
        out.append((words, tags))
    return out


def _read_classes(path: Path) -> list[tuple[str, int]]:
    """(sentence, penta class) rows of a ConfliBERT ``cameo_class_*.tsv`` (sentence TAB class)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text:
            rows.append((text, int(label)))
    return rows


def _spans_from_tags(text: str, words: list[str], tags: list[str]) -> dict[str, tuple[int, int]]:
    """Char spans of the first S and T chunks, found by aligning the tokens to the sentence text."""
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    for w, t in zip(words, tags):
        i = text.find(w, pos)
        if i < 0:
            continue
        pos = i + len(w)
        kind = t[2:] if len(t) > 2 else ""
        for k in ("S", "T"):
            if kind in (k, "R"):
                a, b = spans.get(k, (i, pos))
                if t.startswith("B-") and k in spans:
                    continue
                spans[k] = (min(a, i), pos)
    return spans


# ConfliBERT's five classes are CAMEO root ranges: 0 = 01-02 (make statement, appeal), 1 = 03-05,
# 2 = 06-08, 3 = 09-13, 4 = 14-20.  PLOVER types map through the CAMEO crosswalk: REQUEST covers both
# CAMEO 02 APPEAL (class 0) and 10 DEMAND (class 3), told apart by the trigger; CONCEDE (CAMEO 08,
# YIELD) is class 2 although PLOVER puts it in verbal cooperation.
DEMAND_WORDS = {"demand", "insist", "order", "ultimatum", "require", "press", "command"}


def penta_class(event, doc) -> int:
    if event is None:
        return 0
    if event.type == "REQUEST":
        words = {t.lemma_.lower() for t in doc.char_span(event.trigger.start, event.trigger.end,
                                                          alignment_mode="expand") or ()}
        return 3 if words & DEMAND_WORDS else 0
    if event.type == "CONCEDE":
        return 2
    return ontology.quad_of(event.type)


def evaluate_penta(tsv: Path = DEFAULT_PENTA, ner: Path | None = DEFAULT_PENTA_NER, model="default",
                   nlp=None) -> tuple[float, int, Counter]:
    """Accuracy of the five-way class: the event joining the tagged source and target, else the most
    confident event of the sentence, else 0 (no event)."""
    nlp = nlp or load_nlp()
    rows = _read_classes(tsv)
    tagged = _read_ner(ner) if ner and Path(ner).exists() else []
    if len(tagged) != len(rows):
        tagged = [([], [])] * len(rows)
    confusion: Counter = Counter()
    correct = 0
    for (text, gold), (words, tags), doc in zip(rows, tagged, nlp.pipe(t for t, _ in rows)):
        events = code_sentence(doc, "p", model)
        spans = _spans_from_tags(text, words, tags)
        e = pair_event(events, spans["S"], spans["T"]) if "S" in spans and "T" in spans else None
        if e is None and events:
            e = max(events, key=lambda x: x.confidence)
        pred = penta_class(e, doc)
        confusion[(gold, pred)] += 1
        correct += pred == gold
    return correct / max(1, len(rows)), len(rows), confusion


def load_nlp():
    try:
        from dateline.pipeline import build_nlp

        return build_nlp()
    except (ImportError, AttributeError):  # actors/places not ready yet: the bare model, no entity ruler
        from dateline.nlp import load_nlp

        return load_nlp([])


def run(tsv: Path = DEFAULT_TSV, folds: int = 5, use_model: bool = True, ngec: bool = False,
        penta: Path | None = DEFAULT_PENTA, errors: int = 0, mode: str = "auto", as_json: bool = False,
        half: str | None = None, pairs: bool = False, problems: list[str] | None = None,
        cameo: Path | None = DEFAULT_CAMEO, train_half: str | None = None) -> list[str]:
    """The report printed by ``dateline eval events`` (``errors``: list that many wrong rows first;
    ``as_json``: one JSON object with the scores instead; ``half``: only the even- or odd-numbered
    rows of the file, see :func:`in_half`; ``pairs``: cross-validate the recipient chooser too;
    ``problems``: receives the rows skipped as unreadable, with file and line; ``cameo``: the folder
    of ConfliBERT's CAMEO files for the second pair-match figure, None to skip it; skipped with the
    penta-class figure too, ``penta=None`` leaving out ConfliBERT altogether; ``train_half``: score the other
    half with a type model trained on this half's rows only, see :func:`evaluate_plv`)."""
    if errors and _scored_half(half, train_half) == "odd" and train_half is not None:
        raise ValueError("the odd half is scored only: a model trained on the even half lists no odd row")
    nlp = load_nlp()
    t0 = time.perf_counter()
    problems = [] if problems is None else problems
    report = evaluate_plv(tsv, folds=folds, use_model=use_model, ngec=DEFAULT_NGEC if ngec else None, nlp=nlp,
                          mode=mode, half=half, pairs=pairs, problems=problems, train_half=train_half)
    half = _scored_half(half, train_half)
    lines = []
    if errors:
        misses = sorted(report.errors, key=lambda b: int(b[1:b.index("]")]) if b[1:b.index("]")].isdigit() else 0)
        lines += [f"wrong rows ({len(misses)}; first {min(errors, len(misses))} by row id):"] + misses[:errors] + [""]
    lines += [f"PLOVER event types on {tsv}"] + report.lines()
    if problems:
        lines.append(f"skipped {len(problems)} unreadable rows (each named on stderr)")
    lines.append(f"coding time: {report.seconds:.1f}s for {report.n} sentences (total {time.perf_counter() - t0:.1f}s)")
    result = {"file": str(tsv), **({"half": half} if half else {}), **({"train_half": train_half} if train_half else {}),
              **report.summary(),
              **({"skipped_rows": len(problems)} if problems else {})}
    if penta is not None and Path(penta).exists():
        acc, n, confusion = evaluate_penta(Path(penta), nlp=nlp, model="default" if use_model else None)
        which = "shipped model (not trained on this file)" if use_model else "lexicon only"
        lines.append(f"penta-class accuracy on {penta} ({which}): {acc:.3f} (n={n})")
        lines.append("  gold->pred counts: " + " ".join(f"{g}->{p}:{c}" for (g, p), c in sorted(confusion.items())))
        result["penta"] = {"file": str(penta), "accuracy": acc, "rows": n,
                           "confusion": {f"{g}->{p}": c for (g, p), c in sorted(confusion.items())}}
    if penta is not None and cameo is not None and (Path(cameo) / "cameo_ner_train.txt").exists():
        lines += _cameo_lines(Path(cameo), nlp, "default" if use_model else None, errors, result)
    return [json.dumps(result, indent=2)] if as_json else lines


def _cameo_lines(folder: Path, nlp, model, errors: int, result: dict) -> list[str]:
    """ConfliBERT pair-match, train (design: misses by kind, and listed with ``--errors``) and test
    (score-only: the figure alone)."""
    misses: list[str] = []
    halves = plv_halves()
    train = evaluate_cameo_pairs("train", model, nlp, misses, folder, halves)
    test = evaluate_cameo_pairs("test", model, nlp, None, folder)
    test.pop("misses")
    result["cameo_pairs"] = {"train": train, "test": test}
    lines = []
    if errors:
        lines += [f"ConfliBERT train rows with no pair, outside plv_train's odd half ({len(misses)}; "
                  f"first {min(errors, len(misses))}):"] + misses[:errors]
    lines.append("ConfliBERT CAMEO pair-match (class != 0, source and target tagged; event types not scored):")
    kinds = ", ".join(f"{k} {c}" for k, c in train["misses"].items())
    parts = ", ".join(f"plv {h} {v['pair_match']:.1%} ({v['matched']}/{v['rows']})"
                      for h, v in train["by_plv_half"].items())
    lines.append(f"  train: {train['pair_match']:.1%} ({train['matched']}/{train['rows']}; {parts}; "
                 f"design misses: {kinds})")
    lines.append(f"  test:  {test['pair_match']:.1%} ({test['matched']}/{test['rows']}; no sentence shared with plv_train)")
    return lines


# --- pair-match on ConfliBERT's CAMEO sentences: a second, independent reading of the argument code ---
#
# ``cameo_ner_{train,test}.txt`` tag the source (B/I-S), the target (B/I-T) and reciprocal parties
# (B/I-R, "X met Y") of one event per sentence.  The test file is row-aligned with
# ``cameo_class_test.tsv``; the train file is not: it holds 764 of the 925 class rows, in their order,
# and about a fifth of them are shortened rewrites of the class sentence ("The Islamic State attacked
# an army camp in western Kabul, the seventh major attack ..." for "At least 11 soldiers ... were
# killed after the Islamic State attacked ...").  Such a row is coded as its own (detokenised) text
# and takes the class of the class row it was rewritten from (the most similar one by shared words).

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}


@dataclass
class CameoRow:
    text: str
    label: int  # penta class of the class row (0 = no event)
    chunks: dict[str, list[tuple[int, int]]]  # "S" / "T" / "R" -> character spans, in order


def norm_text(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def _detokenise(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from CoNLL tokens ("rebel - held" -> "rebel-held", "Iran 's" -> "Iran's"), with each token's span."""
    text, spans = "", []
    glue = False  # the previous token binds to the next one ("(", "-")
    for w in words:
        if text and not glue and w not in _NO_SPACE_BEFORE and w != "-":
            text += " "
        spans.append((len(text), len(text) + len(w)))
        text += w
        glue = w in ("(", "[", "$", "-")
    return text, spans


def _chunks(spans: list[tuple[int, int]], tags: list[str]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    prev = ""
    for (a, b), t in zip(spans, tags):
        if a < 0:
            continue
        kind = t[2:] if len(t) > 2 else ""
        if kind and (t.startswith("B-") or prev != kind or not out.get(kind)):
            out.setdefault(kind, []).append((a, b))
        elif kind:
            out[kind][-1] = (out[kind][-1][0], b)
        prev = kind
    return out


def _find_tokens(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Each token's span in ``text`` (the original sentence), (-1, -1) for one not found there."""
    out, pos = [], 0
    for w in words:
        i = text.find(w, pos)
        if i < 0 and w == "'s":
            i = max(text.find("\u2019s", pos), text.find("\u02bcs", pos))
        if i < 0:
            out.append((-1, -1))
            continue
        out.append((i, i + len(w)))
        pos = i + len(w)
    return out


def load_cameo(part: str, folder: Path = DEFAULT_CAMEO) -> list[CameoRow]:
    """ConfliBERT's tagged CAMEO sentences of ``part`` (train|test), each with its penta class."""
    classes = _read_classes(folder / f"cameo_class_{part}.tsv")
    tagged = _read_ner(folder / f"cameo_ner_{part}.txt")
    by_norm: dict[str, int] = {}
    for i, (text, _) in enumerate(classes):
        by_norm.setdefault(norm_text(text), i)
    vocab = [set(_norm_words(t)) for t, _ in classes]
    out = []
    for words, tags in tagged:
        i = by_norm.get(norm_text("".join(words)))
        if i is not None:  # the class row's own sentence
            text = classes[i][0]
            out.append(CameoRow(text, classes[i][1], _chunks(_find_tokens(text, words), tags)))
            continue
        mine = set(_norm_words(" ".join(words)))
        best = max(range(len(classes)), key=lambda j: len(mine & vocab[j]) / max(1, len(mine | vocab[j])))
        text, spans = _detokenise(words)
        out.append(CameoRow(text, classes[best][1], _chunks(spans, tags)))
    return out


def _norm_words(text: str) -> list[str]:
    return [w for w in (norm_text(x) for x in text.split()) if w]


def cameo_miss_kind(events, row: CameoRow) -> str:
    """Why no event joins the tagged source and target: no event / no event with the source as actor
    (none has an actor, or another actor) / the source's event has no recipient / another recipient."""
    if not events:
        return "no event"
    mine = [e for e in events if any(hits(p, row.chunks["S"]) for p in e.actor)]
    if not mine:
        return "no actor" if all(not e.actor for e in events) else "other actor"
    return "no recipient" if all(not e.recipient for e in mine) else "other recipient"


def cameo_pair(events, row: CameoRow):
    """The most confident event whose actor overlaps a tagged source chunk and whose recipient
    overlaps a tagged target chunk."""
    return joining_event(events, row.chunks["S"], row.chunks["T"])


def plv_halves(tsv: Path = DEFAULT_TSV) -> dict[str, str]:
    """The half of plv_train ("even"/"odd") each of its sentences is in, keyed by :func:`norm_text` text.
    Nearly every ConfliBERT *train* sentence is also a plv_train row (223 even, 223 odd of the 452
    scored), so a train row in the odd half is score-only data; the test file shares none."""
    out: dict[str, str] = {}
    for i, row in enumerate(load_plv(tsv)):
        out.setdefault(norm_text(row.text), "odd" if i % 2 else "even")
    return out


def evaluate_cameo_pairs(part: str, model="default", nlp=None, misses: list[str] | None = None,
                         folder: Path = DEFAULT_CAMEO, halves: dict[str, str] | None = None) -> dict:
    """Pair-match on the ConfliBERT sentences of ``part`` that report an event (class != 0) and tag
    both a source and a target.  ``halves`` (see :func:`plv_halves`): also score the rows by the
    plv_train half their sentence is in ("even", "odd", "none").  ``misses`` receives a block per
    unmatched row that is design data (not in plv_train's odd half; give it only for the train file);
    the result's ``misses`` counts the design misses by :func:`cameo_miss_kind`."""
    nlp = nlp or load_nlp()
    rows = [r for r in load_cameo(part, folder) if r.label != 0 and r.chunks.get("S") and r.chunks.get("T")]
    matched, kinds = 0, Counter()
    by_half: dict[str, list[int]] = {}
    for k, (row, doc) in enumerate(zip(rows, nlp.pipe(r.text for r in rows))):
        events = code_sentence(doc, f"cameo-{part}-{k}", model)
        half = (halves or {}).get(norm_text(row.text), "none")
        tally = by_half.setdefault(half, [0, 0])
        tally[0] += 1
        if cameo_pair(events, row) is not None:
            matched += 1
            tally[1] += 1
            continue
        if half == "odd":
            continue
        kind = cameo_miss_kind(events, row)
        kinds[kind] += 1
        if misses is not None:
            cut = lambda spans: " | ".join(row.text[a:b] for a, b in spans)
            lines = [f"[cameo-{part} {k}] class {row.label} ({kind})", f"  {row.text}",
                     f"  source: {cut(row.chunks['S'])!r}  target: {cut(row.chunks['T'])!r}"]
            lines += [f"  - {ev.type} {ev.trigger.text!r} actor={[p.text for p in ev.actor]} "
                      f"recipient={[p.text for p in ev.recipient]} ({ev.reason})" for ev in events]
            misses.append("\n".join(lines))
    out = {"rows": len(rows), "matched": matched, "pair_match": matched / max(1, len(rows)),
           "misses": dict(sorted(kinds.items()))}
    if halves is not None:
        out["by_plv_half"] = {h: {"rows": n, "matched": m, "pair_match": m / max(1, n)}
                              for h, (n, m) in sorted(by_half.items())}
    return out
