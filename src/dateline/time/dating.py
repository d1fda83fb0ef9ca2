"""Event dating: when each event happened, and how that was decided.

1. ``attached_timex`` -- a date expression that syntactically governs the event: walking up the
   dependency tree from the trigger, the first date among the dependents of each node (directly or
   through a preposition: "on Saturday", "in March 2023", "a year ago", "four months later"; also
   what the parser hung on the verb's auxiliary: "had in the past worked"; a "when" clause written
   right after a date, even a bounding one: "since November, when he was found"; a bare day the
   parser took for an argument of the clause: "Poland ... Friday formally joined NATO"; a part of a
   dated day: "on the night of Friday, Oct. 23"; what a participle of the same moment carries:
   "was found floating off the coast on Thanksgiving Day").  The walk is
   :mod:`dateline.time.attachment`.
2. ``narrative`` -- else, for an event told in the past tense, the story's reference time: the
   last date expression that dates a past main-line clause before the trigger, in the same or the
   previous sentence (for a report, only a date that dates a report too); failing that, the lede's
   day when it is within the week before the date line and the lede tells it ("Yesterday, the
   minister announced ..." ... "He said ..."; not after "The FBI has interviewed ..."), unless the
   event has a vague time of its own ("recently") or is reported by a present-tense verb
   ("agencies believe ...").  A participle shares the tense of the clause it hangs on.  The lede's
   day stops where a paragraph has moved to another time ("In 2016, a user shared ... The comments
   called her party fascist"): an undated past act there gets no date (:func:`_still_on_the_story`).
   Before those, a happening named again by a definite noun ("The shooting left five dead") takes
   the date the story gave it earlier (:mod:`dateline.time.antecedents`); after them, in a story
   about a past month (a monthly round-up), an undated past-tense event takes that month
   (:func:`_story_month`), at month granularity.
3. ``dct`` -- else the date line (the article reports the present: "the junta has cut aid"),
   except for an event the grammar puts before the story's time at a time the text does not give
   ("had in the past worked", "previously served", "had been arrested" with no date, "recently
   took"): no date, reason ``none`` (:mod:`dateline.time.indefinite`).
4. ``none`` -- no date line and nothing in the text: the date stays unknown, never invented.

Durations ("a three-day visit"), sets ("daily") and vague references (PAST_REF) never date an
event; neither do the bounds of a state ("since the July 2023 coup", "until Tuesday").  A stretch of
months or years up to now ("over the past three years", :func:`stretch_to_now`) or of an uncounted
length ("over the years", :func:`vague_stretch`) keeps a past act off the story's line (no date); a range ("between 2015 and 2019", :func:`_range`) dates its event by the
smallest period holding both bounds; a speaker's account told over several sentences keeps the date
of the occasion it began at (:func:`_account_goes_on`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.model import Event, Span, Timex
from dateline.time.anchoring import joined_as_range
from dateline.time.antecedents import antecedent_date, dated_words, named_again, retold
from dateline.time.ended_state import ended_before, over_before
from dateline.time.future_period import future_period
from dateline.time.attachment import (EARLIER, LATER, MAX_DEPTH, STATE_START, Hints, adjunct_date, attached,
                                      first_verb_from, indefinite_reduced_relative, is_bounded, misattached_dates,
                                      names_a_stimulus, reaction_words, token_map, trigger_root)
from dateline.time.indefinite import (clause_verb, indefinite_adverb, past_clause, past_in_present_frame,
                                      past_perfect, past_relative_on_happening, vague_past)
from dateline.time.infinitive_date import infinitive_date
from dateline.time.lexicon import word_list
from dateline.time.measured import MEASURED, candidates, measured_timexes
from dateline.time.passing_happening import date_after_the_noun, happening_in_passing
from dateline.time.undated_measure import measured_from_an_undated_happening
from dateline.time.vague_offset import uncounted_offset
from dateline.time.tense import absolute_clause, past_tense, reduced_passive, simple_past_form, tensed_verb

_DATEABLE = re.compile(r"^(\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{2,3})(?:T.*|-WE)?$")


def event_date_value(t: Timex) -> tuple[str, str] | None:
    """(date, granularity) an event can take from ``t``, or None for durations, sets, vague values."""
    if t.type not in ("DATE", "TIME"):
        return None
    m = _DATEABLE.match(t.value)
    if not m:
        return None
    value = m.group(1)
    gran = t.granularity if t.granularity != "unknown" else _granularity_of(value)
    return value, gran


def _granularity_of(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if "-Q" in value or "-H" in value:
        return "quarter"
    if re.search(r"-(SP|SU|FA|WI)$", value):
        return "season"
    return {4: "year", 3: "decade", 2: "century"}.get(len(value), "unknown")


# "Two weeks before, he had ...", "A year after that, the army retook it": no clause after the signal (or only a
# pronoun pointing back to the story time, session 34): the span measures the main clause from the story time
_SIGNAL = re.compile(r"\s*(after|before)\b(?P<bare>(?=\s*(?:[,.;:!?]|$)|\s+(?:that|this)\s*[,.;:!?]))?", re.IGNORECASE)
_OFFSET = re.compile(r"^P(\d+)([YMWDQ])$")
_UNIT = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}


def _base_date(value: str, gran: str):
    period = period_of(value)
    return period[0] if period else None


def period_of(value: str) -> tuple[date, date] | None:
    """First and last day of a calendar value: a year, quarter, month, ISO week or day ("1998",
    "1998-Q1", "1998-01", "1999-W02", "1998-01-08"); None for other values (seasons, decades, times)."""
    try:
        m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
        if m:
            y, mo, d = int(m.group(1)), m.group(2), m.group(3)
            if d:
                day = date(y, int(mo), int(d))
                return day, day
            if mo:
                return date(y, int(mo), 1), _month_after(y, int(mo)) - timedelta(days=1)
            return date(y, 1, 1), date(y, 12, 31)
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return date(y, 3 * q - 2, 1), _month_after(y, 3 * q) - timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
        if m:
            first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return first, first + timedelta(days=6)
    except ValueError:
        return None
    return None


def _month_after(year: int, month: int) -> date:
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def effective_values(timexes: list[Timex], text: str | None, dct: str | None) -> list[tuple[str, str] | None]:
    """(date, granularity) each expression gives an event, in text order.

    A duration followed by "after"/"before" ("just a day after a delegation left") dates the
    clause it introduces from the story time: the last date before it, else the date line.  With no
    clause after the signal ("resigned two weeks before.", "Two weeks before, he had ...") it dates
    the main clause, that far before (after) the story time.
    """
    from dateline.time import calendar as cal

    out: list[tuple[str, str] | None] = []
    ref: tuple[str, str] | None = (dct[:10], "day") if dct else None
    for t in timexes:
        value = event_date_value(t)
        if value is None and t.type == "DURATION" and text is not None and ref is not None:
            sig, dur = _SIGNAL.match(text, t.end), _OFFSET.match(t.value)
            base = _base_date(*ref)
            if sig and dur and base is not None:
                unit = _UNIT[dur.group(2)]
                n = int(dur.group(1)) * (-1 if sig.group(1).lower() == "after" else 1)
                if sig.group("bare") is not None:
                    n = -n  # "resigned two weeks before.", "Two weeks before, he had ...": the main clause, earlier
                gran = ref[1] if cal.ORDER.index(ref[1]) > cal.ORDER.index(_gran_of_unit(unit)) \
                    else _gran_of_unit(unit)
                try:
                    value = (cal.truncate(cal.shift(base, n, unit), gran).value, gran)
                except (ValueError, OverflowError):
                    value = None
        out.append(value)
        if value is not None and t.type in ("DATE", "TIME"):
            ref = value
    return out


def _gran_of_unit(unit: str) -> str:
    return {"year": "year", "month": "month", "week": "week", "day": "day", "quarter": "quarter"}[unit]


def _past_narrative(doc, trigger: Span) -> bool:
    """Simple past or past perfect: the event belongs to the story's time, not to the date line."""
    tok = trigger_root(doc, trigger)
    if tok is None:
        return False
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head == tok:
            return False
        tok = tok.head
    if tok.dep_ in ("relcl", "acl"):
        return False  # "the junta that toppled the president": background, not the story's current time
    tok = tensed_verb(tok)
    if reduced_passive(tok):
        return True
    if _hypothetical_past(tok):
        return False  # "would withdraw if the rebels laid down their arms": no past act
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes):
        return False  # present perfect reports the present state
    if any(a.lower_ in ("will", "shall", "'ll", "would") or a.tag_ == "MD" for a in auxes):
        return False
    return past_tense(tok, auxes)


