"""The learned event-type model: a linear (softmax) classifier over parse features of a trigger.

It refines the lexicon: the lexicon proposes triggers and candidate types, the model weighs them
against the trigger's word, its governors ("threatened to ..."), its clause's subject and objects,
prepositions and status.
Training is done by ``tools/train_event_model.py`` (scikit-learn, the optional ``train`` extra);
inference here is pure Python/numpy: the weights ship as ``data/type_model.npz`` with the feature
names and labels inside (no pickle).

Labels are the 15 development classes: CONCEDE and RETREAT are one class, YIELD, in the gold data;
:func:`split_yield` turns a YIELD back into CONCEDE or RETREAT using the lexicon and the status.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from dateline.events.lexicon import (FORCE_TYPES, KIND_RANK, VERBAL_TYPES, force_ruled_out, lexicon, most_specific,
                                     sentence_types_at)
from dateline.events.status import governors
from dateline.events.wordnet_hints import hint

MODEL_FILE = "type_model.npz"
NOT_EVENT_DISCOUNT = 0.4
CLAUSE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
TIME_ENTITIES = ("DATE", "TIME")
ARG_DEPS = {"dobj", "prt", "dative", "xcomp", "nsubjpass", "agent", "neg", "aux", "acomp", "attr", "ccomp", "oprd"}


def _lem(tok: Token) -> str:
    return tok.lemma_.lower()


def features(cand, doc: Doc) -> list[str]:
    """Binary features of a candidate (see :class:`dateline.events.candidate.Candidate`)."""
    t = doc[cand.token]
    lemma = _lem(t)
    f = [f"L={lemma}", f"P={t.pos_}", f"D={t.dep_}"]
    if cand.hits:
        for h in cand.hits:
            f += [f"E={h.entry.id}", f"T={h.entry.type}", f"K={h.entry.kind}:{h.entry.type}"]
        f.append(f"T1={cand.hits[0].entry.type}")
    else:
        f.append("E=none")
        f += wordnet_features(t)
    for g in governors(t):
        f += [f"G={_lem(g)}", f"GL={_lem(g)}_{lemma}"]
    for c in t.children:
        if c.dep_ in ARG_DEPS and not time_word(c):
            f.append(f"C={c.dep_}:{_lem(c)}")
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                f.append(f"O={lemma}|{_lem(c)}")
        elif c.dep_ == "prep" and not _dates_the_event(c):
            f.append(f"PR={lemma}|{c.lower_}")
            for g in c.children:
                if g.dep_ == "pobj":
                    f.append(f"PP={c.lower_}:{_lem(g)}")
    if t.dep_ not in ("ROOT",):
        f.append(f"H={t.dep_}:{_lem(t.head)}")
    # The trigger's own clause: the entity label (else the word) of its subject, object and dative, whether
    # or not they become the participants.  (These replace the lemmas of the words within 3 tokens, which
    # the model memorised: 5-fold CV over 5 fold seeds, macro-F1 0.8157 -> 0.8189, odd half 0.7745 ->
    # 0.7813, even 0.8541 -> 0.8536; penta-class accuracy on the 925 ConfliBERT training sentences, which
    # it never saw, 0.735 -> 0.742.)
    for c in t.children:
        if c.dep_ in CLAUSE_DEPS and not time_word(c):
            f.append(f"CE={c.dep_}:{c.ent_type_ or c.pos_}")
            if not c.ent_type_:
                f.append(f"CH={c.dep_}:{_lem(c)}")
    if cand.hits:
        f.append(f"TS={cand.hits[0].entry.type}|{cand.modality.status if cand.modality else 'factual'}")
    # the event types the sentence's words can report: "summoned ... to *complain*" is an ACCUSE
    f += [f"ST={x}" for x in sentence_types_at(t)]
    if cand.modality:
        f.append(f"S={cand.modality.status}")
        if cand.modality.recode:
            f.append(f"R={cand.modality.recode}")
    for name, args in (("A", cand.actor), ("B", cand.recipient)):
        if args:
            head = doc[args[0].head]
            f.append(f"{name}E={head.ent_type_ or head.pos_}")
            if not head.ent_type_:  # "summoned the *ambassador*", "accepted *refugees*": the kind of party
                f.append(f"{name}H={_lem(head)}")
    return f


def time_word(tok: Token) -> bool:
    """A word that says when, not what: a DATE or TIME entity, or a weekday, month, part of the day or season
    (the temporal lexicon of the time stage, ``time/data/lexicon.yaml``; a month that is also a common word -
    "may", "march" - only as a proper noun or inside a date).  As a feature it ties an event type to the days
    the training rows happened on ("imposed sanctions on Iran *on Monday*")."""
    if tok.ent_type_ in TIME_ENTITIES:
        return True
    word = tok.lower_
    calendar = _calendar_words()
    if word in calendar.ambiguous_months:
        return tok.pos_ == "PROPN"
    return word in calendar.words or tok.lemma_.lower() in calendar.words


def _dates_the_event(prep: Token) -> bool:
    """Is ``prep`` a preposition of time - its object a :func:`time_word` ("*on Monday*", "*in March*", "*at
    dawn*", "*for two years*")?  Such a phrase says when the event happened, which is no evidence of its type,
    so neither the preposition (``PR``) nor its object (``PP``) becomes a feature."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(time_word(g) for g in objects)


class _Calendar:
    """The temporal lexicon's words of the calendar and the clock, read once."""

    def __init__(self) -> None:
        from dateline.time.lexicon import lexicon as time_lexicon  # (the time stage's data: one list, not two)

        lex = time_lexicon()
        self.ambiguous_months = lex.ambiguous_months
        self.words = (frozenset(lex.months) | frozenset(lex.weekdays) | frozenset(lex.parts_of_day)
                      | frozenset(lex.seasons)) - lex.ambiguous_months


@lru_cache(maxsize=1)
def _calendar_words() -> _Calendar:
    return _Calendar()


def wordnet_features(tok: Token) -> list[str]:
    """``WN=TYPE`` for each type WordNet relates a verb the lexicon does not list to (``wordnet_hints``: the
    types of the lexicon verbs and nouns its synonyms, hypernyms and derivations reach), and ``WN1=TYPE`` for
    the main one: evidence the model weighs from the development rows, for a verb no row showed it.  (Not for
    a lexicon verb without a hit here - "launched", "ended", "sent": their event is their object's, and
    their WordNet neighbours' types were right for 1 of 12 such even-half rows.)  Development rows almost never
    have such a trigger: 5-fold CV, penta-class and ConfliBERT test pairs are unchanged; on judged news at
    confidence >= 0.5 one wrong event fewer (design A-I), held-out samples unchanged."""
    if tok.pos_ != "VERB":
        return []
    lemma = _lem(tok)
    h = hint(lemma, "verb")
    if h is None or h.listed or lemma in lexicon().verbs:
        return []
    return [f"WN={t}" for t, _ in h.types] + [f"WN1={h.top}"]


class TypeModel:
    """Softmax over classes: score = b + sum of the weight rows of the active features."""

    def __init__(self, labels: list[str], feature_names: list[str], weights: np.ndarray, bias: np.ndarray,
                 name: str = "linear", info: dict | None = None) -> None:
        self.labels = labels
        self.index = {n: i for i, n in enumerate(feature_names)}
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.name = name
        self.info = info or {}

    def scores(self, feats: list[str]) -> np.ndarray:
        index = self.index
        rows = [index[x] for x in set(feats) if x in index]
        # (the ufunc reductions that ndarray.sum and .max call, without their Python wrappers: same figures)
        z = self.bias + (np.add.reduce(self.weights[rows], axis=0) if rows else 0.0)
        z = z - np.maximum.reduce(z)
        p = np.exp(z)
        return p / np.add.reduce(p)

    def predict(self, cand, doc: Doc, whole: dict[str, float] | None = None) -> dict[str, float]:
        """The type probabilities of a candidate, narrowed to what its lexicon entries allow (below); ``whole``, when
        given, receives them before that narrowing - the model's reading of the sentence as a whole, which a
        governing verb's recoding asks for ("pledged to *respect* the ceasefire": the entry is a retreat, the
        sentence a promise)."""
        p = self.scores(features(cand, doc))
        if not cand.hits and (_vetoed(doc[cand.token]) or force_ruled_out(doc[cand.token])):
            # A not-an-event rule cancelled this word's lexicon entries ("committed killings"), or its target
            # ruled its only reading out ("fought the epidemic"): the model must not bring it back on its own,
            # so its confidence is cut below the bar for unknown verbs.
            p = p * NOT_EVENT_DISCOUNT
        if whole is not None:
            whole.update(split_yield(dict(zip(self.labels, (float(x) for x in p))), cand))
        ruled_out = force_ruled_out(doc[cand.token]) if cand.hits else frozenset()
        best = most_specific(cand.hits)
        if best and KIND_RANK[best[0].entry.kind] < KIND_RANK["verb"] and {h.entry.type for h in best} <= VERBAL_TYPES:
            # a phrase or verb+object entry of words ("*hit out* at the government", "*called* him a liar") says
            # what the word means here: its bare force reading ("hit": ASSAULT) is out, as above
            ruled_out = ruled_out | FORCE_TYPES
        if ruled_out:
            # "attacked the impeachment inquiry": the lexicon dropped the word's force reading for its target
            # (lexicon.ruled_out_types); the model, sure of "attack" as force from other sentences, must not
            # bring it back through the override bar.  (Not renormalised: ruling a reading out does not make
            # the model surer of the others.)
            kept = {h.entry.type for h in cand.hits}
            p = np.array([0.0 if lab in ruled_out and lab not in kept else x for lab, x in zip(self.labels, p)])
        out = split_yield(dict(zip(self.labels, (float(x) for x in p))), cand)
        if cand.hits and not self.knows_entry(cand):
            # The trigger's most specific entries never occurred in training (a new entry, or one no development
            # row uses: "sent *warships*"): the model's certainty of another type rests on the bare word ("send":
            # AID), so it keeps to the entries' types.  (Not renormalised, as for ruled-out readings: the
            # confidence stays the model's.)  5-fold CV over fold seeds 13/7/21: even accuracy 0.855 -> 0.858,
            # macro-F1 0.875 -> 0.880; odd and penta-class (ConfliBERT test) unchanged.
            kept = {h.entry.type for h in most_specific(cand.hits)}
            out = {k: (v if k in kept else 0.0) for k, v in out.items()}
        if not cand.hits:
            borrowed = noun_types(doc[cand.token])
            if borrowed and max(out, key=out.get) not in borrowed and sum(out.get(k, 0.0) for k in borrowed) > 0:
                # A verb the lexicon does not know that carries an event noun ("*attended* an OPEC meeting",
                # "*joined* X for a meeting", "*led* a delegation on a visit") reports that noun's event: its
                # type is one the noun can have (the model chose freely before: "attended" came out SUPPORT).
                # The confidence stays the model's best (the verb is still no lexicon trigger).
                top, mass = max(out.values()), sum(out.get(k, 0.0) for k in borrowed)
                out = {k: (v / mass * top if k in borrowed else 0.0) for k, v in out.items()}
        return out

    def knows_entry(self, cand) -> bool:
        """Did training see one of the candidate's most specific lexicon entries (its ``E=`` feature)?"""
        return any(f"E={h.entry.id}" in self.index for h in most_specific(cand.hits))

    def save(self, path: Path) -> None:
        names = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias,
                            meta=np.frombuffer(json.dumps({"labels": self.labels, "features": names,
                                                           "name": self.name, "info": self.info}).encode(),
                                               dtype=np.uint8))

    @classmethod
    def load(cls, path) -> TypeModel:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            return cls(meta["labels"], meta["features"], z["weights"].astype(np.float32), z["bias"],
                       meta.get("name", "linear"), meta.get("info"))


