"""Join adjacent units into mentions and read each mention's actor off its units.

"U.S. Secretary of State Antony Blinken" is four units (country, title, person) with nothing
between them but the title's own words: one mention, USA GOV, person Antony Blinken, role
"Secretary of State".  "Mali and Burkina Faso" is two mentions: "and" does not join.  A
capital alone is an actor only where the syntax says so (subject, possessor, object of
"support for"); as the place of an event it is left to the places stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.actors.acronym_brackets import spelt_out, split_after_bracket
from dateline.actors.armed_groups import armed_group_force
from dateline.actors.capitals import verb_in_capitals
from dateline.actors.kb import Entry, KnowledgeBase, in_term, knowledge_base, pick_term
from dateline.actors.match import Unit, is_lowercase_acronym, line_wraps, lowercase_sentences, sentence_index
from dateline.actors.portfolios import portfolio_title, shadow_post

GLUE_POS = {"ADJ", "PROPN", "NOUN", "NUM"}
GLUE_WORDS = {"of", "'s", "’s", "-", "–"}
PLACE_NAME_KINDS = {"country", "capital"}
FORMER_WORDS = {"former", "ex", "ex-", "late", "exiled", "erstwhile"}
FORMER_PARTICIPLES = {"ousted", "deposed", "toppled", "overthrown", "jailed", "detained"}  # as modifiers only
# PLOVER's elites (ELI) are former *government* officials and celebrities: a former holder of a post outside the
# state and politics keeps that post's sector ("a *former CEO* at Santander", "a former Enron chief executive": BUS;
# "a former BBC journalist": JRN) - no political elite.
FORMER_KEEPS_SECTOR = {"BUS", "JRN", "MED", "EDU", "AGR", "LAB"}
# prepositions whose object is a place ("in Niamey") rather than an actor ("support for Moscow")
PLACE_PREPS = {"in", "at", "to", "from", "into", "near", "outside", "inside", "around", "across", "through",
               "via", "throughout", "within", "toward", "towards", "onto", "over", "under", "off", "out"}
MOVEMENT_VERBS = {"visit", "leave", "reach", "arrive", "enter", "tour", "fly", "travel", "return", "attack",
                  "bomb", "shell", "strike", "invade", "occupy", "cross", "flee", "evacuate", "capture",
                  "liberate", "hit", "raid", "seize", "land", "base", "station", "deploy", "move"}

# Words (verbs, nouns, adjectives) after which "to" addresses someone ("talk to Washington", "an appeal to
# Kyiv", "loyal to Moscow"), not a destination
ADDRESS_HEADS = {"talk", "speak", "write", "appeal", "complain", "apologize", "apologise", "reply", "respond",
                 "listen", "explain", "protest", "object", "submit", "surrender", "yield", "concede", "pledge",
                 "promise", "offer", "sell", "lend", "owe", "pay", "message", "letter", "overture", "ultimatum",
                 "warning", "threat", "request", "plea", "call", "hostile", "loyal", "friendly", "opposed",
                 "allegiance"}

# nouns that make a capital's possessor or "of"-object a place: "Cairo's Tahrir Square", "a
# residential area of Tripoli", "the streets of Kyiv" (but "Moscow's decision" is an actor)
PLACE_NOUNS = {"area", "areas", "street", "streets", "square", "outskirts", "suburb", "suburbs", "centre",
               "center", "downtown", "district", "districts", "neighborhood", "neighbourhood", "part", "parts",
               "north", "south", "east", "west", "heart", "edge", "airport", "port", "city", "capital", "residents",
               "population", "skyline", "mayor", "streets", "hospital", "hospitals", "university", "outskirt",
               "road", "roads", "people"}
# a country adjective alone as the object of these is a language: "said in fluent English"
LANGUAGE_HEADS = {"in", "into", "speak", "write", "translate", "learn", "teach", "read"}


@dataclass
class Draft:
    """A mention being built: token range, units, and the actor read off them."""

    start: int
    end: int
    units: list[Unit]
    country: str | None = None
    sector: str | None = None
    person: str | None = None
    role: str | None = None
    name: str | None = None
    flags: list[str] = field(default_factory=list)
    reason: str = ""
    source: str = ""  # what gave the country: adjective | country | capital | person | org ...
    head: str | None = None  # last word of the head agent noun, for coreference ("government")
    org_head: str | None = None  # a titled person's organisation noun: "bank" in "the bank's president X"
    ref: int | None = None
    definite: bool = False

    def has(self, kind: str) -> bool:
        return any(u.kind == kind for u in self.units)


def group_units(doc: Doc, units: list[Unit]) -> list[list[Unit]]:
    groups: list[list[Unit]] = []
    for unit in units:
        if groups and _joins(doc, groups[-1], unit):
            groups[-1].append(unit)
        else:
            if groups and _bracketed_tail(doc, groups[-1]):
                groups.append([groups[-1].pop()])  # "the Front (FMLN) attacked": the acronym stays a mention
            groups.append([unit])
    if groups and _bracketed_tail(doc, groups[-1]):
        groups.append([groups[-1].pop()])
    return groups


def _bracketed_tail(doc: Doc, group: list[Unit]) -> bool:
    """Does the group end with an acronym in brackets that only joined the name before it (no agent noun after
    the closing bracket joined too)?"""
    last = group[-1]
    return len(group) > 1 and last.start > 0 and doc[last.start - 1].text == "(" and group[-2].end == last.start - 1


KNOWN_NAMES = {"agent", "igo", "group", "metonym", "country", "adjective", "subnational"}  # units the KB resolved


def is_acronym(text: str) -> bool:
    """"FMLN", "BSF", "SFs", "CPI-Maoist": a short word with at least two capitals, the first one leading."""
    return 2 <= len(text) <= 10 and text.replace("-", "").isalpha() and text[0].isupper() \
        and sum(ch.isupper() for ch in text) >= 2


def _without_acronym_brackets(doc: Doc, group: list[Unit], gap: list[Token], unit: Unit) -> list[Token]:
    """The gap between two units without an acronym the writer put in brackets inside the name: "Security Force
    *(SF)* personnel", "Central Reserve Police Force *(*CRPF*)* personnel" - the brackets (and an acronym no unit
    covers) are no words of the phrase.  Only after a name the knowledge base knows: an unknown organisation's
    officers ("Frontier Corps (FC) personnel") keep the reading of the role noun alone.  Any other gap is
    returned as it is."""
    last = group[-1]
    texts = [t.text for t in gap]
    if len(gap) == 3 and texts[0] == "(" and texts[2] == ")" and is_acronym(texts[1]) and last.kind in KNOWN_NAMES:
        return []
    if texts == ["("] and last.kind in KNOWN_NAMES and _one_word(doc, unit) and is_acronym(unit.text) \
            and unit.end < len(doc) and doc[unit.end].text == ")":
        return []  # the name, then its acronym (a unit of its own; "PML-Q" is three tokens, one written word)
    if texts == ["("] and last.kind in KNOWN_NAMES and is_acronym(doc[last.end - 1].text) \
            and unit.kind in KNOWN_NAMES and spelt_out(doc, unit):
        return []  # the acronym, then its name spelt out before the agent noun both modify ("FMLN (...) FORCES")
    if texts[:1] == [")"] and len(group) > 1 and doc[last.start - 1].text == "(" \
            and all(t.is_space for t in doc[group[-2].end:last.start - 1]):  # (a hard wrap may stand before the bracket)
        # (the name and) the acronym, then the agent noun it modifies ("Awami National Party (ANP) local leader")
        return gap[1:]
    return gap


def _one_word(doc: Doc, unit: Unit) -> bool:
    """Is the unit one written word (its tokens not parted by spaces: "PML-Q", "JD(U)" as the tokenizer splits
    them)?"""
    return not any(t.whitespace_ for t in doc[unit.start:unit.end - 1])


def _joins(doc: Doc, group: list[Unit], unit: Unit) -> bool:
    last = group[-1]
    wraps = line_wraps(doc)  # hard-wrapped copy: "SALVADORAN\nPRESIDENT ALFREDO CRISTIANI" is one mention
    gap = _without_acronym_brackets(doc, group, [t for t in doc[last.end:unit.start] if t.i not in wraps], unit)
    sent = sentence_index(doc)
    if sent[last.start] != sent[unit.start] and not (gap == [] and split_after_bracket(doc, unit)):
        return False
    if any("\n" in t.text and t.i not in wraps for t in doc[group[0].start:unit.end]):
        return False
    if gap and last.start <= (portfolio_title(doc, unit.start, knowledge_base()) or -1) < last.end:
        return True  # "minister for employment and learning Sir Reg Empey": the holder of the post
    if len(gap) > 3:
        return False
    if any(verb_in_capitals(t) for t in gap):
        return False  # "PRESS REPORTS MENTIONED ECUADOR" (capitals): a verb parts two mentions
    if gap and last.kind in PLACE_NAME_KINDS and unit.kind in PLACE_NAME_KINDS \
            and any(t.lower_ not in GLUE_WORDS and t.tag_ != "POS" for t in gap):
        return False  # "US Blacklists Colombia" (a headline in title case): two countries, no one name
    if not gap and last.kind in ("igo", "group") and unit.kind in ("person", "person?") \
            and doc[last.end - 1].tag_ in ("NNS", "NNPS"):
        return False  # "the Maoists Sahu" (unpunctuated copy): the members of a body, then a person of the next clause
    if not gap and last.kind in ("country", "adjective", "capital", "metonym", "igo", "group", "subnational",
                                 "ethnic", "regional") \
            and unit.kind in ("agent", "person", "person?", "org?"):
        return True  # "Russian negotiators", "Nigerien President": whatever the parser made of it
    if _second_title_of_one_name(doc, last, gap, unit):
        return True
    if _possessor_and_object_of_a_noun(gap):
        return False  # "the army's killing of protesters": the killer and the killed, two parties
    for tok in gap:
        if tok.lower_ == "of":
            if last.kind not in ("agent", "metonym", "igo"):
                return False
        elif tok.lower_ in GLUE_WORDS or tok.tag_ == "POS":
            continue
        elif tok.lower_ in ("the",) and any(t.lower_ == "of" for t in gap):
            continue
        elif tok.pos_ not in GLUE_POS or tok.dep_ in ("conj", "appos"):
            return False
    # the joined tokens must hang together: the earlier part depends on something inside the span
    span_start, span_end = group[0].start, unit.end
    tail = doc[last.end - 1]
    if not (span_start <= tail.head.i < span_end) and not (span_start <= doc[unit.end - 1].head.i < span_end):
        # e.g. "... said Washington": neither attaches to the other
        return tail.dep_ in ("compound", "amod", "nmod", "poss") or last.kind == "agent" and unit.kind.startswith(
            "person")
    return True


def _possessor_and_object_of_a_noun(gap: list) -> bool:
    """Is the gap a possessive, then a common noun no unit covers, then "of" ("the army*'s killing of* protesters",
    "the police*'s arrest of* journalists")?  The possessor and the "of" object of one noun are two parties - who did
    it and to whom - not one long name (session 39: "army's killing of protesters" was one mention, a civilian one);
    a title between them is a unit of its own ("Nigeria's *Minister* of Defence"), so no such gap."""
    words = [t for t in gap if t.tag_ != "POS" and t.lower_ not in ("the", "a", "an")]
    return (bool(gap) and gap[0].tag_ == "POS" and len(words) >= 2 and words[-1].lower_ == "of"
            and all(t.pos_ in ("NOUN", "ADJ") for t in words[:-1]))


def _second_title_of_one_name(doc: Doc, last: Unit, gap: list, unit: Unit) -> bool:
    """"businessman and philanthropist Sir Christopher Ondaatje": a singular role noun with no determiner or possessor
    of its own cannot stand alone as a noun phrase in English (a bare singular count noun is a title or a
    predicate), so coordinated with a titled name it is a second title of that one person, not a second party.
    ``gap`` is "and" and the other title's words; the name (or its next title) is the parser's conjunct of the
    role noun, or both titles modify the name.  "The president and prime minister Nawaz Sharif" (a determiner) stay two."""
    head = doc[last.end - 1]
    if last.kind != "agent" or head.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if not gap or gap[0].lower_ != "and" or any(t.dep_ != "compound" for t in gap[1:]):
        return False
    if head.dep_ == "compound" and _person_name(head.head) and head.head.i >= unit.end - 1:
        return True  # "businessman and politician John Brown": both titles modify the name (the parser's other reading)
    name = doc[unit.end - 1]
    while name.dep_ in ("compound", "amod") and name.head.i > name.i:
        name = name.head
    return name.dep_ == "conj" and name.head.i == head.i and _person_name(name)


def _person_name(tok: Token) -> bool:
    """A word of a person's name ("president and Commander in Chief of the X Army" coordinates two titles, no name)."""
    return tok.tag_ == "NNP" and tok.ent_type_ == "PERSON"


