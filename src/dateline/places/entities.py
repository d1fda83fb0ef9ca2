"""Toponyms read off spaCy's entities: sources 1 to 3 of :mod:`dateline.places.detect`.

A GPE / LOC / FAC entity is trimmed of "the" and a possessive and looked up, also grown by a name word the
model left outside ("New" + "Mexico") or an admin word ("Rapides" + "Parish"), split at a comma ("Paris,
Texas") or corrected when misspelt; a NORP entity is a demonym ("Nigerien", "Turkish-Russian"); a place name
inside another entity ("the Edmonton Police Service") counts only when precise.  Each reading is offered to
the detector's ``add``, which decides (:meth:`dateline.places.detect.Detector.detect`).  The name words
these readings share with the detector's passes over the whole document (titles, agency words, directions)
are here too.
"""

from __future__ import annotations

import re

from dateline.places.gazetteer import Entry, Gazetteer
from dateline.places.names import norm
from dateline.places.tables import read_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LEADING_WORDS = {"the"}
# "North Texas", "Northeast Georgia", "Southern Sudan": the place is the part after the word.
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
              "southeastern", "southwestern", "upstate", "downtown"}
LOCATIVE_BEFORE = {"in", "near", "outside", "across"}
LEFT_NAME_WORDS = {"New", "North", "South", "East", "West", "Upper", "Lower", "Greater", "Little", "Great", "Fort",
                   "Port", "Saint", "St.", "San", "Santa", "Los", "Las", "El", "La", "Lake", "Mount", "Cape",
                   "Western", "Eastern", "Northern", "Southern", "Central"}  # "Western" + "Australia"
ADMIN_WORDS = {"county", "parish", "province", "state", "region", "district", "oblast", "governorate"}
UNIT_WORDS = {"state", "province", "region", "oblast", "governorate"}  # first-level units, as in "Rakhine state"
# A city inside an organisation's name must be at least this big to count without other evidence.
EMBEDDED_CITY_MIN_POPULATION = 50_000
MAX_NGRAM = 4
# a name right after a personal title is a person: "coach Ripley", "Mrs. Lincoln", "Sen. Warner"
PERSON_TITLES = {"Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "coach", "Coach", "Sen.", "Rep.",
                 "Gov.", "Judge", "Officer", "Sgt.", "Lt.", "Capt.", "Det.", "Deputy", "Sheriff", "Pastor", "Rev.",
                 "Father", "Sister", "Brother", "Professor", "Prof.", "Chief", "Mayor", "Councilman", "Councilwoman",
                 # offices: "President Bush" is not Bush, Egypt; "Minister Pedraza" not Pedraza, Colombia
                 "President", "Senator", "Governor", "Minister", "Premier", "Chancellor", "Secretary", "Ambassador",
                 "Justice", "Gen.", "General", "Col.", "Maj.", "Adm.", "Cardinal", "Bishop"}
# capitalised agency words that end a town's part of a longer name ("Litchfield Fire Chief Jim Koser")
AGENCY_WORDS = {"Police", "Fire", "Sheriff", "Council", "Officer", "Officers", "Firefighters", "Schools"}
# A misspelling is worth correcting only towards a place that news often names.
FUZZY_MIN_POPULATION = 50_000
NORP_CITY_MIN_POPULATION = 100_000
WHOLE_ENTITY_CITY_MIN_POPULATION = 100_000
# A town named in a trophy's name ("the Davis Cup") must be this big: trophies are named after people.
TROPHY_CITY_MIN_POPULATION = 100_000


def _trim(tokens) -> tuple[int, int]:
    """Token range without leading "the" and a trailing possessive."""
    i, j = 0, len(tokens)
    while i < j and tokens[i].lower_ in LEADING_WORDS:
        i += 1
    while j > i and (tokens[j - 1].lower_ in ("'s", "\u2019s", "'", "\u2019") or tokens[j - 1].is_space
                     or (tokens[j - 1].is_punct and tokens[j - 1].text != ".")):
        j -= 1
    return i, j


def _media_words() -> frozenset[str]:
    """Last words of newspaper and agency names ("Post", "Presse"), as written."""
    return read_words("media_words.txt")


def _trophy_words() -> frozenset[str]:
    """Last words of trophy and prize names ("Cup", "Trophy", "Prize"), as written."""
    return read_words("trophy_words.txt")


def _names_a_trophy(tokens, end: int) -> bool:
    """"Davis" in "the Davis Cup final": the word after the window, inside the entity, is a trophy word."""
    return end < len(tokens) and tokens[end].text in _trophy_words()


