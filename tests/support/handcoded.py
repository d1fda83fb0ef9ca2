"""The founding example coded by hand, as issue 2 expects it: a fixed DocResult for UI and API tests
that must not depend on what the pipeline currently codes.  Test support only - never shipped."""

from __future__ import annotations

from dateline.model import (Actor, DocResult, Event, Mention, Participant, Place, Region, Sentence, Span,
                            Timex)


def _find(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def founding_example(text: str, doc_id: str = "seed-niger") -> DocResult:
    """The founding example coded by hand (what issue 2 expects), for UI and API tests.

    ``text`` is the article text after the date line.  Spans are located in it by search,
    so they point exactly at the words they name.
    """
    def sent(span: Span) -> Span:
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        end = len(text) if end < 0 else end
        return Span(start, end, text[start:end])

    niamey = _find(text, "Niamey")
    gov = _find(text, "Nigerien government")
    usa = _find(text, "the United States", gov.end)
    sat = _find(text, "Saturday")
    term = _find(text, "terminating")
    deleg = _find(text, "a senior U.S. delegation")
    visit = _find(text, "visit", deleg.end)
    junta = _find(text, "the military junta")
    day = _find(text, "just a day")
    blinken = _find(text, "U.S. Secretary of State Antony Blinken", text.index("Washington was aware"))
    visit2 = _find(text, "visit", blinken.end)
    niger2 = _find(text, "Niger", visit2.end)
    ago = _find(text, "a year ago")
    washington = _find(text, "Washington", text.index("July 2023 coup"))
    cut = _find(text, "cut aid", washington.end)
    government = _find(text, "the government", cut.end)
    july = _find(text, "the July 2023 coup")
    place = Place(niamey.start, niamey.end, "Niamey", "Niamey", 2440485, "NER", 13.51, 2.11, "city")
    p = Participant
    events = [
        Event(f"{doc_id}:e1", "SANCTION", "discontinue", 4, -6.0, sent(gov), term,
              [p(gov.start, gov.end, gov.text, "NER", "GOV", name="Niger government")],
              [p(usa.start, usa.end, usa.text, "USA", "GOV", name="United States")],
              date="2024-03-16", date_granularity="day", date_reason="attached_timex", date_span=sat,
              confidence=0.9, context=["military", "diplomatic"], reason="lexicon:terminate->SANCTION"),
        Event(f"{doc_id}:e2", "CONSULT", "visit", 1, 1.0, sent(deleg), visit,
              [p(deleg.start, deleg.end, deleg.text, "USA", "GOV", name="United States delegation")],
              [p(junta.start, junta.end, junta.text, "NER", "MIL", name="Niger junta")],
              date="2024-03-15", date_granularity="day", date_reason="attached_timex", date_span=day,
              confidence=0.8, reason="lexicon:visit->CONSULT"),
        Event(f"{doc_id}:e3", "CONSULT", "visit", 1, 1.0, sent(blinken), visit2,
              [p(blinken.start, blinken.end, blinken.text, "USA", "GOV", name="Antony Blinken")],
              [p(niger2.start, niger2.end, niger2.text, "NER", "GOV", name="Niger")],
              date="2023-03", date_granularity="month", date_reason="attached_timex", date_span=ago,
              location=None, confidence=0.8, reason="lexicon:visit->CONSULT"),
        Event(f"{doc_id}:e4", "SANCTION", "economic", 4, -6.0, sent(washington), cut,
              [p(washington.start, washington.end, washington.text, "USA", "GOV", name="United States government")],
              [p(government.start, government.end, government.text, "NER", "GOV", name="Niger government")],
              date="2023-07", date_granularity="month", date_reason="narrative", date_span=july,
              location=None, confidence=0.7, reason="lexicon:cut aid->SANCTION"),
    ]
    # The Blinken visit took place in Niger; the caption puts it in Niamey, but captions are not coded.
    caption = _find(text, "U.S. Secretary of State Antony Blinken (left)")
    cap_end = text.index("Photo: AP") + len("Photo: AP")
    excluded = [Region(caption.start, cap_end, "caption", "caption.photo_credit")]
    # Niamey appears only in the caption, which is not coded: it is a place of the document, but
    # no event is located there.
    sentences = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), excluded=pos == caption.start))
        pos += len(line) + 1
    mentions = [Mention(gov.start, gov.end, gov.text, Actor("Niger government", "NER", "GOV")),
                Mention(usa.start, usa.end, usa.text, Actor("United States", "USA", "GOV"))]
    return DocResult(id=doc_id, text=text, date="2024-03-17", title="Niger ends military cooperation with the US",
                     source="founding-example", sentences=sentences, excluded=excluded,
                     timexes=[Timex(sat.start, sat.end, sat.text, "DATE", "2024-03-16", "dct", granularity="day")],
                     places=[place], mentions=mentions, events=events, focus_country="NER",
                     pipeline_version="hand-coded")