# Prepositions on which a verb the lexicon does not know carries an event noun ("joined X *for* a meeting",
# "led a delegation *on* a visit", "took part *in* talks").
CARRIER_PREPS = {"for", "on", "in", "to", "at"}


def noun_types(tok: Token) -> set[str]:
    """The PLOVER types that the lexicon gives the event nouns ``tok`` carries: its direct object, or the
    object of one of its CARRIER_PREPS (also when that preposition hangs on the direct object: "led *a
    delegation on* a visit")."""
    from dateline.events.lexicon import token_entries

    objects = [c for c in tok.children if c.dep_ == "dobj"]
    nouns = objects + _carried(tok) + [n for o in objects for n in _carried(o)]
    types = set()
    for n in nouns:
        if n.pos_ in ("NOUN", "PROPN"):
            types.update(e.type for e in token_entries(n))
    if types & {"CONCEDE", "RETREAT"}:  # one class to the model (YIELD), split by the status afterwards
        types |= {"CONCEDE", "RETREAT"}
    return types


def _carried(tok: Token) -> list[Token]:
    """The objects of ``tok``'s CARRIER_PREPS ("joined X *for* a meeting")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in CARRIER_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _vetoed(tok: Token) -> bool:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    entries = lex.verbs.get(lemma, []) + [e for _, e in lex.verb_obj.get(lemma, [])] + lex.nouns.get(lemma, [])
    return any(lex.vetoed(e, tok, lemma) for e in entries)


def split_yield(probs: dict[str, float], cand) -> dict[str, float]:
    """YIELD (the development data's CONCEDE-or-RETREAT class) back to a PLOVER type: the lexicon's
    choice when it has one, else CONCEDE for announced/future concessions and RETREAT for done ones."""
    if "YIELD" not in probs:
        return probs
    p = probs.pop("YIELD")
    types = [h.entry.type for h in cand.hits if h.entry.type in ("CONCEDE", "RETREAT")]
    if types:
        target = types[0]
    else:
        status = cand.modality.status if cand.modality else "factual"
        target = "CONCEDE" if status != "factual" else "RETREAT"
    probs[target] = probs.get(target, 0.0) + p
    return probs


@lru_cache(maxsize=1)
def default_model() -> TypeModel | None:
    """The shipped model, or None when the data file is absent (lexicon-only coding)."""
    ref = resources.files("dateline.events").joinpath("data", MODEL_FILE)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return TypeModel.load(path)
