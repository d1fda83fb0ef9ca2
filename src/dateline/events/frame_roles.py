"""Words around an event that name someone who is not its doer (session 33): the namer of a label, the subject of a
clause that only talks about an event done to others, the source of a comment clause, and - the other way round -
a body of people named by a bare modifier of a demand, who is its doer.

- A label: "a move *branded a humiliating retreat by the Tories*", "the plan was called an attack on workers *by the
  unions*".  The event noun is the name given (the object complement of a verb of naming); the "by" phrase the
  parser hangs on it is the naming verb's agent.  The namer does not do the event it names.
- An event said to be aimed at someone by its own passive participle, with no agent: "the cabinet differs on
  *allegations made against the police*", "the party responded to *charges brought against its leader*".  The
  participle names the target and leaves the doer unnamed; the subject of the clause that talks about the event
  (here the one accused) is no doer of it.
- A comment clause: "as indicated by prominent cases such as X, arrested and sentenced in Spain".  The parser
  coordinates the participle "arrested" with the comment verb "indicated"; the evidence on "by" does not arrest.
- A time frame: "he had thought of resigning once *during the killings*", "police firing *during riots*".  Who
  thinks, speaks or fires during an event is not thereby its doer, as for "after", "following" or "amid"
  (noun_roles.TIME_ADJUNCT_PREPS), but for a gathering, whose participants act during it ("during the sit-in, the
  participants sang"), and for meetings and fights (noun_roles._meeting).  Force used by police, troops or soldiers
  during a gathering is the policing of it, not a part in it ("two students were killed in police *firing* during
  the riots", "troops *opened fire* during the march": session 34, helper PAIR).
- A bare body noun before a demand: "rejecting *an opposition demand* for his resignation": the opposition makes the
  demand, while "his" is whose resignation is demanded.
- The name of an appeal: "the Red Cross launched *a Peru flood appeal*", "Oxfam's *Sudan* appeal": a place compounded
  with a noun of appeal names what the money is raised for, not who appeals (session 34, helper PAIR).
- A passive relative clause with no subject (helper ROLES3): "the first banker *to be added* to the sanctions list",
  "the third mayor *to be charged*": the noun it describes is acted on, not the doer a subjectless relative clause
  otherwise takes its head for.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.events.lexicon import lexicon
from dateline.events.parties import Arg, participants, prep_object
from dateline.events.tables import in_class, word_class

FRAME_ROLES = "frame_roles.tsv"
NAMING_VERBS = word_class("naming_verbs", FRAME_ROLES)
BODY_MODIFIERS = word_class("body_modifiers", FRAME_ROLES)
# Prepositions by which a participle says whom its event is aimed at ("allegations made *against* X", "attacks
# carried out *on* its posts"); not "at", which is a goal ("a visit *aimed at* renewing contacts").
AIMED_PREPS = {"against", "on", "upon"}
LABEL_DEPS = {"dobj", "oprd", "attr"}
# Events whose participants are present while they last: who acts during one takes part in it ("during the
# dharna, the participants sang").
GATHERING_TYPES = {"PROTEST"}
# The forces of order that police a gathering (frame_roles.tsv); what they do at it - firing, beating, arrests or
# detentions (session 34, helper PAIR2), or any other act (session 58) - is no part in it.  (Others who answer a
# gathering - "prosecutors questioned 30 people during the riots" - are the layer's: wrong_doers.responder_as_doer.)
ORDER_FORCES = word_class("order_forces", FRAME_ROLES)
FIRING_VERBS = word_class("firing_verbs", FRAME_ROLES)  # "fire" is a dismissal to the verb lexicon
CAUSE_NAMED_NOUNS = word_class("cause_named_nouns", FRAME_ROLES)
PLACE_LABELS = ("GPE", "LOC")


def label_given(noun: Token) -> bool:
    """Is the event noun the name a verb of naming gives something ("a move *branded* a humiliating *retreat*",
    "was called *an attack* on workers", "described as *a betrayal*")?  Only when the verb names another thing:
    it is passive or a participle describing a noun, or it has another object - so "the union *called* a strike"
    (a strike called, not a name) stays the union's."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head  # "was described *as* a betrayal"
    elif noun.dep_ not in LABEL_DEPS:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not in_class(verb, NAMING_VERBS):
        return False
    if noun.dep_ == "dobj" and any(c.dep_ == "oprd" and c.i > noun.i for c in verb.children):
        return False  # "called *the Democrats' investigation* a 'witch hunt'": the thing named, its label after it
    named = [c for c in verb.children if c.i != noun.i and c.dep_ in ("dobj", "nsubjpass", "oprd", "dative")]
    # (a participle with no subject, which the tagger may read as a past tense: "in a move *branded* a retreat")
    bare = verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux")
                                                   for c in verb.children)
    return bool(named) or bare or verb.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in verb.children)


def frames_the_clause(noun: Token) -> bool:
    """Is the event noun the object of "during" - the time the clause's act took place in, not an act of its
    subject (unless the event is a gathering whose participants act during it, :data:`GATHERING_TYPES`; meetings
    and fights are the caller's :func:`noun_roles._meeting`)?"""
    if noun.dep_ != "pobj" or noun.head.lower_ != "during" or noun.head.dep_ != "prep":
        return False
    nouns = lexicon().nouns
    entries = [e for w in (noun.lemma_.lower(), noun.lower_, _hyphenated_word(noun)) for e in nouns.get(w, ())]
    return not any(e.type in GATHERING_TYPES for e in entries) or policed_gathering(noun)


