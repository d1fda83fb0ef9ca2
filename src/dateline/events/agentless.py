"""Events whose doer the sentence does not name: "was sentenced to ten years", "two soldiers were killed".

The coder drops every candidate without an actor (``extract.code_sentence``).  News reports much of what
conflict researchers need without one: agentless passives of the state's acts ("Davis was formally
*charged* with possession of a weapon", "three associates were *blacklisted*", "CNN has been *barred* from
working in Iran") and of violence ("a man was *shot dead*", "two soldiers were *killed*"), and attacks
named as a happening ("*attacks* have been made against police forces", "three troopers were hurt in a
landmine *blast*").  ACLED codes these with an unidentified actor.  :func:`recipients` decides whether a
candidate that found no doer is such an event: it is coded with an EMPTY actor list (no participant is
invented: every participant is a text span) and its recipient, ``+agentless`` in its reason, and its
confidence scaled by :data:`CONFIDENCE_FACTOR`.

Only when the sentence really names no doer:

* the argument rules found no doer at all (a "by" agent, a subject, the doer of an attack it is set in,
  the agentless-passive place convention - "was arrested *in Niger*" - all give the existing path an
  actor; an unresolved pronoun is a doer named, not an absent one, but a subject the actor filter rejects
  as a thing - "*The issue* made news with the massacre of ..." - is no doer: extract passes the
  candidate here without it);
* the trigger is a passive (or a participle describing its victim: "three people *killed* in the
  attack"), or an attack noun that is the subject of a verb saying it happened or the setting of a
  passive harm ("were hurt in a landmine *blast*");
* no verb the trigger's clause is coordinated with or subordinated to has a subject that is a party
  ("*Police* raided the house and two men were arrested", "two men were arrested after *police* raided
  ..."; a speech verb's subject is the source, not the doer: "the army said two soldiers were killed").

And only for what an analyst codes with an unknown doer (:data:`AGENTLESS_TYPES`): the state's acts the
passive itself tells ("arrested", "charged", "sentenced", "blacklisted": data ``agentless_state_acts``;
not "was sued", "was fired", "was criticised", which any party does), deliberate violence
(``agentless_violence``: shot, stabbed, abducted, beheaded), and harm that a crash or a storm does as well
(``harm_verbs``: killed, wounded, injured, hurt) only when set in an attack ("in a landmine blast") or
done to soldiers, police, officials or fighters, never set in a mishap ("in a road accident", "a gas
explosion": ``mishap_nouns``).  The recipient must be a party or a person ("the man", "four of the men's
family members", "CNN"), not a thing ("the building was attacked").  Sport, business and culture are the
relevance layer's to weigh, as for every event (a player "banned for three matches" in a match report is
dropped there).

Session 12 (helper NOUN): violence and arrests named as a noun with no doer - a happening ("fighting continued",
"the shooting happened", "deaths in communal clashes were reported", coded with no participant when none is named:
:func:`happening`) or a victim on "of" ("the killing of three villagers") - are ``doerless_nouns``'; a weapon as a
passive's agent is no doer ("gunned down *by sniper fire*"), a weapon as the subject of a verb of harm tells
violence ("the bombs that ... killed six soldiers"), and so does violence told in a clause beside an agentless
"killed" ("... when Dr. X was gunned down").

Session 15 (helper RECALL): captives released with no releaser named ("she was released on 7 June", "the hostages
were freed": PLOVER RETREAT release, ``releases.py``); property destroyed with no destroyer named ("shops were torched",
"houses were set on fire": PLOVER ASSAULT destroy, ``destruction.py``).

Session 16 (helper RECALL): blame laid on a party with no accuser named ("the attack was blamed on Hamas": PLOVER
ACCUSE, ``blame.py``; not "the rebels were blamed for the attack", with no "on" - see there).

Session 13 (helper RECALL): harm set in gunfire told by what it is of ("killed in an exchange *of fire*":
:func:`gunfire_setting`, no blaze); whoever *died* beside an agentless harm is no doer of it; an indefinite pronoun
doer ("*someone* fired shots at the boy": ``unknown_doers.py``); the one side named on "with" of a violence happening
("clashes *with police* broke out": ``doerless_nouns.one_side``); the bearer of a gunshot or stab wound
(``wounds.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.events import blame, destruction, doerless_nouns, releases, roles, unknown_doers, wounds
from dateline.events.collisions import vehicle_collision
from dateline.events.wound_sites import wounded_subject
from dateline.events.tables import agentless_words, in_class, word_class
from dateline.events.lexicon import confiscation, lexicon, verb_reads_as
from dateline.model import Mention

ENABLED = True  # (off: no event without a doer, as before session 9; the benches measure with and without)
MARK = "+agentless"  # the reason part of an event coded with no named doer
# An unknown doer: the event says less than one with its parties, and its type rests on the trigger alone (no
# actor to type it by), so it ranks below the same event with its doer named.  Not lower: on the judged samples
# A-I such events were right 47 times in 55, more often than the kept events on average, and 0.85 ranks them best
# (AUC after the layer 0.854 without them; with them 0.851 at 0.7, 0.855 at 0.85, 0.857 at 1.0 - docs/events.md,
# "Events with no named doer").
CONFIDENCE_FACTOR = 0.85
# (RETREAT: captives released only - releases.py)
AGENTLESS_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "RETREAT", "MOBILIZE"}
# where security is raised or forces are posted, on the passive subject or its verb ("security *around the embassy*")
MOBILIZED_AT_PREPS = {"around", "at", "in", "near", "along", "outside", "across", "on", "inside"}
SETTING_PREPS = {"in", "during", "after", "following", "by"}
TARGET_PREPS = {"against", "on", "upon"}  # whom an attack is aimed at
CLAUSE_LINKS = {"conj", "advcl"}  # a coordinated or adverbial clause: same report, its subject may be the doer
# Recipients the argument rules put in for a passive subject they took for a thing ("A brother and sister in
# the US have been convicted" -> a named party in the clause, "the US"): with no doer the passive subject is it.
STAND_IN_FLAGS = {"named_in_clause", "inside", "recipient:place"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
NOT_DOER_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
OWN_CLAUSE_DEPS = {"advcl", "relcl", "acl", "ccomp", "conj", "parataxis"}
NO_RECIPIENT_PRONOUNS = {"those", "these", "this", "that", "which", "who", "whom"}  # ("among *those* accused were ...")
STATE_VERBS = {"be", "have"}
SPECIFIC_KINDS = {"verb_obj", "phrase"}  # lexicon entries that name the act with its object or in a fixed phrase
TRIAL_NOT_YET = {"until", "till", "if", "unless", "whether", "before"}  # a trial that is a condition or still ahead
DOER_PREPS = {"with", "by", "between", "from"}  # "killed in an encounter *with* the Maoists": the other side
# abuse in custody and the places of custody (read here for custody_abuse.py, which codes a death in custody after
# torture with the facility as the doer)
CUSTODIAL_ABUSE_WORDS = agentless_words("custodial_abuse_verbs")
CUSTODY_NOUNS = agentless_words("custody_nouns")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def recipients(cand, tok: Token, recipient: Sequence[roles.Arg], doc: Doc,
               covered: dict[int, Mention]) -> list[roles.Arg]:
    """The recipients with which candidate ``cand`` (at trigger ``tok``; ``recipient``: what the argument rules
    found) is coded as an event with no named doer, or [] when it is not one (see the module docstring)."""
    if cand.type not in AGENTLESS_TYPES or not _open_to_no_doer(cand, doc):
        return []
    if any(_by_doer(t) and _same_clause(t, tok) for t in tok.subtree):
        return []  # a "by" agent the parser hung lower ("accused of blocking access *by* the media watchdog")
    recipient = [a for a in recipient if not set(a.flags) & STAND_IN_FLAGS and not _speaker(a, doc)
                 and not ("antecedent:nearest_entity" in a.flags and doc[a.head].ent_type_ in PLACE_ENTITIES)]
    if tok.pos_ in ("NOUN", "PROPN") and (declared := _declared_measure(cand, tok)):
        return declared  # "a curfew was imposed in the town", "the militarization of Lima was declared"
    if cand.type == "MOBILIZE":  # (security raised, forces posted: a passive only, never a noun)
        return _mobilized_at(tok, recipient) if tok.pos_ in ("VERB", "AUX") else []
    if tok.pos_ in ("VERB", "AUX"):
        found = _passive_recipients(cand, tok, recipient, covered) or _weapon_subject_recipients(
            cand, tok, recipient, covered) or unknown_doers.recipients(
            cand, tok, recipient, lambda a: _receives(a, doc, covered) and not _doer_elsewhere(tok, [a]))
    elif tok.pos_ in ("NOUN", "PROPN") and cand.type in ("ASSAULT", "COERCE"):
        # (an attack made or suffered; else the noun's victim: "the killing *of three villagers*" - doerless_nouns)
        def receives(a: roles.Arg) -> bool:
            return _receives(a, doc, covered)

        found = (_attack_noun_recipients(tok, recipient, covered) if cand.type == "ASSAULT" else []) or (
            doerless_nouns.victims(cand, tok, recipient, receives, _mishap))
        if not found and cand.type == "ASSAULT":  # ("clashes *with police* broke out", "suffered a gunshot wound")
            found = (doerless_nouns.one_side(tok, _doer_elsewhere, receives) if not _mishap(tok) else []) or (
                wounds.victims(cand, tok, receives, _doer_elsewhere))
    elif tok.pos_ in ("NOUN", "PROPN") and cand.type == "ACCUSE":
        # ("amid *allegations that he took bribes*", "the *accusations against him*": doerless_nouns.accused); not
        # under a denial or a doubt ("denied the accusations": the status would say no accusation was made)
        if cand.modality is not None and cand.modality.status not in ("factual", "claimed"):
            return []
        found = doerless_nouns.accused(tok, recipient, lambda a: _receives(a, doc, covered)) or [
            a for a in _tried(tok) if _receives(a, doc, covered)]
    else:
        return []
    if cand.type == "ASSAULT" or cand.mode == "arrest":  # people are shot or arrested, not places
        found = [a for a in found if doc[a.head].ent_type_ not in PLACE_ENTITIES or any(
            i in covered and covered[i].actor.sector for i in range(a.start, a.end))]
    return found


def _open_to_no_doer(cand, doc: Doc) -> bool:
    """May the candidate be coded with no named doer at all - the check :func:`recipients`, :func:`happening` and
    :func:`sides` share: the rules are on, the argument rules found no doer, no rule coded it, and it is not
    hypothetical ("should be killed", "if convicted": nothing happened to anyone yet)?"""
    return (ENABLED and not _doer_found(cand, doc) and not cand.reason.startswith("rule:")
            and not (cand.modality is not None and cand.modality.status == "hypothetical"))


def _doer_found(cand, doc: Doc) -> bool:
    """Did the argument rules find a doer (even one the filters then rejected: an unresolved pronoun is a doer
    named) - other than a weapon named as a passive's agent ("gunned down *by sniper fire*": no doer)?"""
    return bool(cand.actor) and not all("passive_agent" in a.flags and _instrument(doc[a.head])
                                        or unknown_doers.unknown(doc[a.head]) for a in cand.actor)


