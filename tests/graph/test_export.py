from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS

from kg.errors import GraphError
from kg.graph import export
from kg.graph.export import for_output, read_graph, write_graph
from kg.graph.namespaces import AIPR, new_graph


def small_graph():
    g = new_graph()
    g.add((AIPR["entity/x"], RDFS.label, Literal("X")))
    return g


def test_export_failed_write_leaves_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "replace", boom)
    with pytest.raises(OSError):
        write_graph(small_graph(), out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


@pytest.mark.parametrize("name, given, expected", [("a.ttl", None, "turtle"), ("a.nt", None, "nt"), ("a.jsonld", None, "jsonld"),
                                                   ("a.rdf", None, "rdfxml"), ("a.nq", None, "nquads"),
                                                   ("a.out", "turtle", "turtle"), ("a.ttl", "nt", "nt")])
def test_export_for_output(name, given, expected, tmp_path):
    assert for_output(tmp_path / name, given).name == expected


@pytest.mark.parametrize("name", ["a.out", "a", "a.ttl.gz"])
def test_export_unknown_suffix_is_an_error_listing_the_known_ones(name, tmp_path):
    with pytest.raises(GraphError) as info:
        for_output(tmp_path / name)
    assert info.value.code == "E405" and ".ttl" in info.value.message and ".nq" in info.value.message


@pytest.mark.parametrize("content, code", [(None, "E403"), ("@prefix broken", "E404")])
def test_export_read_graph_errors(tmp_path, content, code):
    p = tmp_path / "g.ttl"
    if content is not None:
        p.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError) as info:
        read_graph(p)
    assert info.value.code == code and str(p) in str(info.value)


@pytest.mark.parametrize("fmt", ["xmlx", "n3"])
def test_export_unknown_format(tmp_path, fmt):
    with pytest.raises(GraphError) as info:
        for_output(tmp_path / "a.ttl", fmt)
    assert info.value.code == "E401" and "rdfxml" in info.value.message


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_export_file_mode_follows_the_umask(tmp_path, umask, mode):
    import os
    import stat

    old = os.umask(umask)
    try:
        assert export.current_umask() == umask
        out = tmp_path / "g.ttl"
        for _ in range(2):  # a new file, then one replaced
            export.write_bytes(b"<urn:a> <urn:b> <urn:c> .\n", out)
            assert stat.S_IMODE(out.stat().st_mode) == mode
    finally:
        os.umask(old)
