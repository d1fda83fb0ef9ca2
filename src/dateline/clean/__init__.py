"""Clean stage: find the text that is not the article's own reporting.

Photo captions and credits, related-story headlines pasted between paragraphs, bylines,
"Read more" lines and page furniture are returned as excluded :class:`~dateline.model.Region`
objects.  The text itself is never changed, so every offset still points into it; later stages
produce no events inside an excluded region.
"""

from dateline.clean.boilerplate import find_excluded, paragraphs

__all__ = ["find_excluded", "paragraphs"]