def _prep_of(tok: Token) -> Token | None:
    return tok.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else None


def usage(tok: Token) -> str | None:
    """How the syntax uses a name: "actor" (subject, possessor, "support for Moscow", "Washington
    warned Niamey"), "place" ("in Niamey", "left Niger", "Niamey, Niger") or None (no clear use).

    Conjuncts take the use of the first conjunct ("Mali and Niger said").
    """
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "poss" and (tok.head.pos_ == "PROPN" or tok.head.lower_ in PLACE_NOUNS):
        return "place"  # "Cairo's Tahrir Square", "Kabul's streets"
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return "actor"
    prep = _prep_of(tok)
    if prep is not None:
        if prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS:
            return "place"  # "a residential area of Tripoli"
        if prep.lower_ in ("to", "toward", "towards") and prep.head.lemma_ in ADDRESS_HEADS:
            return "actor"  # "would not talk to Washington", "an appeal to Kyiv"
        return "place" if prep.lower_ in PLACE_PREPS else "actor"
    if tok.dep_ == "dobj":
        return "place" if tok.head.lemma_ in MOVEMENT_VERBS else "actor"
    if tok.dep_ in ("appos", "npadvmod", "compound", "ROOT") and tok.head.pos_ == "PROPN":
        return "place"  # "Niamey, Niger"
    return None


