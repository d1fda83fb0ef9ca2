"""Actors stage: who is who in an article, resolved to PLOVER country and sector codes.

Public interface (used by :mod:`dateline.pipeline` and other stages):

- :func:`entity_patterns` - spaCy EntityRuler patterns (countries, demonyms, capitals, IGOs,
  office-holders) so the model tags "Niger", "Mali" and "Nigerien" correctly;
- :func:`resolve` - the actor mentions of a parsed article and its focus country;
- :func:`country_of_name` and :func:`lookup` - knowledge-base lookups for other stages;
- :func:`quoted_tokens` and :func:`person_titles` - which tokens are inside quotation marks, and the nouns that
  name one person's office (the events stage's pronoun agreement reads both); :func:`honorifics` - the courtesy
  titles before a surname ("Mr", "Dr": the events stage reads a name after one as a person's);
  :func:`plural_common_noun` - a speaker no "it" can stand for ("*Officials* said it ...");
- :func:`common_word_names` and :func:`full_person_names` - what the nlp stage's case restoration of text in
  capitals writes in lower case, and the full person names it writes as names;
- :func:`site_nouns` - nouns of buildings and sites ("the American *center* attack": the events stage's
  nominal roles read it).

The knowledge base is a set of data files in ``actors/data`` (see its README for provenance).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from dateline.actors.adjectival_nouns import is_adjective_half
from dateline.actors.compose import Draft, build_draft, group_units
from dateline.actors.document import (body_led, correct_adjectives, focus_country, focus_from_own_body, focus_from_places,
                                      meeting_venue, person_antecedent_of,
                                      place_unidentified_armed, prefer_focus_namesakes,
                                      plural_common_noun, pronoun_drafts, quoted_tokens, resolve_acronyms,
                                      resolve_bare_agents,
                                      resolve_definites, resolve_named_bodies, resolve_short_names,
                                      prefer_named_persons, resolve_possessed_agents, resolve_surnames,
                                      share_apposition, share_body_of_titles,
                                      share_force_of_titled_names,
                                      share_coordination, surname_drafts)
from dateline.actors.counsel import resolve_counsel_clients
from dateline.actors.firms import resolve_firm_seats, resolve_firm_short_names, resolve_firms_by_use
from dateline.actors.kb import KnowledgeBase, knowledge_base, pick_term
from dateline.actors.known_as import resolve_names_given
from dateline.actors.match import describes_a_thing, find_units
from dateline.actors.patterns import entity_patterns, title_case_name
from dateline.actors.portfolios import without_portfolio_words
from dateline.actors.predicates import is_predicate_description
from dateline.actors.sited_names import is_sited_name
from dateline.actors.title_surnames import resolve_title_surnames
from dateline.actors.work_titles import is_band_name, is_work_title
from dateline.model import Actor, ActorAnalysis, Mention, Region

__all__ = ["entity_patterns", "resolve", "country_of_name", "lookup", "common_word_names", "quoted_tokens",
           "plural_common_noun", "person_titles", "honorifics", "full_person_names", "site_nouns"]


def resolve(doc: Doc, dct: str | None, excluded: Iterable[Region] = ()) -> ActorAnalysis:
    """Actor mentions of ``doc`` (offsets into its text), in text order, and the focus country.

    ``dct`` (ISO date of the article, or None) picks the office-holder terms in force.  Mentions
    inside ``excluded`` regions are returned too (they are real text) with the flag ``excluded``;
    they count half towards the focus country.
    """
    kb = knowledge_base()
    regions = list(excluded)
    excluded_tokens = {t.i for t in doc if any(r.start <= t.idx < r.end for r in regions)} if regions else set()
    found = [d for g in group_units(doc, without_portfolio_words(doc, find_units(doc, kb), kb)) if (d := build_draft(doc, g, kb, dct))]
    # "whether they were considered suspects", "the riots were state organised": a bare role noun as a predicate
    # describes its subject, and one before a participle makes an adjective of it; neither is a party
    # "the residence at Hmar Veng": an unknown name saying where a building stands is a locality
    # "the film Desert Lanterns": a name in apposition to the noun of a made work is its title; "rock band Queen" is a
    # band's name
    drafts = [d for d in found if "place_only" not in d.flags and not is_predicate_description(doc, d)
              and not is_adjective_half(doc, d) and not is_sited_name(doc, d) and not is_work_title(doc, d)
              and not is_band_name(doc, d)]
    place_only = [d for d in found if "place_only" in d.flags]  # capitals as places: focus evidence only
    focus = focus_country(doc, drafts + place_only, excluded_tokens)
    correct_adjectives(drafts, focus, kb)
    prefer_focus_namesakes(drafts, focus, kb)
    resolve_possessed_agents(doc, drafts)
    if focus is None and not body_led(doc) \
            and any(d.country is None and any(u.kind == "agent" for u in d.units) for d in drafts):
        # No country is named enough ("Police in Charlotte said ...", "in Swat District in Khyber
        # Pakhtunkhwa"): where the article's places lie decides, as a reader would.  Not for the
        # adjective check above, which needs the article to name the country.  Only when some agent
        # noun is waiting for a country (the places stage costs a few milliseconds).
        focus = focus_from_places(_places_of(doc, drafts, excluded_tokens, kb)) or focus_from_own_body(drafts + place_only)
    resolve_named_bodies(doc, drafts)
    resolve_definites(doc, drafts, focus, kb)
    resolve_title_surnames(doc, drafts)  # "King" after "Ledley King": the person, before titles take the focus
    resolve_bare_agents(doc, drafts, focus, kb, place_only)
    share_body_of_titles(doc, drafts, kb)  # before the appositions pass a title's body on to its holder
    share_force_of_titled_names(doc, drafts)  # "Commander X of the City of London police": police, no military
    resolve_short_names(doc, drafts)  # after the bare agents: the full name may take the focus country there
    share_apposition(doc, drafts)
    resolve_names_given(doc, drafts)  # "the investigative police, known as the DININCRI" (before the surnames)
    resolve_acronyms(doc, drafts)
    resolve_firm_seats(doc, drafts, place_only)  # "Zentrica Inc., San Antonio, Texas, said": the firm's seat
    resolve_firm_short_names(doc, drafts)  # "Intelogic Chairman X" after "Intelogic Trace Inc." (before the surnames)
    prefer_named_persons(drafts)  # "chief Andrew" after "Rob Andrew": the article's person, not a known namesake
    resolve_surnames(drafts)
    # after the surnames and appositions have placed a client: "Smith's lawyer" is the British Smith's
    resolve_counsel_clients(doc, drafts, kb, person_antecedent_of(doc, drafts))
    resolve_firms_by_use(doc, drafts, kb)  # after the surnames: "Zentrica" alone may be a named person's
    share_coordination(doc, drafts)
    place_unidentified_armed(doc, drafts, focus, kb)  # last: a place, an acronym or a conjunct says more
    drafts += surname_drafts(doc, drafts)
    drafts += pronoun_drafts(doc, drafts)
    return ActorAnalysis(mentions=_to_mentions(doc, drafts, excluded_tokens), focus_country=focus)


def _places_of(doc: Doc, drafts: list[Draft], excluded_tokens: set[int], kb: KnowledgeBase) -> list:
    from dateline.places import resolve as resolve_places  # the places stage imports nothing from here

    places = resolve_places(doc, mentions=_to_mentions(doc, drafts, excluded_tokens))
    # "a Libya-style no-fly zone" names no place the story is about (as no party: match.describes_a_thing); nor
    # does the venue of a meeting ("talks in Doha": document.meeting_venue)
    return [p for p in places if not _described_thing(doc, p, kb)]


def _described_thing(doc: Doc, place, kb: KnowledgeBase) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and (describes_a_thing(doc, span.end, kb) or meeting_venue(doc[span.end - 1], kb))


def _to_mentions(doc: Doc, drafts: list[Draft], excluded_tokens: set[int]) -> list[Mention]:
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].start, drafts[i].end))
    new_index = {old: new for new, old in enumerate(order)}
    mentions = []
    for old in order:
        d = drafts[old]
        span = doc[d.start:d.end]
        flags = list(dict.fromkeys(d.flags))
        if d.start in excluded_tokens:
            flags.append("excluded")
        actor = Actor(name=d.name or span.text, country=d.country, sector=d.sector, person=d.person, role=d.role)
        ref = new_index.get(d.ref) if d.ref is not None else None
        mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text, actor=actor,
                                flags=tuple(flags), reason=d.reason or f"kb:{d.source or 'agent'}", ref=ref))
    return mentions


def country_of_name(text: str) -> str | None:
    """ISO-3 (or IGO/UNO/EUR ...) code of a country name, demonym, capital or organisation.

    "Niger" -> "NER", "Nigerien" -> "NER", "Burkinabe" -> "BFA", "the Kremlin" -> "RUS",
    "ECOWAS" -> "IGO"; None when unknown or ambiguous.  Case-sensitive like the text matcher.
    """
    kb = knowledge_base()
    text = " ".join(text.split())
    for candidate in (text, text.removeprefix("the ").removeprefix("The ")):
        key = candidate.lower()
        entries = [e for e in kb.entries.get(key, ()) if e.kind in ("country", "adjective", "capital", "metonym",
                                                                      "igo", "group")]
        if entries and kb.case_ok(key, candidate):
            codes = {e.code for e in entries}
            return codes.pop() if len(codes) == 1 else None
    return None


def lookup(text: str, date: str | None = None) -> Actor | None:
    """The actor a name stands for on ``date``: a person ("Antony Blinken" in 2023 -> USA GOV,
    Secretary of State), a country or organisation ("Kremlin" -> RUS GOV); None if unknown."""
    kb = knowledge_base()
    text = " ".join(text.split())
    key = text.lower()
    entries = kb.entries.get(key, [])
    persons = [e for e in entries if e.kind == "person"]
    if not persons and " " not in text:
        persons = kb.surnames.get(key, [])
    if persons and (kb.case_ok(key, text) or kb.surnames.get(key)):
        entry, _ = pick_term(persons, date)
        if entry is not None:
            return Actor(name=entry.name, country=entry.code, sector=entry.sector, person=entry.name,
                         role=entry.role)
    code = country_of_name(text)
    if code is not None:
        bare = kb.entries.get(key.removeprefix("the "), [])
        entry = next((e for e in entries + bare if e.code == code and e.kind != "agent"), None)
        sector = entry.sector if entry else None
        name = entry.name if entry and entry.kind in ("metonym", "igo", "group") else kb.label(code)
        return Actor(name=name or code, country=code, sector=sector)
    agents = [e for e in entries if e.kind == "agent"]
    if agents:
        return Actor(name=kb.sector_noun(agents[0].sector) or text, country=None, sector=agents[0].sector)
    return None


def common_word_names() -> frozenset[str]:
    """Names (lower case) that are also common English words or lone ambiguous surnames ("turkey",
    "us", "polish", "chad"): written in lower case they are no names (``lowercase_ambiguous.tsv``,
    ``ambiguous_surnames.tsv``).  For the nlp stage's case restoration of text written in capitals."""
    kb = knowledge_base()
    return frozenset(kb.lowercase_ambiguous) | frozenset(kb.ambiguous_surnames)


