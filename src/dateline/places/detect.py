"""Find toponyms in a spaCy ``Doc``: which stretches of text name a place.

Sources, from most to least trusted:

1. spaCy GPE / LOC / FAC entities (the entity ruler's patterns included) whose text, after
   dropping "the" and a possessive, is a gazetteer name or a press abbreviation ("Ky.").
2. NORP entities that are demonyms of a country or continent ("Nigerien", "Russians").
3. Place names inside other entities ("the Edmonton Police Service", "Texas A&M"), accepted
   only when precise: countries, admin1 units, "X County", cities of some size, or a
   name that the document also uses as a place elsewhere.
4. Upper-case datelines ("INNISFAIL, Alta. -") that the statistical model does not tag.
5. Repetitions: a name already found as a place, elsewhere in the document untagged.

Sources 1 to 3 read one entity at a time (:mod:`dateline.places.entities`); this module adds the passes over
the whole text and decides, for every reading, whether it is a toponym (``Detector.detect``'s ``add``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dateline.places.counties import short_counties
from dateline.places.entities import (
    DIRECTIONS, MAX_NGRAM, PERSON_TITLES, PLACE_LABELS, WHOLE_ENTITY_CITY_MIN_POPULATION, EntityReader, _is_name_token,
    _title_or_agency,
)
from dateline.places.gazetteer import Entry
from dateline.places.hyphens import hyphened_names
from dateline.places.lists import unit_lists
from dateline.places.names import PREFIXES as NAME_PREFIXES
from dateline.places.names import norm
from dateline.places.tables import read_table, read_words

HOST_LABELS = {"ORG", "PERSON", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "GPE", "LOC"}
# "Rep. Torrey Westrom, R-Elbow Lake," / "(D-N.Y.)" / "R-Marshall -- joined by": party initial,
# hyphen, home town or state, then the end of the aside (a dash too; "\u00e2" opens a dash that
# was decoded with the wrong charset, "\u00e2\u20ac\u201d")
# The tag follows the legislator's name after a comma or a parenthesis ("both D-W. Va."), so
# "on D-Day, the invasion" is no town "Day" (which pulled Normandy to Missouri).
PARTY_HOMETOWN = re.compile(r"(?:(?<=, )|(?<=\()|(?<=both ))(?:R|D|I|DFL|GOP)-((?:[A-Z][\w'.]*)(?: [A-Z][\w'.]*){0,2})"
                            r"(?=[,);]|\s*[\u2013\u2014]|\s+--|\s+\u00e2)")
SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?) [A-Z]")
SAINT_CITY_MIN_POPULATION = 50_000  # St. John's (Newfoundland), St. Louis
# what puts a landmark in a place's slot ("a ceremony at the White House", "on Capitol Hill")
PLACE_PREPOSITIONS = {"at", "in", "inside", "outside", "near", "to", "from", "into", "toward", "towards", "across",
                      "around", "on"}
NOT_PLACE_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"}
# prepositions after which a name is a place's, not a person's ("her parents' home in Glen Allen")
LOCATIVE_PREPOSITIONS = ("in", "near", "outside")
# what opens a possessed kin noun ("his wife Nancy", "Crolley's wife, Amelia")
POSSESSIVES = {"his", "her", "their", "my", "our", "your", "'s", "\u2019s"}
SETTLEMENT_WORDS = {"town", "village", "city", "township", "hamlet", "borough", "municipality"}
# At a line start, or after the headline when a feed runs headline and body together
# ("Body of man found . WINONA -- The body of ...").
# Also after a byline's date ("March 29, 2009 PATASKALA --"); "DeKALB", "McALLEN" keep one lower-case
# letter; \x96/\x97 are en and em dashes of Windows-1252 text read as Latin-1.
DATELINE = re.compile(r"(?m)(?:^|(?<=\. )|(?<=\d{4} ))[ \t]*([A-Z][a-z]?[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]+){0,3})"
                      r"(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*"
                      r"[-\u2013\u2014\x96\x97:]")


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    how: str  # entity:GPE | demonym | abbreviation | embedded:ORG | dateline | repeat
    candidates: list[Entry]
    key: str = ""
    qualifier: list[Entry] = field(default_factory=list)  # "Paris, Texas": Texas


GENERIC_WORDS = DIRECTIONS | {"centre", "center", "lakes", "coast", "far", "district", "region", "province",
                              "highlands", "islands", "capital", "golden", "plateau", "upper", "lower", "middle",
                              "north-west", "north-east", "south-west", "south-east", "littoral", "interior",
                              "mountain", "river", "valley", "olympic", "commonwealth", "human", "national"}


def _generic(text: str) -> bool:
    words = text.lower().replace("-", " ").split()
    if len(words) == 1 and words[0] in _common_words():
        return True  # "Union" alone; "Union City" and "Peace River" are still names
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def _airports() -> frozenset[str]:
    """Landmarks that are airports: places in any slot ("Heathrow and Gatwick reported delays")."""
    return read_words("airport_landmarks.txt")


def _office_holder_words() -> frozenset[str]:
    """Nouns for a holder of an office or a spell in it ("a Democrat in the White House")."""
    return read_words("office_holder_words.txt")


def _named_relatives(doc) -> set[int]:
    """Where a name follows a possessed kin noun: "his wife Nancy", "Crolley's wife, Amelia", "her
    daughter, Brittany" name a person (the model tags such given names GPE: Nancy, Amelia, Brittany are
    places in GeoNames).  The possessive is required: "the son of Georgia" is no apposition."""
    kin = read_words("kin_nouns.txt")
    out = set()
    for tok in doc:
        if tok.lower_ not in kin or tok.i < 1 or doc[tok.i - 1].lower_ not in POSSESSIVES:
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].text[:1].isupper():
            out.add(doc[j].idx)
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """English words that GeoNames also has as place names ("Act", "Metro", "Union"), lower-cased."""
    return frozenset(w.lower() for w in read_words("common_words.txt"))


def _speech_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying and writing ("say", "shout", "write")."""
    return read_words("speech_verbs.txt")