def _head_token(doc: Doc, start: int, end: int) -> Token:
    """The token of doc[start:end] whose head lies outside it (the span's syntactic head)."""
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head == tok:
            return tok
    return doc[end - 1]


def listed_firm(unit: Unit) -> bool:
    """Is the unit a firm of firms.tsv ("Airbus", "BP": a named organisation of sector BUS)?"""
    return unit.kind == "igo" and bool(unit.entries) and unit.entries[0].sector == "BUS" \
        and unit.entries[0].code not in ("IGO", "UNO", "EUR")  # (the IMF and the World Bank are listed BUS too)


def _extend_left(doc: Doc, start: int, end: int) -> int:
    """Take in the modifiers of the mention's head that precede it: "Shona rebels", "senior U.S.
    delegation" (not determiners or possessives: "the", "its" stay outside)."""
    while start > 0:
        tok = doc[start - 1]
        if tok.dep_ not in ("compound", "amod", "nmod") or not (start <= tok.head.i < end) \
                or tok.pos_ not in ("PROPN", "ADJ", "NOUN") or "\n" in tok.text or tok.is_punct \
                or verb_in_capitals(tok):  # "PRESS REPORTS MENTIONED ECUADOR": the verb ends the name
            break
        start -= 1
    return start


def _second_complement(doc: Doc, unit: Unit, agents: list[Unit]) -> bool:
    """"Industry" in "the Ministry of Trade and Industry": an agent noun joined by "and" to the object of "of"
    inside an earlier agent phrase ("Ministry of Trade") names the ministry's subject too, not the sector of
    the mention (the ministry's, GOV; "industry" alone would be business)."""
    tok = doc[unit.end - 1]
    head = tok.head
    return tok.dep_ == "conj" and head.dep_ == "pobj" and head.head.lower_ == "of" \
        and any(a.start <= head.i < a.end and a.start < unit.start for a in agents)


