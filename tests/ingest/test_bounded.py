"""Reading with a bound: a file's size is checked before a byte is read, and a line is never held whole past
the cap."""
from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from kg.errors import IngestError
from kg.ingest import IngestOptions, IngestReport, iter_documents
from kg.ingest.bounded import capped_lines, file_cap, read_capped

GOOD = {"text": "The FTC fined OpenAI over ChatGPT on Monday, the agency said."}


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge.xml"])
def test_bounded_size_is_checked_before_reading(tmp_path, name):
    big = tmp_path / name
    with big.open("wb") as fh:
        fh.truncate(400_000_000)  # sparse: 400 MB on paper, nothing on disk
    report = IngestReport()
    tracemalloc.start()
    try:
        assert list(iter_documents([big], report)) == []
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # read whole, it would be 400 MB
    [(origin, why)] = report.problems
    assert origin == str(big) and why.startswith("[E108] 400.0 MB is over the 20 MB")


@pytest.mark.parametrize("size, ok", [(100, True), (101, False)])
def test_bounded_read_capped_at_the_cap(tmp_path, size, ok):
    p = tmp_path / "x.txt"
    p.write_bytes(b"a" * size)
    if ok:
        assert read_capped(p, 100) == b"a" * size
    else:
        with pytest.raises(IngestError) as info:
            read_capped(p, 100)
        assert info.value.code == "E108"


@pytest.mark.parametrize("data, cap, lines", [
    (b"short\n" + b"x" * 50 + b"\nnext\n", 10, [b"short\n", None, b"next\n"]),
    (b"x" * 10 + b"\n" + b"y" * 11, 10, [b"x" * 10 + b"\n", None]),
    (b"last line without newline", 100, [b"last line without newline"]),
])
def test_bounded_capped_lines(data, cap, lines):
    assert list(capped_lines(io.BytesIO(data), cap)) == lines


def test_bounded_jsonl_line_over_the_cap_is_skipped_and_the_rest_read(tmp_path):
    p = tmp_path / "x.jsonl"
    huge = {"text": "word " * 5_000}
    p.write_text("\n".join(json.dumps(r) for r in (huge, GOOD)) + "\n", encoding="utf-8")
    report = IngestReport()
    options = IngestOptions(max_mb=0.001, any_language=True)  # a cap of 4,000 bytes a line
    assert file_cap(options.max_mb) == 4_000
    docs = list(iter_documents([p], report, options=options))
    assert [d.origin for d in docs] == [f"{p}#line 2"]
    assert report.problems == [(f"{p}#line 1", "a line over 0.004 MB (4 times --max-mb); line skipped")]
