"""The SPARQL text that selects the actions a `Filters` passes, for the app's aggregate path (`kg.ui.storemodel`).

Every value the user chose (an action type, a document, a date, an entity, the confidence) is written by the
project's escaping serializer (`kg.graph.bind.term_text`) into a `VALUES` block or a `FILTER`, never pasted.
Each pattern over all actions is a subquery of its own: Oxigraph joins subqueries by hashing, which is many
times faster on a large store than the index lookup it does for each row of a plain group (0.6 s instead of
8.8 s for the agent-target pairs of 120,000 actions)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.bind import term_text
from kg.ui.filters import Filters, _in_dates
from kg.ui.model import AIP, parse_when

PREFIXES = """PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""
DOCUMENT_COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a aip:Document }"
PAIRS_AS_VALUES = 20  # more pairs than this are asked as agents times targets (`between_query`)
TYPES = PREFIXES + "SELECT ?type (COUNT(*) AS ?n) WHERE { ?a aip:actionType ?type } GROUP BY ?type"


def values(var: str, terms: Iterable) -> str:
    """`VALUES ?var { ... }`, each term written by the escaping serializer."""
    return f"VALUES ?{var} {{ {' '.join(term_text(t) for t in terms)} }}"


def pair_values(left: str, right: str, pairs: Iterable[tuple[str, str]]) -> str:
    rows = " ".join(f"({term_text(URIRef(a))} {term_text(URIRef(b))})" for a, b in pairs)
    return f"VALUES (?{left} ?{right}) {{ {rows} }}"


def iris(texts: Iterable[str]) -> list[URIRef]:
    return [URIRef(t) for t in sorted(texts)]


def excluded_dates(f: Filters, dates: Iterable) -> list:
    """The date terms (as the store holds them) of actions the date filters leave out: parsed and outside the
    range, or not a date at all when undated actions are left out (as `kg.ui.filters._in_dates` decides)."""
    if not (f.date_from or f.date_to or not f.include_undated):
        return []
    return [d for d in dates if not _in_dates(parse_when(str(d)), f)]


def typed(f: Filters) -> str:
    """The subquery of actions and their types (only the chosen types)."""
    chosen = values("type", iris(AIP + t for t in f.action_types)) + " " if f.action_types is not None else ""
    return f"{{ SELECT ?a ?type WHERE {{ {chosen}?a aip:actionType ?type }} }}"


def kept(f: Filters, dates: Iterable, involved: set[str] | None = None) -> str:
    """Patterns (to join with `typed`) that keep the actions passing the document, confidence and date
    filters, and, when `involved` is given, only those whose agent or a target is one of those entities."""
    out = []
    if f.documents is not None:
        out.append(f"{{ SELECT DISTINCT ?a WHERE {{ {values('fdoc', iris(f.documents))} ?a prov:wasDerivedFrom ?fdoc }} }}")
    if f.min_confidence > 0:
        bound = term_text(Literal(float(f.min_confidence), datatype=XSD.double))
        out.append(f"{{ SELECT DISTINCT ?a WHERE {{ ?a aip:confidence ?fconf FILTER(?fconf >= {bound}) }} }}")
    if not f.include_undated:
        out.append("{ SELECT DISTINCT ?a WHERE { ?a aip:date ?fdate } }")
    gone = excluded_dates(f, dates)
    if gone:
        out.append(f"MINUS {{ {values('fout', gone)} ?a aip:date ?fout }}")
    if involved is not None:
        ends = values("fe", iris(involved))
        out.append(f"{{ SELECT DISTINCT ?a WHERE {{ {ends} {{ ?a aip:agent ?fe }} UNION {{ ?a aip:target ?fe }} }} }}")
    return "\n".join(out)


def pairs_query(f: Filters, dates: Iterable) -> str:
    """Filtered actions counted by agent, target and type (a missing agent or target is unbound)."""
    return PREFIXES + f"""SELECT ?agent ?t ?type (COUNT(*) AS ?n) WHERE {{
  {typed(f)}
  {kept(f, dates)}
  OPTIONAL {{ SELECT ?a ?agent WHERE {{ ?a aip:agent ?agent }} }}
  OPTIONAL {{ SELECT ?a ?t WHERE {{ ?a aip:target ?t }} }}
}} GROUP BY ?agent ?t ?type"""


def dated_query(f: Filters, dates: Iterable, involved: set[str] | None = None) -> str:
    """Filtered actions counted by date (as the store holds it) and type; undated ones under no date."""
    return PREFIXES + f"""SELECT ?date ?type (COUNT(*) AS ?n) WHERE {{
  {typed(f)}
  {kept(f, dates, involved)}
  OPTIONAL {{ SELECT ?a ?date WHERE {{ ?a aip:date ?date }} }}
}} GROUP BY ?date ?type"""


def page_query(f: Filters, dates: Iterable, involved: set[str] | None, limit: int, offset: int) -> str:
    """One page of the filtered actions' IRIs (in the store's order)."""
    return PREFIXES + f"""SELECT ?a WHERE {{
  {typed(f)}
  {kept(f, dates, involved)}
}} LIMIT {int(limit)} OFFSET {int(offset)}"""


def docs_query(f: Filters, dates: Iterable, involved: set[str] | None) -> str:
    """(?a ?doc) of every action the filters pass, for the filtered view's RDF download."""
    return PREFIXES + f"""SELECT ?a ?doc WHERE {{
  {typed(f)}
  {kept(f, dates, involved)}
  OPTIONAL {{ SELECT ?a ?doc WHERE {{ ?a prov:wasDerivedFrom ?doc }} }}
}}"""