def build_draft(doc: Doc, group: list[Unit], kb: KnowledgeBase, date: str | None) -> Draft | None:
    if len(group) > 1 and group[-1].kind == "agent" and any(u.kind == "org?" or listed_firm(u) for u in group[:-1]) \
            and _modifies_non_actor(doc, group):
        group = group[:-1]  # "the Airbus A400M military transport plane": the firm, not a military
    d = Draft(group[0].start, group[-1].end, group)
    head_tok = _head_token(doc, d.start, d.end)
    agents = [u for u in group if u.kind == "agent"]
    # country: what the text says outright first (adjective, name, capital), then organisations, persons
    for kinds, source in ((("adjective", "country", "capital"), None), (("metonym", "igo", "group"), None),
                          (("subnational",), None), (("ethnic", "regional"), None)):
        unit = next((u for u in group if u.kind in kinds), None)
        if unit is not None:
            entry = unit.entries[0]
            d.country, d.source = entry.code, unit.kind
            if entry.territory:
                d.flags.append(f"territory:{entry.territory}")
            if unit.kind in ("metonym", "igo", "group"):
                d.name = entry.name
                d.sector = entry.sector
            if unit.kind in ("subnational", "ethnic", "regional"):
                d.flags.append(f"{unit.kind}:{entry.name}")
            break
    org = next((u for u in group if u.kind in ("metonym", "igo", "group")), None)
    if org is not None and d.source != org.kind:
        # "Britain's Conservatives": the country comes from the name before, the party is still a party
        d.sector, d.name = org.entries[0].sector, org.entries[0].name
    if d.source == "adjective" and d.start > 0 and doc[d.start - 1].lower_ == "ethnic":
        # "ethnic Albanians" in Serbia are a population of where they live, not Albania's
        d.flags.append(f"ethnic:{group[0].text}")
        d.country, d.source, d.sector = None, "ethnic", "CVL"
    person_entry = _person(doc, group, kb, date, d)
    if person_entry is not None and d.country is None:
        d.country, d.source = person_entry.code, "person"
    # sector: the right-most agent noun that names a sector ("military chief General" -> MIL)
    other_body = False  # a title held in a body that is not a state (_officer_of_other_body)
    kind_of_post = [u for u in agents if _describes_a_role(doc, u, agents, kb)]  # "civilian" in "civilian official"
    portfolio = [u for u in agents if _names_a_portfolio(doc, u, agents, kb)]  # "local government spokesman"
    if portfolio:
        d.flags.append("portfolio")  # a public post of no sector the words name: it still takes the story's country
    strong = [u for u in agents if not u.entries[0].neutral and not _second_complement(doc, u, agents)
              and u not in kind_of_post and u not in portfolio]
    if strong:
        # (a noun of unknown status, "suspects", names no sector: "militant suspects" take the modifier's)
        entry = ([u for u in strong if u.entries[0].sector] or strong)[-1].entries[0]
        d.sector, d.head = entry.sector, strong[-1].text.lower().split()[-1]
        d.sector = _force_of_unit(doc, group, kb) or d.sector  # "65 companies of the CRPF": the force's, no firm
        if d.sector == "MIL" and d.source in ("", "ethnic", "regional") and _insurgent_army_name(group, strong[-1], kb):
            d.sector = "REB"  # "Hmar National Army", "Kachin Independence Army": no state's army
            d.flags.append("insurgent_name")
        head_word = strong[-1].text.lower().split()[-1]
        if org is not None and org.entries[0].sector and (org.end <= strong[-1].start or _body_after_of(doc, org, strong[-1])) \
                and (head_word in (kb.agent_context("*", "member_of_body") or ()) or armed_group_force(org, head_word, kb)):
            d.sector = org.entries[0].sector  # "BJP workers", "Hamas fighters", "president of the BJP": the body's
    elif d.sector is None and person_entry is not None:
        d.sector = person_entry.sector
    elif d.sector is None and agents and (d.country or d.person) and _named_body_before(doc, group, agents[-1]):
        d.head = agents[-1].text.lower().split()[-1]  # "Airbus spokesman X": the firm's, no official
        other_body = True
    elif d.sector is None and agents and (d.country or d.person or kind_of_post) and not portfolio:
        d.sector = agents[-1].entries[0].sector  # "Russian official": the neutral noun's default
        d.flags.append("sector:role_default")  # (read from a country alone: "Egypt FA spokesman" is GOV too)
        d.head = agents[-1].text.lower().split()[-1]
        other_body = _officer_of_other_body(doc, group, agents[-1])  # "Worldcom chief Scott Sullivan"
    if agents and d.head is None:
        d.head = agents[-1].text.lower().split()[-1]
    if agents:
        d.org_head = agents[0].text.lower().split()[-1]
    if d.sector == "GOV" and strong and _officer_of_other_body(doc, group, strong[-1]):
        d.sector, d.head = None, None  # "president of ClearView Economics", "president of Cesar organisers"
        other_body = True
    if d.sector is None and agents and (other_body or not strong) and _named_firm(group, kb):
        d.sector = "BUS"  # "chairman of Datapoint Corp.", "Fairchild Semiconductor Corp president": a firm's officer
    if agents and shadow_post(doc, d.start, agents[0].start):
        d.sector = "PTY"  # "Shadow spokesman for sport X": an opposition party's frontbencher, no official
        d.flags = [f for f in d.flags if f != "sector:role_default"]
    if _former(doc, d):
        if other_body and "sector:role_default" in d.flags:
            # a former officer of a body that is no state ("former Worldcom chief Scott Sullivan") is no
            # political elite, and the title's default (GOV) is not his sector either
            d.sector = None
            d.flags.remove("sector:role_default")
        elif d.sector not in FORMER_KEEPS_SECTOR and not other_body and (d.sector or agents):
            # (a former holder of a post; not a name with no post known: "former Chelsea *striker* Adrian Mutu" was a
            # footballer, no political elite - session 45)
            d.sector = "ELI"
        d.flags.append("former")
    if d.person and agents:
        d.role = " ".join(u.text for u in group if u.kind in ("agent", "metonym") and u.start < _person_start(group))
        d.role = d.role or None
    if person_entry is not None and not d.role:
        d.role = person_entry.role
    # what kind of mention is this?
    only = {u.kind for u in group}
    if only in ({"ethnic"}, {"regional"}):
        d.sector = "CVL"  # "the Rohingya", "Gazans": a population
    if only == {"subnational"}:
        d.flags.append("place_only")  # "Florida", "Kano": places; they only count for the focus
        return d
    if only == {"capital"}:
        if usage(head_tok) != "actor":
            d.flags.append("place_only")  # a place: counts for the focus, left to the places stage
            return d
        d.sector = "GOV"
        d.flags.append("metonym:capital")
    elif only <= {"country", "adjective"} and usage(head_tok) == "place":
        d.flags.append("place")
    if only == {"adjective"} and d.end - d.start == 1 and head_tok.pos_ in ("NOUN", "PROPN") \
            and head_tok.dep_ in ("pobj", "dobj") and head_tok.head.lemma_.lower() in LANGUAGE_HEADS \
            and not any(e.kind == "country" and (kb.label(e.code) or "").lower() == head_tok.lower_
                        for e in kb.entries.get(head_tok.lower_, ())):  # "in Myanmar" (but "in Spanish")
        return None  # a language: "said in fluent English", "speaks Russian"
    if only == {"adjective"} and "former" in d.flags and _former_dominion(doc, d, kb):
        return None  # "the former British colony" (Belize), "a former Soviet republic": not the ruling state
    if len(group) == 1 and d.end - d.start == 1 and only <= {"group", "metonym"} and _sentence_initial(doc, d.start) \
            and head_tok.dep_ in ("compound", "amod") and head_tok.head.i > d.start and head_tok.head.is_lower:
        return None  # "Labour costs rose": a capitalised common word, not the party
    if (only <= {"country", "subnational", "capital", "regional", "org?"} or only == {"person?"}) \
            and _team(doc, d, head_tok, only, kb):
        return None  # "England beat India by five wickets", "the Houston Texans beat the Dallas Cowboys 24-10"
        # (a lone name the tables do not know, "Chelsea beat Arsenal 2-1", is a club or a player: no actor either;
        # "Denmark's Kenneth Carlsen" stays a Dane)
    if only <= {"agent", "subnational"} and _site_or_thing(doc, d, head_tok, kb):
        if only == {"agent"}:
            return None  # "taken to the hospital", "a state of emergency", "a locked gun cabinet"
        d.flags.append("place_only")  # "in the Gulf Coast state of Tamaulipas": a place
        return d
    if only <= {"agent"}:
        if all(u.entries[0].neutral for u in agents) and head_tok.dep_ not in ("nsubj", "nsubjpass", "agent"):
            return None  # "members" alone says nothing about who (but "officials said" is an actor)
        d.definite = _definite(doc, d.start)
        if _modifies_non_actor(doc, group):
            return None  # "military cooperation agreement", "its military neighbors"
    if only <= {"org?", "person?"}:
        if not _plausible_unknown(group, head_tok):
            return None  # "cts", "Revs 291.8": tables and abbreviations, not actors
        if " ".join(u.text for u in group) in kb.not_actors or _upper_case_sentence(doc, d.start):
            return None  # "16:08 UTC", "the FTSE 100"; in all-capitals copy the model's ORG/PERSON are noise
        if only == {"org?"}:
            d.flags.append("unresolved")
            if _firm_name(group[-1].text, kb):
                d.sector = "BUS"  # "Dataproducts Inc.", "Fujitsu Ltd": a company, of no country its name gives
        if d.sector is None and (_cited_publication(head_tok) or _titled_publication(group, head_tok, kb)):
            # "..., reported El Diario": a publication the tables do not list, whether the model said ORG or PERSON
            d.sector, d.person = "JRN", None
            if "unresolved" not in d.flags:
                d.flags.append("unresolved")
    if only <= {"agent", "org?", "person?"} and _in_title(doc, d.start, d.end):
        return None  # "Kings And Queen", "The Future Is Medieval": the title of a work
    if d.person is None and only & {"agent", "country", "adjective"}:
        d.start = _extend_left(doc, d.start, d.end)
        d.definite = d.definite or (only <= {"agent"} and _definite(doc, d.start))
    d.name = _readable_name(d, kb)
    return d


