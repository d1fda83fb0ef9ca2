"""Clause doubts of words taken for deeds (read by events/relevance.py): a reported "should" that asks no act ("Y should
*know* that ...", "should be a wake-up call"), a question put or embedded ("*asked if* he would stand again"), a
complaint made in words ("*protested that* ..."), advice offered, mockery, a word of force in scare quotes, a photo
caption ("Gadhafi, left,") and the content of a charge ("will stand trial for allegedly *killing*").  What is said,
asked or charged is not done by saying it.  Each reads the parse of the event's sentence only.  Moved from
clause_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors import person_titles
from dateline.events.clause_parts import DEMAND_MODALS, _clause_head, _indefinite, _up_to_clause, span_head
from dateline.events.lexicon import base_forms
from dateline.events.tables import in_class, word_class
from dateline.model import Event


# Singular nouns of one person (data/word_classes.tsv one_person_nouns): a subject who can be asked to act.
ONE_PERSON_NOUNS = word_class("one_person_nouns")
# Verbs of regarding (data/word_classes.tsv regarding_verbs): "X should be *seen as* a strength" classifies X.
REGARDING_VERBS = word_class("regarding_verbs")
# Verbs of knowing (data/word_classes.tsv): "Y should *know* that ..." informs Y, it asks no act of Y.
KNOWING_VERBS = word_class("knowing_verbs")


def no_demand(event: Event, doc: Doc) -> bool:
    """Is a reported "X said Y should ..." no demand: a reproach for the past ("said the government
    *should have acted* sooner": a counterfactual perfect), an expectation of no party ("*It* should
    expand over time, said a spokesperson": no one the demand is made on), or a piece of information
    ("Recipients of these e-mails *should know* that the FBI does not send them", the FBI said: a verb of
    knowing, no act asked for - CAMEO 10 'Make a demand' asks for an act), or a wrong said to have to end with no
    party named ('"This scandal must stop," said Stocking')?"""
    if not event.recipient:
        return True
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")] + ([tok.head] if tok.head.i != tok.i else [])
    if any(c.lemma_.lower() in ENDING_VERBS for c in clauses) and not any(
            p.country or p.sector or _named(p, doc) for p in event.recipient):
        return True  # '"This scandal must stop," Oxfam's Barbara Stocking said': a wrong to end, no party asked (session 44)
    return any(any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children)
               and (any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)
                    or c.lemma_.lower() in KNOWING_VERBS or _classifies(c) or _able(c)
                    or _state_of_a_thing(c, event, doc)) for c in clauses)


def _state_of_a_thing(verb: Token, event: Event, doc: Doc) -> bool:
    """Is ``verb`` the copula of a common noun that names no party ("the loan amount on which the subsidy is to be given
    *should not be* more than double the actual damage", the minister told the house): a limit or a state prescribed,
    no act asked of anyone (session 50, a probe of unjudged news)?  Or an active verb with no object ("*revenues and
    earnings should* consistently *increase*", the president told analysts: a forecast; "*current government
    expenditure should come* from tax revenues": a principle; session 59, probes of unjudged news).  A party as the
    subject ("the government should be more transparent", "the international community should be ready", "troops
    should withdraw"), an act named ("should be ready *to implement* ...") or a passive ("the prisoners should be
    released") stays a demand."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    intransitive = not any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "xcomp", "ccomp") for c in verb.children)
    if not (verb.lemma_ == "be" or intransitive) or subject is None or subject.pos_ != "NOUN" or subject.ent_type_ \
            or subject.lemma_.lower() in COLLECTIVE_PARTIES:
        return False
    if verb.lemma_ != "be" and _person_noun(subject):
        return False  # "civilian *officers* should act as eyes and ears for the police": people asked to act
    if any(c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children) for c in verb.children):
        return False  # "should be ready *to implement* ...": an act asked for
    return not any(p.country or p.sector or _named(p, doc) for p in event.recipient)


def _able(verb: Token) -> bool:
    """Is ``verb`` "be able" - what a party should be allowed or fit to do ("The prime minister *should be able to
    appoint* the best person for the job"): a view of its powers, no act asked of it (session 49, a probe of unjudged
    news)?"""
    return verb.lemma_ == "be" and any(a.dep_ == "acomp" and a.lower_ == "able" for a in verb.children)


# Verbs of a thing coming to an end ("this scandal must *stop*"): said of a thing, not of a party, they ask no one.
ENDING_VERBS = {"stop", "end", "cease"}
COLLECTIVE_PARTIES = word_class("collective_parties")  # "the international *community* should be ready"


def _named(p, doc: Doc) -> bool:
    """Is the participant's head a named party or a person (an entity the tagger names)?"""
    head = span_head(p, doc)
    return head is not None and (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.pos_ == "PRON")


def _person_noun(tok: Token) -> bool:
    """Is the noun a title or a noun of one person ("officer", "gunman"): someone who can be asked to act?"""
    return tok.lemma_.lower() in person_titles() or in_class(tok, ONE_PERSON_NOUNS)


def _classifies(verb: Token) -> bool:
    """Is ``verb`` the copula of an indefinite predicate noun - a classification, no act ("the surge *should be a
    wake-up call*", "it *shouldn't be a firing offence*")?  "Y should be an X" says what Y ought to count as; no party is
    asked to do anything.  Session 30, helper PREC (samples f, F).  So is a passive verb of regarding with "as" whose
    subject is a thing ("*diversity should not be seen as* a weakness", "*corruption* in defence deals *should be
    treated as* treason": session 59, a probe of unjudged news; "the prisoners should be treated as ..." asks an act
    of their keepers, and people are left, as is a particular role: "should be treated as *the* check point")."""
    if verb.lemma_ == "be":
        return any(a.dep_ == "attr" and _indefinite(a) for a in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (verb.lemma_.lower() in REGARDING_VERBS and subject is not None and subject.pos_ == "NOUN"
            and not subject.ent_type_ and not _person_noun(subject) and subject.tag_ != "NNS"
            and any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and _kind(o) for o in c.children)
                    for c in verb.children))


