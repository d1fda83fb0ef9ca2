"""In-document merging reads the happening off its most confident report: a weak first reading must not carry its
trigger (and its reason) into the merged event when a later sentence states the same happening clearly."""

from __future__ import annotations

from dataclasses import replace

from dateline.dedup import merge_in_document
from dateline.model import Article

TEXT = ("Niger's junta asked Washington on Saturday to leave. "
        "Niger's junta on Saturday formally demanded that Washington withdraw its troops.")


def test_two_clear_reports_keep_the_first_as_the_base(pipeline):
    body = TEXT
    result = pipeline.process(Article(id="d", text=body, date="2024-03-17"))
    (request,) = [e for e in result.events if e.type == "REQUEST"]
    # both sentences report one request of the junta to Washington, both clearly ("asked ... to leave",
    # "demanded"): neither is clearly more confident, so the lede's report is the event and the other a mention
    assert request.trigger.text == "asked"
    assert body[request.sentence.start:request.sentence.end].startswith("Niger's junta asked Washington")
    assert [body[m.start:m.end] for m in request.mentions] == [
        "Niger's junta on Saturday formally demanded that Washington withdraw its troops."]


def _two_reports(pipeline, first_confidence: float, later_confidence: float):
    """Two reports of the junta's request (the real event of TEXT), told apart by their trigger text."""
    result = pipeline.process(Article(id="d", text=TEXT, date="2024-03-17"))
    (request,) = [e for e in result.events if e.type == "REQUEST"]

    def report(n: int, word: str, confidence: float):
        return replace(request, id=f"x:e{n}", trigger=replace(request.trigger, text=word), confidence=confidence,
                       mentions=[])
    return report(1, "first", first_confidence), report(2, "later", later_confidence)


def test_the_first_report_stays_the_base_unless_a_later_one_is_more_confident(pipeline):
    first, later = _two_reports(pipeline, 0.4, 0.9)
    (merged,) = merge_in_document([first, later])
    assert (merged.id, merged.trigger.text, merged.confidence) == ("x:e1", "later", 0.9)
    (merged,) = merge_in_document([later, replace(first, id="x:e3", confidence=0.9)])
    assert (merged.id, merged.trigger.text) == ("x:e2", "later")


def test_a_later_report_barely_more_confident_does_not_replace_the_first(pipeline):
    # "was shot and killed": two readings of one happening at nearly the same confidence; the first stays
    first, later = _two_reports(pipeline, 0.85, 0.86)
    (merged,) = merge_in_document([first, later])
    assert (merged.id, merged.trigger.text, merged.confidence) == ("x:e1", "first", 0.86)
