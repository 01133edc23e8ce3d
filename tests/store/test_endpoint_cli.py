"""`kg serve`'s own options: --cors, --base and --license are checked before the server starts."""
from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.test_cli import kg

SEEDS = str(ROOT / "seeds.ttl")


@pytest.mark.parametrize("option, value, code", [
    ("--cors", "https://example.org/", "E531"), ("--cors", "null", "E531"),
    ("--base", "ftp://example.org/", "E532"), ("--base", "https://example.org/no-end", "E532"),
    ("--license", "not an iri", "E536"),
])
def test_serve_refuses_bad_options_in_one_line(option, value, code):
    r = kg("serve", "--store", SEEDS, "--port", "0", option, value)
    assert r.exit_code == 1 and f"[{code}]" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_serve_help_names_the_protocol_options():
    text = kg("serve", "--help").stdout
    for option in ("--cors", "--base", "--license", "--allow-updates", "--allow-service"):
        assert option in text
