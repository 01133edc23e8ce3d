"""Extractions to an RDF graph that obeys the contract (docs/contract.md)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.graph.identity import Identity
from kg.graph.mint import action_iri, document_iri, statement_iri
from kg.graph.namespaces import ACTION_TYPES, AIP, AIPR, ENTITY_CLASSES, SCHEMA, WD, new_graph
from kg.nlp.curation import Curation
from kg.nlp.extract import Extraction
from kg.nlp.records import ActionRecord

DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
# Reports of one event are linked pairwise up to this many; past it, each further report is linked to these
# first ones only, so a million copies of one story cost a million links, not a million squared.
SAME_EVENT_HUBS = 20
URL = re.compile(r"^https?://\S+$")
EventKey = tuple  # (action type, agent IRI or None, negated, sorted target IRIs, date or None): one event


def date_literal(value: str) -> Literal | None:
    """An ISO date, year-month or year as the matching XSD literal."""
    dtype = DATE_TYPES.get(len(value))
    return Literal(value, datatype=dtype) if dtype else None


def extractor_iri(name: str) -> URIRef:
    return AIPR[f"extractor/{name}"]


class GraphBuilder:
    """Accumulates extractions; `graph()` returns the whole contract graph."""

    def __init__(self, curation: Curation | None = None, min_confidence: float = 0.0) -> None:
        self.g = new_graph()
        self.min_confidence = min_confidence  # actions below it are left out (`kg build --min-confidence`)
        self.identity = Identity(curation)
        self.extractors: set[str] = set()
        self.events: dict[EventKey, list[tuple[URIRef, URIRef]]] = defaultdict(list)  # key -> (action, document)
        self.stats: Counter = Counter()

    def add(self, ex: Extraction) -> None:
        g, d = self.g, ex.document
        doc = document_iri(d.sha256)
        g.add((doc, RDF.type, AIP.Document))
        g.add((doc, AIP.sha256, Literal(d.sha256)))
        g.add((doc, DCTERMS.title, Literal(d.title or d.origin)))
        g.add((doc, DCTERMS.source, Literal(d.origin)))
        if d.published:
            g.add((doc, DCTERMS.date, Literal(d.published.isoformat(), datatype=XSD.date)))
        if d.url and URL.match(d.url):
            g.add((doc, SCHEMA.url, URIRef(d.url)))
        if d.source:
            g.add((doc, DCTERMS.publisher, Literal(d.source)))
        iris = {key: self.identity.resolve(local, d.sha256) for key, local in ex.entities.items()}
        for iri in set(iris.values()):
            g.add((doc, AIP.mentions, iri))
        types = {key: ex.entities[key].type for key in iris}
        for rel in ex.relations:
            if rel.subject in iris and rel.object in iris and iris[rel.subject] != iris[rel.object]:
                self._relation(doc, d.sha256, iris[rel.subject], rel.predicate, iris[rel.object], rel)
        for n, act in enumerate(ex.actions):
            if act.confidence >= self.min_confidence:
                self._action(doc, d.sha256, n, act, iris, types)
        self.stats["documents"] += 1

    def _relation(self, doc: URIRef, sha: str, s: URIRef, p: str, o: URIRef, rel) -> None:
        g = self.g
        g.add((s, AIP[p], o))
        st = statement_iri(sha, str(s), p, str(o))
        if (st, RDF.type, RDF.Statement) in g:
            return
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, AIP[p]))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, doc))
        g.add((st, AIP.evidence, Literal(rel.evidence)))
        g.add((st, AIP.confidence, Literal(Decimal(str(round(rel.confidence, 2))))))
        g.add((st, PROV.wasGeneratedBy, extractor_iri(rel.extractor)))
        self.extractors.add(rel.extractor)
        if rel.role:
            g.add((st, AIP.role, Literal(rel.role)))

    def _action(self, doc: URIRef, sha: str, n: int, act: ActionRecord, iris: dict, types: dict) -> None:
        g = self.g
        a = action_iri(sha, n, act.trigger)
        g.add((a, RDF.type, AIP.Action))
        g.add((a, AIP.actionType, AIP[act.type]))
        g.add((a, AIP.evidence, Literal(act.evidence)))
        g.add((a, PROV.wasDerivedFrom, doc))
        g.add((a, AIP.confidence, Literal(Decimal(str(round(act.confidence, 2))))))
        g.add((a, PROV.wasGeneratedBy, extractor_iri(act.extractor)))
        self.extractors.add(act.extractor)
        if act.agent in iris:
            g.add((a, AIP.agent, iris[act.agent]))
        targets = sorted({iris[t] for t in act.targets if t in iris})
        for t in targets:
            g.add((a, AIP.target, t))
        for i in act.instruments:
            if i in iris and types.get(i) == "PolicyInstrument":
                g.add((a, AIP.instrument, iris[i]))
        if act.negated:
            g.add((a, AIP.negated, Literal(True)))
        lit = date_literal(act.date) if act.date else None
        if lit is not None:
            g.add((a, AIP.date, lit))
        self.stats[f"action:{act.type}"] += 1
        agent = iris.get(act.agent) if act.agent else None
        self.events[(act.type, agent, act.negated, tuple(targets), act.date)].append((a, doc))

    def event_keys(self) -> list[EventKey]:
        """The events this builder's actions report that can be linked (they name an agent or a target)."""
        return [key for key in self.events if key[1] is not None or key[3]]

    def link_earlier(self, earlier: dict[EventKey, list[tuple[URIRef, URIRef]]]) -> None:
        """Link this builder's reports to reports of the same events stored before (a build in batches): each
        new report with each of the earlier ones given, at most SAME_EVENT_HUBS of them per event."""
        for key, before in earlier.items():
            for a, doc_a in self.events.get(key, ()):
                for b, doc_b in before[:SAME_EVENT_HUBS]:
                    if doc_a != doc_b:
                        self.g.add((a, AIP.sameEventAs, b))
                        self.g.add((b, AIP.sameEventAs, a))

    def graph(self) -> Graph:
        """The whole graph: entity descriptions, extractors and cross-document event links added."""
        g = self.g
        for ent in self.identity.entities.values():
            g.set((ent.iri, RDF.type, AIP[ent.type]))
            g.set((ent.iri, RDFS.label, Literal(ent.label)))
            for alt in ent.alt_labels:
                g.add((ent.iri, SKOS.altLabel, Literal(alt)))
            if ent.wikidata:
                g.add((ent.iri, OWL.sameAs, WD[ent.wikidata]))
            for other in sorted(ent.same_as):
                g.add((ent.iri, OWL.sameAs, other))
        for name in self.extractors:
            g.set((extractor_iri(name), RDF.type, AIP.Extractor))
            g.set((extractor_iri(name), RDFS.label, Literal(name)))
        for (_type, agent, _neg, targets, _date), acts in self.events.items():
            if agent is not None or targets:
                link_same_event(g, acts)
        return g


def link_same_event(g: Graph, acts: list[tuple[URIRef, URIRef]]) -> None:
    """`aip:sameEventAs` (both ways) between reports of one event in different documents: every pair when
    there are at most `SAME_EVENT_HUBS` + 1 of them, else every report with each of the first
    `SAME_EVENT_HUBS` (linear in the number of reports)."""
    if len({doc for _, doc in acts}) < 2:
        return
    hubs = acts[:SAME_EVENT_HUBS]
    for a, doc_a in acts:
        for b, doc_b in hubs:
            if doc_a != doc_b:
                g.add((a, AIP.sameEventAs, b))
                g.add((b, AIP.sameEventAs, a))


def summarise(g: Graph) -> tuple[Counter, Counter]:
    """(entities by class, actions by type) of a graph."""
    entities = Counter({c: sum(1 for _ in g.subjects(RDF.type, AIP[c])) for c in ENTITY_CLASSES})
    actions = Counter()
    for t in ACTION_TYPES:
        n = sum(1 for _ in g.subjects(AIP.actionType, AIP[t]))
        if n:
            actions[t] = n
    return entities, actions
