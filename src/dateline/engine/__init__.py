"""Engines that run the pipeline over a stream of articles.

``local``: one process, or ``N`` worker processes each holding its own pipeline; results come
back in input order whatever ``N`` is.  The per-batch function :func:`code_batch` is pure
(articles in, results out), so cluster engines can run it unchanged.
"""

from dateline.engine.local import CodedItem, code_batch, code_stream

__all__ = ["CodedItem", "code_batch", "code_stream"]
