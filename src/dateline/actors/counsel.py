"""Lawyers and their clients (session 33, helper ACTOR).

A lawyer acts for a client.  Session 27 gave counsel of a private client no sector and no story country ("lawyers
for former Worldcom chief executive Ebbers"), session 32 extended that to "his lawyer" and "X's lawyers"; but when
the client is a named person the text places in a country ("Kenyan opposition leader Raila Odinga ... his lawyers",
"Smith's lawyer" after "a British businessman, John Smith"), the lawyer speaks for a national of that country, and
hand judges of actor mentions take the lawyer as that country's (Phoenix codes lawyers JUD).  So a lawyer whose
client is such a person takes the client's country and the lawyer noun's own sector; counsel whose client carries no
country of its own (an unnamed family that only the story's country would place, a person no country is known for)
stay private counsel with no country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.compose import Draft
from dateline.actors.kb import KnowledgeBase
from dateline.actors.linking import fold

PERSON_POSSESSIVES = {"his", "her"}  # possessive determiners that refer to a person, never to a state body


def is_counsel(doc: Doc, d: Draft, kb: KnowledgeBase) -> bool:
    """A draft whose head word is a lawyer noun (agent_contexts.tsv, context counsel): "his lawyer", "Odinga's
    lawyers" (whose possessor may have made the draft a person's)."""
    return doc[d.end - 1].lower_ in (kb.agent_context("*", "counsel") or ())


def client_tokens(doc: Doc, d: Draft) -> list:
    """The words naming whom the lawyer of ``d`` acts for: "lawyers for X", "an attorney representing X", "X's lawyer",
    "his lawyer" (the possessive pronoun itself)."""
    tok = doc[d.end - 1]
    clients = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    clients += [o for v in tok.children if v.dep_ == "acl" and v.lemma_ == "represent" for o in v.children
                if o.dep_ == "dobj"]
    clients += [c for c in tok.children if c.dep_ == "poss"]
    return clients



def _named_person_in_own_draft(client, d: Draft, drafts: list[Draft]) -> int | None:
    """"Odinga's lawyers" (one mention): the person named before whose surname the possessor is."""
    surname = fold(client.text)
    for j in range(len(drafts) - 1, -1, -1):
        other = drafts[j]
        if other is not d and other.person and other.start < d.start and fold(other.person.split()[-1]) == surname:
            return j
    return None


def client_draft(doc: Doc, d: Draft, drafts: list[Draft], owner: dict[int, int], person_antecedent) -> int | None:
    """The mention of the client the lawyer of ``d`` acts for (its index in ``drafts``), or None.
    ``person_antecedent(tok)`` is the person a "his"/"her" refers to (document.person_antecedent)."""
    for client in client_tokens(doc, d):
        if client.lower_ in PERSON_POSSESSIVES:
            j = person_antecedent(client)
        elif d.start <= client.i < d.end:
            j = _named_person_in_own_draft(client, d, drafts) if client.pos_ == "PROPN" else None
        else:
            j = next((owner[t.i] for t in client.subtree if t.i in owner and drafts[owner[t.i]] is not d), None)
        if j is not None:
            return j
    return None


def placed_client(c: Draft) -> bool:
    """A client the text places in a country: a named person with a country (a national of it, whatever told the
    pipeline so), or any client whose country is its own, not the story's country taken as a default ("the family"
    of a US story is placed by nothing but the story)."""
    if c.country is None or "pronoun" in c.flags and c.person is None:
        return False
    return c.person is not None or "coref:focus" not in c.flags


def counsel_sector(d: Draft) -> str | None:
    """The lawyer noun's own sector in the knowledge base (Phoenix: JUD)."""
    agent = next((u for u in reversed(d.units) if u.kind == "agent"), None)
    return agent.entries[0].sector if agent is not None and agent.entries else None


def resolve_counsel_clients(doc: Doc, drafts: list[Draft], kb: KnowledgeBase, person_antecedent) -> None:
    """A lawyer of a client the text places in a country takes that country, and the lawyer noun's sector: "Kenyan
    opposition leader Raila Odinga ... His lawyers" KEN, "Smith's lawyer" after "a British businessman, John Smith"
    GBR (not the story's country).  Runs after surnames and appositions have placed the client.  A lawyer that
    names its own country ("the British businessman's lawyer") keeps it.  Reason ``coref:counsel_client``."""
    owner = {t: i for i, o in enumerate(drafts) for t in range(o.start, o.end)}
    for d in drafts:
        if not is_counsel(doc, d, kb) or d.country is not None and "coref:focus" not in d.flags:
            continue
        j = client_draft(doc, d, drafts, owner, person_antecedent)
        if j is None or not placed_client(drafts[j]):
            continue
        d.country, d.ref = drafts[j].country, j
        d.sector = d.sector or counsel_sector(d)
        d.name = kb.generic_name(d.country, d.sector)
        d.flags = [f for f in d.flags if f not in ("private_counsel", "coref:focus", "unresolved")] + ["coref"]
        d.reason = "coref:counsel_client"
