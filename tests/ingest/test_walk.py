"""Paths that are not regular files, and links, given as arguments or found in a folder: each is skipped with
one reason and never opened (a FIFO would block for ever, /dev/zero would never end)."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kg.ingest import IngestOptions, IngestReport, iter_documents

GOOD = "Title\n\nThe FTC fined OpenAI over ChatGPT on Monday, the agency said."
HANG_GUARD = 60  # seconds: only to turn a hang into a failure; a pass takes milliseconds


def read(inputs, **options) -> tuple[list, IngestReport]:
    """The documents and report of `inputs`, read in a thread so that a hang fails the test instead."""
    report, docs = IngestReport(), []
    worker = threading.Thread(target=lambda: docs.extend(iter_documents(inputs, report, options=IngestOptions(
        any_language=True, **options))), daemon=True)
    worker.start()
    worker.join(HANG_GUARD)
    assert not worker.is_alive(), f"reading {inputs} hung"
    return docs, report


def reasons(report: IngestReport) -> dict[str, str]:
    return dict(report.problems)


@pytest.fixture()
def news(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("where", ["argument", "folder"])
def test_walk_fifo_is_skipped_without_opening(news, where):
    fifo = news / "pipe.txt"
    os.mkfifo(fifo)
    docs, report = read([fifo] if where == "argument" else [news])
    assert reasons(report)[str(fifo)].startswith("[E107] a FIFO")
    assert len(docs) == (0 if where == "argument" else 1)


@pytest.mark.parametrize("where", ["argument", "folder"])
def test_walk_symlink_loop_is_skipped(news, where):
    loop = news / "loop.txt"
    loop.symlink_to(news / "loop2.txt")
    (news / "loop2.txt").symlink_to(loop)
    docs, report = read([loop] if where == "argument" else [news])
    assert "[E107] a symbolic link loop" in reasons(report)[str(loop)]
    assert len(docs) == (0 if where == "argument" else 1)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("where", ["argument", "folder"])
def test_walk_link_to_dev_zero_is_never_read(news, where):
    zero = news / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    docs, report = read([zero] if where == "argument" else [news], follow_links=True)
    assert reasons(report)[str(zero)].startswith("[E107] a character device")
    assert len(docs) == (0 if where == "argument" else 1)


def test_walk_link_leaving_the_folder_is_not_followed(news, tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Secret\n\nThe agency said the password is swordfish and the FTC agreed.", encoding="utf-8")
    (news / "passwd.txt").symlink_to(secret)
    (news / "shared").symlink_to(secret.parent, target_is_directory=True)
    docs, report = read([news])
    assert {d.origin for d in docs} == {str(news / "good.txt")}
    for link in ("passwd.txt", "shared"):
        why = reasons(report)[str(news / link)]
        assert why.startswith("[E109]") and "--follow-links" in why
    docs, report = read([news], follow_links=True)
    assert str(news / "passwd.txt") in {d.origin for d in docs} and not report.problems


def test_walk_links_inside_the_folder_are_read_once(news):
    (news / "again.txt").symlink_to(news / "good.txt")
    (news / "sub").mkdir()
    (news / "sub" / "up").symlink_to(news, target_is_directory=True)  # a cycle
    for follow in (False, True):
        docs, report = read([news], follow_links=follow)
        assert len(docs) == 1 and not report.problems


def test_walk_missing_argument_is_reported(tmp_path):
    docs, report = read([tmp_path / "nope.txt"])
    assert docs == [] and reasons(report)[str(tmp_path / "nope.txt")].startswith("[E110] no such file")


def test_walk_hidden_special_files_are_skipped_silently(news):
    os.mkfifo(news / ".pipe.txt")
    docs, report = read([news])
    assert len(docs) == 1 and not report.problems and (str(news / ".pipe.txt"), "hidden") in report.skipped
