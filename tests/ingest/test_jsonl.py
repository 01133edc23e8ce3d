from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import IngestReport, iter_documents, sha256_hex
from tests.conftest import DATA


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_number():
    report = IngestReport()
    docs = list(iter_documents([DATA / "docs.jsonl"], report))
    assert len(docs) == 2
    first = docs[0]
    assert first.title == "Claude for government"
    assert first.url == "https://example.org/a"
    assert first.published == date(2025, 3, 4)
    assert first.source == "Example"
    assert first.sha256 == sha256_hex(first.text.encode("utf-8"))
    origins = [o for o, _ in report.problems]
    assert origins == [f"{DATA / 'docs.jsonl'}#line 2", f"{DATA / 'docs.jsonl'}#line 3"]


@pytest.mark.parametrize("content", ['{"id": 1}\n{"id": 2}\n'])
def test_jsonl_file_without_text_is_one_problem(tmp_path, content):
    p = tmp_path / "gold.jsonl"
    p.write_text(content, encoding="utf-8")
    report = IngestReport()
    assert list(iter_documents([p], report)) == []
    assert len(report.problems) == 1 and "not a document file" in report.problems[0][1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.dictionaries(st.sampled_from(["text", "title", "date", "url"]),
                                                              st.one_of(st.text(max_size=30), st.integers(), st.none()),
                                                              max_size=4).map(__import__("json").dumps)), max_size=8))
def test_jsonl_never_raises_on_any_lines(tmp_path_factory, lines):
    p = tmp_path_factory.mktemp("j") / "x.jsonl"
    p.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8")
    report = IngestReport()
    docs = list(iter_documents([p], report))
    assert all(d.text.strip() for d in docs)


@pytest.mark.parametrize("data", [b"\t", b"\n\n  \n"])
def test_jsonl_blank_file_is_reported(tmp_path, data):
    p = tmp_path / "blank.jsonl"
    p.write_bytes(data)
    report = IngestReport()
    assert list(iter_documents([p], report)) == [] and (report.problems or report.skipped)


@pytest.mark.parametrize("line", ['{"text":"\\u0000"}', '{"text":"\\b"}', '{"text":"\\u0007 \\u0000"}'])
def test_jsonl_text_blank_after_cleaning_is_skipped_with_a_reason(tmp_path, line):
    p = tmp_path / "x.jsonl"
    p.write_text(line, encoding="utf-8")
    report = IngestReport()
    assert list(iter_documents([p], report)) == [] and report.problems
