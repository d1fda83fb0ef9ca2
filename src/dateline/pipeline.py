"""The path of an article: ingest -> clean -> nlp -> time -> actors/places -> events -> dedup.

:class:`Pipeline` loads the shared resources once (spaCy model, gazetteers, lexicons) and
turns :class:`~dateline.model.Article` objects into :class:`~dateline.model.DocResult` objects.
Each stage is called only through its package's public functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline import actors, clean, dedup, events, places, time
from dateline.model import Article, DocResult, Region, Sentence
from dateline.nlp import load_nlp, pipe_chunked, trimmed_bounds

PIPELINE_VERSION = "0.1.0"


@dataclass(frozen=True)
class PipelineSettings:
    batch_size: int = 32
    # The model's attribute_ruler and lemmatizer answered from per-token caches (dateline.nlp.cached):
    # identical annotations, ~12% less CPU for the whole pipeline (docs/scale.md).
    cached_components: bool = True


def _merge_patterns(*groups: list[dict]) -> list[dict]:
    """Union of the stages' entity-ruler patterns; the first stage wins on an identical pattern."""
    seen: set[str] = set()
    merged = []
    for group in groups:
        for pattern in group:
            key = repr(pattern.get("pattern"))
            if key not in seen:
                seen.add(key)
                merged.append(pattern)
    return merged


def build_nlp(*, cached_components: bool = True):
    """spaCy with the entity-ruler patterns of the actors and places stages."""
    return load_nlp(_merge_patterns(actors.entity_patterns(), places.entity_patterns()), cached=cached_components)


def _inside(start: int, end: int, regions: list[Region]) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


class Pipeline:
    """Load once, then :meth:`process` or :meth:`process_many` articles."""

    def __init__(self, settings: PipelineSettings | None = None) -> None:
        self.settings = settings or PipelineSettings()
        self.nlp = build_nlp(cached_components=self.settings.cached_components)

    def process(self, article: Article) -> DocResult:
        return next(iter(self.process_many([article])))

    def process_many(self, articles: Iterable[Article]) -> Iterator[DocResult]:
        """Results in input order; spaCy runs batched with ``nlp.pipe``."""
        articles = iter(articles)
        while True:
            batch = [a for _, a in zip(range(self.settings.batch_size), articles)]
            if not batch:
                return
            # Long articles are parsed in pieces: a worker's memory is bounded by the piece (nlp.chunked).
            docs = pipe_chunked(self.nlp, (a.text for a in batch), batch_size=self.settings.batch_size)
            for article, doc in zip(batch, docs):
                yield self._analyse(article, doc)

    def _analyse(self, article: Article, doc) -> DocResult:
        text = article.text
        dct = article.date
        regions = clean.find_excluded(text)
        bounds = [trimmed_bounds(sent) for sent in doc.sents]
        sentences = [Sentence(start, end, _inside(start, end, regions)) for start, end in bounds if end > start]
        timexes = time.tag(text, dct, doc=doc)
        analysis = actors.resolve(doc, dct, excluded=regions)
        found_places = places.resolve(doc, focus_country=analysis.focus_country, mentions=analysis.mentions)
        found = events.extract(doc, doc_id=article.id, mentions=analysis.mentions, excluded=regions)
        found = events.keep_relevant(found, doc, mentions=analysis.mentions)
        found = time.date_events(found, timexes, doc=doc, dct=dct)
        found = places.locate_events(found, found_places, doc=doc)
        found = dedup.merge_in_document(found)
        warnings = [] if dct else ["no date line: relative times and event dates are unresolved"]
        return DocResult(
            id=article.id, text=text, date=dct, title=article.title, url=article.url, source=article.source,
            sentences=sentences, excluded=regions, timexes=timexes, places=found_places,
            mentions=analysis.mentions, events=found, warnings=warnings,
            focus_country=analysis.focus_country, pipeline_version=PIPELINE_VERSION,
        )
