"""Document-level reading: focus country, the adjective consistency check, coreference.

These steps need the whole article: "the junta" names Niger's junta because the article is
about Niger; "The Nigerian military" in that article is Niger's military unless something
else in it points to Nigeria; "it" after "The Nigerien government announced that ..." is that
government.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft, is_acronym
from dateline.actors.counsel import PERSON_POSSESSIVES, client_tokens
from dateline.actors.kb import KnowledgeBase, knowledge_base
from dateline.actors.linking import fold, full_name_holder, mark_linked, token_owners
from dateline.actors.outlets import credited_outlet
from dateline.actors.match import sentence_index

INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# non-governmental organisations and multinational firms command no army or police: "Amnesty International accused
# the army" is about some state's army, not one the subject deploys (coref:subject_of_deployment)
WITHOUT_FORCES = {"NGO", "MNC"}
BODY_CODES = {"IGO", "UNO", "EUR"}  # intergovernmental bodies: a story may be about their business, not a state's
BODY_LEAD = 1.5  # ... when they weigh half as much again as the leading country (no place-led focus)
SPEECH_VERBS = {"say", "announce", "state", "declare", "warn", "insist", "confirm", "deny", "add", "claim",
                "vow", "threaten", "pledge", "promise", "decide", "agree", "tell", "report", "indicate",
                "explain", "argue", "accuse", "note", "stress", "write", "signal"}
# "his country", "its government": what a possessive pronoun's state is called
STATE_NOUNS = {"country", "nation", "government", "administration", "regime", "army", "military"}
# "the country", "the nation" as a clause's subject: the state last named (_definite_states)
DEFINITE_STATE_NOUNS = {"country", "nation"}
# drafts that name a state itself, as "the country" can stand for: "Bahrain", "Washington", "Nigerien officials"
STATE_NAMING_SOURCES = {"country", "capital", "adjective"}
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
    bodies = 0.0  # the weight of the international bodies the article names (an EU or UN story)
    doc.user_data.pop("dl_actor_body_led", None)
    sents = doc.sents if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
    first_sent = next((s for s in sents if s.start not in excluded_tokens and s.text.strip()), None)
    for d in drafts:
        if d.country in BODY_CODES and "coref" not in " ".join(d.flags):
            bodies += 1.5 if d.sector else 1.0
        if d.country is None or d.country in INTERNATIONAL or "coref" in " ".join(d.flags) \
                or d.source in ("ethnic", "regional") or named_firm(d) or credited_outlet(doc, d):
            continue  # (ethnic groups live abroad too: "the Rohingya in Bangladesh"; "Texans" in Mexico; a firm trades
            # abroad: "BP agreed to pay the government" in a story about the US; "told Reuters" credits a report)
        is_place = "place" in d.flags or "place_only" in d.flags
        if is_place and meeting_venue(doc[d.end - 1], knowledge_base()):
            continue  # "the meeting concluded in Punta del Este, Uruguay": where others met, not whose story
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
    if bodies >= BODY_LEAD * ranked[0][1]:
        doc.user_data["dl_actor_body_led"] = True  # (nor do its places decide: see body_led)
        return None  # a story about the EU's or the UN's own business: its "ministers" are no one state's
    if len(ranked) > 1 and ranked[0][1] < 1.25 * ranked[1][1]:
        return None
    return ranked[0][0]


def named_firm(d: Draft) -> bool:
    """Is the draft a firm the knowledge base names (firms.tsv: "BP", "Microsoft's chief executive")?  Its home
    country says where the firm is based, not where the story is."""
    return d.source == "igo" and d.sector == "BUS"


def meeting_venue(tok, kb: KnowledgeBase) -> bool:
    """Does the place name ending at ``tok`` name where a meeting was held ("a summit in Montevideo", "the talks
    were held in Doha, Qatar", "ministers met in Geneva", "the Uruguay Round", "the Minsk agreement";
    feature_words.tsv, position venue)?  The host of a meeting of other states' envoys is not the country the
    story is about, and an untitled "foreign minister" there is not the host's: the venue gives no focus."""
    venue = kb.venue_words

    def names_meeting(t) -> bool:
        return t.lemma_.lower() in venue or t.lower_ in venue

    for _ in range(3):  # "Punta del Este, Uruguay": the country in apposition to the town
        if tok.dep_ not in ("appos", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("compound", "nmod", "amod"):
        return names_meeting(head)  # "the Uruguay Round", "the Minsk agreement"
    if tok.dep_ != "pobj" or head.lower_ not in ("in", "at"):
        return False
    host = head.head
    root = tok.sent.root
    if names_meeting(host) or names_meeting(root):
        return True  # "the meeting in Geneva", "The summit of eight presidents ended today in Punta del Este"
    for c in list(host.children) + list(tok.children) + list(root.children):
        if c.dep_ in ("nsubj", "nsubjpass") and c.head.pos_ in ("VERB", "AUX") and names_meeting(c):
            return True  # "the talks were held in Doha"
        if c.dep_ == "prep" and c.lower_ in ("for", "at") and c.i > head.i \
                and any(o.dep_ == "pobj" and names_meeting(o) for o in c.children):
            return True  # "the foreign minister, in Montevideo for the Mercosur summit"
    return False


def body_led(doc: Doc) -> bool:
    """Did :func:`focus_country` find the article led by international bodies (then no focus from places)?"""
    return bool(doc.user_data.get("dl_actor_body_led"))


def focus_from_places(places) -> str | None:
    """The country most of the article's named places lie in, for an article that names no country
    often enough (local news: "a west Charlotte neighborhood", "Swat District in Khyber Pakhtunkhwa").

    Counts resolved toponyms (``dateline.places`` ``Place`` objects) that have a country, leaving out
    demonyms ("Texan ranchers", counted by :func:`focus_country` already) and streets; the leader
    must have at least twice the places of the runner-up.
    """
    counts: Counter[str] = Counter(p.country for p in places
                                   if p.country and not p.reason.startswith("adjectival") and p.kind != "landmark")
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def focus_from_own_body(drafts: list[Draft]) -> str | None:
    """The country of an article that names no other, when one of its own parties or national bodies names it
    ("former bjp mp" in a lower-case Indian story whose towns the model does not tag): such a body is named in
    the news of its own country, and a story set abroad names the other country too."""
    named = [d for d in drafts
             if d.country and d.country not in INTERNATIONAL and not any("coref" in f for f in d.flags)]
    if len({d.country for d in named}) != 1:
        return None
    if any(u.kind == "group" and u.entries[0].code == named[0].country and u.entries[0].sector in DOMESTIC
           for d in named for u in d.units):
        return named[0].country
    return None


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
        if any(u.kind == "adjective" and " ".join(u.text.lower().split()) in kb.unconfused_forms for u in d.units):
            continue  # "Nigerien migrants" in a story about Nigeria: the writer chose Niger's own word
        d.flags.append(f"adjective_corrected:{d.country}->{focus}")
        d.country = focus
        d.name = kb.generic_name(focus, d.sector) if not d.person else d.name


def prefer_focus_namesakes(drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """A name the knowledge base lists for several countries ("Congress": the US Congress, India's
    Congress party) is the focus country's when the article is about one of them.  So is an agent noun that
    names another body there (focus_namesake_agents.tsv): "congressmen", "the congress president" in a story
    about India are the Congress party's (PTY), not a legislature's."""
    if focus is None:
        return
    for d in drafts:
        if d.country in (None, focus) and not any(u.kind in ("metonym", "igo", "group") for u in d.units):
            sector = next((kb.focus_namesake_agents.get((u.text.lower(), focus)) for u in d.units if u.kind == "agent"
                           and (u.text.lower(), focus) in kb.focus_namesake_agents), None)
            if sector is not None and d.sector != sector and "former" not in d.flags:
                d.flags.append(f"namesake_agent:{d.sector}->{sector}")
                d.sector = sector
        unit = next((u for u in d.units if u.kind == d.source and len({e.code for e in u.entries}) > 1), None)
        if unit is None or d.country == focus:
            continue
        entry = next((e for e in unit.entries if e.code == focus), None)
        if entry is not None:
            d.flags.append(f"namesake:{d.country}->{focus}")
            d.country, d.sector, d.name = entry.code, entry.sector, entry.name


def _possessor(doc: Doc, drafts: list[Draft], d: Draft) -> int | None:
    """'France will end its military presence': 'its' is the subject of the clause, France."""
    if d.start == 0 or doc[d.start - 1].lower_ not in ("its", "their"):
        return None
    tok = doc[d.end - 1]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((j for j, o in enumerate(drafts) if o.start <= subject.i < o.end and o.country), None)


def _body_word(d: Draft) -> str | None:
    """The last word of the name of the international body or organisation a draft names ("parliament" of
    "European Parliament", "council" of "UN Security Council"); None for any other draft."""
    unit = next((u for u in d.units if u.kind == "igo"), None)
    if unit is None or d.person or d.country is None or len(d.units) != 1:
        return None
    return unit.text.lower().split()[-1]


def resolve_named_bodies(doc: Doc, drafts: list[Draft]) -> None:
    """"the Parliament", "the Commission", "the Council" after "European Parliament", "European Commission",
    "UN Security Council": a definite agent noun - or a one-word organisation the model tagged - that is the
    last word of the name of a body the article named before is that body (the last such one), before the
    article's focus country can claim it (an EU story naming the US a few times made "the Parliament"
    American).  Reason ``coref:named_body``."""
    bodies = [(j, w) for j, d in enumerate(drafts) if (w := _body_word(d)) is not None]
    if not bodies:
        return
    for i, d in enumerate(drafts):
        if d.country is not None or d.person or len(d.units) != 1 or d.units[0].kind not in ("agent", "org?"):
            continue
        word = d.units[0].text.lower()
        if " " in word or (d.units[0].kind == "agent" and not d.definite):
            continue
        j = next((j for j, w in reversed(bodies) if w == word and drafts[j].end <= d.start), None)
        if j is None:
            continue
        src = drafts[j]
        if d.units[0].kind == "agent" and d.sector is not None and src.sector not in (None, d.sector):
            continue
        d.country, d.ref, d.name = src.country, j, src.name
        d.sector = src.sector or d.sector
        mark_linked(d, "coref", "coref:named_body")


def resolve_short_names(doc: Doc, drafts: list[Draft]) -> None:
    """"the Brotherhood" after "the Muslim Brotherhood", "the Cartel" after "the Sinaloa Cartel": a one-word
    name the model tagged as an organisation the knowledge base does not know, that is the last word of the
    name of a party, movement or armed group named before (the last such one), is that body - news copy shortens
    a body's name to its head noun once it has named it in full.  Country (as resolved by then), sector and name
    of the full name; flag ``coref``, reason ``coref:short_name``."""
    bodies = [(j, u.text.split()[-1]) for j, d in enumerate(drafts) if not d.person
              for u in d.units if u.kind == "group" and len(u.text.split()) > 1]
    if not bodies:
        return
    for d in drafts:
        if d.country is not None or d.sector is not None or d.person or len(d.units) != 1 \
                or d.units[0].kind != "org?" or " " in d.units[0].text or not d.units[0].text.istitle():
            continue
        j = next((j for j, w in reversed(bodies) if w == d.units[0].text and drafts[j].end <= d.start), None)
        if j is None:
            continue
        src = drafts[j]
        d.country, d.sector, d.name, d.ref = src.country, src.sector, src.name, j
        mark_linked(d, "coref", "coref:short_name")


def resolve_definites(doc: Doc, drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """'the junta', 'the government', 'the army': the last earlier mention with the same head noun
    (which carries a country), else the focus country.  'its army': the clause's subject."""
    owner = token_owners(drafts)
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
            d.name = kb.generic_name(d.country, d.sector)
            continue
        if multinational(doc, d, kb):
            _sent_by_a_body(d, kb)  # "the peacekeepers": not the host's army, nor the last "army" named
            continue
        if _private_counsel(doc, d, owner, drafts, kb, focus):
            d.sector = None  # "his lawyer": a person's counsel, no court of the story's state
            d.flags.append("private_counsel")
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
            _take_focus(d, focus, "coref:focus_country")
            d.ref = next((j for j, o in enumerate(drafts) if o.country == focus and o.source == "country"), None)
        if d.country:
            d.name = kb.generic_name(d.country, d.sector)


def _take_focus(d: Draft, focus: str, reason: str) -> None:
    """Give a mention the article's focus country.  The flag ``coref:focus`` marks it a guess, not the
    mention's own words (events/place_recipients reads it so)."""
    d.country = focus
    d.flags.append("coref:focus")
    d.reason = reason


def _take_local(d: Draft, local: tuple[str, int | None], reason: str) -> None:
    """Give a mention the country of the place its words put it in (:func:`_local_country`: the country and the
    draft it comes from).  The flag ``local`` marks it taken from a place named beside it."""
    d.country, d.ref = local
    d.flags.append("local")
    d.reason = reason


UNIFORMED = {"COP", "MIL"}  # ranks no firm gives: an unknown name before one is a place or unit of the state's force
DOMESTIC = {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "PTY", "OPP", "CVL", "BUS", "JRN", "MED", "EDU", "ELI",
            "LAB", "AGR", "REL", "SOC", "CRM", "SPY", "PRM"}


def place_unidentified_armed(doc: Doc, drafts: list[Draft], focus: str | None, kb: KnowledgeBase) -> None:
    """"unidentified gunmen", "a death squad" (PLOVER UAF) still without a country once every link to another
    mention (place, acronym, apposition, coordination) has been tried: in a story about one country they operate
    there, like its rebels and criminals (the hand-judged mentions count them wrong with no country).  Not when
    the words say they are foreign.  Reason ``focus_country:unidentified_armed``."""
    if focus is None:
        return
    for d in drafts:
        if d.country is None and d.sector == "UAF" and not d.person and not _foreign(doc, d, kb):
            _take_focus(d, focus, "focus_country:unidentified_armed")
            d.name = kb.generic_name(d.country, d.sector)


def share_coordination(doc: Doc, drafts: list[Draft]) -> None:
    """'U.S. and Russian negotiators': the bare 'U.S.' modifies the negotiators, so it shares their
    sector.  Only for country mentions without a sector that hang on a token of another mention."""
    owner = token_owners(drafts)
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


STATE_SECTORS = {"GOV", "COP", "JUD", "LEG"}


def _local_country(doc: Doc, d: Draft, drafts: list[Draft], places: list[Draft]) -> tuple[str, int | None] | None:
    """'Police in Peru', 'Officials in Mumbai, India', 'an official from Peru's police': the country
    of the place (or of the body) the agent noun is in or from."""
    tok = doc[d.end - 1]
    preps = list(tok.children)
    if d.end < len(doc) and doc[d.end].dep_ == "prep" and doc[d.end].head.i not in range(d.start, d.end) \
            and doc[d.end].head in tok.ancestors and d.sector in STATE_SECTORS:
        # "closed down by regulators in Tokyo": the parser hung "in Tokyo" on the verb; read right after the
        # noun, it says where these officials are (state bodies only: troops or protesters may be foreign there)
        preps.append(doc[d.end])
    population = d.sector == "CVL"
    if d.sector in ("CVL", "COP") and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and tok.head.i not in range(d.start, d.end):
        # "Protesters gathered in Baghdad", "police dispersed villagers in Karachi": people of no state, and a
        # police force, where the clause puts them are that place's (not troops or officials, who may be foreign)
        # (a verb with an object: "in" only - "police arrested ten people from Afghanistan" says where the people
        # come from, the parser hanging "from" on the verb)
        transitive = tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children)
        preps += [c for c in tok.head.children if (c.i > tok.head.i or tok.dep_ != "nsubj")
                  and not (transitive and c.lower_ != "in")]
    if d.sector == "COP" and tok.dep_ == "nsubj" and tok.head.i not in range(d.start, d.end):
        # "Police dispersed people in Karachi", "police used tear gas to disperse protesters in Lahore": a police
        # force acts where the people it acts on are (the parser hangs the place on the object or on the verb of
        # purpose); police do not act abroad, unlike troops
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        # ("in" only: "arrested people from Afghanistan" says where the people come from, not the police)
        preps += [c for v in verbs[1:] for c in v.children if c.lower_ == "in"]
        preps += [c for v in verbs for o in v.children if o.dep_ == "dobj" for c in o.children if c.lower_ == "in"]
    for prep in preps:
        if prep.dep_ != "prep" or not (prep.lower_ in ("in", "from") or population and prep.lower_ == "of"
                                       and prep.head.i == tok.i):  # "residents of Fallujah"
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or meeting_venue(obj, knowledge_base()):
            continue  # "the foreign minister, in Montevideo for the summit": a guest there, not the host's
        for j, o in enumerate(drafts):
            if o.start <= obj.i < o.end and o.country and o.country not in INTERNATIONAL \
                    and (prep.lower_ == "from" or "place" in o.flags or o.source in ("country", "capital")):
                return o.country, j
        for o in places:
            if o.start <= obj.i < o.end and o.country:
                return o.country, None
    return None


def multinational(doc: Doc, d: Draft, kb: KnowledgeBase) -> bool:
    """'peacekeepers', 'the regional peacekeeping force': a force sent by other states or a body of them, never
    the host's own (agent_contexts.tsv, context multinational); with no state or body named it is coded IGO."""
    words = kb.agent_context("*", "multinational") or set()
    head = doc[d.end - 1]
    return any(t.lower_ in words and (t.i == head.i or t.head.i == head.i) for t in doc[max(0, d.start - 1):d.end])


def _sent_by_a_body(d: Draft, kb: KnowledgeBase) -> None:
    """A multinational force the words give no state or body: an intergovernmental organisation's (PLOVER code
    IGO, as the PLOVER GSR codes "the regional peacekeeping force")."""
    d.country = "IGO"
    d.flags.append("multinational")
    d.reason = "multinational_force"
    d.name = kb.generic_name(d.country, d.sector)


def _foreign(doc: Doc, d: Draft, kb: KnowledgeBase) -> bool:
    """'foreign ambassadors', 'international observers': not the focus country's own."""
    words = kb.agent_context("*", "foreign") or set()
    head = doc[d.end - 1]
    return any(t.lower_ in words and t.head.i == head.i for t in doc[max(0, d.start - 1):d.end])


def _title_head(d: Draft) -> str | None:
    """The head word of a titled person's title ("archbishop" of "Archbishop Desmond Tutu")."""
    title = next((u for u in reversed(d.units) if u.kind == "agent"), None)
    return title.text.split()[-1].lower() if title is not None else None


def _described_title(doc: Doc, d: Draft, drafts: list[Draft]) -> int | None:
    """"Archbishop Desmond Tutu has called for ... the South African archbishop said": a person whose title is
    not the KB's, when the article describes the holder of that title with a country of its own in a definite
    description ("the" + country adjective + the title word) and names nobody else by that title, is that
    holder (the draft of the description); None otherwise.  The article's focus country comes only after."""
    head = _title_head(d)
    if head is None:
        return None
    surname = d.person.split()[-1].lower()
    if any(o.person and o.person.split()[-1].lower() != surname and _title_head(o) == head for o in drafts):
        return None  # two people with that title: which one the description names is unknown
    found = {}
    for j, o in enumerate(drafts):
        if o.person or not o.country or o.reason.startswith(("coref", "focus")) or "place" in o.flags \
                or doc[o.end - 1].lower_ != head or o.start == 0 or doc[o.start - 1].lower_ != "the":
            continue
        if not any(u.kind in ("adjective", "country", "igo") for u in o.units):  # "the U.N. special envoy"
            continue
        found.setdefault(o.country, j)
    return next(iter(found.values())) if len(found) == 1 else None


POST_PREPOSITIONS = ("at", "of", "with", "for")


def _post_in_unknown_body(doc: Doc, d: Draft, drafts: list[Draft], owner: dict[int, int]) -> Draft | None:
    """'the deputy chief economist at BMO Financial Group', 'an analyst with Nomura Securities': an agent noun whose
    post the words place in an organisation the knowledge base does not know (a firm, a university, a think tank)
    belongs to that body, whose country is unknown - not to the country the story is about.  Returns that body's
    draft (None: no such post)."""
    tok = doc[d.end - 1]
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in POST_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        j = owner.get(obj.i) if obj is not None else None
        if j is None:
            continue
        o = drafts[j]
        if o.country is None and not o.person and o.units and all(u.kind == "org?" for u in o.units):
            return o
    return None


def _post_of_named_body(doc: Doc, d: Draft) -> bool:
    """Does ``d`` hold an agent noun followed by a post preposition whose object is an unknown name of the same
    mention ("captain of Chelsea", "coach at Ajax")?"""
    agent = next((u for u in d.units if u.kind == "agent"), None)
    if agent is None:
        return False
    for u in d.units:
        if u.kind != "org?" or u.start < agent.end:
            continue
        obj = doc[u.end - 1]
        prep = obj.head
        if obj.dep_ == "pobj" and prep.lower_ in POST_PREPOSITIONS and agent.start <= prep.head.i < agent.end:
            return True
    return False


def _post_in_unnamed_body(doc: Doc, d: Draft, owner: dict[int, int]) -> bool:
    """'a spokesman for the office', 'a spokeswoman for the family': a role noun of no sector whose post the words
    place in a body named by a common noun that is no actor the knowledge base knows (no mention anywhere in the
    phrase: "the prime minister's office" names its holder, "the ministry" is an agent).  Whose body it is the
    words do not say, so the role noun takes neither the story's country nor a state sector."""
    tok = doc[d.end - 1]
    for prep in tok.children:
        # "for" only: "officials at the scene", "officials with knowledge of the talks" say where or what they
        # are, not whose
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
            continue
        if not any(t.i in owner for t in doc[obj.left_edge.i:obj.right_edge.i + 1]):
            return True
    return False


STATE_CLIENTS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM"}  # a state's lawyers are its own (JUD)


def _private_counsel(doc: Doc, d: Draft, owner: dict[int, int], drafts: list[Draft], kb: KnowledgeBase,
                     focus: str | None) -> bool:
    """"lawyers for former Worldcom chief executive Mr Ebbers", "an attorney representing the family", "his lawyer": a
    lawyer noun (agent_contexts.tsv, context counsel) "for", "representing" or possessed by a client who is no state
    body - a person ("his"), a body of no state sector, or a common noun no mention covers - is private counsel."""
    if not d.units or any(u.kind != "agent" for u in d.units) or d.head not in (kb.agent_context("*", "counsel") or ()):
        return False
    for client in client_tokens(doc, d):
        if client.lower_ in PERSON_POSSESSIVES:
            # "his lawyer": a person's (a state's counsel are "its" or "the government's lawyers"); the lawyer of a
            # named person of a story about a country is that country's, as the person is (session 33)
            j = person_antecedent_of(doc, drafts)(client)
            return j is None or not _national(drafts[j], focus)
        named = {owner[t.i] for t in client.subtree if t.i in owner}  # "Mr Ebbers" may be no mention: its modifiers
        if not named:
            return client.pos_ in ("NOUN", "PROPN")  # "the family", an unknown name
        if any(_national(drafts[j], focus) for j in named):
            return False  # "lawyers for Kenyan opposition leader Raila Odinga", "Spector's lawyers" in a US story
        return all(_private_party(drafts[j]) for j in named)
    return False


def _national(client: Draft, focus: str | None) -> bool:
    """A named person with a country signal: a country of their own, or the country of the story they are named in
    (the one the pipeline gives the people of a story)."""
    return client.person is not None and (client.country is not None or focus is not None)


def _private_party(d: Draft) -> bool:
    """A person or body outside the state: a person of no state post, a firm, civilians, an unknown organisation
    (not a country named alone, which is its state)."""
    if d.sector in STATE_CLIENTS:
        return False
    return d.person is not None or d.sector is not None or all(u.kind == "org?" for u in d.units)


def _movement_of_several_states(d: Draft) -> bool:
    """A mention named only by a party or movement that the knowledge base gives no country because several
    states have one ("Conservatives", "Greens", "Muslim Brotherhood": parties.tsv, organisations.tsv), with no
    other name (a country, a person) to place it."""
    named = [u for u in d.units if u.kind != "agent"]
    return bool(named) and all(u.kind == "group" and u.entries[0].curated and u.entries[0].code is None
                               for u in named)


def resolve_bare_agents(doc: Doc, drafts: list[Draft], focus: str | None, kb: KnowledgeBase,
                        places: list[Draft] = ()) -> None:
    """Agent nouns with no country after coreference ('rebels', 'protesters', 'troops').

    Agents in or from a named place take its country ('Police in Peru'); forces that are the
    object of a country's action belong to it ('the United States stations 1,000 troops'); other
    domestic actors, and role nouns that stand alone ('officials said'), belong to the focus
    country when there is one - unless the words say they are foreign ('foreign ambassadors').
    ``places`` are the capitals and provinces read as places ("in Mumbai"), not mentions.
    """
    owner = token_owners(drafts)
    for d in drafts:
        if d.country is not None or not d.units:
            continue
        if d.person:
            # "Interior Minister Joachim Brudzinski", unknown to the KB: an official of the focus country
            titled = any(u.kind == "agent" for u in d.units) and d.units[-1].kind.startswith("person") \
                and (not any(u.kind == "org?" for u in d.units)  # "Phytopharm chief executive X": not domestic
                     or d.sector in UNIFORMED)  # "Manglore Station House Officer X": a place's police, no firm's
            described = _described_title(doc, d, drafts) if titled else None
            if described is not None:
                d.country, d.ref = drafts[described].country, described
                d.flags.append("coref")
                d.reason = "coref:described_title"
                continue
            # (a post named by its policy area, "local government spokesman", is a public one whatever its sector)
            if titled and focus is not None and (d.sector in DOMESTIC or "portfolio" in d.flags) \
                    and "former" not in d.flags:
                _take_focus(d, focus, "focus_country:titled_person")
            continue
        if _movement_of_several_states(d):
            # "the Conservatives", "the Muslim Brotherhood": a party or movement that many states have, of the
            # country the words place it in ("the Conservative leader in Canada"), else of the country the story
            # is about
            local = _local_country(doc, d, drafts, list(places))
            if local is not None:
                _take_local(d, local, "local_place:codeless_group")
            elif focus is not None and not _foreign(doc, d, kb):
                _take_focus(d, focus, "focus_country:codeless_group")
            continue
        if any(u.kind not in ("agent", "org?") for u in d.units) and d.source not in ("ethnic", "regional"):
            continue
        if any(u.kind == "org?" for u in d.units) and (not any(u.kind == "agent" for u in d.units)
                                                        or d.sector in (None, "BUS") or _post_of_named_body(doc, d)):
            # an unknown organisation: only a domestic institution ("X Police Station") goes on, not a post in the
            # organisation ("the captain of Chelsea", "a coach at Ajax": the club's, whatever the story's country)
            continue
        # not forces: "the United States stations 1,000 troops in Niger" are American troops
        local = _local_country(doc, d, drafts, list(places)) if not d.person and d.sector != "MIL" else None
        if local is not None:
            _take_local(d, local, "local_place")
            d.sector = d.sector or d.units[-1].entries[0].sector if d.units[-1].kind == "agent" else d.sector
            d.name = kb.generic_name(d.country, d.sector)
            continue
        tok = doc[d.end - 1]
        # "American military and civilian employees": a conjunct or modifier of a mention with a country
        linked = [tok.head] if tok.dep_ == "conj" else []
        if tok.dep_ == "conj":  # "Venezuelan businesses and individuals": the first conjunct's adjective is theirs too
            linked += [c for c in tok.head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.head.i]
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
            if j is not None and drafts[j].country and drafts[j].country not in WITHOUT_FORCES:
                d.country, d.ref = drafts[j].country, j
                d.flags.append("coref")
                d.reason = "coref:subject_of_deployment"
        body = _post_in_unknown_body(doc, d, drafts, owner) if d.country is None else None
        if body is not None:
            # "deputy chief economist at BMO Financial Group": the firm's, not the story's country
            if kb.ends_in_firm_word(doc[body.end - 1].text):
                d.sector = "BUS"
                d.flags.append("post_in_firm")
            continue
        if d.country is None and _private_counsel(doc, d, owner, drafts, kb, focus):
            d.sector = None  # "lawyers for former Worldcom chief executive Ebbers": his counsel, no court of the state
            d.flags.append("private_counsel")
            continue
        neutral_alone = d.sector is None and all(u.kind == "agent" and u.entries[0].neutral for u in d.units)
        if neutral_alone and d.country is None and _post_in_unnamed_body(doc, d, owner):
            continue  # "a spokesman for the office": whose office the words do not say, no state's by default
        if d.country is None and multinational(doc, d, kb):
            _sent_by_a_body(d, kb)
        if d.country is None and focus is not None \
                and (d.sector in DOMESTIC or neutral_alone or "portfolio" in d.flags or unknown_status(d)) \
                and not _foreign(doc, d, kb):
            _take_focus(d, focus, "focus_country:bare_agent")
            if neutral_alone:
                d.sector = d.units[-1].entries[0].sector  # "officials said": the role noun's default
        if d.country:
            d.name = kb.generic_name(d.country, d.sector)


def unknown_status(d: Draft) -> bool:
    """Is the mention only a noun of people whose status is unknown ("two suspects": agents_extra.tsv sector UNK, not a
    role noun)?  They are the story's people, as "protesters" are, with no sector."""
    return d.sector is None and bool(d.units) and all(u.kind == "agent" and not u.entries[0].neutral
                                                      and u.entries[0].sector is None for u in d.units)


BODY_KINDS = ("group", "igo", "metonym")  # units that name one body: a party, movement, armed group, organisation
TITLE_PATH = ("conj", "prep", "pobj")  # "president and Commander in Chief of X": from a title to its "of"


def _body_of_title(doc: Doc, d: Draft, owner: dict[int, int], drafts: list[Draft]) -> int | None:
    """The draft of the body a bare title holds its office in: "a spokesman for the Taliban", "founding president
    and Commander in Chief of the Hmar National Army" (through the conjoined title).  The body must be named by a
    unit of the knowledge base (a party, armed group, organisation) or be an armed group's name."""
    head = doc[d.end - 1]
    todo = [(c, 0) for c in head.children if c.i >= d.end]
    while todo:
        tok, depth = todo.pop(0)
        if tok.dep_ not in TITLE_PATH or tok.i - d.end > 10 or depth > 4:
            continue
        if tok.dep_ == "prep" and tok.lower_ in ("of", "for"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            j = owner.get(obj.i) if obj is not None else None
            if j is not None and not drafts[j].person and drafts[j].country \
                    and (any(u.kind in BODY_KINDS for u in drafts[j].units) or "insurgent_name" in drafts[j].flags
                         or _movement_of_a_people(drafts[j])):
                return j
            if obj is not None and obj.i in owner:
                return None  # the office is in another body ("president of the republic")
        todo += [(c, depth + 1) for c in tok.children]
    return None


PEOPLE_BODY_SECTORS = {"REB", "PTY", "OPP"}


def _movement_of_a_people(d: Draft) -> bool:
    """"the Karen National Liberation Army", "the Kachin Independence Army": an armed group, party or opposition body
    named after a people (an ethnic or regional unit before its agent noun) is one body, as a listed group is."""
    return d.sector in PEOPLE_BODY_SECTORS and any(u.kind in ("ethnic", "regional") for u in d.units) \
        and any(u.kind == "agent" for u in d.units)


def share_body_of_titles(doc: Doc, drafts: list[Draft], kb: KnowledgeBase) -> None:
    """A bare title with no country of its own words - none, or only the article's focus country - that holds its
    office in a named body takes the body's country and, when the body has one, its sector: "a spokesman for the
    Taliban" is the Taliban's (AFG REB), not the story's government's.  Before appositions share them with the
    person the title describes.  Reason ``coref:body_of_title``."""
    owner = token_owners(drafts)
    members = kb.agent_context("*", "member_of_body") or set()  # "fighters of the KNLA" are the body's, as "KNLA fighters"
    for d in drafts:
        if d.person or not d.units or any(u.kind != "agent" for u in d.units) \
                or (d.country is not None and "coref:focus" not in d.flags) \
                or (d.head not in kb.person_titles and d.head not in members):
            continue
        j = _body_of_title(doc, d, owner, drafts)
        if j is None:
            continue
        body = drafts[j]
        d.country, d.ref = body.country, j
        d.sector = body.sector or d.sector
        d.flags = [f for f in d.flags if f != "coref:focus"] + ["coref"]
        d.reason = "coref:body_of_title"
        d.name = kb.generic_name(d.country, d.sector)


def share_force_of_titled_names(doc: Doc, drafts: list[Draft]) -> None:
    """A titled name whose sector is only its title's default takes the sector of the force or service it is "of":
    "Commander Frank Armstrong *of the City of London police*" is police (COP), not the military a "commander" is by
    default; "Commander John Smith of the army" stays MIL.  The body must be named by an agent noun of a sector of its
    own (police, army, navy), and gives its country to a name that has none.  Reason ``coref:force_of_title``.
    Session 44 (a probe of unjudged news)."""
    owner = token_owners(drafts)
    for d in drafts:
        if "sector:role_default" not in d.flags:
            continue
        head = doc[d.end - 1]
        objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.i in owner]
        body = drafts[owner[objects[0].i]] if objects else None
        if body is None or body is d or not body.sector or not any(
                u.kind == "agent" and not u.entries[0].neutral and u.entries[0].sector == body.sector for u in body.units):
            continue
        d.sector = body.sector
        d.country = d.country or body.country
        d.flags = [f for f in d.flags if f != "sector:role_default"]
        d.reason = "coref:force_of_title"


def share_apposition(doc: Doc, drafts: list[Draft]) -> None:
    """A name the KB does not know takes the country (and sector) of the mention it is set beside:
    "Walter Escalante, the head of the Peruvian investigative police", "the senior US diplomat in
    Cuba, James Cason", "the Italian company, Fiat", "Milton Rojas of the Peruvian Center ..."."""
    owner = token_owners(drafts)
    titles = knowledge_base().person_titles
    for i, d in enumerate(drafts):
        if d.country is not None or not d.units or not all(u.kind in ("person?", "org?") for u in d.units):
            continue
        tok = doc[d.end - 1]
        while tok.dep_ == "conj" and tok.head != tok and tok.head.i not in range(d.start, d.end):
            tok = tok.head  # "automakers -- Chrysler, Ford and General Motors"
        beside = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            beside.append(tok.head)
        if d.person:
            of_objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
            # "Milton Rojas of the Peruvian Center for ...": a body that is no mention is named by the country
            # adjective before it
            beside += of_objects + [c for o in of_objects if o.i not in owner for c in o.children
                                    if c.dep_ in ("compound", "amod", "nmod") and c.i < o.i]
            # "Walter Escalante, the head of the Peruvian investigative police unit", "Hayatullah Hayat, a spokesman
            # for the Afghan interior ministry": an office noun in apposition that is no mention itself names
            # the body whose officer the person is
            # (or, when that noun is no mention either, the mention modifying it: "the Peruvian police unit"); so
            # does the body named before the office noun ("Betty Currie, the White House secretary")
            offices = [b for b in beside if b.i not in owner and b.lemma_.lower() in titles]
            # "a lawyer for the White House secretary, Betty Currie": a title noun right before the name's comma is
            # the noun the name stands beside, wherever the parser hung the name (here on the lawyer's name)
            if d.start >= 2 and doc[d.start - 1].text == "," and doc[d.start - 2].lemma_.lower() in titles \
                    and doc[d.start - 2].i not in owner and doc[d.start - 2] not in offices:
                offices.append(doc[d.start - 2])
            bodies = offices + [o for b in offices for p in b.children if p.dep_ == "prep"
                                and p.lower_ in ("of", "for", "at") for o in p.children if o.dep_ == "pobj"]
            beside += [m for o in bodies
                       for m in [o, *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod"))]]
        for other in beside:
            j = owner.get(other.i)
            if j is None or j == i or drafts[j].country is None or drafts[j].person:
                continue
            d.country, d.ref = drafts[j].country, j
            d.sector = d.sector or drafts[j].sector
            mark_linked(d, "apposition", "apposition")
            break


def surname_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """'Hayat did not specify ...' after 'Hayatullah Hayat': a surname the model left untagged, after
    the full name of a person the article named, is that person."""
    covered = {t for d in drafts for t in range(d.start, d.end)}
    first: dict[str, int] = {}
    for j, d in enumerate(drafts):
        if d.person and len(d.person.split()) > 1 and d.units and d.units[-1].kind.startswith("person"):
            first.setdefault(d.units[-1].text.split()[-1], j)
    found = []
    for tok in doc:
        j = first.get(tok.text)
        if j is None or tok.i in covered or tok.pos_ != "PROPN" or drafts[j].end > tok.i or tok.ent_type_ \
                or tok.is_upper:  # (upper-case copy: "ARCE NEIGHBORHOODS" ... "NEIGHBORHOODS")
            continue
        src = drafts[j]
        found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, person=src.person,
                           role=src.role, name=src.name, flags=["coref"], reason="coref:surname", ref=j,
                           source="coref"))
    return found


ACRONYM_PARENS = ("(", ")")


def _acronym_after(doc: Doc, d: Draft) -> str | None:
    """The acronym a mention introduces in parentheses right after it: "Farabundo Marti National
    Liberation Front (FMLN)", "the Border Security Force (BSF)"; None if there is none."""
    # after the mention, or inside it after its first unit ("the Central Reserve Police Force (CRPF) personnel")
    for at in (d.end, d.units[0].end if d.units else d.end):
        if at + 2 >= len(doc) or doc[at].text != ACRONYM_PARENS[0] or doc[at + 2].text != ACRONYM_PARENS[1]:
            continue
        word = doc[at + 1].text
        if is_acronym(word) and len(word) <= 8 and word.isalpha():  # (here at most 8 letters, no hyphen)
            return word
    return None


def resolve_acronyms(doc: Doc, drafts: list[Draft]) -> None:
    """An acronym the article introduces in parentheses after a name it resolved ("the Farabundo Marti
    National Liberation Front (FMLN)") names the same actor wherever it comes back and the knowledge base
    does not know it ("FMLN units attacked ...", "the FMLN said"): country, sector and name of the full
    name (flag ``coref``, reason ``coref:acronym``).  A person's name is never expanded this way."""
    defined: dict[str, int] = {}
    for j, d in enumerate(drafts):
        acronym = _acronym_after(doc, d) if d.country and not d.person and d.units else None
        if acronym is not None:
            defined.setdefault(acronym, j)
    if not defined:
        return
    for i, d in enumerate(drafts):
        org = d.units[0] if d.units and d.units[0].kind == "org?" else None
        # the acronym alone or before an agent noun ("SPX fighters": the model may tag no entity there)
        j = defined.get(org.text if org is not None else doc[d.start].text)
        if j is None or j == i or d.person:
            continue
        if d.country is not None and not _bare_acronym_known_otherwise(doc, d, drafts[j]):
            continue
        src = drafts[j]
        d.country, d.ref = src.country, j
        if all(u.kind == "org?" for u in d.units) or d.sector is None:
            d.sector = src.sector
        d.name = src.name if len(d.units) == 1 else d.name
        mark_linked(d, "coref", "coref:acronym")



def _bare_acronym_known_otherwise(doc: Doc, d: Draft, src: Draft) -> bool:
    """Is the mention the bare acronym the article defined, which the knowledge base knows as another actor ("the
    British National Party (BNP)" ... "the Tories and BNP": not Bangladesh's BNP)? The article's own definition
    wins (session 46, a probe of unjudged news). Only when the defining name was read whole as one known actor
    ("British National Party"), not pieced together from parts ("International *Labour* Organisation (ILO)" is no
    Labour Party's ILO)."""
    defined_whole = len(src.units) == 1 and src.units[0].kind != "org?" and src.name is not None
    return len(d.units) == 1 and d.end - d.start == 1 and doc[d.start].is_upper and d.name != src.name \
        and defined_whole


def resolve_surnames(drafts: list[Draft]) -> None:
    """'Miller' after 'Matthew Miller', 'Brudzinski' after 'Joachim Brudziński': the same person
    (and actor) as the earlier full-name mention.  Also when the model tagged the surname ORG."""
    for i, d in enumerate(drafts):
        org = next((u.text for u in d.units if u.kind == "org?"), None)
        if d.country is None and org is not None:
            # "Phytopharm" after "UK firm Phytopharm": the same organisation
            j = next((j for j in range(i - 1, -1, -1) if drafts[j].country and not drafts[j].person and any(
                u.kind == "org?" and u.text == org for u in drafts[j].units)), None)
            if j is not None and "coref:focus" in drafts[j].flags and d.sector and d.sector != drafts[j].sector:
                # the earlier mention only took the story's country, and named other people by the name ("Enron
                # prosecutors" in a British story, then "former Enron executives"): the guess was about them, not
                # about the body the name is; a lone name again ("MMS" ... "MMS") is still the same body
                continue
            if j is not None:
                d.country, d.ref = drafts[j].country, j
                if len(d.units) == 1:
                    d.sector, d.name = drafts[j].sector, drafts[j].name
                mark_linked(d, "coref", "coref:same_name")
                continue
        if d.country is not None or len(d.units) != 1 or d.units[0].kind not in ("person?", "org?"):
            continue
        words = d.units[0].text.split()
        if len(words) != 1:
            continue
        # the full name usually comes first; failing that, a later one ("Mubarak ... Hosni Mubarak")
        j = full_name_holder(drafts, [*range(i - 1, -1, -1), *range(i + 1, len(drafts))], fold(words[0]))
        if j is not None:
            other = drafts[j]
            d.country, d.person = other.country, other.person
            d.sector = "ELI" if "former" in d.flags else other.sector
            d.role = d.role or other.role
            d.name = other.name
            d.ref = j
            mark_linked(d, "coref", "coref:surname")


KB_SURNAME_REASONS = ("kb:surname", "kb:titled_surname")


def prefer_named_persons(drafts: list[Draft]) -> None:
    """"Falcons chief *Andrew* told the BBC" after "his Newcastle boss *Rob Andrew*": a lone surname the knowledge base
    gave to a person of that surname it knows (a Canadian minister, Ethel Blondin Andrew) is the person the article
    named by full name before it, whose actor it takes (reason ``coref:surname``).  The article's own naming beats a
    guess from a table of office-holders (session 53, a probe of unjudged news)."""
    for i, d in enumerate(drafts):
        if d.reason not in KB_SURNAME_REASONS:
            continue
        person = next((u.text for u in d.units if u.kind.startswith("person")), None)
        if person is None or len(person.split()) != 1:
            continue
        j = full_name_holder(drafts, range(i - 1, -1, -1), fold(person), lambda o: o.reason in KB_SURNAME_REASONS)
        if j is None or fold(drafts[j].person) == fold(d.person or ""):
            continue
        other = drafts[j]
        d.country, d.person, d.sector = other.country, other.person, other.sector
        d.role, d.name, d.ref = d.role or other.role, other.name, j
        d.flags = [f for f in d.flags if f != "former_office"]
        mark_linked(d, "coref", "coref:surname")


OPEN_QUOTES, CLOSE_QUOTES, BOTH_QUOTES = {"\u201c", "``", "\u2018"}, {"\u201d", "''", "\u2019"}, {'"'}


def plural_common_noun(tok: Token) -> bool:
    """Is ``tok`` a plural common noun, no name ("*Officials* said it killed nine people")?  No such speaker is the
    "it" of the clause it reports; a plural name is one body ("*General Motors* said that it would axe 10,000 jobs").
    Session 51; the events stage's pronouns read it too."""
    return tok.tag_ == "NNS" and not tok.ent_type_


def quoted_tokens(doc: Doc) -> list[bool]:
    """Which tokens lie inside quotation marks (reset at each line break); computed once per Doc (public through
    :mod:`dateline.actors`: the events stage reads it for pronouns)."""
    cached = doc.user_data.get("dl_actor_quoted")
    if cached is not None and len(cached) == len(doc):
        return cached
    out = [False] * len(doc)
    marks = OPEN_QUOTES | CLOSE_QUOTES | BOTH_QUOTES
    # only quotation marks and line breaks change the state: visit just those tokens
    stops = [t for t in doc if t.text in marks or (t.is_space and "\n" in t.text)]
    inside, since = False, 0
    for tok in stops:
        if inside:
            out[since:tok.i] = [True] * (tok.i - since)
        if tok.is_space:
            inside = False
        elif tok.text in OPEN_QUOTES or tok.text in BOTH_QUOTES and not inside:
            inside = True
        else:
            inside = False
        since = tok.i + 1
    if inside:
        out[since:] = [True] * (len(doc) - since)
    doc.user_data["dl_actor_quoted"] = out
    return out


def _main_subject(tok) -> bool:
    """The subject of the sentence's main verb (or of a verb coordinated with it)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _parallel_subject(first_verb, pronoun) -> bool:
    """Does the first of two coordinated reported clauses have a subject of its own, a noun of the pronoun's number
    ("that 14 bodies were found ... and that they had wounds")?  A subject pronoun of the second clause continues
    it, not the one who reported both."""
    plural = pronoun.lower_ == "they"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
               and (c.tag_ in ("NNS", "NNPS")) == plural for c in first_verb.children)


def _speaker_of(speech):
    """The subject of a verb of saying, or of the verb it is coordinated with when it has none of its own ("Britain
    recognized the NTC ... and *said* it would invite ...": Britain; session 47, a probe of unjudged news)."""
    for _ in range(3):
        own = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if own is not None or speech.dep_ != "conj" or speech.head == speech:
            return own
        speech = speech.head
    return None


def pronoun_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """'it' / 'they' as the subject of a clause reported by an actor: 'X announced that it was ...'."""
    by_token = {}
    for i, d in enumerate(drafts):
        for t in range(d.start, d.end):
            by_token[t] = i
    found: list[Draft] = []
    pronouns = [t for t in doc if t.tag_ == "PRP"]
    in_quote = quoted_tokens(doc)
    for tok in pronouns:
        if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass") or in_quote[tok.i]:
            continue  # (inside a quotation "they" is the speaker's people, not the speaker)
        verb = tok.head
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_VERBS:
            continue
        if verb.i != tok.head.i and _parallel_subject(verb, tok):
            continue  # "reported that 14 bodies were found ... and that they had gunshot wounds": the bodies
        speaker = _speaker_of(verb.head)
        if speaker is None or speaker.i not in by_token:
            continue
        if tok.lower_ == "it" and plural_common_noun(speaker):
            continue  # "A fire destroyed 200 homes. *Officials* said *it* killed nine people"
        j = by_token[speaker.i]
        src = drafts[j]
        if src.person or (tok.lower_ == "it" and src.country is None):
            continue  # "he said that it ...": "it" is something else
        found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, name=src.name,
                           flags=["coref", "pronoun"], reason="coref:reported_subject", ref=j, source="coref"))
    sent = sentence_index(doc)
    persons = sorted((j for j, d in enumerate(drafts) if d.person), key=lambda j: drafts[j].start)
    titled = _titled_subjects(doc, drafts)
    last_of: dict[str, tuple] = {}  # gender -> (pronoun token, its draft) of the last resolved he/him or she/her
    for tok in pronouns:
        if tok.lower_ not in ("he", "him", "she", "her"):
            continue
        gender = "f" if tok.lower_ in ("she", "her") else "m"
        chained = _chained_pronoun(tok, last_of.get(gender), drafts, persons, titled, sent, in_quote)
        if chained is not None:
            # "He arrived ... from the United States, where he met President Bush": a second "he" of the
            # sentence, with no person or title named since the first, is the same person as the first
            found.append(Draft(tok.i, tok.i + 1, [], country=chained.country, sector=chained.sector,
                               person=chained.person, role=chained.role, name=chained.name,
                               flags=["coref", "pronoun"], reason=chained.reason, ref=chained.ref, source="coref"))
            last_of[gender] = (tok, found[-1])
            continue
        j = _person_antecedent(doc, tok, drafts, persons, sent, in_quote)
        t = _title_antecedent(tok, drafts, titled, sent, in_quote)
        if t is not None and (j is None or drafts[j].start < drafts[t].start):
            src = drafts[t]  # "The prime minister said ... He added": no named person since the title
            found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, role=src.role,
                               name=src.name, flags=["coref", "pronoun"], reason="coref:title_pronoun", ref=t,
                               source="coref"))
            last_of[gender] = (tok, found[-1])
            continue
        if j is None:
            last_of.pop(gender, None)
            continue
        src = drafts[j]
        found.append(Draft(tok.i, tok.i + 1, [], country=src.country, sector=src.sector, person=src.person,
                           role=src.role, name=src.name, flags=["coref", "pronoun"],
                           reason="coref:person_pronoun", ref=j, source="coref"))
        last_of[gender] = (tok, found[-1])
    found += _possessed_states(doc, drafts, by_token, persons, sent, in_quote)
    found += _definite_states(doc, drafts, by_token, sent, in_quote)
    return found


