"""A possible event at one trigger token: what the events stage carries between finding a trigger and
emitting an :class:`~dateline.model.Event` (``extract``, ``reported``, ``arguments``, ``training``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan

from dateline.events import roles
from dateline.events.lexicon import Hit
from dateline.events.status import Modality


@dataclass
class Candidate:
    """A possible event at one trigger token, before it becomes an :class:`Event`."""

    token: int
    hits: list[Hit]
    sent: SpacySpan
    actor: list[roles.Arg] = field(default_factory=list)
    recipient: list[roles.Arg] = field(default_factory=list)
    modality: Modality | None = None
    type: str | None = None
    mode: str | None = None
    confidence: float = 0.0
    reason: str = ""
    trigger_span: tuple[int, int] = (0, 0)  # token span
    promised: str | None = None  # the type of a future act coded AGREE ("will meet": CONSULT)
    alleged: Candidate | None = None  # the reported act an allegation rests on (reported_allegations.py)
