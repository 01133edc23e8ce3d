"""Cross-document identity: one IRI per real-world entity, whatever document or name it came under."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.graph.mint import entity_iri, slug
from kg.nlp.curation import Curation
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import close_spelling, name_key
from kg.nlp.records import LocalEntity


@dataclass
class GlobalEntity:
    """An entity of the whole graph: its IRI, names and the evidence for its class."""

    iri: URIRef
    name: str
    gaz_id: str | None = None
    wikidata: str | None = None
    forms: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    forced_type: str | None = None  # from the curation file
    same_as: set[URIRef] = field(default_factory=set)  # IRIs a curated merge folded into this one

    @property
    def type(self) -> str:
        if self.forced_type:
            return self.forced_type
        if self.gaz_id:
            return load_gazetteer()[self.gaz_id].type
        return max(self.votes.items(), key=lambda kv: (kv[1], kv[0]))[0]

    @property
    def label(self) -> str:
        if self.gaz_id or self.forced_type is not None or self.same_as:
            return self.name
        return max(self.forms, key=lambda f: (len(f.split()), self.forms[f], len(f), f))

    @property
    def alt_labels(self) -> list[str]:
        return sorted(f for f in self.forms if f != self.label)


class Identity:
    """Maps each document's local entities to global ones."""

    def __init__(self, curation: Curation | None = None) -> None:
        self.curation = curation or Curation()
        self.entities: dict[URIRef, GlobalEntity] = {}
        self.by_key: dict[str, URIRef] = {}
        self.by_letter: dict[str, list[tuple[str, URIRef]]] = defaultdict(list)
        self.gaz_slugs = {slug(i) for i in load_gazetteer()}

    def resolve(self, local: LocalEntity, sha256: str = "") -> URIRef:
        merge = self.curation.merge_of(local.surface_forms | {local.name})
        if local.scoped:  # a description names a thing of this document only
            iri = entity_iri(f"{slug(local.name)}-{sha256[:8]}")
            self.entities.setdefault(iri, GlobalEntity(iri, local.name))
        elif local.key.startswith("split:"):  # curated: a name of its own
            iri = entity_iri(f"{slug(local.name)}-{local.type.lower()}")
            self.entities.setdefault(iri, GlobalEntity(iri, local.name))
        elif merge is not None:  # curated: these names are one thing, whatever the automatic choice
            iri = entity_iri(f"curated-{slug(merge.label)}")
            ent = self.entities.setdefault(iri, GlobalEntity(iri, merge.label, forced_type=merge.type))
            automatic = entity_iri(local.gaz_id) if local.gaz_id else entity_iri(slug(name_key(local.name, local.type)))
            if automatic != iri:
                ent.same_as.add(automatic)  # the IRI the automatic choice would have minted
            if local.gaz_id and not ent.wikidata:
                ent.wikidata = load_gazetteer()[local.gaz_id].wikidata
        else:
            iri = self._lookup(local)
        ent = self.entities[iri]
        ent.forms.update(local.surface_forms)
        ent.votes[local.type] += max(local.strength, 1)
        if not local.scoped:
            for form in local.surface_forms:
                self.by_key.setdefault(name_key(form, local.type), iri)
        return iri

    def _lookup(self, local: LocalEntity) -> URIRef:
        if local.gaz_id:
            iri = entity_iri(local.gaz_id)
            if iri not in self.entities:
                entry = load_gazetteer()[local.gaz_id]
                self.entities[iri] = GlobalEntity(iri, entry.name, entry.id, entry.wikidata)
            return iri
        keys = [name_key(local.name, local.type)] + [name_key(f, local.type) for f in sorted(local.surface_forms)]
        for k in keys:
            if k in self.by_key:
                return self.by_key[k]
        for cand, iri in self.by_letter.get(keys[0][:1], []):
            if close_spelling(local.name, cand):
                return iri
        s = slug(keys[0])
        iri = entity_iri(f"{s}-{local.type.lower()}" if s in self.gaz_slugs else s)
        self.entities.setdefault(iri, GlobalEntity(iri, local.name))
        self.by_letter[keys[0][:1]].append((local.name, iri))
        return iri