_MODALS = frozenset({"would", "could", "might", "should", "will", "shall", "can", "may", "must", "'ll", "'d"})


def _hypothetical_past(verb) -> bool:
    """A past form in a clause of condition ("if", "unless": ``data/conditional_marks.txt``) on a clause
    with a modal, in the present or an infinitive: the hypothetical past of the sequence of tenses ("The
    army said it would withdraw if the rebels laid down their arms", "will impose sanctions unless the
    junta released the prisoners"), no act of the story's past.  A condition on a past clause ("if they
    attacked, they did so at night") is left to the tense, and so is the counterfactual past ("would have
    fared well if it had contested the elections", "could have been prevented if our approach had been
    more disciplined"): it is about a past time, which the story's time may give."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in word_list("conditional_marks.txt") for c in verb.children):
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or perfect_aux(head) or perfect_aux(verb):
        return False
    return any(c.dep_ == "aux" and (c.lower_ in _MODALS or c.lower_ == "to") for c in head.children) \
        or head.tag_ in ("VB", "VBZ", "VBP")


def perfect_aux(verb) -> bool:
    """"would have fared", "had contested": a perfect auxiliary of the verb."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _indexed(doc, ordered: list[Timex], dct: str | None):
    """The timexes' effective values, the token -> timex map and the attachment hints, computed again
    whenever a rule re-dates the timexes (a clock time on a retold happening, a measured span)."""
    values = effective_values(ordered, doc.text if doc is not None else None, dct)
    if doc is None:
        return values, {}, None
    values = [None if v is not None and _later_than_the_date_line(doc, t, v, dct) else v
              for t, v in zip(ordered, values)]
    tokmap = token_map(doc, ordered, values)
    times = frozenset(token_map(doc, ordered, [("", "") if t.type in ("DATE", "TIME") else None for t in ordered],
                                bounds=True))
    past_refs = frozenset(token_map(doc, ordered, [("", "") if t.type == "DATE" and t.value == "PAST_REF" else None
                                                   for t in ordered]))
    in_timex = frozenset(token_map(doc, ordered, [("", "")] * len(ordered), bounds=True))
    return values, tokmap, Hints(token_map(doc, ordered, values, bounds=True),
                                 misattached_dates(doc, ordered, values, tokmap), times, past_refs, in_timex)