REPORT_VERBS = {"report"}  # the verb newswire copy puts before the publication it cites


def _cited_publication(head_tok: Token) -> bool:
    """"..., reported El Diario.", "..., reports The Sentinel.": a name after "reported" that ends the sentence, the
    verb set off by a comma from the clause it reports, is the publication the copy cites, in the wire's inverted
    order (the model parses the name as subject or object).  A firm that "reported a loss" comes before its verb."""
    verb = head_tok.head
    doc = head_tok.doc
    return head_tok.dep_ in ("nsubj", "dobj") and verb.lemma_ in REPORT_VERBS and 0 < verb.i < head_tok.i \
        and doc[verb.i - 1].text == "," and (head_tok.i + 1 == len(doc) or doc[head_tok.i + 1].text in (".", "!"))


def _titled_publication(group: list[Unit], head_tok: Token, kb: KnowledgeBase) -> bool:
    """"El Heraldo reported that ...", "La Prensa reports": a name the tables do not know that opens with a newspaper
    title's article (title_articles.tsv) and is the subject of "reported" is the publication, not a person."""
    words = group[0].text.split()
    return len(group) == 1 and len(words) > 1 and words[0] in kb.title_articles and head_tok.dep_ == "nsubj" \
        and head_tok.head.lemma_ in REPORT_VERBS


def _firm_name(text: str, kb: KnowledgeBase) -> bool:
    """A name the knowledge base does not know ending in a company's legal form or firm noun ("Inc.", "Ltd", "Corp",
    "Group"; firm_words.tsv): a firm.  One word alone ("Group") is no name."""
    return len(text.split()) > 1 and kb.ends_in_firm_word(text)


FORCE_SECTORS = {"MIL", "COP", "REB", "SPY", "PRM"}
MOVEMENT_SECTORS = {"REB", "PTY", "OPP", "CRM"}  # bodies listed with the IGOs that have members as a party has


def _body_after_of(doc: Doc, org: Unit, title: Unit) -> bool:
    """"president of the BJP", "members of Hamas": a party, movement or armed group (a ``group`` unit, not an
    international body) right after the title, joined by "of" or "for" (and "the")."""
    between = [t.lower_ for t in doc[title.end:org.start]]
    body = org.kind == "group" or org.kind == "igo" and org.entries[0].sector in MOVEMENT_SECTORS  # "of the Taliban"
    return body and org.start >= title.end and between in (["of"], ["for"], ["of", "the"], ["for", "the"])


