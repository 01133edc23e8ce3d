"""Cross-document identity: one IRI per real-world entity, whatever document or name it came under."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from rdflib import URIRef

from kg.graph.mint import entity_iri, slug
from kg.nlp.curation import Curation
from kg.nlp.entities.entity_types import generic_words
from kg.nlp.entities.generic_names import generic_body
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import fold, name_key, words_alike
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
    countries: set[str] = field(default_factory=set)  # a body's or a law's countries, as its documents tell them

    def other_country(self, local: LocalEntity) -> bool:
        """Whether a document's body is of another country than this one ("PDPC" of Thailand and of Singapore)."""
        return bool(local.countries and self.countries and not local.countries & self.countries)

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


def identity_key(form: str, cls: str) -> str:
    """The key under which names of two documents meet: `name_key`, and a model's apart from everything else's. A
    product and its maker are two entities even where they share a name ("Gemini" the model and Gemini the
    exchange; "Bluebonnet", one firm's service, and "Bluebonnet Vox", another firm), while the classes of
    organisations and people, which NER confuses from one document to the next, still meet and vote."""
    key = name_key(form, cls)
    return f"model:{key}" if cls == "AIModel" else key


def kind_word(form: str) -> bool:
    """A kind's word alone ("Council", "the Committee"): a short form inside one document, never a name two documents
    share (the OECD's Council is not the Council of the EU)."""
    words = fold(form).removeprefix("the ").split()
    return len(words) == 1 and words[0] in generic_words()


def shared_forms(local: LocalEntity) -> list[str]:
    """The names under which a document's entity may meet another document's: its names but kinds' words alone."""
    return [f for f in [local.name, *sorted(local.surface_forms)] if not kind_word(f)]


FUZZY_SCAN = 2000  # names of one shape (letter, words, numbers, length) tried by fuzzy matching


class SpellingIndex:
    """Names already minted, found again as `close_spelling` would find them, without calling it on every
    earlier name: a close spelling has the same first letter, word count and numbers and a length within 2,
    so only those buckets are searched, each in one call to rapidfuzz's batch distance, and in each only
    its first `FUZZY_SCAN` names (the earliest minted). Gives the name that trying every earlier name in
    order would give whenever no bucket is that full, at a bounded cost per name even among a million."""

    def __init__(self) -> None:
        self.buckets: dict[tuple, tuple[list[int], list[str], list[URIRef]]] = {}
        self.count = 0

    @staticmethod
    def shape(key: str, folded: str) -> tuple:
        words = folded.split()
        return key[:1], words[0][:1] if words else "", len(words), tuple(re.findall(r"\d+", folded)), len(folded)

    def add(self, key: str, name: str, iri: URIRef) -> None:
        folded = fold(name)
        orders, names, iris = self.buckets.setdefault(self.shape(key, folded), ([], [], []))
        orders.append(self.count)
        names.append(folded)
        iris.append(iri)
        self.count += 1

    def find(self, key: str, name: str) -> URIRef | None:
        folded = fold(name)
        *head, length = self.shape(key, folded)
        best: tuple[int, URIRef] | None = None
        for other in range(max(0, length - 2), length + 3):
            bucket = self.buckets.get((*head, other))
            if bucket is None:
                continue
            orders, names, iris = bucket
            limit = 0 if min(length, other) < 6 else 1 if max(length, other) < 12 else 2  # as close_spelling
            hits = process.extract(folded, names[:FUZZY_SCAN], scorer=DamerauLevenshtein.distance,
                                   score_cutoff=limit, limit=None)
            hits = [h for h in hits if words_alike(folded, names[h[2]])]
            if hits:
                first = min(i for _, _, i in hits)
                if best is None or orders[first] < best[0]:
                    best = (orders[first], iris[first])
        return best[1] if best else None


@lru_cache(maxsize=1)
def gazetteer_slugs() -> frozenset[str]:
    """The slugs of the gazetteer's ids, made once a process (every build starts an `Identity`)."""
    return frozenset(slug(i) for i in load_gazetteer())


class Identity:
    """Maps each document's local entities to global ones."""

    def __init__(self, curation: Curation | None = None) -> None:
        self.curation = curation or Curation()
        self.entities: dict[URIRef, GlobalEntity] = {}
        self.by_key: dict[str, URIRef] = {}
        self.spellings = SpellingIndex()
        self.gaz_slugs = gazetteer_slugs()

    def resolve(self, local: LocalEntity, sha256: str = "") -> URIRef:
        merge = self.curation.merge_of(local.surface_forms | {local.name})
        scoped = local.scoped or generic_body(local) or not shared_forms(local)
        if scoped:  # a description, or a generic name ("Parliament"), names a thing of this document only
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
        ent.countries |= local.countries
        if not scoped:
            for form in shared_forms(local):
                key = identity_key(form, local.type)
                self.by_key.setdefault(key, iri)
                for country in local.countries:
                    self.by_key.setdefault(f"{key}|{country}", iri)
        return iri

    def _lookup(self, local: LocalEntity) -> URIRef:
        if local.gaz_id:
            iri = entity_iri(local.gaz_id)
            if iri not in self.entities:
                entry = load_gazetteer()[local.gaz_id]
                self.entities[iri] = GlobalEntity(iri, entry.name, entry.id, entry.wikidata)
            return iri
        keys = [identity_key(f, local.type) for f in shared_forms(local)]
        tried = [f"{k}|{c}" for k in keys for c in sorted(local.countries)] + keys  # its own country's body first
        for k in tried:
            if k in self.by_key and not self.entities[self.by_key[k]].other_country(local):
                return self.by_key[k]
        close = self.spellings.find(keys[0], local.name)
        if close is not None and not self.entities[close].other_country(local):
            return close
        s = slug(name_key(local.name, local.type))
        iri = entity_iri(f"{s}-{local.type.lower()}" if s in self.gaz_slugs else s)
        if iri in self.entities and self.entities[iri].other_country(local):  # another country's body of this name
            iri = entity_iri(f"{s}-{min(local.countries).lower()}")
        self.entities.setdefault(iri, GlobalEntity(iri, local.name))
        self.spellings.add(keys[0], local.name, iri)
        return iri
