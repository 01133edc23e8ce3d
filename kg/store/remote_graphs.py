"""Reading a remote store's own graphs, whole, past the endpoint's row cap.

Every read here is scoped to the project's graphs (the document graphs and the entities graph, all named
under https://w3id.org/aipolicy-kg/resource/), so an endpoint's system graphs (Virtuoso has several) are
never counted or exported. Long results are read in pages: the rows are counted first, then fetched with
OFFSET/LIMIT over an ordered subquery (the form Virtuoso can sort past its 10,000-row cap); a page shorter
than asked for before the count is reached reveals the endpoint's cap, and later pages ask for that much."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.errors import Errors, KGError
from kg.graph.namespaces import AIPR

OWN = str(AIPR)
DOCS = OWN + "doc/"
PAGE_ROWS = 50_000  # asked for per page; an endpoint that caps lower is paged at its cap

PROLOGUE = """PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""
# (a SELECT, the variables it gives in order, the variables to order its pages by)
TRIPLES = (f'SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{OWN}")) }}',
           "?s ?p ?o", "?s ?p ?o")
DOCUMENTS = ("""SELECT ?doc ?sha ?source ?url WHERE { GRAPH ?g {
  ?doc a aip:Document ; aip:sha256 ?sha .
  OPTIONAL { ?doc dcterms:source ?source }
  OPTIONAL { ?doc schema:url ?url } }
  FILTER(STRSTARTS(STR(?g), "%s")) }""" % DOCS, "?doc ?sha ?source ?url", "?doc")
HAS_DOCUMENTS = f'ASK {{ GRAPH ?g {{ ?d a aip:Document }} FILTER(STRSTARTS(STR(?g), "{DOCS}")) }}'
SEES_DOCUMENTS = "ASK { ?d a aip:Document }"

Select = Callable[[str], list]  # query text -> rows


def count_text(select: str) -> str:
    return f"{PROLOGUE}SELECT (COUNT(*) AS ?n) WHERE {{ {select} }}"


def page_text(select: str, variables: str, order: str, offset: int, limit: int) -> str:
    return f"{PROLOGUE}SELECT {variables} WHERE {{ {{ {select} ORDER BY {order} }} }} OFFSET {offset} LIMIT {limit}"


def read_all(select_rows: Select, label: str, query: tuple[str, str, str], what: str, page: int = PAGE_ROWS) -> list:
    """Every row of `query` (a SELECT, its variables, the variables to order it by), page by page."""
    select, variables, order = query
    counted = select_rows(count_text(select))
    expected = int(counted[0][0]) if counted and counted[0][0] is not None else 0
    rows: list = []
    while len(rows) < expected:
        got = select_rows(page_text(select, variables, order, len(rows), page))
        if not got:
            raise KGError(Errors.E626, label=label, what=what, got=len(rows), expected=expected)
        if len(got) < page and len(rows) + len(got) < expected:
            page = len(got)  # the endpoint's row cap
        rows.extend(got)
    return rows[:expected]


def read_triples(select_rows: Select, label: str) -> list:
    """Every distinct triple of the project's graphs."""
    return read_all(select_rows, label, TRIPLES, "export")


def read_documents(select_rows: Select, label: str) -> list:
    """(doc, sha256, source, url) of every stored document."""
    return read_all(select_rows, label, DOCUMENTS, "documents")


def count_triples(select_rows: Select) -> int:
    rows = select_rows(count_text(TRIPLES[0]))
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


PREFIXES_AT_START = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[A-Za-z0-9_.\-]*:\s*<[^<>\s]*>|BASE\s*<[^<>\s]*>)*",
                               re.IGNORECASE)


def page_query(select_rows: Select, text: str, columns: list[str], page: int, wanted: int) -> tuple[list, bool] | None:
    """The rows of a SELECT whose answer the endpoint cut at `page` rows, read page by page up to `wanted`
    rows, and whether more were left; None when the query cannot be paged (no SELECT after its prologue)."""
    start = PREFIXES_AT_START.match(text).end()
    prologue, body = text[:start], text[start:]
    if not re.match(r"SELECT\b", body, re.IGNORECASE) or not columns:
        return None
    variables = " ".join(f"?{c}" for c in columns)
    if not re.search(r"ORDER\s+BY", body[body.rfind("}"):], re.IGNORECASE):  # pages need one order
        body = f"SELECT {variables} WHERE {{ {{ {body} }} }} ORDER BY {variables}"
    rows: list = []
    while len(rows) <= wanted:
        got = select_rows(f"{prologue}SELECT {variables} WHERE {{ {{ {body} }} }} OFFSET {len(rows)} LIMIT {page}")
        rows.extend(got)
        if len(got) < page:
            return rows[:wanted], len(rows) > wanted
    return rows[:wanted], True
