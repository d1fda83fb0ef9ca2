"""The tense a time expression is used in: past, present, future (or "" when nothing says).

A bare "Saturday" or "March" needs it: "announced on Saturday" is the Saturday before the date
line, "will meet on Saturday" the one after.  With a spaCy doc the verb that governs the expression
decides (its tag and auxiliaries); without one, the nearest tense marker in the sentence does.
"""

from __future__ import annotations

import re

from dateline.time.lexicon import alternation, lexicon, word_list

_FUTURE = re.compile(r"\b(?:will|shall|won't|wo\s+n't|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|slated|"
                     r"plan(?:s|ned|ning)?\s+(?:a|an|another)\s|"
                     r"expected\s+to|set\s+to|due\s+to|is\s+to|are\s+to|would|intends?\s+to)\b", re.IGNORECASE)
_PAST_RX: list[re.Pattern] = []


def _past() -> re.Pattern:
    """Past-tense markers: the irregular forms of the lexicon, "-ed" words, perfect auxiliaries."""
    if not _PAST_RX:
        verbs = alternation(lexicon().past_verbs)
        _PAST_RX.append(re.compile(rf"\b(?:{verbs}|ago|last|earlier|has|have|been|[a-z]{{2,}}ed)\b"))
    return _PAST_RX[0]


_PRESENT = re.compile(r"\b(?:is|are|says|say|am|tells|remains|continues)\b")
_NOT_PAST = {"need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "embed", "seed", "feed",
             "breed", "greed", "weed", "deed", "creed", "bed", "red", "shed", "sled", "wed", "united", "based",
             "used", "limited", "related", "expected", "scheduled", "planned", "supposed", "proposed"}

_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n")


_ABBREV = re.compile(r"(?:\b(?:vs|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Co|Ltd|No|Jan|Feb"
                     r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|a\.m|p\.m|Jr|Sr)|\b[A-Z])\.$")