def _local_nouns() -> frozenset[str]:
    """Nouns a town's name modifies in local news ("Winona man")."""
    return read_words("local_nouns.txt")


@lru_cache(maxsize=1)
def _style_nouns() -> frozenset[str]:
    """Nouns of a cuisine, music, language or heritage ("food", "pub", "immersion")."""
    return read_words("style_nouns.txt")


@lru_cache(maxsize=None)
def _estate_words(kind: str) -> frozenset[str]:
    """Words of housing estates' names ("Creek", "Oaks") and the housing nouns they qualify ("complex")."""
    return frozenset(r["word"] for r in read_table("estate_words.tsv") if r["kind"] == kind)


def _names_a_thing(ent) -> bool:
    """"Glen Carbon Elementary", "Glen Crossing Road" tagged PERSON: a name that ends in a street,
    site or institution word (``street_words.tsv``, ``site_words.tsv``, ``institution_words.txt``)
    is no person's, and its words are no surname."""
    return ent[-1].text in _thing_heads()


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    heads = {r["word"] for r in read_table("street_words.tsv") if r["kind"] == "suffix"}
    heads |= {r["word"] for r in read_table("site_words.tsv") if r["kind"] == "head"}
    return frozenset(heads | read_words("institution_words.txt"))


def _person_words(doc) -> set[str]:
    """Every word of the document's multi-word person names ("Jamie Paterson" -> Paterson), but
    not the words before a title or an agency inside the name: in "Litchfield Fire Chief Jim
    Koser" (one PERSON to the model) Litchfield is the fire department's town; nor a name the text
    also puts after "in", "near" or "outside" (session 17)."""
    words = set()
    # a name the text puts after "in", "near" or "outside" is a place's wherever it recurs ("Missing
    # Glen Allen woman ... her parents' home in Glen Allen"): people are not in, near or outside someone
    # (whatever the model tagged it there: "offered in Parkers Prairie" may be an ORG or a work's title
    # to it, and the same name a PERSON in "Highway 29, Parkers Prairie")
    located = {ent.text for ent in doc.ents if ent.start > 0
               and doc[ent.start - 1].lower_ in LOCATIVE_PREPOSITIONS and doc[ent.start - 1].dep_ == "prep"}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not _names_a_thing(ent) and ent.text not in located:
            cut = max((t.i - ent.start for t in ent if _title_or_agency(t)), default=-1)
            words.update(t.text for t in ent[cut + 1:])
    return words


