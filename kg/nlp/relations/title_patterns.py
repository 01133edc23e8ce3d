"""Relation patterns for people's roles: "Thomas Regnier, a Commission spokesperson" (apposition), "Nvidia chief
executive Jensen Huang" (a title before the name), "Commissioners Rosa Vale and Tom Ibsen" (a title whose body is
the one of the document). Each yields `RelationRecord`s; the possessive and word patterns: patterns.py."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.doc.index import EntityIndex
from kg.nlp.lexicon import is_person_noun
from kg.nlp.records import RelationRecord
from kg.nlp.relations.patterns import ORGS, cues, is_role, rel, role_text

ORG_PREPS = ("of", "at", "for", "with")


def by_apposition(person_tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Thomas Regnier, a Commission spokesperson" / "Michael Kratsios, director of OSTP"."""
    person = idx.by_token.get(person_tok.i)
    if person is None or idx.type_of(person) != "Person":
        return
    for ap in role_appositions(person_tok, idx):
        org = org_of_role(ap, idx)
        if org:
            keep = [t for t in ap.subtree if not (t.i in idx.by_token and idx.by_token[t.i] == org)
                    and not _inside_org_phrase(t, ap, idx, org)]
            yield rel(person, "affiliatedWith", org, person_tok.sent, role=role_text(keep, idx), name="apposition")


def role_appositions(person_tok: Token, idx: EntityIndex) -> list[Token]:
    """The role nouns in apposition to a name (those with a possessive are the possessive pattern's)."""
    return [ap for ap in person_tok.children if ap.dep_ == "appos" and (is_role(ap) or is_person_noun(ap))
            and ap.i not in idx.by_token and not any(c.dep_ == "poss" for c in ap.children)]


def org_of_role(ap: Token, idx: EntityIndex) -> str | None:
    """The organisation a role noun names: a compound ("a Commission spokesperson") or the object of of/at/for/with
    ("director of OSTP"); the last one wins."""
    org = None
    for c in ap.children:
        if c.dep_ in ("compound", "nmod") and c.i in idx.by_token and idx.type_of(idx.by_token[c.i]) in ORGS:
            org = idx.by_token[c.i]
        elif c.dep_ == "prep" and c.lower_ in ORG_PREPS and (c.lower_ != "of" or is_role(ap)):
            for p in c.children:
                if p.dep_ == "pobj":
                    org = _org_of(p, idx) or org
    return org


def _org_of(tok: Token, idx: EntityIndex) -> str | None:
    """The organisation a phrase names: the name in apposition first ("the advocacy group Digital Rights Japan":
    not the group "the group" would point back to), else its head's."""
    appos = [c for c in tok.children if c.dep_ == "appos" and c.i in idx.by_token]
    if appos and idx.type_of(idx.by_token[appos[0].i]) in ORGS:
        return idx.by_token[appos[0].i]
    key = idx.head_entity(tok)
    if key and idx.type_of(key) in ORGS:
        return key
    return None


def _inside_org_phrase(t: Token, role_head: Token, idx: EntityIndex, org: str) -> bool:
    """Whether `t` belongs to the prepositional phrase that names the organisation ("at Google's parent ...",
    "for the European Commission")."""
    for p in (t, *t.ancestors):
        if p == role_head:
            return False
        if p.dep_ == "prep" and p.head == role_head and any(idx.by_token.get(x.i) == org for x in p.subtree):
            return True
    return False


def by_title(span: tuple[int, int, str], doc, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Nvidia chief executive Jensen Huang", "FTC Chairman Andrew Ferguson": org and title before a name."""
    start, end, key = span
    if idx.type_of(key) != "Person":
        return
    tokens = title_tokens(doc, start, end)
    orgs = title_orgs(tokens, idx)
    if orgs and any(is_role(t) for t in tokens):
        yield rel(key, "affiliatedWith", orgs[-1], doc[start].sent, role=title_role(tokens, idx), name="title")


def title_tokens(doc, start: int, end: int) -> list[Token]:
    """The modifiers of a name before it, in text order."""
    root = doc[end - 1]
    pre = [t for t in root.children if t.i < start and t.dep_ in ("compound", "nmod", "amod")]
    return sorted({x for t in pre for x in t.subtree if x.i < start}, key=lambda t: t.i)


def title_orgs(tokens: list[Token], idx: EntityIndex) -> list[str]:
    """The organisations a title names, else ("Secretary of War Pete Hegseth") the department it names."""
    orgs = [idx.by_token[t.i] for t in tokens if t.i in idx.by_token and idx.type_of(idx.by_token[t.i]) in ORGS]
    if not orgs:
        orgs = [k for k in [department_named(tokens, idx)] if k]
    return orgs


def title_role(tokens: list[Token], idx: EntityIndex) -> str | None:
    """"Secretary of Commerce": the org word is part of the title; else the title without the names."""
    if any(t.lower_ == "of" for t in tokens):
        return " ".join(t.text for t in tokens if not t.is_punct and t.dep_ != "det")
    return role_text(tokens, idx)


def department_named(tokens: list[Token], idx: EntityIndex) -> str | None:
    """The government department a "Secretary of X" title names, when the document names it too."""
    words = [t.text for t in tokens]
    if "of" not in words or words.index("of") == len(words) - 1:
        return None
    field = " ".join(words[words.index("of") + 1:]).lower()
    for s, e, k in idx.spans:
        name = idx.name_of(k).lower()
        if idx.type_of(k) == "GovernmentBody" and (name.endswith(f"department of {field}") or name.endswith(f"department of the {field}")
                                                 or name.endswith(f"ministry of {field}")):
            return k
    for s, e, k in idx.spans:
        if idx.type_of(k) == "GovernmentBody" and any(f.lower() in (f"department of {field}", f"{field} department")
                                                      for f in idx.doc._.kg_entities[k].surface_forms):
            return k
    return None


def titled_member(doc, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Commissioners Melissa Holyoak and Mark Meador", "Judge Sidney Stein": a title whose organisation is the
    one body of the document with the matching head word (the one Commission, the one court)."""
    heads = cues()["title_orgs"]
    orgs: dict[str, set[str]] = {}
    for s, e, k in idx.spans:
        if idx.type_of(k) == "GovernmentBody":
            for word in idx.name_of(k).lower().replace(",", " ").split():
                orgs.setdefault(word, set()).add(k)
    starts = {e - 1: s for s, e, k in idx.spans}
    for s, e, k in idx.spans:
        if idx.type_of(k) != "Person" or s == 0:
            continue
        first = doc[e - 1]
        while first.dep_ == "conj" and first.head.i in starts:  # "Commissioners X and Y": the title precedes X
            first = first.head
        start = starts.get(first.i, s)
        if start == 0:
            continue
        title = doc[start - 1]
        if title.lower_ not in heads:
            continue
        candidates = set().union(*(orgs.get(h, set()) for h in heads[title.lower_]))
        if len(candidates) == 1:
            yield rel(k, "affiliatedWith", candidates.pop(), doc[s].sent, role=title.text.rstrip("s") if title.text.endswith("ers") else title.text,
                      conf=0.55, name="title-org")
