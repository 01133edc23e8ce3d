from __future__ import annotations

from datetime import date

import pytest

from kg.errors import IngestError
from kg.ingest import IngestReport, iter_documents, sha256_hex
from kg.ingest.text import decode, split_title
from tests.conftest import DATA, SEED_ARTICLE


@pytest.mark.parametrize("path, title, published", [
    (DATA / "article.md", "Italy's Garante orders DeepSeek block", date(2025, 1, 30)),
    (SEED_ARTICLE, "Anthropic suspends all access to Mythos models after US government bans use by foreign nationals", None),
])
def test_text_title_dateline_and_sha(path, title, published):
    docs = list(iter_documents([path]))
    assert len(docs) == 1
    d = docs[0]
    assert d.title == title
    assert d.published == published
    assert d.sha256 == sha256_hex(path.read_bytes())
    assert d.text.startswith(path.read_text(encoding="utf-8")[:20])


@pytest.mark.parametrize("raw, code", [(b"", "E101"), (b"  \n\n", "E101"), (b"abc\x00\x01def", "E102"),
                                      (bytes(range(1, 32)) * 20, "E102")])
def test_text_decode_rejects_bad_bytes(raw, code):
    with pytest.raises(IngestError) as info:
        decode(raw, "x.txt")
    assert info.value.code == code
    assert "x.txt" in str(info.value)


@pytest.mark.parametrize("text, title", [("\n\n# Heading here\nbody", "Heading here"), ("", None)])
def test_text_split_title(text, title):
    assert split_title(text)[0] == title


def test_text_folder_skips_hidden_and_unknown_and_reports_bad(tmp_path):
    (tmp_path / "good.txt").write_text("A title\n\nThe FTC fined OpenAI.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\ntext", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "dup.txt").write_text("A title\n\nThe FTC fined OpenAI.", encoding="utf-8")
    report = IngestReport()
    docs = list(iter_documents([tmp_path, tmp_path / "missing.txt"], report))
    assert [d.origin for d in docs] == [str(tmp_path / "good.txt")]
    reasons = dict(report.skipped)
    assert "hidden" in reasons[str(tmp_path / ".hidden.txt")]
    assert "unsupported extension" in reasons[str(tmp_path / "notes.docx")]
    assert "duplicate" in reasons[str(sub / "dup.txt")]
    problems = dict(report.problems)
    assert "empty" in problems[str(tmp_path / "empty.txt")]
    assert "no such file" in problems[str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("raw, text, warned", [
    ("café au lait".encode("cp1252"), "café au lait", "Windows-1252"),
    ("naïve “quotes” and caf\u00e9".encode() + b"\xff here", "naïve “quotes” and café\ufffd here", "replaced"),
    ("UTF-16 text, café".encode("utf-16"), "UTF-16 text, café", None),
    ("\ufeffwith a BOM".encode(), "with a BOM", None),
    (("ctrl\x07chars\x1b here" + " plain words" * 10).encode(), "ctrl chars  here" + " plain words" * 10, None),
])
def test_text_decode_detects_encodings_and_warns(raw, text, warned):
    said: list[str] = []
    assert decode(raw, "x.txt", lambda o, r: said.append(r)) == text
    assert (warned is None and not said) or (warned and warned in said[0])


@pytest.mark.parametrize("raw", [b"\x7f", b"\x7f \n\x7f\x7f"])
def test_text_blank_after_cleaning_is_skipped_with_a_reason(tmp_path, raw):
    p = tmp_path / "x.txt"
    p.write_bytes(raw)
    report = IngestReport()
    assert list(iter_documents([p], report)) == []
    assert report.problems and "no text once control characters are removed" in report.problems[0][1]


@pytest.mark.parametrize("text, published", [
    # a dateline that opens the first paragraph, before its dash (wire copy as agencies send it)
    ("Headline\n\nBRUSSELS, March 11, 2026 (Wire) - The Commission on Tuesday opened proceedings against Teutrix"
     " over its emotion-recognition software, which it says breaks the ban.", date(2026, 3, 11)),
    ("Headline\n\nTOKYO, 15 October 2025 — Kanade Labs released a model that the ministry had reviewed for months"
     " before the launch in Kyoto and Osaka this week.", date(2025, 10, 15)),
    ("Headline\n\nWASHINGTON, Sept. 18, 2025 (Wire) -- The Commerce Department on Thursday added 14 firms to its"
     " Entity List, the agency said in a notice published in the Federal Register.", date(2025, 9, 18)),
    ("Headline\n\nAUSTIN, Texas, January 21, 2026 - Texas Attorney General Ken Paxton on Tuesday sued Carebot over"
     " marketing claims it made to consumers across the state.", date(2026, 1, 21)),
    # a date deep in a long paragraph is no dateline, nor a story's date that opens one
    ("Headline\n\nThe Commission opened proceedings against Teutrix over software it first flagged in talks held"
     " with the company - on March 11, 2026 - in Brussels.", None),
    ("Headline\n\nFrom 2 August 2026 – when the obligations for general-purpose models apply – providers must"
     " publish summaries of their training data, the rules say.", None),
    ("Headline\n\nOn March 13, 2024 - the day Parliament adopted the AI Act - the Commission said the rules would"
     " change how companies work this week.", None),
    # below a subtitle, a paragraph that opens with a dateline still gives the date
    ("Headline\n\nA subtitle that says more about the story\n\nBRUSSELS, March 11, 2026 (Wire) - The Commission"
     " said on Tuesday that it had opened proceedings against Teutrix over its software.", date(2026, 3, 11)),
    # the title line's part after a separator, of names and numbers only
    ("Press release - Paris, 12 February 2026\n\nThe CNIL today fined Helix Minds.", date(2026, 2, 12)),
    ("APAC AI Policy Digest | Week of 1 June 2026\n\nIndia, Singapore and Australia kept regulators busy.",
     date(2026, 6, 1)),
    # a headline's own date is what it reports, not when it was written
    ("Colorado AI Act - what changes on June 30, 2026\n\nThe law takes effect soon.", None),
    ("Colorado AI Act Delayed – Now Takes Effect June 30, 2026\n\nThe law takes effect later.", None),
    ("AI Act Enforcement Begins - 2 August 2026\n\nThe rules apply.", None),
    ("- | —\n\nA title of separators only.", None),
])
def test_text_publication_date_from_an_opening_dateline_or_the_title(tmp_path, text, published):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    assert next(iter_documents([p])).published == published