def date_events(events: list[Event], timexes: list[Timex], doc=None, dct: str | None = None) -> list[Event]:
    """Each event with ``date``, ``date_granularity``, ``date_reason`` and ``date_span`` filled."""
    ordered = sorted(timexes, key=lambda t: t.start)
    values, tokmap, hints = _indexed(doc, ordered, dct)
    measured_from: set[int] = set()
    if doc is not None and any(_clock_only(t) for t in ordered):
        # "Slepian ... was shot to death at 10 p.m.": a time of day on a happening the story dated
        # earlier, told again, is on that happening's day (not the date line's)
        clocked = _clocks_on_retold(doc, ordered, values, tokmap, hints)
        if clocked is not ordered:
            ordered = clocked
            values, tokmap, hints = _indexed(doc, ordered, dct)
    if doc is not None:
        # "the day after his death", "ten days before the shooting": a date measured from a
        # happening the story dated (:mod:`dateline.time.measured`)
        measured, measured_from = measured_timexes(doc, ordered, values, tokmap, hints)
        if measured is not ordered:
            ordered = measured
            values, tokmap, hints = _indexed(doc, ordered, dct)
    # sentences with a word in them: a stray closing quote spaCy splits off is not a sentence of the story
    sent_starts = [s.start_char for s in doc.sents if any(t.is_alpha for t in s)] if doc is not None else []
    anchors = _past_anchors(doc, ordered, values) if doc is not None else None
    story = _story_time(doc, ordered, values, anchors, dct) if doc is not None else None
    month = _story_month(ordered, values, anchors, dct) if doc is not None and story is None else None
    # "He recently condemned ...": a vague time of its own says the event is not on the story's line
    vague = token_map(doc, ordered, [("", "") if t.type == "DATE" and t.value.endswith("_REF")
                                      and t.value != "PRESENT_REF" else None for t in ordered]) \
        if doc is not None else {}
    past_ref = token_map(doc, ordered, [("", "") if t.type == "DATE" and t.value == "PAST_REF" else None
                                        for t in ordered]) if doc is not None else {}
    # "Over the past three years, the rebels attacked the town", "In recent years, the army fought
    # ...": a stretch of months or years up to now is the act's own time - not a point of the story's
    # line, and on a past clause nothing dates the act within it (:func:`stretch_to_now`)
    # (and "Three years later" measured from the date line on a past clause, which gives no time: the act
    # is at a time the text does not give, :func:`_later_than_the_date_line`)
    stretch = token_map(doc, ordered, [("", "") if (stretch_to_now(t) or vague_stretch(t) or uncounted_offset(t))
                                       and _times_a_clause(doc, t)
                                       or _later_than_the_date_line(doc, t, (t.value, ""), dct)
                                       else None
                                       for t in ordered], bounds=True) if doc is not None else {}
    if stretch:
        vague = {**vague, **stretch}
        past_ref = {**past_ref, **stretch}
    in_timex = set(token_map(doc, ordered, [("", "")] * len(ordered), bounds=True)) if doc is not None else set()
    measures = candidates(doc) if doc is not None else []  # measures from a happening ("two days after the shooting")
    out: list[Event] = []
    dated: list | None = None  # the dated words of kinds of happening, found at the first mention named again
    for ev in events:
        chosen: Timex | None = None
        reason = "none"
        earlier = False  # a reported earlier act: neither the report's date nor the story time dates it
        by_month = False
        named = False  # dated as a happening named again (antecedents)
        off_story = False
        state_start = False  # in a clause of "since" that starts the stretch its main clause measures
        if doc is not None:
            k = attached(doc, ev.trigger, tokmap, hints)
            if k is not None and k >= 0 and ordered[k].anchor == MEASURED and _root_in(doc, ev.trigger, measured_from):
                # the happening measured from takes the date its own phrase gives it, if any ("a day after
                # the court upheld the charges on Tuesday": the upholding is on Tuesday, not a day after)
                own = _own_date_of_the_measured(doc, ev.trigger, ordered, tokmap, hints, measured_from)
                k = own if own is not None else k
            if k in (EARLIER, LATER, STATE_START):
                earlier = True  # (LATER: "planned to ship" is not dated by the planning's date either)
                state_start = k == STATE_START
            elif k is not None and not (ordered[k].anchor == MEASURED and _root_in(doc, ev.trigger, measured_from)) \
                    and not _later_date_on_a_past_act(doc, ev.trigger, ordered[k], values[k], dct) \
                    and not _earlier_date_on_a_future_act(doc, ev.trigger, ordered[k], values[k], dct):
                chosen, reason = ordered[k], "attached_timex"
            if k is None:
                # "invited the three countries to join the bloc in July 1997": a past date the parser
                # hung on the past verb's infinitive (:mod:`dateline.time.infinitive_date`)
                k = infinitive_date(doc, ev.trigger, tokmap, ordered, values, dct)
                if k is not None:
                    chosen, reason = ordered[k], "attached_timex"
            after_noun = date_after_the_noun(doc, ev.trigger, tokmap)
            if after_noun is not None:
                # "visited victims of the attack last week" (the verb dated Saturday): the date after the
                # noun is the happening's (:mod:`dateline.time.passing_happening`)
                chosen, reason = ordered[after_noun], "attached_timex"
            elif reason == "attached_timex" and (passing := happening_in_passing(doc, ev.trigger, tokmap)) is not None:
                # "met survivors of the bombing on Saturday": the bombing is the one the story dated
                # before, not on the meeting's day (:mod:`dateline.time.passing_happening`)
                dated = _dated_unmeasured(doc, ordered, tokmap, hints) if dated is None else dated
                k = antecedent_date(passing, dated)
                if k is not None:
                    chosen, reason, named = ordered[k], "narrative", True
            noun = named_again(doc, ev.trigger, hints.with_bounds) if chosen is None else None
            if noun is not None:
                # "On Tuesday, a gunman opened fire ..." ... "The shooting left five dead": the date
                # the story gave the happening (:mod:`dateline.time.antecedents`)
                dated = _dated_unmeasured(doc, ordered, tokmap, hints) if dated is None else dated
                k = antecedent_date(noun, dated)
                if k is not None:
                    chosen, reason, earlier = ordered[k], "narrative", False
                    named = True
        else:
            chosen = _nearest_in_sentence(ev, ordered, values)
            reason = "attached_timex" if chosen else "none"
        if doc is not None and chosen is None and not earlier \
                and measured_from_an_undated_happening(doc, ev.trigger, measures, ordered, tokmap,
                                                       lambda: _dated_unmeasured(doc, ordered, tokmap, hints)):
            # "Police arrested him two days after the shooting" with the shooting dated nowhere: not on the
            # story's day either (:mod:`dateline.time.undated_measure`)
            off_story = True
        if chosen is None and not earlier and not off_story \
                and (doc is None or attached(doc, ev.trigger, vague) is None):
            narrative = _narrative_timex(ev, ordered, values, sent_starts, anchors)
            reporting = doc is not None and _reporting(doc, ev.trigger)
            dated_report = reporting and narrative is not None and _dates_a_report(doc, narrative)
            same_speaker = reporting and narrative is not None and _same_speaker(doc, ev.trigger, narrative)
            # another named speaker's report right after a dated report ("Clinton said Thursday ... However,
            # Freeh said"): not on the first speaker's occasion
            another = dated_report and not same_speaker and _another_speaker(doc, ev.trigger, narrative)
            if reporting and narrative is not None \
                    and not (_in_story_window(values[ordered.index(narrative)], dct)
                             and ((dated_report and not another) or same_speaker)):
                # "Kopp's car was found last month, the FBI said": said now, not last month; "The
                # rifle was unearthed Thursday. Investigators did not say ...": the date is the
                # find's, the investigators speak to the reporter now
                narrative = None
            if narrative is None and reporting:
                # "Gonzalez lashed out at his relatives Sunday night ... He said ... ''This is child
                # abuse,'' Gonzalez said on CBS": the speaker's account goes on from that occasion
                narrative = _account_goes_on(doc, ev.trigger, ordered, values, dct)
            if narrative is None and doc is not None and _past_narrative(doc, ev.trigger):
                # "A man who was shot on Friday died at the hospital": the day the subject's own clause
                # gives is the story's time for the clause it is the subject of
                narrative = _subject_clause_day(doc, ev.trigger, ordered, values, tokmap, dct)
                if narrative is None:
                    # "The talks, held from March 3 to 5, ended without a deal": the end of the range
                    narrative = _end_of_subject_range(doc, ev.trigger, ordered, values, tokmap)
                if narrative is None:
                    # "Anheuser shares plunged in composite trading yesterday ... Shares of Coors fell $1.50
                    # in over-the-counter trading": a price move in trading is in the session the story dated
                    narrative = _trading_session(doc, ev.trigger, ordered, tokmap)
            if narrative is not None and (doc is None or _past_narrative(doc, ev.trigger)):
                chosen, reason = narrative, "narrative"
            elif narrative is None and story is not None and _past_narrative(doc, ev.trigger) and not another \
                    and not _under_present(doc, ev.trigger) and not _retells_a_present_lede(doc, ev.trigger, story):
                # (not another speaker's report right after a dated one: it falls to the date line, not
                # to the lede's day - "NATO said Monday ... Rasmussen said in his speech")
                if _still_on_the_story(ev, story, ordered, values, anchors, dct, doc):
                    chosen, reason = story, "narrative"
                elif not _reporting(doc, ev.trigger):
                    off_story = True  # told in a paragraph the text has moved to another time
            elif narrative is None and month is not None and _past_narrative(doc, ev.trigger) \
                    and not _under_present(doc, ev.trigger) and not _reporting(doc, ev.trigger):
                chosen, reason, by_month = month, "narrative", True  # a story about a past month
        if doc is not None and chosen is None and not earlier and dct:
            # "the price wars will continue through next year": a future state is dated by the period
            # ahead of the date line it runs through (:mod:`dateline.time.future_period`)
            k = future_period(doc, ev.trigger, hints.with_bounds, values, dct)
            if k is not None:
                chosen, reason = ordered[k], "attached_timex"
        if doc is not None and chosen is None and not off_story and dct \
                and past_perfect(clause_verb(doc, ev.trigger) or doc[0]):
            # "Harcum ran out saying he was sorry that he had shot his friend": a past perfect that
            # tells again the happening the story dated is on that happening's day, not at an
            # earlier time the text does not give
            if dated is None:
                dated = _dated_unmeasured(doc, ordered, tokmap, hints)
            k = retold(_own_verb(doc, ev.trigger), dated)
            if k is not None:
                chosen, reason, named = ordered[k], "narrative", True
        if doc is not None and dct and reason != "attached_timex" and _over_before_the_date(doc, ev, chosen, ordered,
                                                                                          values, hints, dct):
            # "The rebels held the town until January" in a March story: over by the bound, not on the
            # date line's day nor the lede's (:mod:`dateline.time.ended_state`)
            out.append(_undated(ev))
            continue
        if (off_story or state_start) and chosen is None:
            # (state_start: "have been killed since the rebels launched their offensive" - the
            # launch is before the stretch, at a time the text does not give there, :mod:`.since`)
            out.append(_undated(ev))
        elif doc is not None and dct and reason != "attached_timex" and not named \
                and _before_the_story(doc, ev.trigger, chosen is None, past_ref, in_timex):
            # "The Nigerian military had in the past worked closely with the United States": an
            # earlier time the text does not give, neither the story's day nor the date line's
            out.append(_undated(ev))
        elif chosen is not None and by_month:
            value, gran = values[ordered.index(chosen)][0][:7], "month"  # that month, not a day the text does not give
            out.append(replace(ev, date=value, date_granularity=gran, date_reason=reason,
                               date_span=Span(chosen.start, chosen.end, chosen.text)))
        elif chosen is not None:
            k = ordered.index(chosen)
            value, gran = values[k]
            span = Span(chosen.start, chosen.end, chosen.text)
            if reason == "attached_timex" and doc is not None:
                ranged = _range(doc, ordered, values, k, ev.trigger)
                if ranged is not None:
                    # "Between 2015 and 2019, the rebels attacked the town": the act lies somewhere in
                    # the range, not on its first bound - the smallest period holding both bounds
                    value, gran, span = ranged
                    if value is None:
                        out.append(replace(_undated(ev), date_span=span))
                        continue
            out.append(replace(ev, date=value, date_granularity=gran, date_reason=reason, date_span=span))
        elif dct:
            out.append(replace(ev, date=dct[:10], date_granularity="day", date_reason="dct", date_span=None))
        else:
            out.append(_undated(ev))
    return out


def _over_before_the_date(doc, ev: Event, chosen: Timex | None, ordered: list[Timex], values, hints: Hints,
                          dct: str) -> bool:
    """The event ran until a bound wholly before the date line, and its date (the date line's when
    ``chosen`` is None) lies after that bound."""
    end = ended_before(doc, ev.trigger, hints.with_bounds, values)
    value = values[ordered.index(chosen)][0].split("T")[0] if chosen is not None else None
    return over_before(end, dct, value)


_CLOCK = re.compile(r"(?i)^(?:(?:about|around|approximately|roughly|shortly (?:before|after)|just (?:before|after))\s+)?"
                    r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)?|noon|midnight)$")


