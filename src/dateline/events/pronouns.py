"""Pronoun participants of an event: who "it", "they" or "him" is.

The actors stage links most pronouns to their antecedents (coreference mentions); this module decides,
for one trigger, whether to keep that link, take the speaker of a reported clause, the subject a fronted
possessive points ahead to, or the nearest fitting named entity, or drop the participant.  Used by
:func:`dateline.events.extract.code_sentence`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.actors import person_titles, plural_common_noun, quoted_tokens
from dateline.events import roles
from dateline.events.clause_parts import ends_entity
from dateline.events.report_sources import attributed_subject, content_holder
from dateline.events.tables import in_class, word_class
from dateline.model import Mention, Span

PRONOUNS_PERSON = {"he", "him", "she", "her", "his", "hers"}
PRONOUNS_GROUP = {"it", "its", "they", "them", "their"}
PLURAL_GROUP_PRONOUNS = {"they", "them", "their"}
# Prepositions of the place where something was: their object is no "they" (a lower-cased town the tagger reads ORG).
PLACE_PREPOSITIONS = {"in", "at", "near"}
ONLOOKER_NOUNS = word_class("onlooker_nouns")
# Singular nouns of one person a "he"/"she" takes up, besides the actors stage's titles ("the *gunman*", "a *man*").
ONE_PERSON_NOUNS = word_class("one_person_nouns")
# "we"/"us": the party a speaker speaks for (the speaker of the quotation it stands in, or its apposition).
FIRST_PERSON_PLURAL = {"we", "us"}
PARTITIVE_PRONOUNS = {"some", "all", "many", "most", "several", "each", "both", "none", "any", "one", "few", "much",
                      "half", "either", "neither", "dozens", "hundreds", "thousands"}


def resolve_pronoun(arg: roles.Arg, doc: Doc, trigger: Token, covered: dict[int, Mention],
                     taken: set[int] = frozenset(), mentions: Sequence[Mention] = ()) -> roles.Arg | None:
    """A pronoun participant: keep it when the actors stage resolved it (coref mention); else, for a
    possessive, the subject of its clause; else the speaker of a reported clause ("announced that it was
    terminating"), else the nearest preceding named entity of a fitting kind in this or the previous
    sentence; else drop it.  Every antecedent must agree with the pronoun in number and animacy
    (:func:`agrees`); a name that only modifies a noun stands for its noun phrase; the empty "it" of an
    extraposed clause refers to nothing.  An object pronoun never refers to its own event's actor ("Kiir
    pardoned *him*": him is not Kiir), whatever the coreference said."""
    tok = doc[arg.head]
    if tok.lower_ in FORMER_LATTER and tok.pos_ != "PRON":
        named = _former_or_latter(tok, covered)  # "Russia and Ukraine held talks. *The latter* accused ..."
        if named is None:
            return arg
        lo, hi = roles.np_span(named)
        return roles.Arg(named.i, lo, hi, arg.flags + ["antecedent:" + tok.lower_])
    if tok.pos_ != "PRON":
        return arg
    of = next((roles.prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.lower_ in PARTITIVE_PRONOUNS and of is not None and of.pos_ != "PRON":
        return arg  # "eased *some of* its restrictions on X": a part of what follows, no reference back
        # (but "some of *them*" refers back like "them": resolved below)
    if tok.lower_ in ("those", "these") and tok.dep_ not in roles.SUBJECT_DEPS and any(
            c.dep_ in ("acl", "relcl") for c in tok.children):
        return arg  # "aid for *those affected* in Yemen": described here, not referred to (not a subject:
        # "those wishing to pay homage" is no party that acts)
    if pleonastic(tok):
        return None  # "*it* is worth questioning why ...", "*It*'s meaningless to talk ...": no one is meant
    ahead = _fronted_possessor_subject(tok)
    if ahead is not None:  # "At *their* meeting in London, G7 finance ministers backed ...": the ministers'
        lo, hi = roles.np_span(ahead)
        return roles.Arg(ahead.i, lo, hi, arg.flags + ["antecedent:clause_subject"])
    parallel = _parallel_possessor(tok, covered)
    if parallel is not None and parallel.i not in taken:  # "the Cuban government's repression of the Cuban people and
        lo, hi = roles.np_span(parallel)  # *its* support for Maduro": the government's, whatever coreference said
        return roles.Arg(parallel.i, lo, hi, arg.flags + ["antecedent:parallel_possessor"])
    if arg.head in covered:
        ante = antecedent(covered[arg.head], mentions) if mentions and taken and tok.dep_ != "poss" else None
        if ante is None or not any(ante.start < doc[i].idx + len(doc[i]) and doc[i].idx < ante.end for i in taken):
            return arg
    low = tok.lower_
    if low in FIRST_PERSON_PLURAL:
        own = _first_person_party(tok, trigger, covered)
        if own is None:
            return None
        lo, hi = roles.np_span(own[0])
        return roles.Arg(own[0].i, lo, hi, arg.flags + [own[1]])
    if low not in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return None
    bound = _binding_subject(tok, covered)
    if bound is not None:  # "Applicants paid to have *their* proposals considered": the clause's own subject
        if bound.i in taken:
            return None  # (the recipient is then the actor itself)
        lo, hi = roles.np_span(bound)
        return roles.Arg(bound.i, lo, hi, arg.flags + ["antecedent:clause_subject"])
    holder = content_holder(tok)
    if holder is not None and holder.i not in taken and agrees(low, holder, covered):
        lo, hi = roles.np_span(holder)  # "Siemens' announcement that *it* had cancelled": Siemens, not the speaker
        return roles.Arg(holder.i, lo, hi, arg.flags + ["antecedent:holder"])
    speaker = roles.reported_speaker(trigger)
    if speaker is not None and speaker.lower_ in roles.RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl":
        # "migrants *who* claimed that *they* had been kidnapped": the speaker is the people the relative clause is
        # about (session 39: "they" went to a newspaper named earlier in the sentence)
        speaker = roles.relative_antecedent(speaker.head)
    quoted = quoted_tokens(doc)
    if speaker is not None and (_quoted_between(doc, tok, speaker.head) or quoted[tok.i] and not quoted[speaker.i]):
        speaker = None  # '"He was going to kill his wife," said Chief Kral', 'Barber said: "It shouldn't be ...': a
        # speaker quoted says "I", not "he" or "it"
    if speaker is not None and low in PRONOUNS_PERSON and not agrees(low, speaker, covered) \
            and not _name_misread_as_a_body(speaker, covered):
        speaker = None  # "where *he* fatally shot him, cops said", "while *he* was trying to trek ..., the Daily
        # Excelsior said": several people or an organisation are no "he".  (A person's "it" or "they" is kept:
        # a spokesman's "it" is the body he speaks for, and PLOVER coders trace the participant to him.)
    if speaker is not None:
        main = _subject_above_condition(tok, covered)
        if main is not None and main.i not in taken:  # "X said *Egypt* would withdraw if *it* kept Gaza": Egypt
            lo, hi = roles.np_span(main)
            if low in PLURAL_GROUP_PRONOUNS and main.conjuncts:  # "a 16-year-old boy and a 15-year-old boy were
                hi = max(hi, roles.np_span(main.conjuncts[-1])[1])  # ... when *they* were shot": both
            return roles.Arg(main.i, lo, hi, arg.flags + ["antecedent:clause_subject"])
    if speaker is not None and low in PLURAL_GROUP_PRONOUNS and speaker.lemma_.lower() in ONLOOKER_NOUNS \
            and speaker.tag_ in ("NN", "NNP"):
        speaker = None  # "A witness said *they* shot him": one onlooker speaks for no body; "they" are others
    if speaker is not None and low == "it" and plural_common_noun(speaker):
        speaker = None  # "A fire destroyed 200 homes. *Officials* said *it* killed nine people" (session 51)
    if speaker is not None and speaker.i != tok.i and speaker.pos_ != "PRON" and arg.flags[:1] != ["object"]:
        lo, hi = roles.np_span(speaker)
        return roles.Arg(speaker.i, lo, hi, arg.flags + ["antecedent:speaker"])
    parallel = _parallel_object(tok, taken)
    if parallel is not None:
        lo, hi = roles.np_span(parallel)
        return roles.Arg(parallel.i, lo, hi, arg.flags + ["antecedent:parallel_object"])
    told = _party_told_but(tok.head, tok) if tok.dep_ == "nsubj" and tok.head.dep_ == "conj" else None
    if told is not None and told.i not in taken and agrees(low, told, covered):
        # "signaled the suspects to stop but *they* opted to open fire": the one told, before any name further back
        lo, hi = roles.np_span(told)
        return roles.Arg(told.i, lo, hi, arg.flags + ["antecedent:party_told"])
    if low == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "conj" and any(c.dep_ == "dobj" for c in tok.head.children):
        # "the EU banned crude oil imports from Syria and in February *it* expanded sanctions": an active clause
        # coordinated with another keeps that clause's subject, before any name its object names (session 44)
        continued = _continued_subject(tok, covered)
        if continued is not None and continued.i not in taken:
            lo, hi = roles.np_span(continued)
            return roles.Arg(continued.i, lo, hi, arg.flags + ["antecedent:continued_subject"])
    if low in PRONOUNS_GROUP and tok.dep_ in ("nsubj", "nsubjpass") and _host_of_subordinate(tok.head) is not None:
        # "The US State Department described X as a figure in *the Al-Qaeda organization* when *they* offered a reward":
        # the subject of a clause of time or reason takes up the subject of the clause it qualifies before any name in
        # between, unless a party in between agrees as well (:func:`_continued_subject`; session 47, a probe)
        host_subject = _continued_subject(tok, covered)
        if host_subject is not None and host_subject.i not in taken:
            lo, hi = roles.np_span(host_subject)
            return roles.Arg(host_subject.i, lo, hi, arg.flags + ["antecedent:continued_subject"])
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and any(
            c.dep_ == "advmod" and c.lower_ == "also" for c in tok.head.children):
        # "The FAO has urged *the World Trade Organisation* to conclude negotiations.  *It also* criticised the high
        # tariffs": "also" adds a deed of the same doer, the topic the sentence before began with, before a name it
        # acted on (session 48, a probe of unjudged news)
        continued = _continued_subject(tok, covered)
        if continued is not None and continued.i not in taken and continued.i >= roles.sentence_dateline_end(continued):
            lo, hi = roles.np_span(continued)  # (not the place of a dateline the parser made the subject: "mumbai: ...")
            return roles.Arg(continued.i, lo, hi, arg.flags + ["antecedent:continued_subject"])
    labels = {"PERSON"} if low in PRONOUNS_PERSON else {"ORG", "GPE", "NORP"}
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    local = _local_argument(tok, trigger)
    topic_before = _repeated_topic_pronoun(tok)
    quoted_name = None
    for i in range(tok.i - 1, start - 1, -1):
        cand = doc[i]
        if not (cand.ent_type_ in labels and cand.ent_iob_ in ("B", "I") and ends_entity(cand)):
            continue
        head = cand
        if topic_before is not None and i < tok.sent.start and not (
                topic_before.left_edge.i <= i <= topic_before.right_edge.i):
            continue  # "PPS demanded ... *It* also sought action against the Bajrang Dal. *It* also appealed ...":
            # the repeated subject pronoun keeps the topic, not a name the sentence before acted on
        reported = attributed_subject(head, tok)
        if reported is not None and reported.i not in taken and agrees(low, reported, covered) and (
                reported.i in covered or roles.is_party(reported, covered) or _plural(reported)):
            # "According to *Amnesty*, *the police* carry out killings in which *they* shoot"
            lo, hi = roles.np_span(reported)
            return roles.Arg(reported.i, lo, hi, arg.flags + ["antecedent:clause_subject"])
        if low in PRONOUNS_GROUP and _one_of_a_series(head):
            continue  # "the party's *18th* Congress ... *Their* protests": a sitting, not the party that protests
        if low in PLURAL_GROUP_PRONOUNS and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS:
            continue  # "took out a march *in hubli* ... *they* urged the government": where, not who (session 45)
        if _inside_controlled_participle(head, tok):
            continue  # "criticising *the vhp, rss and bajrang dal*, *he* said": the one who criticises is he
        if not agrees(low, head, covered):
            continue  # ("194 *Republicans* opposing *it*", "*they* alleged that the *Gujarat* government ...",
            # "*it* joined forces with al Qaeda": not the *Algerian* - a nationality word is people, or modifies)
        if i in taken or head.i in taken:
            if local:
                continue  # "the military led by Sisi overthrew *him*": not the actor's own words
            return None  # "Warner, who denied allegations made *against him*": the pronoun in a clause of its
            # own is the actor itself; no earlier party is meant
        if quoted[i] and not quoted[tok.i]:
            quoted_name = quoted_name or head  # (a name someone quoted: only when the narrative names none)
            continue
        lo, hi = roles.np_span(head)
        return roles.Arg(head.i, lo, hi, arg.flags + ["antecedent:nearest_entity"])
    if quoted_name is not None:
        lo, hi = roles.np_span(quoted_name)
        return roles.Arg(quoted_name.i, lo, hi, arg.flags + ["antecedent:nearest_entity"])
    continued = _continued_subject(tok, covered)
    if continued is not None and continued.i not in taken:
        lo, hi = roles.np_span(continued)
        return roles.Arg(continued.i, lo, hi, arg.flags + ["antecedent:continued_subject"])
    source = _according_to_source(tok, covered) or _speaker_past_statement(tok, covered)
    if source is not None and source.i not in taken:
        lo, hi = roles.np_span(source)
        return roles.Arg(source.i, lo, hi, arg.flags + ["antecedent:speaker"])
    return None


def _speaker_past_statement(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The speaker of a that-clause the parser hung on the participle of a statement noun instead of the verb of
    saying: "*The militants* said in a statement posted online that *they* had kidnapped the engineers" - a
    participle like "posted", "issued" takes no that-clause, so the clause is what the speaker said (session 23).
    The subject pronoun of that clause, when nothing else resolves it, is the speaker, if a noun that agrees with
    it (:func:`agrees`; "he"/"she" a person)."""
    low = tok.lower_
    if low not in CONTINUING_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    participle = verb.head
    if verb.dep_ != "ccomp" or participle.dep_ != "acl" or participle.tag_ != "VBN" \
            or participle.lemma_.lower() in roles.SPEECH_HEADS:
        return None
    noun = participle.head
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return None
    speech = prep.head
    speaker = _speech_subject(speech) if speech.i != prep.i else None
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or not agrees(low, speaker, covered):
        return None
    if quoted_tokens(tok.doc)[speaker.i] != quoted_tokens(tok.doc)[tok.i]:
        return None
    if low in ("he", "she") and not _one_person(speaker, covered):
        return None
    return speaker


def _according_to_source(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The party a fronted "according to" names, for the subject pronoun of the clause it attributes when no
    other candidate is left (session 23): "*According to the rebels*, *they* captured the town", "According to
    the ministry, it expelled two diplomats" - the source of a report that tells its own deed in the third person
    is its speaker, as in "the rebels said they captured the town".  Only a party (a mention of the actors stage,
    a name, a plural party) that agrees with the pronoun (:func:`agrees`; "he"/"she" a person), standing before
    the pronoun in the same clause and inside the same quotation or outside both.  (A source after the clause,
    "they captured the town, according to the rebels", only vouches for a report about someone named before.)"""
    low = tok.lower_
    if low not in CONTINUING_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    according = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < tok.i),
                     None)
    to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
    source = roles.prep_object(to) if to is not None else None
    if source is None or source.pos_ not in ("NOUN", "PROPN") or not agrees(low, source, covered):
        return None
    if quoted_tokens(tok.doc)[source.i] != quoted_tokens(tok.doc)[tok.i]:
        return None
    if low in ("he", "she"):
        return source if _one_person(source, covered) else None
    return source if source.i in covered or roles.is_party(source, covered) or _plural(source) else None


CONTINUING_PRONOUNS = {"he", "she", "it", "they"}  # subject pronouns that take up the subject before them


# Subordinators of a clause of condition, time or reason ("withdraw *if* it can keep ...").
CONDITION_MARKS = {"if", "unless", "until", "once", "when", "because", "provided", "after", "before", "while"}


def _subject_above_condition(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The subject a subject pronoun of a clause of condition, time or reason takes up inside a reported clause
    (session 24): "Egypt is willing to withdraw its troops *if it* can retain an administration in Gaza, officials
    said" - English refers the subordinate clause's subject back to the subject of the clause it qualifies (climbing
    through controlled verbs: "is willing *to withdraw*"), not to the reporter.  Only a noun subject before the
    pronoun that agrees with it (:func:`agrees`), or a plural "they" the object takes up when the subject cannot,
    inside or outside the same quotation as the pronoun; else None (the speaker rule stands)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("advcl", "relcl"):
        return None
    clause = tok.head
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in clause.children):
        return None  # (the parser hangs "when" as an adverb: "officers did not say anything *when they* approached")
    if clause.dep_ == "relcl" and not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    # (a "when" clause the parser hung on a time: "had just come home from a shooting range *at 4 p.m. when he fired* a
    # round into his leg": the verb the time belongs to; session 45)
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            break
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    if subj is None or subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if not agrees(tok.lower_, subj, covered):
        # "Maldonado blasted *the four victims* ... after *they* beat him up": a plural "they" that the singular
        # subject cannot take up takes up the plural object before it (session 55, a probe of unjudged news)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if tok.lower_ not in PLURAL_GROUP_PRONOUNS or obj is None or obj.i > tok.i \
                or obj.pos_ not in ("NOUN", "PROPN") or not agrees(tok.lower_, obj, covered):
            return None
        subj = obj
    quoted = quoted_tokens(tok.doc)
    return subj if quoted[subj.i] == quoted[tok.i] else None


def _continued_subject(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The subject a subject pronoun no name resolves continues (session 21): the subject of the clause its own
    clause is coordinated with ("*the Shining Path members* demonstrated ..., and *they* handed out leaflets"), else
    the subject of the previous sentence's main verb in the same paragraph ("*The presumed subversive group M-20*
    threatened to enter the embassy.  *It* also called several media ...") - English keeps the topic of a report
    as the subject and takes it up with a pronoun.  Only a noun subject that agrees with the pronoun (:func:`agrees`)
    and is a party: a person for "he"/"she" (a name, a title: :func:`_one_person`), a mention of the actors stage, a
    name or a body of people ("the group") for "it", a plural party for "they"; inside the same quotation or outside
    both."""
    low = tok.lower_
    if low not in CONTINUING_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    subject = None
    saying = verb.head if verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" else None
    if saying is not None and saying.lemma_.lower() in roles.SPEECH_HEADS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in saying.children):
        # "the group called several media, *claiming* that *it* had kidnapped a student", "issued a statement
        # *saying* it had carried out the attack": a participle of saying has the subject of the verb it hangs on
        host = saying.head.head if saying.dep_ == "acl" and saying.head.pos_ in ("NOUN", "PROPN") else saying.head
        if host.pos_ in ("VERB", "AUX") and host.i != saying.i:
            subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PRON" and subject.lower_ == low:
                subject = _continued_subject(subject, covered)  # ("*It* also called ..., claiming that *it* ...")
    elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    elif (host := _host_of_subordinate(verb)) is not None:
        subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subject is not None and _rival_antecedent(subject, tok, covered):
            return None  # ("police fired on *the protesters* after *they* threw stones": either may be meant)
    elif verb.dep_ == "ROOT" and tok.sent.start > 0 and not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.pos_ != "PRON" for t in tok.sent):
        before = tok.doc[tok.sent.start - 1].sent
        if "\n\n" not in tok.doc[before.end - 1].text_with_ws and not any(
                "\n\n" in t.text for t in tok.doc[before.end:tok.i]):
            subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PRON" and subject.lower_ == low:
                subject = _continued_subject(subject, covered)  # ("*Hamas* ...  *It* also called ...  *It* also
                # appealed ...": the repeated pronoun keeps the topic the first one took up)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not agrees(low, subject, covered):
        return None
    quoted = quoted_tokens(tok.doc)
    if quoted[subject.i] != quoted[tok.i]:
        return None
    if low in ("he", "she"):
        return subject if _one_person(subject, covered) else None
    if low == "it":
        return subject if (subject.i in covered or subject.ent_type_ in ("ORG", "GPE", "NORP")
                           or in_class(subject, word_class("body_nouns"))
                           or in_class(subject, word_class("continued_bodies"))) else None
    return subject if (subject.i in covered or roles.is_party(subject, covered)
                       or subject.ent_type_ in ("ORG", "NORP")) else None


def _party_told_but(verb: Token, tok: Token) -> Token | None:
    """The party the first of two clauses joined by "but" tells, asks or signals to do something ("police signaled
    *the suspects* to stop, but *they* opened fire", "asked *the protesters* to leave, but *they* attacked"): "but"
    says the one told did otherwise, so a subject pronoun of the second clause takes them up, not the teller (the
    caller goes on to other antecedents when the number does not agree: "ordered *the man* to stop, but *they*
    fired")."""
    first = verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "but" and first.i < c.i < verb.i for c in first.children):
        return None
    told = next((c for c in first.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if told is None or not any(c.i > told.i and roles.to_infinitive(c) and (
            (c.dep_ == "xcomp" and c.head.i == first.i) or (c.dep_ in ("relcl", "acl") and c.head.i == told.i))
            for c in (*first.children, *told.children)):
        return None  # (the parser hangs "to stop" on the verb or, as a relative clause, on the one told)
    return told


# Relative adverbs of place and time: "met in Brussels, *where* they agreed ..." tells what the subject did there.
PLACE_TIME_RELATIVES = {"where", "when"}


def _host_of_subordinate(verb: Token) -> Token | None:
    """The verb whose clause a subordinate clause of time, place or reason qualifies (session 26): an adverbial
    clause ("The rebels crossed the border *before they attacked* the base") or a relative clause of place or time
    on one of its nouns ("The ministers met in Brussels, *where they agreed* ..."); English takes up the subject
    of that clause with a subject pronoun (as :func:`_continued_subject` does for coordinated clauses).  Not a
    reported clause: its pronoun is the speaker's business (:func:`resolve_pronoun`)."""
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in PLACE_TIME_RELATIVES for c in verb.children):
        host = verb.head
        for _ in range(3):  # (up from the place or time noun through its preposition: "met *in* Brussels")
            if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
                break
            host = host.head
        return host if host.pos_ in ("VERB", "AUX") else None
    return None


def _rival_antecedent(subject: Token, tok: Token, covered: dict[int, Mention]) -> bool:
    """Is there a party between ``subject`` and the pronoun ``tok`` that agrees with the pronoun too ("police fired
    on *the protesters* after *they* threw stones")?  Then grammar does not tell which one is meant."""
    for k in range(subject.right_edge.i + 1, tok.i):
        cand = tok.doc[k]
        if cand.pos_ in ("NOUN", "PROPN") and cand.dep_ not in ("compound", "amod", "nmod", "poss") \
                and agrees(tok.lower_, cand, covered) and (k in covered or roles.is_party(cand, covered)):
            return True
    return False


def person_speaker(pronoun: Token, resolved: roles.Arg, doc: Doc) -> bool:
    """Is ``resolved`` the speaker a "he" or "she" in the speaker's reported clause stands for (session 21)?  The
    pronoun agreed with that speaker (:func:`resolve_pronoun` checked it), so the speaker is a person, a party, even
    when the tagger took a lower-case name for a common noun ("railway police commissioner rakesh *maria* said that
    *he* has increased security": "maria" is no entity and no proper noun).  Only a noun speaker (not a verb the
    parser made the subject: "*deposing* as a witness, X said that he ...")."""
    return (pronoun.pos_ == "PRON" and pronoun.lower_ in SUBJECT_PERSON_PRONOUNS
            and "antecedent:speaker" in resolved.flags and doc[resolved.head].pos_ in ("NOUN", "PROPN"))


def known_party(pronoun: Token, resolved: roles.Arg, doc: Doc) -> bool:
    """Is what the pronoun was resolved to a party already, whatever the actor filter makes of the noun: a person
    speaker (:func:`person_speaker`), or a subject the pronoun continues, which :func:`_continued_subject` took only
    when it is a party ("*the presumed subversive group* ...  *It* also called ...": "group" alone is no body noun)."""
    return person_speaker(pronoun, resolved, doc) or (
        pronoun.pos_ == "PRON" and "antecedent:continued_subject" in resolved.flags)


SUBJECT_PERSON_PRONOUNS = {"he", "she"}
COPULAS = {"be", "seem", "appear", "remain"}


def pleonastic(tok: Token) -> bool:
    """Is this "it" the empty subject of an extraposed clause - "*it* is important to support the talks", "*it*
    is likely that the rebels attacked", "*it* is worth questioning why"?  The parser hangs the extraposed
    clause on the copula itself (a control adjective keeps its own: "it was *ready to attack*" - there "it" is
    a party); "worth" takes the gerund that is its real subject."""
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in COPULAS:
        return False
    verb = tok.head
    predicate = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if not predicate:
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > predicate[0].i for c in verb.children) \
        or any(p.lower_ == "worth" and any(c.dep_ == "xcomp" for c in p.children) for p in predicate)


def _binding_subject(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The subject a possessive pronoun takes up in its own clause, or in the clause that clause hangs on
    when it has no subject of its own: "*Applicants* paid pounds 23,000 to have *their* proposals
    considered", "*the court* managed to cast doubt on *its* commitment" - English possessives most often
    refer to the nearest subject above them, when it agrees."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their", "his", "her"):
        return None
    owner = tok.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "for" and owner.head.head.pos_ == "VERB":
        # "repudiated *the FMLN assassins for their* constant attacks", "thanked *the troops for their* service": what one
        # is judged, thanked or punished for is one's own deed - the object's (session 48, a probe of unjudged news)
        obj = next((c for c in owner.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.i < tok.i and agrees(tok.lower_, obj, covered):
            return obj
    t = tok.head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    for _ in range(4):
        if t.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and not subj.left_edge.i <= tok.i <= subj.right_edge.i:
            quoted = quoted_tokens(tok.doc)
            if subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN") or not agrees(tok.lower_, subj, covered) \
                    or quoted[tok.i] and not quoted[subj.i]:  # (a speaker quoted says "my", "our")
                return None
            return subj
        if t.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _parallel_possessor(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The owner a possessive pronoun repeats when its noun is coordinated with a noun a named party owns: "the Cuban
    government's ongoing repression of the Cuban people and *its* support for Maduro" (the parser may hang the second
    noun on the first one's "of" object), "Russia's annexation of Crimea and *its* war in Ukraine".  The coordination
    repeats the owner; no other party of the sentence or of an earlier one is meant.  Session 44 (a probe of
    unjudged news: "its" went to the Secretary of *Transportation* of the sentence before)."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their") or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    owners_of = [first]
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        owners_of.append(first.head.head)  # ("repression of the Cuban people and its support": hung on "people")
    for noun in owners_of:
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None and agrees(tok.lower_, owner, covered):
            return owner
    return None


def _repeated_topic_pronoun(tok: Token) -> Token | None:
    """The subject of the previous sentence when it is the same subject pronoun as ``tok``, the subject of its own
    sentence's main verb ("*It* also sought action against X.  *It* also appealed for peace"): a report that takes
    up its topic with the same pronoun sentence after sentence keeps talking of that topic (the preferred center
    of the discourse), not of a party the sentence before acted on."""
    low = tok.lower_
    if low not in CONTINUING_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" \
            or tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lower_ == low else None


SERIES_WORDS = word_class("series_words")  # "the *third* Summit", "the *annual* Conference"


def _one_of_a_series(tok: Token) -> bool:
    """Is the name headed by ``tok`` counted as one of a series by an ordinal outside the name ("the party's
    *18th* Congress", "the *third* Summit", "the *annual* Conference")?  English numbers happenings - sittings,
    sessions, meetings - not the parties that act ("the 82nd Airborne Division" keeps its ordinal inside the
    name the tagger marks), so such a name is no antecedent of "it" or "they"."""
    for c in tok.children:
        if c.dep_ not in ("amod", "nummod") or c.i > tok.i or (c.ent_iob_ != "O" and c.ent_type_ == tok.ent_type_):
            continue
        low = c.lower_
        if low in SERIES_WORDS or (low[:-2].isdigit() and low[-2:] in ("st", "nd", "rd", "th")):
            return True
    return False


def _modifies_plural(tok: Token) -> bool:
    """Is ``tok`` a name modifying a plural noun ("180 *Labour* members")?  "it" never refers to one."""
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    return _plural(tok)


def _plural(tok: Token) -> bool:
    """A plural noun ("the rebels", "194 Republicans").  (The first of coordinated names is still one party
    a singular pronoun may take up: "*Thatcher* and the Soviet Premier ... talks with *her*".)"""
    return tok.tag_ in ("NNS", "NNPS")


def _name_misread_as_a_body(tok: Token, covered: dict[int, Mention]) -> bool:
    """Is ``tok`` a lone proper name that the tagger took for an organisation (or no entity) but that no table of the
    actors stage knows - no country, no sector?  "*Smith* said *he* had asked the government to ...", "*Srivastava* said
    that *he* had asked ...": a speaker that "he" or "she" goes back to is a person whatever the tagger said (session 41;
    the event had gone for want of a doer).  A known body ("BAA", "Reuters") keeps its code and stays no "he"."""
    m = covered.get(tok.i)
    return (tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "") and not any(c.dep_ == "compound" for c in tok.children)
            and (m is None or (m.actor.country is None and m.actor.sector is None)))


def _one_person(tok: Token, covered: dict[int, Mention]) -> bool:
    """Does the noun phrase headed by ``tok`` name a person: a person's name, a mention the actors stage
    took for a person (a name of two words at least), a title that names one ("the minister", the actors
    stage's ``person_titles.tsv``), a singular noun of one person ("the *gunman*": ``one_person_nouns``), or a
    nationality noun standing for people ("a *Colombian*", "the *Israelis*")?"""
    m = covered.get(tok.i)
    if tok.ent_type_ == "NORP" or (tok.pos_ == "NOUN" and tok.lower_ in person_titles()):
        return True
    if tok.tag_ == "NN" and tok.lower_ in ONE_PERSON_NOUNS:
        return True  # "*The gunman* entered the bar.  *He* shot two policemen" (session 59)
    if m is not None and m.actor.person and tok.pos_ == "PROPN":  # (not the noun a name modifies: "the *Assad*
        # regime said it would ...")
        return len(m.actor.person.split()) >= 2  # (a one-word "person" is as often a firm the tagger misread:
        # "BAA said it ...")
    if tok.ent_type_ != "PERSON":
        return False
    doc, i = tok.doc, tok.i
    while doc[i].ent_iob_ == "I" and i > 0:
        i -= 1
    return tok.i > i


def agrees(pronoun: str, tok: Token, covered: dict[int, Mention]) -> bool:
    """Can the pronoun refer to the noun phrase headed by ``tok``, by English agreement in number and
    animacy?  he/him/his/she/her: one person - not several, not an organisation, state or place; it/its: one
    thing, body or state - not several, not a person; they/them/their: several (plural or coordinated), or
    an organisation named ("Labour", "Sociedad say they will ..." - British usage lets one be "they") - not
    one person, not a state or place, not a singular common noun ("*they* alleged that the Gujarat
    government ...": neither Gujarat nor its government)."""
    low = pronoun.lower()
    plural = _plural(tok)
    person = _one_person(tok, covered)
    if low in PRONOUNS_PERSON:
        return not plural and (person or tok.ent_type_ in ("", "PERSON"))
    if low in ("it", "its"):
        return not plural and not person and not _modifies_plural(tok)
    if low in PLURAL_GROUP_PRONOUNS:
        return plural or any(c.dep_ == "conj" for c in tok.children) or (tok.ent_type_ == "ORG" and not person)
    return True


def _inside_controlled_participle(cand: Token, tok: Token) -> bool:
    """Is ``cand`` inside a participle clause with no subject of its own that hangs on the clause of which the
    pronoun ``tok`` is the subject ("*Criticising the VHP*, he said ...", "After *meeting Modi*, she left")?  The
    participle's unspoken doer is the pronoun, so a party it acts on is not what the pronoun stands for (the
    binding condition on names); a clause with its own subject ("When Modi arrived, he ...") may be."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = tok.head
    for adjunct in clause.children:
        if adjunct.dep_ == "advcl" and adjunct.tag_ in ("VBG", "VBN") \
                and adjunct.left_edge.i <= cand.i <= adjunct.right_edge.i and cand.i != adjunct.i \
                and not any(c.dep_ in roles.SUBJECT_DEPS for c in adjunct.children):
            return True
    return False


def _local_argument(tok: Token, trigger: Token) -> bool:
    """Is the pronoun inside the trigger's own clause with no predicate or possessor between them
    ("overthrew *him*", "imposed sanctions *on them*", "had talks *with her*")?  Such a pronoun is not the
    clause's subject (English says "himself" for that: the binding condition on pronouns); one in a clause
    of its own ("allegations made *against him*") or a possessive ("*his* rival") may well be."""
    if tok.dep_ == "poss":
        return False
    t = tok
    while t.i != trigger.i:
        h = t.head
        if h.i == t.i or (h.pos_ in ("VERB", "AUX") and h.i != trigger.i):
            return False
        t = h
    return True


OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # (plural?)


def _parallel_object(tok: Token, taken: set[int]) -> Token | None:
    """The noun an object pronoun takes up from the verb its own verb is coordinated with or hangs on as
    a participle clause: "arrested *the opposition leader* and accused *him* of treason", "expelled *the
    German ambassador*, accusing *him* of meddling", "detained *the journalist* and later released *her*" -
    the same one acted on twice.  The earlier verb's direct object, when it is a noun of the pronoun's
    number (him/her: singular; them: plural or coordinated) and not the actor's own words."""
    plural = OBJECT_PRONOUNS.get(tok.lower_)
    if plural is None or tok.dep_ not in ("dobj", "dative"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i >= verb.i:
        return None
    if verb.dep_ == "conj" and any(c.dep_ in roles.SUBJECT_DEPS for c in verb.children):
        return None  # ("the army arrested X and *the court* freed him": another doer, maybe another one done to)
    earlier = verb.head
    if earlier.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in earlier.children if c.dep_ == "dobj"), None)
    addressee = _addressee(earlier, obj)
    if addressee is not None and (obj is None or not roles.party_word(obj)):
        obj = addressee  # "wrote *to the president* urging him to resign", "sent a letter to X asking her to ..."
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i in taken:
        return None
    many = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    return obj if many == plural else None


def _addressee(verb: Token, obj: Token | None) -> Token | None:
    """The party a message is sent "to" - on the verb ("wrote *to the president*") or on the message it sends
    ("sent a letter *to the president*"): whom a following "urging him", "asking them" addresses."""
    for holder in (verb, obj):
        for prep in holder.children if holder is not None else ():
            pobj = roles.prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "to" else None
            if pobj is not None and roles.party_word(pobj):
                return pobj
    return None


def _fronted_possessor_subject(tok: Token) -> Token | None:
    """The subject a possessive pronoun in a fronted adjunct points ahead to: "At *their* meeting in London,
    G7 finance ministers backed ...", "After *its* victory, the party formed ..." (the pronoun comes before
    any other candidate; the clause's subject is who it means)."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their", "his", "her"):
        return None
    noun = tok.head
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in roles.SUBJECT_DEPS), None)
    if subj is None or subj.i < prep.i or not roles.party_word(subj):
        return None
    if (tok.lower_ == "their") != (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)):
        return None  # ("their" for a plural or a compound subject, "its"/"his"/"her" for a singular)
    return subj


# "the former" and "the latter": the first or the last of two parties named just before.
FORMER_LATTER = {"former", "latter"}


def _former_or_latter(tok: Token, covered: dict[int, Mention]) -> Token | None:
    """The party "the former" or "the latter", standing alone as a noun phrase, refers to: of the last two parties
    coordinated before it in its sentence or the one before ("Russia *and Ukraine* held talks.  The latter accused
    Moscow ...": Ukraine), the first or the last; with no coordination, the second-nearest or the nearest of the two
    parties named last before it.  None when the word modifies a noun ("the former president") or no two parties are
    named."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("compound", "amod", "prep") for c in tok.children) or tok.dep_ in ("amod", "compound"):
        return None
    pair = _two_named_before(tok, covered)
    if pair is None:
        return None
    return pair[0] if tok.lower_ == "former" else pair[1]


def _two_named_before(tok: Token, covered: dict[int, Mention],
                      coordinated_only: bool = False) -> tuple[Token, Token] | None:
    """The head words of the last two parties named before ``tok`` in its sentence or the one before, in text order:
    the first and the last of the last coordination of parties ("*Russia* and *Ukraine* held talks"), else (unless
    ``coordinated_only``) the two parties named last."""
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    heads: list[Token] = []  # the head words of the parties named before, nearest first
    for i in range(tok.i - 1, start - 1, -1):
        t = tok.doc[i]
        mention = covered.get(i)
        if mention is None or mention.actor is None or t.head.i in covered and covered[t.head.i] is mention \
                and t.head.i != t.i:
            continue  # (not a party, or not the head of its mention)
        if t.dep_ == "conj" and t.head.i in covered:
            first = t.head
            while first.dep_ == "conj" and first.head.i in covered:
                first = first.head
            return first, t
        heads.append(t)
        if len(heads) == 2 and not coordinated_only:
            return heads[1], heads[0]
    return None


# Plural nouns "the two ..." or "both ..." take up two parties named before ("the two leaders", "both sides").
PAIR_NOUNS = word_class("pair_nouns")


def pair_named_before(tok: Token, covered: dict[int, Mention]) -> tuple[roles.Arg, roles.Arg] | None:
    """The two parties "the two leaders", "the two countries" or "both sides" takes up: the last coordination of two
    parties in its sentence or the one before (:func:`_two_named_before`; "Ethiopia and Eritrea fought a war.  *The two
    countries* signed a peace deal": Ethiopia and Eritrea).  None for any other noun phrase, or when no two parties
    are coordinated before it."""
    if tok.tag_ not in ("NNS", "NNPS") or not in_class(tok, PAIR_NOUNS):
        return None
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in tok.children)
    if not (two or both) or any(c.dep_ not in ("det", "predet", "preconj", "nummod", "amod") for c in tok.children):
        return None  # (not "the two leaders of the opposition", "both sides of the border", "both treasury and
        # opposition leaders")
    # (only a coordination: the two parties named last are often not the pair - "the lawsuit was groundless and *the
    # two men* would defend themselves", said of the accused, after their lawyers and the prosecutor)
    pair = _two_named_before(tok, covered, coordinated_only=True)
    if pair is None:
        return None
    return tuple(roles.Arg(t.i, *roles.np_span(t), ["antecedent:pair"]) for t in pair)


QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _quoted_between(doc: Doc, tok: Token, verb: Token) -> bool:
    """Is ``tok`` inside a direct quotation that the speech verb ``verb`` follows ('"He was going to kill
    his wife," said Chief Kral': an odd number of quotation marks between them)?  (Not a partial quote
    the speaker's clause carries: 'told X that the Commission "did not intend ..." as *it* had supported'.)"""
    if tok.i > verb.i:
        return False
    return sum(doc[i].text in QUOTE_MARKS for i in range(tok.i + 1, verb.i)) % 2 == 1


def antecedent(m: Mention, mentions: Sequence[Mention]) -> Span | None:
    """The first mention of a coreference chain (``ref`` links), for a participant that is a pronoun.
    A mention that only took the article's focus country ("The president" in a story about Iran, "the
    military junta" in one about Niger) ends the chain: its ``ref`` points at the country it was given,
    not at the same party."""
    seen: set[int] = set()
    root = m
    while root.ref is not None and root.ref not in seen and 0 <= root.ref < len(mentions) \
            and "coref:focus" not in root.flags:
        seen.add(root.ref)
        root = mentions[root.ref]
    return Span(root.start, root.end, root.text) if root is not m else None


# Quotation marks as the tokenizer leaves them (curly, doubled, TeX-style); '"' opens or closes by parity.
OPENING_MARKS = {"\u201c", "``", "\u2018\u2018", "\u201e"}
CLOSING_MARKS = {"\u201d", "''", "\u2019\u2019"}
QUOTE_REACH = 120  # tokens a quotation may run back from the pronoun (two or three sentences)
ATTRIBUTION_REACH = 6  # tokens between a quotation's end and its speech verb (", *said* the minister")


def _first_person_party(tok: Token, trigger: Token, covered: dict[int, Mention]) -> tuple[Token, str] | None:
    """Whom a first-person plural pronoun stands for: the noun of its apposition ("*We, the armed forces*,
    feel ..."), else, inside a direct quotation, the speaker the quotation is attributed to - the subject of the
    speech verb right after it ('"We have deployed policemen," *the commissioner* said') or of the speech verb
    that introduces it ('*A spokeswoman* said: "We are working with ..."').  Direct speech keeps the speaker's
    own person, so the speaker's "we" is the speaker's side; PLOVER codes the act to the speaker as it codes a
    spokesman's "it" (see ``resolve_pronoun``).  A speaker who is a pronoun itself counts only when the actors
    stage resolved it."""
    app = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
    if app is not None:
        return app, "antecedent:apposition"
    verbs = {trigger.i} | ({trigger.head.i} if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() not in
                           roles.SPEECH_HEADS else set())  # ("*we* are asking X to join"; not "*we* are saying thank you")
    if tok.head.i not in verbs and not (tok.head.dep_ == "prep" and tok.head.head.i in verbs):
        return None  # only the trigger's own subject or object ("*we* have deployed", "asking others to join
        # *us*"): a "we" that says or feels something about the act ("*we* are saying thank you") is no party to it
    if any(c.dep_ == "neg" for c in trigger.children):
        return None  # a speaker's "we did not / do not ..." disowns an act of the speaker's side, it reports none
    bounds = _quotation(tok)
    if bounds is None:
        return None
    speaker = _attributed_speaker(tok.doc, *bounds)
    if speaker is None or speaker.pos_ == "PRON" and speaker.i not in covered:
        return None
    return speaker, "antecedent:quote_speaker"


def _opening(t: Token) -> bool:
    return t.text in OPENING_MARKS


def _closing(t: Token) -> bool:
    return t.text in CLOSING_MARKS


def _quotation(tok: Token) -> tuple[int, int] | None:
    """(index of the opening mark, index of the closing mark or None) of the direct quotation ``tok`` stands in,
    within its paragraph; None when it stands in none."""
    doc = tok.doc
    opened = None
    for i in range(tok.i - 1, max(-1, tok.i - QUOTE_REACH), -1):
        t = doc[i]
        if "\n\n" in t.text or _closing(t):
            return None
        if _opening(t):
            opened = i
            break
        if t.text == '"':
            line = i
            while line > 0 and "\n\n" not in doc[line - 1].text:
                line -= 1
            if sum(doc[j].text == '"' for j in range(line, i)) % 2 == 0:
                opened = i
                break
            return None  # (a straight mark that closes: the pronoun follows a quotation)
    if opened is None:
        return None
    for j in range(tok.i + 1, min(len(doc), tok.i + QUOTE_REACH)):
        t = doc[j]
        if "\n\n" in t.text:
            break
        if _closing(t) or t.text == '"':
            return opened, j
        if _opening(t):
            break
    return opened, None


def _speech_subject(verb: Token) -> Token | None:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in roles.SPEECH_HEADS:
        return None
    return next((c for c in verb.children if c.dep_ in roles.SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON")),
                None)


def _attributed_speaker(doc: Doc, opened: int, closed: int | None) -> Token | None:
    """The subject of the speech verb a quotation is attributed to: one right after its closing mark (before
    any other clause: '," *said* Chief Kral', ',\u2019\u2019 mr maria *stated*'), else one that introduces it
    from the same sentence ('X *said*: "...', 'X *told* reporters, "...')."""
    if closed is not None:
        for j in range(closed + 1, min(len(doc), closed + 1 + ATTRIBUTION_REACH)):
            t = doc[j]
            if t.is_sent_start and not (t.is_punct or t.is_space) and j > closed + 2:
                break
            subj = _speech_subject(t)
            if subj is not None:
                return subj
            if t.text in (".", "!", "?", ";") or "\n" in t.text:
                break
    start = doc[opened].sent.start
    for i in range(opened - 1, max(start - 1, opened - 1 - 2 * ATTRIBUTION_REACH), -1):
        t = doc[i]
        if _closing(t) or t.text in (".", "!", "?", ";"):
            break
        subj = _speech_subject(t)
        if subj is not None and subj.i < t.i:
            return subj
    return None
