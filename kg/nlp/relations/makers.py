"""A model's maker as the gazetteer knows it: a "develops" relation that names another maker is a misreading of a
company that offers, hosts or distributes the model ("AWS offers Claude", "Microsoft distributes Mistral Large")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.nlp.gazetteer import GazEntry, load_gazetteer
from kg.nlp.records import RelationRecord

MAKER_CLASSES = ("Company", "ResearchOrganization", "GovernmentBody")


def group_of(k: str, gaz: dict[str, GazEntry]) -> str:
    """The top of an organisation's group: its parent's parent ... (partOf facts between organisations)."""
    seen = {k}
    while True:
        up = next((p for p in gaz[k].facts.get("partOf", ()) if p in gaz and gaz[p].type in MAKER_CLASSES), None)
        if up is None or up in seen:
            return k
        seen.add(up)
        k = up


def makers_of(gaz: dict[str, GazEntry]) -> dict[str, frozenset[str]]:
    """Model id -> the ids of every organisation in the group of one of its makers by the gazetteer's facts
    ("Gemini 3": Google DeepMind, Google, Alphabet and their other units; "Claude": Anthropic)."""
    top = {k: group_of(k, gaz) for k, e in gaz.items() if e.type in MAKER_CLASSES}
    groups: dict[str, set[str]] = {}
    for k, t in top.items():
        groups.setdefault(t, set()).add(k)
    out: dict[str, set[str]] = {}
    for k, e in gaz.items():
        for model in e.facts.get("develops", ()):
            out.setdefault(model, set()).update(groups[top[k]] if k in top else {k})
    return {m: frozenset(v) for m, v in out.items()}


@lru_cache(maxsize=1)
def known_makers() -> dict[str, frozenset[str]]:
    """`makers_of` the shipped gazetteer."""
    return makers_of(load_gazetteer())


def against_known_maker(r: RelationRecord, doc: Doc) -> bool:
    """A "develops" relation between two names the gazetteer knows, whose maker is not the model's maker by the
    gazetteer's facts, nor of that maker's group: "AWS offers Claude", "Microsoft distributes Mistral Large" read as
    making it."""
    if r.predicate != "develops":
        return False
    ents = doc._.kg_entities
    maker, model = ents.get(r.subject), ents.get(r.object)
    makers = known_makers().get(model.gaz_id or "", frozenset()) if model is not None else frozenset()
    return bool(makers) and maker is not None and maker.gaz_id is not None and maker.gaz_id not in makers