def count_query(f: Filters, dates: Iterable, involved: set[str] | None) -> str:
    return PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {typed(f)} {kept(f, dates, involved)} }}"


def between_query(f: Filters, dates: Iterable, pairs: list[tuple[str, str]], unknown: str, limit: int) -> str:
    """(?a ?agent ?t) of the filtered actions from agent to target of the pairs, or a superset of them to
    be narrowed by the caller (many pairs, as a group's edge has, are asked as agents times targets: one
    hashed join, where a `VALUES` of 3,000 pairs took 10 s); `unknown` stands for a missing end."""
    ways = _ways([(a, t) for a, t in pairs if unknown not in (a, t)],
                 sorted({t for a, t in pairs if a == unknown and t != unknown}),
                 sorted({a for a, t in pairs if t == unknown and a != unknown}))
    if not ways:
        return ""
    return PREFIXES + f"""SELECT DISTINCT ?a ?agent ?t WHERE {{
  {{ SELECT DISTINCT ?a ?agent ?t WHERE {{ {' UNION '.join(ways)} }} }}
  {typed(f)}
  {kept(f, dates)}
}} LIMIT {int(limit)}"""


def _ways(known: list[tuple[str, str]], no_agent: list[str], no_target: list[str]) -> list[str]:
    """The patterns of `between_query`: actions between known ends, without an agent, without a target."""
    ways = []
    if len(known) > PAIRS_AS_VALUES:
        ways.append(f"{{ {{ SELECT ?a ?agent WHERE {{ {values('agent', iris({a for a, _ in known}))} ?a aip:agent ?agent }} }}"
                    f" {{ SELECT ?a ?t WHERE {{ {values('t', iris({t for _, t in known}))} ?a aip:target ?t }} }} }}")
    elif known:
        ways.append(f"{{ {pair_values('agent', 't', known)} ?a aip:agent ?agent ; aip:target ?t }}")
    if no_agent:
        ways.append(f"{{ {values('t', iris(no_agent))} ?a aip:target ?t MINUS {{ ?a aip:agent ?x }} }}")
    if no_target:
        ways.append(f"{{ {values('agent', iris(no_target))} ?a aip:agent ?agent MINUS {{ ?a aip:target ?x }} }}")
    return ways


def records_query(actions: list[str]) -> str:
    """Every field of the given actions (one row per action, more when a field has several values)."""
    return PREFIXES + f"""SELECT ?a ?type ?agent ?date ?evidence ?doc ?confidence ?negated WHERE {{
  {values('a', iris(actions))}
  ?a aip:actionType ?type .
  OPTIONAL {{ ?a aip:agent ?agent }} OPTIONAL {{ ?a aip:date ?date }} OPTIONAL {{ ?a aip:evidence ?evidence }}
  OPTIONAL {{ ?a prov:wasDerivedFrom ?doc }} OPTIONAL {{ ?a aip:confidence ?confidence }}
  OPTIONAL {{ ?a aip:negated ?negated }}
}}"""


def linked_query(actions: list[str], predicate: str) -> str:
    """(?a ?t) for the given actions and one predicate (aip:target, aip:instrument, aip:sameEventAs)."""
    return PREFIXES + f"SELECT ?a ?t WHERE {{ {values('a', iris(actions))} ?a {predicate} ?t }}"


def of_entity_query(entity: str, limit: int) -> str:
    """IRIs of the actions an entity is the agent or a target of."""
    return PREFIXES + f"""SELECT DISTINCT ?a WHERE {{ {values('e', [URIRef(entity)])}
  {{ ?a aip:agent ?e }} UNION {{ ?a aip:target ?e }} }} LIMIT {int(limit)}"""


def statements_query(pairs: list[tuple[str, str]]) -> str:
    """The sentence and document of each statement of a direct relation between the given pairs."""
    return PREFIXES + f"""SELECT ?s ?p ?o ?evidence ?doc WHERE {{
  {pair_values('s', 'o', pairs)}
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aip:evidence ?evidence .
  OPTIONAL {{ ?st prov:wasDerivedFrom ?doc }}
}}"""


def related_in_query(docs: set[str]) -> str:
    """The direct relations stated in the given documents."""
    return PREFIXES + f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  {values('d', iris(docs))}
  ?st prov:wasDerivedFrom ?d ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
}}"""


def documents_query(docs: list[str] | None) -> str:
    """The given documents (all when None) with their title, date, source, address and SHA-256."""
    chosen = values("doc", iris(docs)) if docs is not None else ""
    return PREFIXES + f"""SELECT ?doc ?title ?date ?source ?url ?sha WHERE {{ {chosen}
  ?doc a aip:Document .
  OPTIONAL {{ ?doc dcterms:title ?title }} OPTIONAL {{ ?doc dcterms:date ?date }}
  OPTIONAL {{ ?doc dcterms:source ?source }} OPTIONAL {{ ?doc schema:url ?url }}
  OPTIONAL {{ ?doc aip:sha256 ?sha }}
}}"""


def mentioned_query(docs: set[str] | None = None, entity: str | None = None) -> str:
    """(?doc ?e) mentions, of the given documents or of one entity."""
    chosen = values("doc", iris(docs)) if docs is not None else values("e", [URIRef(entity)])
    return PREFIXES + f"SELECT DISTINCT ?doc ?e WHERE {{ {chosen} ?doc aip:mentions ?e }}"


def date_range(dates: Iterable) -> list[dt.date]:
    return [d for d in (parse_when(str(x)) for x in dates) if d is not None]
