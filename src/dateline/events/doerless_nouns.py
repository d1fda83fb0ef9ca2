"""Violence and arrests reported as a noun whose doer the sentence does not name.

``agentless.py`` codes agentless passives ("two soldiers were killed") and attack nouns made or suffered
("attacks have been made against police forces", "hurt in a landmine blast") with an empty actor list.  News
reports as much violence as a happening named by a noun, with no doer (session 12, helper NOUN, from the design
recall samples' misses):

* **a happening that took place** - a violence noun (data ``violent_happenings``) that is the subject of a verb
  saying it happened, went on or grew (``occurrence_verbs``: "*fighting* continued in the north", "*violence*
  broke out", "*the shooting* happened about 10:20 p.m.", "*the massacre* took place at a camp", "*clashes* were
  reported in Gomtipur", "*fighting* is especially intense"): coded with its target when one is named ("*attacks*
  continued against police posts"), else with no participant at all (:func:`happening`) - ACLED's event with
  unidentified actors, with its place and date;
* **a victim on "of"** - a deliberate violence noun or a noun of the authorities' acts (``state_act_nouns``)
  whose "of" names the party it was done to ("the *killing of* three villagers", "the *arrests of* at least 30
  members", "the *massacre of* 72 migrants"): coded with that party as recipient (:func:`victims`);

* **an explosive weapon that went off** (session 12 round 2, helper R2) - "a *bomb* went off in the market", "an
  *IED* exploded near a convoy": a bombing with no participant (:func:`weapon_went_off`; codebook ASSAULT
  explosives, CAMEO 183), unless a mishap or the harm it did is the event ("wounded *when* a bomb exploded");
* **the sides on "between"** (R2) - "clashes erupted *between police and protesters*", "fighting between the army
  and rebels continued": the dyad, the first side acting on the other (:func:`sides`, called from extract.py
  through ``agentless.sides``), as arguments.py codes "clashes between X and Y" hung on the noun;
* **one side on "with"** (session 13, helper RECALL) - "clashes *with police* broke out": the side named receives,
  no doer (:func:`one_side`); and an existential "there was" reports a happening like "took place" ("*there were*
  clashes in the city": :func:`existential`; past only, not asked, not "no" or "any").

The same guards as ``agentless.py``: no doer named in the noun ("*their* attacks", "clashes *between* police and
protesters", "fighting *with* the rebels") or in a clause joined to the verb ("*police* opened fire and clashes
erupted"); nothing unreal (a modal or a negation on the verb: "violence *could* erupt", "no clashes were
reported"; a noun asked for, feared or planned: "called *for the arrest of*", "*the risk of* a killing", "a
*warrant* for the arrest of"); no mishap ("a gas explosion", "a stampede"); recipients that can receive (a person
or a party, not a thing: "the bombing *of the market*" is none).  Sport, business and culture are the relevance
layer's, as for every event.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import agentless_words, in_class
from dateline.model import Mention

MODALS = {"could", "may", "might", "would", "should", "will", "shall", "must", "can", "'d", "'ll"}
SIDE_PREPS = {"between", "with", "among", "by"}  # the sides of a fight named on the noun or the verb: doers named
SUBJECT_DEPS = ("nsubj", "nsubjpass")
AIMED_FLAGS = {"prep:on", "prep:against", "prep:upon"}  # the target of an aimed attack (``aimed_attacks``)
ACCUSED_FLAGS = {"clause_subject", "prep:against"}  # whom an allegation is made against (:func:`accused`)



def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()



def happening_verb(tok: Token) -> Token | None:
    """The verb saying that the violence noun ``tok`` happened ("*fighting* continued", "violence *broke out*",
    "the massacre *took place*", "clashes *were reported*", "fighting *is* intense"), also for a noun
    coordinated with that subject ("fighting and *explosions* continued"), or None."""
    noun = tok
    if noun.dep_ == "conj" and noun.head.dep_ in SUBJECT_DEPS + ("attr",):
        noun = noun.head
    if noun.dep_ == "attr" and existential(noun.head):  # "there *were* clashes in the city" (session 13)
        real = reported_as_real(noun.head) and not any(
            d.dep_ == "det" and d.lower_ in ("no", "any") for d in noun.children) and not any(
            c.dep_ in ("relcl", "acl") for c in noun.children) and not noun.sent.text.rstrip().endswith("?")
        # (not asked - "have there been any attacks?" - nor told with its parties in a relative clause: "there was an
        # attack *in which* a policeman was killed by ...")
        return noun.head if real else None
    if noun.dep_ not in SUBJECT_DEPS:
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = _lemma(verb)
    if lemma == "be":
        ok = any(c.dep_ == "acomp" and in_class(c, agentless_words("intensity_adjectives")) for c in verb.children)
    elif lemma == "break":
        ok = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    elif lemma == "take":
        ok = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    elif lemma == "report":
        ok = noun.dep_ == "nsubjpass"  # "clashes were reported" (not "clashes reported by ...": a by-agent)
    else:
        ok = lemma in agentless_words("occurrence_verbs")
    if not ok or not reported_as_real(verb) or (lemma != "take" and any(c.dep_ == "dobj" for c in verb.children)):
        return None
    return verb


def existential(verb: Token) -> bool:
    """Is the verb the past "be" of an existential "there" ("*there were* clashes", "there has *been* heavy
    fighting"), which says that what it names happened?"""
    return verb.lemma_.lower() == "be" and verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)  # (past: "there *is* violence in every
    # society" is no report)


