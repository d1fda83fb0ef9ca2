"""Ingest stage: paths in, a lazy stream of :class:`~dateline.model.Article` or
:class:`~dateline.model.InputProblem` out (bad input is reported, never raised).

    >>> for item in read_inputs(["samples/"]):
    ...     if isinstance(item, InputProblem): print(item)   # path:line: message
"""

from dateline.ingest.readers import read_inputs, read_path
from dateline.ingest.dates import parse_article_date

__all__ = ["parse_article_date", "read_inputs", "read_path"]
