"""aipolicy-kg explorer: `streamlit run app.py`. Page layout only; the logic lives in `kg/ui/`.

Settings (environment): KG_STORE (graph file or store; default seeds.ttl, built from KG_SEEDS on
first start), KG_SEEDS (default: the seeds/ folder beside this file), KG_NODE_CAP (default 300),
KG_DATA_DIRS (folders whose graph files and stores the sidebar box may open; default the working
directory), KG_SPARQL_ALLOW (sparql: endpoint URLs the box may use, space-separated; default none).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from pathlib import Path

import altair as alt
import streamlit as st

from kg.errors import KGError
from kg.graph.namespaces import ACTION_TYPES, ENTITY_CLASSES, RELATIONS, new_graph
from kg.graph.query import shorten, to_csv, to_json
from kg.graph.query_library import bindings, examples
from kg.ingest import READERS
from kg.nlp.pipeline import load_pipeline
from kg.store import Store, open_store, parse_store_spec
from kg.store.build import BuildOptions, build
from kg.ui.entity import actions_over_time, actions_table, entity_actions, profile
from kg.ui.export import DOWNLOADS, download, download_store, subgraph
from kg.ui.filters import DEFAULT_CAP, Filters, apply_filters
from kg.ui.model import GraphModel, close_names, load_model
from kg.ui.network import network_html
from kg.ui.text import md_escape, wikidata_url
from kg.ui.offline import no_calls_home
from kg.ui.roots import Access, check_store
from kg.ui.upload import add_documents

ROOT = Path(__file__).resolve().parent
STORE = os.environ.get("KG_STORE", "seeds.ttl")
SEEDS = Path(os.environ.get("KG_SEEDS", ROOT / "seeds"))
NODE_CAP = int(os.environ.get("KG_NODE_CAP", DEFAULT_CAP))
_BUILD_LOCK = threading.Lock()

st.set_page_config(page_title="aipolicy-kg explorer", layout="wide")
no_calls_home()


@st.cache_resource(show_spinner="Loading the language pipeline...")
def pipeline():
    return load_pipeline()


@st.cache_resource(show_spinner="Opening the graph...")
def get_store(spec: str) -> Store:
    return open_store(spec)


@st.cache_resource(show_spinner="Reading the graph into tables...", max_entries=4)
def get_model(spec: str, triples: int) -> GraphModel:  # `triples` keys the cache: it changes on upload
    return load_model(get_store(spec))


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

        target = open_store(spec, create=True)
        try:
            build([SEEDS], target, BuildOptions(), progress=step)
        finally:
            target.close()
        bar.empty()


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
    model = get_model(spec, len(store))
except KGError as exc:
    st.error(exc.message)
    st.stop()
except Exception as exc:  # a bad reply or file: one line in the browser, the traceback only in the server log
    logging.getLogger("kg.app").exception("opening %r failed", spec)
    st.error(f"{spec}: could not be opened ({type(exc).__name__}); see the server log.")
    st.stop()

with st.sidebar.expander("Add documents"):
    uploads = st.file_uploader("Articles", accept_multiple_files=True, key="uploads",
                               type=sorted(s.lstrip(".") for s in READERS))
    if st.button("Add to the graph", disabled=not uploads):
        bar = st.progress(0.0, text="Extracting...")
        seen: list[str] = []

        def tick(origin: str) -> None:
            seen.append(origin)
            bar.progress(min(1.0, len(seen) / max(1, len(uploads))), text=f"Extracted {len(seen)} document(s)")

        pipeline()
        try:
            res = add_documents(store, [(u.name, u.getvalue()) for u in uploads], progress=tick)
        except KGError as exc:
            st.error(exc.message)
        else:
            bar.empty()
            st.session_state["upload_result"] = res
            model = get_model(spec, len(store))
    res = st.session_state.get("upload_result")
    if res is not None:
        st.success(f"Added {len(res.added)} document(s), {res.triples:,} new triples"
                   + (f"; saved to {md_escape(res.saved_to)}" if res.saved_to else "") + ".")
        if res.added:
            st.dataframe({"added": res.added}, hide_index=True)
        if res.skipped:
            st.warning(f"Skipped {len(res.skipped)}:")
            st.dataframe({"file": [s for s, _ in res.skipped], "reason": [r for _, r in res.skipped]}, hide_index=True)

st.sidebar.caption(f"{model.triples:,} triples, {len(model.entities):,} entities, "
                   f"{len(model.actions):,} actions, {len(model.documents):,} documents")
st.sidebar.header("Filters")
classes = st.sidebar.multiselect("Entity classes", ENTITY_CLASSES, default=list(ENTITY_CLASSES))
types = st.sidebar.multiselect("Action types", ACTION_TYPES, default=list(ACTION_TYPES))
relations = st.sidebar.multiselect("Direct relations", RELATIONS, default=list(RELATIONS))
dates = [d for d in model.actions["when"] if d is not None]
date_from = date_to = None
if dates and min(dates) < max(dates):
    date_from, date_to = st.sidebar.slider("Action dates", min_value=min(dates), max_value=max(dates),
                                           value=(min(dates), max(dates)), format="YYYY-MM-DD")
include_undated = st.sidebar.checkbox("Include undated actions", value=True)
min_confidence = st.sidebar.slider("Minimum confidence", min_value=0.0, max_value=1.0, value=0.0, step=0.05,
                                   help="Confidence is calibrated: of the actions at 0.8, about 8 in 10 are right.")
doc_titles = dict(zip(model.documents["iri"], model.documents["title"], strict=True))
docs = st.sidebar.multiselect("Source documents (all when empty)", list(doc_titles), format_func=doc_titles.get)
min_degree = st.sidebar.number_input("Minimum connections", min_value=0, value=1, step=1)
search = st.sidebar.text_input("Search names", "", placeholder="e.g. Anthropic")
cap = st.sidebar.number_input("Node cap", min_value=10, max_value=5000, value=NODE_CAP, step=50)

labels = dict(zip(model.entities["iri"], model.entities["label"], strict=True))
filters = Filters(
    classes=None if len(classes) == len(ENTITY_CLASSES) else set(classes),
    action_types=None if len(types) == len(ACTION_TYPES) else set(types),
    relation_types=None if len(relations) == len(RELATIONS) else set(relations),
    date_from=date_from if date_from and date_from > min(dates) else None,
    date_to=date_to if date_to and date_to < max(dates) else None,
    include_undated=include_undated, min_confidence=float(min_confidence), documents=set(docs) if docs else None,
    min_degree=int(min_degree), search=search, cap=int(cap),
)

tab_net, tab_entity, tab_actions, tab_sparql, tab_export = st.tabs(["Network", "Entity", "Actions", "SPARQL", "Export"])

# ---------------------------------------------------------------- network
with tab_net:
    c_focus, c_depth = st.columns([3, 1])
    focus = c_focus.selectbox("Ego network of", [""] + list(labels), format_func=lambda i: labels.get(i, "(everything)"),
                              key="focus")
    depth = c_depth.radio("Depth", [1, 2], horizontal=True, key="depth")
    filters.focus, filters.depth = focus or None, int(depth)
    view = apply_filters(model, filters)
    st.caption(view.summary() + ". Hover a node or an edge for names, dates and evidence.")
    if len(view.entities):
        st.iframe(network_html(view, model), height=660)  # our own page: graph data goes in as escaped JSON
    else:
        st.info("Nothing matches these filters; widen them in the sidebar.")

# ---------------------------------------------------------------- entity page
with tab_entity:
    choices = list(view.entities["iri"]) or list(labels)
    default = choices.index(focus) if focus in choices else 0
    chosen = st.selectbox("Entity", choices, index=default if choices else None,
                          format_func=lambda i: labels.get(i, i), key="entity")
    p = profile(model, chosen) if chosen else None
    if p is None:
        st.info("No entity to show.")
    else:
        st.subheader(md_escape(p.label))
        st.text(f"Class: {p.cls}")
        st.text("Also called: " + ("; ".join(p.aliases) if p.aliases else "(no other names)"))
        url = wikidata_url(p.wikidata)
        if url:
            st.link_button(f"Wikidata {url.rsplit('/', 1)[-1]}", url)
        st.text(f"Mentioned in {len(p.documents)} document(s):")
        st.dataframe({"document": p.documents}, hide_index=True)
        acts = entity_actions(model, p.iri)
        st.text(f"{len(acts)} action(s) as agent or target:")
        st.dataframe(acts.drop(columns="when"), hide_index=True)
        dated = acts[acts["when"].notna()]
        if not dated.empty:
            chart = alt.Chart(dated.assign(when=dated["when"].astype(str))).mark_circle(size=90).encode(
                x=alt.X("when:T", title="date"), y=alt.Y("type:N", title="action"), color="role:N",
                tooltip=["date", "type", "role", "counterpart"])
            st.altair_chart(chart, width="stretch")

# ---------------------------------------------------------------- actions
with tab_actions:
    st.caption(f"{len(view.actions):,} of {len(model.actions):,} actions match the filters")
    st.dataframe(actions_table(model, view.actions), hide_index=True)
    by_month = actions_over_time(view.actions)
    if not by_month.empty:
        st.altair_chart(alt.Chart(by_month).mark_bar().encode(
            x=alt.X("yearmonth(month):T", title="month"), y=alt.Y("actions:Q", stack=True),
            color=alt.Color("type:N"), tooltip=["type", "actions"]), width="stretch")

# ---------------------------------------------------------------- SPARQL
with tab_sparql:
    library = examples()
    pick = st.selectbox("Example queries", range(len(library)), format_func=lambda i: library[i].title, key="example")
    example = library[pick]
    st.caption(example.description)
    text = st.text_area("SPARQL (read-only)", example.text, height=260, key=f"sparql-{example.name}")
    values = {name: st.text_input(f"?{name}", default, key=f"param-{example.name}-{name}",
                                  help="A name or alias exactly as written (the Entity tab lists them).")
              for name, default in example.params.items()}
    c1, c2 = st.columns(2)
    timeout = c1.number_input("Time limit (s)", min_value=1.0, max_value=600.0, value=20.0, step=5.0)
    limit = c2.number_input("Row cap", min_value=1, max_value=1_000_000, value=5000, step=1000)
    if st.button("Run query", type="primary"):
        try:
            used = {k: v for k, v in values.items() if f"?{k}" in text}  # bound as literals, never pasted
            result = store.query(text, bindings(used), timeout=float(timeout), limit=int(limit))
        except KGError as exc:
            st.session_state.pop("sparql_result", None)
            st.error(exc.message)
        else:
            st.session_state["sparql_result"] = result
    result = st.session_state.get("sparql_result")
    if result is not None:
        g = new_graph()  # prefixes only, for short names
        st.caption(f"{len(result.rows):,} row(s) in {result.seconds:.2f} s"
                   + (f"; stopped at the row cap of {int(limit):,}" if result.truncated else ""))
        if not result.rows and values:
            hints = close_names(model, list(values.values()))
            if hints:
                st.info("No rows. Names must match exactly; did you mean: " + "; ".join(hints) + "?")
        st.dataframe({c: [shorten(r[i], g) for r in result.rows] for i, c in enumerate(result.columns)},
                     hide_index=True)
        d1, d2 = st.columns(2)
        d1.download_button("Download CSV", to_csv(result), "results.csv", "text/csv")
        d2.download_button("Download JSON", to_json(result), "results.json", "application/sparql-results+json")

# ---------------------------------------------------------------- export
with tab_export:
    scope = st.radio("What", ["The whole graph", "The filtered view"], horizontal=True)
    fmt = st.radio("Format", list(DOWNLOADS), horizontal=True)
    if st.button("Prepare download"):
        if scope == "The whole graph":  # straight from the store (Oxigraph writes it natively)
            data, suffix, mime = download_store(store, fmt)
        else:
            data, suffix, mime = download(subgraph(store.graph(), view), fmt)
        stamp = dt.date.today().isoformat()
        st.download_button(f"Download ({len(data) / 1e6:.1f} MB)", data, f"aipolicy-kg-{stamp}.{suffix}", mime)
