"""Word senses of the economy: work, money and the market (session 33, helper SENSE), read from ``data/layer_doubts.tsv`` and asked
by ``sense_phrases.phrase_sense``.  The dismissed, the partner of a deal or what a cut takes away fixes the sense:

- ``dismissed_workforce``: "fire", "sack", "dismiss", "lay off" whose every dismissed one is a workforce ("the
  company *fired 200 workers*", "*hundreds of employees were sacked*"): an employer letting staff go, no party removed
  from office or repressed (PLOVER COERCE; CAMEO 17 'Coerce' is repression of a party, and CAMEO has no code for a
  dismissal of staff); "the president *sacked the defence minister*" stays;
- ``labour_deal``: a deal, an agreement or a settlement reached "with" the management, the employers or the owners
  ("the union *struck a deal with management*"): collective bargaining inside a firm, no agreement between political
  parties (PLOVER AGREE / SUPPORT, CAMEO 03 / 057); "the union reached a deal with the government" stays;
- ``economic_measure``: a cut, a reduction or a freeze of wages, prices, taxes, jobs or spending ("agreed to *wage
  cuts*", "*a freeze on* fuel *duty*"): an economic measure, no aid or relations cut to a party (PLOVER SANCTION,
  CAMEO 16 'Reduce relations'); "*cuts in* military *aid* to Egypt", "a freeze on Iran's assets" stay;
- ``rejected_product``: a product, a drug or a device rejected ("the *rejection* by the US *of its* anti-coagulant
  *pill*"): a regulator's refusal to license a firm's product, no demand or proposal of a party refused (PLOVER REJECT,
  CAMEO 12); "rejected the rebels' offer" stays;
- ``charity_appeal``: an appeal that asks for nothing (no "for", no to-infinitive) in a sentence of charity or
  donations ("the Haiti *appeal* is being run by a committee of *charities*"): a fundraising drive, no party's request
  (PLOVER REQUEST, CAMEO 02 'Appeal'); "the UN's appeal for aid" stays.
- ``bill_demand``: a demand of tax, duty or an invoice ("a $3bn *tax demand*", "*issued a demand for* $40m in unpaid
  *taxes*"): a bill that an authority or a creditor sends, no demand of a political act (PLOVER REQUEST, CAMEO 10
  'Demand' asks a party for a policy, a concession or an act; the judging choice of sample m, session 34: a tax
  "demand" is no event); "a pay demand", "a ransom demand", "a demand for his release" stay (session 35).
"""

from __future__ import annotations

from dateline.events.clause_parts import acted_on
from dateline.events.lexicon import counted_nouns
from dateline.events.political import political_actors, political_noun
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

DISMISSED_WORKFORCE = "dismissed_workforce"
LABOUR_DEAL = "labour_deal"
LABOUR_DEAL_NOUNS = "labour_deal_nouns"
ECONOMIC_MEASURE = "economic_measure"
REJECTED_PRODUCT = "rejected_product"
CHARITY_APPEAL = "charity_appeal"
BILL_DEMAND = "bill_demand"
ECONOMY_ROWS = (DISMISSED_WORKFORCE, LABOUR_DEAL, LABOUR_DEAL_NOUNS, ECONOMIC_MEASURE, REJECTED_PRODUCT,
                CHARITY_APPEAL, BILL_DEMAND)
# The prepositions of what a cut or a freeze takes away ("a cut *in* wages", "cuts *to* pay", "a freeze *on* rents").
CUT_PREPOSITIONS = {"in", "to", "of", "on"}


def _applies(doubt: str, event: Event, tok) -> frozenset[str] | None:
    """The row's words when the event's type and the trigger's lemma are the row's, else None."""
    types, lemmas, words = _row(doubt)
    return words if event.type in types and tok.lemma_.lower() in lemmas else None


def _people(tok) -> list:
    """The noun a count stands for ("*hundreds of* workers", "200 of its employees"), or the noun itself."""
    return counted_nouns(tok) or [tok]


