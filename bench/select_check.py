"""Parse only candidate sentences (``dateline.nlp.select``): CPU saved and events kept.

    .venv/bin/python bench/select_check.py --n 200
    .venv/bin/python bench/select_check.py --n 150 --seed 11 --shares   # what stricter selections keep

On the seeded news mix (bench/news_sample.py) plus the founding example, runs the real
pipeline's stages twice on the same articles: once on ``nlp.pipe`` docs (everything parsed),
once on ``SelectivePipe`` docs (only sentences with a possible trigger, and the sentence before
each, parsed).  Prints the share of sentences/tokens parsed, the CPU time of each (spaCy and
stages apart), and how many events agree: same sentence, trigger, type, mode, status, date and
actor/recipient countries.  Events of the full run that the selective run misses are listed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import DEFAULT_SEED, NEWS_DIR, sample_articles  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def event_key(e) -> tuple:
    return (e.trigger.start, e.trigger.end, e.type, e.mode, e.status, e.date,
            tuple(sorted(p.country or "" for p in e.actor)), tuple(sorted(p.country or "" for p in e.recipient)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--context", type=int, default=1, help="sentences before a selected one also parsed")
    ap.add_argument("--ner-everywhere", action="store_true", help="statistical NER on the other sentences too")
    ap.add_argument("--no-model-words", action="store_true", help="select by the lexicon alone, not the type model's words")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--news-dir", type=Path, default=NEWS_DIR)
    ap.add_argument("--show", type=int, default=8, help="missed events to print")
    ap.add_argument("--shares", action="store_true",
                    help="instead: shares of tokens that stricter cheap selections would keep (cheap pass only)")
    ap.add_argument("--dev", action="store_true",
                    help="instead: the events development scores (dateline eval events) with and without selection")
    args = ap.parse_args()
    if args.dev:
        dev_scores(args)
        return
    if args.shares:
        selection_shares(args)
        return

    from dateline.ingest import read_path
    from dateline.ingest.records import build_article
    from dateline.model import Article, Origin
    from dateline.nlp.select import SelectivePipe
    from dateline.pipeline import Pipeline

    pipe = Pipeline()
    selective = SelectivePipe(pipe.nlp, context=args.context, ner_everywhere=args.ner_everywhere,
                              model_words=not args.no_model_words)
    founding = [a for a in read_path(str(REPO / "samples" / "niger-2024-03-17.txt")) if isinstance(a, Article)]
    articles = founding + [a for a in (build_article(id=r["id"], text=r["text"], date=r["date"], origin=Origin(r["id"]))
                                       for r in sample_articles(args.n, args.seed, args.news_dir))
                           if isinstance(a, Article)]
    texts = [a.text for a in articles]

    # Warm-up on the same texts, both ways, untimed: lazily loaded data, the lemmatizer's cache
    # and the string store are then equally warm for the two timed runs (else the first pays).
    list(pipe.process_many(founding))
    list(pipe.nlp.pipe(texts, batch_size=args.batch_size))
    list(selective.pipe(texts, batch_size=args.batch_size))
    selective.stats = Counter()

    def run(make_docs):
        t = time.process_time()
        docs = list(make_docs(texts))
        nlp_s = time.process_time() - t
        t = time.process_time()
        results = [pipe._analyse(a, d) for a, d in zip(articles, docs)]
        return results, nlp_s, time.process_time() - t

    full, full_nlp, full_stages = run(lambda ts: pipe.nlp.pipe(ts, batch_size=args.batch_size))
    sel, sel_nlp, sel_stages = run(lambda ts: selective.pipe(ts, batch_size=args.batch_size))
    st = selective.stats

    matched = missed = extra = 0
    misses = []
    founding_same = None
    for a, rf, rs in zip(articles, full, sel):
        kf = Counter(event_key(e) for e in rf.events)
        ks = Counter(event_key(e) for e in rs.events)
        common = sum((kf & ks).values())
        matched += common
        missed += sum(kf.values()) - common
        extra += sum(ks.values()) - common
        if a is articles[0]:
            founding_same = kf == ks
        for e in rf.events:
            if ks[event_key(e)] <= 0:
                misses.append((a.id, e.type, e.trigger.text, e.reason, e.sentence.text[:140]))
            else:
                ks[event_key(e)] -= 1
    total_full = matched + missed
    n = len(articles)
    print(f"{n} articles ({n - 1} news mix, seed {args.seed}, + founding example); context={args.context}, "
          f"ner_everywhere={args.ner_everywhere}, "
          f"model words={not args.no_model_words}")
    print(f"parsed: {st['selected_sentences']}/{st['sentences']} sentences "
          f"({st['selected_sentences'] / max(st['sentences'], 1):.0%}), {st['selected_tokens']}/{st['tokens']} tokens "
          f"({st['selected_tokens'] / max(st['tokens'], 1):.0%})")
    print(f"CPU s  full: spaCy {full_nlp:.2f} + stages {full_stages:.2f} = {full_nlp + full_stages:.2f}")
    print(f"CPU s  selective: spaCy+cheap pass {sel_nlp:.2f} + stages {sel_stages:.2f} = {sel_nlp + sel_stages:.2f}"
          f"  -> {(full_nlp + full_stages) / (sel_nlp + sel_stages):.2f}x faster overall, "
          f"{full_nlp / sel_nlp:.2f}x on spaCy")
    print(f"events: full {total_full}, selective {matched + extra}; identical {matched} "
          f"({matched / max(total_full, 1):.1%} of full), missed {missed}, new {extra}")
    print(f"founding example events identical: {founding_same}")
    model_only = sum(1 for m in misses if "lex:" not in m[3])
    print(f"missed events without a lexicon trigger (the type model's verb candidates): {model_only}")
    for m in misses[: args.show]:
        print("  missed:", m)


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"}


def selection_shares(args) -> None:
    """Shares of all tokens in sentences that cheap selections keep, with and without the sentence
    before each (``context``): lexicon triggers; or type-model verbs; or type-model verbs only with
    two names (the events stage keeps a model-only event only between two named parties); a trigger
    and a possible participant; and the share inside excluded regions (``clean.find_excluded``)."""
    from dateline import clean
    from dateline.nlp.select import SelectivePipe, SentenceSelector, _model_lemmas
    from dateline.pipeline import build_nlp

    nlp = build_nlp()
    cheap = SelectivePipe(nlp, context=0)
    lexical = SentenceSelector(nlp, context=0, model_words=False)
    model_words = frozenset(w.lower() for w in _model_lemmas())  # as the default selector adds them

    def names(sent, ents) -> int:  # runs of capitalised words or entity-ruler tokens
        runs, inside = 0, False
        for t in sent:
            named = (t.text[:1].isupper() and not t.is_punct) or t.i in ents
            runs += named and not inside
            inside = named
        return runs

    kinds = ("lexicon trigger", "lexicon or model verb", "lexicon, or model verb + 2 names", "trigger + participant")
    kept = {k: [0, 0] for k in kinds}
    total = excluded = 0
    for article in sample_articles(args.n, args.seed, args.news_dir):
        text = article.get("text")
        if not text:
            continue
        doc = cheap._cheap(text)
        ents = {i for e in cheap.ruler(nlp.make_doc(text)).ents for i in range(e.start, e.end)}
        regions = clean.find_excluded(text)
        sents = list(doc.sents)
        marks: dict[str, list[bool]] = {k: [] for k in kinds}
        for s in sents:
            if any(r.start <= s.start_char and s.end_char <= r.end for r in regions):
                excluded += len(s)
            words = [t for t in s if not t.is_punct and not t.is_space]
            lex = lexical.could_hold_event(s)
            model = any(lexical.possible_lemmas(t.text) & model_words for t in words)
            participant = (any(t.i in ents for t in s) or any(t.text[:1].isupper() for t in words[1:])
                           or any(t.lower_ in PRONOUNS for t in words))
            marks["lexicon trigger"].append(lex)
            marks["lexicon or model verb"].append(lex or model)
            marks["lexicon, or model verb + 2 names"].append(lex or (model and names(s, ents) >= 2))
            marks["trigger + participant"].append((lex or model) and participant)
        for kind, mk in marks.items():
            with_context = [m or (i + 1 < len(mk) and mk[i + 1]) for i, m in enumerate(mk)]
            kept[kind][0] += sum(len(s) for s, m in zip(sents, mk) if m)
            kept[kind][1] += sum(len(s) for s, m in zip(sents, with_context) if m)
        total += len(doc)
    print(f"{args.n} articles (seed {args.seed}), {total} tokens; share of tokens kept:")
    for kind, (k0, k1) in kept.items():
        print(f"  {kind:34} context=0 {k0 / total:6.1%}   context=1 {k1 / total:6.1%}")
    print(f"  inside excluded regions: {excluded / total:.1%}")


def dev_scores(args) -> None:
    """``dateline eval events`` (PLOVER rows, 5-fold CV of the type model; CAMEO penta classes) on the
    docs of the full pipeline and on those of the selective pipe."""
    from dateline.eval.events import evaluate_penta, evaluate_plv
    from dateline.nlp.select import SelectivePipe
    from dateline.pipeline import build_nlp

    nlp = build_nlp()

    class Selective:  # what evaluate_* need of an nlp: .pipe(texts)
        def __init__(self) -> None:
            self.inner = SelectivePipe(nlp, context=args.context, ner_everywhere=args.ner_everywhere,
                                       model_words=not args.no_model_words)

        def pipe(self, texts):
            return self.inner.pipe(texts, batch_size=args.batch_size)

    for name, engine in (("full parse", nlp), (f"selective (context={args.context})", Selective())):
        t = time.process_time()
        report = evaluate_plv(nlp=engine)
        acc, n, _ = evaluate_penta(nlp=engine)
        print(f"{name}: plv_train rows {report.n}, pair-match {report.matched / max(1, report.n):.1%}, "
              f"accuracy {report.accuracy:.3f}, macro-F1 {report.macro_f1:.3f}; "
              f"penta accuracy {acc:.3f} on {n}; {time.process_time() - t:.0f} CPU-s", flush=True)
        if name != "full parse":
            st = engine.inner.stats
            print(f"  parsed {st['selected_sentences']}/{st['sentences']} sentences")


if __name__ == "__main__":
    main()
