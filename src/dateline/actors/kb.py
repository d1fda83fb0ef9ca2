"""The actor knowledge base: the data files of ``actors/data`` loaded into lookup tables.

Every surface form is keyed by its lower-cased text; each key lists the :class:`Entry` objects
it may stand for.  Case is checked at match time (:meth:`KnowledgeBase.case_ok`): hand-written
forms must match as written ("US" but not "us"), forms that came lower-cased from the Phoenix
dictionaries must look like a name (capitalised words).  Loaded once per process.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from dateline.places import media_words, subnational_demonyms  # (the places stage imports nothing from this one)

DATA = Path(__file__).resolve().parent / "data"
ANY_NAME_CASE = "*"  # marker in KnowledgeBase.forms: any capitalised spelling is accepted
LOWER_WORDS = {"of", "the", "and", "de", "du", "des", "la", "le", "al", "el", "bin", "da", "do", "von", "der",
               "van", "y", "for", "in", "on", "ibn", "al-"}


@dataclass(frozen=True)
class Entry:
    """One thing a surface form can refer to."""

    kind: str  # country | adjective | capital | metonym | igo | group | person | agent | region | subnational
    #            | ethnic | regional
    code: str | None  # PLOVER country field: ISO-3 or IGO/UNO/EUR/NGO/IMG/...
    name: str  # readable name: "Niger", "Kremlin", "Antony Blinken", "government"
    sector: str | None = None
    secondary: str | None = None
    role: str | None = None
    start: str = ""  # ISO date the term began ("" = unknown)
    end: str = ""  # ISO date the term ended ("" = open)
    neutral: bool = False  # agent nouns like "spokesperson": sector comes from context
    curated: bool = True  # from a hand-written table (vs. generated from Phoenix)
    territory: str | None = None  # original ISO-3 of a dependency folded into ``code``


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=None)
def lemmas(name: str) -> frozenset[str]:
    """The ``lemma`` column of a data table (a word class of verbs: naming_verbs.tsv, predicate_verbs.tsv)."""
    return frozenset(r["lemma"] for r in _rows(name))


def _regional_demonyms(sovereign: dict[str, str]) -> list[tuple[str, str, str]]:
    """(demonym, ISO-3, region) for regions inside one state: regional_demonyms.tsv and the
    first-level demonyms the places stage knows (``places.subnational_demonyms``, plus their
    plurals in -s: "Texans", "Ontarians"), each folded into its sovereign state."""
    out = [(r["text"], r["code"], r["region"]) for r in _rows("regional_demonyms.tsv")]
    for demonym, region, cc in subnational_demonyms():
        country = pycountry.countries.get(alpha_2=cc)
        if country is None:
            continue
        code = sovereign.get(country.alpha_3, country.alpha_3)
        for text in (demonym, demonym + "s"):
            out.append((text, code, region))
    return out


def _surname(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    # too short to stand alone ("Jun", "Swe"), or a regnal number ("Charles III")
    if len(last) <= 3 or re.fullmatch(r"[IVXL]+", last):
        return None
    return last


class KnowledgeBase:
    """Lookup tables over all actor data files."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        self.forms: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, str] = {}
        self.sector_nouns: dict[str, str] = {}
        self.confusable: set[frozenset[str]] = set()
        self.unconfused_forms: set[str] = set()  # "nigerien": no writer uses it for the other country of its pair
        self.surnames: dict[str, list[Entry]] = defaultdict(list)
        self.titled_surnames: dict[str, list[Entry]] = defaultdict(list)  # generated persons: "President X"
        self.capital_of: dict[str, str] = {}
        features = _rows("feature_words.tsv")
        self.feature_words = {r["word"] for r in features if r["position"] == "after"}
        self.prefix_words = {r["word"] for r in features if r["position"] == "before"}
        self.hyphen_words = {r["word"] for r in features if r["position"] == "hyphen"}
        # "meeting", "summit", "met": words of a meeting whose place names the venue (document.meeting_venue)
        self.venue_words = {r["word"].lower() for r in features if r["position"] == "venue"}
        # "Marxist", "leftist": words before a body's name that describe it (match._inside_unknown_name)
        self.body_descriptors = {r["word"].lower() for r in features if r["position"] == "describes_body"}
        self.ambiguous_surnames = {r["surname"] for r in _rows("ambiguous_surnames.tsv")}
        # "Denzel", "George": given names that make a capital or country name after them a surname (given_names.tsv)
        self.given_names = {r["name"] for r in _rows("given_names.tsv")}
        # "Express", "Times", "Post": last words of outlets' names, the places stage's list (one list for both
        # stages), so that "the Indian Express" is an outlet, not India
        self.outlet_words = set(media_words())
        # "Group", "Corp", "Securities": last words of a company's name (firm_words.tsv)
        self.firm_words = {r["word"] for r in _rows("firm_words.tsv")}
        # context -> words that make an unknown name a firm's ("Zentrica's profits", "shares in Zentrica":
        # firm_cues.tsv, read by firms.py)
        self.firm_cues: dict[str, set[str]] = defaultdict(set)
        for r in _rows("firm_cues.tsv"):
            self.firm_cues[r["context"]].add(r["word"])
        # "El", "La", "Die": articles that open a newspaper's title ("El Heraldo reported": title_articles.tsv)
        self.title_articles = {r["word"] for r in _rows("title_articles.tsv")}
        # name (lower case) -> words that, right after it, make it no actor (organisations.tsv, not_before)
        self.not_before: dict[str, set[str]] = {}
        self.not_actors = {r["text"] for r in _rows("not_actors.tsv")}  # "UTC", "FTSE": never actors
        # common words when lower-cased ("us", "who", "turkey"): no name in all-lower-case copy
        self.lowercase_ambiguous = {r["word"] for r in _rows("lowercase_ambiguous.tsv")}
        # "the prime minister", "the police chief": titles of one person ("he" may refer to them)
        self.person_titles = {r["word"] for r in _rows("person_titles.tsv")}
        # "Mr", "Gen", "Dr" before a surname: courtesy titles left out of a PERSON name (honorifics.tsv)
        self.honorifics = {r["word"] for r in _rows("honorifics.tsv")}
        # "the former British colony": lands once ruled by the state an adjective names (former_dominions.tsv)
        self.former_dominions = {r["word"] for r in _rows("former_dominions.tsv")}
        # "the American center attack": sites an adjective before an event noun may describe (site_nouns.tsv)
        self.site_nouns = {r["word"] for r in _rows("site_nouns.tsv")}
        sports = _rows("sports_cues.tsv")
        self.sports_verbs = {r["word"] for r in sports if r["kind"] == "verb"}
        self.sports_nouns = {r["word"] for r in sports if r["kind"] == "noun"}
        # "Real Madrid", "Manchester United": words of clubs' names before / after a place's name (as written)
        self.club_words_before = {r["word"] for r in sports if r["kind"] == "club_before"}
        self.club_words_after = {r["word"] for r in sports if r["kind"] == "club_after"}
        # word -> context -> listed words: where a generic agent noun is no actor (agent_contexts.tsv)
        self.agent_contexts: dict[str, dict[str, set[str]]] = defaultdict(dict)
        # (word, focus country) -> sector: "congressmen" in a story about India are a party's (focus_namesake_agents.tsv)
        self.focus_namesake_agents = {(r["word"], r["focus"]): r["sector"] for r in _rows("focus_namesake_agents.tsv")}
        for r in _rows("agent_contexts.tsv"):
            self.agent_contexts[r["word"]][r["context"]] = {w for w in r["words"].split("|") if w}
        self._load()

    def ends_in_firm_word(self, name: str) -> bool:
        """Does the name end in a word of a company's name ("Dataproducts *Inc.*", "BMO Financial *Group*";
        firm_words.tsv)?"""
        return name.split()[-1].rstrip(".") in self.firm_words

    def agent_context(self, word: str, context: str) -> set[str] | None:
        """The words listed for ``word`` under ``context`` in agent_contexts.tsv (None: not listed)."""
        return self.agent_contexts.get(word.lower(), {}).get(context)

    # ------------------------------------------------------------------ loading
    def _add(self, text: str, entry: Entry, exact: bool = True) -> None:
        text = " ".join(text.split())
        if not text:
            return
        key = text.lower()
        if entry not in self.entries[key]:
            self.entries[key].append(entry)
        self.forms[key].add(text if exact else ANY_NAME_CASE)

    def _load(self) -> None:
        sovereign = {r["code"]: r["sovereign"] for r in _rows("territories.tsv")}
        self.sovereign = sovereign
        for r in _rows("sectors.tsv"):
            self.sector_nouns[r["sector"]] = r["noun"]
        for r in _rows("confusables.tsv"):
            self.confusable.add(frozenset((r["code"], r["confused_with"])))
            self.unconfused_forms.update(f.lower() for f in (r.get("marked") or "").split("|") if f)
        self._load_countries(sovereign)
        for r in _rows("parties.tsv"):  # political parties: a group of the country, sector PTY
            entry = Entry("group", r["code"] or None, r["name"], "PTY")
            for alias in [r["name"], *r["aliases"].split("|")]:
                if alias:
                    self._add(alias, entry)
        for r in _rows("metonyms.tsv"):
            self._add(r["text"], Entry("metonym", r["code"], r["name"], r["sector"] or None))
        for r in _rows("igos.tsv"):
            entry = Entry("igo", r["code"], r["name"], r["sector"] or None)
            for alias in [r["name"], *r["aliases"].split("|")]:
                self._add(alias.removeprefix("the "), entry)
        # national organisations that are no party or state body: "VHP", "Bajrang Dal", "Sinaloa Cartel"
        for r in _rows("organisations.tsv"):
            entry = Entry("group", r["code"] or None, r["name"], r["sector"] or None)
            blockers = {w for w in r["not_before"].split("|") if w}  # "RSS feeds": the web format, not the Sangh
            for alias in [r["name"], *r["aliases"].split("|")]:
                if alias:
                    self._add(alias, entry)
                    if blockers:
                        self.not_before[" ".join(alias.split()).lower()] = blockers
        for r in _rows("media.tsv"):
            # news outlets: named organisations like the IGOs (one ORG unit), sector JRN
            entry = Entry("igo", r["code"], r["name"].removeprefix("The "), "JRN")
            for alias in [r["name"], *(a for a in r["aliases"].split("|") if a)]:
                self._add(alias.removeprefix("The "), entry)
        for r in _rows("firms.tsv"):
            # firms named without their legal form ("Microsoft", "BP"): named organisations like the outlets, sector
            # BUS, of the home country; a name the tables already know keeps its reading
            entry = Entry("igo", r["code"], r["name"], "BUS")
            for alias in [r["name"], *(a for a in r["aliases"].split("|") if a)]:
                if " ".join(alias.split()).lower() not in self.entries:
                    self._add(alias, entry)
        dropped = {r["name"] for r in _rows("groups_dropped.tsv")}  # common phrases, odd countries
        for r in _rows("groups.tsv"):
            if r["name"] not in self.entries and r["name"] not in dropped:  # hand-written IGO/group rows win
                self._add(r["name"], Entry("group", r["country"], r["name"].title(), r["sector"] or None,
                                           curated=False), exact=False)
        for r in _rows("ethnic_groups.tsv"):
            if r["text"].lower() not in self.entries:
                self._add(r["text"], Entry("ethnic", r["code"], r["text"]))
        for text, code, region in _regional_demonyms(sovereign):
            if text.lower() not in self.entries:
                self._add(text, Entry("regional", code, region))
        for r in _rows("regions.tsv"):
            if r["text"].lower() not in self.entries:
                self._add(r["text"], Entry("region", None, r["text"], role=r["label"]))
        self._load_agents()
        self._load_persons()
        # provinces and big cities: looked up through the model's GPE entities, never matched alone
        self.subnational = {r["name"]: Entry("subnational", sovereign.get(r["country"], r["country"]), r["name"],
                                             role=r["kind"], curated=False)
                            for r in _rows("subnational.tsv")}
        # the same names by their lower-case form, for lower-case copy (match.lowercase_places)
        self.subnational_lower = {name.lower(): entry for name, entry in self.subnational.items()}

    def _load_countries(self, sovereign: dict[str, str]) -> None:
        generated = _rows("countries.tsv")
        extra = _rows("countries_extra.tsv")
        for r in generated + extra:
            if r["kind"] == "label":
                self.labels[r["code"]] = r["text"]
        dropped = {(r["code"], r["text"].lower()) for r in extra if r["kind"] == "drop"}
        preferred = {r["text"].lower(): r["code"] for r in extra if r["kind"] == "prefer"}
        by_text: dict[str, dict[str, list[tuple[str, str, bool]]]] = defaultdict(lambda: defaultdict(list))
        for source, rows in (("generated", generated), ("extra", extra)):
            for r in rows:
                kind = r["kind"]
                if kind in ("label", "drop", "prefer") or (r["code"], r["text"].lower()) in dropped:
                    continue
                if kind == "phoenix" and len(re.sub(r"[. ]", "", r["text"])) <= 4:
                    continue  # lower-case acronyms ("us", "uae"): "Us" is no country; hand forms cover them
                kind = "country" if kind in ("name", "phoenix") else kind
                exact = r["kind"] != "phoenix"  # Phoenix forms: any capitalised spelling
                by_text[r["text"].lower()][r["code"]].append((kind, r["text"], exact))
        for key, codes in by_text.items():
            if len(codes) > 1:
                if key in preferred:
                    codes = {preferred[key]: codes[preferred[key]]}
                else:
                    # a form shared by a state and its dependencies ("French"): keep the state
                    states = {c: v for c, v in codes.items() if c not in sovereign}
                    if len(states) != 1:
                        continue  # truly ambiguous ("Congo" without a preference): never guess
                    codes = states
            for code, forms in codes.items():
                # regular plurals of one-word demonyms name the people ("Egyptians", "Pakistanis");
                # PETRARCH derives them at run time too; irregular ones are in the tables
                forms = forms + [("adjective", text + "s", exact) for kind, text, exact in forms
                                 if kind == "adjective" and " " not in text and text.lower().endswith(("an", "i"))
                                 and (text + "s").lower() not in by_text]
                target = sovereign.get(code, code)
                label = self.labels.get(target, target)
                for kind, text, exact in forms:
                    if kind == "capital" and code in sovereign:
                        continue  # a dependency's capital is not a seat of government
                    if kind == "capital":
                        self.capital_of.setdefault(target, text)
                    entry = Entry(kind, target, label, territory=code if code != target else None)
                    self._add(text, entry, exact)

    def _load_agents(self) -> None:
        override = {r["phrase"]: r for r in _rows("agents_extra.tsv")}
        for r in _rows("agents.tsv"):
            if r["phrase"] in override or r["sector"] == "UNK":
                continue  # UNK nouns ("man", "group") say nothing about an actor
            self._add(r["phrase"], Entry("agent", None, r["phrase"], r["sector"], r["secondary"] or None,
                                         curated=False), exact=False)
        for phrase, r in override.items():
            # the override replaces the generated agent noun, not a name spelt the same way (the
            # metonym "Congress" stays beside the agent noun "congress")
            self.entries[phrase] = [e for e in self.entries.get(phrase, []) if e.kind != "agent"]
            if not self.entries[phrase]:
                self.entries.pop(phrase)
            if r["sector"] == "-":
                continue  # listed to remove a generated agent noun that names a place ("city")
            # UNK: a role noun whose post may be in any body ("chairman"): no sector by default (the words say it)
            self._add(phrase, Entry("agent", None, phrase, None if r["sector"] == "UNK" else r["sector"],
                                    r["secondary"] or None,
                                    neutral=r["neutral"] == "yes"), exact=False)

    def _load_persons(self) -> None:
        curated_names: set[str] = set()
        for r in _rows("office_holders.tsv"):
            entry = Entry("person", r["country"], r["person"], r["sector"], r["secondary"] or None,
                          role=r["role"], start=r["start"], end=r["end"])
            names = [r["person"], *(a for a in r["aliases"].split("|") if a)]
            for name in names:
                self._add(name, entry)
                curated_names.add(name.lower())
            for name in names:
                surname = _surname(name)
                if surname and entry not in self.surnames[surname.lower()]:
                    self.surnames[surname.lower()].append(entry)
        for r in _rows("persons_phoenix.tsv"):
            if r["name"] in curated_names:
                continue
            entry = Entry("person", r["country"], r["name"].title(), r["sector"] or None,
                          start=r["start"], end=r["end"], curated=False)
            self._add(r["name"], entry, exact=False)
            if entry.sector != "ELI":
                self.titled_surnames[r["name"].split()[-1]].append(entry)

    # ------------------------------------------------------------------ queries
    def case_ok(self, key: str, text: str) -> bool:
        """Does ``text`` (as written) have an acceptable spelling for the form ``key``?"""
        forms = self.forms.get(key, ())
        if text in forms:
            return True
        if text.isupper() and len(text) > 4 and any(f.upper() == text for f in forms if f != ANY_NAME_CASE):
            return True  # headline capitals: "NIGER" (but not "US" -> "us" trouble, length > 4)
        if ANY_NAME_CASE in forms:
            return name_cased(text)
        return False

    def case_free(self, key: str, text: str) -> bool:
        """May ``text``, written all in lower case, stand for the name ``key`` in copy that is all
        lower case?  Any name the knowledge base writes with capitals, unless the lower-case word is
        a common one ("us", "turkey", "polish": ``lowercase_ambiguous.tsv``) or an ambiguous surname."""
        if not text.islower() or key in self.lowercase_ambiguous or key in self.ambiguous_surnames:
            return False
        if all(e.kind in ("group", "person") and not e.curated for e in self.entries.get(key, ()) if e.kind != "agent"):
            return False  # the Phoenix dictionaries' groups and persons: too many common words among them
        forms = self.forms.get(key, ())
        return ANY_NAME_CASE in forms or any(f != f.lower() for f in forms)

    def label(self, code: str | None) -> str | None:
        if code is None:
            return None
        return self.labels.get(code, code)

    def sector_noun(self, sector: str | None) -> str | None:
        return self.sector_nouns.get(sector) if sector else None

    def generic_name(self, code: str | None, sector: str | None) -> str:
        """A name for a country's (or body's) sector with no name of its own: "Niger military", "IGO government"."""
        return " ".join(filter(None, (self.label(code), self.sector_noun(sector))))


def name_cased(text: str) -> bool:
    """Every word capitalised, except linking words ("Economic Community of West African States")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if not words:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in LOWER_WORDS for w in words)


def in_term(entry: Entry, date: str | None) -> bool:
    """Was the office held on ``date``?  Unknown date: any term counts."""
    if not date:
        return True
    return (not entry.start or entry.start <= date) and (not entry.end or date < entry.end)


def pick_term(entries: list[Entry], date: str | None) -> tuple[Entry | None, bool]:
    """The person's term at ``date``; else the latest one ending before it (flagged ``former``).

    Returns (entry, former).  News about a leader ousted shortly before the article is about the
    time they held office, so the last role is kept and flagged instead of dropped.  Without a
    date every term counts: the latest curated office wins.
    """
    dated = [e for e in entries if e.start or e.end]
    undated = [e for e in entries if not (e.start or e.end)]
    current = [e for e in dated if in_term(e, date)]
    if current:
        return max(current, key=lambda e: (e.curated, e.sector != "ELI", e.start)), False
    before = [e for e in dated if e.end and date and e.end <= date]
    if before:
        return max(before, key=lambda e: (e.end, e.curated)), True
    if undated:
        return max(undated, key=lambda e: e.curated), False
    return None, False


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase()