def _subject_clause_day(doc, trigger: Span, ordered: list[Timex], values, tokmap: dict[int, int],
                        dct: str | None) -> Timex | None:
    """A past clause with no date of its own whose subject is picked out by a restrictive past relative
    clause dated by a day of the story's week: "A man who was shot on Friday died at the hospital" - the
    subject is named by the story's happening, which opens the sentence and sets its time as a fronted
    "On Friday," would; the clause follows from it (the death from the shooting).  Not a relative clause
    set off by commas ("The man, who was arrested on Monday, told police ...": background), nor a
    reduced one ("The man, arrested on Monday, told ...").  Not a clause of reporting or reacting ("The
    attack reported on Monday ... killed five").  Only a day in the week before the date line
    (:func:`_in_story_window`): "A soldier who was wounded in 2004 died" gives no date to the death."""
    verb = clause_verb(doc, trigger)
    if verb is None or verb.tag_ != "VBD" or verb.dep_ in ("relcl", "acl"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    for mod in subj.children:
        if mod.i < subj.i or mod.pos_ not in ("VERB", "AUX"):
            continue
        if mod.dep_ != "relcl" or not (mod.tag_ == "VBD" or any(a.tag_ == "VBD" for a in mod.children
                                                               if a.dep_ in ("aux", "auxpass"))):
            continue
        if mod.left_edge.i > 0 and doc[mod.left_edge.i - 1].text == ",":
            continue  # "The man, who was arrested on Monday, told police ...": set off, background
        if mod.lemma_.lower() in _reporting_verbs() or mod.lemma_.lower() in reaction_words():
            continue  # "The attack reported on Monday by local officials killed five": a report comes after
        k = adjunct_date(mod, tokmap)
        if k is not None and _in_story_window(values[k], dct):
            return ordered[k]
    return None


def _end_of_subject_range(doc, trigger: Span, ordered: list[Timex], values, tokmap: dict[int, int]) -> Timex | None:
    """A past verb of ending (``data/end_verbs.txt``) with no date of its own whose subject is measured
    by a range in its own participle or relative clause ("The talks, held from March 3 to 5, ended
    without a deal", "the session, which ran from Monday to Thursday, closed with a vote"): the stretch
    ends with the verb, so the verb is on the range's second bound."""
    verb = clause_verb(doc, trigger)
    if verb is None or verb.tag_ != "VBD" or verb.lemma_.lower() not in word_list("end_verbs.txt"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for mod in subj.children:
        if mod.dep_ not in ("acl", "relcl") or mod.pos_ not in ("VERB", "AUX"):
            continue
        k = adjunct_date(mod, tokmap)
        if k is None or values[k] is None:
            continue
        for first, second in ((k, k + 1), (k - 1, k)):
            if 0 <= first and second < len(ordered) and values[first] is not None and values[second] is not None \
                    and joined_as_range(doc.text, ordered[first], ordered[second]):
                return ordered[second]
    return None


_SESSION_CLOSE = "close"  # "after the close of composite trading yesterday" dates the session too


def _trading_session(doc, trigger: Span, ordered: list[Timex], tokmap: dict[int, int]) -> Timex | None:
    """The trading session the story dated, for a past price move with no date of its own: a clause "in
    ... trading" ("fell $1.50 apiece to $19.125 in national over-the-counter trading") or a closing price
    ("closed at $23.25", "Primerica closed at $28.25, down 50 cents") - the last day-level date before it
    that dates the word "trading" ("in composite trading yesterday", "after the close of composite
    trading yesterday", "Friday's trading").  A market report tells one session; a move it gives without
    a day is in that session, not on the date line (a morning paper dates the session the day before)."""
    verb = clause_verb(doc, trigger)  # (a past clause: the caller asks only for one)
    if verb is None:
        return None
    moves = _in_trading(verb) or verb.lemma_.lower() == "close" and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(
            g.tag_ in ("$", "CD") or any(m.tag_ in ("$", "CD") for m in g.children) for g in c.children)
        for c in verb.children)
    if not moves:
        return None
    best = None
    for i, k in sorted(tokmap.items()):
        if i >= verb.i or ordered[k].granularity != "day" or ordered[k].start > trigger.start:
            continue
        tok = doc[i]
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("npadvmod", "poss", "compound", "tmod", "pobj") and (
                (head.lower_ in word_list("trading_words.txt") or head.lower_ == _SESSION_CLOSE) and head.pos_ == "NOUN"
                or head.pos_ in ("VERB", "AUX") and _in_trading(head)):
            best = ordered[k]
    return best


def _in_trading(verb) -> bool:
    """The verb has an "in ... trading" of its own ("plunging $4.375 in composite trading yesterday")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in word_list("trading_words.txt")
                                                             for g in c.children) for c in verb.children)


def _clock_only(t: Timex) -> bool:
    """A time of day with no day of its own ("at 10 p.m.", "around 3:47"): its day is the story's."""
    return t.type == "TIME" and bool(_CLOCK.match(t.text.strip()))


def _clocks_on_retold(doc, timexes: list[Timex], values, tokmap, hints) -> list[Timex]:
    """The expressions with every bare time of day that hangs on a past clause telling again a
    happening the story dated (:func:`antecedents.retold`) moved to that happening's day."""
    dated = None
    out = list(timexes)
    changed = False
    for n, t in enumerate(timexes):
        if not _clock_only(t) or values[n] is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        verb = span.root if span is not None and len(span) else None
        for _ in range(3):
            if verb is None or verb.pos_ == "VERB":
                break
            verb = None if verb.head.i == verb.i else verb.head
        if verb is None or verb.pos_ != "VERB" or not past_tense(tensed_verb(verb), [
                c for c in tensed_verb(verb).children if c.dep_ in ("aux", "auxpass")]):
            continue
        if dated is None:
            dated = dated_words(doc, tokmap, hints)
        k = retold(verb, [w for w in dated if w[2] != n])
        if k is None or values[k] is None or values[k][1] != "day":
            continue
        day = values[k][0][:10]
        if values[n][0][:10] == day:
            continue
        clock = t.value[t.value.index("T"):] if "T" in t.value else ""
        out[n] = replace(t, value=day + clock, anchor="narrative")
        changed = True
    return out if changed else timexes


def _dated_unmeasured(doc, ordered: list[Timex], tokmap, hints) -> list[tuple[int, frozenset[str], int]]:
    """:func:`antecedents.dated_words` but for the expressions measured from a happening
    (:mod:`dateline.time.measured`): the happening measured from is not dated by its own measure."""
    return [w for w in dated_words(doc, tokmap, hints) if ordered[w[2]].anchor != MEASURED]


def _own_verb(doc, trigger: Span):
    """The verb the trigger is, else the verb of its clause."""
    root = trigger_root(doc, trigger)
    return root if root is not None and root.pos_ == "VERB" else clause_verb(doc, trigger)


def _own_date_of_the_measured(doc, trigger: Span, ordered: list[Timex], tokmap: dict[int, int], hints,
                              measured_from: set[int]) -> int | None:
    """The expression a happening measured from (:mod:`dateline.time.measured`) is attached to when the
    measure is left out, if it lies in the happening's own phrase or clause; else, for a clause that tells
    again a happening the story dated ("two days after the gunmen shot the mayor"), that happening's date;
    else None (the story's line dates it)."""
    unmeasured = {i: k for i, k in tokmap.items() if ordered[k].anchor != MEASURED}
    k = attached(doc, trigger, unmeasured, hints)
    if k is not None and k >= 0 and any(i in measured_from for i, j in unmeasured.items() if j == k):
        return k
    root = trigger_root(doc, trigger)
    if root is None or root.pos_ != "VERB" or root.dep_ != "advcl":
        return None
    return retold(root, _dated_unmeasured(doc, ordered, tokmap, hints))


def _root_in(doc, trigger: Span, tokens: set[int]) -> bool:
    root = trigger_root(doc, trigger)
    return root is not None and root.i in tokens


def _still_on_the_story(ev: Event, story: Timex, timexes: list[Timex], values, anchors: set[int],
                        dct: str, doc) -> bool:
    """Does the text still tell the lede's occasion where the event is told?  In a paragraph after
    the lede's (paragraphs are blank-line separated; a text without breaks, as one line per sentence,
    gives no sign and keeps the lede's day), the last date before the event's sentence that dates
    a past main-line clause, if any, must agree with the lede's day (one period within the other).
    Once a paragraph has moved to another time ("In 2016, a Facebook user shared a news article ...
    The post ... could be seen by anyone ... The comments called her party fascist"), its later
    undated acts belong to that time or to none the text gives, not to the lede's day; a new
    paragraph returns to the story's line.  A date after the date line ("notes due Nov. 1, 2009")
    is no occasion the story told."""
    last = None
    lede = doc.char_span(story.start, story.end, alignment_mode="expand")
    para_start = _paragraph_start(doc.text, ev.sentence.start)
    if lede is None or para_start <= lede.sent.start_char:
        return True  # the lede's own paragraph, or a text with no paragraph breaks: no sign the text moved on
    for k, t in enumerate(timexes):
        if t.start >= ev.sentence.start:
            break
        if t.start < para_start:
            continue
        if k in anchors and values[k] is not None and values[k][0][:10] <= dct[:10]:
            last = k
    if last is None:
        return True
    if _agrees(values[last][0], values[timexes.index(story)][0]):
        return True
    return _back_to_the_lede(doc, ev.trigger, lede, doc.char_span(timexes[last].start, timexes[last].end,
                                                                   alignment_mode="expand"))


def _back_to_the_lede(doc, trigger: Span, lede, aside) -> bool:
    """After a dated aside ("In 1990, Milken pled guilty to charges ..."), a clause whose subject is
    the lede's subject, named again ("Trump granted Milken a pardon" after "On Tuesday, President
    Donald Trump issued a series of pardons"), and not the aside's, returns to the story's line.
    Subjects are compared by their head name or noun (not a pronoun, whose referent the parse
    does not give)."""
    verb = clause_verb(doc, trigger)
    mine = _subject_word(verb)
    if mine is None or aside is None or not len(aside):
        return False
    lede_subject = _subject_word(_dated_clause(lede.root))
    aside_subject = _subject_word(_dated_clause(aside.root))
    return mine == lede_subject and mine != aside_subject


def _dated_clause(token):
    verb = first_verb_from(token, MAX_DEPTH)
    return tensed_verb(verb) if verb is not None else None


def _subject_word(verb) -> str | None:
    """The lower-cased head word of a clause's subject ("trump" for "President Donald Trump"),
    None for no subject or a pronoun."""
    subj = _subject_token(verb)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj.lower_


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph_start(text: str, at: int) -> int:
    """Offset where the paragraph holding ``at`` begins (after the last blank line before it)."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, at):
        start = m.end()
    return start


def _agrees(a: str, b: str) -> bool:
    """One calendar period lies within the other ("2019-08-03" in "2019-W31"); values that are no
    calendar period agree when one is a prefix of the other."""
    nested = one_within_other(a, b)
    return a.startswith(b) or b.startswith(a) if nested is None else nested


def one_within_other(a: str, b: str) -> bool | None:
    """Does one calendar value lie within the other ("1998-01-08" in "1998-01", "1999-W02" in
    "1999-01")?  None when either is no calendar period (:func:`period_of`)."""
    ra, rb = period_of(a), period_of(b)
    if ra is None or rb is None:
        return None
    return (rb[0] <= ra[0] and ra[1] <= rb[1]) or (ra[0] <= rb[0] and rb[1] <= ra[1])


def _later_date_on_a_past_act(doc, trigger: Span, timex: Timex, value, dct: str | None) -> bool:
    """A date after the date line that the walk found on another clause does not date an act told in the
    simple past: "On Tuesday, the league plans to screen an advertisement made last week, before Slepian
    died" - the death is over, the coming Tuesday is the plan's.  The act falls to the story's time or the
    date line as an undated one.  Only a date the act's own verb does not govern (its own dates were read
    with its tense) and only a simple past ("died", "was killed"; not "would die", "has died")."""
    if not dct or value is None:
        return False
    period = period_of(value[0])
    if period is None or period[0] <= date.fromisoformat(dct[:10]):
        return False
    verb = trigger_root(doc, trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not simple_past_form(verb):
        return False
    if _hypothetical_past(tensed_verb(verb)):
        # "would not evict them on Friday even if they refused to leave": the past form of a condition
        # on a clause still to come is no act of the past; it is at the time of the clause it conditions
        return False
    return not _governs(doc, trigger, timex)


_LATER_OFFSET = re.compile(r"(?i)\b(?:later|afterwards?)$")


def _later_than_the_date_line(doc, t: Timex, value, dct: str | None) -> bool:
    """"In the 1980s the guerrillas seized the port. Three years later the navy recaptured it": "later"
    measures from a past time the text gave no value for (a decade sets none), and the date line plus three
    years, after the date line, is no time of the finished act the expression times (a simple past): it
    dates nothing.  Not an act still to come from a past one ("ordered the company to repay the loan two
    months later")."""
    if not dct or t.anchor != "dct" or not _LATER_OFFSET.search(t.text):
        return False
    period = period_of(value[0])
    if period is None or period[0] <= date.fromisoformat(dct[:10]):
        return False
    root = trigger_root(doc, t)  # (the head token of the expression's span)
    verb = first_verb_from(root, 3) if root is not None else None
    return verb is not None and simple_past_form(verb)


_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})  # ("wo" of "won't")


