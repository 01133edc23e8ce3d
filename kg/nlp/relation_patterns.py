"""Patterns for the contract's direct relations over the dependency parse; each yields `RelationRecord`s."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.arguments import EntityIndex
from kg.nlp.lexicon import load_json
from kg.nlp.records import RelationRecord

ORGS = set(ORGANIZATION_CLASSES)
MAKERS = {"Company", "ResearchOrganization", "GovernmentBody"}
ISSUERS = {"GovernmentBody", "Person", "Jurisdiction"}


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_json("relation_cues.json")


def rel(s: str, p: str, o: str, sent: Span, role: str | None = None, conf: float = 0.7,
        name: str = "possessive") -> RelationRecord:
    return RelationRecord(s, p, o, sent.text.strip(), role=role, confidence=conf, extractor=f"kg.relations.{name}.v1")


def role_text(tokens: list[Token], idx: EntityIndex) -> str | None:
    """A title from tokens: entity, determiner, possessive and punctuation tokens left out."""
    words = [t.text for t in sorted(tokens, key=lambda t: t.i)
             if t.i not in idx.by_token and t.dep_ not in ("det", "poss", "case", "punct") and not t.is_punct
             and t.pos_ != "PRON"]
    text = " ".join(words).strip()
    return text or None


def is_role(tok: Token) -> bool:
    return tok.lemma_.lower() in cues()["role_heads"] or tok.lower_ in cues()["role_heads"]


def by_possessive(poss: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """X's Y: develops, partOf, basedIn, issuedBy, affiliatedWith, by the classes of X and Y."""
    owner = idx.head_entity(poss)
    head = poss.head
    if owner is None:
        return
    sent = poss.sent
    ot = idx.type_of(owner)
    owned = idx.by_token.get(head.i)
    if owned is None:  # "Mistral AI's Magistral model": the name is a compound of the noun
        owned = next((idx.by_token[c.i] for c in head.children if c.dep_ == "compound" and c.i in idx.by_token), None)
    appos = [c for c in head.children if c.dep_ == "appos" and c.i in idx.by_token]
    if owned is None and appos and not is_role(head) and head.lemma_.lower() not in cues()["parent_words"]:
        owned = idx.by_token[appos[0].i]  # "Italy's privacy watchdog, the Garante"
    if owned is not None:
        yield from _typed_pair(owner, ot, owned, idx.type_of(owned), sent)
        return
    if head.lemma_.lower() in cues()["parent_words"] and appos:  # "Google's parent Alphabet"
        yield rel(owner, "partOf", idx.by_token[appos[0].i], sent)
    elif is_role(head) and ot in ORGS:
        person = [idx.by_token[a.i] for a in appos if idx.type_of(idx.by_token[a.i]) == "Person"]
        if not person and head.dep_ == "appos" and head.head.i in idx.by_token:
            person = [idx.by_token[head.head.i]] if idx.type_of(idx.by_token[head.head.i]) == "Person" else []
        role = role_text([t for t in head.subtree if t.i < (appos[0].i if appos else 10**9)], idx)
        for p in person:
            yield rel(p, "affiliatedWith", owner, sent, role=role, name="apposition")
    elif ot in MAKERS and head.lemma_.lower() in ("model", "chatbot", "system", "assistant") and appos:
        for a in appos:  # "Anthropic's latest model, Mythos"
            if idx.type_of(idx.by_token[a.i]) == "AIModel":
                yield rel(owner, "develops", idx.by_token[a.i], sent)


def _typed_pair(owner: str, ot: str, owned: str, wt: str, sent: Span) -> Iterator[RelationRecord]:
    if owner == owned:
        return
    if ot in MAKERS and wt == "AIModel":
        yield rel(owner, "develops", owned, sent)
    elif ot == "Jurisdiction" and wt in ("Company", "ResearchOrganization", "MediaOutlet"):
        yield rel(owned, "basedIn", owner, sent)
    elif ot in ("Jurisdiction", "GovernmentBody") and wt == "GovernmentBody":
        yield rel(owned, "partOf", owner, sent)
    elif ot == "Company" and wt == "Company":
        yield rel(owned, "partOf", owner, sent, conf=0.5)
    elif ot in ("GovernmentBody", "Person") and wt == "PolicyInstrument":  # not "Japan's Act": whose, not who issued
        yield rel(owned, "issuedBy", owner, sent)
    elif ot == "Person" and wt in ORGS:  # "Elon Musk's xAI", "Pam Bondi's Justice Department"
        yield rel(owner, "affiliatedWith", owned, sent, conf=0.6)


