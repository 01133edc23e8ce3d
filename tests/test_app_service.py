"""The app's SPARQL tab never makes the server call out: SERVICE is refused there, and a hostile parameter
stays one literal (issue 12, items 1 and 3). A local listener records whether it was called."""
from __future__ import annotations

from tests.listener import Listener
from tests.test_app import press, run_app, seed_graph  # noqa: F401  (the module fixture)


def test_app_sparql_refuses_service(monkeypatch, seed_graph):  # noqa: F811
    with Listener() as spy:
        at = run_app(monkeypatch, seed_graph)
        at.text_area[0].input(f"SELECT ?x WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}").run()
        press(at, "Run query")
        assert any("refused" in e.value and "SERVICE" in e.value for e in at.error)
        pick = at.selectbox(key="example")
        pick.set_value(pick.options.index("Restrictions on a company")).run()
        param = next(t for t in at.text_input if t.label == "?name")
        param.input(f'x\n\\" }} SERVICE <{spy.url}> {{ ?q ?w ?e }} #').run()
        press(at, "Run query")
        assert not at.error and any(c.value.startswith("0 row(s)") for c in at.caption)
        assert spy.requests == []
