from __future__ import annotations

from kg.ui.evidence import article_text, locate, paragraphs, reports_for_actions, source_of
from kg.ui.sparql_help import explain
from tests.conftest import ROOT


def test_evidence_report_has_everything_the_panel_shows(seed_model):
    a = seed_model.actions.iloc[0]
    [r] = reports_for_actions(seed_model, [a["iri"]])
    assert r.sentence == a["evidence"] and r.type.startswith(a["type"]) and r.doc == a["doc"]
    fields = dict(r.fields())
    assert {"type", "agent", "targets", "date", "confidence"} <= set(fields)
    src = source_of(seed_model, r.doc)
    assert src.title and len(src.sha) == 64 and src.source.endswith(".txt")


def test_evidence_article_is_read_again_only_from_the_data_folders_and_unchanged(seed_model, tmp_path, monkeypatch):
    a = seed_model.actions.iloc[0]
    src = source_of(seed_model, a["doc"])
    monkeypatch.chdir(ROOT)  # a relative source is read from the working directory
    text, why = article_text(src, (ROOT,))
    assert text and not why
    span = locate(text, a["evidence"])
    assert span and text[span[0]:span[1]].split() == a["evidence"].split()
    marked = [p for p in paragraphs(text, span) if p[1]]
    assert len(marked) == 1 and marked[0][1].split() == a["evidence"].split()
    assert article_text(src, (tmp_path,))[1].startswith(f"its source {src.source} is outside")
    changed = tmp_path / "a.txt"
    changed.write_text("Another text.\n", encoding="utf-8")
    src.source = str(changed)
    assert "has changed" in article_text(src, (tmp_path,))[1]


def test_evidence_sparql_errors_in_plain_words_with_the_place():
    plain, marked = explain("SPARQL syntax error at line 1, column 30: Expected end of text.",
                            "SELECT ?s WHERE { ?s ?p ?o } LIMT 3")
    assert "LIMT" in plain and marked.splitlines()[1].index("^") == marked.splitlines()[0].index("LIMT")
    assert "not closed" in explain("SPARQL syntax error at line 1, column 19: Expected SelectQuery.",
                                   "SELECT ?s WHERE { ?s ?p")[0]
    assert explain("the query was stopped after 1 s", "SELECT") == ("", "")
