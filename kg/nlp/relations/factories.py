"""The spaCy factory of the relation component (versioned name, every setting in `default_config`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.relations.extractor import RelationExtractor


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_entities", "doc._.kg_actions"],
                  default_config={})
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
