"""Patterns for the contract's direct relations over the dependency parse; each yields `RelationRecord`s."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.lines import evidence_text
from kg.nlp.lexicon import load_json
from kg.nlp.records import RelationRecord

ORGS = set(ORGANIZATION_CLASSES)
MAKERS = {"Company", "ResearchOrganization", "GovernmentBody"}
FIRMS = ("Company", "ResearchOrganization")  # who makes a model an article names by a pronoun
ISSUERS = {"GovernmentBody", "Person", "Jurisdiction"}
MODEL_NOUNS = ("model", "chatbot", "system", "assistant")


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_json("relation_cues.json")


def rel(s: str, p: str, o: str, sent: Span, role: str | None = None, conf: float = 0.7,
        name: str = "possessive") -> RelationRecord:
    return RelationRecord(s, p, o, evidence_text(sent), role=role, confidence=conf,
                          extractor=f"kg.relations.{name}.v1")


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
    head = poss.head
    appos = [c for c in head.children if c.dep_ == "appos" and c.i in idx.by_token]
    owned = possessed(head, appos, idx)
    owner = owner_of(poss, owned, idx)
    if owner is None:
        return
    sent = poss.sent
    if owned is not None:
        yield from _typed_pair(owner, idx.type_of(owner), owned, idx.type_of(owned), sent)
        return
    for pattern in POSSESSED_NOUN_PATTERNS:  # the first that applies
        found = pattern(owner, head, appos, idx, sent)
        if found is not None:
            yield from found
            return


def owner_of(poss: Token, owned: str | None, idx: EntityIndex) -> str | None:
    """Whom the possessive stands for: its own name, else the likeliest antecedent of the pronoun or description.
    Before a model, a pronoun stands for a maker, a firm or a lab, the one named last before it in its sentence ("The
    CNIL fined Vocalis for training its Echo model": Vocalis's, not the regulator's, the subject), else for no one
    (cross-validated on corpus/train, an antecedent in the sentences before was right 5 times of 10)."""
    if owned is None or idx.type_of(owned) != "AIModel" or poss.i in idx.by_token and poss.i not in idx.anaphors:
        return idx.head_entity(poss)
    start = poss.sent.start
    named = [k for s, _, k in idx.spans if start <= s < poss.i and s not in idx.anaphors and idx.type_of(k) in FIRMS]
    return named[-1] if named else None


def possessed(head: Token, appos: list[Token], idx: EntityIndex) -> str | None:
    """The entity X's Y names: Y itself; "Mistral AI's Magistral model" (the name is a compound of the noun);
    "Italy's privacy watchdog, the Garante" (a name in apposition to a noun that is no role or parent)."""
    owned = idx.by_token.get(head.i) or described_model(head, idx)
    if owned is None:
        owned = next((idx.by_token[c.i] for c in head.children if c.dep_ == "compound" and c.i in idx.by_token), None)
    if owned is None and appos and not is_role(head) and head.lemma_.lower() not in cues()["parent_words"]:
        owned = idx.by_token[appos[0].i]
    return owned


def described_model(head: Token, idx: EntityIndex) -> str | None:
    """The model a possessed model noun describes in apposition: "RostroID, its facial-recognition model"."""
    named = idx.by_token.get(head.head.i) if head.dep_ == "appos" and head.lemma_.lower() in MODEL_NOUNS else None
    return named if named is not None and idx.type_of(named) == "AIModel" else None


def parent_named(owner: str, head: Token, appos: list[Token], idx: EntityIndex, sent: Span) -> list[RelationRecord] | None:
    """"Google's parent Alphabet"."""
    if head.lemma_.lower() in cues()["parent_words"] and appos:
        return [rel(owner, "partOf", idx.by_token[appos[0].i], sent)]
    return None


def role_at_owner(owner: str, head: Token, appos: list[Token], idx: EntityIndex, sent: Span) -> list[RelationRecord] | None:
    """"Microsoft's chief privacy officer, Lina Park" / "Lina Park, Microsoft's chief privacy officer"."""
    if not is_role(head) or idx.type_of(owner) not in ORGS:
        return None
    person = [idx.by_token[a.i] for a in appos if idx.type_of(idx.by_token[a.i]) == "Person"]
    if not person and head.dep_ == "appos" and head.head.i in idx.by_token:
        person = [idx.by_token[head.head.i]] if idx.type_of(idx.by_token[head.head.i]) == "Person" else []
    role = role_text([t for t in head.subtree if t.i < (appos[0].i if appos else 10**9)], idx)
    return [rel(p, "affiliatedWith", owner, sent, role=role, name="apposition") for p in person]


def model_named(owner: str, head: Token, appos: list[Token], idx: EntityIndex, sent: Span) -> list[RelationRecord] | None:
    """"Anthropic's latest model, Mythos"."""
    if idx.type_of(owner) not in MAKERS or head.lemma_.lower() not in MODEL_NOUNS or not appos:
        return None
    return [rel(owner, "develops", idx.by_token[a.i], sent) for a in appos if idx.type_of(idx.by_token[a.i]) == "AIModel"]


POSSESSED_NOUN_PATTERNS = (parent_named, role_at_owner, model_named)


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


def entity_of(tok: Token | None, idx: EntityIndex) -> str | None:
    return idx.head_entity(tok) if tok is not None else None


def within_pair(tok: Token, idx: EntityIndex) -> tuple[str | None, str | None] | None:
    """"AISI sits within DSIT": (the subject's entity, the object's)."""
    if tok.lower_ not in ("within", "inside") or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((x for x in tok.head.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((x for x in tok.children if x.dep_ == "pobj"), None)
    return entity_of(subj, idx), entity_of(obj, idx)


def part_word_pair(tok: Token, idx: EntityIndex) -> tuple[str | None, str | None] | None:
    """"the Bureau, part of the Commerce Department", "X is a unit of Alphabet": (the described entity, the whole)."""
    if tok.lemma_.lower() not in cues()["part_words"] or tok.dep_ not in ("appos", "attr") or tok.i in idx.by_token:
        return None
    of = next((x for x in tok.children if x.dep_ == "prep" and x.lower_ == "of"), None)
    obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
    anchor = tok.head if tok.dep_ == "appos" else next((x for x in tok.head.children if x.dep_ == "nsubj"), None)
    return entity_of(anchor, idx), entity_of(obj, idx)


def part_of(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"AISI sits within DSIT", "the Bureau, part of the Commerce Department", "a unit of Alphabet"."""
    pair = within_pair(tok, idx) or part_word_pair(tok, idx)
    if pair is None:
        return
    child, parent = pair
    if child and parent and child != parent and idx.type_of(child) in ORGS and idx.type_of(parent) in ORGS | {"Jurisdiction"}:
        yield rel(child, "partOf", parent, tok.sent, name="part")


def based_place(tok: Token, idx: EntityIndex) -> str | None:
    """"Paris-based" (the name before the hyphen), "based in Paris" (the last "in" phrase)."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and (tok.i - 2) in idx.by_token:
        return idx.by_token[tok.i - 2]
    place = None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            place = next((idx.by_token[p.i] for p in c.children if p.dep_ == "pobj" and p.i in idx.by_token), None)
    return place


def based_org(tok: Token, idx: EntityIndex) -> str | None:
    """The organisation "based" describes: "the California-based company", "a startup based in Paris"."""
    org = idx.head_entity(tok.head) if tok.dep_ in ("amod", "acl", "compound") else None
    if org is None and tok.head.i in idx.by_token:
        org = idx.by_token[tok.head.i]
    return org


def based_in(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Paris-based Mistral", "the California-based company", "a startup based in Paris"."""
    if tok.lower_ not in cues()["based_words"]:
        return
    place = based_place(tok, idx)
    if place is None or idx.type_of(place) != "Jurisdiction":
        return
    org = based_org(tok, idx)
    if org and idx.type_of(org) in ORGS:
        yield rel(org, "basedIn", place, tok.sent, name="based")


def law_and_objects(verb: Token) -> tuple[Token | None, list[Token | None]]:
    """(the token naming the law, the tokens of what it applies to): the subject and objects, or in the passive the
    "by" phrase and the subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        return agent, [subj]
    return subj, [c for c in verb.children if c.dep_ in ("dobj", "prep")]


def applies_to(verb: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"The statute applies to X", "Llama models are bound by the AI Act", "SB 53 reaches companies such as X"."""
    if verb.lemma_.lower() not in cues()["apply_verbs"] or verb.pos_ != "VERB":
        return
    law_tok, obj_toks = law_and_objects(verb)
    law = entity_of(law_tok, idx)
    if law is None or idx.type_of(law) != "PolicyInstrument":
        return
    for o in (o for o in obj_toks if o is not None):
        for t in o.subtree:
            k = idx.by_token.get(t.i)
            if k and k != law and idx.type_of(k) not in ("PolicyInstrument", "Jurisdiction"):
                yield rel(law, "appliesTo", k, verb.sent, name="applies")


def issued_by_verb(verb: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"the Bureau, which administers the Export Administration Regulations": an issuer verb with a body as subject."""
    if verb.lemma_.lower() not in cues()["issuer_verbs"] or verb.pos_ != "VERB":
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subj = verb.head
    issuer = entity_of(subj, idx)
    if issuer is None or idx.type_of(issuer) not in ("GovernmentBody", "Person"):
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        yield from (rel(k, "issuedBy", issuer, verb.sent, name="issuer-verb") for k in idx.phrase_entities(obj, deep=False)
                    if idx.type_of(k) == "PolicyInstrument")


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
