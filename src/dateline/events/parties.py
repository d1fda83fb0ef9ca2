"""Noun phrases as participants: their spans, their conjuncts, and whether they name a party.

A *party* is someone who acts or is acted on - a person, group, organisation or country - as opposed
to a thing ("six Iraqi artifacts", "the movement of workers").  When a role is filled by a thing, the
party inside it receives instead (:func:`party_inside`: "support to the negotiations among *Sudanese
stakeholders*", "supporting *Lebanon's* sovereignty"; a bare definite thing named again, the owner of
its earlier mention: "*Trump's* deal ... calling out the deal").  The nouns of fixed adjuncts ("in the
*wake* of", "in a *bid* to": :func:`adjunct_noun`) and dated numbers are nobody.  Also where a news dateline ends
(:func:`dateline_end`) and the nouns for the people an event is done to (:data:`VICTIM_NOUNS`); which
event nouns take the one acted on as their possessor is :mod:`dateline.events.patients`.  Used by
:mod:`dateline.events.roles`, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from dateline.events.lexicon import sentence_bounds
from dateline.events.memo import LastOnly
from dateline.events.of_coordination import split_between_sides, split_of_coordination
from dateline.events.tables import read_table, word_class

NON_PARTICIPANT_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
CUT_CHILDREN = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "prep", "parataxis", "ccomp"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}
MEASURE_LABELS = {"MONEY", "QUANTITY", "CARDINAL", "PERCENT"}
ENTITY_LABELS = {"PERSON", "NORP", "ORG", "GPE", "FAC", "LOC"}
PARTY_NAME_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})  # names of parties: "by *Germany*", "joined *Chile*"
# Names of things, not of parties: "the first Gulf *War*", "the Ceasefire *Agreement*", "the Patriot Act".
# A capitalised word in one is a proper noun but no one who acts or is acted on.
# (Not PRODUCT: the small model tags rare place and group names so, "Somaliland".)
THING_NAME_LABELS = {"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}


@dataclass
class Arg:
    """A participant as tokens: ``head`` token index and token span [start, end)."""

    head: int
    start: int
    end: int
    flags: list[str] = field(default_factory=list)


def entity_bounds(tok: Token) -> tuple[int, int] | None:
    """Token span of the named entity ``tok`` is in, or None.  Read off the IOB tags next to the
    token: ``doc.ents`` builds every entity span of the article on each call, which made argument
    finding quadratic in the article's length."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


# {(what, token index): result}: the spans and dateline ends already worked out for the last doc read
# (argument rules ask for the same noun phrase many times; ``forget`` empties it, as extract does per call)
_memo: LastOnly = LastOnly(lambda doc: {})


def forget() -> None:
    """Empty the per-document memo of :func:`np_span` and :func:`dateline_end`."""
    _memo.forget()


