"""The frame rows of data/layer_doubts.tsv by name, and small readers shared by the relevance layer's word-sense doubt
modules (sense_doubts, harm_doers, figurative_force, undone_acts): the entity labels of named parties, the sectors of
armed parties, a noun named by a row's words and a noun with a number.  Moved from sense_doubts.py (session 33, helper
SPLIT) so that each word-sense doubt module reads them without reading another."""

from __future__ import annotations

from dateline.events.tables import word_class

# Entity labels of named parties (a person, an organisation, a state, a nationality).
PARTY_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}


# The frame rows of data/layer_doubts.tsv (its `doubt` column), by name.
HARMED = "harmed"
PLANNED = "planned"
ACCIDENT = "accident"
NATURAL_DOER = "natural_doer"
ANIMAL_TARGET = "animal_target"
SELF_HARM = "self_harm"
VERBAL_ATTACK = "verbal_attack"
HAZARD_WARNING = "hazard_warning"
INSTRUMENT_DOER = "instrument_doer"
PLANNED_TIME = "planned_time"
NO_PARTY = "no_party"
AWAITED = "awaited"
UNWILLING = "unwilling"
TOPIC_NOUN = "topic_noun"
BLOCKED_PROPOSAL = "blocked_proposal"
STATUTE_DOER = "statute_doer"
NEGLIGENCE = "negligence"
SENTENCED = "sentenced"
CONTEST = "contest"
CONTEST_RIVAL = "contest_rival"
CONTEST_MARGIN = "contest_margin"
STRIVING = "striving"
SURETY_FIRM = "surety_firm"
OWN_DOCUMENT = "own_document"
SPOKEN_ATTACK = "spoken_attack"
CLOSED_PLACE = "closed_place"
TASKED = "tasked"
CULTURE_WORK = "culture_work"
HAZARD_DENIAL = "hazard_denial"
NATURAL_TARGET = "natural_target"
FIRM_COMMERCE = "firm_commerce"
FIRM_COMMERCE_VERBS = "firm_commerce_verbs"
# Sectors of armed parties (actors/data/sectors.tsv): their "attacked ..., saying" is force with a statement.
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM"}
DISEASE_SUFFIXES = word_class("disease_suffixes")


def _counted(tok):
    """The noun counted by a number or a count noun ("hundreds *of* pilgrims", "two *of* the gunmen"), else ``tok``."""
    if tok is None or not (tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY")):
        return tok
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"), tok)


def _named_by(tok, words: frozenset[str]) -> bool:
    """Is the noun, or a compound of it, one of ``words`` ("*SARS*-CoV-2", "*Hurricane* Katrina", "the *virus*")?"""
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def disease_name(tok) -> bool:
    """Is the common noun the medical name of a disease by its ending (data/word_classes.tsv disease_suffixes:
    "*meningitis*", "*tuberculosis*", "*leukaemia*")?  The natural_doer words cannot list every disease.  (The tagger
    reads an unknown medical word as a proper noun: "killed by *meningitis*"; a named party is none.)"""
    low = tok.lower_
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in PARTY_ENTITIES and any(
        low.endswith(s) and len(low) >= len(s) + 4 for s in DISEASE_SUFFIXES)
