"""Contract-shaped graphs made directly (no NLP), for UI tests that need size or hostile labels."""
from __future__ import annotations

import random

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.graph.namespaces import AIP, AIPR, ENTITY_CLASSES, new_graph

HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "[click](javascript:alert(3))"]


def synthetic_graph(entities: int = 600, actions: int = 1500, seed: int = 7, hostile: bool = True):
    """`entities` entities over the eight classes and `actions` actions between them, deterministic.
    With `hostile`, the first entities are named with HTML/script/Markdown and an evidence sentence
    carries `</script>`."""
    rnd = random.Random(seed)
    g = new_graph()
    docs = []
    for d in range(20):
        doc = AIPR[f"doc/{d:020d}"]
        docs.append(doc)
        g.add((doc, RDF.type, AIP.Document))
        g.add((doc, DCTERMS.title, Literal(f"Synthetic article {d}")))
        g.add((doc, AIP.sha256, Literal(f"{d:064x}")))
    iris = []
    for i in range(entities):
        iri = AIPR[f"entity/synthetic-{i}"]
        iris.append(iri)
        name = HOSTILE[i] if hostile and i < len(HOSTILE) else f"Entity {i}"
        g.add((iri, RDF.type, AIP[ENTITY_CLASSES[i % len(ENTITY_CLASSES)]]))
        g.add((iri, RDFS.label, Literal(name)))
        g.add((iri, SKOS.altLabel, Literal(f"E{i}")))
        g.add((rnd.choice(docs), AIP.mentions, iri))
    types = ["Ban", "Restrict", "Sue", "Partner", "Investigate", "Release"]
    for a in range(actions):
        act = AIPR[f"action/synthetic-{a}"]
        agent, target = rnd.choice(iris[: entities // 3] or iris), rnd.choice(iris)
        evidence = f"Entity {a} acted.</script><b>bold</b>" if hostile and a == 0 else f"Sentence number {a}."
        g.add((act, RDF.type, AIP.Action))
        g.add((act, AIP.actionType, AIP[rnd.choice(types)]))
        g.add((act, AIP.agent, agent))
        g.add((act, AIP.target, target))
        g.add((act, AIP.evidence, Literal(evidence)))
        g.add((act, AIP.date, Literal(f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}", datatype=XSD.date)))
        g.add((act, PROV.wasDerivedFrom, rnd.choice(docs)))
    if hostile:  # the hostile entities take part in actions, so they are drawn in the network
        for i in range(len(HOSTILE)):
            act = AIPR[f"action/hostile-{i}"]
            g.add((act, RDF.type, AIP.Action))
            g.add((act, AIP.actionType, AIP.Ban))
            g.add((act, AIP.agent, iris[i]))
            g.add((act, AIP.target, iris[-1 - i]))
            g.add((act, AIP.evidence, Literal(f"{HOSTILE[i]} banned it.")))
            g.add((act, PROV.wasDerivedFrom, docs[0]))
    return g


