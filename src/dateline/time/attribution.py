"""A date written right after "according to <source>" is the source's, not the act's.

"A cyclone hit the coast on Monday, killing at least 30 according to local officials on Wednesday": the
officials gave the toll on Wednesday; the killing was Monday's.  spaCy often hangs such a date on the verb the
attribution qualifies instead of on the source, so the date-line walk (:func:`dateline.time.attachment.adjunct_date`)
would take it for the act's own adjunct.  A date phrase that begins where the "according to" phrase of the same
verb ends (no comma between) belongs to the attribution; one written before it ("seized the town on Monday
according to a statement") or set off by a comma is still the act's.
"""

from __future__ import annotations


def dates_the_attribution(prep) -> bool:
    """Is ``prep`` (a preposition of time hung on a verb) written right after that verb's "according to"
    phrase, so that it times the source's statement?"""
    if prep.i == 0 or prep.head == prep:
        return False
    return any(s.lower_ == "according" and s.dep_ == "prep" and s.right_edge.i == prep.i - 1
               for s in prep.head.children)