def _definite_states(doc: Doc, drafts: list[Draft], by_token: dict[int, int], sent, quoted) -> list[Draft]:
    """"Bahrain announced that *the country* had transferred 10 tons of aid to the Faroe Islands": "the country" (or
    "the nation"), bare, as the subject of a clause, is the state last named before it in its sentence or the one
    before (a country, its capital or its adjective; not a person, a body or a firm).  With none named so near, or
    inside a quotation (the speaker's own country), it is left alone: "the country" is more often a place ("violence
    in the country") than a party.  Session 57 (an NGEC synthetic story: the events stage had no doer to code)."""
    found = []
    for tok in doc:
        if tok.lower_ not in DEFINITE_STATE_NOUNS or tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") \
                or tok.i in by_token or quoted[tok.i]:
            continue
        kids = list(tok.children)
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the" or kids[0].i != tok.i - 1:
            continue  # ("the whole country", "a country", "the country's army")
        j = _last_country_before(drafts, tok.i - 1, sent, lambda d: d.country not in INTERNATIONAL
                                 and d.source in STATE_NAMING_SOURCES)
        if j is not None:
            found.append(Draft(tok.i - 1, tok.i + 1, [], country=drafts[j].country, flags=["coref"],
                               reason="coref:definite_state", ref=j, source="coref"))
    return found


