"""Which date expression a trigger's parse attaches it to: the walk behind ``attached_timex``.

From the trigger up the dependency tree, the first date among the dependents of each node, directly
or through a preposition ("on Saturday", "a year ago"), and the places where spaCy hangs a date on
the wrong word (an auxiliary, a participle, a purpose infinitive, an argument it took the date for, a
noun "around" it, the infinitive of an aspectual verb, a happening's dated participle), and, for a clause
with no date of its own, its clause of time ("shot shortly after they returned home on Friday").
Also what stops the walk: a relative clause keeps its own time, a reported past
perfect is earlier than its report, a conjunct with a span of its own is not on its first
conjunct's date.  :mod:`dateline.time.dating` decides what to do when the walk finds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.model import Span, Timex
from dateline.time.attribution import dates_the_attribution
from dateline.time.comparison_clause import likens_to_another
from dateline.time.lexicon import lexicon, word_list
from dateline.time.since import starts_a_state
from dateline.time.tense import planned_object, set_for_a_day

BOUND_PREPS = {"since", "until", "till", "through", "throughout", "for", "during"}
MAX_DEPTH = 12
_STRETCH_TO_NOW = ("last", "past")  # "for the last week", "for the past year": a stretch up to now
# "for"/"during" + a date name the period the event is set in ("a service planned for Saturday",
# "fought the rebels during the 1990s"); "for/during the past week" is a stretch up to now
_PERIOD_PREPS = ("for", "during")


def is_bounded(doc, token_ids: set[int]) -> bool:
    """True when the expression is introduced by "since", "until", "through" ...: a bound, not a date.

    "for" + a date names the period the event is set in ("a service planned for Saturday", "will
    remain at $1 a share for next year", "for 1988, the company earned"), so it dates the event;
    "for the last week" measures a stretch up to now and stays a bound."""
    first = min(token_ids)
    if _possessive(doc, token_ids):
        return False  # "since last year's election": the preposition bounds the noun, the date is the noun's
    for i in token_ids:
        tok = doc[i]
        prep = tok.head if tok.dep_ == "pobj" and tok.head.i not in token_ids else None
        prev = doc[i - 1] if i > 0 and i == first and i - 1 not in token_ids else None
        for word in (prep, prev):
            if word is None or word.lower_ not in BOUND_PREPS:
                continue
            if word.lower_ in _PERIOD_PREPS and not _stretch_to_now(doc, first):
                continue
            if word.lower_ in ("until", "till") and word.i > 0 and (
                    doc[word.i - 1].lower_ in ("not", "n't")
                    or any(c.dep_ == "neg" for c in word.head.children) and word.head.i < word.i):
                continue  # "it was not until Tuesday that Castro revealed", "did not leave until Tuesday": a point
            return True
    return False


def _possessive(doc, token_ids: set[int]) -> bool:
    """The expression is the possessive determiner of a noun ("last year's election", "Monday's vote"):
    its head is outside it with a "'s" of its own, so a "since" or "until" before it starts the noun's phrase."""
    return any(doc[i].dep_ == "poss" and doc[i].head.i not in token_ids
               and any(c.dep_ == "case" for c in doc[i].children) for i in token_ids)


def _stretch_to_now(doc, first: int) -> bool:
    """"the last week", "the past two years": the expression's first words after an article."""
    words = [t.lower_ for t in doc[first:first + 2]]
    return any(w in _STRETCH_TO_NOW for w in words)


def token_map(doc, timexes: list[Timex], values: list[tuple[str, str] | None],
               bounds: bool = False) -> dict[int, int]:
    """token index -> index of the dateable timex that covers it; ``bounds``: also the expressions
    that bound a period ("since November"), which date nothing but a "when" clause on them."""
    out: dict[int, int] = {}
    for k, t in enumerate(timexes):
        if values[k] is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        ids = set(range(span.start, span.end))
        if not bounds and is_bounded(doc, ids):
            continue
        for i in ids:
            out.setdefault(i, k)
    return out


def trigger_root(doc, trigger: Span):
    """The syntactic head token of an event's trigger span (None if the span is not in ``doc``)."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def attached(doc, trigger: Span, tokmap: dict[int, int], hints: Hints | None = None) -> int | None:
    node = trigger_root(doc, trigger)
    if node is None:
        return None
    if _belief_of_a_state(node):
        return None  # "presumed killed almost two years ago": the belief is now, the date the killing's
    seen: set[int] = set()
    clause_seen = False
    planned = False  # the node is the verb of intention above the trigger's infinitive
    root_i = node.i  # (spaCy makes a new Token at each access: compare indices, not identity)
    for _ in range(MAX_DEPTH):
        if node.i in tokmap:
            return tokmap[node.i]
        if hints is not None and node.i in hints.misattached:
            return hints.misattached[node.i]
        k = adjunct_date(node, tokmap, seen)
        if k is not None and node.i == root_i and _date_of_the_planned(node, k, tokmap):
            k = None  # "Protesters planned a demonstration on Saturday": Saturday is the demonstration's
        if k is not None:
            return k
        if node.i == root_i and node.pos_ in ("NOUN", "PROPN"):
            k = _participle_date(node, tokmap)
            if k is not None:
                return k
        k = _on_argument(node, tokmap, own=node.i == root_i)
        if k is not None:
            return k
        if not clause_seen and node.pos_ in ("VERB", "AUX"):
            clause_seen = True
            k = _time_clause_date(node, tokmap)
            if k is not None:
                return k
            k = _dated_subject(node, tokmap)
            if k is not None:
                return k
        seen.add(node.i)
        k = _when_after_date(node, hints.with_bounds if hints is not None else tokmap)
        if k is not None:
            return k
        if planned:
            # "Hewlett announced last week that it planned to ship": the date above the verb of
            # intention is the planning's; its own date is often the intended act's ("On Tuesday,
            # the league plans to hold a news conference") and was taken above
            return LATER
        if starts_a_state(node):
            # "have been killed since the rebels launched their offensive": the clause of "since" is
            # before the stretch its main clause measures, not on that clause's date
            return STATE_START
        if hints is not None and indefinite_reduced_relative(node, hints.in_timex, hints.past_refs):
            return None  # "the four persons recently arrested in Hapur": not the clause's date (see dating)
        antecedent = node.head if node.dep_ == "relcl" else _misparsed_antecedent(node)
        if antecedent is not None:
            # "the January 1998 bombing that killed an officer": the clause tells of the dated happening
            # its antecedent names; otherwise a relative clause keeps its own time ("the junta that
            # toppled the president" does not take the main clause's date)
            if antecedent.i in tokmap:  # "Thursday, when 133 people were arrested"
                return tokmap[antecedent.i]
            if any(c.dep_ in ("dobj", "pobj") and c.tag_ in ("WDT", "WP") for c in node.children):
                return None  # "help in the 2020 election, which Trump denied": an act on it, not of it
            return _own_date(antecedent, tokmap)
        if node.head == node:
            return None
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # "since his Aug. 2 power-grab, or what he calls an eternal merger": a clause with its own
            # subject the parser conjoined to a noun is no part of that noun's happening
            return None
        if node.dep_ == "conj" and _own_time_span(node):
            return None  # "lost control in a revolt last month, but since then his forces have fought back"
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and hints is not None \
                and _own_time_below(node, hints.times):
            # "started in some markets last month and expected to be applied soon", "accounted for 41%
            # last year and is expected to grow to 42.5% in the current year": a conjunct that gives a
            # time of its own (deeper than its adjuncts, or vague) is not on its first conjunct's date
            return None
        if node.dep_ == "ccomp" and _past_perfect(node):
            return EARLIER  # "said on Friday that forces had seized a tanker": before Friday, not on it
        if node.dep_ == "ccomp" and hints is not None and _indefinite_past_of_its_own(node, hints):
            # "The army recently seized the town, officials said on Monday", "said on Monday that
            # the army previously held the town": before the report, at a time the text does not give
            return EARLIER
        planned = _later_infinitive(node)
        node = node.head
    return None


def reduced_relative(verb) -> bool:
    """A past participle with no auxiliary after the noun it describes - a relative clause without
    its pronoun and "was" ("the four persons recently arrested in Hapur", "a man previously convicted
    of fraud")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > verb.head.i \
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def indefinite_reduced_relative(verb, in_timex, past_refs) -> bool:
    """A reduced relative participle with an indefinite past of its own ("recently arrested",
    "previously convicted", ``data/indefinite_past.txt``): an act before the story at a time the text
    does not give - neither the date of the clause its noun belongs to ("A man previously convicted of
    fraud was arrested on Tuesday") nor the date line (:mod:`dateline.time.indefinite`).  ``in_timex``:
    tokens of every time expression; ``past_refs``: tokens of the vague past references ("recently").
    Read by :func:`attached` and by event dating (``dating._before_the_story``)."""
    from dateline.time.indefinite import indefinite_adverb  # (indefinite imports this module)

    return reduced_relative(verb) and (indefinite_adverb(verb, in_timex)
                                       or any(c.i in past_refs for c in verb.children))


def _misparsed_antecedent(verb):
    """The antecedent of a relative clause the parser did not make one: "following the car accident
    on Friday that killed his wife" (spaCy hangs "killed" as a complement of a verb above, with
    the relative pronoun "that" as its subject) - the noun right before the pronoun, or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "dep"):
        return None
    pron = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT"
                 and c.i < verb.i), None)
    if pron is None or pron.i == 0 or pron.i != verb.left_edge.i:
        return None
    before = verb.doc[pron.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def adjunct_date(node, tokmap: dict[int, int], seen: set[int] = frozenset()) -> int | None:
    """The date among the node's own adjuncts, directly or through a preposition (read by event dating too:
    the date of a subject's own clause, ``dating._subject_clause_day``)."""
    for child in _adjuncts(node):
        if child.i in seen:
            continue
        if child.i in tokmap:
            if _measure_beside_signal(child):
                continue
            return tokmap[child.i]
        if child.dep_ in ("prep", "npadvmod", "advmod", "agent", "mark"):  # "a day after ...", "on Saturday"
            if child.dep_ == "prep" and dates_the_attribution(child):
                continue  # "killing 30 according to officials on Wednesday": the officials' day (.attribution)
            for grand in child.children:
                if grand.i in tokmap and grand.dep_ in ("pobj", "npadvmod", "nummod", "compound", "amod"):
                    if _measures_its_clause(child, grand):
                        continue
                    return tokmap[grand.i]
                k = _time_of_date(grand, tokmap)
                if k is not None:
                    return k
                if child.dep_ == "advmod" and child.lower_ in _DEGREE_OF_TIME and grand.dep_ == "prep" \
                        and grand.lower_ == "as":
                    # "could come ... as early as Tuesday", "ready to leave as soon as Tuesday": the
                    # date is the event's, spaCy hangs it on the adverb's "as"
                    k = _dated_object(grand, tokmap)
                    if k is not None:
                        return k
            if child.dep_ == "prep" and (child.lower_ in WITHIN_PREPS or child.lower_ == "during"):
                k = _dated_noun(child, tokmap)  # "injured in the 1998 clinic bombing", "during the riots in April"
                if k is not None:
                    return k
            if child.dep_ == "prep" and child.lower_ in _PERIOD_PREPS and _past_or_noun(node):
                # "For the six months ended Aug. 12, Provigo posted net income": "for" + a period names
                # the period the act is set in (as "for 1988, the company earned"), dated by its end
                k = _end_of_the_period(child, tokmap)
                if k is not None:
                    return k
    return None


def _past_or_noun(node) -> bool:
    """A past verb or a noun: "posted ... for the year ended", "sales for the four weeks ended"; not an
    act ahead ("plans to release results for the year ended January 30": the release is later)."""
    return node.tag_ in ("VBD", "VBN") or node.pos_ in ("NOUN", "PROPN")


def _end_of_the_period(prep, tokmap: dict[int, int]) -> int | None:
    """The date of "ended" / "ending" on the preposition's object when that is a unit of time ("the six
    months ended Aug. 12", "the year ending June 30")."""
    for g in prep.children:
        if g.dep_ == "pobj" and g.lemma_.lower() in lexicon().units:
            for acl in g.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() == "end":
                    return adjunct_date(acl, tokmap)
    return None


_TIME_CLAUSE_MARKS = {"after", "when", "as", "while", "once", "upon"}
# "as early as Tuesday", "as late as 1990", "as long ago as 2000" (the date hangs on "ago"'s "as")
_DEGREE_OF_TIME = {"early", "soon", "late", "recently", "ago"}


def _measured_signal(clause, tokmap: dict[int, int]) -> int | None:
    """The date measured from the happening a clause of "after"/"before" tells (:mod:`.measured`: "two days
    after the gunmen shot the mayor", the shooting's date moved two days), which spans the clause's mark:
    the main clause is on it, however spaCy hangs the measure ("days" on the mark or on the clause's verb)."""
    if clause.dep_ != "advcl":
        return None
    for g in clause.children:
        if g.dep_ == "mark" and g.lower_ in ("after", "before") and g.i in tokmap:
            return tokmap[g.i]
    return None


def _time_clause_date(verb, tokmap: dict[int, int], depth: int = 0) -> int | None:
    """A clause with no date of its own is dated by its clause of time: "was shot ... shortly
    after he and his wife returned home from synagogue on the night of Friday, Oct. 23"; "After
    touring the capital Thursday, the FBI chief said ...".  Only the trigger's own clause asks, and
    only after its own adjuncts: "resigned on Tuesday after he was accused on Monday" is Tuesday.
    Not "before" ("made last week, before Slepian died"), nor a bound ("since", "until")."""
    for child in verb.children:
        sub = None
        if child.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in _TIME_CLAUSE_MARKS
                                         for g in child.children if g.i < child.i):
            sub = child
        elif child.dep_ == "prep" and child.lower_ in _TIME_CLAUSE_MARKS:
            sub = next((g for g in child.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")), None)
        if sub is not None and likens_to_another(sub):
            continue  # "may lead to killings, as happened in 1992": the date of what the act is likened to
        measured = _measured_signal(child, tokmap)
        if measured is not None:
            return measured  # "arrested them two days after the gunmen shot the mayor" (.measured)
        if sub is not None and not any(g.dep_ == "npadvmod" and g.i < sub.i for g in sub.children):
            # (not "one year after he was killed in 1998": the span puts the main clause a year later)
            k = adjunct_date(sub, tokmap)
            if k is None and depth == 0:
                # "was fatally injured when the Land Cruiser overturned after it left the road ... on
                # Friday afternoon": a clause of time with no date of its own is dated by its own
                k = _time_clause_date(sub, tokmap, 1)
            if k is not None:
                return k
    return None


@dataclass(frozen=True)
class Hints:
    """What :func:`attached` knows beyond the timexes' own tokens: ``with_bounds`` also maps the
    bounding expressions ("since November, when he was found"), ``misattached`` maps a clause verb
    to the bare date the parser hung on one of its arguments (:func:`misattached_dates`)."""

    with_bounds: dict[int, int]
    misattached: dict[int, int]
    times: frozenset[int] = frozenset()  # tokens of every DATE/TIME expression, vague ones too ("soon")
    past_refs: frozenset[int] = frozenset()  # tokens of the vague past references ("recently")
    in_timex: frozenset[int] = frozenset()  # tokens of every time expression, durations too


# A bare day ("Friday", "April 8") parsed as one of these is a misparse of an adverbial of time:
# "Poland ... Friday formally joined NATO" (appos of Poland), "bullet that tore into his back Friday
# night" (object of "into").  A year or month is left alone: "1998 was a hard year" is a subject.
_ARGUMENT_DEPS = ("appos", "nsubj", "nsubjpass", "dobj", "conj")
_PLACE_PREPS = {"into", "through", "across", "onto", "toward", "towards", "behind", "below", "above"}


def first_verb_from(tok, steps: int = MAX_DEPTH):
    """``tok`` or the first verb or auxiliary above it, climbing at most ``steps`` heads; None if the walk
    reaches the root or the limit first (a verbless headline fragment, say)."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def misattached_dates(doc, timexes: list[Timex], values, tokmap: dict[int, int]) -> dict[int, int]:
    """clause verb -> index of a bare day-level timex the parser made an argument of a word in
    that clause; the verb is the first verb above the timex."""
    out: dict[int, int] = {}
    for k, t in enumerate(timexes):
        if values[k] is None or values[k][1] != "day":
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not any(i in tokmap for i in range(span.start, span.end)):
            continue
        root = span.root
        misparsed = root.dep_ in _ARGUMENT_DEPS and root.head.i not in range(span.start, span.end) \
            or root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS \
            or root.dep_ == "compound" and root.head.pos_ == "VERB"  # "found Thanksgiving Day clinging"
        if not misparsed or (span.start > 0 and doc[span.start - 1].pos_ == "ADP"):
            continue
        verb = first_verb_from(root.head)
        if verb is not None:
            out.setdefault(verb.i, k)
            if (root.dep_ in ("nsubj", "compound") and verb.tag_ in ("VBN", "VBG", "VBD") and verb.dep_ == "advcl"
                    or verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("ccomp", "xcomp")) \
                    and not any(g.dep_ in ("aux", "auxpass") for g in verb.children) \
                    and verb.head.pos_ in ("VERB", "AUX") and span.start == verb.head.i + 1:
                # "The rifle was discovered April 8 buried one foot below the ground", "Elian was
                # found Thanksgiving Day clinging to an inner tube": a participle has no subject of
                # its own; the day the parser hung on it stands right after the verb before it and
                # dates that verb too
                out.setdefault(verb.head.i, k)
    for verb_i, k in _stative_participle_dates(doc, timexes, values).items():
        out.setdefault(verb_i, k)
    return out


_STATE_DATE_PREPS = {"in", "on", "at"}  # not the bounds ("based there since 2010" is a stretch)


def _stative_participle_dates(doc, timexes: list[Timex], values) -> dict[int, int]:
    """clause verb -> index of a date the parser hung on a participle of state after a noun ("planned
    to ship a computer based on the 486 chip early next year"): a state has no date of its own
    (``data/stative_participles.txt``), so the date is the act's whose argument the noun is - the first
    verb above the noun, unless the noun is that verb's subject or the verb has a time of its own."""
    out: dict[int, int] = {}
    statives = word_list("stative_participles.txt")
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in timexes]
    roots = {span.root.i for span in spans if span is not None and len(span)}
    for k, span in enumerate(spans):
        if values[k] is None or span is None or not len(span):
            continue
        root = span.root
        participle = root.head
        if root.dep_ == "pobj" and participle.dep_ == "prep" and participle.lower_ in _STATE_DATE_PREPS:
            participle = participle.head
        elif root.dep_ not in ("npadvmod", "advmod"):
            continue
        elif participle.dep_ == "pobj" and participle.head.dep_ == "prep":
            participle = participle.head.head  # "a clinic based in the capital next month": on "capital"
        if participle.lower_ not in statives or participle.tag_ != "VBN" or participle.dep_ != "acl" \
                or participle.head.pos_ not in ("NOUN", "PROPN", "PRON") \
                or participle.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # (a subject's: "the upturn, based on firm prices this spring, will end soon")
        verb = first_verb_from(participle.head)
        if verb is not None and not _has_own_time(verb, roots):
            out.setdefault(verb.i, k)
    return out


def _has_own_time(verb, roots: set[int]) -> bool:
    """Does the verb carry a time expression of its own, directly or through a preposition ("the upturn,
    based on firm prices this spring, will end soon": "soon" is the ending's, "this spring" the prices')?"""
    return any(c.i in roots or c.dep_ == "prep" and any(g.i in roots for g in c.children) for c in verb.children)


def _when_after_date(clause, tokmap: dict[int, int]) -> int | None:
    """A "when" clause written right after a date tells what happened on that date, however the
    parser hangs it: "In contrast to Thursday, when 133 people were arrested, ..." (spaCy makes the
    clause an adverbial of the main verb, whose date is Friday)."""
    if clause.dep_ not in ("advcl", "relcl", "conj"):
        return None
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None)
    if when is None:
        return None
    before = when.doc[when.i - 1] if when.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = when.doc[before.i - 1]
    return tokmap.get(before.i) if before is not None else None


def _measures_its_clause(prep, measure) -> bool:
    """"*Three years* after driving the Taliban from power, the promise ...": a span before
    "after"/"before" measures the distance from the main clause to the clause "after" introduces, so
    its value (see ``dating.effective_values``) dates that clause, not the main clause it hangs on."""
    return prep.lower_ in ("after", "before") and measure.dep_ == "npadvmod" \
        and any(c.dep_ in ("pobj", "pcomp") and not _points_back(c) for c in prep.children)


def _points_back(word) -> bool:
    """"Two years after *that*, the army retook it": a bare demonstrative is the story time, no clause of its
    own, so the span measures the main clause from it (``dating._SIGNAL``'s bare signal, session 34)."""
    return word.dep_ == "pobj" and word.lower_ in ("that", "this") and not any(True for _ in word.children)


def _measure_beside_signal(measure) -> bool:
    """"was arrested *a week* after the shooting": spaCy hangs the span beside "after", on the verb;
    as when it hangs it on "after" (:func:`_measures_its_clause`) the span measures the distance to
    what "after" introduces and dates that, not the verb."""
    if measure.dep_ != "npadvmod" or measure.i + 1 >= len(measure.doc):
        return False
    signal = measure.doc[measure.i + 1]
    counted = any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in measure.children)
    return counted and signal.dep_ == "prep" and signal.head.i == measure.head.i \
        and _measures_its_clause(signal, measure)  # a span ("a week", "two days"), not "last night after ..."


WITHIN_PREPS = {"in", "at", "amid"}  # happened inside the named happening; "after"/"before" are not within it
_NAMING_DATE_DEPS = ("compound", "amod", "nummod", "poss", "nmod")  # "the 1998 bombing", "March's vote"


_PORTIONS = {"part", "much", "most", "rest", "remainder", "half"}  # "for a good part of 1990"


def _time_of_date(noun, tokmap: dict[int, int]) -> int | None:
    """"on the night of Friday, Oct. 23", "in the early hours of Thursday": a part of a day (or a
    time unit) "of" a date is dated by it; so is a portion of a date, also as the object of the verb
    ("for a good part of 1990", "spent part of Sunday night with chanting protesters")."""
    if noun.dep_ not in ("pobj", "dobj") or (noun.lower_ not in lexicon().parts_of_day
                                             and noun.lemma_.lower() not in lexicon().units
                                             and noun.lower_ not in _PORTIONS):
        return None
    if noun.dep_ == "dobj" and noun.lower_ not in _PORTIONS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            k = _dated_object(prep, tokmap)
            if k is not None:
                return k
    return None


def _dated_object(prep, tokmap: dict[int, int]) -> int | None:
    """The timex a preposition's object is ("on *April 22*", "of *Friday, Oct. 23*"), if it is one."""
    return next((tokmap[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in tokmap), None)


def _own_date(noun, tokmap: dict[int, int]) -> int | None:
    """The date a noun carries as a modifier of its own: "the January 1998 bombing", "a raid on
    the relatives' home on April 22"; also the noun's "of" head's, where the parser hangs a clause
    on the wrong noun ("the 1998 bombing of a clinic that killed an officer": the bombing killed)."""
    for mod in noun.children:
        if mod.dep_ in _NAMING_DATE_DEPS and mod.i in tokmap:
            return tokmap[mod.i]
        if mod.dep_ == "npadvmod" and mod.i in tokmap and mod.left_edge.i == noun.i + 1:
            # "a shooting Thursday evening that left one dead": a bare date right after the noun is its own
            return tokmap[mod.i]
        if mod.dep_ == "prep" and mod.lower_ in ("on", "of", "in"):
            # "a raid on the home on April 22"; "the Hong Kong flu of 1968 that killed a million people";
            # "hit in the deadly attack in May" (session 34)
            k = _dated_object(mod, tokmap)
            if k is not None:
                return k
        if mod.dep_ == "acl" and mod.tag_ == "VBN" and not any(g.dep_ in ("aux", "auxpass") for g in mod.children):
            # "in a poll completed on Saturday": the participle dates the happening it describes
            k = adjunct_date(mod, tokmap)
            if k is not None:
                return k
        if mod.dep_ == "relcl" and _tells_when_it_took_place(mod):
            # "said in an interview that aired Sunday", "killed in a raid which took place on Monday"
            k = adjunct_date(mod, tokmap)
            if k is not None:
                return k
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != noun.head:
        return _own_date(noun.head.head, tokmap)
    return None


def _date_of_the_planned(verb, k: int, tokmap: dict[int, int]) -> bool:
    """Is timex ``k``, found among the adjuncts of a verb of planning, the planned act's date?  A
    time written after the verb's object ("planned a large demonstration in Little Havana on
    Saturday") is the object's (``tense.planned_object``), not the planning's; one before the object
    ("On Friday, protesters planned a demonstration") is the planning's.  So is a weekday "for" which
    the object is set ("has called a special meeting for Wednesday", ``tense.set_for_a_day``)."""
    ids = [i for i, v in tokmap.items() if v == k]
    obj = planned_object(verb)
    if obj is not None and min(ids) > obj.i:
        return True
    # "has called a special meeting of trade finance players for Wednesday": the meeting's day
    return set_for_a_day(verb, verb.doc[min(ids):max(ids) + 1])


_OCCURRING = {"occur", "happen", "take"}  # "take" only with "place"


def _dated_subject(verb, tokmap: dict[int, int]) -> int | None:
    """A past clause whose subject is a happening named with its date acts at that date: "the
    December 1986 conference at which OPEC set a reference price gave the market a signal",
    "Monday's bombing killed five" - also when a report above it has a date of its own."""
    future = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children)
    if verb.tag_ != "VBD" and not future:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    k = next((tokmap[m.i] for m in subj.children if m.dep_ in _NAMING_DATE_DEPS and m.i in tokmap
              and m.i < subj.i), None)
    if k is not None:
        return k
    # "Capital expenditure in 1990 will rise slightly", "Sales in the third quarter rose 5%": an
    # amount or a happening placed in a period by its own "in"/"during" acts in that period
    return next((k for m in subj.children if m.dep_ == "prep" and m.lower_ in ("in", "during") and m.i > subj.i
                 for k in [_dated_object(m, tokmap)] if k is not None), None)


def _tells_when_it_took_place(clause) -> bool:
    """A relative clause whose pronoun is the subject of a verb of occurring: "that took place",
    "which occurred", "that happened", "which was held"; or of publishing (``data/publishing_verbs.txt``):
    "that aired Sunday", "which was published on Monday"."""
    lemma = clause.lemma_.lower()
    if lemma == "hold":
        return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in clause.children)
    if lemma in _publishing_verbs():
        # "an interview that aired Sunday", "a statement which was released on Tuesday": when the
        # words reached the public is when they were said to it
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children)
    if lemma not in _OCCURRING or lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place"
                                                              for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def _tells_when_it_set_in(clause) -> bool:
    """A relative clause right after its noun whose pronoun is the subject of a verb of onset ("the
    crackdown, which began in February", "the protests that broke out in January",
    ``data/onset_verbs.txt``): the happening the noun names is dated by its onset.  Only the noun itself:
    an act inside a happening that began on a day ("In the test, which began on Thursday, officials are
    monitoring") is not on that day, so :func:`_own_date` does not read it; nor a clause the parser hung on
    a noun further back ("a briefing on the oil spill, which began April 20")."""
    pron = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
    noun = clause.head
    return pron is not None and _sets_in(clause) and pron.i > noun.i \
        and all(t.is_punct for t in clause.doc[noun.i + 1:pron.i])