def _boundaries(text: str, lo: int, hi: int):
    for m in _SENT_END.finditer(text, lo, hi):
        if text[m.start()] == "." and _ABBREV.search(text, max(0, m.start() - 6), m.start() + 1):
            continue  # "Roe vs. Wade", "Mr. Smith", "U.S. officials"
        yield m


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Cheap sentence boundaries around [start, end) for text-only mode."""
    lo = max(0, start - 400)
    s = lo
    for m in _boundaries(text, lo, start):
        s = m.end()
    e = min(len(text), end + 400)
    for m in _boundaries(text, end, e):
        e = m.start() + 1
        break
    return s, e


_AHEAD_SIGNAL = re.compile(r"\b(?:until|till|by|as\s+soon\s+as|as\s+early\s+as|effective|takes?\s+effect(?:\s+on)?)\s+$",
                           re.IGNORECASE)


def signal_tense(text: str, start: int) -> str:
    """The tense a signal word before the expression fixes, whatever the verb: a deadline or a start
    ("until Tuesday", "by Jan. 14", "effective Feb. 1") lies ahead of the date line, "since" behind."""
    before = text[max(0, start - 20):start]
    signal = _AHEAD_SIGNAL.search(before)
    if signal:
        s, e = sentence_bounds(text, start, start)
        at = max(0, start - 20) + signal.start()
        if not re.search(r"\bhad\b", text[s:e]) and not _negated_until(text, max(s, at - 80), at):
            return "future"  # (not "Until Thursday, they had not called him": the past)
    if re.search(r"\bsince\s+$", before, re.IGNORECASE):
        return "past"
    return ""


_NEGATION = re.compile(r"\b(?:did|was|were)\s*(?:not\b|n't)(?:(?!\bto\b)[^,;:])*$", re.IGNORECASE)


def _negated_until(text: str, lo: int, at: int) -> bool:
    """"did not leave until Friday", "It was not until Tuesday that Castro revealed": "until" after a
    negated past verb in its clause names the point in the past at which the act finally happened, not
    a deadline ahead (a present or future one still points ahead: "is not due until Wednesday"; so does
    a future seen from the past: "wasn't expected to reach the surface until Saturday")."""
    return re.match(r"(?:until|till)\b", text[at:at + 6], re.IGNORECASE) is not None \
        and _NEGATION.search(text, lo, at) is not None


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whom|whose)\b")
# "planned a demonstration on Saturday *and were planning* to drive ...", "arrived on Monday *and will*
# leave on Friday": a predicate joined after the expression, with an auxiliary of its own, is another
# clause with its own tense
_CONJOINED_AFTER = re.compile(r",?\s+and\s+(?:was|were|is|are|will|would|had|has|have)\b", re.IGNORECASE)


_OPEN_QUOTE = re.compile(r"``|\u201c")
_CLOSE_QUOTE = re.compile(r"''|\u201d")


def _quote_bounds(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """Inside a quotation, the quoted words decide the tense, not the "said" outside it
    ("'The father will leave at 4 a.m. Thursday,' Castro said")."""
    opens = [m.end() for m in _OPEN_QUOTE.finditer(text, s, start)]
    closes_before = [m.start() for m in _CLOSE_QUOTE.finditer(text, s, start)]
    if opens and (not closes_before or closes_before[-1] < opens[-1]):
        close = _CLOSE_QUOTE.search(text, end, e)
        if close:
            return opens[-1], close.start()
    elif not opens:  # straight quotes, or '' used on both sides
        for mark in ('"', "''"):
            if text.count(mark, s, start) % 2 == 1:
                close = text.find(mark, end, e)
                if close >= 0:
                    return text.rfind(mark, s, start) + len(mark), close
    return s, e


def tense_from_text(text: str, start: int, end: int) -> str:
    """Nearest tense marker in the sentence (future markers win ties: they are rarer and explicit)."""
    signal = signal_tense(text, start)
    if signal:
        return signal
    s, e = _quote_bounds(text, *sentence_bounds(text, start, end), start, end)
    # "shares issued July 1, which will receive only partial dividends": a non-restrictive relative
    # clause after the expression has its own verb and tense
    rel = _RELATIVE_AFTER.search(text, end, e)
    if rel:
        e = rel.start()
    conjoined = _CONJOINED_AFTER.search(text, end, e)
    if conjoined:
        e = conjoined.start()
    best: tuple[int, str] | None = None
    for rx, label in ((_FUTURE, "future"), (_past(), "past"), (_PRESENT, "present")):
        for m in rx.finditer(text, s, e):
            if start <= m.start() < end:
                continue  # inside the expression itself ("next Monday" is handled by its own word)
            word = m.group(0).lower()
            if label == "past" and word in _NOT_PAST:
                continue
            if word == "last" and re.search(r"\b(?:will|would|to|could|may|might|can|should)\s+$",
                                            text[max(0, m.start() - 8):m.start()]):
                continue  # "will last": the verb, not "last week"
            if label == "future" and re.search(r"\b(?:was|were|been|had)\s+$", text[max(0, m.start() - 6):m.start()]) \
                    and not (word.startswith("planning") and m.start() < start):
                label_here = "past"  # "was expected to", "were due to": a future seen from the past
                # (but "were planning to drive ... on Monday" still points ahead)
            elif label == "future" and word.startswith("planned") and m.start() >= end:
                label_here = "past"  # "On Friday, they planned to pay": the day is the planning's
            else:
                label_here = label
            if label == "past" and re.search(r"\bbe\s+$", text[max(0, m.start() - 4):m.start()]):
                continue  # "will be held", "to be released": the modal decides, not the participle
            dist = start - m.end() if m.end() <= start else m.start() - end
            if label == "future":
                dist += 5 if word == "would" else -3  # "would" is often a future seen from the past
            elif label == "past" and word.endswith("ed") and word not in ("said", "had", "told", "held", "led"):
                dist += 10  # "-ed" words are often participles or adjectives ("untouched by the crisis")
            if best is None or dist < best[0]:
                best = (dist, label_here)
    return best[1] if best else ""


_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}


_PLAN_LEMMAS = {"plan", "expect", "schedule", "set", "intend", "due", "go", "want", "hope", "aim"}
_PAST_AUX = {"was", "were", "had", "been"}
_PERFECT_AUX = {"has", "have", "had", "'s", "'ve"}


def _verb_above(span) -> object | None:
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


_END_BOUNDS = frozenset({"through", "until", "till", "til"})


def _end_bound(span) -> bool:
    """The expression is the end a span runs to: the object of "through" / "until" ("through January")."""
    first = span[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ in _END_BOUNDS


def tense_from_doc(doc, start: int, end: int) -> str:
    """Tense of the verb that governs the tokens of [start, end) in the dependency parse.

    A non-finite verb ("found Thanksgiving Day clinging to a tube", "rising to a high in March")
    takes the tense of the clause above it; a plan seen from the past ("had been scheduled to expire
    Friday") is past; a perfect ("have been searching since the Oct. 23 slaying") is past."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    tok = _verb_above(span)
    if tok is None:
        return ""
    if tok.lower_ == "according" and tok.dep_ == "prep":
        return "past"  # "killing 30 according to officials on Wednesday": a source cites what it has already said
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _on_the_verb(span, tok) and _clause_of_time_under_a_future(tok):
        return "future"  # "said he would resign as soon as parliament met on Monday": the coming Monday
    if not auxes and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and tok.lemma_ not in _PLAN_LEMMAS:
        return "past"  # "the decision, announced Wednesday by the INS": a reduced passive clause
    for _ in range(4):  # climb out of present participles without auxiliaries of their own
        if auxes or tok.tag_ != "VBG":
            break
        if tok.dep_ == "pcomp":
            above = _clause_of_gerund(tok)
            if above is None or not _simple_past(above):
                break  # ("will be available after joining on Wednesday": the joining may be past)
            tok = above
        elif tok.dep_ == "prep":
            # a participle used as a preposition ("Following the coup in July, the junta expelled", "Including
            # the raid in May, the rebels carried out") has no tense of its own: in a past clause its date is
            # a past one; not in a present or future one, whose act may come after a past one ("fear that,
            # following the collapse of talks on Friday, there could be panic" - as "after" above)
            if tok.head.pos_ not in ("VERB", "AUX") or not _simple_past(tok.head):
                break
            tok = tok.head
        elif tok.dep_ not in ("advcl", "xcomp", "ccomp", "conj") or tok.head.pos_ not in ("VERB", "AUX"):
            break
        else:
            tok = tok.head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lowered = {a.lower_ for a in auxes}
    if lowered & _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "to" for a in auxes) and tok.head.lemma_ in _PLAN_LEMMAS:
        governor = tok.head.head if tok.head.dep_ == "acomp" else tok.head  # "had been due to expire"
        head_aux = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
        return "past" if "had" in head_aux else "future"  # "had been scheduled to expire Friday"
    if tok.lemma_ in ("schedule", "slate") and not lowered & _PAST_AUX:
        return "future"  # "has scheduled a news conference Thursday"
    if (obj := planned_object(tok)) is not None and obj.i < span.start and "had" not in lowered:
        return "future"  # "Protesters planned a large demonstration on Saturday": the demonstration's day
    if set_for_a_day(tok, span) and "had" not in lowered:
        return "future"  # "Unions called a general strike for Monday": the day the strike is set for
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if lowered & _PERFECT_AUX and "had" not in lowered and _end_bound(span):
        # "lenders have extended the company loans through January": a present perfect's result holds
        # now, and the end it runs to is the nearest such time, ahead as often as behind
        return "present"
    if lowered & _PERFECT_AUX:
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return ""