def dismissed_workforce(event: Event, tok) -> bool:
    """Is the trigger a verb of dismissal whose every dismissed one (its object or passive subject, a count read as the
    counted noun) is a workforce noun of `words` ("*fired 200 workers*", "*hundreds of employees were sacked*", "*laid
    off* its staff")?  An employer letting staff go; "sacked the minister", "dismissed the judges" stay."""
    staff = _applies(DISMISSED_WORKFORCE, event, tok)
    if staff is None or tok.pos_ != "VERB":
        return False
    dismissed = [p for o in acted_on(tok) for p in _people(o)]
    return bool(dismissed) and all(p.pos_ == "NOUN" and in_class(p, staff) for p in dismissed)


def _partners(tok) -> list:
    """The objects of "with" on the trigger or on its object noun ("struck *a deal with* management", "reached an
    agreement *with* the employers"), with their conjuncts."""
    holders = [tok, *(o for o in tok.children if o.dep_ == "dobj")]
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj" for p in (o, *o.conjuncts)]


def labour_deal(event: Event, tok) -> bool:
    """Is the trigger a deal (its verb with a deal noun of ``labour_deal_nouns`` as object, or the noun itself) reached
    with partners who are all the side of a firm (`words`: management, employers, owners, bosses)?  Bargaining between
    workers and their employer; a deal "with the government" or "with the rebels" stays."""
    employers = _applies(LABOUR_DEAL, event, tok)
    if employers is None:
        return False
    _, _, deals = _row(LABOUR_DEAL_NOUNS)
    if tok.pos_ == "VERB" and not any(o.dep_ == "dobj" and in_class(o, deals) for o in tok.children):
        return False
    partners = _partners(tok)
    nouns = political_actors().nouns
    return bool(partners) and all(
        in_class(p, employers) and not p.ent_type_ and not political_noun(p, nouns) for p in partners)


def _cut_noun(tok, cuts: frozenset[str]):
    """The noun of a cut the trigger is, or is the verb of ("agreed to *wage cuts*", "*rejected the pay cuts*"), or
    None."""
    if tok.pos_ == "NOUN":
        return tok if in_class(tok, cuts) else None
    return next((o for o in acted_on(tok) if o.pos_ == "NOUN" and in_class(o, cuts)), None)


def economic_measure(event: Event, tok) -> bool:
    """Is the trigger the noun of a cut or a freeze (``lemmas``), or a verb acting on one, whose compound, or the object of
    its "in" / "to" / "of" / "on", is a word of wages, prices, taxes, jobs or spending (`words`: "*wage cuts*", "*a
    freeze on* fuel *duty*")?  An economic measure, no aid or relations cut to a party; "cuts in military aid" stays."""
    types, cuts, money = _row(ECONOMIC_MEASURE)
    cut = _cut_noun(tok, cuts) if event.type in types else None
    if cut is None:
        return False
    cut_of = [c for c in cut.children if c.dep_ == "compound"] or [
        o for c in cut.children if c.dep_ == "prep" and c.lower_ in CUT_PREPOSITIONS for o in c.children
        if o.dep_ == "pobj"]
    return bool(cut_of) and all(in_class(c, money) for c in cut_of)