def _kind(noun: Token) -> bool:
    """Does the predicate noun name a kind - with "a"/"an" or bare ("seen as *a weakness*", "treated as *treason*") -
    rather than a particular thing ("treated as *the check point*": a role assigned, which may be a demand)?"""
    return _indefinite(noun) or not any(c.dep_ in ("det", "poss") for c in noun.children)


# The prepositions whose complement on a word of a charge, trial or arrest is what the accused is said to have done.
CHARGE_CONTENT_PREPS = {"for", "with", "of", "over"}


def charge_content(event: Event, doc: Doc) -> bool:
    """Is the trigger what a charge, a trial or an arrest says the accused did ("will *stand trial for* allegedly
    *attacking* a student", "*charged with murdering*", "*arrested for attacking* police", "*convicted of killing*":
    ``legal_proceedings`` of ``agentless_words.tsv``)?  The act is the accusation's content: the charge or the arrest
    is the event the sentence reports."""
    from dateline.events.agentless import legal_proceeding_words

    tok = span_head(event.trigger, doc)
    if tok is not None and tok.dep_ == "conj" and tok.head.dep_ in ("pcomp", "pobj"):
        tok = tok.head  # "charged with murdering and *robbing*"
    if tok is None or tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ not in ("prep", "agent"):
        return False
    prep = tok.head
    if prep.lower_ not in CHARGE_CONTENT_PREPS:
        return False
    legal = legal_proceeding_words()
    # (the word itself, or the object of a light verb the preposition hangs on: "*stand trial* for", "*face charges* of")
    return any(w.lemma_.lower() in legal or w.lower_ in legal for w in (
        prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "npadvmod", "attr") and c.i < prep.i)))


# Verbs of asking or finding out, whose "if" clause is a question even where the parser hangs it as an adverbial
# ("asked the spokesman *if* the troops had attacked"): data/word_classes.tsv.
ASKING_VERBS = word_class("asking_verbs")