def _earlier_date_on_a_future_act(doc, trigger: Span, timex: Timex, value, dct: str | None) -> bool:
    """A date wholly before the date line that the walk found on another clause does not date an act told in
    the future: "The new pricing, started in some markets last month, will cut earnings" (the parser may
    conjoin "will cut" to "started") - a "will" future lies ahead of the telling, not last month.  The act
    falls to the date line as an undated one.  The mirror of :func:`_later_date_on_a_past_act`: only a date
    the act's own verb does not govern (its own dates were read with its tense), only "will"/"shall" + the
    plain verb (not "would", a future seen from the past)."""
    if not dct or value is None:
        return False
    period = period_of(value[0])
    if period is None or period[1] >= date.fromisoformat(dct[:10]):
        return False
    verb = trigger_root(doc, trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _will_future(verb):
        return False
    return not _governs(doc, trigger, timex) and _conjoined_to_the_date(doc, verb, timex)


def _conjoined_to_the_date(doc, verb, timex: Timex) -> bool:
    """The verb reaches the clause that governs the date only through conjunct links ("arrested him on
    Tuesday and will charge him"): another clause of its own.  Not a clause reported by a dated verb
    ("said on Monday that the border will reopen": the promise is Monday's, as a "would" is)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    node = verb
    for _ in range(MAX_DEPTH):
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
        if any(node.is_ancestor(tok) for tok in span):
            return True
    return False


def _will_future(verb) -> bool:
    """"will cut", "will be cut", "'ll leave", "shall meet": the plain verb under a future auxiliary."""
    return verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES
                                              for c in verb.children) \
        and (verb.tag_ == "VB" or any(c.dep_ == "auxpass" for c in verb.children))


def _governs(doc, trigger: Span, timex: Timex) -> bool:
    """The trigger's word governs the expression in the parse (the range is its own adjunct), not a
    clause of time that merely follows it ("between 1999 and 2005 when Mbeki sacked Zuma")."""
    node, span = trigger_root(doc, trigger), doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if node is None or span is None:
        return False
    return any(node.is_ancestor(tok) for tok in span)


def _range(doc, ordered: list[Timex], values, k: int, trigger: Span):
    """(value, granularity, span) of the range whose bound is timex ``k``, or None when ``k`` bounds
    no range or the trigger does not govern it (a clause of time on a bound keeps that bound): "between 2015
    and 2019", "from March 3 to March 5", "from 1974 until 1990", "2017-2018" (two dates joined by a dash,
    nothing else between them).  The value is the smallest calendar
    period holding both bounds (2015-2019 -> the decade ``201``; March 3-5 -> ``2024-03``); None when
    the bounds share no decade ("from 1998 to 2004": no point the text gives)."""
    for first, second in ((k - 1, k), (k, k + 1)):
        if first < 0 or second >= len(ordered) or values[first] is None or values[second] is None:
            continue
        a, b = ordered[first], ordered[second]
        if not _governs(doc, trigger, ordered[k]):
            if _hung_on_the_date(doc, trigger, ordered[k]) or not joined_as_range(doc.text, a, b):
                continue  # "paid between 1999 and 2005 when Mbeki sacked Zuma": the sacking is in 2005
            if range_end_act(doc, trigger):
                # "held the town from 2015 to 2019, until the army retook it", "ran from March 3 to 5
                # and ended without a deal": the act that ends the stretch is at its end
                return values[second][0], values[second][1], Span(b.start, b.end, b.text)
            if not _verb_conjunct(doc, trigger):
                continue  # "lasted from March to May, when the army withdrew": the clause keeps May
        elif not joined_as_range(doc.text, a, b):
            continue
        value, gran = enclosing(values[first][0], values[second][0])
        return value, gran, Span(a.start, b.end, doc.text[a.start:b.end])
    return None


def _hung_on_the_date(doc, trigger: Span, timex: Timex) -> bool:
    """The trigger's clause hangs on the date itself ("between 1999 and 2005 when Mbeki sacked Zuma")."""
    node, span = trigger_root(doc, trigger), doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return node is not None and span is not None and any(tok.is_ancestor(node) for tok in span)


