"""Document-level reading: focus country, the adjective consistency check, coreference.

These steps need the whole article: "the junta" names Niger's junta because the article is
about Niger; "The Nigerian military" in that article is Niger's military unless something
else in it points to Nigeria; "it" after "The Nigerien government announced that ..." is that
government.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from spacy.tokens import Doc

from dateline.actors.compose import Draft
from dateline.actors.kb import KnowledgeBase
from dateline.actors.match import sentence_index

INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SPEECH_VERBS = {"say", "announce", "state", "declare", "warn", "insist", "confirm", "deny", "add", "claim",
                "vow", "threaten", "pledge", "promise", "decide", "agree", "tell", "report", "indicate",
                "explain", "argue", "accuse", "note", "stress", "write", "signal"}
SECTOR_FAMILY = {"junta": "MIL", "army": "MIL", "military": "MIL", "troops": "MIL", "soldiers": "MIL",
                 "forces": "MIL", "government": "GOV", "regime": "GOV", "authorities": "GOV", "administration": "GOV"}


def focus_country(doc: Doc, drafts: list[Draft], excluded_tokens: set[int]) -> str | None:
    """The country the article is about.

    Where things happen decides first: the country named most as a place ("in Niger", "left
    Niger", "in Niamey") wins when it has at least three such uses (excluded text counts half),
    twice the runner-up's, and half the top overall score.  Otherwise the weighted mention count
    decides (places 3, actors with a sector 1.5, others 1; sentence subjects x1.5, the first
    sentence x2, excluded text x0.5), with a clear winner: at least 3 points and 25% more than
    the runner-up.
    """
    scores: Counter[str] = Counter()
    places: Counter[str] = Counter()
    sents = doc.sents if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
    first_sent = next((s for s in sents if s.start not in excluded_tokens and s.text.strip()), None)
    for d in drafts:
        if d.country is None or d.country in INTERNATIONAL or "coref" in " ".join(d.flags) \
                or d.source in ("ethnic", "regional"):
            continue  # (ethnic groups live abroad too: "the Rohingya in Bangladesh"; "Texans" in Mexico)
        is_place = "place" in d.flags or "place_only" in d.flags
        weight = 3.0 if is_place else 1.5 if d.sector else 1.0
        if doc[d.end - 1].dep_ == "nsubj":
            weight *= 1.5  # what the sentence is about
        if first_sent is not None and first_sent.start <= d.start < first_sent.end:
            weight *= 2
        if d.start in excluded_tokens:
            weight *= 0.5
        scores[d.country] += weight
        if is_place:
            places[d.country] += 1.0 if d.start not in excluded_tokens else 0.5
    ranked = scores.most_common(2)
    if not ranked:
        return None
    top_place = places.most_common(2)
    if top_place and top_place[0][1] >= 3:
        runner = top_place[1][1] if len(top_place) > 1 else 0.0
        code = top_place[0][0]
        if top_place[0][1] >= 2 * runner and scores[code] >= 0.5 * ranked[0][1]:
            return code
    if ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.25 * ranked[1][1]:
        return None
    return ranked[0][0]


def correct_adjectives(drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """'The Nigerian military' in a Niger story -> NER, flagged ``adjective_corrected:NGA->NER``.

    Only for country pairs known to be confused (confusables.tsv), and only when no mention other
    than such adjectives points to the adjective's country (no name, capital, or person of it).
    """
    if focus is None:
        return
    evidence = {d.country for d in drafts if d.source not in ("adjective", "") and d.country}
    for d in drafts:
        if d.source != "adjective" or d.country in (None, focus):
            continue
        if frozenset((d.country, focus)) not in kb.confusable or d.country in evidence:
            continue
        d.flags.append(f"adjective_corrected:{d.country}->{focus}")
        d.country = focus
        d.name = " ".join(filter(None, (kb.label(focus), kb.sector_noun(d.sector)))) if not d.person else d.name


def _possessor(doc: Doc, drafts: list[Draft], d: Draft) -> int | None:
    """'France will end its military presence': 'its' is the subject of the clause, France."""
    if d.start == 0 or doc[d.start - 1].lower_ not in ("its", "their"):
        return None
    tok = doc[d.end - 1]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((j for j, o in enumerate(drafts) if o.start <= subject.i < o.end and o.country), None)


def resolve_definites(doc: Doc, drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """'the junta', 'the government', 'the army': the last earlier mention with the same head noun
    (which carries a country), else the focus country.  'its army': the clause's subject."""
    for i, d in enumerate(drafts):
        if d.country is None and d.person and d.org_head and d.start > 0 and doc[d.start - 1].lower_ == "the":
            # "the central bank's vice president X" -> the central bank mentioned before
            j = next((j for j in range(i - 1, -1, -1) if drafts[j].country and not drafts[j].person
                      and drafts[j].head == d.org_head), None)
            if j is not None:
                d.country, d.ref = drafts[j].country, j
                d.flags.append("coref")
                d.reason = "coref:organisation"
            continue
        if d.country is not None or not d.definite or d.person:
            continue
        antecedent = _possessor(doc, drafts, d)
        if antecedent is not None:
            d.country, d.ref = drafts[antecedent].country, antecedent
            d.flags.append("coref")
            d.reason = "coref:possessor"
            d.name = " ".join(filter(None, (kb.label(d.country), kb.sector_noun(d.sector))))
            continue
        for j in range(i - 1, -1, -1):
            other = drafts[j]
            if other.country and other.head == d.head and other.sector == d.sector:
                antecedent = j
                break
        if antecedent is not None:
            d.country = drafts[antecedent].country
            d.ref = antecedent
            d.flags.append("coref")
            d.reason = f"coref:same_head:{d.head}"
        elif focus is not None:
            d.country = focus
            d.ref = next((j for j, o in enumerate(drafts) if o.country == focus and o.source == "country"), None)
            d.flags.append("coref:focus")
            d.reason = "coref:focus_country"
        if d.country:
            d.name = " ".join(filter(None, (kb.label(d.country), kb.sector_noun(d.sector))))


DOMESTIC = {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "PTY", "OPP", "CVL", "BUS", "JRN", "MED", "EDU", "ELI",
            "LAB", "AGR", "REL", "SOC", "CRM", "SPY", "PRM"}


def share_coordination(doc: Doc, drafts: list[Draft]) -> None:
    """'U.S. and Russian negotiators': the bare 'U.S.' modifies the negotiators, so it shares their
    sector.  Only for country mentions without a sector that hang on a token of another mention."""
    owner = {t: j for j, d in enumerate(drafts) for t in range(d.start, d.end)}
    for d in drafts:
        if d.sector or d.person or d.source not in ("country", "adjective") or "place" in d.flags:
            continue
        tok = doc[d.end - 1]
        head = tok.head
        if tok.dep_ not in ("nmod", "amod", "compound", "conj") or head.i in range(d.start, d.end):
            continue
        j = owner.get(head.i)
        if j is None and tok.dep_ == "conj":
            j = owner.get(head.head.i) if head.i not in owner else owner[head.i]
        if j is not None and drafts[j].sector and not drafts[j].person:
            d.sector = drafts[j].sector
            d.flags.append("coordination")


def resolve_bare_agents(doc: Doc, drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """Agent nouns with no country after coreference ('rebels', 'protesters', 'troops').

    Forces that are the object of a country's action belong to it ('the United States stations
    1,000 troops'); other domestic actors belong to the focus country, when there is one.
    """
    owner = {t: j for j, d in enumerate(drafts) for t in range(d.start, d.end)}
    for d in drafts:
        if d.country is not None or not d.units:
            continue
        if d.person:
            # "Interior Minister Joachim Brudzinski", unknown to the KB: an official of the focus country
            titled = any(u.kind == "agent" for u in d.units) and d.units[-1].kind.startswith("person") \
                and not any(u.kind == "org?" for u in d.units)  # "Phytopharm chief executive X": not domestic
            if titled and focus is not None and d.sector in DOMESTIC and "former" not in d.flags:
                d.country = focus
                d.flags.append("coref:focus")
                d.reason = "focus_country:titled_person"
            continue
        if any(u.kind not in ("agent", "org?") for u in d.units) and d.source not in ("ethnic", "regional"):
            continue
        if any(u.kind == "org?" for u in d.units) and (not any(u.kind == "agent" for u in d.units)
                                                        or d.sector in (None, "BUS")):
            continue  # an unknown organisation: only a domestic institution ("X Police Station") goes on
        tok = doc[d.end - 1]
        # "American military and civilian employees": a conjunct or modifier of a mention with a country
        linked = [tok.head] if tok.dep_ == "conj" else []
        linked += [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "conj")]
        j = next((owner[t.i] for t in linked if t.i in owner and drafts[owner[t.i]].country
                  and not (d.start <= t.i < d.end)), None)
        if j is not None:
            d.country, d.ref = drafts[j].country, j
            d.flags.append("coordination")
            d.reason = "coordination"
        if d.country is None and tok.dep_ == "dobj" and d.sector in ("MIL", "COP"):
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            j = owner.get(subject.i) if subject is not None else None
            if j is not None and drafts[j].country:
                d.country, d.ref = drafts[j].country, j
                d.flags.append("coref")
                d.reason = "coref:subject_of_deployment"
        if d.country is None and focus is not None and d.sector in DOMESTIC:
            d.country = focus
            d.flags.append("coref:focus")
            d.reason = "focus_country:bare_agent"
        if d.country:
            d.name = " ".join(filter(None, (kb.label(d.country), kb.sector_noun(d.sector))))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def resolve_surnames(drafts: list[Draft]) -> None:
    """'Miller' after 'Matthew Miller', 'Brudzinski' after 'Joachim Brudziński': the same person
    (and actor) as the earlier full-name mention.  Also when the model tagged the surname ORG."""
    for i, d in enumerate(drafts):
        org = next((u.text for u in d.units if u.kind == "org?"), None)
        if d.country is None and org is not None:
            # "Phytopharm" after "UK firm Phytopharm": the same organisation
            j = next((j for j in range(i - 1, -1, -1) if drafts[j].country and not drafts[j].person and any(
                u.kind == "org?" and u.text == org for u in drafts[j].units)), None)
            if j is not None:
                d.country, d.ref = drafts[j].country, j
                if len(d.units) == 1:
                    d.sector, d.name = drafts[j].sector, drafts[j].name
                d.flags = [f for f in d.flags if f != "unresolved"] + ["coref"]
                d.reason = "coref:same_name"
                continue
        if d.country is not None or len(d.units) != 1 or d.units[0].kind not in ("person?", "org?"):
            continue
        words = d.units[0].text.split()
        if len(words) != 1:
            continue
        surname = _fold(words[0])
        # the full name usually comes first; failing that, a later one ("Mubarak ... Hosni Mubarak")
        for j in [*range(i - 1, -1, -1), *range(i + 1, len(drafts))]:
            other = drafts[j]
            if other.person and len(other.person.split()) > 1 and _fold(other.person.split()[-1]) == surname:
                d.country, d.person = other.country, other.person
                d.sector = "ELI" if "former" in d.flags else other.sector
                d.role = d.role or other.role
                d.name = other.name
                d.ref = j
                d.flags = [f for f in d.flags if f != "unresolved"] + ["coref"]
                d.reason = "coref:surname"
                break


def pronoun_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """'it' / 'they' as the subject of a clause reported by an actor: 'X announced that it was ...'."""
    by_token = {}
    for i, d in enumerate(drafts):
        for t in range(d.start, d.end):
            by_token[t] = i
    found: list[Draft] = []
    pronouns = [t for t in doc if t.tag_ == "PRP"]
    for tok in pronouns:
        if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_VERBS:
            continue
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.i not in by_token:
            continue
        j = by_token[speaker.i]
        src = drafts[j]
        if src.person or (tok.lower_ == "it" and src.country is None):
            continue  # "he said that it ...": "it" is something else
        found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, name=src.name,
                           flags=["coref", "pronoun"], reason="coref:reported_subject", ref=j, source="coref"))
    sent = sentence_index(doc)
    persons = [j for j, d in enumerate(drafts) if d.person]
    for tok in pronouns:
        if tok.lower_ not in ("he", "him", "she", "her"):
            continue
        prior = [j for j in persons if drafts[j].end <= tok.i]
        if not prior:
            continue
        j = prior[-1]
        src = drafts[j]
        if sent[tok.i] - sent[src.start] > 1:
            continue  # more than one sentence back: too far for a bare pronoun
        found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, person=src.person,
                           role=src.role, name=src.name, flags=["coref", "pronoun"],
                           reason="coref:person_pronoun", ref=j, source="coref"))
    return found

