"""Hostile inputs beside good articles: each is reported on stderr in one line and none changes the graph
the good articles make; decodable text in another encoding is decoded with a warning; a huge line is
read in bounded pieces; file names are escaped in every line; links out of a folder need --follow-links."""
from __future__ import annotations

import json
import os
import random
import shutil

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.export import read_graph
from tests.conftest import DATA, SEED_ARTICLE

runner = CliRunner()
FRENCH = ("La Commission européenne a publié mardi un nouveau code de conduite pour les modèles d'intelligence "
          "artificielle. Les entreprises qui le signent devront publier un résumé des données utilisées pour "
          "l'entraînement et respecter le droit d'auteur. Plusieurs sociétés américaines ont refusé de le signer, "
          "estimant que les règles vont trop loin et qu'elles freinent l'innovation en Europe. ") * 3


def hostile_files(folder) -> dict[str, bytes]:
    rnd = random.Random(7)
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00\x00",
        "junk.bin": b"\x7fELF\x02\x01\x01" + bytes(200),
        "broken.html": b"<html><head><title>x</title></head><body><div><script>var a = '</div>';</script><p",
        "broken.jsonl": b'{"text": "unterminated\n{not json}\n[1, 2, 3]\n{"title": "no text field"}\n',
        "empty-feed.xml": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                           b"<item><title>a</title><description></description></item></channel></rss>"),
        "huge.txt": b"Huge\n\n" + b"The regulator said the rules apply. " * 170_000,
        "foreign.txt": ("Commission européenne\n\n" + FRENCH).encode("utf-8"),
        "zz-duplicate.txt": SEED_ARTICLE.read_bytes(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def build(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_hostile_folder_builds_exactly_the_good_graph(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SEED_ARTICLE, news / "seed.txt")
    shutil.copy(DATA / "article.md", news / "article.md")
    good = build("build", news, "-o", tmp_path / "good.ttl", "-q")
    assert good.exit_code == 0, good.output
    files = hostile_files(news)
    mixed = build("build", news, "-o", tmp_path / "mixed.ttl", "-q")
    assert mixed.exit_code == 0, mixed.output
    assert isomorphic(read_graph(tmp_path / "good.ttl"), read_graph(tmp_path / "mixed.ttl"))
    lines = mixed.stderr.strip().splitlines()
    for name in files:
        said = [ln for ln in lines if name in ln]
        assert said, f"{name} was not reported"
        assert all(ln.startswith("kg: ") for ln in said)
    assert any("huge.txt" in ln and "MB limit" in ln for ln in lines)
    assert any("foreign.txt" in ln and "English" in ln for ln in lines)
    assert any("zz-duplicate.txt" in ln and "duplicate" in ln for ln in lines)


def test_hostile_other_encodings_are_decoded_with_a_warning(tmp_path):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "damaged.txt").write_bytes(text.encode("utf-8").replace(b"Anthropic", b"Anthr\xffopic", 1))
    (tmp_path / "cp1252.txt").write_bytes((DATA.joinpath("article.md").read_text(encoding="utf-8")
                                           + "\n\nThe café’s société said “non”.\n").encode("cp1252", errors="replace"))
    r = build("build", tmp_path, "-o", tmp_path / "g.ttl", "-q")
    assert r.exit_code == 0, r.output
    assert "damaged.txt" in r.stderr and "replaced with U+FFFD" in r.stderr
    assert "cp1252.txt" in r.stderr and "Windows-1252" in r.stderr
    g = read_graph(tmp_path / "g.ttl")
    docs = {str(o) for o in g.objects(None, None) if str(o).endswith(".txt")}
    assert {str(tmp_path / n) for n in ("utf16.txt", "damaged.txt", "cp1252.txt")} <= docs


def test_hostile_non_english_is_built_when_asked(tmp_path):
    (tmp_path / "foreign.txt").write_text("Commission européenne\n\n" + FRENCH, encoding="utf-8")
    assert build("build", tmp_path, "-o", tmp_path / "a.ttl", "-q").exit_code == 1  # nothing to build
    r = build("build", tmp_path, "-o", tmp_path / "b.ttl", "-q", "--any-language")
    assert r.exit_code == 0 and (tmp_path / "b.ttl").exists()


def test_hostile_jsonl_with_surrogates_and_controls_round_trips(tmp_path):
    rec = {"title": "Bad \ud800 title\x07", "text": "The FTC fined OpenAI.\x00 Quotes \" and \\ back\nslash \udfff."}
    (tmp_path / "x.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    for suffix in ("ttl", "nt", "jsonld"):
        r = build("build", tmp_path / "x.jsonl", "-o", tmp_path / f"g.{suffix}", "-q", "--any-language")
        assert r.exit_code == 0, r.output
        g = read_graph(tmp_path / f"g.{suffix}")
        assert any("\ufffd" in str(o) for o in g.objects())


@pytest.mark.slow
@pytest.mark.parametrize("chars", [300_000])
def test_hostile_one_huge_line_is_read_in_bounded_pieces(tmp_path, chars):
    from kg.nlp.pieces import PIECE_CHARS

    rnd = random.Random(3)
    words = ["regulators", "Anthropic", "model", "the", "data", "OpenAI", "export", "chips"]
    line = " ".join(rnd.choice(words) for _ in range(chars // 7))
    assert len(line) > 4 * PIECE_CHARS
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    r = build("build", tmp_path / "line.txt", "-o", tmp_path / "g.ttl", "-q")
    assert r.exit_code == 0, r.output
    assert len(read_graph(tmp_path / "g.ttl")) > 0


def test_hostile_file_names_cannot_drive_the_terminal_or_forge_lines(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    evil = "evil\x1b[2J\x1b]0;pwned\x07\nkg: forged.txt"
    (news / f"{evil}.txt").write_bytes(b"")  # empty: one report line naming the file
    os.mkfifo(news / "pipe\x1b[31m.txt")
    r = build("build", news, "-o", tmp_path / "g.ttl", "-q")
    assert r.exit_code == 1
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert not any(ln.startswith("kg: forged") for ln in lines)
    assert any("evil\\x1b[2J\\x1b]0;pwned\\x07\\nkg: forged.txt" in ln and "empty" in ln for ln in lines)
    assert any("pipe\\x1b[31m.txt" in ln and "FIFO" in ln for ln in lines)


def test_hostile_link_out_of_the_folder_needs_follow_links(tmp_path):
    news, outside = tmp_path / "news", tmp_path / "outside"
    news.mkdir()
    outside.mkdir()
    shutil.copy(SEED_ARTICLE, outside / "seed.txt")
    (news / "seed.txt").symlink_to(outside / "seed.txt")
    r = build("build", news, "-o", tmp_path / "g.ttl", "-q")
    assert r.exit_code == 1 and "[E109]" in r.stderr and "--follow-links" in r.stderr
    assert not (tmp_path / "g.ttl").exists()
    r = build("build", news, "-o", tmp_path / "g.ttl", "-q", "--follow-links")
    assert r.exit_code == 0, r.output
    assert len(read_graph(tmp_path / "g.ttl")) > 50


def test_hostile_follow_links_is_in_help_and_readme():
    from tests.conftest import ROOT

    r = build("build", "--help")
    assert "--follow-links" in r.stdout and "outside" in r.stdout
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Hostile inputs and queries", 1)[1]
    section = section.split("\n## ", 1)[0]
    for name in ("--follow-links", "[E107]", "[E108]", "[E109]", "--max-mb"):
        assert name in section, name
