"""The README's commands are run here, so that the README cannot rot."""
from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.S)
KG_LINES = [ln.split("#")[0].strip() for b in BLOCKS for ln in b.splitlines() if ln.strip().startswith("kg ")]
runner = CliRunner()


def test_readme_two_commands_and_ci_agree():
    install, test = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert install.endswith("streamlit run app.py")
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci, ".ci/run must run the README's test command verbatim"


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("readme") / "seeds.ttl"
    r = runner.invoke(app, ["build", str(ROOT / "seeds"), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.parametrize("line", [pytest.param(ln, marks=pytest.mark.slow) if ln.startswith("kg validate") else ln
                                  for ln in KG_LINES if ln.startswith(("kg query", "kg validate", "kg stats"))])
def test_readme_kg_commands_run(seeds_graph, line, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = shlex.split(line)[1:]
    args = [str(seeds_graph) if a == "seeds.ttl" else a for a in args]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output


def test_readme_query_outputs_match_the_graph(seeds_graph, monkeypatch):
    """Each table shown after a `kg query` block lists rows the real query returns."""
    monkeypatch.chdir(ROOT)
    pairs = re.findall(r"```bash\n(kg query [^\n]*)\n```\s*```text\n(.*?)```", README, re.S)
    assert len(pairs) >= 2
    for cmd, shown in pairs:
        args = [str(seeds_graph) if a == "seeds.ttl" else a for a in shlex.split(cmd)[1:]]
        out = runner.invoke(app, args + ["--format", "csv"]).stdout
        real = {tuple(c.strip() for c in row.split(",")) for row in out.splitlines()[1:]}
        rows = [tuple(c.strip() for c in ln.strip("│ ").split("│")) for ln in shown.splitlines() if ln.startswith("│")]
        for row in rows:
            if row[0] == "...":
                continue
            assert any(all(cell in " ".join(r) for cell in row) for r in real), f"{row} not in {cmd}"


def test_readme_syntax_error_example_is_real(seeds_graph):
    m = re.search(r'\$ kg query seeds.ttl "(.*?)"\n(kg: .*)\n', README)
    r = runner.invoke(app, ["query", str(seeds_graph), m.group(1)])
    assert r.exit_code == 1 and r.stderr.strip() == m.group(2)
