"""`kg export`, `kg remove`, `kg serve`: working with a store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import AllowServiceOption, StoreOption, app, fail, open_spec, opened, out, say
from kg.errors import Errors, KGError
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT



@app.command()
def export(
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write: .ttl, .nt, .jsonld, .rdf (the "
                                         "contract's graph) or .nq, .trig (with one named graph per document).")] = Path("graph.ttl"),
    fmt_name: Annotated[Optional[str], typer.Option("--format", "-f", help="turtle, nt, jsonld, rdfxml, nquads or trig; "
                                                    "default: the one OUT's suffix names.")] = None,
) -> None:
    """Write the whole graph of a store to a file (atomically).

    Example:  kg export --store oxigraph:kgdb -o kg.ttl
    """
    from kg.graph.export import for_output, write_bytes

    try:
        fmt = for_output(output, fmt_name)
        with opened(store, Errors.E613) as target:
            size = write_bytes(target.dump(fmt.name), output)
    except KGError as exc:
        fail(exc)
        return
    say(f"wrote {output} ({size:,} bytes) from {target.label}", out)


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="Documents to delete: their IRI, sha256 (or a prefix "
                                                   "of 12+ characters), url or source path.", show_default=False)],
    store: StoreOption = None,
) -> None:
    """Delete documents from a store, with whatever only they supported.

    Example:  kg remove seeds/old-article.txt --store oxigraph:kgdb
    """
    from rdflib import URIRef

    try:
        with opened(store, Errors.E613) as target:
            stored = target.documents()
            missing = []
            for name in documents:
                hits = [d for d in stored if name in (d.iri, d.source, d.url)
                        or (len(name) >= 12 and d.sha256.startswith(name))]
                if not hits:
                    missing.append(name)
                for d in hits:
                    target.remove_document(URIRef(d.iri))
                    say(f"removed {d.source or d.url or d.iri}", out)
            target.save()
        if missing:
            raise KGError(Errors.E610, label=target.label, missing=", ".join(missing))
    except KGError as exc:
        fail(exc)


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Stop each query after this many seconds.")] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option(help="Return at most this many rows or triples per query (0: no cap).")] = DEFAULT_LIMIT,
    allow_updates: Annotated[bool, typer.Option("--allow-updates", help="Accept SPARQL updates (read-only without it).")] = False,
    allow_service: AllowServiceOption = None,
    cors: Annotated[Optional[list[str]], typer.Option("--cors", metavar="ORIGIN", help="Let web pages from this "
                    "origin (e.g. https://example.org; * for any) read the answers (repeatable; off without it).")] = None,
    base: Annotated[str, typer.Option(help="The IRI prefix of the graph's own resources, served as linked data "
                                           "under /resource/.")] = "https://w3id.org/aipolicy-kg/resource/",
    license_iri: Annotated[Optional[str], typer.Option("--license", metavar="IRI", help="The licence the VoID "
                           "description states for the data (default: the ontology's).")] = None,
) -> None:
    """Serve a store as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql, with the Graph Store
    Protocol (read) at /store, VoID at /void and the graph's own IRIs as linked data under /resource/.

    Example:  kg serve --store oxigraph:kgdb --port 7878
    """
    from kg.store.endpoint import make_server

    from kg.store.protocol import Settings, checked

    target = None
    try:
        checked(Settings(cors=tuple(cors or ()), base=base, license=license_iri))  # before a store is opened
        target = open_spec(store, Errors.E613)
        server = make_server(target, host, port, timeout, limit or None, allow_updates, allow_service or (),
                             cors or (), base, license_iri)
    except KGError as exc:
        if target is not None:
            target.close()
        fail(exc)
        return
    mode = "read-write" if allow_updates else "read-only"
    root = f"http://{host}:{server.server_address[1]}"
    say(f"kg: serving {target.label} ({mode}) at {root}/sparql (graphs at {root}/store, VoID at {root}/void, "
        f"resources under {root}/resource/); Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        target.close()