def _last_country_before(drafts: list[Draft], i: int, sent, keep=lambda d: True) -> int | None:
    """The index of the last draft ending by token ``i`` in its sentence or the one before that has a country and is
    no person nor pronoun (and passes ``keep``): the state a possessive "its" or a bare "the country" takes up."""
    prior = [j for j, d in enumerate(drafts) if d.end <= i and not d.person and d.country
             and "pronoun" not in d.flags and sent[i] - sent[d.start] <= 1 and keep(d)]
    return max(prior, key=lambda j: drafts[j].start) if prior else None


def _chained_pronoun(tok, last, drafts: list[Draft], persons: list[int], titled: list[int], sent,
                     quoted) -> Draft | None:
    """The draft of the earlier "he"/"him" ("she"/"her") of the same sentence that ``tok`` continues: same
    gender, both inside or both outside a quotation, and no person or title named between them (else
    None: the usual antecedent rules decide)."""
    if last is None:
        return None
    prev, draft = last
    if sent[prev.i] != sent[tok.i] or quoted[prev.i] != quoted[tok.i]:
        return None
    if any(prev.i < drafts[j].start < tok.i for j in (*persons, *titled)):
        return None
    return draft


def _titled_subjects(doc: Doc, drafts: list[Draft]) -> list[int]:
    """Drafts that name one person by a title alone and are a clause's subject: "the prime minister
    said", "the interior minister has ordered", "a police chief was quoted" - with a country, no
    named person.  A subject, as the entity a following "he" continues ("a meeting chaired by the
    prime minister" is not one: the "he" after it is more often the sentence's own subject)."""
    titles = knowledge_base().person_titles
    out = []
    for j, d in enumerate(drafts):
        if d.person or d.country is None or "pronoun" in d.flags or not d.units \
                or any(not u.kind == "agent" and u.kind not in ("country", "adjective", "subnational", "capital")
                       for u in d.units):
            continue
        head = doc[d.end - 1]
        if head.lower_ in titles and head.tag_ in ("NN", "NNP") and head.dep_ in ("nsubj", "nsubjpass"):
            out.append(j)
    return out


