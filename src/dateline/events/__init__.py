"""Events stage: PLOVER 2.0 event coding (type, mode, actor, recipient, status) with provenance.

Public interface: :func:`extract` (called by the pipeline) and the ontology helpers in
:mod:`dateline.events.ontology` (``event_types``, ``quad_of``, ``score_of``, ``cameo_root_to_plover``).
"""

from dateline.events import ontology
from dateline.events.extract import extract
from dateline.events.ontology import cameo_root_to_plover, event_types, quad_of, score_of

__all__ = ["cameo_root_to_plover", "event_types", "extract", "ontology", "quad_of", "score_of"]