def reported_as_real(verb: Token) -> bool:
    """Does the verb report that something happened: no modal, no negation, no infinitive ("violence
    *could* erupt", "*no* clashes were reported", "*to* break out")?"""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to")):
            return False
        if c.dep_ in SUBJECT_DEPS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return False
    return verb.tag_ != "VB" or any(c.dep_ == "aux" and c.lower_ in ("do", "did", "does") for c in verb.children)


def _sides_named(noun: Token, verb: Token | None) -> bool:
    """Does the noun or its verb name who fought ("*their* attacks", "clashes *between* police and protesters",
    "fighting *with* the rebels continued")?"""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(t.lower_ == "hands" and t.dep_ == "pobj" and t.head.lower_ == "at" and any(c.lower_ == "of" for c in t.children)
           for t in noun.head.subtree if t.i > noun.i):
        return True  # "the massacre of 72 migrants *at the hands of* the Zetas"
    heads = [noun] + ([verb] if verb is not None else [])
    return any(c.dep_ in ("prep", "agent") and c.lower_ in SIDE_PREPS and any(
        o.dep_ == "pobj" and (_side(o) or o.pos_ == "PRON") for o in c.children) for h in heads for c in h.children)


def _side(o: Token) -> bool:
    """A party that can fight: a named or political party, a name, a plural of people or a doer noun."""
    return (roles.is_party(o) or o.pos_ == "PROPN" or o.tag_ in ("NNS", "NNPS")
            or in_class(o, agentless_words("doer_people")))


def violent_happening(tok: Token) -> bool:
    """A noun of violence that is a happening by itself ("fighting", "clashes", "a shooting", "a massacre";
    also a gerund the tagger read as a verb: "*Fighting* continued")."""
    return _happening_noun(tok, agentless_words("violent_happenings"))


def protest_happening(tok: Token) -> bool:
    """A noun of protest that is a happening by itself ("rioting", "a demonstration", "protests"), as
    :func:`violent_happening` is for violence."""
    return _happening_noun(tok, agentless_words("protest_happenings"))


def _happening_noun(tok: Token, words: frozenset[str]) -> bool:
    """A noun of ``words`` (or a gerund of them the tagger read as a verb: "*Fighting* continued")."""
    return in_class(tok, words) and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG")


