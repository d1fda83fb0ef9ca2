"""What a coder made of a sentence, in the compact form the events tests assert on: (type, trigger text,
actor texts, recipient texts) per event.  ``code`` is the ``code_with_mentions`` fixture (tests/events)."""

from __future__ import annotations


def parties(e) -> tuple[list[str], list[str]]:
    """An event's actor texts and recipient texts."""
    return [p.text for p in e.actor], [p.text for p in e.recipient]


def rows(code, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.type, e.trigger.text, *parties(e)) for e in code(text)]


def has(code, text: str, type_: str, actor_word: str) -> tuple[bool, list]:
    """Whether an event of ``type_`` has an actor containing ``actor_word``; and all the rows (for the message)."""
    evs = rows(code, text)
    return any(t == type_ and any(actor_word in a for a in actors) for t, _, actors, _ in evs), evs


def in_dyad(evs, type_: str, actor_word: str, recipient_word: str, triggers: tuple[str, ...] = ()) -> bool:
    """Whether one of ``evs`` (see :func:`rows`) is an event of ``type_`` whose actor contains ``actor_word`` and whose
    recipient contains ``recipient_word`` (at one of ``triggers``, when given)."""
    return any(t == type_ and (not triggers or trig in triggers) and any(actor_word in a for a in actors)
               and any(recipient_word in r for r in recips) for t, trig, actors, recips in evs)


def has_doerless(code, text: str, type_: str, recipient_word: str) -> tuple[bool, list]:
    """Whether an event of ``type_`` with no actor has a recipient containing ``recipient_word`` (an agentless event:
    "47 weapons were confiscated"); and all the rows (for the message)."""
    evs = rows(code, text)
    return any(t == type_ and not actors and any(recipient_word in r for r in recips)
               for t, _, actors, recips in evs), evs


def shown(events) -> list[tuple]:
    """Events as (type, trigger text, actor texts, (recipient text, flags)) - an assertion message."""
    return [(e.type, e.trigger.text, [p.text for p in e.actor], [(p.text, p.flags) for p in e.recipient])
            for e in events]


def all_at(events, trigger: str) -> list:
    """Every event whose trigger text is ``trigger``."""
    return [e for e in events if e.trigger.text == trigger]


def with_and_without_layer(code, text: str, trigger: str) -> tuple[list, list]:
    """The events at ``trigger`` the coder alone gives (asserted non-empty: a doubt test on nothing could not fail) and
    those left after the relevance layer.  ``code`` is the ``code_in_pipeline`` fixture."""
    coded = all_at(code(text, layer=False), trigger)
    assert coded, "the coder codes the word; the layer judges it"
    return coded, all_at(code(text), trigger)


def at_trigger(events, trigger: str):
    """The first event whose trigger text is ``trigger``, or None."""
    return next((e for e in events if e.trigger.text == trigger), None)


def halved_by_layer(code, text: str, trigger: str, reason: str):
    """The event at ``trigger`` that the coder alone gives at confidence >= 0.5 and the relevance layer lowers below 0.5
    with ``reason`` (a doubt that stops working fails the test).  ``code`` is the ``code_in_pipeline`` fixture."""
    before = at_trigger(code(text, layer=False), trigger)
    after = at_trigger(code(text), trigger)
    assert before.confidence >= 0.5
    assert reason in after.reason and after.confidence < 0.5
    return after



def not_doubted(code, text: str, trigger: str, reason: str):
    """The event at ``trigger`` is coded and does not carry ``reason`` (the contrast case of :func:`halved_by_layer`)."""
    event = at_trigger(code(text), trigger)
    assert event is not None and reason not in event.reason
    return event