def _verb_conjunct(doc, trigger: Span) -> bool:
    """The trigger is a verb conjoined to the verb the range dates ("held the town from 2015 to 2019
    and attacked the capital"): it shares the range, not its first bound."""
    node = trigger_root(doc, trigger)
    return node is not None and node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")


_UNTIL = frozenset({"until", "till", "til"})


def range_end_act(doc, trigger: Span) -> bool:
    """The trigger's clause ends the stretch a range measures on the verb above it: a clause of "until"
    ("held the town from 2015 to 2019, until the army retook it") or a conjoined verb of ending
    (``data/end_verbs.txt``: "ran from March 3 to 5 and ended without a deal")."""
    node = trigger_root(doc, trigger)
    if node is None:
        return False
    if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _UNTIL for c in node.children):
        return True
    return node.dep_ == "conj" and node.lemma_.lower() in word_list("end_verbs.txt")


def enclosing(a: str, b: str) -> tuple[str | None, str]:
    """The smallest calendar value holding the values ``a`` and ``b`` (years, months, days; a
    decade or a century for years apart): ("2015", "2019") -> ("201", "decade"),
    ("2024-03-03", "2024-03-05") -> ("2024-03", "month"); (None, "unknown") if none below a century."""
    if a == b:
        return a, _granularity_of(a)
    if "T" in a or "T" in b:  # "from 9 a.m. to 5 p.m.": the day they share, if any
        a, b = a.split("T")[0], b.split("T")[0]
        if a == b:
            return a, _granularity_of(a)
    parts_a, parts_b = a.split("-"), b.split("-")
    if len(parts_a) == 3 and len(parts_b) == 3:
        first, last = period_of(a), period_of(b)
        if first and last and first[0].isocalendar()[:2] == last[0].isocalendar()[:2]:
            year, week = first[0].isocalendar()[:2]  # "from Monday to Friday": that week
            return f"{year}-W{week:02d}", "week"
    if parts_a[0] == parts_b[0] and len(parts_a) > 1 and len(parts_b) > 1 and not parts_a[1][0].isalpha() \
            and not parts_b[1][0].isalpha():
        if parts_a[1] == parts_b[1] and len(parts_a) > 2 and len(parts_b) > 2:
            return "-".join(parts_a[:2]), "month"
        return parts_a[0], "year"
    ya, yb = parts_a[0], parts_b[0]
    if len(ya) == 4 and len(yb) == 4 and ya.isdigit() and yb.isdigit():
        if ya == yb:
            return ya, "year"
        if ya[:3] == yb[:3]:
            return ya[:3], "decade"
    return None, "unknown"


_STRETCH = re.compile(r"(?i)^(?:the\s+)?(?:past|last|recent)\b")


def stretch_to_now(t: Timex) -> bool:
    """A stretch of time up to now of a month or more: "the past three years", "the last decade",
    "recent years", "(for) years", "decades" (a DURATION; not "three years", which can lie anywhere,
    nor "the past week", whose acts are the story's news)."""
    if t.type != "DURATION" or not t.value.startswith("P") or t.value.startswith("PT"):
        return False
    unit = t.value[-1]
    if unit not in "MQYEC":
        return False
    return bool(_STRETCH.match(t.text)) or (t.value[1:-1] == "X" and t.text.lower() in ("years", "decades",
                                                                                             "centuries", "months"))


_OFFSET_WORD = re.compile(r"(?i)\b(?:later|earlier|after|before|afterwards?|ago|on)$")


def vague_stretch(t: Timex) -> bool:
    """A stretch of years or longer whose count the text does not give ("over the years", "in the
    following decades"; a DURATION of value ``PX`` + a unit of a year or longer): an act told over it is
    spread across it, at no one point - not in the year it starts from ("In 1970 he joined the studio.
    Over the years, he drew ..." is not 1970), as with a stretch up to now (:func:`stretch_to_now`).  Not
    a counted one ("over three years"), which a date may still place, nor one of months ("in the months
    that followed" a 1990 event mostly lie in 1990), nor an offset ("years later": a point, not a stretch)."""
    if t.type != "DURATION" or not t.value.startswith("PX") or _OFFSET_WORD.search(t.text):
        return False
    return t.value[2:] in ("Y", "DE", "E", "CE", "C")


_SCOPE_WORDS = {"first", "only", "last"}


