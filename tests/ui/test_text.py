from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.ui.text import md_escape, wikidata_url


@given(st.text())
def test_text_md_escape_leaves_no_markup(s):
    out = md_escape(s)
    assert "\n" not in out
    for ch in "<>[]()*_`#|":
        assert out.count(ch) == out.count("\\" + ch)


def test_text_wikidata_url_only_for_entity_iris():
    assert wikidata_url("http://www.wikidata.org/entity/Q42") == "https://www.wikidata.org/wiki/Q42"
    assert wikidata_url("javascript:alert(1)") is None and wikidata_url(None) is None
