"""Local engine: in-process or a pool of worker processes, order-preserving."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from dateline.model import Article, DocResult, InputProblem, Origin

CodedItem = DocResult | InputProblem

_worker_pipeline = None


def _get_pipeline():
    global _worker_pipeline
    if _worker_pipeline is None:
        from dateline.pipeline import Pipeline

        _worker_pipeline = Pipeline()
    return _worker_pipeline


def _not_english(article: Article) -> InputProblem | None:
    """A problem naming the article if its text is not English (the lexicons and model are English)."""
    from dateline.clean.language import detect_non_english

    reason = detect_non_english(article.text)
    if reason is None:
        return None
    return InputProblem(article.origin or Origin(article.id),
                        f"article {article.id!r} is not English ({reason}); not coded")


def code_batch(articles: list[Article]) -> list[CodedItem]:
    """Code a batch; an article that makes a stage fail becomes a problem, the rest go on.
    Articles that are not English become problems too, in their place in the batch."""
    skipped = {i: p for i, a in enumerate(articles) if (p := _not_english(a)) is not None}
    if skipped:
        coded = iter(_code_english([a for i, a in enumerate(articles) if i not in skipped]))
        return [skipped[i] if i in skipped else next(coded) for i in range(len(articles))]
    return _code_english(articles)


def _code_english(articles: list[Article]) -> list[CodedItem]:
    pipe = _get_pipeline()
    try:
        return list(pipe.process_many(articles))
    except Exception:  # one bad article must not sink its batch: retry one by one
        pass
    out: list[CodedItem] = []
    for article in articles:
        try:
            out.append(pipe.process(article))
        except Exception as exc:  # noqa: BLE001 - reported with its origin, never swallowed
            origin = article.origin or Origin(article.id)
            out.append(InputProblem(origin, f"internal error while coding article {article.id!r}: "
                                            f"{type(exc).__name__}: {exc}"))
    return out


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def code_stream(articles: Iterable[Article], *, workers: int = 1, batch_size: int = 16) -> Iterator[CodedItem]:
    """Results in input order.  ``workers`` > 1 uses that many processes.

    At most ``2 * workers`` batches are in flight, so the input is read lazily and memory
    stays flat however long the stream.
    """
    articles = iter(articles)
    head = list(islice(articles, batch_size * workers))
    if workers <= 1 or len(head) < batch_size * workers:
        # One process: also for small inputs, where starting workers costs more than it saves.
        for batch in _batches(chain(head, articles), batch_size):
            yield from code_batch(batch)
        return
    articles = chain(head, articles)
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: deque = deque()
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(code_batch, batch))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
