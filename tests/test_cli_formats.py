"""One registry of formats and one parser of store specs, seen from the command line: the bugs of issue 13
(a typo in a scheme made a file, `-o g.rdf` wrote Turtle, `build -o g.nq` and `export -o g.nq` disagreed, a
read-only command created a database)."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph.formats import FORMATS
from tests.conftest import SEED_ARTICLE
from tests.test_cli import kg


def test_cli_unknown_store_scheme_is_an_error_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = kg("build", SEED_ARTICLE, "--store", "oxigrph:kgdb")
    assert r.exit_code == 1 and "E611" in r.stderr and "oxigraph:PATH" in r.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["query", "--store", "oxigraph:typo", "ASK {}"], ["stats", "--store", "oxigraph:typo"],
                                     ["export", "--store", "oxigraph:typo", "-o", "out.ttl"],
                                     ["remove", "x.txt", "--store", "oxigraph:typo"]])
def test_cli_commands_that_do_not_build_never_create_a_store(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    r = kg(*command)
    assert r.exit_code == 1 and "E612" in r.stderr and "kg build" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_read_only_commands_on_a_missing_graph_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = kg("stats", "missing.ttl")
    assert r.exit_code == 1 and "E403" in r.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed article built once to every format by `kg build -o`, and into a store exported to each."""
    tmp = tmp_path_factory.mktemp("formats")
    store = f"oxigraph:{tmp / 'db'}"
    assert kg("build", SEED_ARTICLE, "--store", store, "-q").exit_code == 0
    files = {}
    for f in FORMATS:
        files[f.name] = (tmp / f"built{f.suffix}", tmp / f"exported{f.suffix}")
        r = kg("build", SEED_ARTICLE, "-o", files[f.name][0], "-q")
        assert r.exit_code == 0, r.output
        assert kg("export", "--store", store, "-o", files[f.name][1]).exit_code == 0
    return files


@pytest.mark.parametrize("fmt", [f for f in FORMATS], ids=lambda f: f.name)
def test_cli_every_suffix_writes_its_format_and_reads_back(built, fmt):
    written, exported = built[fmt.name]
    if fmt.datasets:  # one named graph per document, and the entities' graph, from both commands
        one, two = Dataset(), Dataset()
        one.parse(written, format=fmt.rdflib)
        two.parse(exported, format=fmt.rdflib)
        quads = lambda ds: {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}  # noqa: E731
        assert quads(one) == quads(two)
        assert len({g for *_, g in quads(one)}) == 2  # the document's graph and the entities' graph
    else:
        one = Graph().parse(written, format=fmt.rdflib)  # parses as the format its suffix names
        two = Graph().parse(exported, format=fmt.rdflib)
        assert isomorphic(one, two)
    r = kg("stats", written)  # and every command reads it back by its suffix
    assert r.exit_code == 0 and "documents" in r.stdout, r.output


def test_cli_rdf_suffix_is_rdf_xml_not_turtle(built):
    text = built["rdfxml"][0].read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "rdf:RDF" in text


def test_cli_unknown_output_suffix_is_an_error_listing_the_known_ones(tmp_path):
    r = kg("build", SEED_ARTICLE, "-o", tmp_path / "g.out")
    assert r.exit_code == 1 and "E405" in r.stderr and ".ttl" in r.stderr and ".trig" in r.stderr
    assert not (tmp_path / "g.out").exists()
    r = kg("build", SEED_ARTICLE, "-o", tmp_path / "g.out", "--format", "turtle", "-q")
    assert r.exit_code == 0 and Graph().parse(tmp_path / "g.out", format="turtle")