def _of_objects(tok) -> list:
    """The objects of "of" on a noun, or on the object of one of its prepositions (the parser hangs "the rejection in
    October *of* its pill" on "October")."""
    holders = [tok, *(o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")]
    return [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]


def rejected_product(event: Event, tok) -> bool:
    """Is everything the trigger rejects (a verb's object, a noun's "of") a product, a drug or a device of `words`, by
    itself or by its compound ("*rejected the drug*", "the *rejection* by the US *of its* anti-coagulant *pill*
    Exanta")?  A regulator refusing to license a firm's product; "rejected the plan", "rejected the US vaccine offer"
    stay."""
    products = _applies(REJECTED_PRODUCT, event, tok)
    if products is None:
        return False
    things = acted_on(tok) if tok.pos_ == "VERB" else _of_objects(tok)
    # (a compound names the product only before a name, "pill *Exanta*": a "vaccine *offer*" is an offer)
    return bool(things) and all(
        in_class(t, products) or (t.pos_ == "PROPN" and any(c.dep_ == "compound" and in_class(c, products)
                                                           for c in t.children))
        for t in things)


def pleads(tok) -> bool:
    """Does the appeal noun or verb ask for something: a "for" phrase or a to-infinitive ("an appeal *for* calm",
    "appealed to the rebels *to lay down* their arms")?  (Also read by sense_phrases' charm_appeal.)"""
    return any((c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "xcomp", "advcl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in tok.children)


def charity_appeal(event: Event, tok) -> bool:
    """Is the trigger the noun "appeal" asking for nothing and no one (no "for", no "to", no to-infinitive), in a
    sentence with a word of charity or donations (`words`: "the Haiti *appeal* is being run by a committee of
    *charities*", "the tsunami *appeal* has drawn *donations* of $3m")?  A fundraising drive; "an appeal for calm", "the UN's
    appeal to donors" stay."""
    giving = _applies(CHARITY_APPEAL, event, tok)
    if giving is None or tok.pos_ != "NOUN" or pleads(tok) or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    return any(in_class(t, giving) for t in tok.sent if t.i != tok.i)


# The dependencies through which a verb of sending or issuing holds the demand it sends ("*issued a* tax *demand*",
# "*sent* the company *a* tax *demand*", "was *presented with a* tax *demand*").
SENT_DEMAND_DEPS = ("dobj", "nsubjpass")
# The prepositions of what a demand is of ("a demand *of* tax", "$40m *in* taxes").
DEMANDED_PREPOSITIONS = {"of", "in"}


def _demand_noun(tok):
    """The noun "demand" the trigger is, or that a verb trigger sends or presents (its object, or the object of its
    "with"), or None."""
    if tok.pos_ == "NOUN":
        return tok if tok.lemma_.lower() == "demand" else None
    held = [c for c in tok.children if c.dep_ in SENT_DEMAND_DEPS] + [
        o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    return next((h for h in held if h.pos_ == "NOUN" and h.lemma_.lower() == "demand"), None)


def _what_is_demanded(demand) -> list:
    """The nouns that name what a demand is of: its compounds ("a *tax* demand") and the objects of an "in" or "of" on
    the demand or on the object of its "for" ("a demand for $40m *in* unpaid *taxes*", "a demand for payment *of* the
    *duty*").  Not the "for" object itself: "a demand for *a tax* on bonuses" asks for a policy."""
    out = [c for c in demand.children if c.dep_ == "compound"]
    for holder in (demand, *(o for c in demand.children if c.dep_ == "prep" and c.lower_ == "for"
                             for o in c.children if o.dep_ == "pobj")):
        out += [o for c in holder.children if c.dep_ == "prep" and c.lower_ in DEMANDED_PREPOSITIONS
                for o in c.children if o.dep_ == "pobj"]
    return out


def bill_demand(event: Event, tok) -> bool:
    """Is the trigger the noun "demand", or a verb sending or presenting one (``lemmas``), whose compound or amount names
    a tax, a duty or an invoice (`words`, :func:`_what_is_demanded`: "a $3bn *tax demand*", "*issued a demand for* $40m
    *in* unpaid *taxes*")?  A bill sent, no demand of a political act; "a *pay* demand", "a *ransom* demand", "a demand
    *for* his release", "a demand for a tax on bonuses" stay."""
    types, lemmas, dues = _row(BILL_DEMAND)
    if event.type not in types or tok.lemma_.lower() not in lemmas:
        return False
    demand = _demand_noun(tok)
    return demand is not None and any(in_class(t, dues) for t in _what_is_demanded(demand))


def economy_sense(event: Event, tok) -> str | None:
    """The row of :data:`ECONOMY_ROWS` whose sense the phrase around the trigger fixes, or None."""
    for doubt, test in ((DISMISSED_WORKFORCE, dismissed_workforce), (LABOUR_DEAL, labour_deal),
                        (ECONOMIC_MEASURE, economic_measure), (REJECTED_PRODUCT, rejected_product),
                        (CHARITY_APPEAL, charity_appeal), (BILL_DEMAND, bill_demand)):
        if test(event, tok):
            return doubt
    return None
