"""Is an event participant a *political* actor?  The relevance layer's (events/relevance.py) judgement of one
participant: a PLOVER sector of the state or of organised politics from the actors stage, an international
organisation's code, or a head noun of political action (``data/political_actors.tsv``), unless read from evidence
that sport and culture news break (a bare surname, the elites' sector, in sport a capital or a role word); outside
sport a state named as such; a participant named with its domain's own words is that domain's body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from dateline.events.clause_parts import ends_entity, span_head as _head
from dateline.events.tables import read_table
from dateline.model import Mention, Participant

if TYPE_CHECKING:
    from dateline.events.relevance import Context

# Actors-stage evidence (Mention.reason) too weak to make a sport or culture event political.
WEAK_EVIDENCE_DOMAINS = {"sport", "culture"}
SURNAME_REASONS = {"kb:surname", "coref:surname"}
# In sport also a capital ("Madrid": Real Madrid), a role word ("leaders Chelsea"), a group name that
# is a team's nickname ("the *Tigers* stormed 22-6 ahead": kb:group), and anything read from the
# article's focus country rather than a name ("the independent *tribunal*" -> the focus country's
# judiciary, "Leicester tight-head Julian White" as a titled official: coref:focus_country,
# focus_country:*).
SPORT_WEAK_REASONS = {"kb:capital", "kb:agent", "kb:group", "coref:focus_country", "focus_country:titled_person",
                      "focus_country:bare_agent"}
# PLOVER/CAMEO "elites" (ELI) are former officials *and celebrities*: in sport and culture news the sector is no
# evidence of politics ("former Westlife singer Brian McFadden" -> ELI, "who quit chart-topping group Westlife").
ELITE_SECTORS = {"ELI"}
STATE_ENTITIES = {"GPE"}
# The actors stage's flag on a mention whose sector is a neutral role noun's default ("spokesman", "official" -> GOV)
# given because a country was named with it, not because the words name a government body.
ROLE_DEFAULT_FLAG = "sector:role_default"
# An article with this many sport words (data/domain_cues.tsv) is sport news for the role-default flag even when its
# political mentions outnumber them and give it no domain: a sport body's "spokesman" in a report naming four countries.
SPORT_ARTICLE_CUES = 3


@lru_cache(maxsize=1)
def _actor_lists() -> dict[str, frozenset[str]]:
    """``political_actors.tsv`` by kind: sector, code, noun, crowd, media."""
    kinds: dict[str, set[str]] = {"sector": set(), "code": set(), "noun": set(), "crowd": set(), "media": set()}
    for row in read_table("political_actors.tsv"):
        kinds[row["kind"].strip()].add(row["value"].strip())
    return {kind: frozenset(values) for kind, values in kinds.items()}


class PoliticalActors(NamedTuple):
    """What makes a participant a political actor (``political_actors.tsv``)."""

    sectors: frozenset[str]
    codes: frozenset[str]
    nouns: frozenset[str]  # head nouns ("minister", "rebels")


def political_actors() -> PoliticalActors:
    """The sectors, actor codes and head nouns that make a participant a political actor."""
    lists = _actor_lists()
    return PoliticalActors(lists["sector"], lists["code"], lists["noun"])


def media_nouns() -> frozenset[str]:
    """Nouns naming a news outlet or a journalist ("newspaper", "radio", "reporter")."""
    return _actor_lists()["media"]


# The actors stage's sector of news outlets (actors/data/media.tsv).
MEDIA_SECTORS = {"JRN"}
# The words of a participant's phrase that can name it as a news outlet: its head and the words compounded with it
# ("*Radio* Caracol", "*Daily* Excelsior", "TV *reporter*").
MEDIA_NAME_DEPS = {"compound"}


def media_party(p: Participant, doc) -> bool:
    """Is the participant a news outlet or a journalist: sector JRN from the actors stage, or a head noun (or a word
    compounded with it) naming one ("*Radio* Caracol of Medellin", "the *Daily* Excelsior", "foreign
    *correspondents*", "the paper's guest *editor*")?"""
    if p.sector in MEDIA_SECTORS:
        return True
    head = _head(p, doc)
    if head is None:
        return False
    nouns = media_nouns()
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns
               for t in (head, *(c for c in head.children if c.dep_ in MEDIA_NAME_DEPS)))


def crowd_nouns() -> frozenset[str]:
    """Head nouns of crowds ("fans", "hooligans") whose violence or protest is news in any domain."""
    return _actor_lists()["crowd"]


def political_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """"protesters", "ministers", "MEPs" (which the small model tags as a name): a common noun of the
    list, or a lone capitalised one - not a word inside an organisation's name ("the Rugby Football
    *Union*")."""
    low = tok.lower_
    forms = {low, tok.lemma_.lower(), low[:-1] if low.endswith("s") else low}
    if not forms & nouns:
        return False
    if tok.pos_ == "NOUN":
        return True
    return tok.pos_ == "PROPN" and (tok.ent_iob_ in ("O", "") or (
        tok.ent_iob_ == "B" and ends_entity(tok)))