def full_person_names() -> dict[str, str]:
    """Every person the knowledge base knows by a name of two or more words, curated or generated (Phoenix):
    lower case -> title case ("jose napoleon duarte" -> "Jose Napoleon Duarte").  For the nlp stage's case
    restoration of text written in capitals, where a first or middle name that is also an English word
    ("NAPOLEON") would otherwise be written in lower case and cut the name in two."""
    kb = knowledge_base()
    return {key: title_case_name(key) for key, entries in kb.entries.items()
            if " " in key and any(e.kind == "person" for e in entries)}


def name_sectors(name: str) -> frozenset[str]:
    """The sectors the knowledge base gives a name, lower case and without a leading article ("taliban" ->
    {"REB"}); empty if unknown.  For the events stage, which reads whether a name is an armed group's."""
    return frozenset(e.sector for e in knowledge_base().entries.get(name, ()) if e.sector)


@lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """Nouns of buildings and sites ("embassy", "center"; ``data/site_nouns.tsv``): between a country adjective
    and an event noun they are what the adjective describes ("the American center attack")."""
    return frozenset(knowledge_base().site_nouns)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Courtesy titles and abbreviated ranks put before a surname ("mr", "dr", "gen"; ``data/honorifics.tsv``, lower
    case, no dot)."""
    return frozenset(knowledge_base().honorifics)


def person_titles() -> frozenset[str]:
    """Nouns that name one person's office or role ("minister", "spokesman"; ``data/person_titles.tsv``)."""
    return frozenset(knowledge_base().person_titles)
