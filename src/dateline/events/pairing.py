"""A learned second opinion on an event's recipient - an evaluation experiment, not shipped.

The dependency rules (``roles``, ``arguments``, ``extract.code_sentence``) choose a recipient.  When
they chose a *thing* (a common noun no actors-stage mention covers) or nothing, this chooser scores the
places and named parties of the sentence outside the actor with a small logistic model over parse
features (the dependency path from the trigger, what kind of phrase the candidate is, where it stands,
the event type, what the rules picked) and takes the best one when it scores :data:`MARGIN` log-odds
above the rules' pick (with no pick, above :data:`NONE_BAR`).  On the development rows the rules'
thing-or-nothing is wrong about half the time, their party one time in eleven.

``dateline eval events --pairs`` cross-validates it like the type model (each fold coded by a
chooser trained on the other folds, :func:`dateline.events.training.pair_examples`).  It is not in
the pipeline (``extract(pair_model=None)``): it gains pair-match on the rows it never saw, but on
real news most of what it adds is wrong (docs/events.md, "A learned recipient chooser").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Token

from dateline.events import roles

# How much higher (log-odds) another candidate must score than the rules' pick to replace it.
MARGIN = 2.0
# Inverse L2 strength (5-fold CV on the even rows: 0.3 ahead of 1 and 3).
C = 0.3
# With no recipient from the rules, how sure the model must be (log-odds) to supply one.
NONE_BAR = 0.0
THING_KINDS = {"common", "common_pl", "none"}
PARTY_KINDS = {"place", "sector", "named", "propn"}
SKIP_LABELS = roles.NON_PARTICIPANT_LABELS | {"LAW", "WORK_OF_ART", "EVENT", "LANGUAGE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAX_PATH = 4


def _lem(tok: Token) -> str:
    return tok.lemma_.lower()


def candidate_heads(tok: Token, actor: list[roles.Arg], skip: set[int]) -> list[Token]:
    """Noun-phrase heads of the trigger's sentence that could receive the event: nouns, names and
    nationality adjectives outside the actor, the trigger and ``skip`` (a phrase trigger's own words),
    one per phrase (not a compound's modifier, not a word inside a multi-word name)."""
    taken = {i for a in actor for i in range(a.start, a.end)} | skip | {tok.i}
    out = []
    for t in tok.sent:
        if t.i in taken or t.ent_type_ in SKIP_LABELS:
            continue
        if t.pos_ not in ("NOUN", "PROPN") and not (t.pos_ == "ADJ" and t.ent_type_ in ("NORP", "GPE")):
            continue
        if t.dep_ == "compound" or t.dep_ == "flat":
            continue
        if t.ent_iob_ == "I" or t.ent_iob_ == "B":
            # inside a multi-word name only its root stands for it (the token whose head is outside it)
            b = roles.entity_bounds(t)
            if b is not None and b[1] - b[0] > 1 and b[0] <= t.head.i < b[1] and t.head.i != t.i:
                continue
        out.append(t)
    return out


def _kind(t: Token, covered: dict) -> str:
    """What the candidate is: a place, a named party, a pronoun, a count of parties, a common noun."""
    m = covered.get(t.i)
    if t.ent_type_ in PLACE_LABELS and (m is None or not m.actor.sector):
        return "place"
    if m is not None and m.actor.sector:
        return "sector"
    if m is not None or t.ent_type_ in ("PERSON", "ORG", "NORP"):
        return "named"
    if t.pos_ == "PRON":
        return "pron"
    if roles.quantified_party(t):
        return "count"
    if t.pos_ == "PROPN":
        return "propn"
    return "common_pl" if t.tag_ in ("NNS", "NNPS") else "common"


def _step(t: Token) -> str:
    return f"{t.dep_}:{t.lower_}" if t.dep_ in ("prep", "agent") else t.dep_


def dep_path(a: Token, b: Token) -> list[str]:
    """Steps from ``a`` to ``b`` in the parse: up-steps "^dep", down-steps "dep" (a preposition by its
    word, its ``pobj`` implied)."""
    up = [a, *a.ancestors]
    where = {t.i: k for k, t in enumerate(up)}
    down = []
    x = b
    while x.i not in where:
        down.append(x)
        if x.head.i == x.i:
            return ["?"]
        x = x.head
    steps = ["^" + _step(t) for t in up[:where[x.i]] if t.dep_ != "pobj"]
    steps += [_step(t) for t in reversed(down) if t.dep_ != "pobj"]
    return steps


def _overlaps(arg: roles.Arg, t: Token) -> bool:
    return arg.start <= t.i < arg.end


def features(cand: Token, tok: Token, etype: str, actor: list[roles.Arg], rule: list[roles.Arg],
             covered: dict) -> list[str]:
    """Binary features of one candidate recipient ``cand`` of the event at ``tok``."""
    doc = tok.doc
    path = dep_path(tok, cand)
    kind = _kind(cand, covered)
    preps = [s.split(":", 1)[1] for s in path if s.startswith(("prep:", "^prep:"))]
    f = [f"K={kind}", f"T={etype}|K={kind}", f"LEN={min(len(path), 6)}", f"TP={tok.pos_}",
         f"PATH={'/'.join(path) if len(path) <= MAX_PATH else 'long'}",
         f"FIRST={path[0] if path else '-'}", f"LAST={path[-1] if path else '-'}",
         f"T={etype}|FIRST={path[0] if path else '-'}", f"UP={sum(s.startswith('^') for s in path)}",
         f"DEP={cand.dep_}", f"SIDE={'before' if cand.i < tok.i else 'after'}",
         f"DIST={min(abs(cand.i - tok.i) // 3, 5)}"]
    f += [f"PREP={p}" for p in preps]
    if preps:
        f.append(f"LASTPREP={preps[-1]}|K={kind}")
    if cand.dep_ == "pobj":
        f.append(f"HEADPREP={cand.head.lower_}")
    if cand.pos_ == "NOUN" and not cand.ent_type_:
        f.append(f"LEM={_lem(cand)}")
    if kind == "place" and preps and preps[-1] == "in":  # where it happened: "aid to people *in Haiti*"
        f += [f"IN_PLACE|T={etype}", f"IN_PLACE|UP={any(s.startswith('^') for s in path)}"]
    first_place = next((t for t in tok.sent if t.i > tok.i and _kind(t, covered) == "place"), None)
    if first_place is not None and first_place.i == cand.i:
        f.append(f"FIRST_PLACE_AFTER|T={etype}")
    if any(c.dep_ == "det" for c in cand.children):
        f.append("DET")
    if actor:
        a = doc[actor[0].head]
        f.append(f"ASIDE={'before' if cand.i < a.i else 'after'}")
    if rule:
        r = doc[rule[0].head]
        rkind = _kind(r, covered)
        f.append(f"RK={rkind}|K={kind}")
        if any(_overlaps(x, cand) for x in rule):
            f += ["RULE", f"RULE|K={kind}"] + [f"RF={fl}" for fl in rule[0].flags[:2]]
        if r in cand.ancestors:
            f.append(f"UNDER_RULE|K={kind}")
        if cand in r.ancestors:
            f.append("ABOVE_RULE")
    else:
        f.append(f"RK=none|K={kind}")
    return f


@dataclass
class PairModel:
    """Logistic scores of candidate recipients: logit = bias + sum of active feature weights."""

    feature_names: list[str]
    weights: np.ndarray
    bias: float
    name: str = "pair-linear"
    info: dict = field(default_factory=dict)
    margin: float = MARGIN
    none_bar: float = NONE_BAR

    def __post_init__(self) -> None:
        self.index = {n: i for i, n in enumerate(self.feature_names)}
        self.weights = np.asarray(self.weights, dtype=np.float32)

    def logit(self, feats: list[str]) -> float:
        rows = [self.index[x] for x in set(feats) if x in self.index]
        return float(self.bias + (self.weights[rows].sum() if rows else 0.0))

    def choose(self, tok: Token, etype: str, actor: list[roles.Arg], recipient: list[roles.Arg],
               covered: dict, skip: set[int] = frozenset()) -> list[roles.Arg]:
        """The recipient of the event at ``tok``: the rules' ``recipient`` unless another candidate
        scores ``margin`` higher (or, with none from the rules, above ``none_bar``)."""
        # Only a thing (or nothing) gives way, and only to a place or a named party: a party the rules chose
        # stays.  (On the development rows the rules' thing-or-nothing is wrong about half the time, their
        # party one time in eleven; free overrides traded as many right rows as they fixed.)
        rule_kind = _kind(tok.doc[recipient[0].head], covered) if recipient else "none"
        if rule_kind not in THING_KINDS:
            return recipient
        heads = [c for c in candidate_heads(tok, actor, skip)
                 if any(_overlaps(r, c) for r in recipient) or _kind(c, covered) in PARTY_KINDS]
        if not heads:
            return recipient
        scored = [(self.logit(features(c, tok, etype, actor, recipient, covered)), c) for c in heads]
        rule_scores = [z for z, c in scored if any(_overlaps(r, c) for r in recipient)]
        best_z, best = max(scored, key=lambda x: x[0])
        if any(_overlaps(r, best) for r in recipient):
            return recipient
        bar = max(rule_scores) + self.margin if rule_scores else (self.none_bar if not recipient else None)
        if bar is None or best_z <= bar:
            return recipient
        # the conjuncts come along ("the United States and France"), never the actor's words
        taken = {i for a in actor for i in range(a.start, a.end)}
        new = [a for a in roles.participants(best, ("learned_recipient",)) if not any(taken & set(range(a.start, a.end)))]
        return new or recipient


class Recorder:
    """Stands in for a :class:`PairModel` while coding training sentences: keeps, for every event, the
    candidates with their features and spans, and leaves the rules' recipient as it is."""

    def __init__(self) -> None:
        self.seen: list[dict] = []

    def choose(self, tok: Token, etype: str, actor: list[roles.Arg], recipient: list[roles.Arg],
               covered: dict, skip: set[int] = frozenset()) -> list[roles.Arg]:
        doc = tok.doc
        cands = []
        for c in candidate_heads(tok, actor, skip):
            spans = [(doc[a.start].idx, doc[a.end - 1].idx + len(doc[a.end - 1])) for a in roles.participants(c)] or \
                [(c.idx, c.idx + len(c))]
            cands.append((features(c, tok, etype, actor, recipient, covered), spans))
        self.seen.append({"type": etype, "trigger": tok.i, "cands": cands,
                          "actor": [(doc[a.start].idx, doc[a.end - 1].idx + len(doc[a.end - 1])) for a in actor]})
        return recipient


def _hit(spans, target: tuple[int, int]) -> bool:
    return any(a < target[1] and target[0] < b for a, b in spans)


def labelled(seen: list[dict], source: tuple[int, int], target: tuple[int, int], gold: str
             ) -> list[list[tuple[list[str], int]]]:
    """Training groups from one development row's recorded events: the events whose actor overlaps the
    marked source (those of the gold type when there are any), each candidate labelled by whether it
    overlaps the marked target.  Events none of whose candidates reaches the target teach nothing."""
    if target[0] == target[1]:
        return []
    mine = [s for s in seen if _hit(s["actor"], source)]
    typed = [s for s in mine if {"CONCEDE": "YIELD", "RETREAT": "YIELD"}.get(s["type"], s["type"]) == gold]
    out = []
    for s in typed or mine:
        labels = [int(_hit(spans, target)) for _, spans in s["cands"]]
        if any(labels):
            out.append([(f, y) for (f, _), y in zip(s["cands"], labels)])
    return out


def _focus(group: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """The part of a training group the chooser decides on (see :meth:`PairModel.choose`): nothing when
    the rules chose a party, else the rules' pick and the places and named parties."""
    if not group:
        return group
    rule_kind = next((x[3:].split("|")[0] for x in group[0][0] if x.startswith("RK=")), "none")
    if rule_kind not in THING_KINDS:
        return []
    return [(fs, y) for fs, y in group if "RULE" in fs or any(f"K={k}" in fs for k in PARTY_KINDS)]


def fit(groups: list[list[tuple[list[str], int]]], c: float = C, name: str = "pair-linear",
        info: dict | None = None, margin: float = MARGIN, none_bar: float = NONE_BAR) -> PairModel:
    """A binary logistic regression (scikit-learn, the ``train`` extra) over the candidates of the
    groups the chooser decides on (:func:`_focus`), exported as a :class:`PairModel`.  (A conditional
    logit over each group instead scored lower on both halves of the development rows.)"""
    from sklearn.linear_model import LogisticRegression

    from dateline.events.training import binary_features

    groups = [g for g in (_focus(g) for g in groups) if any(y for _, y in g)]
    examples = [(fs, y) for g in groups for fs, y in g]
    matrix, names = binary_features([fs for fs, _ in examples])
    ys = [y for _, y in examples]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(matrix, ys)
    return PairModel(names, clf.coef_[0].copy(), float(clf.intercept_[0]), name=name, info=info or {},
                     margin=margin, none_bar=none_bar)
