"""Events stage: PLOVER 2.0 event coding (type, mode, actor, recipient, status) with provenance.

Public interface: :func:`extract` and :func:`keep_relevant` (the relevance layer: drops sport,
business and culture events without a political actor; ``relevance.py``), called by the pipeline,
and the ontology helpers in :mod:`dateline.events.ontology` (``event_types``, ``quad_of``,
``score_of``, ``cameo_root_to_plover``).
"""

from dateline.events import ontology
from dateline.events.extract import extract
from dateline.events.ontology import cameo_root_to_plover, event_types, quad_of, score_of
from dateline.events.relevance import keep_relevant

__all__ = ["cameo_root_to_plover", "event_types", "extract", "keep_relevant", "ontology", "quad_of", "score_of"]
