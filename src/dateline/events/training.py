"""Development data for the event-type model: reading it, and turning rows into training examples.

Used by ``tools/train_event_model.py`` and by ``dateline eval events`` (which cross-validates: a
model is always scored on rows it was not trained on).  Fitting needs scikit-learn (the ``train``
extra); everything else here only needs spaCy.

Sources (read in place, never copied into the repository):
- ``plv_train.tsv`` (Hu et al. 2024): sentences with ``<s>source</s>`` and ``<t>target</t>`` marked
  and a gold PLOVER root (CONCEDE and RETREAT merged as YIELD).
- ``ngec_synthetic_stories.csv.zip`` (NGEC): synthetic stories with a story-level PLOVER label; the
  title and first sentence are used, with the label, as weakly labelled extra examples.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from dateline.events.arguments import find_arguments
from dateline.events.extract import Candidate, candidates
from dateline.events.model import TypeModel, features
from dateline.events.ontology import event_types
from dateline.events.status import modality

MARK = re.compile(r"</?[st]>")
YIELD_TYPES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    source: tuple[int, int]  # char span of <s>..</s> in text
    target: tuple[int, int]
    gold: str


def unmark(marked: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """Remove the <s>/<t> markers; return the text and the char spans they enclosed."""
    out, spans, pos, opened = [], {}, 0, {}
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        here = sum(len(x) for x in out)
        tag = m.group(0)
        if tag.startswith("</"):  # a span marked twice counts once: the first mark
            spans.setdefault(tag[2], (opened.get(tag[2], here), here))
        else:
            opened.setdefault(tag[1], here)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)

    def strip(span):
        a, b = span
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b

    return text, strip(spans.get("s", (0, 0))), strip(spans.get("t", (0, 0)))


def load_plv(path: Path, problems: list[str] | None = None) -> list[Row]:
    """The rows of a plv_train.tsv-style file: the sentence with ``<s>source</s>`` and ``<t>target</t>``
    marked (column ``marked_sentence``) and the gold root (``gold_root``).  A file without the marked
    column may give the plain ``sentence`` and the ``source`` and ``target`` texts instead; they are
    found in the sentence.  A row that cannot be scored (no gold root, a root that is no PLOVER type, no
    sentence) is skipped and described, with its file and line, in ``problems``, so one bad row does
    not stop the scoring of the others; a file without the needed columns raises ``ValueError``."""
    known = set(event_types()) | set(YIELD_TYPES.values())
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        columns = set(reader.fieldnames or ())
        if "gold_root" not in columns or not columns & {"marked_sentence", "sentence"}:
            raise ValueError(f"{path}: line 1: a PLOVER file needs a gold_root column and a marked_sentence column "
                             f"(or sentence, source and target); its header has: {', '.join(sorted(columns)) or 'nothing'}")
        for r in reader:
            where = f"{path}: line {reader.line_num}"
            gold = (r.get("gold_root") or "").strip().upper()
            if gold not in known:
                _skip(problems, f"{where}: gold_root {gold!r} is not a PLOVER event type; row skipped")
                continue
            if (r.get("marked_sentence") or "").strip():
                text, s, t = unmark(r["marked_sentence"])
            elif (r.get("sentence") or "").strip():
                text = r["sentence"]
                s, t = _find(text, r.get("source")), _find(text, r.get("target"))
            else:
                _skip(problems, f"{where}: no sentence; row skipped")
                continue
            rows.append(Row(r.get("sentence_id") or str(len(rows)), text, s, t, YIELD_TYPES.get(gold, gold)))
    return rows


def _find(text: str, part: str | None) -> tuple[int, int]:
    """The span of ``part`` in ``text`` (first occurrence, any case); (0, 0), no span, when absent."""
    part = (part or "").strip()
    at = text.lower().find(part.lower()) if part else -1
    return (at, at + len(part)) if at >= 0 else (0, 0)


def _skip(problems: list[str] | None, message: str) -> None:
    if problems is not None:
        problems.append(message)


def load_ngec(path: Path, limit: int | None = None) -> list[tuple[str, str]]:
    """(sentence, label) pairs: each synthetic story's title (filled in) and first sentence."""
    out = []
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as fh:
            for r in csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")):
                label = YIELD_TYPES.get(r["label"], r["label"])
                title = r["prompt"].split("\n")[0].strip()
                first = re.split(r"(?<=[.!?])\s", r["text"].strip(), maxsplit=1)[0]
                out += [(title, label), (first, label)]
                if limit and len(out) >= limit:
                    break
    return out


def _overlaps(doc: Doc, args, span: tuple[int, int]) -> bool:
    a, b = span
    return any(doc[x.start].idx < b and a < doc[x.end - 1].idx + len(doc[x.end - 1]) for x in args)


def parties_of(doc: Doc) -> dict[int, object]:
    """Token index -> actors-stage mention, as the pipeline gives ``extract`` (so that training sees the
    same participants, and so the same features, as coding does)."""
    from dateline.actors import resolve

    covered = {}
    for m in resolve(doc, None).mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                covered[t.i] = m
    return covered