def unreal_noun(tok: Token) -> bool:
    """Is the noun asked for, feared, planned, rewarded or only charged - not reported as done ("called *for the
    arrest of*", "*the risk of* a killing", "*wants to* increase deportations of", "a *reward* for information
    leading to the arrest of", "*charged with* the murder of")?  Any word above it of ``unreal_governors``, or a
    "for" right above it ("calls for", "a warrant for", "arrested for": its charge)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return True
    return any(in_class(a, agentless_words("unreal_governors")) for a in tok.ancestors)


def victims(cand, tok: Token, recipient: Sequence[roles.Arg], receives, mishap) -> list[roles.Arg]:
    """The parties a violence or arrest noun with no doer was done to: its "of" ("the killing *of three
    villagers*", "the arrests *of 30 members*").  ``receives`` and ``mishap``: agentless.py's tests of a
    recipient and of a mishap noun.  (An attack noun that is the subject of a verb of harm - "a mass stabbing
    killed three people" - is left to that verb's event.)"""
    if tok.pos_ not in ("NOUN", "PROPN") or mishap(tok) or _sides_named(tok, None):
        return []
    held = [a for a in recipient if "held_in" in a.flags and receives(a)]
    if cand.type == "COERCE" and held and not unreal_noun(tok):
        return held  # "*a suspect* is now in custody": the one held (noun_roles.held_in_state; session 45)
    if cand.type == "COERCE" and not in_class(tok, agentless_words("state_act_nouns")):
        return []
    if unreal_noun(tok):
        return []
    if cand.type == "ASSAULT" and in_class(tok, agentless_words("aimed_attacks")) and not _unreal_attack(tok):
        # the party an attack was aimed at ("the ghastly *attack on* the members of the minority group": session 17)
        aimed = [a for a in recipient if set(a.flags) & AIMED_FLAGS and receives(a)]
        if aimed:
            return aimed
    if cand.type == "ASSAULT" and not in_class(tok, agentless_words("violent_acts")):
        return []
    return [a for a in recipient if "prep:of" in a.flags and receives(a)]


def accused(tok: Token, recipient: Sequence[roles.Arg], receives) -> list[roles.Arg]:
    """The party an allegation with no accuser named is made against (session 18): the subject of the noun's content
    clause ("amid *allegations that he took bribes*", "before allegations *he* fast-tracked a visa") or its "against"
    ("denied the accusations *against him*").  Only nouns that are an accusation by their sense (``alleging_nouns``:
    allegation, accusation - not a charge, a trial or a lawsuit, which name a proceeding), not asked for, feared or
    only planned (:func:`unreal_noun`) and not denied by a determiner ("*no* allegations").  The nominal form of the
    agentless passive "he was accused of taking bribes" (agentless_state_acts): codebook ACCUSE allege 'Formally or
    informally accuse', CAMEO 112 'Accuse'; ACLED codes an unnamed accuser as unidentified.  ``receives``:
    agentless.py's test of a recipient (a party or a person, not "corruption")."""
    if not in_class(tok, agentless_words("alleging_nouns")) or unreal_noun(tok):
        return []
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return []
    return [a for a in recipient if set(a.flags) & ACCUSED_FLAGS and receives(a)]


def _unreal_attack(tok: Token) -> bool:
    """Does a word on the attack noun say it has not happened ("a *possible* attack on", "*no* raid on"), or is
    the sentence a question?"""
    return any(c.dep_ in ("amod", "det") and in_class(c, agentless_words("unreal_attack_modifiers"))
               for c in tok.children) or tok.sent.text.rstrip().endswith("?")


def happening(cand, tok: Token, doer_elsewhere, mishap, covered: dict[int, Mention]) -> bool:
    """Is the candidate at ``tok`` a violence noun reported as a happening with no participant named ("fighting
    continued in various neighbourhoods", "the shooting happened about 10:20 p.m."), or a protest noun ("rioting broke
    out", "the demonstration took place")?  ``doer_elsewhere`` and ``mishap``: agentless.py's tests."""
    if cand.type == "PROTEST":  # ("rioting broke out in the city", "the demonstration took place": session 57)
        verb = happening_verb(tok) if protest_happening(tok) else None
        return verb is not None and not doer_elsewhere(verb, ())
    if cand.type != "ASSAULT" or mishap(tok):
        return False
    if weapon_went_off(tok):  # ("a bomb went off in the market", "an IED exploded near a convoy")
        return not doer_elsewhere(tok.head, ())
    if not violent_happening(tok):
        return False
    verb = happening_verb(tok)
    if verb is None:  # ("deaths *in communal clashes* were reported", "police responded *to a shooting*")
        return told_by_its_toll(tok) and not _sides_named(tok, None) and not unreal_noun(tok)
    if _sides_named(tok, verb):
        return False
    return not doer_elsewhere(verb, ())


def weapon_went_off(tok: Token) -> bool:
    """Is the noun an explosive weapon (``explosive_weapons``) that is the subject of an active, intransitive verb
    saying it went off ("a *bomb* went off in the market", "an *IED* exploded near a convoy", "the bomb *blew up*";
    not "a bomb *could* explode", nor one a doer set off: "militants exploded a bomb" - an object, the doer's event)?
    Codebook ASSAULT explosives; CAMEO 183 - a bombing whose doer the sentence does not name."""
    subject = went_off_subject(tok)
    if subject is None or not in_class(tok, agentless_words("explosive_weapons")) \
            or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = subject.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    lemma = _lemma(verb)
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not (lemma in agentless_words("explosion_verbs") or (lemma == "go" and "off" in particle)
            or (lemma == "blow" and "up" in particle)):
        return False
    harm = agentless_words("harm_verbs") | agentless_words("agentless_violence")
    if (verb.dep_ in ("advcl", "conj", "relcl", "ccomp") and in_class(verb.head, harm)) or any(
            c.dep_ in ("advcl", "conj", "xcomp", "ccomp") and in_class(c, harm) for c in verb.children):
        return False  # the harm it did is the event ("were wounded *when* a bomb exploded", "exploded, *killing* five")
    return reported_as_real(verb) and not _sides_named(tok, verb)


def one_side(tok: Token, doer_elsewhere, receives) -> list[roles.Arg]:
    """The one side named on "with" of violence reported as a happening ("*clashes with police* broke out in the
    capital", "fighting *with the rebels* continued"): the party the unnamed side fought, as "X clashed *with
    police*" codes police as recipient - here with no doer named (session 13, helper RECALL).  Not when the other side
    is named too ("*their* clashes with", "between"), nor unreal, nor with a doer in a joined clause (``doer_elsewhere``:
    agentless.py's test), and only a side that can receive (``receives``: not "clashes *with knives*").  Codebook
    ASSAULT: battles between parties."""
    if not violent_happening(tok) or unreal_noun(tok) or any(c.dep_ == "poss" for c in tok.children):
        return []
    verb = happening_verb(tok)
    if verb is None or doer_elsewhere(verb, ()):
        return []
    found: list[roles.Arg] = []
    for head in (tok, verb):
        for prep in head.children:
            if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in SIDE_PREPS - {"with"}:
                return []  # both sides or a doer named ("between police and protesters", "by the army")
            if prep.dep_ == "prep" and prep.lower_ == "with":
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and _side(obj):
                    found += [roles.Arg(a.head, a.start, a.end, [*a.flags, "one_side"])
                              for a in roles.prep_participant(obj, "with") if receives(a)]
    return found


def went_off_subject(tok: Token) -> Token | None:
    """The subject the weapon noun is or stands beside as an apposition ("An Improvised Explosive Device *(IED)*
    attached to a bicycle exploded"), or None."""
    if tok.dep_ == "nsubj":
        return tok
    return tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else None


def sides(tok: Token) -> tuple[list[roles.Arg], list[roles.Arg]] | None:
    """The two sides of violence named as a happening, named by "between" on the noun or on the verb saying it
    happened ("*clashes* erupted *between police and protesters*", "*fighting between the army and rebels*
    continued", "killed in *clashes between* herders and farmers"): the first side acts, the others receive -
    the dyad arguments.py makes of "clashes between X and Y" when the parser hangs "between" on the noun.  Not
    when unreal ("clashes *could* erupt between ...", "*fears of* fighting between ...").  Codebook ASSAULT: battles
    between parties; None when no two sides are named."""
    if not violent_happening(tok) or unreal_noun(tok):
        return None
    verb = happening_verb(tok)
    if verb is None and tok.dep_ in SUBJECT_DEPS and not _real_harm_of_subject(tok):
        return None  # ("fighting between X and Y *could* resume"; "... *has killed* hundreds" is the dyad's toll)
    for head in (tok, verb):
        if head is None:
            continue
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            args = roles.prep_participant(obj, "between")
            if len(args) >= 2 and all(_side(tok.doc[a.head]) for a in args):
                return args[:1], [roles.Arg(a.head, a.start, a.end, [*a.flags, "between"]) for a in args[1:]]
    return None


def _real_harm_of_subject(tok: Token) -> bool:
    """Is the violence noun the subject of a harm verb reported as real ("*fighting* between the army and the RSF *has
    killed* hundreds", "clashes between herders and farmers *left* ... *wounded*" is not: only the harm verbs)?  The
    harm is the toll of the fighting; its sides are the dyad (session 39: such a sentence coded nothing)."""
    verb = tok.head
    return verb.pos_ == "VERB" and in_class(verb, agentless_words("harm_verbs")) and reported_as_real(verb)


def told_by_its_toll(tok: Token) -> bool:
    """Is the violence noun told by those it harmed or those sent to it: the setting of a noun of casualties
    ("*deaths in* communal clashes", "*the victims of* the shootings", "*the death toll in* the fighting") or what
    the police or medics responded to ("officers *responded to* a shooting")?"""
    if tok.dep_ != "pobj" or _lemma(tok) == "violence":  # ("victims of gun violence": violence in general)
        return False
    prep, head = tok.head, tok.head.head
    # one happening, not violence in general ("support for victims of shootings"): a determiner or a number on
    # the violence or the casualties, or the casualties the subject of a past report ("deaths ... were reported")
    if not (any(c.dep_ in ("det", "nummod", "poss") and c.lower_ not in ("no", "any") for c in (*tok.children, *head.children))
            or (head.dep_ in SUBJECT_DEPS and head.head.tag_ in ("VBD", "VBN"))):
        return False
    if prep.lower_ in ("in", "during", "from", "of") and in_class(head, agentless_words("casualty_nouns")):
        return True
    return prep.lower_ == "to" and in_class(head, agentless_words("response_verbs"))
