"""aipolicy-kg explorer: `streamlit run app.py`. Page layout only; the logic lives in `kg/ui/`.

Settings (environment): KG_STORE (graph file or store; default seeds.ttl, built from KG_SEEDS on
first start), KG_SEEDS (default: the seeds/ folder beside this file), KG_NODE_CAP (default 300),
KG_DATA_DIRS (folders whose graph files and stores the sidebar box may open, and whose articles the
evidence panel may read again; default the working directory), KG_SPARQL_ALLOW (sparql: endpoint URLs
the box may use, space-separated; default none), KG_AGGREGATE (auto, on or off: read the actions by SPARQL
aggregates and pages instead of as one table; auto: for Oxigraph stores on disk and graphs of at least
KG_LARGE_AT triples, default 100,000).
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import streamlit as st

from kg.errors import KGError
from kg.ingest import READERS
from kg.store import Store, open_store, parse_store_spec
from kg.store.oxigraph import OxigraphStore
from kg.ui.aggview import apply_store_filters
from kg.ui.filestore import open_for_app
from kg.ui.filters import DEFAULT_CAP, apply_filters
from kg.ui.model import GraphModel, load_model
from kg.ui.storemodel import aggregate_mode, load_store_model
from kg.ui.offline import no_calls_home
from kg.ui.panes import actions, connections, entity, exports, home, network, sidebar, sparql, state
from kg.ui.roots import Access, check_store
from kg.ui.search import NameIndex

ROOT = Path(__file__).resolve().parent
STORE = os.environ.get("KG_STORE", "seeds.ttl")
SEEDS = Path(os.environ.get("KG_SEEDS", ROOT / "seeds"))
NODE_CAP = int(os.environ.get("KG_NODE_CAP", DEFAULT_CAP))
_BUILD_LOCK = threading.Lock()

@st.cache_resource(show_spinner="Loading the language pipeline...")
def pipeline():
    from kg.nlp.pipeline import load_pipeline  # spaCy loads only when a build or an upload needs it

    return load_pipeline()


@st.cache_resource(show_spinner="Opening the graph...")
def get_store(spec: str) -> Store:
    return open_for_app(spec)


@st.cache_resource(show_spinner="Reading the graph...", max_entries=4)
def get_model(spec: str, version: int) -> GraphModel:  # `version` keys the cache: it changes with the store
    store = get_store(spec)
    return load_store_model(store) if aggregate_mode(store) else load_model(store)


@st.cache_resource(max_entries=4)
def get_index(spec: str, version: int) -> NameIndex:
    return NameIndex(get_model(spec, version))


@st.cache_resource
def _uploads() -> dict[str, int]:
    return {}


def version(spec: str) -> int:
    """Changes when the store changes: documents added here, or (but for an Oxigraph store on disk, whose
    triples take a while to count) another number of triples."""
    store = get_store(spec)
    return _uploads().get(spec, 0) * 10**12 + (0 if isinstance(store, OxigraphStore) else len(store))


def first_build(spec: str) -> None:
    """Build the configured graph from the seeds folder, with progress, when it does not exist yet; the same
    build as `kg build` (kg.store.build), so ./curation.jsonl applies here too."""
    with _BUILD_LOCK:
        if parse_store_spec(spec).exists():
            return
        files = sorted(p for p in SEEDS.rglob("*") if p.suffix.lower() in READERS)
        bar = st.progress(0.0, text=f"First start: building {spec} from {SEEDS} ({len(files)} files)...")
        pipeline()
        done = []

        def step(origin: str) -> None:
            done.append(origin)
            bar.progress(min(1.0, len(done) / max(1, len(files))), text=f"Built {len(done)} of {len(files)}: {Path(origin).name}")

        from kg.store.build import BuildOptions, build  # spaCy and the pipeline: only for a first build

        target = open_store(spec, create=True)
        try:
            build([SEEDS], target, BuildOptions(), progress=step)
        finally:
            target.close()
        bar.empty()


def main() -> None:
    st.set_page_config(page_title="aipolicy-kg explorer", layout="wide")
    no_calls_home()
    page()


def page() -> None:
    # ---------------------------------------------------------------- sidebar: source, upload, filters
    st.sidebar.title("aipolicy-kg")
    spec = st.sidebar.text_input("Graph file or store", STORE, help="A graph file (.ttl, .nt, .jsonld, .rdf, .nq, .trig) or an "
                                 "oxigraph:FOLDER in the app's data folders, an allowed sparql: endpoint, or 'memory'.")
    try:
        spec = check_store(spec, Access.from_env())
        if spec == STORE and parse_store_spec(spec).kind in ("file", "oxigraph") and not parse_store_spec(spec).exists() \
                and SEEDS.is_dir():
            first_build(spec)
        store = get_store(spec)
        key = version(spec)
        model = get_model(spec, key)
    except KGError as exc:
        st.error(exc.message)
        st.stop()
    except Exception as exc:  # a bad reply or file: one line in the browser, the traceback only in the server log
        logging.getLogger("kg.app").exception("opening %r failed", spec)
        st.error(f"{spec}: could not be opened ({type(exc).__name__}); see the server log.")
        st.stop()

    if sidebar.uploads(store, pipeline):
        _uploads()[spec] = _uploads().get(spec, 0) + 1
        key = version(spec)
        model = get_model(spec, key)
    index = get_index(spec, key)
    st.sidebar.caption(f"{model.triples_text()}, {len(model.entities):,} entities, "
                       f"{model.action_total():,} actions, {model.document_total():,} documents")
    filters = sidebar.filters(model, NODE_CAP)
    labels = dict(zip(model.entities["iri"], model.entities["label"], strict=True))
    filters.focus, filters.depth = state.centred(), int(st.session_state.get("depth", 1))

    # ---------------------------------------------------------------- the page: search, questions, tabs
    home.header(model, index)
    state.apply()
    tabs = dict(zip(state.TABS, st.tabs(state.TABS, key=state.TAB, on_change="rerun"), strict=True))
    views: list = []  # the filtered view, computed once and only for the tabs that show it


    def view():
        if not views:
            views.append(apply_store_filters(model, filters) if model.large else apply_filters(model, filters))
        return views[0]


    with tabs["Network"]:  # heavy: drawn only when open
        if tabs["Network"].open is not False:
            network.pane(model, view(), labels)
    with tabs["Entity"]:  # light: drawn even when closed, so its inputs keep their values
        entity.pane(model, labels)
    with tabs["Actions"]:
        if tabs["Actions"].open is not False:
            actions.pane(model, view())
    with tabs["Connections"]:  # light: drawn even when closed, so its inputs keep their values
        connections.pane(model, labels)
    with tabs["SPARQL"]:  # light: drawn even when closed, so its inputs keep their values (the editor only when open)
        sparql.pane(store, model, shown=tabs["SPARQL"].open is not False)
    with tabs["Export"]:
        if tabs["Export"].open is not False:
            exports.pane(store, model, view())
    model.after_page()


if __name__ == "__main__":  # Streamlit runs the script as __main__; a spawned worker process that re-imports
    main()                  # the parent's main module (as __mp_main__) must not draw a page