# Clauses whose act cannot come before a future main clause's: "before", "until", "once" (the condition still to
# be met).  Not "after" (its act precedes the main one and may be over: "is expected to survive after someone shot
# him Monday") nor "when" (often the saying's own time: "the price it said it would offer when it first announced
# on Monday it would bid"); both made fresh news worse.
_TIME_MARKS = {"once", "before", "until", "till"}


def _on_the_verb(span, verb) -> bool:
    """The expression is the verb's own adjunct ("met on Monday", "ended Friday"), not a word inside one of
    its phrases ("met Obama before the November elections": the elections' month is read by itself)."""
    head = span.root.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head
    return head.i == verb.i


def _clause_of_time_under_a_future(verb) -> bool:
    """A past form in a clause of time ("once", "before", "until", "as soon as") on a future seen from the
    past - the sequence of tenses of reported speech: in "He said he would resign as soon as parliament
    met on Monday", "troops would withdraw before the talks ended Friday", the clause's act lies ahead of
    the saying as the main clause's does, so its bare weekday is the coming one.  The main clause is a "would" (or "will") future, through "as soon as"
    ("soon" hangs between), or an infinitive of intent or likelihood (:func:`_intended`); not a past
    conditional ("would have resigned if ..."), not a clause with its own "had" ("would leave after they
    had voted on Monday" keeps the past)."""
    present = _present_form(verb)
    if verb.dep_ != "advcl" or not (present or verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not _has_aux(verb))):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    head = verb.head
    if "as" in marks and head.lower_ == "soon" and head.head != head:
        head = head.head  # "as soon as": the clause hangs on "soon" (not "as steadfast as they were")
    elif not marks & (_TIME_MARKS | _PRESENT_FOR_FUTURE_MARKS if present else _TIME_MARKS):
        return False
    if head.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if "to" in auxes and not auxes & {"have", "'ve"}:
        return _intended(head)
    return bool(auxes & _FUTURE_AUX) and not auxes & {"have", "'ve"}


