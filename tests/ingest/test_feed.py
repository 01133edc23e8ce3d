from __future__ import annotations

from datetime import date

import pytest

from kg.ingest import IngestReport, iter_documents, sha256_hex
from kg.ingest.feed import strip_markup
from tests.conftest import DATA


def test_feed_one_document_per_entry_and_empty_entries_reported():
    report = IngestReport()
    docs = list(iter_documents([DATA / "feed.xml"], report))
    assert [d.title for d in docs] == ["Commission opens probe into Meta", "Nvidia wins licence"]
    assert docs[0].url == "https://feed.example.org/items/1"
    assert docs[0].published == date(2025, 2, 4)
    assert docs[0].source == "Example AI Policy Feed"
    assert "<p>" not in docs[0].text
    body = "The European Commission opened an investigation into Meta Platforms over its Llama models."
    assert docs[0].sha256 == sha256_hex(body.encode("utf-8"))
    assert report.problems == [(f"{DATA / 'feed.xml'}#entry 2", "entry has no content or summary; skipped")]


@pytest.mark.parametrize("raw", [b"<rss><channel></channel></rss>", b"not a feed at all"])
def test_feed_without_entries_is_reported(tmp_path, raw):
    p = tmp_path / "f.rss"
    p.write_bytes(raw)
    report = IngestReport()
    assert list(iter_documents([p], report)) == []
    assert "no feed entries" in report.problems[0][1]


@pytest.mark.parametrize("html, text", [("<p>a</p><p>b &amp; c</p>", "a\n\nb & c")])
def test_feed_strip_markup(html, text):
    assert strip_markup(html) == text
