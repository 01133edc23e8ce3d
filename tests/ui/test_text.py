from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ui.text import md_escape, term_escape, wikidata_url


@given(st.text())
def test_text_md_escape_leaves_no_markup(s):
    out = md_escape(s)
    assert "\n" not in out
    for ch in "<>[]()*_`#|":
        assert out.count(ch) == out.count("\\" + ch)


def test_text_wikidata_url_only_for_entity_iris():
    assert wikidata_url("http://www.wikidata.org/entity/Q42") == "https://www.wikidata.org/wiki/Q42"
    assert wikidata_url("javascript:alert(1)") is None and wikidata_url(None) is None


CONTROLS = "\x00\x07\x08\t\n\r\x1b\x7f\x85\x9b\u061c\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069\ud800"


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(CONTROLS))))
def test_text_term_escape_leaves_no_control_character(s):
    out = term_escape(s)
    assert not any(ch in out for ch in CONTROLS)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in out)
    assert term_escape(out) == out  # nothing left to escape


@given(st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp", "Cf"])))
def test_text_term_escape_keeps_printable_text(s):
    assert term_escape(s) == s


@pytest.mark.parametrize("raw, shown", [("a\x1b[31mb", "a\\x1b[31mb"), ("x\nkg: forged", "x\\nkg: forged"),
                                        ("\u202eevil", "\\u202eevil"), ("caf\u00e9", "caf\u00e9")])
def test_text_term_escape_examples(raw, shown):
    assert term_escape(raw) == shown
