from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from kg.ui.filters import Filters, apply_filters
from kg.ui.network import network_html, safe_json
from tests.ui.graphs import HOSTILE


@given(st.recursive(st.text() | st.integers() | st.none(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)))
def test_network_safe_json_round_trips_and_never_closes_a_script(value):
    text = safe_json(value)
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text and "&" not in text


def test_network_html_is_self_contained(seed_model):
    html = network_html(apply_filters(seed_model, Filters()), seed_model)
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)  # nothing fetched: vis-network is inlined
    assert "new vis.Network" in html and "cdnjs" not in html.split("<script>", 1)[0]


def test_network_html_keeps_hostile_labels_inert(big_model):
    html = network_html(apply_filters(big_model, Filters(search="onerror", cap=50)), big_model)
    body = html.rsplit("<body>", 1)[1]
    for name in HOSTILE:
        assert name not in body  # only escaped inside the JSON
    assert body.count("</script>") == 1  # the page's own closing tag, nothing injected
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in body
