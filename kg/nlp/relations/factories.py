"""The spaCy factory of the relation component (versioned name, every setting in `default_config`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.relations.extractor import RelationExtractor


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_entities", "doc._.kg_actions"],
                  default_config={"trusted_rules": ["apposition", "title-org", "title", "based", "demonym"]})
def make_relations(nlp: Language, name: str, trusted_rules: list[str]) -> RelationExtractor:
    """`trusted_rules`: the rule patterns whose relations stand beside the trained model's where it does not judge
    the pair (their precision on corpus/train, written by other hands than the rules' dev set, is 0.5 or more); with
    a trained model, every other rule gives way to it."""
    return RelationExtractor(nlp, name, trusted_rules)