# A present tense in a clause of time or condition on a future is the future's own way of telling what comes
# first ("will resign when his term ends in January", "talks are to resume after the envoy returns on Friday",
# "will retaliate if the army attacks on Monday"): unlike a past form there ("is expected to survive after
# someone shot him Monday"), it cannot tell an act already over, so "when", "after" and "if" count too.
_PRESENT_FOR_FUTURE_MARKS = {"when", "whenever", "after", "if", "unless"}


def _present_form(verb) -> bool:
    """A simple present without auxiliaries ("ends", "return")."""
    return verb.tag_ in ("VBZ", "VBP") and not _has_aux(verb)


_LIKELY = {"likely", "ready", "poised", "prepared", "set", "due", "expected", "scheduled"}


def _intended(infinitive) -> bool:
    """An infinitive of what is planned or expected ("were likely to buy the stock as soon as trading
    opened Monday", "planned to leave once the talks ended Friday"): ahead of the planning, unless a
    past perfect sets the plan itself back ("had been due to leave when ...")."""
    governor = infinitive.head
    if governor.lemma_.lower() == "be" and infinitive.dep_ == "xcomp" and governor.tag_ in ("VBZ", "VBP"):
        return True  # "talks are to resume after the envoy returns on Friday": an arrangement ahead
    if governor.lemma_.lower() not in _PLAN_LEMMAS and governor.lower_ not in _LIKELY:
        return False
    if governor.dep_ == "acomp":
        governor = governor.head  # "were likely to buy": the copula carries the tense
    return not any(c.lower_ == "had" for c in governor.children if c.dep_ in ("aux", "auxpass"))


