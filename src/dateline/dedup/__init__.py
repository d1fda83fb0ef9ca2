"""De-duplication: one event per happening within an article, one story across articles.

Public functions:

- :func:`merge_in_document` (pipeline stage): reports of the same happening in one article
  become one :class:`~dateline.model.Event` whose ``mentions`` list the further sentences.
- :func:`assign_stories` (used by the store): link events from different articles into stories
  with stable ids.
- :func:`same_happening` / :class:`Signature`: the matching rules both use.
- :func:`date_interval`: the days an event date covers at its granularity.
"""

from dateline.dedup.cluster import Candidate, Story, story_id_for
from dateline.dedup.cluster import assign as assign_stories
from dateline.dedup.dates import date_interval
from dateline.dedup.match import Signature, same_happening
from dateline.dedup.merge import merge_in_document

__all__ = ["merge_in_document", "assign_stories", "Candidate", "Story", "story_id_for", "Signature",
           "same_happening", "date_interval"]