def embedded_question(event: Event, doc: Doc) -> bool:
    """Is the trigger in an indirect question - a clause opened by "whether", or by "if" as the complement of a
    word ("it was not clear *whether* Britain had decided to *grant* Luzhkov a visa", "asked *if* the army had
    attacked")?  What is asked is not reported as done.  (An "if" clause hung on a verb as a condition is the
    status's business: hypothetical.)"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    head = _clause_head(tok)
    if_question = head.dep_ == "ccomp" or (head.dep_ == "advcl" and set(base_forms(head.head)) & ASKING_VERBS)
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and if_question)) for c in head.children)


# Where a person stands in a photograph, set off after a name ("Gadhafi *, left ,*"): data/word_classes.tsv.
PICTURE_PLACES = word_class("picture_places")
ENCLOSING = {",": ",", "(": ")", "-LRB-": "-RRB-"}
PICTURE_RANKS = {"second", "third", "far"}


def photo_caption(event: Event, doc: Doc) -> bool:
    """Is the event's sentence a photo caption: a name followed by where its bearer stands in the picture, set off by
    commas or brackets ("Libyan leader Moammar Gadhafi *, left ,* and President Obama meet at the G-8 summit in Italy in
    2009")?  The sentence describes a picture, mostly an old one, not the news of the story.  Session 25, helper PREC."""
    span = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.lower_ not in PICTURE_PLACES or tok.i + 1 >= len(doc):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in PICTURE_RANKS else tok.i  # ("*second* left")
        if start < 2:
            continue
        opening, name, closing = doc[start - 1], doc[start - 2], doc[tok.i + 1]
        if opening.text in ENCLOSING and closing.text == ENCLOSING[opening.text] and name.pos_ == "PROPN":
            return True
    return False


# Quotation marks as the tokenizer splits them off a word.
QUOTE_MARKS = {'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"}
# Types of force: a word of force set off in quotation marks is a figure ("hackers *"kidnap"* computer systems").
FORCE_TYPES = {"ASSAULT", "COERCE"}


def scare_quoted_force(event: Event, doc: Doc) -> bool:
    """Is the trigger of violence or coercion a word set off in quotation marks of its own ("hackers remotely *"kidnap"*
    the computer systems of businesses")?  Quotation marks around a single word of force flag it as a figure or as
    someone else's word, not a report of force (a quoted statement runs longer than its verb).  Session 25, helper
    PREC."""
    if event.type not in FORCE_TYPES:
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return (span is not None and 0 < span.start and span.end < len(doc) and doc[span.start - 1].text in QUOTE_MARKS
            and doc[span.end].text in QUOTE_MARKS)


# Double quotation marks as the tokenizer splits them (single ones double as apostrophes).
DOUBLE_QUOTE_MARKS = QUOTE_MARKS - {"'", "\u2018", "\u2019"}
# Nouns of what a crowd carries or chants, and the verb "chant" (data/word_classes.tsv slogan_words).
SLOGAN_WORDS = word_class("slogan_words")
# How far before the opening quotation mark the slogan word may stand ("slogans *like* ...", "placards *reading* ...").
SLOGAN_REACH = 4
# What may stand between quoted slogans of one list.
SLOGAN_LIST_JOINS = {",", "and", "or"}


def slogan_quoted(event: Event, doc: Doc) -> bool:
    """Is the trigger among the words of a slogan quoted right after a word of slogans ('sp members trooped into the
    well shouting anti-government slogans like "lalji tandon ko giraftar karo (*arrest* lalji tandon)"', 'placards
    reading "*Free* the prisoners"')?  A slogan calls for the act or cries it out; no one does it.  Session 58, blind
    sample β."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    before = [t for t in doc[sent.start:span.start] if t.text in DOUBLE_QUOTE_MARKS]
    after = [t for t in doc[span.end:sent.end] if t.text in DOUBLE_QUOTE_MARKS]
    if len(before) % 2 == 0 or not after:
        return False
    for k in range(len(before) - 1, -1, -2):  # the quotation's opening mark, then those of the slogans listed before it
        opening = before[k]
        lead = doc[max(sent.start, opening.i - SLOGAN_REACH):opening.i]
        if any(t.lemma_.lower() in SLOGAN_WORDS and (t.pos_ == "NOUN" or t.lemma_.lower() == "chant") for t in lead):
            return True
        # ('placards reading "Free the prisoners" *and* "Arrest the killers"': a list of slogans)
        if k < 2 or any(t.lower_ not in SLOGAN_LIST_JOINS for t in doc[before[k - 1].i + 1:opening.i]):
            return False
    return False


# Verbs of being named in a report, and the words of namelessness (data/word_classes.tsv naming_in_report_verbs,
# anonymity_words): "who asked *not to be named*", "asked *to remain anonymous*", "requested *anonymity*".
NAMING_IN_REPORT_VERBS = word_class("naming_in_report_verbs")
ANONYMITY_WORDS = word_class("anonymity_words")


def anonymity_asked(event: Event, doc: Doc) -> bool:
    """Is the request a source's asking not to be named in the report ("a senior official, who *asked not to be
    named*, said", "an officer who *asked to remain anonymous*", "*requested anonymity*")?  The journalist's terms of
    an interview, no demand of one party on another (PLOVER REQUEST).  "Asked the UN *to name* the attackers" is a
    demand and is left.  Session 58, a probe of unjudged news."""
    if event.type != "REQUEST":
        return False
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ANONYMITY_WORDS:
            return True  # "requested anonymity"
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in NAMING_IN_REPORT_VERBS and any(g.dep_ == "neg" for g in c.children) and any(
                g.dep_ == "auxpass" for g in c.children):
            return True  # "asked not to be named / identified / quoted"
        if any(g.dep_ in ("acomp", "attr", "dobj") and g.lemma_.lower() in ANONYMITY_WORDS for g in c.children):
            return True  # "asked to remain anonymous", "asked for anonymity" read as a complement
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ANONYMITY_WORDS for g in c.children) for c in tok.children)


# Nouns of what is said (data/word_classes.tsv speech_nouns): "the *words* wound Italy's dignity".
SPEECH_NOUNS = word_class("speech_nouns")


def words_as_force(event: Event, doc: Doc) -> bool:
    """Is the event violence whose every doer is something said ("Veltroni said *the words* "*wound* Italy's
    dignity"", "the minister's *words wound* the nation's dignity")?  Words do not wound or strike: the verb of force
    is a figure for offence taken (PLOVER ASSAULT is the use of force).  Session 58, a probe of unjudged news."""
    if event.type != "ASSAULT" or not event.actor:
        return False
    heads = [span_head(p, doc) for p in event.actor]
    return all(h is not None and h.pos_ == "NOUN" and h.lemma_.lower() in SPEECH_NOUNS for h in heads)


# Adverbs of mockery (data/word_classes.tsv): "*mockingly* welcoming the chancellor back".
MOCKERY_ADVERBS = word_class("mockery_adverbs")


def mocked(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) done or said in mockery ("the Tory leader said after
    *mockingly welcoming* the chancellor back to the election campaign", "*sarcastically thanked* the minister")?  A
    welcome, thanks or praise given in mockery is not meant: no support, agreement or consultation is reported.
    Session 26, helper PREC (sample Y)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    return any(c.dep_ == "advmod" and c.lower_ in MOCKERY_ADVERBS for c in tok.children)


# Verbs of putting a question, and the prepositions naming what it is about (data/word_classes.tsv).
QUESTIONING_VERBS = word_class("questioning_verbs")
QUESTION_PREPOSITIONS = word_class("question_prepositions")
# Wh- words that open an indirect question ("asked *what* she had done with the money", "asked *how* police were ...").
WH_TAGS = {"WP", "WRB", "WDT", "WP$"}


def put_question(event: Event, doc: Doc) -> bool:
    """Is a REQUEST read from a verb of asking that puts a question, not a demand: the verb has "about" (or "regarding",
    "concerning") or an indirect question ("if", "whether", a wh- word) and no infinitive, object clause of what is
    wanted or "for" ("*When asked about* the Iran rally, the spokeswoman sent a jab", "*asked if* he would stand again")?
    PLOVER REQUEST (CAMEO 02) asks a party to act; a reporter's question asks no one to act ("*asked* the government *to
    maintain* ...", "*asked for* information" do).  The verb is the trigger, or up to three words above it (a demand
    recoded from the event noun it governs: "asked about *the rally*").  Session 29, helper PREC (sample f)."""
    if event.type != "REQUEST":
        return False
    verb = span_head(event.trigger, doc)
    for _ in range(3):
        if verb is None or verb.lemma_.lower() in QUESTIONING_VERBS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in QUESTIONING_VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False  # what is asked for: "asked them *to leave*", "asked *for* an inquiry"
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.i == verb.sent.start and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids):
        return True  # "*Asked* the rationale of his optimism, the party leader alluded to ...": a question put to the
        # main clause's subject, who asks no one (the tagger may read the opening participle as a past: VBD; session
        # 44, a probe of unjudged news)
    # (the parser hangs the topic on the one asked as often as on the verb: "asked the minister *about* the strike")
    asked_of = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if any(c.dep_ == "prep" and c.lower_ in QUESTION_PREPOSITIONS for h in (verb, *asked_of) for c in h.children):
        return True
    return any(c.dep_ == "ccomp" and (_opens_question(c) or c.i < verb.i and _inverted(c)) for c in kids)


def _inverted(clause: Token) -> bool:
    """Does the clause open (punctuation aside) with its own auxiliary before its subject - a direct yes/no question
    ("*Will* the army *withdraw* its troops?"; reported before the verb of asking, with or without its question mark:
    "*Does a war kill* more people than an economic adjustment program, the Bolivian president asked", session 59)?"""
    first = next((t for t in clause.subtree if not t.is_punct and not t.is_space), None)
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (first is not None and first.head.i == clause.i and first.dep_ in ("aux", "auxpass") and bool(subjects)
            and first.i < min(subjects))


def yes_no_question(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object or subject of) the main verb of a direct yes/no question -
    a sentence that opens with the verb's own auxiliary before its subject and ends with a question mark ("*Will* the
    army *withdraw* its troops?", "*Has* the government *imposed* sanctions?")?  Such a question asks whether the act
    happens; it reports none.  (A wh- question presupposes its act - "*Why did* the police *arrest* him?" - and a clause
    inside a question may report one - "what do you think of the bombs that *killed* six soldiers?": both left.)
    Session 32, helper PREC (sample i)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    verb = _up_to_clause(tok)
    # an act the question's verb governs is asked too ("*Will* the high command *be willing to conduct* the
    # investigation?": session 51, a probe of unjudged news)
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = [t for t in verb.sent if not t.is_punct and not t.is_space]
    ends = [t for t in verb.sent if not t.is_space]
    if not words or not ends or ends[-1].text != "?":
        return False
    return _inverted(verb)


def _opens_question(clause: Token) -> bool:
    """Does the clause open with "if" or "whether" or a wh- word ("*if* he would stand", "*what* she had done")?"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("if", "whether") or first.tag_ in WH_TAGS


# Verbs of protest that also complain in words (data/word_classes.tsv): with a "that" clause they report a complaint.
COMPLAINING_VERBS = word_class("complaining_verbs")


def verbal_protest(event: Event, doc: Doc) -> bool:
    """Is a PROTEST read from a verb of protest that has a clause of what was said ("many foreign firms *had protested
    that* the SEC was imposing an unfair burden")?  "Protest that ..." reports a complaint made in words (PLOVER ACCUSE,
    disapprove), not a demonstration, a strike or a boycott (PLOVER PROTEST).  Session 30, helper PREC (sample g)."""
    tok = span_head(event.trigger, doc)
    if event.type != "PROTEST" or tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in COMPLAINING_VERBS:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children)