def _mention_of(p: Participant, ctx: Context) -> Mention | None:
    """The actors-stage mention under the participant (through a pronoun's antecedent), followed back
    to the first mention of its coreference chain."""
    spans = [(p.start, p.end)] + ([(p.antecedent.start, p.antecedent.end)] if p.antecedent else [])
    found = next((m for m in ctx.mentions for lo, hi in spans if m.start < hi and lo < m.end), None)
    seen: set[int] = set()
    while found is not None and found.ref is not None and found.ref not in seen and 0 <= found.ref < len(ctx.mentions):
        seen.add(found.ref)
        found = ctx.mentions[found.ref]
    return found


def _named_in_full(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the person a bare surname was matched to also named in full in the article ("Jacob Zuma" ...
    "Zuma")?"""
    return any(o.reason == "kb:person" and o.actor.name == m.actor.name for o in mentions)


def _weak_evidence(p: Participant, domain: str | None, ctx: Context) -> bool:
    """Was the participant's political sector read from evidence that sport and culture news break?
    A bare surname matched to an office-holder ("Wallace" -> Ben Wallace, Defence Secretary, in a rugby
    report), the elites' sector (ELI: former officials and celebrities, "former Westlife singer Brian
    McFadden"), and in sport a capital ("Madrid": Real Madrid) or a role word that is no political noun
    ("leaders Chelsea", "the Connacht representative", the tennis "court")."""
    if domain is None:
        return sport_role_default(p, ctx) or sport_body_person(p, ctx)
    if domain not in WEAK_EVIDENCE_DOMAINS:
        return False
    if p.sector in ELITE_SECTORS:
        return True
    m = _mention_of(p, ctx)
    if m is None:
        return False
    if m.reason in SURNAME_REASONS:
        return not _named_in_full(m, ctx.mentions)
    if ROLE_DEFAULT_FLAG in m.flags:
        return True  # "Egypt FA spokesman Methat Shalaby", "a Brazil team official": a role noun that names no
        # sector took the government's from the country alone - a federation's or a club's as well
    return domain == "sport" and (m.reason in SPORT_WEAK_REASONS or "metonym:capital" in m.flags)


def sport_role_default(p: Participant, ctx: Context) -> bool:
    """Is the participant's government sector a neutral role noun's default read from a country alone (the actors
    stage's :data:`ROLE_DEFAULT_FLAG`) in an article with :data:`SPORT_ARTICLE_CUES` sport words, whatever its
    political mentions (an article naming four countries gets no domain, and its sport body's "spokesman" no sport
    reading: "*Egypt FA spokesman* Methat Shalaby welcomed the apology")?  A federation's, club's or team's officer
    is named so as often as a government's."""
    if ctx.article.get("sport", 0) < SPORT_ARTICLE_CUES:
        return False
    m = _mention_of(p, ctx)
    return m is not None and ROLE_DEFAULT_FLAG in m.flags


SPORT_BODY_PERSON_REASONS = {"kb:person"}


@lru_cache(maxsize=1)
def _sport_body_pattern() -> re.Pattern[str]:
    """Whole-word, case-sensitive names of sport governing bodies (``data/sport_bodies.tsv``)."""
    names = sorted((row["name"].strip() for row in read_table("sport_bodies.tsv")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def sport_body_person(p: Participant, ctx: Context) -> bool:
    """Is the participant a person whose government sector comes from the knowledge base alone (no title in the
    text), in an article with :data:`SPORT_ARTICLE_CUES` sport words that names a sport governing body
    (``data/sport_bodies.tsv``)?  There an office-holder of the knowledge base acts as often for the sport body
    ("Trinidad's Jack Warner, who resigned" - FIFA's vice-president)."""
    if ctx.article.get("sport", 0) < SPORT_ARTICLE_CUES:
        return False
    m = _mention_of(p, ctx)
    if m is None or m.reason not in SPORT_BODY_PERSON_REASONS:
        return False
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is not None and any(political_noun(t, political_actors().nouns) for t in span):
        return False
    return _sport_body_pattern().search(ctx.doc.text) is not None


def political(p: Participant, domain: str | None, ctx: Context) -> str:
    """"yes" (a political actor), "maybe" (only a country code) or "no".  A participant named with its
    domain's own words is a body of that domain, whatever sector it was given ("the Premier *League*",
    "World *Cup* organisers", "the film *studio*")."""
    doc = ctx.doc
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if domain and span is not None and any(ctx.cue_tokens.get(t.i) == domain for t in span):
        return "no"
    sectors, codes, nouns = political_actors()
    head = _head(p, doc)
    if head is not None and political_noun(head, nouns):
        return "yes"
    if domain is None and span is not None and any(political_noun(t, nouns) for t in span):
        # outside the domains a political noun anywhere in the phrase will do: "the *leader* of the
        # opposition Narayan Rane", "Eurosceptic *party* UKIP" (in a domain only the head counts:
        # "Tennis Australia's top *official*")
        return "yes"
    if p.country in codes or (p.sector in sectors and not _weak_evidence(p, domain, ctx)):
        return "yes"
    if p.country and (not p.sector or p.sector in sectors):
        if domain == "sport":
            return "no"  # "England were beaten by the Irish": a country's name is its team
        if head is not None and head.ent_type_ in STATE_ENTITIES:
            return "yes"  # the state itself: "India has ordered the deportation of ..."
        return "maybe"
    return "no"
