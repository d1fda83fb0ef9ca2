"""Why the event joining a marked source and target is not found: unmatched rows by cause, counted.

    .venv/bin/python bench/events_pair_causes.py [--parts even,odd,ctrain,ctest,recall] [--list N] [--cause C]

For each part - plv_train's even and odd rows (5-fold CV of the type model, exactly as ``dateline eval
events``), ConfliBERT's tagged *train* sentences outside plv_train's odd half (``ctrain``) and its *test*
sentences (``ctest``, shipped model) - every row whose marked source and target no event joins is given
one cause, computed from the coder's output and the parse (never read by hand):

- ``no event``: the coder emits nothing for the sentence;
- ``swapped``: an event joins them the other way round (target acts on source);
- ``src acts, tgt in other event``: an event has the source as actor, and the target is a participant of
  another event only; ``src acts, no recipient`` / ``src acts, other recipient``;
- ``tgt receives, no actor`` / ``tgt receives, other actor``: an event has the target as recipient, the
  source is not its actor;
- ``src/tgt only in wrong roles``: both appear in events, but never the source as actor or the target as
  recipient; ``neither in any event``.

Each cause is split by where source and target meet in the parse: the lowest common head of their
heads (``trigger``: it is an event's trigger; ``VERB/NOUN no event``: a verb or noun nobody coded;
``nested``: one contains the other's head, as in apposition or "X's attack on Y"; ``2 sents``: spaCy
splits them).  And the dependency paths from each head up to the common head are counted in a coarse
form.  And each unmatched row is given the stage that lost it (:func:`stage_fate`: the relevance layer, a gate
of ``extract.code_sentence`` - with the trigger's kind, the model's confidence, and whether the dropped event has the
gold type (plv_train's PLOVER type; ConfliBERT's penta class) - or no candidate joining the
pair even when extract keeps every candidate).  The score-only parts (``odd``, ``ctest``) print **counts only**; ``--list N`` prints up to N rows
of each design part (even, ctrain), optionally of one cause (``--cause`` substring).

``recall`` (session 29) reads a third design source of recipients: the gold recipients of the design recall samples
(``dev dev_a conflict_dev dev_b dev_c`` of ``bench/events_recall.py``; never the held-out ones).  Of the gold events
with a named recipient that the production pipeline finds with the right type (preferring the event on the gold
trigger), how many have the gold recipient's head word inside a recipient span, none, another party, or the
recipient as actor; ``--list N`` prints the wrong ones.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.eval import events as ev  # noqa: E402
from dateline.eval.halves import in_half  # noqa: E402

SCORE_ONLY = {"odd", "ctest"}
SCORE = False  # coding a score-only part: no row detail in the fates


def _in(p, spans) -> bool:
    return ev.hits(p, spans)


def _head(doc, span):
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return s.root if s is not None and len(s) else None


def meeting(doc, events, sources, targets) -> tuple[str, str]:
    """Where source and target meet: (kind of the common head, coarse paths)."""
    hs, ht = _head(doc, sources[0]), _head(doc, targets[0])
    if hs is None or ht is None:
        return "unaligned", "-"
    if hs.sent.start != ht.sent.start:
        return "2 sents", "-"
    up_s = [hs] + list(hs.ancestors)
    up_t = [ht] + list(ht.ancestors)
    common = next((t for t in up_s if t in up_t), None)
    if common is None:
        return "no common head", "-"
    path_s = [t.dep_ for t in up_s[:up_s.index(common)]]
    path_t = [t.dep_ for t in up_t[:up_t.index(common)]]
    trig = any(e.trigger.start <= common.idx < e.trigger.end for e in events)
    if common in (hs, ht):
        kind = "nested"
    elif trig:
        kind = "trigger"
    else:
        kind = f"{common.pos_ if common.pos_ in ('VERB', 'NOUN', 'AUX', 'ADJ', 'PROPN') else 'other'} no event"
    shape = f"{'>'.join(path_s[-2:]) or '='} | {'>'.join(path_t[-2:]) or '='} @{common.pos_}"
    return kind, shape


def verb_fate(doc, common, sources, targets, model) -> str:
    """What became of the uncoded common head: not a candidate (and why), or where the gate dropped it."""
    from dateline.events import roles
    from dateline.events.arguments import find_arguments
    from dateline.events.extract import _no_adjunct_recode, candidates, decide
    from dateline.events.lexicon import base_forms, modality_cues, token_entries
    from dateline.events.status import modality

    if model == "default":
        from dateline.events.model import default_model
        model = default_model()
    lemma = common.lemma_.lower()
    if lemma in ("be", "have"):
        return "be/have"
    if lemma in ("say", "tell", "announce", "state", "report", "add", "claim"):
        return "say-verb"
    cues = modality_cues()
    if any((f, k) in cues for f in base_forms(common) for k in ("control", "control_harm", "control_other")):
        return "control verb"
    cands = [c for c in candidates(common.sent, model) if c.token == common.i]
    if not cands:
        if token_entries(common):
            return "lexicon word, not a candidate"
        kids = {c.dep_ for c in common.children}
        return "unknown verb, no object/prep" if not kids & {"dobj", "dative", "prep", "agent", "xcomp"} \
            else "unknown, not candidate"
    cand = cands[0]
    cand.modality = _no_adjunct_recode(modality(common), common)
    from dateline.actors import resolve as resolve_actors
    covered = {}
    for m in resolve_actors(doc, None).mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span or ():
            covered[t.i] = m
    find_arguments(cand, doc, covered)
    decide(cand, doc, model, {})
    tag = "lex" if cand.hits else "unk"
    if cand.type is None:
        return f"{tag}: untyped"
    def hit(args, spans):
        return any(doc[a.start].idx < b and a_ < doc[a.end - 1].idx + len(doc[a.end - 1]) for a in args
                   for a_, b in spans)
    a_ok, r_ok = hit(cand.actor, sources), hit(cand.recipient, targets)
    if not (a_ok and r_ok):
        ht = _head(doc, targets[0])
        path = []
        while ht is not None and ht.i != common.i and len(path) < 4:
            path.append(ht.dep_ if ht.dep_ != "prep" else f"prep:{ht.lower_}")
            ht = ht.head if ht.head.i != ht.i else None
        rc = "none" if not cand.recipient else ("named" if roles.named_np(doc[cand.recipient[0].head]) else "thing")
        return f"{tag}: args miss ({'A' if a_ok else 'a'}{'R' if r_ok else 'r'}) rcpt={rc} tgt={'>'.join(path)}" + (
            "" if SCORE else f" {[doc[a.start:a.end].text for a in cand.actor]} -> {[doc[a.start:a.end].text for a in cand.recipient]} {cand.type} {cand.confidence:.2f}")
    if not cand.hits:
        if cand.confidence < 0.5:
            return "unk: args ok, conf<.5" + ("" if SCORE else f" {cand.type} {cand.confidence:.2f}")
        if not (roles.named_np(doc[cand.actor[0].head]) and roles.named_np(doc[cand.recipient[0].head])):
            return "unk: args ok, not named"
        return "unk: args ok, dropped later"
    return "lex: args ok, dropped later"


def stage_fate(doc, events, sources, targets, model, right_type=None) -> str:
    """At which stage the joining event was lost, for an unmatched row: ``relevance`` (extract joins the pair,
    the relevance layer drops or changes it), ``extract gate`` (a candidate joins it when extract keeps every
    candidate, ``keep_all``, but the gates of ``extract.code_sentence`` drop it; split by lexicon or model
    trigger, model confidence, whether an event at the same trigger survives with other participants, and -
    with ``right_type(event)`` - whether the dropped event has the gold type, what keeping it could gain),
    ``no candidate joins`` (arguments or candidates never reach it)."""
    import importlib

    from dateline.actors import resolve as resolve_actors

    ex = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)
    if model == "default":
        from dateline.events.model import default_model
        model = default_model()
    mentions = resolve_actors(doc, None).mentions
    if ev.joining_event(ex.extract(doc, "f", mentions=mentions, type_model=model), sources, targets) is not None:
        return "relevance"
    covered = {}
    for m in mentions:
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            covered[t.i] = m
    parties = importlib.import_module("dateline.events.parties")
    if hasattr(parties, "forget"):  # (extract's per-document memos, reset as extract() does)
        parties.forget()
    if hasattr(ex, "_INDEX"):
        ex._INDEX[:] = [None, None]
    kept = [e for sent in doc.sents for e in ex.code_sentence(sent, doc, "f", mentions, [], covered, model,
                                                               keep_all=True)]
    e = ev.joining_event(kept, sources, targets)
    if e is None:
        return "no candidate joins"
    lex = "lex" if "lex:" in e.reason or e.reason.startswith("rule:") else "unk"
    band = "conf<.5" if e.confidence < 0.5 else "conf>=.5"
    same = any(o.trigger.start == e.trigger.start for o in events)
    typed = "" if right_type is None else (", gold type" if right_type(e) else ", other type")
    carries = ""
    if lex == "unk":
        tok = next((t for t in doc if t.idx == e.trigger.start), None)
        carries = "" if tok is None else f", {carrier(tok, e.type)}"
    return f"extract gate ({lex}, {band}{', trigger kept' if same else ''}{typed}{carries})"


def carrier(tok, etype: str) -> str:
    """What an unknown verb dropped at the gate carries (counts only, type-blind of the gold): whether it is a
    support ("light") verb of word class support_verbs, and whether its event may lie in what it governs - a
    lexicon event noun as its object or on a carrier preposition (``model.noun_types``; ``=`` when the dropped
    event has one of that noun's types), a noun the lexicon does not list but WordNet types (``wn``), a
    clausal or gerund complement (xcomp/ccomp) that is a lexicon trigger or a verb - or nothing of these."""
    from dateline.events import noun_roles
    from dateline.events.lexicon import token_entries
    from dateline.events.model import _carried, noun_types
    from dateline.events.wordnet_hints import hint

    kind = "support verb" if noun_roles._support_verb(tok) else "other verb"
    borrowed = noun_types(tok)
    if borrowed:
        return f"{kind} + event noun{' =' if etype in borrowed else ''}"
    objects = [c for c in tok.children if c.dep_ == "dobj"] + _carried(tok)
    if any(o.pos_ == "NOUN" and (h := hint(o.lemma_.lower(), "noun")) is not None and h.types for o in objects):
        return f"{kind} + wn noun"
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if any(token_entries(c) for c in comps):
        return f"{kind} + lexicon complement"
    if comps:
        return f"{kind} + complement"
    return kind


def cause(doc, events, sources, targets) -> str:
    if ev.joining_event(events, sources, targets) is not None:
        return "matched"
    if not events:
        return "no event"
    if ev.joining_event(events, targets, sources) is not None:
        return "swapped"
    mine = [e for e in events if any(_in(p, sources) for p in e.actor)]
    tgt_any = any(_in(p, targets) for e in events for p in e.actor + e.recipient)
    src_any = any(_in(p, sources) for e in events for p in e.actor + e.recipient)
    if mine:
        if tgt_any:
            return "src acts, tgt in other event"
        return "src acts, no recipient" if all(not e.recipient for e in mine) else "src acts, other recipient"
    theirs = [e for e in events if any(_in(p, targets) for p in e.recipient)]
    if theirs:
        return "tgt receives, no actor" if all(not e.actor for e in theirs) else "tgt receives, other actor"
    if src_any or tgt_any:
        return "src/tgt only in wrong roles"
    return "neither in any event"


class Tally:
    def __init__(self, name):
        self.name, self.n, self.causes, self.kinds, self.shapes, self.rows = name, 0, Counter(), Counter(), Counter(), []
        self.fates = Counter()
        self.stages = Counter()

    @staticmethod
    def _common(doc, sources, targets):
        hs, ht = _head(doc, sources[0]), _head(doc, targets[0])
        if hs is None or ht is None:
            return None
        up_t = [ht] + list(ht.ancestors)
        return next((t for t in [hs] + list(hs.ancestors) if t in up_t), None)

    def add(self, doc, events, sources, targets, label="", model=None, right_type=None):
        self.n += 1
        c = cause(doc, events, sources, targets)
        self.causes[c] += 1
        if c == "matched":
            return
        self.stages[stage_fate(doc, events, sources, targets, model, right_type)] += 1
        kind, shape = meeting(doc, events, sources, targets)
        if kind.endswith("no event"):
            common = self._common(doc, sources, targets)
            if common is not None:
                global SCORE
                SCORE = self.name in SCORE_ONLY
                fate = verb_fate(doc, common, sources, targets, model)
                self.fates[fate] += 1
                kind += f" ({fate})"
        self.kinds[(c, kind)] += 1
        self.shapes[shape] += 1
        if self.name not in SCORE_ONLY:
            self.rows.append((c, kind, shape, doc, events, sources, targets, label))

    def print(self, listing: int, only: str | None):
        m = self.causes["matched"]
        print(f"== {self.name}: {self.n} rows, matched {m} ({m / max(1, self.n):.1%}), unmatched {self.n - m}")
        for c, k in sorted(self.causes.items(), key=lambda x: -x[1]):
            if c == "matched":
                continue
            sub = ", ".join(f"{kind.split(' (')[0]} {n}" for (cc, kind), n in self.kinds.most_common() if cc == c)
            print(f"  {k:4d} {c:30s} [{sub}]")
        print("  lost at:", "; ".join(f"{f} {n}" for f, n in self.stages.most_common()))
        print("  uncoded common head:", "; ".join(f"{f} {n}" for f, n in self.fates.most_common()))
        print("  paths (src | tgt @common head):", "; ".join(f"{s} {n}" for s, n in self.shapes.most_common(14)))
        if self.name in SCORE_ONLY or not listing:
            return
        shown = 0
        for c, kind, shape, doc, events, sources, targets, label in self.rows:
            if only and only not in c and only not in kind:
                continue
            if shown >= listing:
                break
            shown += 1
            cut = lambda spans: " | ".join(doc.text[a:b] for a, b in spans)
            print(f"-- [{label}] {c} / {kind} / {shape}\n   {doc.text}\n   src={cut(sources)!r} tgt={cut(targets)!r}")
            for e in events:
                print(f"   - {e.type} {e.trigger.text!r} actor={[p.text for p in e.actor]} "
                      f"recipient={[p.text for p in e.recipient]} ({e.reason}) {e.confidence:.2f}")


def plv_parts(nlp, halves: list[str]) -> list[Tally]:
    tallies = {h: Tally(h) for h in halves}
    which = {}  # row id -> half

    def tally(row, doc, events, model):
        tgt = None if row.target[0] == row.target[1] else [row.target]
        if tgt is not None and which[row.id] in tallies:
            tallies[which[row.id]].add(doc, events, [row.source], tgt, row.id, model,
                                       lambda e: ev._label(e) == row.gold)

    rows = ev.load_plv(ev.DEFAULT_TSV)
    for i, r in enumerate(rows):
        which[r.id] = "odd" if in_half(i, "odd") else "even"
    ev.evaluate_plv(nlp=nlp, half=halves[0] if len(halves) == 1 else None, on_row=tally)
    return list(tallies.values())


def cameo_part(nlp, part: str) -> Tally:
    t = Tally("ctrain" if part == "train" else "ctest")
    halves = ev.plv_halves() if part == "train" else {}
    rows = [r for r in ev.load_cameo(part) if r.label != 0 and r.chunks.get("S") and r.chunks.get("T")]
    for k, (row, doc) in enumerate(zip(rows, nlp.pipe(r.text for r in rows))):
        if halves.get(ev.norm_text(row.text)) == "odd":
            continue
        events = ev.code_sentence(doc, f"c{k}", "default")
        t.add(doc, events, row.chunks["S"], row.chunks["T"], f"cameo-{part} {k}", "default",
              lambda e, doc=doc, label=row.label: ev.penta_class(e, doc) == label)
    return t


DESIGN_RECALL = ("dev", "dev_a", "conflict_dev", "dev_b", "dev_c")  # never the held-out recall samples


def recall_part(listing: int) -> None:
    """The design recall samples' gold recipients: of the gold events (with a named recipient) that the
    production pipeline finds with the right type, how many have the gold recipient's head word inside a
    recipient span (right), none, or only another party.  Design samples only: never the held-out ones."""
    sys.path.insert(0, str(ROOT / "bench"))
    import events_recall as er

    tally, rows = Counter(), []
    for name, f, seed, k, rep in er.SAMPLES:
        if name not in DESIGN_RECALL:
            continue
        golds = er.read_gold(er.JUDGED / f)
        arts = er.pick(seed, k, 450, sources=er.SAMPLE_SOURCES.get(name), repair=rep)
        texts = {a["id"]: a["text"] for a in arts}
        emitted = er.code_production(arts)
        for g in golds:
            if g.optional or g.recipient is None:
                continue
            on_trigger = [e for e in emitted[g.article] if er.matches(e, g)
                          and e.trigger.start < g.trigger[1] and g.trigger[0] < e.trigger.end]
            e = max(on_trigger, key=lambda e: e.confidence) if on_trigger else er.finder(emitted[g.article], g)[0]
            if e is None:
                tally["not found"] += 1
                continue
            if any(p.start <= g.recipient[0] < p.end for p in e.recipient):
                tally["right"] += 1
                continue
            c = "no recipient" if not e.recipient else "other recipient"
            if any(p.start <= g.recipient[0] < p.end for p in e.actor):
                c = "recipient as actor"
            tally[c] += 1
            text = texts[g.article]
            rows.append((c, name, g.key, text[g.sentence[0]:g.sentence[1]].replace("\n", " "),
                         text[g.recipient[0]:g.recipient[1]], e))
    found = sum(v for c, v in tally.items() if c != "not found")
    print(f"== recall (design samples {', '.join(DESIGN_RECALL)}): gold events with a recipient, found "
          f"{found}; recipient right {tally['right']} ({tally['right'] / max(1, found):.1%})")
    for c, v in tally.most_common():
        print(f"  {v:4d} {c}")
    for c, name, key, sent, rcpt, e in rows[:listing]:
        print(f"-- [{name} {key}] {c}: gold recipient {rcpt!r}\n   {sent}\n   - {e.type} {e.trigger.text!r} "
              f"actor={[p.text for p in e.actor]} recipient={[p.text for p in e.recipient]} ({e.reason}) {e.confidence:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default="even,odd,ctrain,ctest",
                    help="also: recall (the design recall samples' gold recipients)")
    ap.add_argument("--list", type=int, default=0)
    ap.add_argument("--cause", default=None)
    a = ap.parse_args()
    parts = a.parts.split(",")
    nlp = ev.load_nlp() if set(parts) - {"recall"} else None
    out = []
    halves = [h for h in ("even", "odd") if h in parts]
    if halves:
        out += plv_parts(nlp, halves)
    if "ctrain" in parts:
        out.append(cameo_part(nlp, "train"))
    if "ctest" in parts:
        out.append(cameo_part(nlp, "test"))
    for t in out:
        t.print(a.list, a.cause)
    if "recall" in parts:
        recall_part(a.list)


if __name__ == "__main__":
    main()