def policed_gathering(noun: Token) -> bool:
    """Is the gathering under "during" the scene of what the forces that police it do - the doer of the verb it hangs
    on is police, troops or soldiers (:data:`ORDER_FORCES`): "two students were killed in police *firing* during the
    riots", "troops *fired* on the crowd during the march", "the national police *did not use* firearms during the
    demonstration" (session 58, a probe of unjudged news: any verb, not force only)?  Those who keep order at a
    gathering do not gather; the protesters' own acts ("demonstrators threw stones during the protest") keep them as
    its participants."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # (the doer: the verb's subject, or the noun a participle describes - "in *police* firing", read as "police
    # [who were] firing")
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        doers.append(verb.head)
    return any(in_class(d, ORDER_FORCES) for d in doers)


def _hyphenated_word(tok: Token) -> str:
    """The whole hyphenated word a token ends ("sit-*in*" -> "sit-in"), or the token's own lower-case form."""
    start = tok.i
    while start >= 2 and tok.doc[start - 1].text == "-" and not tok.doc[start - 2].whitespace_ \
            and not tok.doc[start - 1].whitespace_:
        start -= 2
    return tok.doc[start:tok.i + 1].text.lower()


def aimed_by_agentless_participle(noun: Token) -> bool:
    """Does the event noun carry its own passive participle that names whom it is aimed at and no agent
    ("allegations *made against* the police", "charges *brought against* him")?  The doer is left unnamed, so a
    clause that speaks of the event does not lend it its subject."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and not any(c.dep_ == "agent" for c in child.children) \
                and any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in child.children):
            return True
    return False


def comment_clause_roles(verb: Token, actor: list[Arg], recipient: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """(actor, recipient) without an agent a passive verb took from the comment clause it is coordinated with ("as
    indicated *by prominent cases* such as X , arrested and sentenced in Spain"): "as" + a verb of showing is the
    writer's comment, whose by-phrase is the evidence, never a doer of the coordinated act.  The parser reads the
    participle that describes the noun before it (X) as the comment verb's conjunct; that noun is the one acted on."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is verb or not any(c.dep_ == "mark" and c.lower_ == "as" for c in first.children):
        return actor, recipient
    agents = [prep_object(c) for c in first.children if c.dep_ == "agent"]
    spans = [(a.left_edge.i, a.right_edge.i) for a in agents if a is not None]
    if not any(lo <= a.head <= hi for a in actor for lo, hi in spans):
        return actor, recipient
    lead = verb  # ("arrested and *sentenced*": the first participle of the chain follows the noun)
    while lead.head.i != first.i:
        lead = lead.head
    described = _noun_before(lead)
    if described is not None and any(lo <= described.i <= hi for lo, hi in spans):
        recipient = participants(described, ("described",))
    return [a for a in actor if not any(lo <= a.head <= hi for lo, hi in spans)], recipient


def _noun_before(verb: Token) -> Token | None:
    """The noun right before a participle and its commas ("the Julia brothers *,* arrested"), or None."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].is_punct:
        i -= 1
    tok = verb.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.pos_ in ("NOUN", "PROPN") else None


def body_modifier_doer(noun: Token) -> list[Arg]:
    """The body of people a bare common noun before the event noun names ("an *opposition* demand", "a *union*
    call"): the maker of a demand or a request (read only for a governing noun, whose doer makes the demand)."""
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < noun.i and in_class(child, BODY_MODIFIERS):
            return participants(child, ("modifier", "body_modifier"))
    return []


def passive_relative_roles(verb: Token, actor: list[Arg], recipient: list[Arg],
                           parties: Collection[int] = ()) -> tuple[list[Arg], list[Arg]]:
    """(actor, recipient) of a passive relative clause with no subject of its own ("the first banker *to be added*
    to the sanctions list", "the only reporter *to be expelled*"): the noun the clause describes is the one acted on,
    not the doer it is taken for when a relative clause has no subject.  With no by-agent the doer is unnamed; the
    described noun becomes the recipient when it names a party (or when nothing else is)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "agent") for c in verb.children):
        return actor, recipient
    described = verb.head
    if not actor or not all("relative_clause" in a.flags and a.head == described.i for a in actor):
        return actor, recipient
    acted_on = participants(described, ("object", "described"))
    if recipient and not any(i in parties for a in acted_on for i in range(a.start, a.end)):
        return [], recipient  # ("the aid to be delivered to refugees": a thing described, the party stays)
    return [], acted_on + [r for r in recipient if not any(r.start < a.end and a.start < r.end for a in acted_on)]


def named_cause(noun: Token, modifier: Token) -> bool:
    """Is ``modifier`` a place named in the name of an appeal - a place name compounded with a noun of appeal
    (:data:`CAUSE_NAMED_NOUNS`): "a *Peru* flood appeal", "the *Haiti* earthquake appeal", "a *Sudan* appeal"?  An
    appeal is named after whom it raises money for, so the place is its cause, not who appeals.  Not a body ("a *UN*
    appeal", an organisation) and not a possessor ("*Kenya's* appeal")."""
    return modifier.dep_ == "compound" and modifier.i < noun.i and modifier.ent_type_ in PLACE_LABELS \
        and in_class(noun, CAUSE_NAMED_NOUNS)
