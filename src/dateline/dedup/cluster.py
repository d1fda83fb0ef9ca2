"""Cross-article de-duplication: events from different articles that report the same happening
are linked into one *story* (rules: ``dateline.dedup.match``).

Clustering is incremental, so that a store can grow article by article:

- a new event joins the best matching existing story (most shared participants, then nearest
  date; ties broken by story id), else it *founds* a new story;
- a story's id is a content key of its founding event (type, date, participants, event id),
  hashed: ``st-`` + 16 hex digits.  It is fixed when the story is created and never changes as
  more articles join, so links to a story stay valid;
- a story is matched through its founder's participants (countries, sectors, names), location
  and status, and through the most
  precise date any member gave (a later "on 15 March" narrows a founder's "in March"), so
  the story does not drift as it grows;
- events are offered in the order (article date, article id, event id), so within a batch the
  earliest report founds the story.  Across batches the order is arrival order: an article that
  arrives later joins existing stories rather than re-founding them.

This module holds no database code: the store fetches candidate stories, calls
:func:`assign`, and writes the result.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date

from dateline.dedup.dates import GRANULARITY_ORDER
from dateline.dedup.match import Key, Signature, closeness, same_happening


def _keys_json(keys: frozenset[Key]) -> str:
    return json.dumps(sorted([c or "", s or ""] for c, s in keys))


def keys_from_json(text: str | None) -> frozenset[Key]:
    return frozenset((c or None, s or None) for c, s in json.loads(text or "[]"))


def names_json(names: frozenset[str]) -> str:
    return json.dumps(sorted(names), ensure_ascii=False)


def names_from_json(text: str | None) -> frozenset[str]:
    return frozenset(json.loads(text or "[]"))


def story_id_for(sig: Signature, founder_event_id: str, date_value: str | None) -> str:
    """Stable story id: hash of the founding event's content key (and id, so it is unique)."""
    key = "|".join([sig.type, date_value or "", _keys_json(sig.actor_keys), _keys_json(sig.recipient_keys),
                    founder_event_id])
    return "st-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Story:
    """A story as the clustering sees it (the store keeps counts and seen-dates beside it)."""

    id: str
    founder_event_id: str
    signature: Signature
    date: str | None
    new: bool = False
    members: list[str] = field(default_factory=list)  # event ids assigned in this call
    narrowed_now: bool = False  # its date was narrowed in this call (the store must save it)

    def narrowed(self, sig: Signature, date_value: str | None) -> Story:
        """Adopt a member's date when it is more precise and inside the story's interval."""
        if sig.interval is None or self.signature.interval is None or sig.granularity not in GRANULARITY_ORDER:
            return self
        mine = self.signature.granularity
        if mine in GRANULARITY_ORDER and GRANULARITY_ORDER.index(sig.granularity) >= GRANULARITY_ORDER.index(mine):
            return self
        (lo, hi), (a, b) = self.signature.interval, sig.interval
        if lo <= a and b <= hi:
            self.signature = replace(self.signature, interval=sig.interval, granularity=sig.granularity)
            self.date = date_value
            self.narrowed_now = True
        return self


@dataclass(frozen=True)
class Candidate:
    """An event offered for clustering."""

    event_id: str
    doc_id: str
    doc_date: str | None
    date: str | None
    signature: Signature


def order_key(c: Candidate) -> tuple:
    return (c.doc_date or "9999", c.doc_id, c.event_id)


WIDE_WEEKS = 120  # stories spanning more weeks than this (decades) are checked against everything


def _weeks(interval: tuple[date, date]) -> range:
    """Week numbers (days since 0001-01-01 // 7) an interval touches, with the one-day slack."""
    return range((interval[0].toordinal() - 1) // 7, (interval[1].toordinal() + 1) // 7 + 1)


class _StoryIndex:
    """Stories by (type, week) so a candidate is compared only with stories near its date."""

    def __init__(self) -> None:
        self.by_week: dict[tuple[str, int], list[Story]] = {}
        self.wide: dict[str, list[Story]] = {}

    def add(self, story: Story) -> None:
        interval = story.signature.interval
        if interval is None:
            return
        weeks = _weeks(interval)
        if len(weeks) > WIDE_WEEKS:
            self.wide.setdefault(story.signature.type, []).append(story)
            return
        for w in weeks:
            self.by_week.setdefault((story.signature.type, w), []).append(story)

    def near(self, sig: Signature) -> list[Story]:
        if sig.interval is None:
            return []
        seen: dict[str, Story] = {s.id: s for s in self.wide.get(sig.type, [])}
        weeks = _weeks(sig.interval)
        if len(weeks) > WIDE_WEEKS:  # a decade-wide candidate: look at every story of its type
            for (t, _), stories in self.by_week.items():
                if t == sig.type:
                    seen.update((s.id, s) for s in stories)
        else:
            for w in weeks:
                seen.update((s.id, s) for s in self.by_week.get((sig.type, w), []))
        return list(seen.values())


def assign(candidates: list[Candidate], stories: list[Story]) -> tuple[dict[str, str], list[Story]]:
    """Assign each candidate to a story.  Returns ``{event_id: story_id}`` and the stories touched
    (existing ones that gained members, possibly with a narrowed date, and new ones)."""
    index = _StoryIndex()
    for s in stories:
        index.add(s)
    result: dict[str, str] = {}
    touched: dict[str, Story] = {}
    for cand in sorted(candidates, key=order_key):
        sig = cand.signature
        matches = [s for s in index.near(sig) if same_happening(s.signature, sig, across=True)]
        if matches:
            best = min(matches, key=lambda s: (*closeness(s.signature, sig), s.id))
            # A narrowed story stays indexed under its wider weeks too: harmless, the rules re-check.
            best.narrowed(sig, cand.date)
        else:
            best = Story(id=story_id_for(sig, cand.event_id, cand.date), founder_event_id=cand.event_id,
                         signature=sig, date=cand.date, new=True)
            index.add(best)
        best.members.append(cand.event_id)
        result[cand.event_id] = best.id
        touched[best.id] = best
    return result, list(touched.values())