def by_apposition(person_tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Thomas Regnier, a Commission spokesperson" / "Michael Kratsios, director of OSTP"."""
    person = idx.by_token.get(person_tok.i)
    if person is None or idx.type_of(person) != "Person":
        return
    for ap in person_tok.children:
        if ap.dep_ != "appos" or not is_role(ap) or ap.i in idx.by_token:
            continue
        if any(c.dep_ == "poss" for c in ap.children):
            continue  # handled by the possessive pattern
        org = None
        for c in ap.children:
            if c.dep_ in ("compound", "nmod") and c.i in idx.by_token and idx.type_of(idx.by_token[c.i]) in ORGS:
                org = idx.by_token[c.i]
            elif c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        org = _org_of(p, idx) or org
        if org:
            keep = [t for t in ap.subtree if not (t.i in idx.by_token and idx.by_token[t.i] == org)
                    and not _inside_org_phrase(t, ap, idx, org)]
            yield rel(person, "affiliatedWith", org, person_tok.sent, role=role_text(keep, idx), name="apposition")


def _org_of(tok: Token, idx: EntityIndex) -> str | None:
    key = idx.head_entity(tok)
    if key and idx.type_of(key) in ORGS:
        return key
    appos = [c for c in tok.children if c.dep_ == "appos" and c.i in idx.by_token]
    if appos and idx.type_of(idx.by_token[appos[0].i]) in ORGS:
        return idx.by_token[appos[0].i]
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
    root = doc[end - 1]
    pre = [t for t in root.children if t.i < start and t.dep_ in ("compound", "nmod", "amod")]
    tokens = sorted({x for t in pre for x in t.subtree if x.i < start}, key=lambda t: t.i)
    orgs = [idx.by_token[t.i] for t in tokens if t.i in idx.by_token and idx.type_of(idx.by_token[t.i]) in ORGS]
    if not orgs:  # "Secretary of War Pete Hegseth": the department the title names
        orgs = [k for k in [department_named(tokens, idx)] if k]
    if orgs and any(is_role(t) for t in tokens):
        of_title = any(t.lower_ == "of" for t in tokens)  # "Secretary of Commerce": the org word is part of the title
        role = " ".join(t.text for t in tokens if not t.is_punct and t.dep_ != "det") if of_title else role_text(tokens, idx)
        yield rel(key, "affiliatedWith", orgs[-1], doc[start].sent, role=role, name="title")


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


def part_of(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"AISI sits within DSIT", "the Bureau, part of the Commerce Department", "a unit of Alphabet"."""
    c = cues()
    if tok.lower_ in ("within", "inside") and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
        subj = next((x for x in tok.head.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((x for x in tok.children if x.dep_ == "pobj"), None)
        child, parent = (idx.head_entity(subj) if subj is not None else None), (idx.head_entity(obj) if obj is not None else None)
    elif tok.lemma_.lower() in c["part_words"] and tok.dep_ in ("appos", "attr") and tok.i not in idx.by_token:
        of = next((x for x in tok.children if x.dep_ == "prep" and x.lower_ == "of"), None)
        obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
        anchor = tok.head if tok.dep_ == "appos" else next((x for x in tok.head.children if x.dep_ == "nsubj"), None)
        child = idx.head_entity(anchor) if anchor is not None else None
        parent = idx.head_entity(obj) if obj is not None else None
    else:
        return
    if child and parent and child != parent and idx.type_of(child) in ORGS and idx.type_of(parent) in ORGS | {"Jurisdiction"}:
        yield rel(child, "partOf", parent, tok.sent, name="part")


def based_in(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Paris-based Mistral", "the California-based company", "a startup based in Paris"."""
    if tok.lower_ not in cues()["based_words"]:
        return
    doc = tok.doc
    place = None
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and (tok.i - 2) in idx.by_token:
        place = idx.by_token[tok.i - 2]
    else:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                place = next((idx.by_token[p.i] for p in c.children if p.dep_ == "pobj" and p.i in idx.by_token), None)
    if place is None or idx.type_of(place) != "Jurisdiction":
        return
    org = idx.head_entity(tok.head) if tok.dep_ in ("amod", "acl", "compound") else None
    if org is None and tok.head.i in idx.by_token:
        org = idx.by_token[tok.head.i]
    if org and idx.type_of(org) in ORGS:
        yield rel(org, "basedIn", place, tok.sent, name="based")


def applies_to(verb: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"The statute applies to X", "Llama models are bound by the AI Act", "SB 53 reaches companies such as X"."""
    if verb.lemma_.lower() not in cues()["apply_verbs"] or verb.pos_ != "VERB":
        return
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    law_tok, obj_toks = (agent, [subj]) if passive else (subj, [c for c in verb.children if c.dep_ in ("dobj", "prep")])
    if law_tok is None:
        return
    law = idx.head_entity(law_tok)
    if law is None or idx.type_of(law) != "PolicyInstrument":
        return
    for o in obj_toks:
        if o is None:
            continue
        for t in o.subtree:
            k = idx.by_token.get(t.i)
            if k and k != law and idx.type_of(k) not in ("PolicyInstrument", "Jurisdiction"):
                yield rel(law, "appliesTo", k, verb.sent, name="applies")


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


def issued_by_verb(verb: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"the Bureau, which administers the Export Administration Regulations": an issuer verb with a body as subject."""
    if verb.lemma_.lower() not in cues()["issuer_verbs"] or verb.pos_ != "VERB":
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subj = verb.head
    issuer = idx.head_entity(subj) if subj is not None else None
    if issuer is None or idx.type_of(issuer) not in ("GovernmentBody", "Person"):
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for k in idx.phrase_entities(obj, deep=False):
            if idx.type_of(k) == "PolicyInstrument":
                yield rel(k, "issuedBy", issuer, verb.sent, name="issuer-verb")


def document_from(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"The AI Action Plan, a 28-page document from the Office of Science and Technology Policy"."""
    if tok.lemma_.lower() not in cues()["source_nouns"] or tok.dep_ != "appos" or tok.head.i not in idx.by_token:
        return
    inst = idx.by_token[tok.head.i]
    if idx.type_of(inst) != "PolicyInstrument":
        return
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            k = idx.head_entity(p)
            if k and idx.type_of(k) in ("GovernmentBody", "Person"):
                yield rel(inst, "issuedBy", k, tok.sent, name="document-from")