def _sets_in(verb) -> bool:
    """A verb of onset ("began", "erupted", "broke out"), its particle included."""
    onset = word_list("onset_verbs.txt")
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.lemma_.lower() in onset or any(f"{verb.lemma_.lower()} {p}" in onset for p in particles)


def _participle_date(noun, tokmap: dict[int, int]) -> int | None:
    """A happening named by a noun is dated by the participle that describes it ("A memorial
    service planned ... for Saturday was canceled", "the agreement signed in March between ...":
    a reduced passive relative clause, no auxiliary of its own); not by a participle of reporting
    ("the attack reported on Monday": a report comes after what it tells), nor by one of reacting
    ("the attack condemned on Monday", :func:`names_a_stimulus`).  Also by a relative
    clause that says when it took place ("the $728 million recapitalization that took place in
    1988", "the meeting, which occurred on Monday", "the rally, which was held on Sunday")."""
    k = _dating_from(noun, tokmap)
    if k is not None:
        return k
    for mod in noun.children:
        if mod.dep_ == "relcl" and (_tells_when_it_took_place(mod) or _tells_when_it_set_in(mod)):
            k = adjunct_date(mod, tokmap)
            if k is not None:
                return k
        if mod.dep_ == "acl" and mod.tag_ == "VBN" and mod.i > noun.i \
                and not any(g.dep_ in ("aux", "auxpass") for g in mod.children) \
                and mod.lemma_.lower() not in word_list("reporting_verbs.txt") \
                and mod.lemma_.lower() not in reaction_words():
            k = adjunct_date(mod, tokmap)
            if k is not None:
                return k
    return None