def _describes_a_role(doc: Doc, unit: Unit, agents: list[Unit], kb: KnowledgeBase) -> bool:
    """"top civilian counterterrorism official": an adjective of agent_contexts.tsv (context role_modifier) before
    a later role noun of a public post (listed with it) in the same mention says what kind of post it is (not a
    military one), not that its holder is one of the people the word names (a civilian, CVL): the role noun's sector
    holds.  Not for other roles: "Russian civilian advisers" are civilians (the PLOVER GSR codes them CVL)."""
    tok = doc[unit.end - 1]
    posts = kb.agent_context(unit.text, "role_modifier") or set()  # the role nouns of public posts it can describe
    return unit.end - unit.start == 1 and tok.dep_ == "amod" \
        and any(a.start > unit.start and a.entries[0].neutral and a.start <= tok.head.i < a.end
                and a.text.lower().split()[-1] in posts for a in agents)


def _names_a_portfolio(doc: Doc, unit: Unit, agents: list[Unit], kb: KnowledgeBase) -> bool:
    """"Local government spokesman Ed Davey": a sector noun after one of its words of agent_contexts.tsv (context
    portfolio) and before a role noun of no sector of its own (a neutral one: "spokesman") names the policy area the
    post is about, not the body the holder speaks for: no government's spokesman, and no default sector for the role
    noun.  A role noun with a sector keeps it ("Local Government Minister" GOV)."""
    words = unit.text.lower().split()
    before = kb.agent_context(words[0], "portfolio")
    if not before or unit.start == 0 or doc[unit.start - 1].lower_ not in before:
        return False
    if len(words) > 1:  # one phrase of the knowledge base: "government spokesman"
        return _neutral_role(words[-1], kb)
    return any(a.start >= unit.end and a.entries[0].neutral for a in agents)


def _neutral_role(word: str, kb: KnowledgeBase) -> bool:
    """A role noun whose sector comes from the words around it ("spokesman", "official"; agents_extra.tsv)."""
    return any(e.kind == "agent" and e.neutral for e in kb.entries.get(word, ()))


def _insurgent_army_name(group: list[Unit], agent: Unit, kb: KnowledgeBase) -> bool:
    """"Hmar National Army", "Karen National Liberation Army", "New People's Army": an army whose name is led by a
    word the knowledge base does not know (no country, demonym or state) and ends in a word of a movement's name
    (agent_contexts.tsv, context insurgent_name).  A state's army is named by its state ("Afghan National Army",
    "Pakistan Army"); "Salvation Army" or "Tartan Army" end in no such word."""
    words = kb.agent_context(agent.text.split()[-1], "insurgent_name")
    k = group.index(agent)
    before = group[k - 1] if k > 0 else None
    return bool(words) and before is not None and before.kind == "org?" and before.end == agent.start \
        and before.text.split()[-1].lower() in words


def _force_of_unit(doc: Doc, group: list[Unit], kb: KnowledgeBase) -> str | None:
    """The sector of the armed or police force whose units a unit noun counts ("65 companies of the CRPF", "two
    battalions of police": agent_contexts.tsv, context force_unit): a company of a force is part of it, not a
    firm.  None when no such noun is followed by "of" and a unit naming a force."""
    words = kb.agent_context("*", "force_unit") or set()
    for k, unit in enumerate(group[:-1]):
        if unit.kind != "agent" or unit.text.lower() not in words:
            continue
        later = group[k + 1]
        if later.kind in ("agent", "metonym", "igo", "group") and any(t.lower_ == "of" for t in doc[unit.end:later.start]) \
                and later.entries[0].sector in FORCE_SECTORS:
            return later.entries[0].sector
    return None


def _named_body_before(doc: Doc, group: list[Unit], role: Unit) -> bool:
    """A role noun right after an organisation the knowledge base does not know ("Airbus spokesman", "NUM
    spokesman"): the officer speaks for that body, whose sector is unknown - no official of a state by
    default.  (Known bodies are units of their own: "Pentagon spokesman", "Hamas spokesman".)  The tagger may read
    the name as a common noun and leave it out of the mention ("*Euronext* chief Jean-Francois Theodore": session 46,
    sample z): a capitalised word no unit covers, inside a sentence in mixed case, is such a name too."""
    earlier = [u for u in group if u.end <= role.start]
    if earlier:
        return earlier[-1].kind == "org?" and earlier[-1].end == role.start
    if group[0] is not role or role.start == 0:
        return False
    name = doc[role.start - 1]
    return name.pos_ in ("PROPN", "NOUN") and not name.is_sent_start and not name.is_stop and name.text[:1].isupper() \
        and not name.sent.text.isupper()


OFFICER_TITLES = {"president", "chairman", "chairwoman", "chair", "head", "director", "chief", "leader", "secretary",
                  "vice-president", "vice president", "founder"}
STATE_WORDS = {"country", "nation", "republic", "state", "government", "kingdom", "federation", "union"}


def _officer_of_other_body(doc: Doc, group: list[Unit], title: Unit) -> bool:
    """A title held in some body that is not a state: "president of ClearView Economics" (an unknown
    organisation), "president of Cesar organisers" ("of" + a noun no unit covers).  Not "President
    of the Republic", "head of state", "president of the Supreme Court" (an agent unit)."""
    if title.text.lower() not in OFFICER_TITLES:
        return False
    earlier = [u for u in group if u.end <= title.start]
    if earlier and earlier[-1].kind == "org?" and earlier[-1].end == title.start:
        return True  # "Fairchild Semiconductor Corp president Donald Brooks": the company's
    later = [u for u in group if u.start >= title.end]
    if later:
        return later[0].kind == "org?" and any(t.lower_ == "of" for t in doc[title.end:later[0].start])
    tok = doc[title.end - 1]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in STATE_WORDS
    return False


def _named_firm(group: list[Unit], kb: KnowledgeBase) -> bool:
    """An organisation the knowledge base does not know in the mention whose name ends in a word of a company's
    name (firm_words.tsv: Corp, Inc, Ltd, Group, Bank ...): the body the officer serves is a firm."""
    return any(u.kind == "org?" and kb.ends_in_firm_word(u.text) for u in group)


