"""An act measured from a happening the story never dated is not on the story's line.

"A man was charged today with murder. Police arrested him two days after the shooting": the arrest lies two
days after a shooting whose day the text does not give, so neither the story time ("today") nor the date of
the sentence before dates it.  :mod:`dateline.time.measured` dates such an act when the happening has a date
("two days after the Oct. 14 shooting", or one the story gave it earlier); when it has none, the act has no
date the text gives, and it is left undated rather than put on the story's day (session 33; fresh news:
"federal agents searched his dormitory days after the incident" in a story of the indictment "today").

Only a measure written right before "after"/"before" whose phrase hangs on the event's own verb
(:func:`dateline.time.measured.candidates`: "two days after the shooting", "the day after his death",
"in the weeks after the bombing"), and a happening noun, not a clause ("a day after a delegation left", whose
span the tagger measures from the story time).
"""

from __future__ import annotations

import re

from dateline.time.antecedents import antecedent_date
from dateline.time.attachment import first_verb_from, trigger_root
from dateline.time.measured import _the_day, _vague_span
from dateline.time.tense import simple_past_form

_DAYS_OR_MORE = re.compile(r"^P(?:\d+|X)[DWMY]$")  # "two days", "weeks", "a month" (not "two hours": PT2H)


def measured_from_an_undated_happening(doc, trigger, measures, timexes, tokmap: dict[int, int], dated_words) -> bool:
    """The event's simple-past verb carries a measure of a day or more from a happening noun ("arrested
    him two days after the shooting", "was pumped the day before the accident") that has no date of its own
    in its phrase and none the story gave it earlier.  ``measures``: :func:`dateline.time.measured.candidates`
    of the doc (read once per article); ``timexes``: the article's expressions; ``dated_words()``:
    :func:`dateline.time.antecedents.dated_words`, asked only when there is such a measure.  Hours are left
    out ("arrested a few hours after the shooting" is most often the day the story gives), and so are
    present and perfect clauses ("remains popular 30 years after his death")."""
    if not measures:
        return False
    node = trigger_root(doc, trigger)
    verb = first_verb_from(node, 3) if node is not None else None
    if verb is None or not simple_past_form(verb):
        return False
    for measure, signal, noun in measures:
        if noun.pos_ in ("VERB", "AUX") or not (signal.head.i == verb.i or measure.head.i == verb.i):
            continue
        if not (_the_day(measure) or any(t.type == "DURATION" and t.start <= measure.idx < t.end
                                         and _DAYS_OR_MORE.match(t.value) for t in timexes)):
            continue  # not a measure of time ("her protest after the death of her son") or one of hours
        if _vague_span(measure):
            continue  # "in the weeks after the bombing": a stretch that may run up to the story's time (session 28)
        if any(t.i in tokmap for t in noun.subtree):
            continue  # "two days after the Oct. 14 shooting": dated
        if antecedent_date(noun, dated_words()) is None:
            return True
    return False
