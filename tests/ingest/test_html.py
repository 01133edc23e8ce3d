from __future__ import annotations

from datetime import date

import pytest

from kg.ingest import IngestReport, iter_documents
from tests.conftest import DATA


def test_html_main_text_and_metadata_offline():
    docs = list(iter_documents([DATA / "article.html"]))
    assert len(docs) == 1
    d = docs[0]
    assert d.title == "Regulator fines chatbot maker over data practices"
    assert d.published == date(2025, 3, 14)
    assert d.url == "https://news.example.org/2025/03/regulator-fines-chatbot-maker"
    assert d.source == "Example Policy Wire"
    assert "Federal Trade Commission fined OpenAI" in d.text
    assert "All rights reserved" not in d.text and "Home" not in d.text.split("\n")[0:1][0][:4]


@pytest.mark.parametrize("html", [b"", b"<html><head><title>Empty</title></head><body><script>var a=1;</script></body></html>"])
def test_html_without_article_is_reported(tmp_path, html):
    p = tmp_path / "page.html"
    p.write_bytes(html)
    report = IngestReport()
    assert list(iter_documents([p], report)) == []
    assert report.problems and report.problems[0][0] == str(p)