TITLE_FUNCTION_WORDS = {"And", "Of", "The", "In", "On", "For", "To", "Is", "With", "At", "A", "Des", "De", "Du", "La",
                        "Le", "Les"}


SCORE = re.compile(r"(?<![\d/.-])\d{1,3}-\d{1,3}(?![\d/.-])")


def _sentence_flags(doc: Doc, key: str, chosen) -> list[bool]:
    """Per token: does its sentence belong to ``chosen(sentence_index)`` (a set of sentence numbers)?
    Computed once per Doc and kept in ``doc.user_data[key]``."""
    flags = doc.user_data.get(key)
    if flags is None or len(flags) != len(doc):
        sent = sentence_index(doc)
        picked = chosen(sent)
        flags = [sent[t.i] in picked for t in doc]
        doc.user_data[key] = flags
    return flags


def _sports_sentence(doc: Doc, i: int, kb: KnowledgeBase) -> bool:
    """Is token ``i`` in a sports report: a score ("24-10") or a word only sport uses ("wickets")?"""
    def sports(sent: list[int]) -> set[int]:
        return {sent[s.start] for s in (doc.sents if doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
                                        else [doc[:]])
                if any(t.lower_ in kb.sports_nouns for t in s) or SCORE.search(s.text)}

    return _sentence_flags(doc, "dl_actor_sports_sents", sports)[i]


def _team(doc: Doc, d: Draft, head: Token, only: set[str], kb: KnowledgeBase) -> bool:
    """A country or city standing for its team in a sports report: the subject or object of
    "beat", "defeat", "draw" ... ("England beat India"), or a city with a team nickname ("Houston
    Texans")."""
    if not _sports_sentence(doc, d.start, kb):
        return False
    if only & {"org?", "regional"} and "subnational" in only:
        return True  # "Houston Texans", "Dallas Cowboys"
    tok = head
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    verb = tok.head if tok.dep_ in ("nsubj", "dobj") else tok.head.head if tok.dep_ == "pobj" else None
    return verb is not None and verb.lemma_.lower() in kb.sports_verbs


def _sentence_initial(doc: Doc, i: int) -> bool:
    sent = sentence_index(doc)
    return i == 0 or sent[i - 1] != sent[i] or doc[i - 1].is_punct and doc[i - 1].text in ('"', "\u201c", "``")


def _upper_case_sentence(doc: Doc, i: int) -> bool:
    """Is token ``i`` in a sentence written in capitals (wire copy such as FBIS reports)?"""
    def upper(sent: list[int]) -> set[int]:
        counts: dict[int, list[int]] = {}
        for tok in doc:
            if tok.is_alpha and len(tok) > 1:
                c = counts.setdefault(sent[tok.i], [0, 0])
                c[0] += tok.is_upper
                c[1] += 1
        return {n for n, (u, total) in counts.items() if total >= 4 and u >= 0.8 * total}

    return _sentence_flags(doc, "dl_actor_upper_sents", upper)[i]


def _in_title(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] inside a run of capitalised words joined by capitalised function words - the
    title of a film, book or song ("Kings And Queen", "Lost In Translation")?  Not in capitals-only copy."""
    sent = sentence_index(doc)
    i, j = start, end
    while i > 0 and sent[i - 1] == sent[start] and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_punct:
        i -= 1
    while j < len(doc) and sent[j] == sent[start] and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    run = doc[i:j]
    # inside the run only: names begin with an article ("The Sentinel", "La Republica")
    return any(t.text in TITLE_FUNCTION_WORDS for t in run[1:-1]) and not all(t.is_upper for t in run if t.is_alpha)


ESCAPE_VERBS = {"escape", "leave", "enter", "flee", "storm", "raid", "visit", "reach", "tour"}


def _site_or_thing(doc: Doc, d: Draft, head: Token, kb: KnowledgeBase) -> bool:
    """A generic agent noun used for a place or a thing (agent_contexts.tsv): "rushed him to the
    hospital", "escaped prison", "in the state", "a state of emergency", "the gun cabinet",
    "attacked with rocket launchers"."""
    agent = next((u for u in reversed(d.units) if u.kind == "agent"), None)
    if agent is None:
        return False
    word = agent.text.lower()
    thing_modifiers = kb.agent_context(word, "thing")
    if thing_modifiers is not None and any(t.lower_ in thing_modifiers for t in doc[max(0, agent.start - 2):agent.start]):
        return True
    if kb.agent_context(word, "byname") is not None and _trade_before(doc[agent.end - 1], kb):
        return True  # "the net's self-declared *spam king*": a byname of a trade's champion, no ruler (session 53)
    if kb.agent_context(word, "of_thing") is not None and d.end < len(doc) - 1 and doc[d.end].lower_ == "of" \
            and doc[d.end + 1].pos_ == "NOUN":
        return True
    instrument_preps = kb.agent_context(" ".join(word.split()), "instrument")
    prep = _prep_of(head)
    if instrument_preps is not None and prep is not None and prep.lower_ in instrument_preps:
        return True  # "ambushed with RPG-7 rocket launchers": the weapon used, no actor
    owned_things = kb.agent_context(word, "owned_thing")
    if owned_things is not None and head.dep_ == "poss" and head.head.lower_ in owned_things:
        return True  # "imposition of President's rule": a form of government, not the president acting
    shared = kb.agent_context(word, "information")
    if shared is not None and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in shared:
        return True  # "shared intelligence on cartel movements": information, no spy agency (session 38)
    if kb.agent_context(word, "site") is None:
        return False
    prep = _prep_of(head)
    if prep is not None and prep.lower_ in PLACE_PREPS:
        return True
    return head.dep_ == "dobj" and (head.head.lemma_ in MOVEMENT_VERBS or head.head.lemma_ in ESCAPE_VERBS)


def _trade_before(noun: Token, kb: KnowledgeBase) -> bool:
    """Is ``noun`` modified by a common noun of no place or people the knowledge base knows ("the *spam* king",
    "the *oil* kings", "a *junk bond* king")?  A ruler's title is modified by his realm ("the *Saudi* king", "the *Zulu*
    king", "the *nepal* king" in lower-case copy), which the knowledge base or the parser's entities name."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and c.lower_ not in kb.entries
               for c in noun.children)


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "appos", "conj", "dative", "attr"}


