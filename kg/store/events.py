"""Reports of one event already in a store, so that a build in batches (a daily feed into an Oxigraph store,
a remote store) links a new report to earlier ones with `aip:sameEventAs`, as one build of everything
would. An event is the key `kg.graph.build.GraphBuilder` files actions under: (type, agent, negated,
targets, date); at most SAME_EVENT_HUBS earlier reports are fetched per event (the first by IRI), so the
links a new report gets stay bounded however often the story was told before."""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg.graph.bind import term_text
from kg.graph.build import SAME_EVENT_HUBS, EventKey, date_literal
from kg.graph.namespaces import AIP
from kg.store.base import Store
from kg.store.memory import MemoryStore

Reports = dict  # EventKey -> [(action IRI, document IRI)], at most SAME_EVENT_HUBS each


def _pattern(key: EventKey) -> str:
    """The graph pattern of an earlier action ?a of the event `key` (every part as the key says, or absent).
    The key's terms are written by the project's escaping serializer (kg.graph.bind), as bound values are."""
    kind, agent, negated, targets, date = key
    t = term_text
    parts = [f"?a {t(AIP.actionType)} {t(AIP[kind])} ; {t(PROV.wasDerivedFrom)} ?doc ."]
    absent = lambda p: f"FILTER NOT EXISTS {{ ?a {t(p)} ?any }}"  # noqa: E731
    parts.append(f"?a {t(AIP.agent)} {t(agent)} ." if agent is not None else absent(AIP.agent))
    if targets:
        listed = ", ".join(t(x) for x in targets)
        parts.append(f"?a {t(AIP.target)} {listed} .")
        parts.append(f"FILTER NOT EXISTS {{ ?a {t(AIP.target)} ?other FILTER(?other NOT IN ({listed})) }}")
    else:
        parts.append(absent(AIP.target))
    lit = date_literal(date) if date else None
    parts.append(f"?a {t(AIP.date)} {t(lit)} ." if lit is not None else absent(AIP.date))
    negation = f"?a {t(AIP.negated)} true"
    parts.append(f"{negation} ." if negated else f"FILTER NOT EXISTS {{ {negation} }}")
    return "\n  ".join(parts)


def _from_sparql(store: Store, keys: list[EventKey]) -> Reports:
    found: Reports = {}
    for key in keys:
        text = f"SELECT DISTINCT ?a ?doc WHERE {{\n  {_pattern(key)}\n}} ORDER BY ?a LIMIT {SAME_EVENT_HUBS}"
        rows = store.query(text, timeout=None, limit=None).rows
        if rows:
            found[key] = [(a, doc) for a, doc in rows]
    return found


def action_key(g: Graph, a: URIRef) -> EventKey:
    """The event key of a stored action, as GraphBuilder makes it."""
    kind = g.value(a, AIP.actionType)
    date = g.value(a, AIP.date)
    negated = g.value(a, AIP.negated)
    return (str(kind).rsplit("#", 1)[-1], g.value(a, AIP.agent), bool(negated and negated.toPython()),
            tuple(sorted(g.objects(a, AIP.target))), str(date) if date is not None else None)


def _from_graph(g: Graph, keys: list[EventKey]) -> Reports:
    """The same for a graph in memory: one pass over its actions."""
    wanted, found = set(keys), defaultdict(list)
    for a in g.subjects(RDF.type, AIP.Action):
        key = action_key(g, a)
        doc = g.value(a, PROV.wasDerivedFrom)
        if key in wanted and doc is not None:
            found[key].append((a, doc))
    return {k: sorted(v)[:SAME_EVENT_HUBS] for k, v in found.items()}


def earlier_reports(store: Store, keys: list[EventKey]) -> Reports:
    """Up to SAME_EVENT_HUBS stored reports of each event in `keys`."""
    if not keys:
        return {}
    if isinstance(store, MemoryStore):
        return _from_graph(store.graph(), keys)
    return _from_sparql(store, keys)
