"""The spaCy factories of the entity components. Each factory's name is versioned (`_v1`; spaCy allows no dot in a
factory name) and declares every setting of its component in `default_config`; the pipeline adds each under its
stable instance name (`kg/nlp/pipeline.py`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.entities.doc_aliases import DocAliases
from kg.nlp.entities.fuzzy_gazetteer import MIN_LENGTH, FuzzyGazetteer
from kg.nlp.entities.instruments import Instruments
from kg.nlp.entities.judge import EntityJudge
from kg.nlp.learn.entities import UNJUDGED
from kg.nlp.entities.learned_names import LEARNED_MIN
from kg.nlp.entities.name_patterns import WindowedEntityRuler
from kg.nlp.entities.resolver import Resolver
from kg.nlp.entities.typer import EntityTyper


@Language.factory("kg_entity_ruler_v1", assigns=["doc.ents"],
                  default_config={"overwrite_ents": True, "ent_id_sep": "||", "phrase_matcher_attr": None})
def make_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, ent_id_sep: str,
                      phrase_matcher_attr: str | None) -> WindowedEntityRuler:
    return WindowedEntityRuler(nlp, name, overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep,
                               phrase_matcher_attr=phrase_matcher_attr)


@Language.factory("kg_entity_typer_v1", assigns=["doc.ents", "doc._.kg_strength"],
                  default_config={"learned_min": LEARNED_MIN})
def make_entity_typer(nlp: Language, name: str, learned_min: float) -> EntityTyper:
    """`learned_min`: the name model's probability at which a proper-noun run nothing else found becomes an
    entity (kg/nlp/entities/learned_names.py); 1.0 turns that layer off."""
    return EntityTyper(nlp, name, learned_min)


@Language.factory("kg_fuzzy_gazetteer_v1", assigns=["doc.ents", "doc._.kg_strength"], requires=["doc.ents"],
                  default_config={"min_length": MIN_LENGTH})
def make_fuzzy_gazetteer(nlp: Language, name: str, min_length: int) -> FuzzyGazetteer:
    return FuzzyGazetteer(nlp, name, min_length)


@Language.factory("kg_instruments_v1", assigns=["doc.ents", "doc._.kg_strength", "doc._.kg_scoped"],
                  requires=["doc.ents"], default_config={})
def make_instruments(nlp: Language, name: str) -> Instruments:
    return Instruments(nlp, name)


@Language.factory("kg_doc_aliases_v1", assigns=["doc.ents", "doc._.kg_strength", "doc._.kg_alias_of"],
                  requires=["doc.ents"], default_config={})
def make_doc_aliases(nlp: Language, name: str) -> DocAliases:
    return DocAliases(nlp, name)


@Language.factory("kg_resolver_v1", assigns=["doc._.kg_entities", "doc._.kg_mention"], requires=["doc.ents"],
                  default_config={"curation": None})
def make_resolver(nlp: Language, name: str, curation: str | None) -> Resolver:
    return Resolver(nlp, name, curation)


@Language.factory("kg_entity_judge_v1", assigns=["doc._.kg_entities", "doc._.kg_mention"],
                  requires=["doc._.kg_entities"],
                  default_config={"models": None, "keep": None, "unjudged": list(UNJUDGED)})
def make_entity_judge(nlp: Language, name: str, models: str | None, keep: float | None,
                      unjudged: list[str]) -> EntityJudge:
    """The trained entity judge (kg/nlp/data/models/entities.json, made by `kg train`); `keep` overrides the
    trained keep threshold (0 keeps every entity); `unjudged`: the classes it leaves alone."""
    return EntityJudge(nlp, name, models, keep, tuple(unjudged))