class Detector(EntityReader):
    """Toponyms of a document: the entity readings (:class:`EntityReader`) and the passes over the whole text."""

    def detect(self, doc) -> list[Toponym]:
        found: list[Toponym] = []
        taken: set[int] = set()  # character positions already covered

        people = _person_words(doc)
        # last words of person names that look like names (2-3 words; not a headline tagged PERSON)
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and 2 <= len(ent) <= 3
                    and not _names_a_thing(ent)}
        doc_text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
        titled = {tok.idx for tok in doc[1:] if doc[tok.i - 1].text in PERSON_TITLES} | _named_relatives(doc)
        starts = {tok.idx: tok.i for tok in doc}
        ends = {tok.idx + len(tok): tok.i for tok in doc}

        def after_place_word(start: int) -> bool:
            """Is the name at ``start`` the object of a place preposition ("at (the) X")?"""
            i = starts.get(start, 0) - 1
            if i >= 0 and doc[i].lower_ == "the":
                i -= 1
            return i >= 0 and doc[i].lower_ in PLACE_PREPOSITIONS

        def speaker_or_language(start: int) -> bool:
            """A bare singular demonym (no article, no noun it qualifies) that is the subject of a
            verb of saying ("Officer Monica French said", "French said") is a surname; one after
            "in" on such a verb ("shouted in Turkish", "wrote in French") is a language."""
            i = starts.get(start)
            if i is None:
                return False
            tok = doc[i]
            if tok.tag_ in ("NNPS", "NNS") or any(ch.dep_ in ("det", "poss") for ch in tok.children) \
                    or (i > 0 and doc[i - 1].lower_ == "the"):
                return False
            verbs = _speech_verbs()
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return tok.head.pos_ == "VERB" and tok.head.lemma_ in verbs
            return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in verbs

        def speaker(start: int) -> bool:
            """Is the name at ``start`` the subject of a verb of saying ("Heathrow said": the operator)?"""
            i = starts.get(start)
            if i is None:
                return False
            tok = doc[i]
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head
            return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _speech_verbs()

        def qualifies_style(end: int) -> bool:
            """A demonym that qualifies a cuisine, music, language or heritage noun ("Italian food",
            "an Irish pub", "French immersion", ``data/style_nouns.txt``) names a style, not a place."""
            i = ends.get(end)
            if i is None:
                return False
            tok = doc[i]
            if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
                return False
            # the noun it qualifies, or the first noun of the compound it opens ("French immersion school")
            nxt = doc[i + 1]
            return tok.head.lemma_.lower() in _style_nouns() or (
                nxt.pos_ == "NOUN" and nxt.head.i == tok.head.i and nxt.lemma_.lower() in _style_nouns())

        def names_an_estate(start: int, end: int) -> bool:
            """"the Madison Creek and Hampton Hills apartment complexes", "the Spanish Oaks Apartments
            complex": a place name, a landscape word of an estate's name, and a housing noun the name
            qualifies or ends in (``data/estate_words.tsv``) name the estate, not the town or nation."""
            i, last = starts.get(start), ends.get(end)
            if i is None or last is None or last + 1 >= len(doc) or doc[last + 1].text not in _estate_words("name"):
                return False
            tok, housing = doc[last], _estate_words("housing")
            for _ in range(4):
                if tok.lemma_.lower() in housing or tok.lower_.rstrip("s") in housing:
                    return True
                if tok.head.i == tok.i or tok.dep_ not in ("compound", "nmod", "amod", "conj"):
                    return False
                tok = tok.head
            return False

        def in_office(start: int) -> bool:
            """"a Democrat in the White House", "his years in the Kremlin": the office, not the building."""
            i = starts.get(start, 0) - 1
            if i >= 0 and doc[i].lower_ == "the":
                i -= 1
            if i < 0 or doc[i].lower_ != "in":
                return False
            head = doc[i].head
            return head.i != i and head.pos_ in ("NOUN", "PROPN") and head.lower_ in _office_holder_words()

        def add(start: int, end: int, how: str, candidates: list[Entry]) -> bool:
            text = doc_text[start:end]
            if text.isupper() and len(text.replace(".", "")) <= 3:
                # "EU", "UN", "ABC": short capitals are countries or states ("US", "UK", "NSW") or nothing.
                candidates = [e for e in candidates if e.kind in ("country", "admin1", "continent", "region")]
            if _generic(text) and how != "abbreviation" and not any(e.kind == "region" for e in candidates):
                return False  # "South", "Centre", "Lakes": admin1 names in GeoNames, not in English
                #               (but "Middle East" is a region by that very name)
            if how in ("repeat", "fuzzy") or how.startswith("embedded"):
                if text in people:  # "Paterson" after "Jamie Paterson" is the man, not the city
                    return False
            elif how.startswith("entity") and text in surnames and not any(
                    e.kind in ("country", "admin1", "continent", "region") for e in candidates):
                return False  # "Fairfield's trial" after "Elizabeth Fairfield": the person, tagged GPE
            elif how == "demonym" and (speaker_or_language(start) or qualifies_style(end)):
                # "Monica French said", "shouted in Turkish", "Italian food": a person, a language, a style
                return False
            if not candidates or any(p in taken for p in range(start, end)):
                return False
            if how not in ("dateline", "abbreviation") and names_an_estate(start, end):
                return False
            if start in titled and how not in ("abbreviation", "dateline"):
                return False  # "coach Ripley", "Mrs. Lincoln", "his wife Nancy": a person
            if any(e.kind == "landmark" for e in candidates) and not after_place_word(start) \
                    and (not all(e.name in _airports() for e in candidates if e.kind == "landmark")
                         or speaker(start)):
                return False  # "the White House said", "Pentagon officials", "Heathrow said": the institution
            if any(e.kind == "landmark" for e in candidates) and in_office(start):
                return False  # "a Democrat in the White House": the office
            # (an airport is a place in any other slot: "Heathrow and Gatwick reported delays")
            if SAINT.match(text) and doc_text[end:end + 2] in ("'s", "\u2019s") and not any(
                    e.kind == "city" and e.population >= SAINT_CITY_MIN_POPULATION
                    for e in [*candidates, *self.g.lookup(text + "'s")]):
                taken.update(range(start, end))  # nor "Patrick" inside it
                return False  # "St. Patrick's Day", "St. Mary's High School": the saint's; "St. Louis's" stays
            found.append(Toponym(start, end, text, how, candidates, key=norm(text)))
            taken.update(range(start, end))
            return True

        self._party_hometowns(doc_text, add)
        for start, end, candidates in unit_lists(doc, self.g.lookup):  # "Harper and Kingman counties"
            add(start, end, "list", candidates)
        self._hyphen_compounds(doc, doc_text, add)
        for start, end, candidates in short_counties(doc, self.g):  # "Platte Co." in a Nebraska story
            add(start, end, "county_short", candidates)
        for ent in doc.ents:
            self._with_admin_word(ent, add)
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                self._place_entity(ent, add)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                self._demonyms(ent, add)
        for ent in doc.ents:
            if ent.label_ == "PERSON":  # "Georgia Smith" is a person; a lone "Tunisia" is not
                if len(ent) == 1:
                    self._embedded(ent, add, whole=True)
                else:
                    self._before_title(ent, add)
            elif ent.label_ in HOST_LABELS:
                self._embedded(ent, add, whole=ent.label_ not in PLACE_LABELS)
        self._datelines(doc_text, add)
        self._repeats(doc, found, add)
        self._local_names(doc, found, add)
        # a town that a slot and the document's region made a place is one wherever it recurs
        # ("Jay Spafford, 24, of Elkhart, ..." then "the Elkhart man")
        self._repeats(doc, found, add, spread=("local",))
        found = self._drop_foreign_embedded(found)
        found.sort(key=lambda t: t.start)
        self._qualifiers(doc_text, found)
        return found

    @staticmethod
    def _drop_foreign_embedded(found: list[Toponym]) -> list[Toponym]:
        """A name inside an organisation's, person's or work's name ("France's Cesar awards", "El
        Nacional", "Guardians of Free Enterprise"; not a facility or location: "Bekaa Valley") is no place when it could only lie in a country that none of
        the document's other toponyms can lie in: Cesar (Colombia) in a story placed in France."""
        # evidence: names of places, not demonyms ("Greek food" says nothing about where a fair is)
        named = [t for t in found if not t.how.startswith("embedded") and t.how != "demonym"]
        countries = {e.cc for t in named for e in t.candidates}
        countries.discard("")
        if len({t.key for t in named}) < 2 or not countries:
            return found  # too little to say where the story is (one stray "Servance" is no evidence)
        return [t for t in found if not t.how.startswith("embedded") or t.how.split(":")[1] in PLACE_LABELS
                or any(e.kind in ("country", "continent") or not e.cc or e.cc in countries for e in t.candidates)]

    def _party_hometowns(self, doc_text: str, add) -> None:
        """"Sen. Tom Bakk, DFL-Cook,", "(R-Ocilla)", "R-Texas": American papers name a
        legislator's party and home town, county or state; the name is an American place."""
        for m in PARTY_HOMETOWN.finditer(doc_text):
            name = m.group(1).rstrip(".") if not self.g.abbreviation(m.group(1)) else m.group(1)
            candidates, _ = self._name_candidates(name)
            add(m.start(1), m.start(1) + len(name), "party_hometown", [e for e in candidates if e.cc == "US"])

    def _hyphen_compounds(self, doc, doc_text: str, add) -> None:
        """"the U.S.-led coalition", "Northbrook-based Crate & Barrel" (``hyphens.py``)."""
        for start, end, role in hyphened_names(doc):
            text = doc_text[start:end]
            candidates, how = self._name_candidates(text)
            if role == "sponsor":  # countries, first-level units, regions, big cities by their main name
                candidates = [e for e in candidates if e.kind in ("country", "admin1", "continent", "region")
                              or (e.population >= WHOLE_ENTITY_CITY_MIN_POPULATION
                                  and norm(e.name) == norm(text))]  # not "Google" (Topeka)
            add(start, end, "abbreviation" if how == "abbreviation" else "hyphen", candidates)

    def _datelines(self, doc_text: str, add) -> None:
        for m in DATELINE.finditer(doc_text):
            name = m.group(1).rstrip(".")
            candidates, _ = self._name_candidates(name.title())
            # a dateline names a town, never a country ("BEIRUT -", not "LEBANON -"): "MALTA -" over a
            # local story is a town called Malta, and "SINGAPORE -" the city
            towns = [e for e in candidates if e.kind in ("city", "admin2")]
            if towns and any(e.kind == "country" for e in candidates):
                candidates = towns
            add(m.start(1), m.start(1) + len(name), "dateline", candidates)
            if m.group(2):
                qual = m.group(2)
                q, _ = self._name_candidates(qual)
                q = q or ([p] if (p := self.g.postal(qual)) else [])
                add(m.start(2), m.end(2), "dateline", [e for e in q if e.kind in ("country", "admin1")])

    def _repeats(self, doc, found: list[Toponym], add, spread: tuple[str, ...] | None = None) -> None:
        """A name found as a place is a place wherever it recurs as a capitalised word."""
        # Only names the model itself tagged as places spread (or those found ``spread``): an
        # organisation-name match ("Belk", "Woodlands") repeated everywhere would multiply one
        # doubtful reading.
        if spread is None:
            known = {t.key: t for t in found if t.how.startswith("entity:") or t.how in ("dateline", "abbreviation")}
        else:
            known = {t.key: t for t in found if t.how in spread}
        if not known:
            return
        # a name can only start where the first word of a known name stands ("st" for "saint")
        firsts = {key.split()[0] for key in known if key}
        firsts |= {short for short, full in NAME_PREFIXES.items() if full in firsts}
        first_word: dict[str, str] = {}
        for token in doc:
            if not token.text[:1].isupper():
                continue
            if token.text not in first_word:
                first_word[token.text] = (norm(token.text).split() or [""])[0]
            if first_word[token.text] not in firsts:
                continue
            for size in range(MAX_NGRAM, 0, -1):
                span = doc[token.i:token.i + size]
                if len(span) < size or not all(_is_name_token(t) for t in span) or span[-1].text in {"-", "."}:
                    continue
                if spread is not None and span.text.isupper():
                    continue  # capitals in all-capitals copy ("ESCALON") say nothing: the weak reading stays put
                hit = known.get(norm(span.text))
                if hit and add(span.start_char, span.end_char, "repeat", hit.candidates):
                    break

    def _local_names(self, doc, found: list[Toponym], add) -> None:
        """Small towns the model tags as persons or organisations, or not at all, in a place's
        slot: "lives in Tega Cay", "22, of Winfield", "Oakport and Moorhead", "Alexandria
        police".  Only names the gazetteer has in a first-level region the document already
        names (its other toponyms' most populous readings): the slot says "place", the region
        says which."""
        regions, countries = set(), set()
        for t in found:
            best = max(t.candidates, key=lambda e: e.population)
            regions.add(best.row if best.kind == "admin1" else best.admin1)
            if not t.how.startswith("embedded"):  # "Rivers" of "Rivers Avenue" says no country
                countries.add(best.cc)
        regions.discard(-1)
        countries.discard("")
        home = None
        if not regions and not countries:
            # a story that names no other place: its own town, if the text's spelling says which
            # country it was written in and that country alone has a town of the name
            from dateline.places.home import home_country

            home = home_country(doc.text)
            if home is None:
                return
        people = _person_words(doc)
        found_starts = {t.start for t in found}
        by_start = {t.start: t for t in found}
        doc_text = doc.text  # (spaCy rebuilds Doc.text on every access)
        for token in doc:
            # (an unknown name the model tags NORP - "nuns in Pewaukee" - is no demonym: the slot decides)
            if not token.text[:1].isupper() or token.pos_ != "PROPN" or token.i == token.sent.start \
                    or (token.ent_type_ in NOT_PLACE_ENTITIES
                        and (token.ent_type_ != "NORP" or self.g.demonym(token.text) is not None)):
                continue
            if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
                continue  # the name starts earlier
            end = token.i
            while end + 1 < len(doc) and end + 1 - token.i < 3 and doc[end + 1].pos_ == "PROPN" \
                    and doc[end + 1].text[:1].isupper() and not _title_or_agency(doc[end + 1]):
                end += 1
            span = doc[token.i:end + 1]
            if _generic(span.text):
                continue
            # "Sioux Falls, S.D.", "Glen Allen, Va.": a state after the comma says place, and which
            # state, even when the model read the name as a person's
            states = self._admin1_after(doc_text, span.end_char, by_start)
            if states:
                add(span.start_char, span.end_char, "local", [e for e in self.g.lookup(span.text)
                                                              if e.kind in ("city", "admin2") and e.admin1 in states])
                continue
            if span.text in people or any(t.text in people for t in span):
                continue
            slot = self._place_slot(doc, span, found_starts)
            if not slot:
                continue
            # "the town of Akuressa" names its kind: any town of that name; elsewhere only the
            # document's own regions say the name is a place at all
            # "fighting in Tigray" in a story that names Ethiopia or its other regions: a
            # first-level unit of a country the document names
            named_after = self._countries_after(doc_text, span.end_char, by_start)
            if home is not None:
                towns = [e for e in self.g.lookup(span.text) if e.kind in ("city", "admin2")]
                if slot != "conjunct" and towns and all(e.country == home for e in towns) \
                        and len({e.admin1 for e in towns}) == 1:
                    add(span.start_char, span.end_char, "local", towns)
                continue
            candidates = [e for e in self.g.lookup(span.text)
                          if (e.kind in ("city", "admin2")
                              and (slot == "settlement" or e.admin1 in regions or e.cc in named_after))
                          or (e.kind == "admin1" and e.cc in countries and slot in ("locative", "conjunct"))]
            add(span.start_char, span.end_char, "local", candidates)

    @staticmethod
    def _admin1_after(doc_text: str, end: int, by_start: dict[int, Toponym]) -> set[int]:
        """The first-level units (gazetteer rows) that the toponym right after a comma names:
        "Sioux Falls, S.D." -> South Dakota; empty when no state or province follows."""
        m = re.match(r", ?", doc_text[end:end + 3])
        nxt = by_start.get(end + m.end()) if m else None
        if nxt is None:
            return set()
        return {e.row for e in nxt.candidates if e.kind == "admin1"}

    @staticmethod
    def _countries_after(doc_text: str, end: int, by_start: dict[int, Toponym]) -> set[str]:
        """Countries that a comma chain after a name places it in: "Reading, Berkshire, UK" -> GB
        (each link is a toponym found before this pass, by its start; only country readings count;
        names this pass adds lie before the name being read, so they are never links of its chain)."""
        out: set[str] = set()
        while (m := re.match(r",\s*", doc_text[end:end + 4])) and (nxt := by_start.get(end + m.end())):
            out |= {e.cc for e in nxt.candidates if e.kind == "country"}
            end = nxt.end
        return out

    @staticmethod
    def _place_slot(doc, span, found_starts: set[int]) -> str | None:
        """Why the syntax puts a place here ("locative", "settlement" ...), or None."""
        before = doc[span.start - 1]
        after = doc[span.end] if span.end < len(doc) else None
        if before.lower_ in ("in", "near", "outside") and before.dep_ == "prep":
            return "locative"
        if before.lower_ == "of" and span.start >= 2:
            ahead = doc[span.start - 2]
            if ahead.lower_ in SETTLEMENT_WORDS:
                return "settlement"  # "the town of Akuressa", "the Village of Glen Carbon"
            if after is not None and after.is_punct and (ahead.ent_type_ == "PERSON" or (
                    ahead.text == "," and span.start >= 3 and doc[span.start - 3].like_num)):
                return "origin"  # "Nadia Moayyad of Southlake.", "Thomas Hellinghausen, 22, of Winfield,"
        if before.lower_ in ("and", "or") and span.root.dep_ == "conj" and doc[span.root.head.i].idx in found_starts:
            return "conjunct"  # "in Oakport and Moorhead"
        if after is not None and after.lower_ in _local_nouns() and span.root.dep_ in ("compound", "nmod"):
            return "modifier"  # "Alexandria police", "a Buford home"
        return None

    def _qualifiers(self, doc_text: str, found: list[Toponym]) -> None:
        """"Springfield, Ill." / "Paris, Texas" / "Niamey, Niger": the second names the first's region."""
        by_start = {t.start: t for t in found}
        # Right to left, so that in a chain ("Reading, Berkshire, UK") the county already carries the
        # country that qualifies it, and passes it on to the town.
        for t in sorted(found, key=lambda t: -t.start):
            rest = doc_text[t.end:t.end + 40]
            m = re.match(r",\s*", rest)
            if not m:
                continue
            nxt = by_start.get(t.end + m.end())
            if nxt is not None:
                t.qualifier = [e for e in nxt.candidates if e.kind in ("country", "admin1")]
                t.qualifier += [q for q in nxt.qualifier if q.kind == "country"]
                continue
            code = re.match(r"([A-Z]{2,3})\b", rest[m.end():])
            if code and (unit := self.g.postal(code.group(1))):
                t.qualifier = [unit]


def toponyms_at(detector: Detector, doc, spans: list[tuple[int, int]]) -> list[Toponym]:
    """Toponyms for given spans ("given the toponym" evaluation): candidates only, no detection."""
    g = detector.g
    found = []
    doc_text = doc.text
    for start, end in spans:
        text = doc_text[start:end]
        country = g.demonym(text)
        candidates, how = ([country], "demonym") if country else detector._name_candidates(text)
        if not candidates:
            stripped = re.sub(r"^(?:the|The|THE)\s+|['\u2019]s$", "", text)
            candidates, how = detector._name_candidates(stripped) if stripped != text else ([], "")
        if not candidates:
            candidates, how = g.fuzzy(text), "fuzzy"
        found.append(Toponym(start, end, text, how or "given", candidates, key=norm(text)))
    present = [t for t in found if t.candidates]
    detector._qualifiers(doc_text, present)
    return found
