"""Headline passives (session 34, helper PAIR): headlines drop the auxiliary "be", so a bare participle after its
subject is a passive - "Mexican Soldiers *Arrested* After Killing of Journalist", "Two Officers *Detained* Over
Prison Escape" say that the soldiers were arrested, not that they arrested anyone (the "be"-deletion of headlinese:
Mårdh 1980, "Headlinese"; Quirk et al. 1985, 'block language').  The parser reads the participle as a past tense
with the noun before it as its subject.

Only where the reading is safe: the word is written in title case inside the sentence (a headline, not prose), or
its sentence is a headline line of its own - a line with no final punctuation, or the first line of the text - in
capitals ("SOLDIERS KIDNAPPED IN NORTHERN MALI", wire copy) or in lower case ("Two officers detained over prison
escape"; session 34, helper PAIR2); it is a verb that never goes without an object (:data:`OBJECT_VERBS`: arrest,
detain, jail, kidnap ...), and it has no object, auxiliary or clause of its own.  In prose such a verb always has its object ("police arrested two men").
In prose, a participle right before the finite "be" of a clause the parser hung under it is read the same way ("The two
Colombians *killed were* believed to belong to the Urabenos"; session 48).
Used by ``roles.passive`` (an agentless passive) and ``arguments.find_arguments`` (the subject is acted on)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.lexicon import base_forms, sentence_bounds
from dateline.events.parties import Arg, participants
from dateline.events.tables import word_class

OBJECT_VERBS = word_class("headline_passive_verbs", "frame_roles.tsv")
# Verbs of compelling whose passive keeps its "to"-infinitive ("Mexico Gas Vendors *Forced to Buy* Fuel Stolen by
# Gangs"): without an object before it the infinitive is the compelled party's (session 48, a probe of unjudged news).
COMPELLING_VERBS = word_class("compelling_verbs", "frame_roles.tsv")
# Marks that end a sentence of prose (or a line that runs on: a colon, a comma)
FINAL_PUNCTUATION = {".", "!", "?", ":", ";", ",", "...", "…"}
# Dependents a verb used actively would have in place of the object it lacks, or that make it no bare participle
# ("prt" is none: "Politician *Gunned Down*", "Suspects *Rounded Up*" are passives of phrasal verbs)
ACTIVE_DEPS = {"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "aux", "auxpass", "nsubjpass"}


def headline_subject(verb: Token) -> Token | None:
    """The subject of a headline passive ("*Mexican Soldiers* Arrested After ...") - the noun the parser took for the
    subject of a bare participle in title case - or None when ``verb`` is no headline passive."""
    if verb.tag_ not in ("VBN", "VBD") and not _participle_read_as_name(verb) or verb.i == sentence_bounds(verb)[0]:
        return None
    if not any(f in OBJECT_VERBS for f in base_forms(verb)) or _shot_at_people(verb):
        return None
    run_on = _participle_before_finite_be(verb)  # (the clause hung under it is no complement of its own)
    compelled = verb.lemma_.lower() in COMPELLING_VERBS  # ("Gas Vendors *Forced to Buy* Fuel": the infinitive is theirs)
    if any(c.dep_ in ACTIVE_DEPS and not (run_on and c.i == verb.doc[verb.i + 1].head.i)
           and not (compelled and c.dep_ == "xcomp") for c in verb.children):
        return None
    if verb.dep_ in ("relcl", "acl"):
        return None  # ("the Men Police Arrested": the object is the noun the clause describes)
    if any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children):
        return None  # ("Police Raided and Searched the House": the object is shared)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    # (the line is read last: the checks above are cheap and rule out almost every verb)
    return subject if run_on or verb.text.istitle() or on_headline_line(verb) else None


def _participle_before_finite_be(verb: Token) -> bool:
    """Is the participle followed at once by the finite "be" of a clause the parser hung under it ("The two Colombians
    *killed were* believed to belong to the Urabenos": the men killed, then a sentence about them)?  In prose too the
    participle then describes the noun before it: a passive with "be" left out, as in a headline (session 48, a probe
    of unjudged news)."""
    if verb.tag_ != "VBN" or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    return after.lemma_ == "be" and after.tag_ in ("VBD", "VBZ", "VBP") and after.head.head.i == verb.i \
        and after.head.i != verb.i


def _shot_at_people(verb: Token) -> bool:
    """Is the verb "shoot" with an "at" phrase naming people ("the man *shot at officers*": he fired, an active past;
    not "Man shot *at east Wichita apartment complex*", the place he was shot at)?"""
    return verb.lemma_.lower() == "shoot" and any(
        o.dep_ == "pobj" and (o.tag_ in ("NNS", "NNPS") or o.ent_type_ in ("PERSON", "NORP", "ORG"))
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children)


def _participle_read_as_name(verb: Token) -> bool:
    """Is the word a title-case participle the tagger took for part of a name ("Paraguay Politician *Gunned* Down":
    NNP)?  Only the root of its line, with a subject before it (session 48, a probe of unjudged news)."""
    return verb.tag_ == "NNP" and verb.dep_ == "ROOT" and verb.text.istitle() and verb.lower_.endswith("ed")


def on_headline_line(tok: Token) -> bool:
    """Is ``tok``'s sentence a headline line (:func:`headline_line`)?  Found through the events stage's memo of
    sentence bounds, not ``tok.sent``, which walks the whole document at every call."""
    start, end = sentence_bounds(tok)
    return headline_line(tok.doc[start:end])


def headline_line(sent: Span) -> bool:
    """Is the sentence a headline: a whole line of its own with no final punctuation, or the text's first line?  Prose
    ends its sentences in a stop, and a hard-wrapped line of prose is only part of one; a line that stands alone
    without a stop is a headline or a label, in any case ("SOLDIERS KIDNAPPED IN NORTHERN MALI", "Two officers
    detained over prison escape")."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    text = sent.doc.text
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    line_end = text.find("\n", end)
    if "\n" in text[start:end] or text[text.rfind("\n", 0, start) + 1:start].strip() or \
            text[end:line_end if line_end >= 0 else None].strip():
        return False  # (part of a line, or running over several: hard-wrapped prose)
    return words[-1].text not in FINAL_PUNCTUATION or not text[:start].strip()


def headline_passive_roles(verb: Token, actor: list[Arg], recipient: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """(actor, recipient) of a headline passive: the subject is acted on, and no doer is named but a by-agent."""
    subject = headline_subject(verb)
    if subject is None:
        return actor, recipient
    acted_on = participants(subject, ("passive_subject", "headline"))
    rest = [r for r in recipient if not any(r.start < a.end and a.start < r.end for a in acted_on)]
    return [a for a in actor if "passive_agent" in a.flags], acted_on + rest
