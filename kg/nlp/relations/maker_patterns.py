"""A model and the firm that makes, runs or sells it, told by a participle or a "from" phrase: "Aurora-2, a model
developed by the Lisbon-based company Velaris AI", "Scribbly is made by Maplestone Learning", "Rupaku, a face-swap app
from Bandung-based Cermin Digital". The verbs are `maker_verbs` of data/relation_cues.json."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.doc.index import EntityIndex
from kg.nlp.records import RelationRecord
from kg.nlp.relations.patterns import FIRMS, cues, rel


def model_of(noun: Token, idx: EntityIndex) -> str | None:
    """The model a noun names or describes: the model's own name, or the name a description is in apposition to
    ("Aurora-2, a general-purpose AI model")."""
    for tok in (noun, noun.head if noun.dep_ == "appos" else None):
        key = idx.by_token.get(tok.i) if tok is not None else None
        if key is not None and idx.type_of(key) == "AIModel":
            return key
    return None


def firms_of(prep: Token, idx: EntityIndex) -> list[str]:
    """The companies and labs a "by" or "from" phrase names."""
    return [k for p in prep.children if p.dep_ == "pobj" for k in idx.phrase_entities(p, deep=False)
            if idx.type_of(k) in FIRMS]


def made_by(verb: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"a model developed by Velaris AI" (a participle of a maker verb after the model or its description), "Scribbly
    is made by Maplestone Learning" (the passive, the model its subject): the "by" phrase's firm develops the model."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in cues()["maker_verbs"]:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    model = model_of(subj, idx) if subj is not None else (
        model_of(verb.head, idx) if verb.dep_ == "acl" else None)
    if model is None:
        return
    for prep in (c for c in verb.children if c.dep_ == "agent"):
        for firm in firms_of(prep, idx):
            yield rel(firm, "develops", model, verb.sent, name="made-by")


def model_from(prep: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """"Rupaku, a face-swap app from Cermin Digital", "a model it had licensed from Arclight Civic": a description of
    a model (in apposition to its name) from a firm, or a maker verb's "from" phrase after such a description."""
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return
    head = prep.head
    if head.pos_ == "VERB" and head.dep_ in ("relcl", "acl") and head.lemma_.lower() in cues()["maker_verbs"]:
        head = head.head
    if head.pos_ != "NOUN" or head.dep_ != "appos":
        return
    model = model_of(head, idx)
    if model is not None:
        for firm in firms_of(prep, idx):
            yield rel(firm, "develops", model, prep.sent, name="made-by")


def maker_phrase(tok: Token, idx: EntityIndex) -> Iterator[RelationRecord]:
    """`made_by` and `model_from`, from their start words."""
    yield from made_by(tok, idx)
    yield from model_from(tok, idx)