def _times_a_clause(doc, t: Timex) -> bool:
    """The stretch is an adjunct of a clause's verb ("attacked the town over the past three years"),
    not the scope of a superlative or of "the first" ("the deadliest attack in recent years", "the
    first in the area for years", "the highest level in decades"), which times nothing."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" else root.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    near = [c for c in head.children] + [g for c in head.children if c.dep_ in ("attr", "acomp", "dobj", "nsubj",
                                                                                    "advmod", "npadvmod")
                                           for g in c.children]
    return not any(w.tag_ in ("JJS", "RBS") or w.lower_ in _SCOPE_WORDS for w in near)


def _undated(ev: Event) -> Event:
    """The event with no date: nothing in the text or the date line dates it (reason ``none``)."""
    return replace(ev, date=None, date_granularity="unknown", date_reason="none", date_span=None)


def _before_the_story(doc, trigger: Span, undated: bool, past_ref: dict[int, int], in_timex: set[int]) -> bool:
    """The event happened before the story's time at a time the text does not give
    (:mod:`dateline.time.indefinite`): an adverb of indefinite past ("previously", "once") whatever
    the story time; the past perfect or a vague past reference ("in the past", "recently") when
    nothing else dates the event (``undated``: it would fall back on the date line)."""
    own = _own_verb(doc, trigger)
    if own is not None and indefinite_reduced_relative(own, in_timex, past_ref):
        return True  # "the four persons recently arrested in Hapur", "a man previously convicted of fraud"
    verb = clause_verb(doc, trigger)
    if verb is None:
        return False
    if indefinite_adverb(verb, in_timex) or _indefinite_past_of_first_conjunct(verb, in_timex):
        return True
    return undated and (past_perfect(verb) or vague_past(verb, past_ref) or past_in_present_frame(verb)
                        or past_relative_on_happening(verb) or _vague_past_of_first_conjunct(verb, past_ref))


def _indefinite_past_of_first_conjunct(verb, in_timex: set[int]) -> bool:
    """The second of two conjoined past acts shares the indefinite past of the first ("The rebels
    *previously* held the town and *fled* ...", "*Some time ago* the men robbed a bank and *fled* to
    Spain"): as the adverb on its own clause, also over the story time.  Not a conjunct in another
    tense ("once ran a bakery and now leads the party"), nor after a present perfect ("has previously
    asked not to be named and declined to comment": the declining is the reporter's day)."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or not past_clause(verb):
        return False
    first = tensed_verb(first)
    return past_clause(first) and indefinite_adverb(first, in_timex)


def _vague_past_of_first_conjunct(verb, past_ref: dict[int, int]) -> bool:
    """The second of two conjoined past acts shares the vague past time of the first ("*A few years
    ago* he bumped into Kerri and *enticed* her to soar", "The king *recently* fired his government
    and *named* a new prime minister"), as it shares a date there: a time the text does not give,
    neither the date line nor the story's day (:mod:`dateline.time.indefinite`).  Not a conjunct in
    another tense ("recently took 13 percent of the vote and hopes to win": the hoping is now)."""
    first = verb.head
    return verb.dep_ == "conj" and first.pos_ in ("VERB", "AUX") and past_clause(verb) \
        and vague_past(tensed_verb(first), past_ref)


def _nearest_in_sentence(ev: Event, timexes: list[Timex], values) -> Timex | None:
    """Without a parse: the nearest dateable expression inside the event's sentence."""
    best = None
    for t, v in zip(timexes, values):
        if ev.sentence.start <= t.start and t.end <= ev.sentence.end and v is not None:
            dist = abs(t.start - ev.trigger.start)
            if best is None or dist < best[0]:
                best = (dist, t)
    return best[1] if best else None


def _narrative_timex(ev: Event, timexes: list[Timex], values, sent_starts: list[int],
                     anchors: set[int] | None = None) -> Timex | None:
    """The last dateable expression before the trigger, in this sentence or the one before.

    With a parse only expressions that date a past clause (``anchors``) set the story time.
    """
    lower = ev.sentence.start
    if sent_starts:
        idx = max((i for i, s in enumerate(sent_starts) if s <= ev.sentence.start), default=0)
        lower = sent_starts[idx - 1] if idx > 0 else sent_starts[0]
    best = None
    for k, (t, v) in enumerate(zip(timexes, values)):
        if lower <= t.start < ev.trigger.start and v is not None and (anchors is None or k in anchors):
            best = t
    return best


def _reporting_verbs() -> frozenset[str]:
    return word_list("reporting_verbs.txt")


def _reporting(doc, trigger: Span) -> bool:
    """Is the trigger a verb of saying or reporting ("said", "told reporters")?"""
    tok = trigger_root(doc, trigger)
    return tok is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in _reporting_verbs()


def _dates_a_report(doc, timex: Timex) -> bool:
    """Is the clause the expression dates a report ("Clinton said Thursday that ...")?"""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = first_verb_from(span.root, MAX_DEPTH) if span is not None and len(span) else None
    if verb is None:
        return False
    verb = tensed_verb(verb)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _reporting_verbs()


_SPEAKER_PRONOUNS = {"he", "she"}


def _report_and_dated_span(doc, trigger: Span, timex: Timex):
    """The verb of the report at ``trigger`` and the tokens of the expression that dates an earlier
    clause, or None when either is missing (what :func:`_same_speaker` and :func:`_another_speaker`
    compare)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    report = clause_verb(doc, trigger)
    if span is None or not len(span) or report is None:
        return None
    return report, span


def _same_speaker(doc, trigger: Span, timex: Timex) -> bool:
    """The report's subject is the one who did the dated act before it, named again or as "he" /
    "she" ("Juan Miguel Gonzalez lashed out at his relatives Sunday night ... He said they have
    manipulated his son"): the speaker goes on with that occasion, not with a talk to the reporter
    now ("The rifle was unearthed Thursday.  Investigators did not say ...")."""
    found = _report_and_dated_span(doc, trigger, timex)
    if found is None:
        return False
    report, span = found
    subj = next((c for c in report.children if c.dep_ == "nsubj"), None)
    earlier = _subject_token(_dated_clause(span.root))
    if subj is None or earlier is None or earlier.pos_ != "PROPN" or subj.sent == earlier.sent:
        return False
    return subj.lower_ in _SPEAKER_PRONOUNS or (subj.pos_ == "PROPN" and subj.lower_ == earlier.lower_)


def _another_speaker(doc, trigger: Span, timex: Timex) -> bool:
    """The report is another named speaker's than the dated report before it ("Clinton said Thursday
    he had ordered the strikes.  However, Freeh said ..."): the date is the first speaker's occasion,
    and a second speaker's undated words are not placed on it (both subjects proper names, differing)."""
    found = _report_and_dated_span(doc, trigger, timex)
    if found is None:
        return False
    report, span = found
    subj = _subject_token(report)
    dated = first_verb_from(span.root, MAX_DEPTH)
    earlier = _subject_token(tensed_verb(dated)) if dated is not None else None
    if subj is None or earlier is None or subj.pos_ != "PROPN" or earlier.pos_ != "PROPN":
        return False
    return subj.lower_ != earlier.lower_ and subj.sent != earlier.sent


_ACCOUNT_BACK = 3  # sentences a speaker's account is followed back over


def _speaker(verb):
    """The subject of a clause when it can name a speaker again: a proper name's head or he/she."""
    subj = _subject_token(verb)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in _SPEAKER_PRONOUNS):
        return None
    return subj


def _account_goes_on(doc, trigger: Span, timexes: list[Timex], values, dct: str | None) -> Timex | None:
    """The date of the occasion a speaker's account began at, when the report continues it: going
    back sentence by sentence over the speaker's own words (a report or act whose subject is the
    speaker named again or "he"/"she", or a sentence that opens with a quotation mark) to a sentence
    where a date in the week before the date line dates the same speaker's report or act ("Juan
    Miguel Gonzalez lashed out at his relatives Sunday night ... He said they have manipulated his
    son ... ''This is child abuse,'' Gonzalez said on CBS's ''60 Minutes''" -> Sunday night).  The
    sentence right before is the narrative rule's (:func:`_same_speaker`); this one follows the
    account further back.  None when another subject or an undated sentence of another kind
    intervenes."""
    report = clause_verb(doc, trigger)
    subj = _speaker(report) if report is not None else None
    if subj is None or subj.lower_ in _SPEAKER_PRONOUNS:
        return None  # only a speaker named again: "he" two sentences on may be anyone
    sents = [s for s in doc.sents if any(t.is_alpha for t in s)]
    idx = next((i for i, s in enumerate(sents) if s.start <= subj.i < s.end), None)
    if idx is None:
        return None
    for back in range(1, _ACCOUNT_BACK + 1):
        if idx - back < 0:
            return None
        sent = sents[idx - back]
        dated = [k for k, t in enumerate(timexes) if sent.start_char <= t.start < sent.end_char
                 and values[k] is not None]
        for k in reversed(dated):
            span = doc.char_span(timexes[k].start, timexes[k].end, alignment_mode="expand")
            verb = _dated_clause(span.root) if span is not None and len(span) else None
            who = _speaker(verb) if verb is not None else None
            if who is not None and who.pos_ == "PROPN" and who.lower_ == subj.lower_ \
                    and _in_story_window(values[k], dct):
                return timexes[k]
        if dated:
            return None  # another time, or another's: the account does not run through it
        who = _speaker(tensed_verb(sent.root)) if sent.root.pos_ in ("VERB", "AUX") else None
        opens_quote = sent.text.lstrip()[:1] in ("'", '"', "\u201c", "`")
        if not (opens_quote or (who is not None and (who.lower_ in _SPEAKER_PRONOUNS or who.lower_ == subj.lower_))):
            return None
    return None


def _subject_token(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None


def _in_story_window(value: tuple[str, str] | None, dct: str | None) -> bool:
    """A day in the week before the date line (the days a news report is about)."""
    if value is None or dct is None or value[1] != "day":
        return False
    try:
        day, line = date.fromisoformat(value[0][:10]), date.fromisoformat(dct[:10])
    except ValueError:
        return False
    return line - timedelta(days=_STORY_WINDOW_DAYS) <= day <= line


def _past_anchors(doc, timexes: list[Timex], values) -> set[int]:
    """Indices of the expressions that can set the story time: those that date a past-tense clause.

    "'19' [stands] for the year it was first detected, 2019" names a year inside a present-tense
    gloss (and a relative clause keeps its own time); it does not move the story to 2019, so
    "Tedros said ..." in the next sentence is not a 2019 statement.  The expression's clause is
    the first verb above it; it is past when that verb is a simple past (VBD) or has a past
    auxiliary ("had left", "was seen").  A verbless clause
    (a headline fragment) is not evidence either way and keeps the expression.
    """
    out: set[int] = set()
    for k, t in enumerate(timexes):
        if values[k] is None or t.type == "DURATION":
            continue  # "two weeks after the election": the election's date, not the main clause's (attachment)
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if is_bounded(doc, set(range(span.start, span.end))):
            continue  # "remanded him to police custody till march 22": the bound of a state, no point of the story
        node = first_verb_from(span.root, MAX_DEPTH)
        if node is None:
            out.add(k)
            continue
        if absolute_clause(node):
            continue  # "shot shoppers, with the death toll rising to 22 on Monday": a circumstance
        if names_a_stimulus(span.root):
            continue  # "The UN condemned Monday's bombing": the bombing's day, not the condemning's
        if _background_relative(node):
            continue  # "the year it was first detected, 2019": background, as for events (_past_narrative)
        if _names_a_described_subject(span.root, node):
            continue  # "The 1991 agreement was that Apple Computer would not sell music": a description
        if _in_background_clause(node):
            continue  # "the rivalries, which have deepened since Mbeki sacked Zuma two years ago, have worsened"
        if _planned_for(span.root, node):
            continue  # "the accession was planned for early March, but no exact date was fixed yet"
        node = tensed_verb(node)
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if past_tense(node, auxes) or reduced_passive(node):
            out.add(k)
    return out


def _names_a_described_subject(root, verb) -> bool:
    """A date that names the subject of "be" ("*The 1991 agreement* was that Apple Computer would not
    sell music", "*The 1994 Act* was a response to the clinic blockades"): the clause describes the thing
    the date names, it is not a step of the story; it sets no story time for the past clauses after it
    ("Mr Justice Mann agreed with Apple Computer's defence" is the story's day, not 1991)."""
    noun = root.head
    return root.dep_ in ("nummod", "compound", "amod", "poss") and noun.i > root.i and noun.dep_ == "nsubj" \
        and noun.head.i == verb.i and verb.lemma_ == "be"


def _background_relative(verb) -> bool:
    """A relative clause or a participle on a noun - not a main clause the parser hung on a verbless
    place line ("lucknow: police arrested ... on friday", "bangalore: the rss on thursday wanted ...":
    a clause with a subject of its own, no relative pronoun, on a noun with no verb above it)."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    if first_verb_from(verb.head, MAX_DEPTH) is not None:
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _in_background_clause(verb) -> bool:
    """Does the clause of ``verb`` lie below a relative clause or a participle on a noun ("Others said
    that the rivalries, *which have deepened since Mbeki sacked Zuma two years ago*, have worsened")?
    Such a clause tells the background of a noun, as a relative clause itself does: a date in it is not
    a point the story has reached, and sets no story time for the past clauses after it ("Mluleki
    George accused Zuma's delegates" is at the conference, not two years ago).  The event of the clause
    keeps its date (attachment).  Not a main clause the parser hung on a verbless place line
    (:func:`_background_relative`: "lucknow: when X addressed a press conference on march 15 morning he
    was categorical" hangs "was" on "lucknow")."""
    node = verb
    for _ in range(MAX_DEPTH):
        if node.i != verb.i and _background_relative(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _planned_for(root, verb) -> bool:
    """A date "for" which a verb of planning sets something ("was planned for early March", "has
    scheduled a vote for Friday"; ``data/later_verbs.txt``) is the time the plan looks ahead to, not a
    point the story has reached: it sets no story time for the past clauses after it."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == verb.i \
        and verb.lemma_.lower() in word_list("later_verbs.txt")


_STORY_WINDOW_DAYS = 7


def _story_time(doc, timexes: list[Timex], values, anchors: set[int], dct: str | None) -> Timex | None:
    """The lede's date, when it is the news of the last days: the time of the story's main line.

    A news story opens with its happening ("Yesterday, the minister announced ...",
    "On Tuesday, a cargo plane crashed ...") and keeps telling it in the simple past without
    repeating the date ("He said it would be a condition of travel", "The aircraft overran the
    runway").  Those later past-tense reports belong to the lede's day, not to the date line.
    Only the first past clause of the story counts (the header date line is verbless), and only
    when it is a day in the week before the date line; a lede that opens on history
    ("In 1984, ...") sets no story time beyond the sentence after it.

    That clause must be in the lede, the story's first two sentences (:func:`_lede`), and no lede
    sentence before it may tell the present: "The FBI has interviewed and released one of two
    men ..." is news of now, and the "Moskal said", "officials said" that follow are said now,
    not on the day "the two men were named Thursday"; a date first met in the fifth sentence
    ("Castro said Sunday") is not the lede's.
    """
    if not dct:
        return None
    lede = _lede(doc)
    for k, t in enumerate(timexes):
        if values[k] is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not any(tok.pos_ in ("VERB", "AUX") for tok in span.root.sent):
            continue
        if k not in anchors and not (lede and span.root.sent.start == lede[0].start
                                     and _happening_under_a_present_lede(span.root)):
            continue
        if not _verb_governed(span.root):
            continue
        if _around_the_date_line(values[k], dct):
            continue  # "the third hurricane of the 2019 season": the present period, not the story's day
        here = span.root.sent.start
        if here not in {s.start for s in lede} or any(_tells_the_present(s) for s in lede if s.start < here):
            return None
        return t if _in_story_window(values[k], dct) else None
    return None


def _happening_under_a_present_lede(token) -> bool:
    """"A man *has died* after being shot early Saturday", "The grandmother of a 4-year-old who was
    shot Sunday night *has been charged*": a lede in the present perfect tells the result now and
    its past happening in a clause below it (of time, relative, participial); the date of that
    clause is the story's day: the later simple-past acts ("Zweck shot Pruner", "the child shot
    his brother") retell the happening."""
    verb = first_verb_from(token, MAX_DEPTH - 1)
    root = token.sent.root
    if verb is None or verb.i == root.i or verb.tag_ not in ("VBD", "VBN", "VBG"):
        return False
    if verb.tag_ == "VBG" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "being shot": a passive participle of the happening, not "while driving"
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    # "Police say that two of the victims shot in Chester County on Thursday night are teenagers": a
    # report in the simple present tells its past happening in the clause below it as well
    present_report = root.tag_ in ("VBZ", "VBP") and root.lemma_.lower() in _reporting_verbs() and not auxes
    return root.pos_ in ("VERB", "AUX") and (present_report or any(a.lower_ in ("has", "have") for a in auxes)) \
        and not any(a.tag_ == "MD" for a in auxes)


def _retells_a_present_lede(doc, trigger: Span, story: Timex) -> bool:
    """"The grandmother ... has been charged" ... "Diane Nellums was charged with child abuse": the
    present perfect of the lede told again in the simple past is the news of now, not the
    happening's day the lede's clause below it gave (:func:`_happening_under_a_present_lede`)."""
    span = doc.char_span(story.start, story.end, alignment_mode="expand")
    verb = clause_verb(doc, trigger)
    if span is None or not len(span) or verb is None:
        return False
    root = span.root.sent.root
    return root.lemma_ == verb.lemma_ and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have")
                                              for c in root.children)


_LEDE_SENTENCES = 2
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def _around_the_date_line(value: tuple[str, str], dct: str) -> bool:
    """A period coarser than a day that contains the date line ("this year", "the 2019 season")."""
    period = period_of(value[0]) if value[1] != "day" else None
    try:
        line = date.fromisoformat(dct[:10])
    except ValueError:
        return False
    return period is not None and period[0] <= line <= period[1]


def _lede(doc) -> list:
    """The story's first sentences: those with a verb that end as a sentence ends, so that a header
    ("NAIROBI, Kenya (AP) _", "Friday, January 4, 2019") or a list of results ("Labour Party - 203
    seats") is not taken for the lede."""
    out = []
    for sent in doc.sents:
        if any(tok.pos_ in ("VERB", "AUX") for tok in sent) and _SENTENCE_END.search(sent.text):
            out.append(sent)
            if len(out) == _LEDE_SENTENCES:
                break
    return out


def _tells_the_present(sent) -> bool:
    """The sentence's main clause is in the present or the present perfect ("The FBI has
    interviewed and released one of two men ...", "The killing has become a factor")."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "will meet", "may yield": not a statement of the present
    return root.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


_MONTH_SHARE = 0.6  # of the story's past day- and month-level dates
_MONTH_MIN = 3


def _story_month(timexes: list[Timex], values, anchors: set[int], dct: str | None) -> Timex | None:
    """The past month a story is about, when its dates say so: a monthly round-up published weeks
    later ("On the campaign trail, May 2020", dated June 19), a review of last month's fighting.

    Its undated past-tense events happened in that month, not on the date line's day.  Counted
    over the expressions that date a past main-line clause (``anchors``) at day or month level:
    at least three, and at least 60% of them, in one calendar month before the date line's
    month.  The event then gets the month, at month granularity - never a day the text does
    not give.  Returns the first month-level expression of that month (else the first of it).
    """
    if not dct:
        return None
    months: dict[str, list[int]] = {}
    total = 0
    for k, v in enumerate(values):
        if k not in anchors or v is None or v[1] not in ("day", "month") or not re.match(r"\d{4}-\d\d", v[0]):
            continue
        total += 1
        months.setdefault(v[0][:7], []).append(k)
    if not months:
        return None
    month, ks = max(months.items(), key=lambda kv: len(kv[1]))
    if len(ks) < _MONTH_MIN or len(ks) < _MONTH_SHARE * total or month >= dct[:7]:
        return None
    whole = [k for k in ks if values[k][1] == "month"]
    return timexes[(whole or ks)[0]]




def _verb_governed(token) -> bool:
    return first_verb_from(token, MAX_DEPTH - 1) is not None


def _under_present(doc, trigger: Span) -> bool:
    """The trigger's clause is reported by a present-tense verb ("agencies believe the prince
    ordered the killing"): a present view of a past act, not a step of the story's main line."""
    node = trigger_root(doc, trigger)
    if node is None:
        return False
    for _ in range(MAX_DEPTH):
        if node.dep_ in ("ccomp", "xcomp") and node.head.tag_ in ("VBZ", "VBP") \
                and node.head.lemma_.lower() not in _reporting_verbs():
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False

