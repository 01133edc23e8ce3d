"""A model's maker as the gazetteer knows it: a "develops" relation that names another maker is a misreading of a
company that offers, hosts or distributes the model ("AWS offers Claude", "Microsoft distributes Mistral Large")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.records import RelationRecord


@lru_cache(maxsize=1)
def known_makers() -> dict[str, frozenset[str]]:
    """Gazetteer model id -> the ids of its makers by the gazetteer's facts, with their parents and units ("Gemini":
    Google DeepMind, Alphabet; "Claude": Anthropic)."""
    gaz = load_gazetteer()
    family: dict[str, set[str]] = {k: {k, *e.facts.get("partOf", ())} for k, e in gaz.items()}
    for k, e in gaz.items():
        for parent in e.facts.get("partOf", ()):
            family.setdefault(parent, {parent}).add(k)
    out: dict[str, set[str]] = {}
    for k, e in gaz.items():
        for model in e.facts.get("develops", ()):
            out.setdefault(model, set()).update(family.get(k, {k}))
    return {m: frozenset(v) for m, v in out.items()}


def against_known_maker(r: RelationRecord, doc: Doc) -> bool:
    """A "develops" relation between two names the gazetteer knows, whose maker is not the model's maker by the
    gazetteer's facts (nor its parent or unit): "AWS offers Claude", "Microsoft distributes Mistral Large" read as
    making it."""
    if r.predicate != "develops":
        return False
    ents = doc._.kg_entities
    maker, model = ents.get(r.subject), ents.get(r.object)
    makers = known_makers().get(model.gaz_id or "", frozenset()) if model is not None else frozenset()
    return bool(makers) and maker is not None and maker.gaz_id is not None and maker.gaz_id not in makers
