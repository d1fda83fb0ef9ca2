"""Do less work: run spaCy's statistical components only on sentences that can hold an event.

Events come only from sentences with a trigger from the events lexicon (``events/data/
triggers.tsv``), so a cheap pass decides which sentences those are and only they go through
tok2vec, tagger, parser, lemmatizer and NER - which are ~75% of the CPU time of ``dateline
code`` (bench/profile_pipeline.py).

The cheap pass: the tokenizer, the model's small ``senter`` (sentence boundaries; it has its
own tiny network, ~1% of the parser pipeline's cost), dateline's paragraph breaks, and a test
of every word against the trigger lexicon.  The test is by *possible lemma*: for each word
form, every lemma the model's own rule lemmatizer could give it as a verb or a noun (its
exception and suffix tables), plus the form itself, so a word whose lemma would match the
lexicon in the full pipeline is always caught, whatever POS the tagger later assigns.  A
phrase entry is caught by its longest word.  ``context`` sentences before each selected one
are selected too: pronoun resolution looks for its antecedent entity there.

:class:`SelectivePipe` returns, like ``nlp.pipe``, one ``Doc`` per text with the tokens of
the full tokenization: selected runs of sentences carry the full annotation (copied from a
parse of just that run; runs end at sentence boundaries so no parse crosses them); the other
sentences carry sentence boundaries (a flat tree: every token attached to the first), the
entity ruler's entities (countries, capitals, demonyms, IGOs) and lower-case lemmas, and no
tags, dependency labels or statistical entities.  Stages that work sentence by sentence see
the same input for every sentence that can hold an event.

Wiring (``pipeline.py``): ``self.select = SelectivePipe(self.nlp)`` in ``Pipeline.__init__``,
and in ``process_many`` ``docs = self.select.pipe(texts, batch_size=...)`` instead of
``self.nlp.pipe(...)`` when a setting is on.  Not wired yet: measured in docs/scale.md
(bench/select_check.py), the variant that keeps the events (98% identical) saves 3% of the CPU
time, and the lexicon-only variant (1.22x) lowers the development scores, because the learned
type model proposes events at verbs no cheap pass can rule out.  Whole-document outputs that use
statistical entities outside the parsed sentences (``places``, ``mentions``) are thinner with it
unless ``ner_everywhere``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
LEMMA_POS = ("verb", "noun")


def _model_lemmas() -> set[str]:
    """Trigger lemmas the learned type model knows (its ``L=`` features): it also proposes events
    at verbs the lexicon lacks, and a sentence with such a verb must be parsed too."""
    try:
        from dateline.events.model import default_model
    except ImportError:
        return set()
    model = default_model()
    if model is None:
        return set()
    # extract.candidates never proposes "be", "have" or "say" on the model's word alone.
    return {name[2:] for name in model.index if name.startswith("L=") and name[2:].isalpha()
            and len(name) > 4 and name[2:] not in ("be", "have", "say")}


class SentenceSelector:
    """Which sentences of a tokenized, sentence-split Doc contain a possible event trigger."""

    def __init__(self, nlp: Language, *, context: int = 1, model_words: bool = True) -> None:
        from dateline.events.lexicon import lexicon

        lex = lexicon()
        # A verb or noun entry fires on its word alone; a verb+object entry needs one of its
        # objects in the sentence too, a phrase all of its words.
        extra = _model_lemmas() if model_words else set()
        self.words = frozenset(k.lower() for k in set(lex.verbs) | set(lex.nouns) | extra)
        self.verb_obj = {verb.lower(): frozenset().union(*(objs for objs, _ in pairs))
                         for verb, pairs in lex.verb_obj.items()}
        self.phrases = [frozenset(w.lower() for w in words) for words, _ in lex.phrases]
        self.keys = self.words | set(self.verb_obj) | frozenset().union(*self.phrases)
        self.context = context
        tables = nlp.get_pipe("lemmatizer").lookups
        self._rules = tables.get_table("lemma_rules", {})
        self._exc = tables.get_table("lemma_exc", {})
        self._cache: dict[str, frozenset[str]] = {}

    def possible_lemmas(self, form: str) -> set[str]:
        """Every lemma the rule lemmatizer could give ``form`` as a verb or a noun, and the form."""
        low = form.lower()
        out = {low}
        for pos in LEMMA_POS:
            out.update(self._exc.get(pos, {}).get(low, ()))
            for old, new in self._rules.get(pos, ()):
                if low.endswith(old):
                    stem = low[: len(low) - len(old)] + new
                    if stem:
                        out.add(stem)
        return out

    def lexicon_lemmas(self, form: str) -> frozenset[str]:
        """The lexicon words ``form`` could be (cached per form; usually empty)."""
        hit = self._cache.get(form)
        if hit is None:
            hit = frozenset(self.keys.intersection(self.possible_lemmas(form)))
            if len(self._cache) < 500_000:  # bounded: memory stays flat over long runs
                self._cache[form] = hit
        return hit

    def could_hold_event(self, sent: Span) -> bool:
        found: set[str] = set()
        for t in sent:
            if not t.is_space and not t.is_punct:
                found |= self.lexicon_lemmas(t.text)
        if not found:
            return False
        if not self.words.isdisjoint(found):
            return True
        if any(v in found and not objs.isdisjoint(found) for v, objs in self.verb_obj.items()):
            return True
        return any(p <= found for p in self.phrases)

    def selected(self, sents: list[Span]) -> list[bool]:
        marks = [self.could_hold_event(s) for s in sents]
        out = list(marks)
        for i, m in enumerate(marks):
            if m:
                for j in range(max(0, i - self.context), i):
                    out[j] = True
        return out


class SelectivePipe:
    """``nlp.pipe`` that parses only the selected sentences (see the module docstring)."""

    def __init__(self, nlp: Language, *, context: int = 1, ner_everywhere: bool = False,
                 model_words: bool = True) -> None:
        self.nlp = nlp
        self.selector = SentenceSelector(nlp, context=context, model_words=model_words)
        # With ner_everywhere, the other sentences also get the statistical entities (NER has its
        # own tok2vec, so it runs without tagger and parser): names for pronoun antecedents and
        # the document's places and mentions, at about a third of the full cost of a sentence.
        self.ner = nlp.get_pipe("ner") if ner_everywhere else None
        self.senter = nlp.get_pipe("senter")
        self.breaks = nlp.get_pipe("dateline_paragraph_breaks") if "dateline_paragraph_breaks" in nlp.pipe_names else None
        self.ruler = nlp.get_pipe("dateline_ruler") if "dateline_ruler" in nlp.pipe_names else None
        strings = nlp.vocab.strings
        self._root, self._dep = strings.add("ROOT"), strings.add("dep")
        self.stats = {"tokens": 0, "selected_tokens": 0, "sentences": 0, "selected_sentences": 0}

    def plan(self, doc: Doc) -> list[tuple[int, int, bool, list[tuple[int, int]]]]:
        """Runs of consecutive sentences with the same selection: (start, end, selected, sentences)."""
        sents = list(doc.sents)
        marks = self.selector.selected(sents)
        runs: list[tuple[int, int, bool, list[tuple[int, int]]]] = []
        for sent, mark in zip(sents, marks):
            if runs and runs[-1][2] == mark:
                start, _, _, parts = runs[-1]
                runs[-1] = (start, sent.end, mark, parts + [(sent.start, sent.end)])
            else:
                runs.append((sent.start, sent.end, mark, [(sent.start, sent.end)]))
        self.stats["tokens"] += len(doc)
        self.stats["sentences"] += len(sents)
        self.stats["selected_sentences"] += sum(marks)
        self.stats["selected_tokens"] += sum(e - s for s, e, m, _ in runs if m)
        return runs

    def _cheap(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        doc = self.senter(doc)
        if self.breaks is not None:
            doc = self.breaks(doc)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        texts = iter(texts)
        while True:
            batch = [t for _, t in zip(range(batch_size), texts)]
            if not batch:
                return
            docs = [self._cheap(t) for t in batch]
            plans = [self.plan(d) for d in docs]
            vocab = self.nlp.vocab
            # Fresh Docs (words and spaces only): no sentence starts preset, so the parser
            # segments and parses each run as it would inside the whole text.
            chunks = [Doc(vocab, words=[t.text for t in d[s:e]], spaces=[bool(t.whitespace_) for t in d[s:e]])
                      for d, plan in zip(docs, plans) for s, e, sel, _ in plan if sel]
            parsed = iter(self.nlp.pipe(chunks, batch_size=batch_size))
            named = iter(())
            if self.ner is not None:
                others = [self.ruler(d[s:e].as_doc()) if self.ruler is not None else d[s:e].as_doc()
                          for d, plan in zip(docs, plans) for s, e, sel, _ in plan if not sel]
                named = iter(self.ner.pipe(others, batch_size=batch_size))
            for doc, plan in zip(docs, plans):
                yield self._merge(doc, plan, parsed, named)

    def _merge(self, doc: Doc, plan, parsed: Iterator[Doc], named: Iterator[Doc]) -> Doc:
        n = len(doc)
        arr = np.zeros((n, len(ATTRS)), dtype=np.uint64)
        head_col, dep_col, lemma_col = ATTRS.index(HEAD), ATTRS.index(DEP), ATTRS.index(LEMMA)
        cheap_ents = list(self.ruler(doc).ents) if self.ruler is not None and self.ner is None else []
        ents: list[Span] = []
        for start, end, selected, sents in plan:
            if selected:
                chunk = next(parsed)
                arr[start:end] = chunk.to_array(ATTRS)
                ents.extend(Span(doc, start + e.start, start + e.end, label=e.label, kb_id=e.kb_id, span_id=e.id)
                            for e in chunk.ents)
                continue
            for s, e in sents:  # a flat tree per sentence keeps the sentence boundaries
                offsets = np.arange(s, e, dtype=np.int64)
                arr[s:e, head_col] = (s - offsets).astype(np.uint64)
                arr[s:e, dep_col] = self._dep
                arr[s, dep_col] = self._root
            arr[start:end, lemma_col] = [t.lower for t in doc[start:end]]
            if self.ner is not None:
                ents.extend(Span(doc, start + e.start, start + e.end, label=e.label, kb_id=e.kb_id, span_id=e.id)
                            for e in next(named).ents)
            else:
                ents.extend(e for e in cheap_ents if start <= e.start and e.end <= end)
        doc.from_array(ATTRS, arr)
        doc.set_ents(ents, default="outside")
        return doc
