"""Every spaCy component of the project, registered in this one place."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.actions.extractor import ActionExtractor
from kg.nlp.entities.doc_aliases import DocAliases
from kg.nlp.entities.fuzzy_gazetteer import FuzzyGazetteer
from kg.nlp.entities.instruments import Instruments
from kg.nlp.learn.scorer import ActionScorer
from kg.nlp.doc.line_breaks import LineBreaks
from kg.nlp.entities.name_patterns import WindowedEntityRuler
from kg.nlp.relations.extractor import RelationExtractor
from kg.nlp.entities.resolver import Resolver
from kg.nlp.entities.typer import EntityTyper


@Language.factory("kg_entity_typer", assigns=["doc.ents", "doc._.kg_strength"])
def make_entity_typer(nlp: Language, name: str) -> EntityTyper:
    return EntityTyper(nlp, name)


@Language.factory("kg_doc_aliases", assigns=["doc.ents", "doc._.kg_strength", "doc._.kg_alias_of"],
                  requires=["doc.ents"])
def make_doc_aliases(nlp: Language, name: str) -> DocAliases:
    return DocAliases(nlp, name)


@Language.factory("kg_resolver", assigns=["doc._.kg_entities", "doc._.kg_mention"], requires=["doc.ents"],
                  default_config={"curation": None})
def make_resolver(nlp: Language, name: str, curation: str | None) -> Resolver:
    return Resolver(nlp, name, curation)


@Language.factory("kg_fuzzy_gazetteer", assigns=["doc.ents", "doc._.kg_strength"], requires=["doc.ents"])
def make_fuzzy_gazetteer(nlp: Language, name: str) -> FuzzyGazetteer:
    return FuzzyGazetteer(nlp, name)


@Language.factory("kg_actions", assigns=["doc._.kg_action_candidates"], requires=["doc._.kg_entities"])
def make_actions(nlp: Language, name: str) -> ActionExtractor:
    return ActionExtractor(nlp, name)


@Language.factory("kg_action_scorer", assigns=["doc._.kg_actions"], requires=["doc._.kg_action_candidates"],
                  default_config={"models": None, "keep": None})
def make_action_scorer(nlp: Language, name: str, models: str | None, keep: float | None) -> ActionScorer:
    """Trained role and action models (kg/nlp/data/models/actions.json, made by `kg train`); `keep` overrides the
    trained keep threshold."""
    return ActionScorer(nlp, name, models, keep)


@Language.factory("kg_entity_ruler", assigns=["doc.ents"],
                  default_config={"overwrite_ents": True, "ent_id_sep": "||", "phrase_matcher_attr": None})
def make_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, ent_id_sep: str,
                      phrase_matcher_attr: str | None) -> WindowedEntityRuler:
    return WindowedEntityRuler(nlp, name, overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep,
                               phrase_matcher_attr=phrase_matcher_attr)


@Language.factory("kg_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(nlp, name)


@Language.factory("kg_relations", assigns=["doc._.kg_relations"], requires=["doc._.kg_entities", "doc._.kg_actions"])
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)


@Language.factory("kg_instruments", assigns=["doc.ents", "doc._.kg_strength", "doc._.kg_scoped"], requires=["doc.ents"])
def make_instruments(nlp: Language, name: str) -> Instruments:
    return Instruments(nlp, name)