def _plausible_unknown(group: list[Unit], head: Token) -> bool:
    """An entity the KB does not know is kept as an actor only if it reads like a name in an
    argument position: capitalised, no digits, at least three letters."""
    text = " ".join(u.text for u in group)
    # lower-case copy has no capitals: there an acronym found as a subject ("the vhp said", match.lowercase_names)
    cased = text[:1].isupper() or (lowercase_sentences(head.doc)[group[0].start] and len(group) == 1
                                   and is_lowercase_acronym(text))
    return (cased and not any(c.isdigit() for c in text) and len(text.replace(" ", "")) >= 3
            and head.dep_ in ARGUMENT_DEPS)


def _person_start(group: list[Unit]) -> int:
    return next((u.start for u in group if u.kind in ("person", "person?")), group[-1].end)


def _person(doc: Doc, group: list[Unit], kb: KnowledgeBase, date: str | None, d: Draft) -> Entry | None:
    unit = next((u for u in group if u.kind in ("person", "person?")), None)
    if unit is None:
        return None
    if unit.kind == "person":
        entry, former = pick_term(unit.entries, date)
        if entry is None:
            entry = unit.entries[0]
        d.person = entry.name
        if former:
            d.flags.append("former_office")
        d.reason = "kb:person"
        return entry
    d.person = unit.text
    words = unit.text.split()
    titled = any(u.kind == "agent" and u.end <= unit.start for u in group)
    candidates = kb.surnames.get(words[-1].lower(), []) if words else []
    if len(words) == 1 and words[0].lower() in kb.ambiguous_surnames and not titled:
        candidates = []  # "May", "Miller": only after the full name (coreference) or with a title
    if len(words) > 1:
        candidates = [e for e in candidates if e.name.lower().startswith(words[0].lower())]
    if candidates:
        named = {e.name for e in candidates}
        entry, former = pick_term(candidates, date)
        if entry is not None and (len(named) == 1 or len({e.name for e in candidates if e is entry}) == 1):
            if len(named) > 1 and not former and date is None:
                return None  # two known people share the surname and there is no date to decide
            d.person = entry.name
            if former:
                d.flags.append("former_office")
            d.reason = "kb:surname"
            return entry
    if len(words) == 1 and titled:
        # "President Reagan": a title and a surname known from the generated office-holder table
        holders = kb.titled_surnames.get(words[0].lower(), [])
        titled = [e for e in holders if in_term(e, date)]
        if titled and len({e.code for e in titled}) == 1:
            names = {e.name for e in titled}
            if len(names) == 1:
                d.person = titled[0].name
            d.reason = "kb:titled_surname"
            return titled[0]
        if not titled and holders and len({e.code for e in holders}) == 1:
            # (session 43) a past holder recalled by title: "President Nixon visited China in 1972" in a 2024
            # article - every office-holder of that surname served one state, whose former official he is (not
            # a holder of the article's focus country)
            entry, former = pick_term(holders, date)
            if entry is not None:
                if len({e.name for e in holders}) == 1:
                    d.person = entry.name
                if former:
                    d.flags.append("former_office")
                d.reason = "kb:titled_surname"
                return entry
    return None


def _former_dominion(doc: Doc, d: Draft, kb: KnowledgeBase) -> bool:
    """Does the adjective describe a land its state once ruled: "the former British *colony*", "a former
    Soviet *republic*"?  The first noun after it (past other adjectives and hyphens) is one of
    former_dominions.tsv."""
    for tok in doc[d.end:d.end + 3]:
        if tok.pos_ in ("ADJ", "PUNCT") or tok.lower_ in ("-", "ruled", "held", "controlled"):
            continue
        return tok.lower_ in kb.former_dominions
    return False


def _former(doc: Doc, d: Draft) -> bool:
    """'former President X', 'ex-minister', 'the ousted president' (not 'toppled the president')."""
    for tok in doc[max(0, d.start - 2):d.end]:
        if tok.lower_ in FORMER_WORDS or tok.lower_.startswith("ex-"):
            return True
        if tok.lower_ in FORMER_PARTICIPLES and tok.dep_ == "amod":
            return True
    return False


def _definite(doc: Doc, start: int) -> bool:
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.lower_ in ("the", "its", "their", "this", "that", "these", "those") or prev.tag_ == "PRP$" \
        or (prev.pos_ == "ADJ" and start > 1 and doc[start - 2].lower_ == "the")


def _modifies_non_actor(doc: Doc, group: list[Unit]) -> bool:
    last = doc[group[-1].end - 1]
    return last.dep_ in ("amod", "compound", "nmod") and last.head.i >= group[-1].end and last.head.pos_ == "NOUN"


def _readable_name(d: Draft, kb: KnowledgeBase) -> str:
    if d.person:
        return d.person
    org = next((u for u in d.units if u.kind == "org?"), None)
    if org is not None:
        # "UK firm Phytopharm" -> "Phytopharm"; "Kalimela Police Station" -> all of it
        following = [u for u in d.units if u.start >= org.end]
        return org.text if not following else " ".join(u.text for u in d.units if u.start >= org.start)
    if d.name and d.source in ("metonym", "igo", "group"):
        return d.name
    label = kb.label(d.country) if d.country else None
    noun = kb.sector_noun(d.sector)
    if label and noun:
        return f"{label} {noun}"
    if label:
        return label
    return noun or (d.units[0].text if d.units else "")
