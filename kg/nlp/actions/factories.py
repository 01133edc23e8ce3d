"""The spaCy factories of the action components: the rules' candidates and the trained scorer (versioned names, every
setting in `default_config`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.actions.extractor import ActionExtractor
from kg.nlp.learn.scorer import ActionScorer


@Language.factory("kg_actions_v1", assigns=["doc._.kg_action_candidates"], requires=["doc._.kg_entities"],
                  default_config={})
def make_actions(nlp: Language, name: str) -> ActionExtractor:
    return ActionExtractor(nlp, name)


@Language.factory("kg_action_scorer_v1", assigns=["doc._.kg_actions"], requires=["doc._.kg_action_candidates"],
                  default_config={"models": None, "keep": None})
def make_action_scorer(nlp: Language, name: str, models: str | None, keep: float | None) -> ActionScorer:
    """Trained role and action models (kg/nlp/data/models/actions.json, made by `kg train`); `keep` overrides the
    trained keep threshold."""
    return ActionScorer(nlp, name, models, keep)
