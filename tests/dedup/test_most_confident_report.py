"""In-document merging reads the happening off its most confident report: a weak first reading must not carry its
trigger (and its reason) into the merged event when a later sentence states the same happening clearly."""

from __future__ import annotations

from dataclasses import replace

from dateline.dedup import merge_in_document
from dateline.model import Article

TEXT = ("Niger's junta asked Washington on Saturday to leave. "
        "Niger's junta on Saturday formally demanded that Washington withdraw its troops.")


def test_the_merged_event_keeps_the_most_confident_reports_trigger(pipeline):
    body = TEXT
    result = pipeline.process(Article(id="d", text=body, date="2024-03-17"))
    (request,) = [e for e in result.events if e.type == "REQUEST"]
    # both sentences report one request of the junta to Washington; the second, "demanded", is the clearer
    assert request.trigger.text == "demanded"
    assert body[request.sentence.start:request.sentence.end].startswith("Niger's junta on Saturday formally")
    assert [body[m.start:m.end] for m in request.mentions] == ["Niger's junta asked Washington on Saturday to leave."]
    assert "request.verb" in request.reason


def test_the_first_report_stays_the_base_unless_a_later_one_is_more_confident(pipeline):
    body = TEXT
    result = pipeline.process(Article(id="d", text=body, date="2024-03-17"))
    (request,) = [e for e in result.events if e.type == "REQUEST"]
    first = replace(request, id="x:e1", trigger=replace(request.trigger, text="first"), confidence=0.4, mentions=[])
    later = replace(request, id="x:e2", trigger=replace(request.trigger, text="later"), confidence=0.9, mentions=[])
    (merged,) = merge_in_document([first, later])
    assert (merged.id, merged.trigger.text, merged.confidence) == ("x:e1", "later", 0.9)
    (merged,) = merge_in_document([later, replace(first, id="x:e3", confidence=0.9)])
    assert (merged.id, merged.trigger.text) == ("x:e2", "later")