def _title_or_agency(token) -> bool:
    """"Chief", "Mayor", "Police", "Fire": a word that ends a place's part of a name."""
    return token.text in PERSON_TITLES or token.text in AGENCY_WORDS


def _is_name_token(token) -> bool:
    if token.is_space or (token.is_punct and token.text not in {"-", "."}):
        return False
    return token.text[:1].isupper() or token.text in {"-", "of", "de", "du", "la", "le", "upon", "on"}


class EntityReader:
    """The readings of one entity at a time; :class:`dateline.places.detect.Detector` adds the passes over
    the whole document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def _name_candidates(self, text: str) -> tuple[list[Entry], str]:
        abbrev = self.g.abbreviation(text) if "." in text else None
        if abbrev:
            return [abbrev], "abbreviation"
        found = self.g.lookup(text)
        if found:
            return found, "name"
        return [], ""
    def _with_admin_word(self, ent, add) -> None:
        """"Rapides" + "Parish": the model often leaves the admin word outside the entity.
        "Washington state", "Rakhine state": a lower-case unit word after the name says which
        reading is meant (the unit, not the capital or the town), and stays outside the toponym."""
        doc = ent.doc
        if ent.end < len(doc) and ent.label_ in PLACE_LABELS and doc[ent.end].lower_ in UNIT_WORDS \
                and doc[ent.end].is_lower:
            i, j = _trim(list(ent))
            if i < j:
                span = doc[ent.start + i:ent.start + j]
                units = [e for e in self.g.lookup(span.text) if e.kind in ("admin1", "region")]
                if units and len(units) < len(self.g.lookup(span.text)):
                    add(span.start_char, span.end_char, f"entity:{ent.label_}", units)
            return
        if ent.end >= len(doc) or doc[ent.end].lower_ not in ("county", "parish") or not doc[ent.end].is_title:
            return
        i, _ = _trim(list(ent))
        span = doc[ent.start + i:ent.end + 1]
        candidates = [e for e in self.g.lookup(span.text) if e.kind == "admin2"]
        add(span.start_char, span.end_char, f"entity:{ent.label_}", candidates)

    def _place_entity(self, ent, add) -> None:
        tokens = list(ent)
        i, j = _trim(tokens)
        if i >= j:
            return
        span = ent.doc[ent.start + i:ent.start + j]
        for extra in (2, 1):
            # The model often leaves "New" outside: "New" + "Mexico" is New Mexico, not Mexico.
            if i or ent.start < extra or any(t.text not in LEFT_NAME_WORDS for t in ent.doc[ent.start - extra:ent.start]):
                continue
            longer = ent.doc[ent.start - extra:ent.start + j]
            candidates, _ = self._name_candidates(longer.text)
            if add(longer.start_char, longer.end_char, f"entity:{ent.label_}", candidates):
                return
        if j == len(tokens) and self._longer_to_the_right(ent, span, add):
            return
        if any(t.text == "," for t in span):  # "Washington, D.C." / "Paris, Texas": two toponyms
            part_start = span.start
            for k in range(span.start, span.end + 1):
                if k == span.end or ent.doc[k].text == ",":
                    part = ent.doc[part_start:k]
                    if len(part):
                        candidates, how = self._name_candidates(part.text)
                        add(part.start_char, part.end_char, "abbreviation" if how == "abbreviation"
                            else f"entity:{ent.label_}", candidates)
                    part_start = k + 1
            return
        candidates, how = self._name_candidates(span.text)
        if ent.label_ == "FAC" and not any(
                e.kind in ("country", "admin1", "continent", "region", "landmark")
                or (e.population >= WHOLE_ENTITY_CITY_MIN_POPULATION and norm(e.name) == norm(span.text))
                for e in candidates):
            # A facility named like a hamlet ("Heathrow", "Victoria Park") is the facility, which
            # the gazetteer lacks; the hamlet would be a confident wrong answer.
            candidates = []
        if candidates:
            add(span.start_char, span.end_char, "abbreviation" if how == "abbreviation" else f"entity:{ent.label_}",
                candidates)
            return
        if tokens[i].lower_ in DIRECTIONS and j - i > 1:
            rest = ent.doc[ent.start + i + 1:ent.start + j]
            candidates, _ = self._name_candidates(rest.text)
            if add(rest.start_char, rest.end_char, f"entity:{ent.label_}", candidates):
                return
        if ent.label_ == "GPE" and span.text[:1].isupper():
            fuzzy = [e for e in self.g.fuzzy(span.text)
                     if e.kind in ("country", "admin1") or e.population >= FUZZY_MIN_POPULATION]
            if fuzzy and add(span.start_char, span.end_char, "fuzzy", fuzzy):
                return
        if ent.label_ == "LOC":
            country = self.g.demonym(span.text)
            if country:
                add(span.start_char, span.end_char, "demonym", [country])

    def _longer_to_the_right(self, ent, span, add) -> bool:
        """The model often stops a town's name short: "Belle" + "Plaine", "ST" + ". PAUL". When the
        entity and the capitalised words right after it (same line) are together a town or unit the
        gazetteer knows, that longer name is the place, not the first word's namesake elsewhere - unless
        more capitalised words follow ("Dublin City Council" is the council of Dublin)."""
        doc = ent.doc
        if not (span[-1].is_alpha and span[-1].text[:1].isupper()):
            return False  # "the City of" + "Richmond": the entity ends in a function word, not a cut name
        for extra in (3, 2, 1):
            following = doc[ent.end:ent.end + extra]
            if len(following) < extra or "\n" in span[-1].whitespace_ \
                    or any("\n" in t.whitespace_ for t in following[:-1]):
                continue
            if not following[-1].text[:1].isupper() or not following[-1].is_alpha \
                    or not all((t.is_alpha and t.text[:1].isupper()) or t.text == "." for t in following):
                continue
            after = doc[ent.end + extra] if ent.end + extra < len(doc) else None
            if after is not None and after.is_alpha and after.text[:1].isupper() and "\n" not in following[-1].whitespace_:
                return False  # "Dublin City Council": the words go on into an organisation's name
            longer = doc[span.start:ent.end + extra]
            candidates = [e for e in self.g.lookup(longer.text)
                          if e.kind in ("city", "admin1", "admin2") and len(norm(e.name).split()) > 1]
            if candidates and add(longer.start_char, longer.end_char, f"entity:{ent.label_}", candidates):
                return True
        return False

    def _demonyms(self, ent, add) -> None:
        """"Nigerien", "Turkish-Russian" (two countries), "Palestinians"."""
        doc = ent.doc
        for extra in (2, 1):  # "British" + "Columbia" is a province, not Britain
            following = doc[ent.end:ent.end + extra]
            if len(following) == extra and all(t.is_title for t in following):
                longer = doc[ent.start:ent.end + extra]
                candidates = [e for e in self.g.lookup(longer.text) if e.kind in ("country", "admin1", "region")]
                if add(longer.start_char, longer.end_char, "entity:NORP", candidates):
                    return
        pos = ent.start_char
        for part in re.split(r"([-\u2013/])", ent.text):
            start, pos = pos, pos + len(part)
            word = part.strip()
            if not word or not word[0].isalpha():
                continue
            if word.lower().startswith("the "):
                start += 4
                word = word[4:]
            country = self.g.demonym(word)
            if country:
                add(start, start + len(word), "demonym", [country])
            else:
                # A NORP tag on a place name ("Aleppo"): keep the readings a reader would accept.
                readings = self.g.lookup(word)
                candidates = [e for e in readings if e.kind in ("country", "continent", "admin1")
                              or (e.kind == "city" and e.population >= NORP_CITY_MIN_POPULATION)]
                if candidates and not any(norm(e.name) == norm(word) for e in candidates):
                    # only another name of a big place ("Augusta" is also Augsburg's Latin name): the
                    # places that bear the name as their own are what a reader takes it for (Augusta, Georgia)
                    candidates = [e for e in readings if e.kind in ("city", "admin2")
                                  and norm(e.name) == norm(word)] or candidates
                add(start, start + len(word), "entity:NORP", candidates)

    def _embedded(self, ent, add, whole: bool) -> None:
        """Place names inside an organisation, facility or person entity (longest first)."""
        tokens = list(ent)
        first, n = _trim(tokens)
        if ent.label_ == "ORG" and n > first + 1 and tokens[n - 1].text.split("-")[-1] in _media_words():
            return  # "The Washington Post", "Agence France-Presse": the outlet, not a place
        if ent.label_ in ("ORG", "PERSON") and first < n and self._between_places(ent):
            span = ent.doc[ent.start + first:ent.start + n]
            towns = [e for e in self.g.lookup(span.text) if e.kind in ("city", "admin2")]
            if towns and add(span.start_char, span.end_char, f"embedded:{ent.label_}", towns):
                return
        named = []  # token ranges of longer windows that are a place's whole name (kept or not)
        for size in range(min(MAX_NGRAM, n - first), 0, -1):
            for i in range(first, n - size + 1):
                if size == n - first and not whole:
                    continue
                # A part of a longer town's name ("Bend" of "Great Bend") is no other town: the longer
                # name is the town, if any. A state or country inside it may still be meant ("a Missouri
                # Valley team": Missouri Valley is also a town in Iowa).
                inside_name = any(a <= i and i + size <= b for a, b in named)
                # Organisations put their place first ("Edmonton Police Service"), last ("Skate
                # Canada") or after a preposition ("University of Manitoba"), not in the middle.
                # ... or right after a direction that opens the name ("Western Pennsylvania Kennel
                # Association", "Northern Illinois University": the state, when "Western
                # Pennsylvania" itself is no gazetteer name)
                if not (i == first or i + size == n or tokens[i - 1].lower_ in ("of", "in", "at", "for", "de")
                        or (i == first + 1 and tokens[first].lower_ in DIRECTIONS)):
                    continue
                window = tokens[i:i + size]
                if not window[0].text[:1].isupper() or not window[-1].text[:1].isupper():
                    continue
                if not all(_is_name_token(t) for t in window):
                    continue
                text = ent.doc[window[0].i:window[-1].i + 1]
                candidates, how = self._name_candidates(text.text)
                if inside_name:
                    candidates = [e for e in candidates if e.kind in ("country", "admin1", "continent", "region")]
                if size > 1 and any(e.kind in ("city", "admin1", "admin2") for e in candidates):
                    named.append((i, i + size))
                is_whole = size == n - first and ent.label_ not in PLACE_LABELS
                if is_whole and ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVE_BEFORE:
                    is_whole = False  # "in Danbury" tagged ORG: the preposition says it is a place
                # An organisation called exactly like a town ("Xinhua", "Sears") is the organisation,
                # unless the town is named as a place elsewhere (the repeat pass finds those).
                # "the Davis Cup" (Dwight Davis, not Davis, California): a trophy is named after a
                # person unless the place is a big one ("the Melbourne Cup") or a country or state
                trophy = _names_a_trophy(tokens, i + size)
                kept = [e for e in candidates if self._precise(e, text.text)
                        and (not trophy or e.kind not in ("city", "admin2")
                             or e.population >= TROPHY_CITY_MIN_POPULATION)
                        and (not is_whole or e.kind in ("country", "admin1", "continent", "region")
                             or (e.population >= WHOLE_ENTITY_CITY_MIN_POPULATION and norm(e.name) == norm(text.text)))]
                if kept:
                    # The big reading makes the words a place name; which place it is stays open
                    # ("EDMONTON" in a Kentucky paper's masthead is Edmonton, Ky.).
                    add(text.start_char, text.end_char, f"embedded:{ent.label_}", candidates)
                elif size == 1:
                    country = self.g.demonym(text.text)
                    if country and country.kind == "country":
                        add(text.start_char, text.end_char, "demonym", [country])

    @staticmethod
    def _between_places(ent) -> bool:
        """"Dodge City, Great Bend, Hutchinson": an item of a comma list whose neighbour on each side
        that exists is a place entity (GPE) is a place too, whatever the model tagged it."""
        doc = ent.doc
        before = ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "GPE"
        after = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "GPE"
        return before and after

    def _before_title(self, ent, add) -> None:
        """"Rapides Parish Fire District 2", "Edmonton Police Chief Rod Knecht": the model reads
        the whole as a person; the words before the first title or agency word name a place
        when precisely (as inside an organisation's name)."""
        cut = next((t.i for t in ent if _title_or_agency(t)), ent.start)
        first = ent.start + (ent[0].lower_ in LEADING_WORDS)
        if cut <= first:
            return
        span = ent.doc[first:cut]
        candidates, how = self._name_candidates(span.text)
        if any(self._precise(e, span.text) for e in candidates):
            add(span.start_char, span.end_char, "embedded:PERSON", candidates)

    @staticmethod
    def _precise(entry: Entry, text: str) -> bool:
        if text.lower() in DIRECTIONS:  # "Western" is a province of Uganda and of Zambia
            return False
        if entry.kind in ("country", "continent", "admin1", "region", "landmark"):
            return True  # (a landmark named as a whole organisation - "the Kremlin said" - is not
            #              kept: is_whole admits it only after a locative preposition)
        if entry.kind == "admin2":
            return text.split()[-1].lower() in ADMIN_WORDS
        return entry.population >= EMBEDDED_CITY_MIN_POPULATION
