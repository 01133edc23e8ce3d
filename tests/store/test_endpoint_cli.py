"""`kg serve`'s own options: --cors, --base and --license are checked before the server starts."""
from __future__ import annotations

import pytest

from tests.test_cli import kg



@pytest.mark.parametrize("option, value, code", [
    ("--cors", "https://example.org/", "E531"), ("--cors", "null", "E531"),
    ("--base", "ftp://example.org/", "E532"), ("--base", "https://example.org/no-end", "E532"),
    ("--license", "not an iri", "E536"),
])
def test_serve_refuses_bad_options_in_one_line(option, value, code, tmp_path):
    missing = tmp_path / "missing.ttl"  # the options are checked first: the store is not even opened
    r = kg("serve", "--store", missing, "--port", "0", option, value)
    assert r.exit_code == 1 and f"[{code}]" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_serve_help_names_the_protocol_options():
    text = kg("serve", "--help").stdout
    for option in ("--cors", "--base", "--license", "--allow-updates", "--allow-service"):
        assert option in text
