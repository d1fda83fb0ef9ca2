"""Find actor *units* in a spaCy Doc: knowledge-base phrases and named entities.

A unit is the smallest piece of an actor mention: "U.S.", "Secretary of State",
"Antony Blinken", "government".  :mod:`dateline.actors.compose` joins adjacent units into
mentions.  One PhraseMatcher (on lower-cased tokens) holds every knowledge-base form; it is
built once per vocabulary and reused for every document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from dateline.actors.capitals import phrase_in_capitals
from dateline.actors.kb import ANY_NAME_CASE, Entry, KnowledgeBase, knowledge_base

ENTITY_KINDS = ("person", "igo", "group", "metonym", "adjective", "country", "capital", "region", "subnational",
                "ethnic", "regional")
NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_MATCHERS: dict[int, PhraseMatcher] = {}


@dataclass
class Unit:
    start: int  # token index
    end: int
    kind: str  # an Entry kind, or "person?" / "org?" for entities the KB does not know
    entries: list[Entry] = field(default_factory=list)
    text: str = ""


def _matcher(doc: Doc, kb: KnowledgeBase) -> PhraseMatcher:
    key = id(doc.vocab)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        make = _tokenizer_for(doc)
        # tokenise the spellings as written: "U.S." and "u.s." split differently
        # generated person names (30k) are looked up through the model's PERSON entities instead
        texts = sorted({text for key, forms in kb.forms.items() if not _only_generated_person(kb, key)
                        for form in forms for text in (_spellings(key) if form == ANY_NAME_CASE else (form,))})
        matcher.add("KB", list(make(texts)))
        _MATCHERS[key] = matcher
    return matcher


def _only_generated_person(kb: KnowledgeBase, key: str) -> bool:
    return all(e.kind == "person" and not e.curated for e in kb.entries[key])


def _spellings(key: str) -> tuple[str, ...]:
    """Lower-case key, plus the capitalised spelling where the tokenizer may split it otherwise
    (abbreviations with periods or apostrophes: "u.a.e." vs "U.A.E.")."""
    if "." in key or "'" in key:
        return key, " ".join(w[:1].upper() + w[1:] for w in key.split())
    return (key,)


def _tokenizer_for(doc: Doc):
    """Tokenise many texts with a tokenizer sharing the document's vocabulary."""
    import spacy

    nlp = spacy.blank("en", vocab=doc.vocab)
    return lambda texts: nlp.tokenizer.pipe(texts, batch_size=1000)


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (computed once per Doc: ``Token.sent`` is slow)."""
    cached = doc.user_data.get("dl_actor_sent_index")
    if cached is None or len(cached) != len(doc):
        cached = [0] * len(doc)
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            return cached  # no sentence boundaries (a tokenizer-only pipeline): one sentence
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                cached[i] = n
        doc.user_data["dl_actor_sent_index"] = cached
    return cached


SENTENCE_END = {".", "!", "?", ":", ";", '"', "'", "\u201d", "''"}
WRAPPED_MIN_BREAKS = 3


def line_wraps(doc: Doc) -> frozenset[int]:
    """Token indices of the line breaks that only wrap a line in hard-wrapped copy (wire and FBIS text
    cut at about 70 characters: "FARABUNDO MARTI NATIONAL LIBERATION\nFRONT"), where a name runs on
    across the break.  A document is hard-wrapped when most of its single line breaks fall inside a
    sentence (the word before is no sentence end); then every single line break is a wrap.  A blank
    line is a paragraph break and never a wrap; in copy with a line per sentence or paragraph (titles,
    one sentence a line) nothing is.  Computed once per Doc."""
    cached = doc.user_data.get("dl_actor_wraps")
    if cached is not None:
        return cached
    breaks = [t for t in doc if t.is_space and t.text.count("\n") == 1 and 0 < t.i < len(doc) - 1]
    inside = sum(1 for t in breaks if doc[t.i - 1].text not in SENTENCE_END and not doc[t.i - 1].is_space)
    wrapped = len(breaks) >= WRAPPED_MIN_BREAKS and inside >= 0.5 * len(breaks)
    out = frozenset(t.i for t in breaks) if wrapped else frozenset()
    doc.user_data["dl_actor_wraps"] = out
    return out


def _kb_matches(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """(start, end) of every knowledge-base phrase in ``doc``; in hard-wrapped copy also the phrases a
    line wrap cuts (matched on the words without the wraps, mapped back to the document's tokens)."""
    matcher = _matcher(doc, kb)
    wraps = line_wraps(doc)
    if not wraps:
        return [(start, end) for _, start, end in matcher(doc)]
    keep = [t.i for t in doc if t.i not in wraps]
    compact = Doc(doc.vocab, words=[doc[i].text for i in keep])
    return [(keep[start], keep[end - 1] + 1) for _, start, end in matcher(compact)]


LOWER_COPY_SHARE = 0.6  # share of a document's words in sentences without a capital letter
LOWER_COPY_MIN_WORDS = 20


def lowercase_sentences(doc: Doc) -> list[bool]:
    """Which tokens lie in a sentence written all in lower case, in a document that is mostly
    such sentences (copy lower-cased by its source, as India Police Events' Times of India text:
    "new delhi: the bjp-led central government ...").  There names have no capitals to tell them
    apart, so the knowledge base's names match whatever their case (:meth:`KnowledgeBase.case_free`).
    All False for ordinary mixed-case text, where a sentence without a capital is rare: one such
    sentence does not make a document lower-case copy.  Computed once per Doc."""
    cached = doc.user_data.get("dl_actor_lower_copy")
    if cached is not None and len(cached) == len(doc):
        return cached
    sent = sentence_index(doc)
    words: dict[int, int] = {}
    capital: set[int] = set()
    for tok in doc:
        if tok.is_alpha:
            words[sent[tok.i]] = words.get(sent[tok.i], 0) + 1
            if not tok.is_lower:
                capital.add(sent[tok.i])
    lower = {n for n, count in words.items() if n not in capital and count >= 4}
    total = sum(words.values())
    share = sum(words[n] for n in lower) / total if total else 0.0
    if total < LOWER_COPY_MIN_WORDS or share < LOWER_COPY_SHARE:
        out = [False] * len(doc)
    else:
        out = [sent[i] in lower for i in range(len(doc))]
    doc.user_data["dl_actor_lower_copy"] = out
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English word forms the model's rule lemmatizer knows (its ``lemma_index`` and ``lemma_exc``
    tables: about 85,000 lower-case nouns, verbs, adjectives and adverbs, WordNet's).  Empty when the
    model has no such tables (then no unknown lower-case name is proposed)."""
    from dateline.nlp import lemmatizer_tables

    lookups = lemmatizer_tables()
    if lookups is None:
        return frozenset()
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if lookups.has_table(name):
            for forms in lookups.get_table(name).values():
                words.update(forms)
    return frozenset(words)


def is_lowercase_acronym(text: str) -> bool:
    """"vhp", "rss", "bpcc": a short lower-case word without a vowel."""
    return 3 <= len(text) <= 5 and text.isalpha() and text.islower() and not any(ch in "aeiouy" for ch in text)


def _unknown_word(tok, english: frozenset[str]) -> bool:
    return tok.is_alpha and tok.is_ascii and tok.lower_ not in english and tok.lemma_.lower() not in english


def lowercase_names(doc: Doc, covered: set[int], lower_copy: list[bool]) -> list[Unit]:
    """In lower-case copy the model finds few names: the subject of an active verb that is a short word
    without a vowel and no English word the model knows is an organisation's acronym ("the vhp
    expressed its anger", "the rss criticised").  Not a place line's head ("gandhinagar: ..."), not the
    subject of "be".  (Unknown lower-case words as persons - "reddy also expressed apprehensions" - were
    measured too: recall up, precision at >= 0.5 down; see docs/actors.md.)"""
    english = english_words()
    if not english:
        return []
    units = []
    for tok in doc:
        if not lower_copy[tok.i] or tok.dep_ != "nsubj" or tok.i in covered or tok.pos_ not in ("NOUN", "PROPN") \
                or len(tok) < 3 or not _unknown_word(tok, english) or tok.head.lemma_ == "be" \
                or tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
            continue
        if is_lowercase_acronym(tok.text):
            units.append(Unit(tok.i, tok.i + 1, "org?", [], tok.text))
    return units


def lowercase_places(doc: Doc, covered: set[int], lower_copy: list[bool], kb: KnowledgeBase,
                     agent_tokens: set[int] = frozenset()) -> list[Unit]:
    """In lower-case copy the model tags no GPE, so provinces and big cities (``subnational.tsv``) are never
    looked up: "varanasi: office-bearers of the vhp ...", "the kolkata police", "the allahabad high court" gave
    no country, and an Indian story with two "american center" mentions was read as American.  There a run of
    one to three words that is such a name, none of them an English word the model knows (nor a common word of
    ``lowercase_ambiguous.tsv``, nor a surname), is a subnational unit, as a GPE entity would be in mixed case.
    The model's word tables hold many place names as nouns ("kolkata", "mumbai", but also "coast", "erode"):
    a name made only of such words counts where the syntax says place (:func:`_place_position`)."""
    english = english_words()
    if not english:
        return []
    units: list[Unit] = []
    i = 0
    while i < len(doc):
        found = None
        if lower_copy[i] and i not in covered:
            for n in (3, 2, 1):
                toks = doc[i:i + n]
                if len(toks) < n or any(t.i in covered or not t.is_alpha or not t.is_lower or t.pos_ == "VERB"
                                        or t.lower_ in kb.lowercase_ambiguous for t in toks):
                    continue
                text = " ".join(t.text for t in toks)
                entry = kb.subnational_lower.get(text)
                if entry is not None and text not in kb.surnames and text not in kb.titled_surnames \
                        and (any(t.lower_ not in english for t in toks) or _place_position(doc, i, i + n, agent_tokens)):
                    found = Unit(i, i + n, "subnational", [entry], text)
                    break
        if found is not None:
            units.append(found)
            i = found.end
        else:
            i += 1
    return units


LOWERCASE_PLACE_PREPS = {"in", "at", "from", "near"}


def _place_position(doc: Doc, start: int, end: int, agent_tokens: set[int]) -> bool:
    """Is doc[start:end] (lower-case copy) where a place name stands: a place line's head ("kolkata: ..."), the
    object of "in"/"at"/"from"/"near", or the modifier of an agent noun ("the kolkata police"; not of a name:
    "mahant ram milan das")?  Never with an article of its own ("to the coast")."""
    head = doc[end - 1]
    if any(c.dep_ == "det" for c in head.children):
        return False
    if end < len(doc) and doc[end].text == ":" and (start == 0 or doc[start - 1].is_space or doc[start - 1].is_punct):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in LOWERCASE_PLACE_PREPS:
        return True
    return head.dep_ in ("compound", "amod", "nmod") and head.head.i in agent_tokens and not start <= head.head.i < end


CITY_PREPS = {"in", "from", "of"}


def _city_position(doc: Doc, start: int, end: int, units: list[Unit]) -> bool:
    """Is doc[start:end], a city's name the model tagged ORG or left untagged ("Residents of Lahore protested"),
    where a reader takes it as the place people are in or from: the object of "in"/"from", or of "of" after an
    agent noun ("residents of", "the police of")?  Never with an article or a modifier of its own, and never
    beside more capitalised words (a club or firm named after its town: "Lahore Qalandars", "from Liverpool
    FC")."""
    head = doc[end - 1]
    if head.dep_ != "pobj" or head.head.lower_ not in CITY_PREPS or any(c.dep_ in ("det", "compound", "amod")
                                                                           for c in head.children):
        return False
    if end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        return False
    prep = head.head
    if prep.lower_ != "of":
        return True
    return any(u.kind == "agent" and u.start <= prep.head.i < u.end for u in units)


def untagged_cities(doc: Doc, units: list[Unit], region_tokens: set[int], kb: KnowledgeBase) -> list[Unit]:
    """A city of ``subnational.tsv`` written as a name (one or two capitalised proper nouns) that the model tagged
    as no entity at all, where the syntax says place (:func:`_city_position`): "Residents of Lahore protested"
    (the model tags no GPE there) is a subnational unit, as a GPE entity would be."""
    covered = {i for u in units for i in range(u.start, u.end)} | region_tokens
    found: list[Unit] = []
    for tok in doc:
        if tok.dep_ != "pobj" or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or tok.i in covered:
            continue
        for start in (tok.i - 1, tok.i):
            if start < 0 or start in covered or any(t.ent_type_ or not t.is_title or t.pos_ != "PROPN"
                                                    for t in doc[start:tok.i + 1]):
                continue
            text = doc[start:tok.i + 1].text
            entry = kb.subnational.get(text)
            if entry is not None and text.lower() not in kb.surnames and text.lower() not in kb.titled_surnames \
                    and _city_position(doc, start, tok.i + 1, units):
                found.append(Unit(start, tok.i + 1, "subnational", [entry], text))
                break
    return found


def _named_despite_tag(tok) -> bool:
    """A word tagged as a relative pronoun that is the name: "a reform of *the WHO*", "funding for
    WHO", or "WHO said ..." opening a sentence that is not all capitals.  A relative pronoun follows
    its noun ("PEOPLE WHO APPEAR", "THOSE WHO LEFT"), never an article or a preposition."""
    if tok.i == tok.sent.start:
        rest = tok.doc[tok.i + 1:tok.sent.end]
        return any(t.is_alpha and not t.is_upper for t in rest)
    before = tok.doc[tok.i - 1]
    return before.lower_ == "the" or before.tag_ in ("IN", "TO")


def _pronoun_in_capitals(tok) -> bool:
    """A personal pronoun written in capitals that spells a name ("US"): the tagger of the case-restored copy
    (nlp/truecase: "to force us to retreat") reads it a pronoun and it names no noun ("US TROOPS", "THE US
    EMBASSY": a compound, the country).  Only in a word written all in capitals: in mixed case "us" is the pronoun
    and "US" the name."""
    return tok.tag_ == "PRP" and tok.is_upper and len(tok) > 1 \
        and tok.dep_ not in ("compound", "nmod", "amod") and _in_capitals_run(tok)


def _in_capitals_run(tok) -> bool:
    from dateline.nlp.truecase import restored_spans

    return any(a <= tok.idx < b for a, b in restored_spans(tok.doc))


def find_units(doc: Doc, kb: KnowledgeBase | None = None) -> list[Unit]:
    """Non-overlapping units in text order: knowledge-base phrases (longest first), then the
    parts of PERSON/ORG entities that no phrase covers."""
    kb = kb or knowledge_base()
    # in capitals the model tags phrases as names ("IN TELEPHONE CALLS TO LOCAL RADIO STATIONS"): not names
    ents = [(e.start, e.end, e.label_) for e in doc.ents if not phrase_in_capitals(doc, e.start, e.end)]
    person_at = {i: e[0] for e in ents if e[2] == "PERSON" for i in range(e[0], e[1])}
    candidates: list[Unit] = []
    lower_copy = lowercase_sentences(doc)
    for start, end in _kb_matches(doc, kb):
        span = doc[start:end]
        text = " ".join(span.text.split())
        key = text.lower()
        entries = kb.entries.get(key)
        if not entries:
            continue
        named = [e for e in entries if e.kind != "agent"]
        last = doc[end - 1]
        if end - start == 1 and last.tag_ in ("WP", "WDT") and not _named_despite_tag(last):
            continue  # "PEOPLE WHO APPEAR ...": the pronoun in upper-case copy, not the WHO
        if end - start == 1 and _pronoun_in_capitals(last):
            continue  # "TO FORCE US TO RETREAT": the pronoun in upper-case copy, not the United States
        if named and (kb.case_ok(key, text) or lower_copy[start] and kb.case_free(key, text)):
            kind = _best_kind(named)
            candidates.append(Unit(start, end, kind, [e for e in named if e.kind == kind], text))
        elif last.pos_ in ("VERB", "AUX", "ADV") or last.pos_ == "ADJ" and last.dep_ in ("acomp", "oprd"):
            continue  # "grounds to suspect", "is standing firm": not the noun
        elif any(e.kind == "agent" for e in entries) and _name_led(doc, start, end, key, kb):
            continue  # "Keegan will step down as City manager": the manager of a club called City
        elif any(e.kind == "agent" for e in entries) and _agent_as_given_name(doc, start, end, key, kb):
            continue  # "minister Charity Ngilu": her given name, no charity
        elif any(e.kind == "agent" for e in entries) and not person_at.get(start, start) < start:
            # agent nouns count everywhere except inside a PERSON name after its start
            candidates.append(Unit(start, end, "agent", [e for e in entries if e.kind == "agent"], text))
    candidates = [u for u in candidates if not _inside_unknown_name(doc, u, candidates, kb)
                  and not _given_name(doc, u, person_at)]
    candidates = [_surname_of(doc, u) if _after_a_given_name(doc, u, kb)
                  else _outlet(doc, u, kb) or _firm_with_firm_word(doc, u, kb) or _club(doc, u, kb) or u
                  for u in candidates]
    units = _select(candidates)
    region_tokens = {i for u in units if u.kind == "region" for i in range(u.start, u.end)}
    units = [u for u in units if u.kind != "region"]  # "Latin America" blocks "America", is no actor
    units = [u for u in units if not _part_of_other_name(u, units, ents) and not _names_a_longer_body(doc, u)
             and not (u.kind == "country" and u.end < len(doc) and doc[u.end].text in kb.feature_words)
             and not (u.end < len(doc) and doc[u.end].lower_ in kb.not_before.get(u.text.lower(), ()))
             and not (u.kind in ("country", "adjective") and u.start > 0 and doc[u.start - 1].text in kb.prefix_words)
             and not (u.kind in ("country", "adjective", "agent") and describes_a_thing(doc, u.end, kb))]
    covered = {i for u in units for i in range(u.start, u.end)} | region_tokens
    for ent_start, ent_end, label in ents:
        if label in ("GPE", "PERSON", "ORG") and not any(i in covered for i in range(ent_start, ent_end)):
            # provinces and big cities (the model sometimes calls "Tamil Nadu" a PERSON)
            text = doc[ent_start:ent_end].text
            entry = kb.subnational.get(text.removeprefix("the ")) or kb.subnational.get(text.removesuffix("'s"))
            if entry is not None and label != "GPE" and (entry.role != "admin1" or text.lower() in kb.surnames
                                                         or text.lower() in kb.titled_surnames) \
                    and not (label == "ORG" and _city_position(doc, ent_start, ent_end, units)):
                entry = None  # a PERSON/ORG named like a town ("President Bush"; Bush is in Egypt)
            if entry is not None:
                units.append(Unit(ent_start, ent_end, "subnational", [entry], text))
                continue
        if label == "GPE":
            continue
        if label not in ("PERSON", "ORG"):
            continue
        piece: list[int] = []
        for tok in list(doc[ent_start:ent_end]) + [None]:
            if tok is not None and tok.i not in covered and not tok.is_punct and not tok.is_space \
                    and tok.lower_ not in ("the", "a", "an") and tok.tag_ not in ("WP", "WDT"):
                piece.append(tok.i)
                continue
            if piece and label == "PERSON":
                piece = _bare_name(doc, piece, kb)
            if piece:
                text = doc[piece[0]:piece[-1] + 1].text
                known = [e for e in kb.entries.get(" ".join(text.lower().split()), ()) if e.kind == "person"]
                if len(piece) > 1 and _club_name(doc, piece[0], piece[-1] + 1, kb):
                    units.append(Unit(piece[0], piece[-1] + 1, "org?", [], text))  # "Manchester United": no person
                elif known and label == "PERSON":
                    units.append(Unit(piece[0], piece[-1] + 1, "person", known, text))
                elif label == "ORG" and len(piece) > 1 and doc[piece[-1]].text in kb.outlet_words:
                    # "the Hindustan Times", "Lansing State Journal": an outlet the tables do not list, of the
                    # story's country unless the words say otherwise
                    units.append(Unit(piece[0], piece[-1] + 1, "group", [Entry("group", None, text, "JRN")], text))
                else:
                    kind = "person?" if label == "PERSON" else "org?"
                    units.append(Unit(piece[0], piece[-1] + 1, kind, [], text))
                piece = []
    units = _without_named_places(doc, units, kb)
    from dateline.actors.state_namesakes import regions_after_towns  # (it builds on this module's Unit)

    units = regions_after_towns(doc, units, kb)  # "Augusta, Georgia": the US state, not the country
    units += untagged_cities(doc, units, region_tokens, kb)
    if any(lower_copy):
        covered = {i for u in units for i in range(u.start, u.end)} | region_tokens
        units += lowercase_names(doc, covered, lower_copy)
        covered = {i for u in units for i in range(u.start, u.end)} | region_tokens
        agent_tokens = {i for u in units if u.kind == "agent" for i in range(u.start, u.end)}
        units += lowercase_places(doc, covered, lower_copy, kb, agent_tokens)
    return sorted(units, key=lambda u: u.start)


def _name_led(doc: Doc, start: int, end: int, key: str, kb: KnowledgeBase) -> bool:
    """An agent phrase listed under ``name_led`` in agent_contexts.tsv ("city manager") written, inside a
    sentence, with its first word capitalised and the rest in lower case: the capitalised word is a name (a
    club, "City manager"; a US city manager is "the city manager" or "City Manager John Smith")."""
    if end - start < 2 or kb.agent_context(key, "name_led") is None or doc[start].is_sent_start:
        return False
    return doc[start].is_title and all(t.is_lower for t in doc[start + 1:end])


def _agent_as_given_name(doc: Doc, start: int, end: int, key: str, kb: KnowledgeBase) -> bool:
    """An agent noun listed under ``given_name`` in agent_contexts.tsv ("charity") written with a capital right before
    another capitalised proper noun: a person's given name ("minister Charity Ngilu"), not the body the noun names
    ("the charity said", "Charity workers")."""
    if end - start != 1 or end >= len(doc) or kb.agent_context(key, "given_name") is None:
        return False
    word, nxt = doc[start], doc[end]
    return word.is_title and nxt.is_title and nxt.pos_ == "PROPN"


def _bare_name(doc: Doc, piece: list[int], kb: KnowledgeBase) -> list[int]:
    """A PERSON name without the courtesy title or abbreviated rank before it and the possessive after it
    ("Gen Pervez Musharraf's" -> "Pervez Musharraf", "Mr Ebbers" -> "Ebbers"; honorifics.tsv), so that it
    can be looked up or linked to the full name given earlier.  A title alone stays as it is."""
    start, end = 0, len(piece)
    while end - start > 1 and doc[piece[start]].is_title and doc[piece[start]].lower_.rstrip(".") in kb.honorifics:
        start += 1
    if end - start > 1 and doc[piece[end - 1]].tag_ == "POS":
        end -= 1
    return piece[start:end]


def _part_of_other_name(unit: Unit, units: list[Unit], ents: list[tuple[int, int, str]]) -> bool:
    """'Niger' in 'Niger Delta', 'Washington' in 'Washington Post': a country or capital inside a
    longer ORG/LOC/FAC... entity that has no agent noun ('US State Department' keeps its 'US')."""
    if unit.kind not in ("country", "capital", "adjective"):
        return False
    for ent_start, ent_end, label in ents:
        if ent_start <= unit.start and unit.end <= ent_end and (ent_end - ent_start) > (unit.end - unit.start):
            if label in ("GPE", "NORP", "PERSON", "DATE", "CARDINAL", "ORDINAL", "TIME", "MONEY",
                              "QUANTITY", "PERCENT"):
                return False
            return not any(u.kind in ("agent", "metonym", "igo") and ent_start <= u.start and u.end <= ent_end
                           for u in units)
    return False


def _without_named_places(doc: Doc, units: list[Unit], kb: KnowledgeBase) -> list[Unit]:
    """"State capital Raipur", "the border town Chaman": a name the knowledge base does not know right after a noun
    of a settlement or territory (agent_contexts.tsv, context place_title) is the place that noun names, not a person
    with a title or an organisation; the agent words before the noun ("State") go with it: the phrase names a place,
    no actor.  Only a lower-case noun, or a capitalised one at the start of a sentence: "City Manager John Smith"
    ends in a title, and "the Capital" is a newspaper's name."""
    nouns = kb.agent_context("*", "place_title") or set()
    drop: set[int] = set()
    for k, unit in enumerate(units):
        if unit.kind not in ("person?", "org?") or unit.start == 0:
            continue
        word = doc[unit.start - 1]
        if word.lower_ not in nouns or not (word.is_lower or word.is_sent_start) or word.pos_ not in ("NOUN", "PROPN"):
            continue
        drop.add(id(unit))
        edge = word.i
        for before in reversed(units[:k]):
            if before.kind != "agent" or before.end < edge:
                break
            drop.add(id(before))
            edge = before.start
    return [u for u in units if id(u) not in drop] if drop else units


def _inside_unknown_name(doc: Doc, unit: Unit, candidates: list[Unit], kb: KnowledgeBase) -> bool:
    """"National Liberation Army" in "the Karen National Liberation Army": a body's name of several words led by a
    capitalised name word that the knowledge base does not know is the end of a longer name, another body's (names
    of movements share their words: National, Liberation, Front, Party).  The known body's code would be a guess
    from shared words.  A word that describes the known body ("the Marxist National Liberation Army",
    feature_words.tsv, position describes_body), a country, demonym or other known unit before it, and a
    capitalised first word of a sentence that is an English word ("Suspected National Liberation Army rebels")
    leave it the known body."""
    if unit.kind not in ("group", "igo") or unit.end - unit.start < 2 or unit.start == 0:
        return False
    prev = doc[unit.start - 1]
    if not prev.is_title or prev.pos_ != "PROPN" or prev.dep_ != "compound" \
            or not unit.start <= prev.head.i < unit.end + 1:
        return False
    if prev.lower_ in kb.body_descriptors or any(c.start <= prev.i < c.end and c.kind not in PEOPLE_KINDS
                                                  for c in candidates):
        return False  # (a people's name before it names that people's own movement: the Karen National ...)
    words = [t for t in prev.sent if t.is_alpha]
    if sum(not t.is_lower for t in words) >= 0.8 * len(words):
        return False  # a headline in title case or copy in capitals: every word is capitalised ("Fugitive Gulf Cartel")
    return not (prev.is_sent_start and prev.lower_ in english_words())


PEOPLE_KINDS = ("ethnic", "regional")  # units naming a people, not a state: their movements are their own


def _given_name(doc: Doc, unit: Unit, person_at: dict[int, int]) -> bool:
    """"Karen Hughes", "Shan Smith": the name of a people written before a capitalised name in the same PERSON
    entity is a person's given name, not the people ("Karen refugees", "the Karen" stay the people)."""
    if unit.kind not in PEOPLE_KINDS or unit.end >= len(doc):
        return False
    nxt = doc[unit.end]
    return nxt.is_title and nxt.pos_ == "PROPN" and person_at.get(unit.start) is not None \
        and person_at.get(unit.start) == person_at.get(nxt.i)


STATE_NAME_KINDS = ("country", "capital")  # names the entity ruler tags GPE whatever the words around them


def _named_business(unit: Unit) -> bool:
    """A listed news outlet or firm (media.tsv, firms.tsv: a named organisation of sector JRN or BUS)."""
    return unit.kind == "igo" and bool(unit.entries) and unit.entries[0].sector in ("JRN", "BUS") \
        and unit.entries[0].code not in ("IGO", "UNO", "EUR")


def _after_a_given_name(doc: Doc, unit: Unit, kb: KnowledgeBase) -> bool:
    """"Denzel Washington", "Michael Jordan": a one-word country or capital name right after a capitalised given name
    (given_names.tsv) is a person's surname, not the state.  The entity ruler tags the capital GPE over the model's
    PERSON, so the tag cannot tell; "George" or "Denzel" are never a place's or a state's own first word.  The same
    holds for a one-word outlet or firm named after its founder ("Michael Bloomberg" is the man, not the outlet)."""
    if not (unit.kind in STATE_NAME_KINDS or _named_business(unit)) or unit.end - unit.start != 1 or unit.start == 0:
        return False
    prev = doc[unit.start - 1]
    return prev.text in kb.given_names and prev.pos_ == "PROPN" and doc[unit.start].is_title


def _surname_of(doc: Doc, unit: Unit) -> Unit:
    """The person a given name and a surname spelled like a state name make: a name the knowledge base does not know."""
    return Unit(unit.start - 1, unit.end, "person?", [], doc[unit.start - 1:unit.end].text)


def _outlet(doc: Doc, unit: Unit, kb: KnowledgeBase) -> Unit | None:
    """"the Indian Express", "Bangkok Post", "Japan Times": a country's name, adjective or capital followed by the
    capitalised last word of an outlet's name (places/data/media_words.txt), at most one capitalised word between
    ("Korea Daily Herald"), names a news outlet of that country (sector JRN), not the state.  Not in a headline in
    title case, where every word is capitalised ("Indian Police Post Record")."""
    if unit.kind not in ("country", "adjective", "capital") or not unit.entries:
        return None
    end = unit.end
    for _ in range(2):
        if end >= len(doc) or not doc[end].is_title or doc[end].ent_type_ in ("DATE", "PERSON", "GPE"):
            return None
        if doc[end].text in kb.outlet_words:
            if end + 1 < len(doc) and doc[end + 1].is_title:
                return None  # the name goes on: "the Indian Post Office", "Times Square"
            words = [t for t in doc[unit.start].sent if t.is_alpha]
            if sum(not t.is_lower for t in words) >= 0.8 * len(words):
                return None
            text = doc[unit.start:end + 1].text
            return Unit(unit.start, end + 1, "igo", [Entry("igo", unit.entries[0].code, text, "JRN")], text)
        end += 1
    return None


def _firm_with_firm_word(doc: Doc, unit: Unit, kb: KnowledgeBase) -> Unit | None:
    """"Gazprom Bank", "Toyota Group", "Nomura Holdings": a listed firm's name (firms.tsv) followed by capitalised
    nouns of firms' names (firm_words.tsv: Bank, Group, Capital, Holdings ...) names one firm, the listed firm's
    arm of the same home and sector, not the listed firm with a stray word after it.  (IGOs listed as BUS, the IMF
    and the World Bank, are no firms here.)"""
    if not _named_business(unit) or unit.entries[0].sector != "BUS":
        return None
    end = unit.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text.rstrip(".") in kb.firm_words:
        end += 1
    if end == unit.end:
        return None
    text = doc[unit.start:end].text
    return Unit(unit.start, end, "igo", [Entry("igo", unit.entries[0].code, text, "BUS")], text)


PLACE_KINDS = ("country", "capital", "subnational", "adjective")


def _club_name(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Does doc[start:end] open or close on a word of clubs' names (sports_cues.tsv: "Real", "FC" before; "United",
    "Wanderers" after)?"""
    return doc[start].text in kb.club_words_before or doc[end - 1].text in kb.club_words_after


def _club(doc: Doc, unit: Unit, kb: KnowledgeBase) -> Unit | None:
    """"Real Madrid", "FC Barcelona", "Bolton Wanderers": a place's name with a word of clubs' names right before or
    after it names a sports club, an organisation the tables do not know, not the state or the city (a club signs
    players and wins titles in any sentence, not only in a sports report's)."""
    if unit.kind not in PLACE_KINDS:
        return None
    start = unit.start - 1 if unit.start > 0 and doc[unit.start - 1].text in kb.club_words_before else unit.start
    end = unit.end + 1 if unit.end < len(doc) and doc[unit.end].text in kb.club_words_after else unit.end
    if (start, end) == (unit.start, unit.end):
        return None
    text = doc[start:end].text
    return Unit(start, end, "org?", [], text)


def _names_a_longer_body(doc: Doc, unit: Unit) -> bool:
    """'European Council' in 'the European Council on Foreign Relations' (a think tank): an international
    body's name followed by "on" or "for" and two capitalised words that name no date, place or person
    begins the name of another body, named after its subject; it is an organisation the knowledge base
    does not know.  (A body named after one of the organisation's own organs keeps it: "UN Commission on
    Human Rights" has "Commission" after "UN", not "on".)"""
    if unit.kind != "igo" or unit.end + 1 >= len(doc) or doc[unit.end].lower_ not in ("on", "for"):
        return False
    after = doc[unit.end + 1:unit.end + 3]
    # (not "the European Council on Monday", "briefed the Security Council on Iran": a date or a place)
    return len(after) == 2 and all(t.is_title and not t.ent_type_ for t in after)


def _best_kind(entries: list[Entry]) -> str:
    kinds = {e.kind for e in entries}
    if "person" in kinds and not any(e.curated for e in entries if e.kind == "person") \
            and any(e.curated for e in entries if e.kind != "person"):
        # the generated Phoenix table lists institutions among its persons ("white house", "federal reserve"):
        # the hand-written table's reading (the metonym) wins, so "White House spokesman Mike McCurry" is McCurry
        kinds.discard("person")
    return next(k for k in ENTITY_KINDS if k in kinds)


def _priority(unit: Unit) -> tuple:
    # longer first; at equal length a name beats an agent noun
    return (unit.end - unit.start, unit.kind != "agent")


def _select(candidates: list[Unit]) -> list[Unit]:
    taken: set[int] = set()
    chosen: list[Unit] = []
    for unit in sorted(candidates, key=_priority, reverse=True):
        tokens = set(range(unit.start, unit.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(unit)
    return sorted(chosen, key=lambda u: u.start)


def describes_a_thing(doc: Doc, end: int, kb: KnowledgeBase) -> bool:
    """Is the name ending before token ``end`` joined by a hyphen to a word that makes it describe a
    thing: "Soviet-style", "Soviet-era", "US-made" (feature_words.tsv, position hyphen)?"""
    return end + 1 < len(doc) and doc[end].text in ("-", "–") \
        and doc[end + 1].lower_ in kb.hyphen_words