def happening(cand, tok: Token, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Is the candidate (which :func:`recipients` gave no recipient) violence or a protest reported as a happening
    with no participant named ("*fighting* continued in the north", "the *shooting* happened at 10:20 p.m.", "*rioting*
    broke out": ``doerless_nouns.happening``)?  Coded with empty actor and recipient lists."""
    if not _open_to_no_doer(cand, doc):
        return False
    return doerless_nouns.happening(cand, tok, _doer_elsewhere, _mishap, covered)


def sides(cand, tok: Token, doc: Doc) -> tuple[list[roles.Arg], list[roles.Arg]] | None:
    """The dyad of violence named as a happening whose sides "between" names ("clashes erupted *between police
    and protesters*": ``doerless_nouns.sides``), for a candidate with no doer found; None otherwise."""
    if cand.type != "ASSAULT" or not _open_to_no_doer(cand, doc) or _mishap(tok):
        return None
    return doerless_nouns.sides(tok)


def _by_doer(tok: Token) -> bool:
    """A "by" phrase naming a doer: the passive's agent, or "by" on a verb with a noun that is no time or
    amount ("blocking access *by the media watchdog*"; not "by Monday", "by 5 percent", nor on a noun: "possession
    of a weapon *by a felon*")."""
    if tok.dep_ == "agent":
        return _doer_agent(tok)
    if tok.dep_ != "prep" or tok.lower_ != "by" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") and o.ent_type_ not in NOT_DOER_ENTITIES
               for o in tok.children)


def _same_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` in ``top``'s own clause - reached without passing a clause of its own ("harboring X *when he
    was wanted by police*": another clause)?"""
    while tok.i != top.i:
        if tok.dep_ in OWN_CLAUSE_DEPS and tok.head.i != tok.i:
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _speaker(arg: roles.Arg, doc: Doc) -> bool:
    """Is the participant the subject of a verb of saying ("they were shot, *police* said": a pronoun the
    reported-speech rule gave the speaker)?"""
    head = doc[arg.head]
    return "antecedent:speaker" in arg.flags or (head.dep_ == "nsubj" and _lemma(head.head) in roles.SPEECH_HEADS)


def _passive_recipients(cand, tok: Token, recipient: Sequence[roles.Arg],
                        covered: dict[int, Mention]) -> list[roles.Arg]:
    """An agentless passive's party acted on ("Davis was *charged*", "three people *killed* in the attack")."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return []  # what a noun is about, not a report that it happened: "the risk *of* the prisoner being killed"
    participle = tok.tag_ == "VBN" and tok.dep_ == "acl" and not _participle_with_own_object(tok)  # "three people
    # *killed* in the attack"
    # (or one the parser made the sentence's verb: "the men *detained* after the raid, which ..., include ...")
    read_as_root = None if participle else roles.reduced_relative_read_as_root(tok) or wounded_subject(tok)  # ("a
    # woman *shot in the leg*" in a list of victims: wound_sites.py)
    participle = participle or read_as_root is not None
    if not (roles.passive(tok) or participle) or any(_doer_agent(c) for c in tok.children if c.dep_ == "agent"):
        return []
    if _doer_elsewhere(tok, recipient):
        return []
    if participle:  # the noun it describes, not that noun's conjuncts ("the inmates and terror *suspects detained*")
        # - the nearer noun when the parser hung it across one coordinated inside the first noun's phrase ("the
        # captives at Camp X and *rebels detained* without trial": roles.conjunct_before_participle)
        described = read_as_root or roles.conjunct_before_participle(tok) or tok.head
        recipient = [a for a in roles.participants(described, ("described",)) if a.head == described.i]
    elif not recipient:  # (what the rules put in for a passive subject they took for a thing was dropped above)
        recipient = _passive_subject(tok)
    # the object a verb+object entry names is the thing done, not who receives it ("*charges* were filed against
    # X", "*a FIR* was registered")
    objects = {o for h in cand.hits if h.entry.kind == "verb_obj" for objs, e in lexicon().verb_obj.get(_lemma(tok), ())
               if e is h.entry for o in objs}
    recipient = [a for a in recipient if not ({_lemma(tok.doc[a.head]), tok.doc[a.head].lower_} & objects) or (
        _political_party(a, tok.doc, covered) or _lemma(tok.doc[a.head]) in agentless_words("victim_people"))]  # ("the
    # *ambassador* was summoned": a person)
    lemma = _lemma(tok)
    if cand.type == "RETREAT" and (sent_back := releases.deported(cand, tok, recipient, lambda a: _receives(
            a, tok.doc, covered))):
        # a person sent back to a country: "Khan was being sent back to Norway" - a deportation (releases.deported)
        cand.type, cand.mode, cand.reason = "COERCE", "deport", cand.reason + "+sent_back_deported"
        return sent_back
    if cand.type == "RETREAT":  # captives released: "she was released on 7 June" (releases.py) - nothing else
        # (the person itself, not a thing of theirs: "the victim's *identity* has not been released")
        return releases.captives(cand, tok, recipient, lambda a: _receives(
            roles.Arg(a.head, a.head, a.head + 1, a.flags), tok.doc, covered))
    if cand.type == "ASSAULT" and (destroyed := destruction.property_destroyed(cand, tok, recipient, _settings,
                                                                               _mishap)):
        return destroyed  # property destroyed: "some shops were torched", "houses were set on fire" (destruction.py)
    if cand.type == "COERCE" and cand.mode == "seize" and confiscation(tok):
        # goods seized: "47 weapons *were confiscated*", "two tons of cocaine were seized" - PLOVER COERCE seize
        # 'Police or other authorities confiscating or seizing property' (CAMEO 1711 'Confiscate property'): the
        # passive itself tells an enforcer's act, and what is taken is property (lexicon.confiscation:
        # data/seized_things.tsv), not a party; coded with the goods as what is acted on - or with the party they
        # were taken from, when one is named ("a computer seized *from the commander of the FARC's Southern Bloc*")
        return _seized_from(tok, covered) or list(recipient)
    if cand.type == "ACCUSE" and (blamed := blame.passive_recipients(
            tok, recipient, lambda t: _receives(roles.Arg(t.i, t.i, t.i + 1, []), tok.doc, covered),
            lambda a: _political_party(a, tok.doc, covered))) is not None:
        return blamed  # blame laid with no accuser named: "the attack was blamed on Hamas" (blame.py)
    if any(h.entry.kind in SPECIFIC_KINDS and h.entry.type == cand.type for h in cand.hits):
        pass  # the verb with its object or a fixed phrase says what was done: "were *placed on* the list", "was
        # *placed under house arrest*", "were *taken hostage*", "sanctions were *imposed*", "*was summoned*"
    elif cand.type == "ASSAULT":
        if lemma in agentless_words("agentless_violence"):
            pass
        elif lemma in agentless_words("harm_verbs"):
            if not _harm_is_violence(tok, recipient, covered):
                return []
        else:
            return []
    elif lemma not in agentless_words("agentless_state_acts"):
        return []
    return [a for a in recipient if _receives(a, tok.doc, covered)]


def _seized_from(verb: Token, covered: dict[int, Mention]) -> list[roles.Arg]:
    """The party goods were seized from, named by "from" on the passive ("documents seized *from the rebels*", "a
    computer seized from *the commander* of the FARC's Southern Bloc"): the one a confiscation is done to (PLOVER
    COERCE seize has the owner as its target, as the active "police seized weapons *from the rebels*" has).  Not a
    place or a thing ("seized *from the house*", "from the camp of ...": the goods stay the only party)."""
    owners = [roles.prep_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [a for obj in owners if obj is not None
            for a in roles.participants(obj, ("prep:from",)) if _receives(a, verb.doc, covered)]


def _participle_with_own_object(participle: Token) -> bool:
    """A form the parser hung on a noun as a participle, though it has a direct object of its own ("that a group of
    rebels *set* afire *the tower*"): a passive participle has none (but for a verb of giving: "people *denied*
    entry"), so it is an active past tense whose subject is that noun - a doer named, not a victim described."""
    return any(c.dep_ == "dobj" for c in participle.children) and participle.lemma_.lower() not in roles.DITRANSITIVE_VERBS


def _declared_measure(cand, tok: Token) -> list[roles.Arg]:
    """A measure only the state takes, declared or imposed with no one named who did it: "a curfew *was imposed* in
    the town", "a state of emergency was declared in the province", "the militarization of Lima was declared" -
    PLOVER COERCE curfew / martial-law ('Impose restrictions on political freedoms or movement'; CAMEO 1723
    'Impose curfew', 1724 'Impose state of emergency or martial law') and MOBILIZE troops (CAMEO 154), as the
    lexicon types the noun.  Only the noun (data ``declared_measures``) as the subject of an agentless passive of
    declaring or imposing (``measure_verbs``), no doer in a clause beside it, and only with the place it is imposed
    on - a preposition of place on the verb or the noun, or the noun's "of" place - never without one."""
    if cand.type not in ("COERCE", "MOBILIZE") or tok.dep_ != "nsubjpass":
        return []
    if not in_class(tok, agentless_words("declared_measures")):
        return []
    verb = tok.head
    if not in_class(verb, agentless_words("measure_verbs")) or any(_by_doer(c) for c in verb.children) \
            or _doer_elsewhere(verb, ()):
        return []
    found: list[roles.Arg] = []
    for holder in (tok, *tok.subtree, verb):
        if holder is not tok and holder is not verb and holder.head.i != tok.i:
            continue  # (the noun's own words: "state *of emergency*", "militarization *of Lima*")
        for c in holder.children:
            if c.dep_ == "prep" and (c.lower_ in MOBILIZED_AT_PREPS or c.lower_ == "of" and holder is not verb):
                found += [a for o in c.children if o.dep_ == "pobj" and _place(o)
                          for a in roles.participants(o, (f"prep:{c.lower_}",))]
    out: list[roles.Arg] = []
    for a in found:
        if not any(a.head == b.head for b in out):
            out.append(a)
    return out


def _place(tok: Token) -> bool:
    """A named place or a common noun of places ("in the town", "across the district")."""
    return tok.ent_type_ in PLACE_ENTITIES or (tok.pos_ == "NOUN" and in_class(tok, word_class("place_nouns")))


def _mobilized_at(tok: Token, recipient: Sequence[roles.Arg]) -> list[roles.Arg]:
    """Security raised or forces posted with no one named who did it (session 19): "security around the embassy
    *was reinforced*", "security was *tightened* in the capital", "police *were deployed* at the station" - PLOVER
    MOBILIZE police/troops ('Mobilize or increase readiness of police or security units'; CAMEO 15 'Exhibit force
    posture', 153 'Mobilize or increase police power', 154 'Mobilize or increase armed forces').  Only an
    agentless passive whose subject is security, its measures or a force (data ``mobilized_things``), with no doer
    in a clause beside it; coded with the place or party it is done at or around (a preposition of place on the
    subject or on the verb), never without one."""
    if not roles.passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return []
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subjects or not all(in_class(s, agentless_words("mobilized_things")) or any(
            c.dep_ == "compound" and in_class(c, agentless_words("mobilized_things")) for c in s.children)
                               for s in subjects):
        return []
    if _doer_elsewhere(tok, recipient):
        return []
    found: list[roles.Arg] = []  # (only the place it is done at: the argument rules may reach into a clause beside it)
    for holder in (*subjects, tok):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in MOBILIZED_AT_PREPS:
                found += [a for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                          and o.ent_type_ not in NOT_DOER_ENTITIES for a in roles.participants(o, (f"prep:{c.lower_}",))]
    out: list[roles.Arg] = []
    for a in found:
        if not any(a.head == b.head for b in out):
            out.append(a)
    return out


def _weapon_subject_recipients(cand, tok: Token, recipient: Sequence[roles.Arg],
                               covered: dict[int, Mention]) -> list[roles.Arg]:
    """Those a weapon harmed, named as the subject of an active verb of violence or harm that no doer reaches
    ("the eight *bombs* that were detonated yesterday and *killed* six soldiers"): the weapon is no doer, the
    violence is real.  Not a mishap's ("a *gas* cylinder killed"), nor a weapon that is a thing acted on."""
    if cand.type != "ASSAULT" or roles.passive(tok) or not (
            _lemma(tok) in agentless_words("harm_verbs") or _lemma(tok) in agentless_words("agentless_violence")):
        return []
    subject = _active_subject(tok)
    if (subject is None or not _instrument(subject) or _mishap(subject)
            or not doerless_nouns.reported_as_real(tok)):
        return []
    if _doer_elsewhere(tok, recipient):
        return []
    return [a for a in recipient if "object" in a.flags and _receives(a, tok.doc, covered)]


def _active_subject(verb: Token) -> Token | None:
    """The subject of an active verb: its own, the one of the verb it is coordinated with, or the noun a relative
    clause hangs on ("the bombs *that* were detonated and killed ...")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        return None
    return None


def _attack_noun_recipients(tok: Token, recipient: Sequence[roles.Arg],
                            covered: dict[int, Mention]) -> list[roles.Arg]:
    """An attack noun with no doer: the subject of a verb saying it happened, with a party it was aimed at
    ("*attacks* have been made against police forces"), or the setting of a passive harm, whose subject
    it harmed ("three troopers were hurt in a landmine *blast*")."""
    doc = tok.doc
    if _mishap(tok) or not _deliberate_attack_noun(tok):
        return []
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and _lemma(verb) in agentless_words("attack_support_verbs") and (
            _lemma(verb) != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        if _doer_elsewhere(verb, recipient):
            return []
        # (the target may hang on the verb: "attacks have been made *against police forces*")
        targets = list(recipient) or [
            a for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for o in c.children if o.dep_ == "pobj" for a in roles.participants(o, (f"prep:{c.lower_}",))]
        return [a for a in targets if _receives(a, doc, covered)]
    if tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
        harmed = tok.head.head
        if verb_reads_as(_lemma(harmed), "ASSAULT"):
            return []  # ("were killed in an ambush": the verb reports it, the ambush makes it violence)
        if _lemma(harmed) not in agentless_words("harm_verbs") or not (roles.passive(harmed) or (
                harmed.tag_ == "VBN" and harmed.dep_ == "acl")):
            return []
        if any(c.dep_ == "agent" for c in harmed.children) or _doer_elsewhere(harmed, ()):
            return []
        victims = _passive_subject(harmed)
        return [roles.Arg(a.head, a.start, a.end, [*a.flags, "harmed_in_setting"]) for a in victims
                if _receives(a, doc, covered)]
    return []


def _passive_subject(verb: Token) -> list[roles.Arg]:
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return roles.participants(c, ("passive_subject",))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "three people killed in the blast"
        return roles.participants(verb.head, ("described",))
    return roles.shared_passive_subject(verb)


def _deliberate_attack_noun(tok: Token) -> bool:
    """An ASSAULT lexicon noun that is an attack by itself ("attack", "ambush", "bombing"); an explosion
    or blast only when a weapon made it ("a *landmine* blast", "a *bomb* explosion")."""
    lemma = _lemma(tok)
    if lemma in ("explosion", "blast", "bomb"):
        return lemma == "bomb" or any(in_class(w, agentless_words("weapon_words"))
                                      for n in _describing_words(tok) for w in n.subtree)
    return any(e.type == "ASSAULT" for e in lexicon().nouns.get(lemma, ()))


def _mishap(tok: Token) -> bool:
    """Is ``tok`` (a setting or attack noun) or a word describing it a mishap ("a road *accident*", "a *gas*
    explosion", "an explosion at a chemical *plant*")?"""
    return any(in_class(w, agentless_words("mishap_nouns"))
               for w in (tok, *_describing_words(tok)))


def _describing_words(tok: Token) -> list[Token]:
    """The words that say what kind of happening ``tok`` is: its modifiers and the objects of its prepositions
    ("a *landmine* blast", "a *gas* explosion", "an explosion at a chemical *plant*")."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    return words + [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _settings(verb: Token) -> list[Token]:
    """The nouns (or gerunds) a verb is set in ("killed *in* a blast", "wounded *during* clashes"), or that a
    complex preposition of cause names as what brought it about ("killed *as a result of* the fighting", "*because
    of* the clashes", "*due to* the shelling": :func:`_causes`).  A setting after the last of coordinated verbs of
    harm sets them all ("several civilians were killed and at least 15 wounded *as a result of the fighting*": the
    parser hangs it on the last one)."""
    out = _own_settings(verb)
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and (
                _lemma(c) in agentless_words("harm_verbs") or _lemma(c) in agentless_words("agentless_violence")):
            out += [s for s in _settings(c) if s not in out]
    return out


def _own_settings(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS
            for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
            or o.dep_ == "pcomp" and o.tag_ == "VBG"] + _causes(verb)  # (a gerund: "wounded during *fighting*")


def _causes(verb: Token) -> list[Token]:
    """The nouns a complex preposition of cause on ``verb`` names (English grammar's "because of", "due to",
    "owing to", "as a result of", "as a consequence of": ``cause_prepositions`` and ``cause_result_nouns`` of
    data/agentless_words.tsv), whatever the parser made of its inner words (pobj of the first word, or of its "of"
    / "to")."""
    heads, results = agentless_words("cause_prepositions"), agentless_words("cause_result_nouns")
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in heads:
            holders = [c] + [g for g in c.children if g.dep_ in ("pcomp", "prep") and g.lower_ in ("of", "to")]
        elif c.lower_ == "as":
            holders = [g for o in c.children if o.dep_ == "pobj" and _lemma(o) in results
                       for g in o.children if g.dep_ == "prep" and g.lower_ == "of"]
        else:
            continue
        out += [o for h in holders for o in h.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                or o.dep_ == "pcomp" and o.tag_ == "VBG"]
    return out


def _harm_is_violence(verb: Token, recipient: Sequence[roles.Arg], covered: dict[int, Mention]) -> bool:
    """Is an agentless "killed / wounded / injured / hurt" violence: set in an attack ("in a landmine
    blast", "in an ambush") or done to soldiers, police, officials or fighters - never set in a mishap ("in
    a road accident", "in a gas explosion")?"""
    settings = _settings(verb)
    # (also what happened in a when-clause: "were wounded when *a bomb* exploded")
    settings += [s for c in verb.children if c.dep_ == "advcl" for s in c.children if s.dep_ == "nsubj"]
    if any(_instrument(o) for c in verb.children if c.dep_ == "agent" for o in c.children):
        return True  # "killed *by sniper fire*", "wounded *by a grenade*"
    if any(gunfire_setting(s) for s in settings):
        return True  # "killed in an exchange *of fire*": the fire is shooting, no blaze (checked before mishaps)
    if any(_mishap(s) for s in settings):
        return False
    if any(_deliberate_attack_noun(s) or _lemma(s) in agentless_words("weapon_words") for s in settings):
        return True
    if _violence_told_beside(verb, recipient):
        return True
    if any(in_class(verb.doc[a.head], agentless_words("conflict_victims")) for a in recipient) and not any(
            t.pos_ in ("NOUN", "PROPN") and _mishap(t) for t in verb.subtree):
        # "several *civilians* were killed": named as non-combatants, the victims of violence (session 21); not with a
        # mishap anywhere in the clause ("civilians were killed and 15 wounded *in a road accident*": the parser may
        # hang the setting where _settings does not reach)
        return True
    return any(_political_party(a, verb.doc, covered) for a in recipient)


def gunfire_setting(tok: Token) -> bool:
    """Is the setting noun gunfire told by what it is of ("an exchange *of fire*", "a hail *of bullets*": data
    ``gunfire_words``) - shooting, where "fire" alone would be a blaze (``mishap_nouns``)?"""
    return not in_class(tok, agentless_words("mishap_nouns")) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and in_class(o, agentless_words("gunfire_words"))
                                                     for o in c.children) for c in tok.children)


def _instrument(tok: Token) -> bool:
    """A weapon or its fire named as a passive's agent - no doer ("gunned down *by sniper fire*", "killed *by a
    roadside bomb*", "hit *by stray bullets*"; not "by fire" alone, which a blaze is too)."""
    if in_class(tok, agentless_words("weapon_words")) or in_class(tok, agentless_words("instrument_words")):
        return True
    return _lemma(tok) == "fire" and any(in_class(w, agentless_words("weapon_words") | agentless_words("fire_makers"))
                                         for w in _describing_words(tok))


def _doer_agent(agent: Token) -> bool:
    """Does a passive's "by" phrase name a doer - anything but a weapon or its fire (:func:`_instrument`)?"""
    objs = [o for o in agent.children if o.dep_ == "pobj"]
    return not objs or not all(_instrument(o) for o in objs)


def _violence_told_beside(verb: Token, recipient: Sequence[roles.Arg]) -> bool:
    """Does the sentence tell the harm as violence in a clause joined to it: a verb of deliberate violence
    ("doctors ... were killed, most recently when Dr. Slepian *was gunned down*") or violence reported as a
    happening ("confirmed heavy *fighting* had taken place ... and that several civilians were killed")?"""
    taken = {i for a in recipient for i in range(a.start, a.end)}
    near = [t for t in verb.subtree if t.i not in taken and t.i != verb.i]
    if verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i:
        near += [verb.head, *(c for c in verb.head.children if c.i != verb.i)]
    for t in near:
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in agentless_words("agentless_violence") and not any(
                c.dep_ in ("neg", "aux") and c.lower_ in doerless_nouns.MODALS | {"not", "n't", "never"}
                for c in t.children):
            return True
        if doerless_nouns.violent_happening(t) and doerless_nouns.happening_verb(t) is not None:
            return True
    return False


def _political_party(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Soldiers, police, officials, fighters: a participant the actors stage gave a state or political
    sector, or whose head is a political noun (relevance's ``political_actors.tsv``)."""
    from dateline.events.relevance import political_actors

    sectors, _codes, nouns = political_actors()
    if any(covered[i].actor.sector in sectors for i in range(arg.start, arg.end) if i in covered):
        return True
    head = doc[arg.head]
    low = head.lower_
    return bool({low, _lemma(head), low[:-1] if low.endswith("s") else low} & nouns)


def _receives(arg: roles.Arg, doc: Doc, covered: dict[int, Mention]) -> bool:
    """Can the participant be the party acted on: a person or group, not a thing ("the building")?"""
    head = doc[arg.head]
    if head.lower_ in NO_RECIPIENT_PRONOUNS:
        return False
    if any(i in covered for i in range(arg.start, arg.end)) or roles.is_party(head, covered):
        return True
    if head.lower_ == "old" and _AGE.search(doc[arg.start:arg.end].text):
        return True  # "*a 17-year-old* was shot": a person named by age
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if in_class(head, agentless_words("victim_people")):
        return True
    if head.tag_ in ("NNS", "NNPS"):  # "four of the men's family members", "three associates": people, if
        return _political_party(arg, doc, covered) or any(  # (its own lemma was tested above)
            w.lemma_.lower() in agentless_words("victim_people") for w in head.children if w.dep_ == "compound")
    return False


def _doer_elsewhere(verb: Token, recipient: Sequence[roles.Arg]) -> bool:
    """Does a clause coordinated with or subordinated to ``verb`` (or the one ``verb`` hangs on) have a
    subject that is a party - the doer named elsewhere ("*Police* raided the house and two men were
    arrested", "were arrested after *police* raided ...")?  Not the recipient itself ("He went to the
    station and was arrested"), not a speech verb's subject ("the army said two soldiers were killed")."""
    taken = {i for a in recipient for i in range(a.start, a.end)}
    for setting in _settings(verb):  # "killed in an encounter *with the Maoists*", "in a raid *by police*"
        if any(c.dep_ == "prep" and c.lower_ in DOER_PREPS and _party_like(o, taken)
               for c in setting.children for o in c.children if o.dep_ == "pobj"):
            return True
    owner = _setting_of_relative(verb)
    if owner is not None:  # "launched a campaign against the cartels *in which* 11,000 were arrested"
        if any(c.dep_ in ("poss", "agent") for c in owner.children) or (
                owner.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "nsubj" and _party_like(c, taken)
                                                           for c in owner.head.children)):
            return True
    near = [c for c in verb.children if c.dep_ in CLAUSE_LINKS]
    if verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i:
        near.append(verb.head)
        near += [c for c in verb.head.children if c.dep_ in CLAUSE_LINKS and c.i != verb.i]
    for v in near:
        if v.pos_ not in ("VERB", "AUX") or _lemma(v) in roles.SPEECH_HEADS or _lemma(v) in STATE_VERBS \
                or roles.gapped_passive(v) \
                or _lemma(v) in agentless_words("dying_verbs") or in_class(v, roles.CARE_VERBS) or _contrasted(v, verb):
            continue  # (a state is no act: "two boys *were* in the street when they were shot"; nor is dying: "two
            # people *died* and 15 others were wounded"; nor a happening set against it: "one man was stabbed
            # *even as police fired* tear gas elsewhere"; nor tending the victim: "was shot and *driven by a
            # relative* to hospital"; nor a passive whose "be" is left out: "was arrested and *his aides released*")
        for s in v.children:
            if s.dep_ == "nsubj" and _party_like(s, taken):
                return True
            if s.dep_ == "agent" and _doer_agent(s):
                return True
    return False


def _tried(tok: Token) -> list[roles.Arg]:
    """The party put to trial with no prosecutor named: the subject of "*X went on trial*", "X stands / faces trial",
    "X is on trial", or the passive's "*X was put on trial*" (data ``trial_nouns``, ``trial_verbs``: the noun as the
    object of "on" of a verb of being or going, or the object of a verb of undergoing it).  PLOVER codebook ACCUSE
    allege 'bring to trial' (CAMEO 115 'Bring lawsuit against'): the court's proceeding accuses the one tried, as
    "was charged" does.  Not a trial held "with" a side ("went on trial with Arsenal": a sportsman's tryout)."""
    if not in_class(tok, agentless_words("trial_nouns")) or any(
            c.dep_ in ("compound", "amod") for c in tok.children):
        return []  # ("a *clinical* trial", "a *drug* trial", "a *fair* trial" is asked for, not held)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "on" and verb.dep_ == "prep":
        verb = verb.head  # "went *on* trial", "is on trial", "was put on trial"
        if not in_class(verb, agentless_words("trial_verbs")) and _lemma(verb) != "be":
            return []
    elif tok.dep_ == "dobj" and in_class(verb, agentless_words("trial_verbs")) and _lemma(verb) in ("stand", "face"):
        pass  # "stands trial", "faces trial"
    else:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*verb.children, *tok.children)) or any(
            _by_doer(c) for c in verb.children):
        return []  # (a tryout; or "was put on trial *by the junta*": a doer named)
    if any(c.dep_ == "aux" and c.tag_ == "TO" or c.dep_ == "mark" and c.lower_ in TRIAL_NOT_YET
           for c in verb.children):
        return []  # a trial not yet decided on: "enough evidence for him *to stand* trial", "*until* he stands trial"
    deps = ("nsubjpass",) if _lemma(verb) in ("put", "place", "bring") else ("nsubj", "nsubjpass")
    tried = [a for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN", "PRON")
             for a in roles.participants(c, ("tried",))]
    return [] if _doer_elsewhere(verb, tried) else tried  # ("*police* arrested him and he went on trial")


def _contrasted(clause: Token, verb: Token) -> bool:
    """Is one of ``clause`` and ``verb`` an adverbial clause of concession or contrast on the other ("*even as*
    police burst tear gas shells", "*although* the army patrolled the town", "*whereas* ...": data
    ``contrast_marks``; "even as"/"even while" by their "even")?  English sets such a clause beside the act as a
    second happening, not as its means or cause, so its subject is no doer of the act ("were arrested *after*
    police raided ..." still names one)."""
    sub = clause if clause.dep_ == "advcl" and clause.head.i == verb.i else (
        verb if verb.dep_ == "advcl" and verb.head.i == clause.i else None)
    if sub is None:
        return False
    marks = [c for c in sub.children if c.dep_ == "mark"]
    return any(_lemma(m) in agentless_words("contrast_marks") or m.lower_ in ("as", "while") and any(
        a.dep_ == "advmod" and a.lower_ == "even" and a.i == m.i - 1 for a in sub.children) for m in marks)


def _party_like(tok: Token, taken: set[int]) -> bool:
    """A subject or object that names someone: a name, a pronoun, a plural, a person or a political noun ("a
    suicide *bomber*", "the *gunmen*"), not the recipient itself and not a thing ("when *a bomb* exploded")."""
    if tok.i in taken:
        return False
    if roles.is_party(tok) or tok.pos_ == "PRON" or tok.tag_ in ("NNS", "NNPS"):
        return True
    from dateline.events.relevance import political_actors

    forms = {_lemma(tok), tok.lower_}
    return bool(forms & (agentless_words("victim_people") | agentless_words("doer_people") | political_actors().nouns))


def _setting_of_relative(verb: Token) -> Token | None:
    """The event noun a relative clause set in it ("*in which*", "*during which*") reports within: the noun it
    hangs on or one a few steps above it ("a campaign to repress the barons *in which* ..." - the parser hangs the
    clause on the last noun)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
                                       for c in verb.children):
        return None
    tok = verb.head
    for _ in range(4):
        if tok.pos_ == "NOUN" and _event_noun(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _event_noun(tok: Token) -> bool:
    return _lemma(tok) in lexicon().nouns or _lemma(tok) in agentless_words("doer_events")


# A person of this age or under is a child whose shooting is a mishap, not violence ("an 8-year-old boy shot his
# brother", "a 3-year-old found a gun and shot himself").
CHILD_AGE = 12
REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "yourself", "oneself"}
SELF_BLAST_VERBS = {"blow", "detonate", "explode"}  # "a suicide bomber *blew himself up*": an attack
_AGE = re.compile(r"\b(\d{1,2})[\s-]*(?:year|yr|month|week)s?[\s-]*old\b", re.I)


def young_child(head: Token | None, text: str) -> bool:
    """Is the person headed by ``head`` and written ``text`` a young child: a child noun ("a *toddler*": data
    ``young_children``) or an age of :data:`CHILD_AGE` years or under, or one in months or weeks ("an *8-year-old*
    boy", "a *10-month-old*")?"""
    if head is not None and in_class(head, agentless_words("young_children")):
        return True
    age = _AGE.search(text)
    return bool(age) and (int(age.group(1)) <= CHILD_AGE or not re.search("year|yr", age.group(0), re.I))


# Nouns of a mishap a harm happens "by" or "in" ("by *accident*", "in a hunting *accident*": session 44).
MISHAP_NOUNS = {"accident", "mistake", "mishap"}


def mishap_violence(event, doc: Doc) -> str | None:
    """Why an ASSAULT is a mishap rather than violence, or None: a word on the trigger says nobody meant it
    ("*accidentally* shot", "an *accidental* shooting", "*by accident*", "*in a hunting accident*": data
    ``mishap_words``), the doer is a
    young child ("a *toddler*", "an *8-year-old* boy": ``young_children``, or an age of :data:`CHILD_AGE` or
    under), the only one harmed is the doer himself ("shot *himself*"; not "blew himself up", nor "killing himself
    and two accomplices"), or a vehicle ran into another ("was driving a pickup and *struck* a group of motorcycles":
    collisions.py).  Whether a
    political party takes part (then it is violence all the same) is the caller's to weigh."""
    from dateline.events.clause_parts import span_head

    if event.type != "ASSAULT":
        return None
    tok = span_head(event.trigger, doc)
    if tok is None:
        return None
    # ("shot his finger *in a hunting accident*": the parser may hang the phrase on the object)
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    near = [*tok.children, *(o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("by", "in")
                             for o in c.children)]
    if tok.dep_ == "conj":  # "who *accidentally* shot, *killed* friend": an adverb before the first verb qualifies both
        near += [c for c in tok.head.children if c.dep_ == "advmod" and c.i < tok.head.i]
    if any(in_class(w, agentless_words("mishap_words")) or (
            w.dep_ == "pobj" and _lemma(w) in MISHAP_NOUNS and w.head.lower_ in ("by", "in")) for w in near):
        return "accident"
    if vehicle_collision(tok):
        return "collision"  # "was driving a pickup truck and *struck* a group of motorcycles" (collisions.py)
    for p in event.actor:
        head = span_head(p, doc)
        if young_child(head, doc.text[p.start:p.end]):
            return "child_doer"
    if _lemma(tok) not in SELF_BLAST_VERBS and any(  # (the argument rules give a reflexive object no recipient)
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES and not any(g.dep_ == "conj" for g in c.children)
            for c in tok.children):
        return "self_harm"
    return None


def legal_proceeding_words() -> frozenset[str]:
    """Words of a charge, a trial or an arrest (data ``legal_proceedings``), whose "for / with / of" complement is
    what the accused is said to have done (``words_not_deeds.charge_content``)."""
    return agentless_words("legal_proceedings")
