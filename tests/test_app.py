"""`app.py` driven by Streamlit's AppTest: every tab runs, filters change the view, the SPARQL tab is
read-only, uploads add documents, a first start builds the default graph."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kg.graph.export import write_graph
from tests.conftest import DATA, ROOT, SEED_ARTICLE
from tests.ui.graphs import synthetic_graph

APP = str(ROOT / "app.py")


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory, seed_build) -> Path:
    path = tmp_path_factory.mktemp("app") / "seed.ttl"
    write_graph(seed_build.graph, path)
    return path


def run_app(monkeypatch, store: Path, **env: str) -> AppTest:
    monkeypatch.setenv("KG_STORE", str(store))
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    at = AppTest.from_file(APP, default_timeout=180).run()
    assert not at.exception, at.exception
    return at


def caption(at: AppTest, starts: str) -> str:
    return next(c.value for c in at.caption if c.value.startswith(starts))


def press(at: AppTest, label: str) -> AppTest:
    return next(b for b in at.button if b.label == label).click().run()


def open_tab(at: AppTest, tab: str) -> AppTest:
    at.session_state["tab"] = tab
    return at.run()


def test_app_every_tab_renders_without_exception(monkeypatch, seed_graph):
    at = run_app(monkeypatch, seed_graph)
    assert [t.label for t in at.tabs] == ["Network", "Entity", "Actions", "Connections", "SPARQL", "Export"]
    assert at.title[0].value == "aipolicy-kg explorer"
    assert caption(at, "showing").startswith("showing ")
    assert "triples" in at.sidebar.caption[0].value
    for tab in ["Entity", "Actions", "Connections", "SPARQL", "Export"]:
        open_tab(at, tab)
        assert not at.exception and not at.error, tab
    press(at, "Prepare download")
    assert not at.exception


def test_app_filters_change_what_is_shown(monkeypatch, seed_graph):
    at = run_app(monkeypatch, seed_graph)
    everything = caption(at, "showing")
    at.sidebar.multiselect(key="f_classes").set_value(["Company"]).run()
    assert caption(at, "showing") != everything
    at = open_tab(run_app(monkeypatch, seed_graph), "Actions")  # a fresh session: every class
    actions = next(c.value for c in at.caption if "actions match" in c.value)
    confidence = next(s for s in at.sidebar.slider if s.label == "Minimum confidence")
    confidence.set_value(0.5).run()
    narrowed = next(c.value for c in at.caption if "actions match" in c.value)
    assert 0 < int(narrowed.split()[0]) < int(actions.split()[0])
    types = at.sidebar.multiselect(key="f_types")
    types.set_value(["Designate"]).run()
    only = next(c.value for c in at.caption if "actions match" in c.value)
    assert int(only.split()[0]) < int(narrowed.split()[0])


def test_app_node_cap_summarises_the_rest(monkeypatch, tmp_path):  # the cap comes from KG_NODE_CAP
    path = tmp_path / "big.ttl"
    write_graph(synthetic_graph(entities=400, actions=900), path)
    at = run_app(monkeypatch, path, KG_NODE_CAP="50")
    assert caption(at, "showing").startswith("showing 50 of ")


def test_app_sparql_refuses_updates_and_shows_syntax_errors(monkeypatch, seed_graph):
    at = run_app(monkeypatch, seed_graph)
    at.text_area[0].input("DROP ALL").run()
    press(at, "Run query")
    assert any("refused" in e.value for e in at.error)
    at.text_area[0].input("SELECT ?s WHERE { ?s ?p").run()
    press(at, "Run query")
    assert any("line 1, column" in e.value for e in at.error)
    assert any("not closed" in w.value for w in at.warning) and "^" in at.code[0].value  # plain words, place marked
    at.text_area[0].input("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3").run()
    press(at, "Run query")
    assert not at.error
    assert any(c.value.startswith("3 row(s)") for c in at.caption)


def test_app_sparql_binds_parameters_literally(monkeypatch, seed_graph):
    at = run_app(monkeypatch, seed_graph)
    pick = at.selectbox(key="example")
    pick.set_value(pick.options.index("Restrictions on a company")).run()
    param = next(t for t in at.text_input if t.label == "?name")
    param.input('"} ; DROP ALL ; {').run()
    press(at, "Run query")
    assert not at.error and any(c.value.startswith("0 row(s)") for c in at.caption)
    param.input("anthropic").run()
    press(at, "Run query")
    assert any("did you mean: Anthropic" in i.value for i in at.info)
    param.input("Anthropic").run()
    press(at, "Run query")
    found = next(c.value for c in at.caption if "row(s) in" in c.value)
    assert int(found.split()[0]) > 0


def test_app_upload_adds_a_document(monkeypatch, tmp_path, seed_graph):
    store = tmp_path / "graph.ttl"
    shutil.copy(seed_graph, store)
    at = run_app(monkeypatch, store)
    before = at.sidebar.caption[0].value
    at.file_uploader(key="uploads").set_value([
        ("article.md", (DATA / "article.md").read_bytes(), "text/markdown"),
        ("again.txt", SEED_ARTICLE.read_bytes(), "text/plain"),
    ]).run()
    press(at, "Add to the graph")
    assert not at.exception
    assert any(s.value.startswith("Added 1 document(s)") for s in at.success)
    assert any("Skipped 1" in w.value for w in at.warning)
    skipped = next(d.value for d in at.sidebar.dataframe if "reason" in d.value.columns)
    assert "already in the graph" in skipped["reason"].iloc[0]
    assert at.sidebar.caption[0].value != before
    assert len(store.read_bytes()) > len(seed_graph.read_bytes())  # saved back to the graph file


def test_app_first_start_builds_the_default_graph(monkeypatch, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED_ARTICLE, seeds / SEED_ARTICLE.name)
    target = tmp_path / "seeds.ttl"
    at = run_app(monkeypatch, target, KG_SEEDS=str(seeds))
    assert target.exists()
    assert "1 documents" in at.sidebar.caption[0].value


def test_app_unreadable_graph_is_one_clear_error(monkeypatch, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    at = run_app(monkeypatch, bad)
    assert len(at.error) == 1 and "bad.ttl" in at.error[0].value


def test_app_entity_page_shows_hostile_names_as_text(monkeypatch, tmp_path):
    from kg.ui.text import md_escape
    from tests.ui.graphs import HOSTILE

    path = tmp_path / "hostile.ttl"
    write_graph(synthetic_graph(entities=60, actions=120), path)
    at = run_app(monkeypatch, path)
    at.selectbox[0].set_value("https://w3id.org/aipolicy-kg/resource/entity/synthetic-0").run()
    assert not at.exception
    assert at.subheader[0].value == md_escape(HOSTILE[0])
    assert any(t.value == "Also called: E0" for t in at.text)
    assert all("<img" not in m.value for m in at.markdown)


def test_app_sparql_time_limit_and_row_cap(monkeypatch, seed_graph):
    at = run_app(monkeypatch, seed_graph)
    next(n for n in at.number_input if n.label == "Time limit (s)").set_value(1.0).run()
    at.text_area[0].input("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }").run()
    press(at, "Run query")
    assert any("stopped after 1 s" in e.value for e in at.error)
    next(n for n in at.number_input if n.label == "Row cap").set_value(2).run()
    at.text_area[0].input("SELECT * WHERE { ?s ?p ?o }").run()
    press(at, "Run query")
    assert any("stopped at the row cap of 2" in c.value for c in at.caption)


def test_app_opens_an_oxigraph_store(monkeypatch, tmp_path, seed_build):
    from kg.store import open_store

    spec = f"oxigraph:{tmp_path / 'db'}"
    s = open_store(spec, create=True)
    s.add(seed_build.graph)
    s.close()
    at = run_app(monkeypatch, spec)  # type: ignore[arg-type]
    assert "triples" in at.sidebar.caption[0].value
    at.text_area[0].input("SELECT ?s WHERE { ?s a aip:Document }").run()
    press(at, "Run query")
    assert any(c.value.startswith("1 row(s)") for c in at.caption)


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory) -> Path:
    """The graph of the whole seeds/ folder (13 articles), built once for the module, sources relative to the
    project folder (as `kg build seeds` run there writes them)."""
    import os

    from kg.store.build import build_graph

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        built = build_graph([Path("seeds")])
    finally:
        os.chdir(here)
    path = tmp_path_factory.mktemp("app") / "seeds.ttl"
    write_graph(built.graph, path)
    return path