# Verbs of leaving a post (data/word_classes.tsv resigning_verbs): "resigned *in protest*" tells why one resigned.
RESIGNING_VERBS = word_class("resigning_verbs")


def resigned_in_protest(event: Event, doc: Doc) -> bool:
    """Is a PROTEST read from the noun "protest" in "in protest" on a verb of leaving a post ("the association's president
    *resigned in protest*")?  The resignation is the act (PLOVER RETREAT), coded at its verb; "in protest" says why, no
    demonstration or strike beside it (session 46; samples v and z judged such a PROTEST n trigger).  "Walked out in
    protest" and "damaged the towers in protest" are left: their act is no resignation."""
    tok = span_head(event.trigger, doc)
    if event.type != "PROTEST" or tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "in" and prep.dep_ == "prep" and bool(set(base_forms(prep.head)) & RESIGNING_VERBS)


# Nouns of advice and opinion (data/word_classes.tsv): what one offers in words, no cooperation.
ADVICE_NOUNS = word_class("advice_nouns")


def offered_advice(event: Event, doc: Doc) -> bool:
    """Is an AGREE read from "offer" whose thing offered is advice or an opinion ("the report *offers several
    recommendations*", "a *recommendation offered by* the OAS")?  PLOVER AGREE is an offer or promise to cooperate; an
    opinion put forward is a statement.  Session 30, helper PREC (sample g)."""
    tok = span_head(event.trigger, doc)
    if event.type != "AGREE" or tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() != "offer":
        return False
    offered = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        offered.append(tok.head)  # ("a recommendation *offered by* the OAS")
    return any(t.lemma_.lower() in ADVICE_NOUNS or t.lower_ in ADVICE_NOUNS for t in offered)