def _title_antecedent(tok, drafts: list[Draft], titled: list[int], sent, quoted) -> int | None:
    """The titled subject a subject "he"/"she" continues: the last one in its sentence or the one
    before, outside quotations unless the pronoun is inside one."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    prior = [j for j in titled if drafts[j].end <= tok.i and 0 <= sent[tok.i] - sent[drafts[j].start] <= 1
             and (quoted[tok.i] or not quoted[drafts[j].start])]
    if not prior:
        return None
    verb = tok.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ccomp" else None
    if speaker is not None and drafts[prior[-1]].start <= speaker.i < drafts[prior[-1]].end:
        return None  # "the minister said he would ...": the events stage takes a reported clause's speaker
    return prior[-1]


def _person_antecedent(doc: Doc, tok, drafts: list[Draft], persons: list[int], sent, quoted) -> int | None:
    """The person a "he"/"his" refers to: the last one named in its sentence or the one before."""
    prior = [j for j in persons if drafts[j].end <= tok.i and sent[tok.i] - sent[drafts[j].start] <= 1]
    if not prior:
        return None
    if not quoted[tok.i]:
        # '"I never asked David Bowie ...," he told NME': not a person named inside the quote
        prior = [j for j in prior if not quoted[drafts[j].start]] or prior
    if _main_subject(tok) and all(sent[drafts[j].start] < sent[tok.i] for j in prior):
        # "Mr Justice Gray ruled that ... Armstrong had taken drugs. He rejected ...": the subject
        # of a new sentence continues the last main-clause subject before it
        prior = [j for j in prior if _main_subject(doc[drafts[j].end - 1])] or prior
    return prior[-1]


def person_antecedent_of(doc: Doc, drafts: list[Draft]):
    """``tok -> index of the person a "his"/"her" at tok refers to`` (:func:`_person_antecedent`), for later passes."""
    sent, quoted = sentence_index(doc), quoted_tokens(doc)
    persons = sorted((j for j, d in enumerate(drafts) if d.person), key=lambda j: drafts[j].start)
    return lambda tok: _person_antecedent(doc, tok, drafts, persons, sent, quoted)


def _possessed_states(doc: Doc, drafts: list[Draft], by_token: dict[int, int], persons: list[int], sent,
                      quoted) -> list[Draft]:
    """"Putin said his country will not lift the ban": "his country" is the state of the person it
    refers to ("its government", "their army": of the last country actor named).  The draft keeps
    the antecedent, so the event's participant is traced to the speaker, as PLOVER coders mark it."""
    found = []
    for tok, noun, j in _state_possessors(doc, drafts, persons, sent, quoted):
        if noun.i not in by_token:
            found.append(Draft(tok.i, noun.i + 1, [], country=drafts[j].country, sector=SECTOR_FAMILY.get(noun.lower_),
                               flags=["coref", "pronoun"], reason="coref:possessed_state", ref=j, source="coref"))
    return found