def np_span(tok: Token) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``tok``, without its relative clauses, appositions,
    conjuncts and prepositional modifiers (except "of": "the government of Niger")."""
    memo = _memo(tok.doc)
    key = ("np", tok.i)
    if key not in memo:
        memo[key] = _np_span(tok)
    return memo[key]


def _np_span(tok: Token) -> tuple[int, int]:
    lo, hi = tok.i, tok.i + 1
    for child in tok.children:
        if child.dep_ in CUT_CHILDREN and not (child.dep_ == "prep" and child.lower_ == "of") \
                and not _named_members(tok, child):
            continue
        if child.dep_ == "amod" and child.i > tok.i and tok.nbor(1).is_punct:
            continue  # a set-off adjective phrase: "the protesters, *angry at fuel prices*, torched ..."
        if child.dep_ == "prep" and _of_complement(tok, child):
            continue
        lo = min(lo, child.left_edge.i)
        hi = max(hi, child.right_edge.i + 1)
    doc = tok.doc
    for i in range(lo, tok.i):  # never across a paragraph break ("Photo: AP\n\nUS State Department ...")
        if doc[i].is_space or "\n" in doc[i].whitespace_:
            lo = i + 1
    for i in range(tok.i + 1, hi):
        if doc[i].is_space or "\n" in doc[i - 1].whitespace_:
            hi = i
            break
    if not (tok.ent_type_ or tok.pos_ == "PROPN"):  # "a media activist, *Walid El Batal*": the name is part of it
        name = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                     and _name_word(c)), None)
        if name is not None:
            hi = max(hi, np_span(name)[1])
        else:  # "its ally, *the Syrian government*", "both sides, *the army and the rebels*": the apposition says who
            party = next((c for c in tok.children if c.dep_ == "appos" and c.left_edge.i == hi + 1 and doc[hi].text == ","
                          and _apposed_party(c)), None)
            if party is not None:
                hi = max([np_span(party)[1], *(np_span(c)[1] for c in party.conjuncts if c.i > party.i)])
    bounds = entity_bounds(tok)
    if bounds is not None:  # a name is kept whole: "the Department for International Development"
        lo, hi = min(lo, bounds[0]), max(hi, bounds[1])
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    while hi - 1 > tok.i and doc[hi - 1].is_punct:
        hi -= 1
    return lo, hi


def _apposed_party(appos: Token) -> bool:
    """Does an apposition name a party: a name inside it ("the *Syrian* government") or, for it or a conjunct, a
    noun of a political or armed body ("the army and the rebels"; relevance's political_actors.tsv)?"""
    from dateline.events.relevance import political_actors  # (relevance reads the events stage: import late)

    heads = [appos, *appos.conjuncts]
    lo, hi = np_span_plain(appos)
    return any(_name_word(t) for t in appos.doc[lo:hi]) or any(
        t.lemma_.lower() in political_actors().nouns for t in heads)


def np_span_plain(tok: Token) -> tuple[int, int]:
    """The noun phrase's own words: its left edge to its head, plus its compounds and of-phrase (no apposition)."""
    lo = min([tok.i, *(c.left_edge.i for c in tok.children if c.i < tok.i)])
    hi = max([tok.i + 1, *(c.right_edge.i + 1 for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")])
    return lo, hi


def _named_members(tok: Token, child: Token) -> bool:
    """Is ``child`` an "including" list that names the members of an unnamed plural ("several student
    groups *including the All India Students' Association and Pinjra Tod*")?  The names belong to the
    participant: they say who it is."""
    if child.dep_ != "prep" or child.lower_ != "including" or tok.pos_ != "NOUN" or tok.tag_ != "NNS" \
            or tok.ent_type_:
        return False
    # (a name anywhere in a listed member: "including the alleged boss *of the Colombo family*")
    return any(g.dep_ == "pobj" and any(_name_word(t) for t in g.subtree)
               for g in child.children)


# (The lexical word classes of this module are data: data/word_classes.tsv, which says why each word is in.)
# Verbs that take "X of Y" as two complements: "accused *the government* of war crimes", "acquitted
# the minister of corruption", "warned them of reprisals".  The "of" phrase is not part of X.
OF_COMPLEMENT_VERBS = word_class("of_complement_verbs")


def _of_complement(tok: Token, of: Token) -> bool:
    """Is ``of`` on ``tok`` a second complement of the verb rather than part of the noun phrase ("accused
    the government *of war crimes*")?  (Not "his policy *of separating* families": that is the noun's.)"""
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "was accused *by the UN of war crimes*": the verb's
        return tok.head.head.lemma_.lower() in OF_COMPLEMENT_VERBS  # (the parser hangs "of" on the agent)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in OF_COMPLEMENT_VERBS


def site_compound(noun: Token, modifier: Token) -> bool:
    """Does a site noun stand between ``modifier`` and the event ``noun`` it hangs on: "the *American*
    center attack", "the *Indian* consulate bombing"?  In English an adjective describes the nearest noun,
    so the country names the site (what was hit, or where), not the doer; the parser hangs both on the
    event noun.  Sites: actors/data/site_nouns.tsv."""
    from dateline.actors import site_nouns  # (the actors stage imports nothing from events)

    sites = site_nouns()
    # (a site deeper in the compound chain counts too: "the rss *building* bomb blast", "building" hung on "bomb")
    return any(c.dep_ == "compound" and c.lower_ in sites and noun in c.ancestors
               for c in noun.doc[modifier.i + 1:noun.i])


# Dependencies of a noun phrase in a clause: where a participle with a determiner is a noun ("*the accused* was nabbed").
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj"}


def _nominal_participle(tok: Token) -> bool:
    """Is the word a participle the tagger took for a verb where a noun phrase stands, with a determiner of its own ("the
    court remanded *the accused*", "*The accused* was nabbed by the police": tagged VERB, lemma "accuse")?  South Asian
    police copy names the suspect so throughout; the phrase is a party (session 39: it was dropped, and the place of
    the arrest became the one arrested)."""
    return (tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBD") and tok.dep_ in NOMINAL_DEPS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children))


def participants(tok: Token, flags: tuple[str, ...] = ()) -> list[Arg]:
    """The participant headed by ``tok`` plus its conjuncts (compound actors); none for the noun of a fixed
    adjunct ("a ceasefire in *a bid* to ...": :func:`adjunct_noun`) or a number that is a date, whoever
    picked it."""
    if adjunct_noun(tok) or (tok.like_num and tok.ent_type_ in ("DATE", "TIME")):
        return []  # (a year or an hour is never a party: "the demobilization of the FARC *in 2017*")
    out = []
    for t in (tok, *tok.conjuncts, *_conjunct_read_as_apposition(tok)):
        if t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X") and not t.ent_type_ and not _nominal_participle(t):
            continue
        if t is not tok and _subject_of_next_clause(t):
            continue
        if t is not tok and (_same_titled_person(tok, t) or (out and _name_after_titles(out[0].end, t) is not None)):
            lo, hi = np_span(t)  # "Iran's Ambassador and Permanent Representative to the UN": one person
            out[0] = Arg(out[0].head, min(out[0].start, lo), max(out[0].end, hi), out[0].flags) if out else out
            continue
        lo, hi = np_span(t)
        if t is tok and _bare_title(t):  # ("model and actress Negar Khan" with the name hung elsewhere: one person)
            hi = _name_after_titles(hi, t) or hi
        for arg in _split_coordinated_modifier(t, lo, hi, flags) or split_between_sides(t, lo, hi, flags, Arg) \
                or split_of_coordination(t, lo, hi, flags, Arg) or [Arg(t.i, lo, hi, list(flags))]:
            clash = next((k for k, a in enumerate(out) if a.start < arg.end and arg.start < a.end), None)
            if clash is None:
                out.append(arg)
            else:  # a conjunct inside a name: "Trinidad and Tobago's government" is one party
                a = out[clash]
                out[clash] = Arg(arg.head if arg.end >= a.end else a.head, min(a.start, arg.start),
                                 max(a.end, arg.end), a.flags)
    return out


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _subject_of_next_clause(conjunct: Token) -> bool:
    """Is ``conjunct`` the subject of the next clause that the parser hung on the phrase before it ("hit by these
    attacks and *an Avianca plane* blew up ...": "plane" a conjunct of "attacks", "blew" a conjunct of "hit" with no
    subject)?  Right after the conjunct's phrase comes a finite verb, itself a conjunct, with no subject of its own."""
    doc = conjunct.doc
    after = np_span_plain(conjunct)[1]
    if after >= len(doc):
        return False
    verb = doc[after]
    return (verb.tag_ in FINITE_TAGS and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def _conjunct_read_as_apposition(tok: Token) -> list[Token]:
    """"Vladimir Putin, second left, *and* Dmitry Medvedev, left, attended ...": after a set-off
    phrase (a photo caption's position) the parser may take the second of two coordinated names for an
    apposition of the first.  A named apposition right after "and" is a conjunct."""
    doc = tok.doc
    return [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].lower_ in ("and", "or") and _name_word(c)]


def _same_titled_person(first: Token, other: Token) -> bool:
    """Two capitalised titles joined by "and", neither a name nor determined ("Ambassador and
    Permanent Representative", "Secretary and Treasurer"), are one person's titles."""
    return all(t.pos_ == "PROPN" and not t.ent_type_ and not any(c.dep_ == "det" for c in t.children)
               for t in (first, other)) and other.i > first.i


def _bare_title(t: Token) -> bool:
    """A singular common noun with no determiner, possessive or number ("*model* and actress X", "Iranian-born
    *writer*"): how English names a person's occupation or office before the name, not someone on their own."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in t.children)


def _name_after_titles(end: int, t: Token) -> int | None:
    """Where the person ends when the words right after a bare title (:func:`_bare_title`) ending at ``end`` are
    "and", more bare title words and a personal name ("Iranian-born model *and actress Negar Khan*", "writer *and
    journalist John Smith*"): coordinated titles before one name are that person's, not two people.  ``t``: a conjunct
    the parser made of the rest, or the title itself.  Not a determined or plural noun ("the doctor and nurse X",
    "protesters and journalist X": two parties), not a name right after "and" ("activist and John Smith")."""
    doc = t.doc
    first = doc[end - 1] if end > 0 else None
    if first is None or not _bare_title(first) or end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    k = end + 1
    while k < len(doc) and doc[k].pos_ in ("NOUN", "ADJ") and not doc[k].ent_type_ and doc[k].tag_ != "NNS":
        k += 1
    if k == end + 1 or k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    name = entity_bounds(doc[k])
    if name is None or (t.i >= end and not end < t.i < name[1]):
        return None  # (a conjunct outside the titled name is another party)
    return name[1]


def _split_coordinated_modifier(t: Token, lo: int, hi: int, flags: tuple[str, ...]) -> list[Arg]:
    """"Russia and Turkey's foreign ministers", "US and Western allies": the parser hangs the
    coordination on the modifier, but these are two parties - "Russia" and "Turkey's foreign
    ministers".  Only for named modifiers (countries, organisations, people, nationalities)."""
    mod = next((c for c in t.children if c.dep_ in ("poss", "nmod", "compound", "amod") and c.i < t.i
                and c.conjuncts and c.ent_type_ in ENTITY_LABELS), None)
    if mod is None or not all(c.ent_type_ in ENTITY_LABELS and c.i < t.i for c in mod.conjuncts):
        return []
    ent = entity_bounds(mod)
    if ent is not None and any(ent[0] <= c.i < ent[1] for c in mod.conjuncts):
        return []  # one name: "the Disasters and Emergency Committee", "Trinidad and Tobago's government"
    conj = sorted(mod.conjuncts, key=lambda c: c.i)
    out, start = [], lo
    for c in (mod, *conj[:-1]):  # every conjunct but the last stands alone
        end = c.i + 1
        while end > start and c.doc[end - 1].is_punct:
            end -= 1
        out.append(Arg(c.i, start, end, list(flags) + ["coordinated_modifier"]))
        nxt = conj[conj.index(c) + 1] if c is not mod else conj[0]
        start = nxt.left_edge.i
    out.append(Arg(t.i, start, hi, list(flags) + ["coordinated_modifier"]))
    return out


def people_adjective(tok: Token) -> bool:
    """"relief *to the wounded*", "food *for the displaced*": "the" with an adjective or past participle and no noun
    after it is a noun phrase of the people it describes (English's nominalised adjective: the wounded, the poor,
    the injured).  A bare adjective or participle (no comparative or superlative: "for the better", "at the
    latest"), whose only dependents are "the" and words that grade it ("the seriously wounded")."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.tag_ not in ("JJ", "VBN") or tok.ent_type_:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in kids) and all(
        c.i < tok.i and c.dep_ in ("det", "advmod") for c in kids)


def prep_object(prep: Token) -> Token | None:
    for g in prep.children:
        if g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return g
        if g.dep_ == "pobj" and people_adjective(g):
            return g
    if prep.lower_ == "out":  # "flights *out of* Afghanistan": the parser hangs "of" on "out"
        inner = next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        return prep_object(inner) if inner is not None else None
    return None


def _name_word(tok: Token) -> bool:
    """A word of a name: inside a party-like entity, or a proper noun."""
    return tok.ent_type_ in ENTITY_LABELS or tok.pos_ == "PROPN"


def _is_entityish(tok: Token) -> bool:
    if tok.ent_type_ in NON_PARTICIPANT_LABELS or tok.ent_type_ in THING_NAME_LABELS:
        return False
    return bool(tok.ent_type_ in ENTITY_LABELS) or tok.pos_ in ("PROPN", "PRON")


def named_np(tok: Token) -> bool:
    """A noun phrase that names a party: "Iran", "the Syrian government", "Israeli forces"."""
    return _is_entityish(tok) or any(c.ent_type_ in ENTITY_LABELS and c.dep_ in ("amod", "compound", "poss", "nmod")
                                     for c in tok.children)


def quantified_party(tok: Token) -> bool:
    """A count of parties: "hundreds of banks", "one of the Kremlin's critics", "dozens of IS members"."""
    if tok.ent_type_ not in ("CARDINAL", "QUANTITY", "") or not (tok.pos_ == "NUM" or tok.ent_type_):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c)) is not None and actorish(o)
               for c in tok.children)


TIME_NOUNS = word_class("time_nouns")  # "for the second *time*", "on several occasions"


def fronted_adjunct(prep: Token) -> bool:
    """A phrase set before its clause's subject and closed by a comma ("*On a visit to Zimbabwe*, Ramaphosa voiced
    ...", "*Speaking at a conference in Berlin*, the minister praised ..."): the scene of the clause, not a
    participant of its event.  Prepositions and participle clauses of a verb only."""
    verb = prep.head
    if prep.dep_ not in ("prep", "advcl") or verb.i == prep.i or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.i < prep.i:
        return False
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == "," and end < subj.left_edge.i + 1


def to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("*to monitor* a ceasefire", "asked X *to investigate*")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def time_phrase(tok: Token) -> bool:
    """A time noun, never a party ("for the second *time*", "on several occasions").  (Not every word
    the small model tags DATE: it tags some parties so.)"""
    return tok.lemma_.lower() in TIME_NOUNS and tok.pos_ == "NOUN"


@cache
def _adjunct_nouns() -> dict[str, tuple[frozenset[str], str]]:
    """noun lemma -> (the prepositions before it, the word after it) (data/adjunct_nouns.tsv)."""
    return {r["noun"]: (frozenset(r["preps"].split(",")), r["after"]) for r in read_table("adjunct_nouns.tsv")}


def adjunct_noun(tok: Token) -> bool:
    """A noun of a complex preposition or fixed adjunct of time, cause or purpose ("in the *wake* of", "in
    a *bid* to", "on the *sidelines* of"; data/adjunct_nouns.tsv): never a party, and what it governs is
    the event's setting or cause, not its participant.  The whole construction must be there: the
    preposition before and the word after ("in the *event* of an attack", not "in the events that ...")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    entry = _adjunct_nouns().get(tok.lemma_.lower()) or _adjunct_nouns().get(tok.lower_)
    if entry is None or tok.head.lower_ not in entry[0]:
        return False
    after = entry[1]
    if after == "to":  # "in a bid *to end* the strike", "in the run-up *to* the vote"
        return any((c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ == "acl" and to_infinitive(c)) for c in tok.children)
    return not after or any(c.dep_ == "prep" and c.lower_ == after for c in tok.children)


def actorish(tok: Token) -> bool:
    """Could this noun phrase head be a participant?  Names, pronouns, and determined or possessed
    nouns ("the government", "its neighbours") are; bare abstract nouns ("with immediate effect") and
    the nouns of fixed adjuncts ("in *a bid* to", "in *the wake* of") are not."""
    if quantified_party(tok):
        return True
    if tok.ent_type_ in NON_PARTICIPANT_LABELS or time_phrase(tok) or adjunct_noun(tok):
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ENTITY_LABELS:
        return True
    if tok.tag_ in ("NNS", "NNPS"):  # bare plurals are parties: "protesters", "rebels"
        return True
    return any(c.dep_ in ("det", "poss", "nummod") or c.ent_type_ in ENTITY_LABELS or c.pos_ == "PROPN"
               for c in tok.children)


def party_word(tok: Token) -> bool:
    """A name or a determined noun that names a party, not a pronoun ("warned *Taiwan*", "agreed *with
    his Iranian counterpart*")."""
    return (named_np(tok) or actorish(tok)) and tok.pos_ != "PRON"


def is_party(tok: Token, parties: Collection[int] = ()) -> bool:
    """Is the noun phrase headed by ``tok`` a party - someone who acts or is acted on - rather than a
    thing?  Names of people, organisations, countries and places, pronouns, counts of parties ("hundreds
    of protesters"), and nouns the actors stage resolved (``parties``: token indices inside its
    mentions, e.g. "the government", "Nigerian troops") are; "six Iraqi artifacts", "seven military
    experts", "total ODA" are not."""
    if tok.i in parties or quantified_party(tok) or _described_as_person(tok) or tok.lemma_.lower() in VICTIM_NOUNS \
            or sides_named(tok):
        return True  # (hostages, prisoners, detainees are people acted on)
    if tok.ent_type_ in NON_PARTICIPANT_LABELS or tok.ent_type_ in THING_NAME_LABELS or adjunct_noun(tok):
        return False
    return tok.ent_type_ in ENTITY_LABELS or tok.pos_ in ("PROPN", "PRON")


SIDE_COUNTS = word_class("side_counts")
SIDED_THINGS = word_class("sided_things")


def sides_named(tok: Token) -> bool:
    """"*both sides*", "*the two sides*", "*the warring sides*": the parties of a conflict or a talk named together,
    not the sides of a place or of a question ("both sides of the road", "either side of the debate")."""
    if tok.lemma_.lower() != "side" or not any(
            c.dep_ in ("det", "predet", "nummod", "amod") and c.lower_ in SIDE_COUNTS for c in tok.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c)) is not None
                   and o.lemma_.lower() in SIDED_THINGS for c in tok.children)


def _described_as_person(tok: Token) -> bool:
    """"a 95-year-old man *who* acknowledged ...", "his Iranian counterpart, *Mostafa Najjar*": a noun a
    who-clause describes or a person's name stands beside is a person."""
    return tok.pos_ == "NOUN" and any(
        (c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children))
        or (c.dep_ == "appos" and c.ent_type_ == "PERSON") for c in tok.children)


# Nouns whose that-clause names whom they are aimed at: "demands *that Guineans overseas* should vote",
# "allegations that *the army* killed civilians" (not "the assessment that Baker would ...": a topic).
CLAUSE_TARGET_NOUNS = word_class("clause_target_nouns")
CAUSE_PREPS = {"over"}  # "sanctions *over* the Rohingya crisis": why, not on whom
INSIDE_PREPS = {"among", "between", "with", "against", "of", "for", "to", "on", "from", "by", "over", "into", "in",
                "toward", "towards", "at", "as", "about", "out", "alongside"}


def _apposition_read_as_subject(clause: Token, subj: Token) -> Token:
    """"demands that *Guineans overseas*, a group regarded as ..., should be allowed to vote": the parser
    takes the apposition ("a group") for the subject and hangs the name on the mark or the verb.  A
    name between the clause's "that" and an indefinite subject set off by a comma is the subject."""
    from dateline.events.clause_parts import _indefinite  # (the clause doubt modules read this module: import late)

    doc = subj.doc
    lo = subj.left_edge.i
    if lo < 1 or doc[lo - 1].text != "," or not _indefinite(subj):
        return subj
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < lo), None)
    if mark is None:
        return subj
    for t in doc[mark.i + 1:lo - 1]:
        if _name_word(t) and t.head.i in (mark.i, clause.i) \
                and t.dep_ in ("prep", "dep", "npadvmod", "nsubj", "nsubjpass"):
            return t
    return subj


# Verbs of answering, judging or perceiving another's act (data/partner_nouns.tsv, class response_verbs): their
# subject in a relative clause on an event noun responds to it and did not make it.
RESPONSE_VERBS = word_class("response_verbs", "partner_nouns.tsv")


def relative_author(noun: Token) -> Token | None:
    """"the proposal *that Egypt put forward*", "the peace plan *Uganda proposed*", "the offer *the company made*":
    the subject of a relative clause whose object is the noun itself (the clause's verb has no object of its own,
    or the relative pronoun as its object) made it - its author.  Not a clause whose subject is the relative
    pronoun ("the man *who* killed the mayor") nor a content clause ("the demand *that the US ease sanctions*"), nor
    a verb of response (:data:`RESPONSE_VERBS`: "an offer *Moscow spurned*" - Moscow did not offer)."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX") or clause.tag_ == "VBG" \
                or to_infinitive(clause):
            continue
        objs = [c for c in clause.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd")]
        relative_object = [c for c in objs if c.lower_ in ("that", "which") and c.i < clause.i]
        if objs and not relative_object or any(c.dep_ == "mark" for c in clause.children):
            continue
        if clause.dep_ == "acl" and not relative_object:
            continue
        if clause.lemma_.lower() in RESPONSE_VERBS:
            continue  # "an offer *Moscow spurned*", "the blast, which *police blamed* on a gang": a response, no author
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and subj.i < clause.i:
            return subj
    return None


def _inner_heads(tok: Token) -> list[tuple[Token, str]]:
    """Noun phrases one step inside ``tok``, each with the preposition that leads there: objects of its
    prepositions, also through a verb they govern ("a formula for settling *a dispute*"), the object of
    an infinitive or gerund modifying it ("an effort to resolve *the rift*"), the agent of a participle
    ("a proposal submitted *by* X").  Not through "of" and a gerund ("accused the legislation of
    attacking *civil society*": what it is accused of, not a party to it)."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in INSIDE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and adjunct_noun(g):
                    continue  # "canceled a deal *in the wake of* a Taliban attack": a cause, not a party to it
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "NUM"):
                    out.append((g, c.lower_))
                elif g.dep_ == "pcomp" and g.pos_ == "VERB" and c.lower_ != "of":  # "a formula for settling *X*"
                    out += [(x, c.lower_) for x in g.children if x.dep_ in ("dobj", "dative")] + [
                        (x, c.lower_) for x, _ in _inner_heads(g)]
        elif c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                and tok.lemma_.lower() in CLAUSE_TARGET_NOUNS:
            # "conceded to demands *that Guineans overseas* should vote": what the clause asks of its subject
            out += [(_apposition_read_as_subject(c, x), "that") for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        elif c.dep_ == "acl" and c.tag_ in ("VB", "VBG"):
            # "an effort to resolve *the rift*", "an order to move *against X*"
            out += [(x, "acl") for x in c.children if x.dep_ in ("dobj", "dative")]
            if c.tag_ == "VB":  # (an infinitive's prepositions; a participle is a clause of its own:
                # "inspectors *charging that* UNSCOM ...")
                out += [(x, p) for x, p in _inner_heads(c) if p in INSIDE_PREPS]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out += [(o, "by") for a in c.children if a.dep_ == "agent" and (o := prep_object(a)) is not None]
    author = relative_author(tok) if tok.pos_ == "NOUN" else None
    if author is not None:  # "the peace plan *Uganda* proposed": who made it
        out.append((author, "by"))
    return out


def party_inside(tok: Token, parties: Collection[int], exclude: Collection[int] = (), depth: int = 4) -> list[Arg]:
    """The party inside a noun phrase headed by a thing: its named possessor or modifier ("supporting
    *Lebanon's* sovereignty", "a *US* resolution"), else, breadth first, the nearest party inside its
    prepositional phrases ("support to the negotiations among *Sudanese stakeholders*", "a formula for
    settling a dispute with *the Austin-Morris company*", "restrictions on the movement of *humanitarian
    workers*").  Never a pronoun, a time or an amount; never a word of ``exclude`` (the actor).  Flags:
    ``inside`` and the first preposition on the way (``prep:on``: a topic, "a deal on *the border*")."""
    def usable(t: Token) -> bool:  # (not the actor's own: "accepted responsibility for *its employees'* actions")
        return t.i not in exclude and t.pos_ != "PRON" and t.ent_type_ not in NON_PARTICIPANT_LABELS \
            and not own_forces(t)

    if adjunct_noun(tok):
        return []  # "in a bid to ...", "in the wake of ...": no one is inside an adjunct
    owner = named_owner(tok, parties, usable)
    if owner:
        return owner
    frontier, seen = [(tok, "")], {tok.i}
    for _ in range(depth):
        nxt = []
        for t, first in frontier:
            for c, prep in _inner_heads(t):
                if c.i in seen or c.i in exclude or c.pos_ == "PRON":
                    continue
                seen.add(c.i)
                flags = ("inside", first or f"prep:{prep}")
                if quantified_party(c):  # "thousands of people"
                    return participants(c, flags)
                if not usable(c):  # an amount is passed through: "tariffs on $120 billion of *China's* exports"
                    nxt.append((c, first or f"prep:{prep}"))
                    continue
                if is_party(c, parties):
                    return participants(c, flags)
                if prep in CAUSE_PREPS:
                    # a cause names its owner, not those it befell ("sanctions over *Iran's* nuclear programme";
                    # not "sanctions over the *Rohingya* crisis") and nothing deeper
                    owner = cause_owner(c, parties, usable)
                    if owner:
                        return [Arg(a.head, a.start, a.end, list(flags)) for a in owner]
                    continue
                if named_np(c):
                    inner = party_inside(c, parties, exclude, depth=0)
                    return [Arg(a.head, a.start, a.end, list(flags)) for a in inner] or participants(c, flags)
                nxt.append((c, first or f"prep:{prep}"))
        frontier = nxt
    return _earlier_owner(tok, parties, exclude, usable) if depth else []


def named_owner(tok: Token, parties: Collection[int], usable) -> list[Arg]:
    """The named possessor or modifier of a thing ("*Lebanon's* sovereignty", "a *US* resolution"): a
    possessor that is a party, or a modifier the actors stage knows (not "the *Grasberg* mine")."""
    for dep in ("poss", "compound", "nmod", "amod"):
        for c in tok.children:
            if c.dep_ == dep and usable(c) and (is_party(c, parties) if dep == "poss" else c.i in parties):
                lo, hi = np_span(c)
                while hi - 1 > c.i and tok.doc[hi - 1].dep_ == "case":  # "Lebanon's" -> "Lebanon"
                    hi -= 1
                return [Arg(c.i, lo, hi, ["inside", dep])]
    return []


def cause_owner(tok: Token, parties: Collection[int], usable) -> list[Arg]:
    """The party a cause belongs to: its possessor only ("sanctions over *Iran's* programme"), not a
    modifier naming whom it befell ("sanctions over the *Rohingya* crisis")."""
    return [a for a in named_owner(tok, parties, usable) if a.flags[-1] == "poss"]


DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
EARLIER_SENTENCES = 2  # how far back "the deal" may point to "Trump's deal"


def _earlier_owner(tok: Token, parties: Collection[int], exclude: Collection[int], usable) -> list[Arg]:
    """"France's envoy said *Trump's* deal cements despair, calling out *the deal*": a bare definite thing
    (no noun phrase or clause describing it) is the same thing as the nearest earlier noun of the same
    word (in its sentence or the two before), and that one's owner receives (flag ``same_noun``).  Only
    the nearest earlier mention counts: if it has no owner, neither has this one.  Never the actor
    again ("Iran's programme ... Iran defended the programme")."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children) \
            or any(c.dep_ in ("acl", "relcl", "appos") or (c.dep_ == "prep" and (c.lower_ == "of" or any(
                g.dep_ == "pobj" for g in c.children))) for c in tok.children):
        return []  # (a description of its own is a new thing: "the outcome *of the re-run*", "the plan *for Gaza*";
        # not a reason the parser hung on it: "calling out the deal *for rejecting* ...")
    doc = tok.doc
    sent = tok.sent
    lo = sent.start
    for _ in range(EARLIER_SENTENCES):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    actor_words = {doc[i].lower_ for i in exclude if i < len(doc)}
    for t in reversed(doc[lo:tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != tok.lemma_.lower() or t.tag_ != tok.tag_:
            continue
        owner = named_owner(t, parties, usable)
        if not owner or any(doc[i].lower_ in actor_words for i in range(owner[0].start, owner[0].end)
                            if _name_word(doc[i])):
            return []
        return [Arg(a.head, a.start, a.end, ["inside", "same_noun", *a.flags[1:]]) for a in owner]
    return []


# Verbs that hand a thing over to someone: the one it goes to ("to" goal) receives, not the thing.
TRANSFER_VERBS = word_class("transfer_verbs")
# Clauses a goal is not looked for inside: they have events and participants of their own.
GOAL_BARRIERS = {"relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "advcl"}


def transfer_goal(verb: Token, theme: Token, parties: Collection[int] = ()) -> list[Arg]:
    """The party a thing is handed over to: "returned a pendant engraved with the image of Peter the
    Great *to Russian authorities*", "will return HEU *to Russia*".  The object of a transfer verb is the
    thing moved (the theme), however it looks - a name (the parser tags "HEU" an organisation) or a
    person inside it ("the image of *Peter the Great*"); the "to" goal receives.  The goal is on the
    verb, or on the theme phrase where the parser misattached it (never inside a clause of its own:
    "skulls that date back *to* A.D. 640").  Not when the theme is a person ("handed *the suspect* to
    the police": the one handed over is acted on)."""
    if not TRANSFER_VERBS & {verb.lemma_.lower(), verb.lower_} or theme.ent_type_ == "PERSON" \
            or theme.lemma_.lower() in VICTIM_NOUNS or _described_as_person(theme):
        return []

    def reaches(t: Token) -> bool:  # the path up to the verb crosses no clause of its own
        while t.i != verb.i:
            if t.dep_ in GOAL_BARRIERS or (t.pos_ == "VERB" and any(c.dep_ in ("nsubj", "aux") for c in t.children)):
                return False
            if t.head.i == t.i:
                return False
            t = t.head
        return True

    on_verb = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    # (or on a participle the parser hung on the verb that describes the theme: "returned a manuscript,
    # *missing since 1943, to* Venafro")
    on_verb += [c for p in verb.children if p.dep_ == "advcl" and p.tag_ in ("VBG", "VBN") and p.i > theme.i
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in p.children)
                for c in p.children if c.dep_ == "prep" and c.lower_ == "to"]
    deeper = [t for t in theme.subtree if t.dep_ == "prep" and t.lower_ == "to" and reaches(t)]
    for prep in on_verb + deeper:
        goal = prep_object(prep)
        if goal is not None and goal.ent_type_ not in NON_PARTICIPANT_LABELS and goal.pos_ != "PRON" \
                and (is_party(goal, parties) or actorish(goal)):
            return participants(goal, ("prep:to", "goal"))
    return []


def own_forces(tok: Token) -> bool:
    """The actor's own people or things, named through a pronoun: "withdrew *its troops*", "some of
    *their* fighters", "laid down *their* weapons" - what the actor moves, not whom it acts on."""
    for t in (tok, *(prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")):
        if t is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in OWN_POSSESSIVES
                                 for c in t.children):
            return True
    return False


DATELINE_SEPARATORS = {"--", "-", "—", "–", ":", "---"}


def dateline_end(sent_start: Token) -> int:
    """Index of the first token after a news dateline that opens the sentence ("BERLIN --",
    "THE HAGUE, Netherlands --", "KABUL (Pajhwok) :", "ADDIS ABABA, May 15 (Xinhua) --"), else the
    sentence start.  The parser often makes the dateline the subject of the first verb."""
    memo = _memo(sent_start.doc)
    key = ("dateline", sent_start.i)
    if key not in memo:
        memo[key] = _dateline_end(sent_start)
    return memo[key]


def sentence_dateline_end(tok: Token) -> int:
    """``dateline_end(tok.sent[0])``, without building ``tok.sent``."""
    return dateline_end(tok.doc[sentence_bounds(tok)[0]])


def _dateline_end(sent_start: Token) -> int:
    doc = sent_start.doc
    for i in range(sent_start.i, min(sent_start.i + 12, len(doc))):
        tok = doc[i]
        if tok.text.lstrip(")") in DATELINE_SEPARATORS and not (tok.text == "-" and i > 0 and not doc[i - 1].whitespace_
                                                                 and not tok.whitespace_):
            # ("KABUL (Pajhwok):" tokenizes "):"; a hyphen inside a word is no separator: "Secretary-General")
            return i + 1 if i > sent_start.i else sent_start.i
        if tok.text == ")" and i > sent_start.i and i + 1 < len(doc) and doc[i + 1].is_punct \
                and doc[i + 1].text not in (",", ".", ")", "'s"):
            # "WASHINGTON (AP) " President ...": after a news agency's tag any dash-like mark (text
            # copied through a lossy encoding turns the dash into a quote) closes the dateline
            return i + 2
        if not (tok.is_punct or tok.like_num or tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "DATE", "ORG")
                or (tok.is_upper and tok.is_alpha) or tok.lower_ == "the"):
            return sent_start.i
    return sent_start.i


# Nouns for the people an event is done to: any nationality or name on them is theirs, not the doer's.
VICTIM_NOUNS = word_class("victim_nouns")


# Verbs of going to a place that take it as their object ("*visiting* Syria to investigate"): data/word_classes.tsv
# visiting_verbs.
VISITING_VERBS = word_class("visiting_verbs")


def place_read_as_infinitive_subject(verb: Token) -> bool:
    """Is the verb a "to"-infinitive the parser made a clause whose subject is the place a verb of visiting goes to ("UN
    inspectors would be *visiting Syria to investigate* the American claim": "Syria" as the subject of
    "investigate")?  The infinitive is the visit's purpose, and the visitors do it (session 52, a probe of unjudged
    news)."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.head.lemma_.lower() not in VISITING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i and c.ent_type_ in ("GPE", "LOC", "FAC") for c in verb.children)