def _has_aux(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _clause_of_gerund(gerund):
    """The verb of the clause a gerund after a preposition belongs to ("was charged *with killing* his
    wife on Friday", "arrested a man *for stealing* a car on Wednesday", "a plan *for building* a dam"):
    the gerund has no tense of its own, and in a past clause a date on it is a past one (the Wednesday
    before, not the coming one).  Not a present or future clause: "will be available after joining
    on Wednesday", "by winning on Friday, it will have ..." tell a past act too.  Through the
    preposition and up to two nouns; None if no verb."""
    prep = gerund.head
    if prep.pos_ != "ADP" or prep.head == prep:
        return None
    tok = prep.head
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ not in ("NOUN", "PROPN", "PRON", "ADP") or tok.head == tok:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _simple_past(verb) -> bool:
    """A verb in the simple past or a past auxiliary ("arrested", "was captured", "had died")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def simple_past_form(verb) -> bool:
    """A verb in the simple past or the past passive ("called", "was arrested"; not "had called", "has called",
    "would call", "was watching").  Narrower than :func:`_simple_past`, which takes a past perfect too."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "aux" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ == "VBD" for a in auxes))


_PLANNING = {"plan"}


def planned_object(verb):
    """The object of a verb of planning ("planned a large demonstration in Little Havana on
    Saturday"): a time written after it is the planned act's, which lies ahead of the planning."""
    if verb.lemma_.lower() not in _PLANNING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def set_for_a_day(verb, span) -> bool:
    """"called a general strike for Monday", "set a vote for Tuesday": a bare weekday after "for"
    that follows the verb's object names the day the object is set for, ahead of the setting."""
    prep = span.doc[span.start - 1] if span.start > 0 else None
    if prep is None or prep.lower_ != "for" or prep.head.i != verb.i or span.root.lower_ not in lexicon().weekdays:
        return False
    return any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


# Clause tense for event dating (dateline.time.dating, dateline.time.indefinite)

_SHARING_DEPS = ("advcl", "xcomp", "pcomp", "conj", "csubj", "ccomp")


def tensed_verb(verb):
    """The verb whose tense a participle without auxiliaries of its own shares: "accepted the
    papers, *marking* their entry" is past as "accepted" is; "after *touring* the capital" as the
    clause the preposition hangs on.  A reduced passive clause ("*Found* clinging to a tube in late
    November, Elian has been ...") is past by itself and stops the climb (:func:`reduced_passive`)."""
    for _ in range(4):
        if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in _SHARING_DEPS or reduced_passive(verb) \
                or _has_aux(verb):
            return verb
        head = verb.head
        if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head == verb:
            return verb
        verb = head
    return verb


def in_preposition(doc, start: int, end: int):
    """The preposition "in" whose object the expression [start, end) is ("in May"), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    return prep


def month_of_a_past_act(doc, start: int, end: int) -> bool:
    """Is the expression "in" + a month that dates a finished simple-past act: "The operator changed to a
    calendar year in December", "the uprising began in March"?  Such a month is over at the date line,
    even when the next one of that name is only weeks away (the tagger otherwise takes the nearest
    month whatever the tense).  Not a plan or an expectation ("was expected in April", "originally
    planned for mid-June"), not a perfect, a modal or an infinitive ("has decided to admit them in
    March", "would be producing its quota in March", "was due to be moved in August"), not a reduced
    participle ("the strike, planned in June"), and only "in" hung on the verb itself."""
    prep = in_preposition(doc, start, end)
    if prep is None:
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or not simple_past_form(verb) or verb.lemma_.lower() in _PLAN_LEMMAS:
        return False
    if verb.dep_ in ("acl", "relcl", "ccomp", "advcl", "pcomp") and verb.tag_ != "VBD" \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a reduced participle ("the strike, planned in June"); "that was agreed in May" is a past act
    # "proceeded to give an indication that he could be a force at the Tour in July": a verb with an
    # infinitive complement may lend its "in" to a month of the act it leads to
    return verb.dep_ != "xcomp" and not any(c.dep_ in ("aux", "xcomp") for c in verb.children)


_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[- ])?$", re.IGNORECASE)


def start_of_a_begun_stretch(text: str, doc, start: int, end: int) -> bool:
    """Is the expression the start of a stretch that has already begun: the object of "since" ("prices
    have risen since May", "has been closed since May 2"), or of "from" on a finished past act ("Rebels
    held the town from May until January")?  Such a start is over at the date line, even when the next
    month of that name is only weeks away (the tagger otherwise takes the nearest whatever the tense).
    "from" counts only hung on a simple-past verb of a state itself (:func:`state_verb`: held, remained,
    lasted), not a change that takes effect from a date ("raised the reserve requirement to 19 pct from
    March 13": often ahead), a plan ("was scheduled to run from May"), a noun ("a ban from May") or a
    present or future ("the ban applies from May", "will run from May")."""
    if doc is None:
        return bool(_SINCE.search(text[max(0, start - 20):start]))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    if prep.lower_ == "since":
        # the preposition, not the conjunction of a clause ("since April registrations were closed")
        return _SINCE.search(text[max(0, start - 20):start]) is not None
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and simple_past_form(verb) and state_verb(verb) and not backshifted(verb)


_UNTIL_WORDS = frozenset({"until", "till", "til"})
# the complements that carry a verb's state: "remained closed until Monday", "stayed in office until"
_STATE_CARRIERS = frozenset({"acomp", "attr", "oprd", "xcomp", "prep"})


def state_verb(verb) -> bool:
    """A verb whose event is a state going on or held over a stretch (``data/continuing_verbs.txt``,
    ``data/state_verbs.txt``: remain, last, hold, rule), or "be" as a main verb ("was president until")."""
    lemma = verb.lemma_.lower()
    return lemma in word_list("continuing_verbs.txt") or lemma in word_list("state_verbs.txt") \
        or (lemma == "be" and verb.dep_ not in ("aux", "auxpass"))


def bound_of_a_past_state(doc, start: int, end: int) -> bool:
    """Is the expression the "until" bound of a finished simple-past state ("They held him until
    Saturday", "the border remained closed until Monday")?  The state ran up to it, so it is gone by,
    not the deadline ahead that "until" signals elsewhere ("gave them until Tuesday", "postponed the
    vote until Monday": verbs of change, whose result the bound ends).  Not a negated one ("did not
    leave until Friday", already a point in the past)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in _UNTIL_WORDS or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _STATE_CARRIERS and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "remained closed until Monday", "stayed in office until May"
    return verb.pos_ in ("VERB", "AUX") and simple_past_form(verb) and state_verb(verb) and not backshifted(verb) \
        and not any(c.dep_ == "neg" for c in verb.children)


def backshifted(verb) -> bool:
    """The clause is the complement of another verb ("Police said the road remained closed until Monday"):
    its past may be the present of the report, shifted back, so a state there may still go on."""
    return verb.dep_ == "ccomp"


def reduced_passive(verb) -> bool:
    """A past participle heading an adverbial clause of its own, without auxiliaries: "Found
    clinging to an inner tube in late November, ..." (as :func:`tense_from_doc` reads it)."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def past_tense(verb, auxes) -> bool:
    """A simple past ("seized") or a past auxiliary ("had left", "was seen")."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def absolute_clause(token) -> bool:
    """Is ``token`` inside an absolute clause - "with"/"without" + a subject of its own + a
    participle ("..., with the death toll rising to 22 people on Monday")?  Such a clause tells a
    circumstance of the main clause, not a step of the story: a date in it does not move the story's
    reference time."""
    node = token
    for _ in range(8):
        if node.tag_ in ("VBG", "VBN") and node.dep_ == "pcomp" and node.head.lower_ in ("with", "without") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        if node.head == node:
            return False
        node = node.head
    return False
