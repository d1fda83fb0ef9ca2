"""dateline: dated news articles in, political event data out.

    >>> from dateline import Pipeline, Article
    >>> pipe = Pipeline()
    >>> result = pipe.process(Article(id="a1", date="2024-03-17", text="..."))

See ``docs/`` for one page per stage.
"""

__version__ = "0.1.0"

from dateline.model import Article, DocResult  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

__all__ = ["Article", "DocResult", "Pipeline", "__version__"]
