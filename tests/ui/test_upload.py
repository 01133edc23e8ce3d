from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.store import MemoryStore
from kg.ui.upload import add_documents, safe_name
from tests.conftest import DATA, SEED_ARTICLE


@given(st.text(max_size=300))
def test_upload_safe_name_never_leaves_the_folder(name):
    out = safe_name(name)
    assert out and "/" not in out and "\\" not in out and not out.startswith(".") and len(out) <= 120


def test_upload_adds_new_documents_and_skips_known_and_unsupported(seed_build):
    store = MemoryStore(seed_build.graph + seed_build.graph.__class__())
    before = len(store)
    res = add_documents(store, [("a.md", (DATA / "article.md").read_bytes()), ("seed.txt", SEED_ARTICLE.read_bytes()),
                                ("../../x.exe", b"MZ")])
    assert res.added == ["a.md"] and res.triples == len(store) - before > 0
    reasons = dict(res.skipped)
    assert "already in the graph" in reasons["seed.txt"] and "unsupported extension" in reasons["../../x.exe"]
    again = add_documents(store, [("b.md", (DATA / "article.md").read_bytes())])
    assert again.added == [] and again.triples == 0