def pair_candidate(doc: Doc, source: tuple[int, int], target: tuple[int, int]) -> Candidate | None:
    """The candidate whose actor overlaps ``source`` and recipient overlaps ``target`` (the training
    trigger of a row), else the lowest verb governing both spans."""
    sent = doc[:]
    covered = parties_of(doc)
    found = []
    for cand in candidates(sent, type_model=True, control_verbs=True):
        cand.modality = modality(doc[cand.token])
        find_arguments(cand, doc, covered)
        if _overlaps(doc, cand.actor, source) and _overlaps(doc, cand.recipient + cand.actor, target):
            found.append(cand)
    if found:
        return min(found, key=lambda c: (not c.hits, c.token))
    s_tok = doc.char_span(*source, alignment_mode="expand")
    t_tok = doc.char_span(*target, alignment_mode="expand")
    if s_tok is None or t_tok is None or not len(s_tok) or not len(t_tok):
        return None
    up = {s_tok.root.i}
    x = s_tok.root
    while x.head.i != x.i:
        x = x.head
        up.add(x.i)
    y = t_tok.root
    while y.i not in up and y.head.i != y.i:
        y = y.head
    cand = Candidate(y.i, [], sent)
    from dateline.events.lexicon import find_triggers

    cand.hits = find_triggers(sent).get(y.i, [])
    cand.modality = modality(doc[y.i])
    find_arguments(cand, doc, covered)
    return cand


def examples(docs: list[Doc], rows: list[Row]) -> list[tuple[list[str], str]]:
    out = []
    for doc, row in zip(docs, rows):
        cand = pair_candidate(doc, row.source, row.target)
        if cand is not None:
            out.append((features(cand, doc), row.gold))
    return out


def pair_examples(docs: list[Doc], rows: list[Row], type_model) -> list[list[tuple[list[str], int]]]:
    """Training groups for the recipient chooser (``pairing.py``): each row coded as the pipeline codes
    it (actors stage, ``type_model``), with a :class:`~dateline.events.pairing.Recorder` in the chooser's
    place; every candidate recipient of the events matching the row's marked source is labelled by
    whether it overlaps the marked target."""
    from dateline.actors import resolve
    from dateline.events.extract import extract
    from dateline.events.pairing import Recorder, labelled

    out = []
    for doc, row in zip(docs, rows):
        rec = Recorder()
        extract(doc, doc_id=row.id, mentions=resolve(doc, None).mentions, type_model=type_model, pair_model=rec)
        out += labelled(rec.seen, row.source, row.target, row.gold)
    return out


def weak_examples(docs: list[Doc], labels: list[str]) -> list[tuple[list[str], str]]:
    """Synthetic sentences have no marked pair: every lexicon candidate whose type family agrees
    with the story label becomes an example (a weak but cheap signal for rare classes)."""
    out = []
    for doc, label in zip(docs, labels):
        for cand in candidates(doc[:], type_model=None):
            types = {YIELD_TYPES.get(h.entry.type, h.entry.type) for h in cand.hits}
            if label in types:
                cand.modality = modality(doc[cand.token])
                find_arguments(cand, doc)
                out.append((features(cand, doc), label))
                break
    return out


def binary_features(examples: list[list[str]], min_count: int = 1):
    """A sparse 0/1 matrix (one row per example, float32) over the feature names seen in at least
    ``min_count`` examples, and those names in column order."""
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = {}
    for feats in examples:
        for x in set(feats):
            counts[x] = counts.get(x, 0) + 1
    names = sorted(x for x, n in counts.items() if n >= min_count)
    index = {x: i for i, x in enumerate(names)}
    rows, cols = [], []
    for r, feats in enumerate(examples):
        for x in set(feats):
            if x in index:
                rows.append(r)
                cols.append(index[x])
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(examples), len(names))), names


def fit(train: list[tuple[list[str], str]], c: float = 10.0, min_count: int = 1, name: str = "linear",
        info: dict | None = None, weights: list[float] | None = None,
        class_weight: str | None = "balanced") -> TypeModel:
    """A multinomial logistic regression (scikit-learn) exported as a :class:`TypeModel`.
    ``weights``: one per example (weak examples count less than gold rows); ``class_weight``:
    "balanced" (each class weighs as much as the others together, so rare classes count) or None."""
    from sklearn.linear_model import LogisticRegression  # the optional ``train`` extra

    matrix, names = binary_features([feats for feats, _ in train], min_count)
    labels = [y for _, y in train]
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=class_weight)
    clf.fit(matrix, labels, sample_weight=None if weights is None else np.asarray(weights, dtype=np.float64))
    coef, bias = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # scikit-learn keeps one row for two classes: the second against the first
        coef, bias = np.vstack([np.zeros_like(coef), coef]), np.concatenate([np.zeros_like(bias), bias])
    return TypeModel(list(clf.classes_), names, coef.T.copy(), bias.copy(), name=name, info=info)