def _belief_of_a_state(verb) -> bool:
    """A participle of believing right before the participle or adjective it holds of its noun, with no
    auxiliary ("kidnapped and presumed killed", "a pilot believed killed", ``data/belief_participles.txt``)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in word_list("belief_participles.txt") \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and (nxt.tag_ == "VBN" or nxt.lower_ in ("dead", "missing", "lost", "alive"))


def _dating_from(noun, tokmap: dict[int, int]) -> int | None:
    """"a series of sniper shootings dating to 1994", "killings dating back to 2015", "shootings of judges
    dating from 2019": the participle of "date" says when the happenings the noun names began, whatever
    the clause above does (the noun itself, or the noun of its "of" phrase the participle hangs on)."""
    nouns = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    for n in nouns:
        for mod in n.children:
            if mod.dep_ == "acl" and mod.tag_ == "VBG" and mod.lemma_.lower() == "date" and mod.i > n.i:
                for t in mod.subtree:
                    if t.i in tokmap:
                        return tokmap[t.i]
    return None


def reaction_words() -> frozenset[str]:
    """Lemmas of verbs and nouns of reacting to an earlier happening (``data/reaction_words.txt``)."""
    return word_list("reaction_words.txt")


# Prepositions that give a reaction its own time ("condemned the attack *in* Monday's speech").
_OWN_TIME_PREPS = WITHIN_PREPS | {"during", "on"}


def names_a_stimulus(token) -> bool:
    """Does the date expression rooted at ``token`` name a happening the clause around it reacts to
    ("condemned *Monday's* bombing", "responding to *Tuesday's* attack", "arrested in connection
    with *Sunday's* shooting", "in retaliation for *Friday's* attack")?  The date names the noun's
    happening (as its possessive or modifier), and that happening is the object of a word of
    reacting (``data/reaction_words.txt``), directly or through its preposition: the reaction comes
    later, at a time the text does not give.  A dated happening that is the clause's subject
    ("Monday's bombing killed five") or that it takes part in ("thousands attended Sunday's
    funeral") is not a stimulus; nor is one the clause is merely told before or after ("at a press
    conference after yesterday's hearing, said ...", "Before his Sunday night address, Castro
    played ...": often on the same day, and TimeML's annotators read it so)."""
    if token.dep_ not in _NAMING_DATE_DEPS or token.head.pos_ not in ("NOUN", "PROPN") or token.head.i < token.i:
        return False
    noun = token.head
    if noun.dep_ == "pobj":
        # "condemned the attack in Monday's speech", "during Sunday's broadcast": the reaction's own time
        return noun.head.lower_ not in _OWN_TIME_PREPS and noun.head.head.lemma_.lower() in reaction_words()
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in reaction_words()


def _dated_noun(prep, tokmap: dict[int, int]) -> int | None:
    """The own date of the happening a preposition puts the event in: "killed in the 1996 bombing"."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            return _own_date(pobj, tokmap)
    return None


def _adjuncts(node):
    """The node's dependents, plus what the parser hung on its auxiliary: in "had in the past worked"
    the time phrase sits between auxiliary and verb and spaCy attaches it to the auxiliary, but it
    times the verb; and the adjuncts of a participle that describes the same moment ("was found
    floating off the coast on Thanksgiving Day"; not "agreed to meet on Friday", a later act)."""
    for child in node.children:
        yield child
        if child.dep_ in ("aux", "auxpass"):
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod", "advmod"))
        elif child.dep_ == "xcomp" and child.tag_ == "VBG" and not any(g.dep_ == "aux" for g in child.children):
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod"))
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" for g in child.children):
            # a date set off by a comma after a subordinate clause ends the sentence's main clause:
            # "railed against the rioters during his first rally since the pandemic engaged the
            # country, on June 20 in Tulsa" (spaCy hangs it on "engaged")
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod") and g.i > child.i
                        and g.doc[g.i - 1].text == ",")
        elif child.dep_ == "xcomp" and node.lemma_.lower() in _same_time_verbs() \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            # "began to fall apart in mid-1996", "declined to comment Saturday": the infinitive of an
            # aspectual or implicative verb is done in the same act, its date is the verb's
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod"))
        elif child.dep_ in ("nsubj", "nsubjpass") and node.pos_ in ("VERB", "AUX"):
            # a phrase set off by commas after the subject times the clause, however the parser hangs
            # it: "The president, in an interview published Monday by the Financial Times, said ...",
            # "The minister, on Tuesday, announced ..."
            yield from (g for g in child.children if g.dep_ == "prep" and g.i > child.i
                        and g.doc[g.i - 1].text == "," and (g.lower_ in WITHIN_PREPS or g.lower_ == "on"))
            # so does a present participle set off there, of the same moment as the clause: "The
            # minister, speaking to reporters on Monday, accused ..." (not "The man, arrested on
            # Monday, told ...": a passive participle tells an earlier act)
            for part in child.children:
                if part.dep_ == "acl" and part.tag_ == "VBG" and part.i > child.i and part.doc[part.i - 1].text == "," \
                        and not any(g.dep_ in ("aux", "auxpass") for g in part.children):
                    yield from (g for g in part.children if g.dep_ in ("prep", "npadvmod"))
        elif child.dep_ == "prep" and child.lower_ == "by" and node.pos_ == "VERB":
            # "killed Steenkamp by shooting four times through a locked door ... two years ago": a
            # gerund of means is the same act as the verb, its date is the verb's
            for means in child.children:
                if means.dep_ == "pcomp" and means.tag_ == "VBG":
                    yield from (g for g in means.children if g.dep_ in ("prep", "npadvmod", "advmod"))
        elif child.dep_ == "conj" and _shares_trailing_adjunct(node, child):
            # "James Means, 15, was shot and killed on Monday", "14 fighters were killed and 42 were
            # wounded Wednesday": a date after the last of two past verbs joined by "and", the first
            # with nothing after it of its own but its arguments, closes both
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod") and g.i > child.i)
        elif child.dep_ == "amod" and child.lower_ in _scheduled_adjectives():
            # "the general election due this September": the adjective's date is the noun's
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod"))
        elif child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            # a purpose clause: "To modernize its military, in 2018, Hungary licensed ...", "extended
            # their offers to acquire the maker Friday" - spaCy hangs the date on the infinitive, but the
            # purpose is not done yet: the date is the main clause's
            yield from (g for g in child.children if g.dep_ in ("prep", "npadvmod") and g.i > child.i)


_PAST_TAGS = ("VBD", "VBN")
_OWN_ARGUMENTS = ("cc", "conj", "punct", "dobj", "dative", "prt", "attr", "acomp", "oprd")


def _shares_trailing_adjunct(verb, conj) -> bool:
    """Two past verbs coordinated by "and" ("was shot and killed", "were killed and 42 were wounded"),
    the first with no adjunct after it (only its arguments): what follows the second conjunct is said of
    both.  Not a first conjunct of a habit or a state ("had always opposed ... and had marched against it
    in February 2003", ``data/span_adverbs.txt``), not "was born in Lagos and died on Monday" (an adjunct of its own), not a first conjunct with an
    indefinite past of its own ("once ran a bakery and was arrested on Saturday"), not "was arrested and will
    appear in court on Monday" (another tense)."""
    if verb.pos_ != "VERB" or conj.pos_ != "VERB" or verb.tag_ not in _PAST_TAGS or conj.tag_ not in _PAST_TAGS:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" and verb.i < c.i < conj.i for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "to") for c in conj.children) \
            or _perfect(verb, ("has", "have", "'ve")):
        return False  # (a present perfect is news of now, not an act of the day: "has rebuffed ... and said")
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in word_list("span_adverbs.txt") for c in verb.children):
        return False  # "had always opposed the war and had marched against it in February 2003": a state
    from dateline.time.indefinite import indefinite_adverb  # (indefinite imports this module)

    if indefinite_adverb(verb):
        return False  # "once ran a bakery and was arrested on Saturday": a time of its own, not given
    return all(c.i < verb.i or c.dep_ in _OWN_ARGUMENTS for c in verb.children)


def _publishing_verbs() -> frozenset[str]:
    return word_list("publishing_verbs.txt")


def _same_time_verbs() -> frozenset[str]:
    return word_list("same_time_verbs.txt")


def _scheduled_adjectives() -> frozenset[str]:
    return word_list("scheduled_adjectives.txt")


EARLIER = -1  # attached: the event is reported as earlier than its reporting verb's date
LATER = -2  # attached: the event is intended, promised or asked for by the verb above it, a later act
STATE_START = -3  # attached: the event is in a clause of "since" that starts a stretch (:mod:`.since`)


def _later_infinitive(node) -> bool:
    """The to-infinitive of a verb of intention, promise, request or expectation
    (``data/later_verbs.txt``: "planned to ship", "agreed to meet", "was ready to leave"): the act
    is later than the verb, whose date does not date it."""
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in _later_verbs() \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _later_verbs() -> frozenset[str]:
    return word_list("later_verbs.txt")


def _own_time_span(verb) -> bool:
    """A conjoined clause with a span of its own - a bound ("since then", "until now") or a present
    perfect ("has since withdrawn") - is not on its first conjunct's date."""
    if any(c.dep_ == "prep" and c.lower_ in BOUND_PREPS for c in verb.children):
        return True
    return _perfect(verb, ("has", "have", "'ve"))


def _own_time_below(verb, times: frozenset[int]) -> bool:
    """A time expression in the verb's own clause (its subtree without its own conjuncts), or an adverb of a
    later time the tagger leaves untagged ("and expected to be applied soon", ``data/own_time_adverbs.txt``)."""
    adverbs = word_list("own_time_adverbs.txt")
    stack = [c for c in verb.children if c.dep_ not in ("conj", "cc")]
    while stack:
        tok = stack.pop()
        if tok.i in times or tok.dep_ == "advmod" and tok.lower_ in adverbs:
            return True
        stack.extend(c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return False


def _indefinite_past_of_its_own(verb, hints: Hints) -> bool:
    """A reported past clause with a vague or indefinite past time of its own ("recently seized",
    "previously held", "in the past worked"; :mod:`dateline.time.indefinite`)."""
    from dateline.time.indefinite import indefinite_adverb, vague_past

    return vague_past(verb, dict.fromkeys(hints.past_refs, 0)) \
        or indefinite_adverb(verb, hints.in_timex) and verb.tag_ in ("VBD", "VBN")


def _past_perfect(verb) -> bool:
    """"had seized", "had been seized": the clause is earlier than the clause it is reported in."""
    return _perfect(verb, ("had", "'d"))


def _perfect(verb, auxiliaries: tuple[str, ...]) -> bool:
    """A participle with one of these perfect auxiliaries."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)


def _on_argument(node, tokmap: dict[int, int], own: bool = False) -> int | None:
    """A bare date the parser hung on the verb's object instead of the verb (``own``: the node is the
    trigger itself, not a clause the walk climbed to).

    "had asked for Bolton's resignation Monday night": spaCy attaches "Monday night" as an
    adverbial noun phrase (npadvmod / tmod) of "resignation"; it still dates the asking, and the
    walk must not go on up to the reporting verb's date ("On Tuesday, Trump announced ...").
    Only adverbial attachments count: "the July 2023 coup" (a compound/amod) names a thing.
    """
    for child in node.children:
        nouns = [child] if child.dep_ in ("dobj", "attr", "oprd") else []
        if child.dep_ in ("prep", "agent"):
            nouns = [g for g in child.children if g.dep_ == "pobj" and not _comparison_base(child, g)]
        if child.dep_ == "attr" and node.lemma_.lower() in _COPULAS:
            k = _predicate_date(child, tokmap)
            if k is not None:  # "became the subject of an international manhunt in November"
                return k
        if child.dep_ == "conj" and child.pos_ == "NOUN" and node.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in node.children):
            # "after losing his mother and stepfather in a sea voyage ... last November": the parser
            # made the object's conjunct a conjunct of the verb
            nouns = [child]
        for noun in nouns:
            if noun.dep_ == "dobj":
                k = _time_of_date(noun, tokmap)
                if k is not None:  # "spent part of Sunday night"
                    return k
            for mod in noun.children:
                if mod.dep_ in ("npadvmod", "tmod") and mod.i in tokmap:
                    return tokmap[mod.i]
                if mod.dep_ == "prep" and mod.lower_ in _APPROX_PREPS:
                    k = _dated_object(mod, tokmap)
                    if k is not None:  # "withdrew due to health reasons around the beginning of August"
                        return k
                if mod.dep_ == "prep" and mod.lower_ == "on" and noun.dep_ == "pobj" and node.tag_ in ("VBD", "VBN"):
                    # "was sent into space on board the Soyuz 36 on May 26, 1980": "on" + a date after the
                    # object of the verb's own preposition closes the clause and dates its past verb
                    k = _dated_object(mod, tokmap)
                    if k is not None:
                        return k
                if own and mod.dep_ == "prep" and mod.lower_ in _CLOSING_DATE_PREPS and _plain_argument(node, noun):
                    # "agreed a deal with six powers, including the UK, in Vienna in July", "joined
                    # McCain's ticket for president in 2008": a date the parser hung on an argument
                    # that names no happening (a party, a place, a thing) has nothing there to date
                    # and closes the clause of the past verb
                    k = _dated_object(mod, tokmap)
                    if k is not None:
                        return k
    return None


_CLOSING_DATE_PREPS = {"in", "on", "during"}


def _plain_argument(verb, noun) -> bool:
    """``noun`` is an argument of the past verb (its object, or the object of its own preposition)
    that names no happening: not "the attack", "the shooting" (``data/happenings.tsv``, whose date is
    the happening's own: "arrested a man for the shooting on Friday"), and the verb is neither a verb
    of saying nor of reacting ("reported a rise in profits in the third quarter", "condemned the
    vote in May": the date is the thing's)."""
    from dateline.time.antecedents import happening_noun  # (antecedents imports this module)

    if verb.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False  # "the case will be postponed until a date in August": no past act
    if noun.dep_ == "pobj" and noun.head.lower_ in ("since", "until", "till"):
        return False  # ("until a date in August": a bound)
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        return False  # (the rule above: "on board the Soyuz 36 on May 26, 1980")
    if noun.dep_ == "pobj" and noun.head.lower_ in _BASE_PREPS | {"against"} and not _with_a_party(noun.head, noun):
        return False  # "have gone from a negligible share in 1996 to 16 per cent": the base's time
    lemma = verb.lemma_.lower()
    if lemma == "compare" or lemma in word_list("reporting_verbs.txt") or lemma in reaction_words():
        return False  # "compared to a gain of 117,000 in January"
    return not happening_noun(noun)


def _comparison_base(prep, noun) -> bool:
    """"will rise slightly, Mr. Marous said, from an estimated $470 million this year", "up from
    40% last year", "compared with $3.2 billion a year earlier": an amount a change is measured
    from, with the time of that amount - the base of the comparison, not the time of the change."""
    if prep.lower_ not in _BASE_PREPS:
        return False
    if _with_a_party(prep, noun):
        return False
    return noun.pos_ == "NUM" or noun.lower_ in ("%", "percent") \
        or any(c.tag_ in ("$", "CD") and c.dep_ in ("nummod", "compound", "quantmod") for c in noun.children)


_BASE_PREPS = {"from", "with", "than", "over", "versus", "vs."}
_COMPARING_WORDS = {"compare", "comparison", "contrast", "compared"}


def _with_a_party(prep, noun) -> bool:
    """"agreed a deal with six powers in Vienna in July": "with" gives the base of a comparison only
    after a word of comparing ("compared with 12,000 jobs a year earlier") or with a sum ("with $3
    million a year earlier"); elsewhere its noun, counted or not, is a party to the act."""
    return prep.lower_ == "with" and prep.head.lemma_.lower() not in _COMPARING_WORDS \
        and noun.pos_ in ("NOUN", "PROPN") and not _an_amount(noun)


def _an_amount(noun) -> bool:
    """Money or a share: "$3.2 billion", "40%", "12 cents" (a noun whose number is a sum)."""
    return noun.lower_ in ("%", "percent", "cent", "cents") or any(c.tag_ == "$" for c in noun.subtree)


_COPULAS = {"be", "become"}
_PREDICATE_PREPS = {"in", "on", "during"}


def _predicate_date(noun, tokmap: dict[int, int]) -> int | None:
    """The date of the happening a copula's predicate noun names the subject's part in: the
    noun's own "in"/"on"/"during" + a date, or that of the noun it is "of" ("became *the subject
    of* an international manhunt in November", "was part of a crew ... in October 1984")."""
    for _ in range(2):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in _PREDICATE_PREPS:
                k = _dated_object(prep, tokmap)
                if k is not None:
                    return k
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            return None
    return None


_APPROX_PREPS = {"around", "about"}  # "around March": a time, whatever noun the parser hangs it on
