"""The README and the docs stand alone: every relative markdown link resolves to a file inside the repository
(a clone has nothing beside it), and every `#anchor` to a heading of the page it names."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "corpus" / "README.md",
         ROOT / "bench" / "README.md"]
INLINE = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")  # [text](target "title"), ![alt](src)
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)  # [label]: target
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def links(text: str) -> list[str]:
    prose = FENCE.sub("", text)  # code blocks show commands, not links
    return INLINE.findall(prose) + REFERENCE.findall(prose)


def anchors(page: Path) -> set[str]:
    """GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces to hyphens."""
    heads = re.findall(r"^#{1,6}\s+(.+?)\s*$", FENCE.sub("", page.read_text(encoding="utf-8")), re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in heads}


def broken(page: Path, target: str) -> str | None:
    """Why a link of `page` is broken, or None."""
    if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):  # http:, https:, mailto:
        return None if target.startswith(("http://", "https://", "mailto:")) else "not a web link nor a file"
    path, _, anchor = target.partition("#")
    if path.startswith("/"):
        return "an absolute path: a clone elsewhere does not have it"
    file = (page.parent / path).resolve() if path else page
    if not file.is_relative_to(ROOT.resolve()):
        return "outside the repository"
    if not file.exists():
        return "no such file"
    if anchor and file.suffix == ".md" and anchor not in anchors(file):
        return f"no heading #{anchor} in {file.name}"
    return None


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_links_resolve_inside_the_repository(page):
    found = links(page.read_text(encoding="utf-8"))
    bad = [f"{t}: {why}" for t in found if (why := broken(page, t))]
    assert not bad, f"{page.relative_to(ROOT)}: " + "; ".join(bad)


def test_docs_links_the_readme_leads_to_the_docs():
    found = set(links((ROOT / "README.md").read_text(encoding="utf-8")))
    assert {"docs/contract.md", "docs/architecture.md", "docs/errors.md", "docs/evaluation.md"} <= found


@pytest.mark.parametrize("target, why", [
    ("../shared/CONTRACT.md", "outside the repository"),
    ("docs/nowhere.md", "no such file"),
    ("docs/architecture.md#no-such-heading", "no heading #no-such-heading in architecture.md"),
    ("/etc/hosts", "an absolute path: a clone elsewhere does not have it"),
    ("docs/architecture.md#the-data-flow", None),
    ("#accuracy", None),
    ("https://w3id.org/aipolicy-kg", None),
])
def test_docs_links_the_checker_tells_broken_from_good(target, why):
    assert broken(ROOT / "README.md", target) == why