def resolve_possessed_agents(doc: Doc, drafts: list[Draft]) -> None:
    """"Merkel said her government would ...": the bare agent noun after a possessive pronoun is the
    possessor's, not the article's focus country's.  Runs before the focus fills bare agents in, so
    that what corefers with it later ("the troops") inherits the right country."""
    by_token = {t: i for i, d in enumerate(drafts) for t in range(d.start, d.end)}
    persons = sorted((j for j, d in enumerate(drafts) if d.person), key=lambda j: drafts[j].start)
    for tok, noun, j in _state_possessors(doc, drafts, persons, sentence_index(doc), quoted_tokens(doc)):
        d = drafts[by_token[noun.i]] if noun.i in by_token else None
        if d is None or d.country is not None or d.start != noun.i:
            continue  # not a draft, or one that names its own country ("her Libyan government")
        d.start, d.country, d.ref = tok.i, drafts[j].country, j
        d.flags.append("coref")
        d.reason = "coref:possessed_state"


def _state_possessors(doc: Doc, drafts: list[Draft], persons: list[int], sent, quoted):
    """(pronoun, noun, antecedent draft) for each "his country" / "its government" with a known state."""
    for tok in doc:
        noun = tok.head
        if tok.tag_ != "PRP$" or tok.dep_ != "poss" or not 0 < noun.i - tok.i <= 2 or quoted[tok.i] \
                or noun.lower_ not in STATE_NOUNS:
            continue
        if tok.lower_ in ("his", "her"):
            j = _person_antecedent(doc, tok, drafts, persons, sent, quoted)
        elif tok.lower_ in ("its", "their"):
            j = _last_country_before(drafts, tok.i, sent)
        else:
            continue  # "my country", "our government": the speaker is in the quotation
        if j is not None and drafts[j].country is not None and drafts[j].country not in INTERNATIONAL:
            yield tok, noun, j

