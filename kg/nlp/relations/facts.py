"""The gazetteer's curated facts (ontology/gazetteer.jsonl, field "facts") between two entities a document names, and
which of them stand beside the trained relation model. A fact's confidence is how often a fact of its kind was in
corpus/train's gold (what annotators record an article to say), not how likely the fact is true of the world. Without
a trained relation model every fact stands, with that confidence: a body's seat from the gazetteer (0.3) then gives
way to the seat a pattern reads in the text ("Paris-based Mistral AI", 0.7) for the one seat a body has."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.index import EntityIndex
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import fold
from kg.nlp.records import LocalEntity, RelationRecord
from kg.nlp.relations.patterns import rel

GAZETTEER_FACT = "kg.relations.gazetteer.v1"
# How often a fact of each kind was in corpus/train's gold when both its names were in the article (session 36):
# develops and affiliatedWith 8 in 10; partOf with a parent organisation 51 of 72 (a sub-agency's department, a
# subsidiary's group); partOf with a place or a whole government 47 of 180, basedIn 12 of 45.
GOVERNMENT = "government"  # "U.S. government", "Government of Quebec": a place's whole government
PARENT_CONFIDENCE, PLACE_CONFIDENCE, FACT_CONFIDENCE = 0.7, 0.3, 0.9
STANDS = 0.5  # a fact at least as likely right as wrong stands beside the relation model


def gazetteer_facts(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """Curated facts between two entities the document names: "MIIT is part of China", "OpenAI develops ChatGPT",
    each as confident as facts of its kind were right on corpus/train. Their own extractor name lets users filter
    them."""
    ents = doc._.kg_entities
    present = {e.gaz_id: k for k, e in ents.items() if e.gaz_id}
    out = []
    for gid, key in present.items():
        for pred, objects in load_gazetteer()[gid].facts.items():
            for obj in objects:
                if obj in present:
                    s, _ = ents[key].mentions[0]
                    conf = fact_confidence(pred, ents[present[obj]])
                    out.append(rel(key, pred, present[obj], doc[s].sent, conf=conf, name="gazetteer"))
    return out


def fact_confidence(predicate: str, obj: LocalEntity) -> float:
    if predicate == "basedIn" or predicate == "partOf" and not parent_body(obj):
        return PLACE_CONFIDENCE
    return PARENT_CONFIDENCE if predicate == "partOf" else FACT_CONFIDENCE


def parent_body(e: LocalEntity) -> bool:
    """An organisation that another can be part of as a unit: not a place, and not a place's whole government ("U.S.
    government", "Government of Quebec"), which annotators record for some bodies and not others."""
    words = fold(e.name).split()
    whole = words[-1] == GOVERNMENT or words[:2] == [GOVERNMENT, "of"]
    return e.type in ORGANIZATION_CLASSES and not whole


def fact_stands(r: RelationRecord, facts: frozenset[str]) -> bool:
    """A gazetteer fact of a trusted kind, at least as likely right as wrong, stands beside a trained model (on
    corpus/train's cross-validation, the parent-organisation facts added 14 right relations for 11 wrong; those with a
    place or a whole government 2 right for 23 wrong)."""
    return r.extractor == GAZETTEER_FACT and r.predicate in facts and r.confidence >= STANDS


def from_text(r: RelationRecord) -> bool:
    """A relation read from the text wins over the same fact from the gazetteer: its evidence states it."""
    return not r.extractor.startswith("kg.relations.gazetteer")
