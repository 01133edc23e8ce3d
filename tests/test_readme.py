"""Every `kg` command shown in the README's code blocks is run here, as Typer's documentation runs its examples,
so that the README cannot rot. The commands are read from README.md itself: a command added there without a
check below fails `test_readme_every_command_has_a_check`.

They run in a temporary folder laid out as the README assumes (`seeds/`, `feed.xml`, `page.html`, `more/`,
`news/`, `corpus/test`, `corpus/train`, `training/`, `kg/graph/queries/`), on small inputs. Where a command
cannot run as written, `ADAPTED` says how it is run instead and why. Builds with worker processes, a Dask
cluster, a server, SHACL validation and training are slow: they run with --slow and in CI."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.namespaces import AIP
from tests.browser import free_port
from tests.conftest import DATA, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCES = re.findall(r"^```(\w*)\n(.*?)^```", README, re.S | re.M)
BLOCKS = [body for lang, body in FENCES if lang == "bash"]
QUERY_TABLES = re.findall(r"```bash\n(kg query [^\n]*)\n```\s*```text\n(.*?)```", README, re.S)  # a query, its output
SYNTAX_ERROR = re.search(r'\$ (kg query seeds.ttl "(.*?)")\n(kg: .*)\n', README)  # a query and its error line
runner = CliRunner()


def readme_commands() -> list[str]:
    """Every line of every code block that runs `kg` (a `$ ` prompt and a trailing `# comment` taken off)."""
    out = []
    for _, body in FENCES:
        for line in body.splitlines():
            m = re.match(r"(?:\$ )?(kg(?: .*)?)$", line.strip())
            if m:
                out.append(re.sub(r"\s+#\s.*$", "", m.group(1)).strip())
    return out


COMMANDS = readme_commands()
SLOW = {"kg build seeds -o seeds.jsonld --format jsonld", "kg validate seeds.ttl", "kg train",
        "kg build news/ --store oxigraph:kgdb --jobs 2", "kg query --store oxigraph:kgdb kg/graph/queries/most-mentioned.rq",
        "kg export --store oxigraph:kgdb -o kg.ttl", "kg export --store oxigraph:kgdb -o kg.trig",
        "kg remove news/retracted.txt --store oxigraph:kgdb", "kg serve --store oxigraph:kgdb --port 7878",
        "kg build news/ --store oxigraph:kgdb --dask tcp://SCHEDULER:8786",
        "kg build news/ --store sparql:http://127.0.0.1:7878/query"}
ADAPTED = {  # command -> why it is not run exactly as written
    "kg build news/ --store sparql:http://127.0.0.1:7878/query": "against an Oxigraph server (`oxigraph serve ... "
                                                                  "--union-default-graph`) the test starts on a free port",
    "kg train": "run with `-o models` added: as written it replaces the models shipped in the package; and on "
                "four articles of corpus/train, not all of them (about five minutes)",
    "kg serve --store oxigraph:kgdb --port 7878": "started as a process on a free port (7878 may be taken), "
                                                  "asked one query over HTTP, then stopped",
    "kg build news/ --store oxigraph:kgdb --dask tcp://SCHEDULER:8786": "SCHEDULER is a local Dask cluster started "
                                                                        "by the test (the README's `dask scheduler` "
                                                                        "and `dask worker` lines)",
}


def corpus_sample(name: str, files: list[str], into: Path) -> None:
    """A few articles of corpus/NAME with their gold lines: `kg eval` and `kg train` on small inputs."""
    into.mkdir(parents=True)
    gold = [json.loads(ln) for ln in (ROOT / "corpus" / name / "gold.jsonl").read_text().splitlines() if ln.strip()]
    picked = [g for g in gold if g["file"][:4] in files]
    for g in picked:
        shutil.copy(ROOT / "corpus" / name / g["file"], into)
    (into / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in picked))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """The folder the README's commands run in, and `seeds.ttl` built by the README's first `kg build`."""
    ws = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "seeds", ws / "seeds")
    shutil.copy(DATA / "feed.xml", ws / "feed.xml")
    shutil.copy(DATA / "article.html", ws / "page.html")
    (ws / "more").mkdir()
    shutil.copy(DATA / "article.md", ws / "more")
    shutil.copy(DATA / "docs.jsonl", ws / "more")
    (ws / "news").mkdir()
    shutil.copy(ROOT / "seeds" / "anthropic-suspends-mythos-access.txt", ws / "news" / "retracted.txt")
    shutil.copy(ROOT / "seeds" / "03-california-sb53.txt", ws / "news")
    shutil.copytree(ROOT / "kg" / "graph" / "queries", ws / "kg" / "graph" / "queries")
    shutil.copytree(ROOT / "training", ws / "training")
    corpus_sample("test", ["T101", "T102"], ws / "corpus" / "test")
    corpus_sample("train", ["R101", "R102", "R301", "R302"], ws / "corpus" / "train")
    run_in(ws, "kg build seeds -o seeds.ttl")
    return ws


def run_in(folder: Path, line: str, *extra: str, code: int = 0):
    """Run a README line with the `kg` app in `folder`; assert its exit status."""
    here = Path.cwd()
    try:
        os.chdir(folder)
        r = runner.invoke(app, shlex.split(line)[1:] + list(extra))
    finally:
        os.chdir(here)
    assert r.exit_code == code, f"{line}: {r.output}"
    return r


def documents(g: Graph) -> int:
    return len(set(g.subjects(RDF.type, AIP.Document)))


@pytest.fixture(scope="module")
def kgdb(workspace) -> Path:
    """The Oxigraph store of the README's stores block, built by its first line."""
    run_in(workspace, "kg build news/ --store oxigraph:kgdb --jobs 2")
    return workspace / "kgdb"


def own_copy(workspace: Path, tmp_path: Path) -> Path:
    """A folder of its own with the store and the news, for a command that changes or locks the store."""
    shutil.copytree(workspace / "kgdb", tmp_path / "kgdb")
    shutil.copytree(workspace / "news", tmp_path / "news")
    shutil.copytree(workspace / "kg", tmp_path / "kg")
    return tmp_path


def check_serve(ws: Path, line: str, tmp_path: Path) -> None:
    folder = own_copy(ws, tmp_path)
    port = free_port()
    args = shlex.split(line)[1:]
    args[args.index("7878")] = str(port)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], cwd=folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?d a aip:Document }")
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query={query}&format=json") as resp:
                    body = json.load(resp)
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.3)
        assert int(body["results"]["bindings"][0]["n"]["value"]) == 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def check_remote(ws: Path, line: str, tmp_path: Path) -> None:
    from tests.store import servers

    shutil.copytree(ws / "news", tmp_path / "news")
    with servers.oxigraph(tmp_path / "server-db") as url:
        run_in(tmp_path, line.replace("http://127.0.0.1:7878/query", url))
        run_in(tmp_path, f"kg export --store sparql:{url} -o kg.ttl")
    assert documents(Graph().parse(tmp_path / "kg.ttl")) == 2


def check_dask(ws: Path, line: str, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    shutil.copytree(ws / "news", tmp_path / "news")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        run_in(tmp_path, line.replace("tcp://SCHEDULER:8786", cluster.scheduler_address))
    run_in(tmp_path, "kg export --store oxigraph:kgdb -o kg.ttl")
    assert documents(Graph().parse(tmp_path / "kg.ttl")) == 2


def check_remove(ws: Path, line: str, tmp_path: Path) -> None:
    folder = own_copy(ws, tmp_path)
    run_in(folder, line)
    run_in(folder, "kg export --store oxigraph:kgdb -o left.ttl")
    assert documents(Graph().parse(folder / "left.ttl")) == 1


def check_help(ws: Path, line: str, tmp_path: Path) -> None:
    shown = run_in(ws, line).stdout
    used = {shlex.split(c)[1] for c in COMMANDS if not c.startswith("kg -")}
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert used <= registered and all(name in shown for name in registered)


def check_train(ws: Path, line: str, tmp_path: Path) -> None:
    report = json.loads(run_in(ws, line, "-o", str(tmp_path / "models"), "-q").stdout)
    assert report["documents"] == 4
    assert {p.name for p in (tmp_path / "models").iterdir()} == {"actions.json", "entities.json", "names.json", "relations.json"}


def output_is(check):
    """A check of what a command prints."""
    return lambda ws, line, tmp_path: check(run_in(ws, line))


def graph_is(path: str, fmt: str, docs: int):
    """A check of the graph file a command writes: it parses in `fmt` and holds `docs` documents."""
    def check(ws: Path, line: str, tmp_path: Path) -> None:
        if line != "kg build seeds -o seeds.ttl":  # that one is built by the workspace
            run_in(ws, line)
        g = Graph().parse(ws / path, format=fmt)
        assert documents(g) == docs and len(g) > 100
    return check


def check_trig(ws: Path, line: str, tmp_path: Path) -> None:
    run_in(ws, line)
    ds = Dataset().parse(ws / "kg.trig", format="trig")
    assert len([c for c in ds.graphs() if len(c)]) >= 3  # a graph per document, and the entities' graph


CHECKS = {
    "kg build seeds -o seeds.ttl": graph_is("seeds.ttl", "turtle", 13),
    "kg build feed.xml page.html more/ -o out.nt": graph_is("out.nt", "nt", 6),
    "kg build seeds -o seeds.jsonld --format jsonld": graph_is("seeds.jsonld", "json-ld", 13),
    "kg validate seeds.ttl": output_is(lambda r: "conforms" in r.output.lower()),
    "kg stats seeds.ttl": output_is(lambda r: "13" in r.stdout and "Enact" in r.stdout),
    "kg --help": check_help,
    "kg eval corpus/test": output_is(lambda r: "documents found 2/2" in r.stdout and "entity F1" in r.stdout),
    "kg train": check_train,
    "kg build news/ --store oxigraph:kgdb --jobs 2": lambda ws, line, tmp_path: None,  # the kgdb fixture runs it
    "kg query --store oxigraph:kgdb kg/graph/queries/most-mentioned.rq": output_is(lambda r: "Anthropic" in r.stdout),
    "kg export --store oxigraph:kgdb -o kg.ttl": graph_is("kg.ttl", "turtle", 2),
    "kg export --store oxigraph:kgdb -o kg.trig": check_trig,
    "kg remove news/retracted.txt --store oxigraph:kgdb": check_remove,
    "kg serve --store oxigraph:kgdb --port 7878": check_serve,
    "kg build news/ --store oxigraph:kgdb --dask tcp://SCHEDULER:8786": check_dask,
    "kg build news/ --store sparql:http://127.0.0.1:7878/query": check_remote,
}


def test_readme_every_command_has_a_check():
    """A README command with no check here (or a check of a command the README no longer shows) fails."""
    queries = {c for c, _ in QUERY_TABLES} | {SYNTAX_ERROR.group(1)}  # run against their shown output below
    unchecked, stale = set(COMMANDS) - queries - set(CHECKS), set(CHECKS) - set(COMMANDS)
    assert not unchecked, f"README commands with no check in tests/test_readme.py: {sorted(unchecked)}"
    assert not stale, f"checks of commands the README no longer shows: {sorted(stale)}"
    assert len(queries) >= 4 and set(ADAPTED) <= set(CHECKS) and set(SLOW) <= set(CHECKS)


@pytest.mark.parametrize("line", [pytest.param(c, marks=pytest.mark.slow) if c in SLOW else c for c in CHECKS])
def test_readme_kg_commands_run(request, workspace, line, tmp_path):
    if "oxigraph:kgdb" in line:
        request.getfixturevalue("kgdb")
    CHECKS[line](workspace, line, tmp_path)


def test_readme_two_commands_and_ci_agree():
    install, test = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert install.endswith("streamlit run app.py")
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci, ".ci/run must run the README's test command verbatim"


def test_readme_query_outputs_match_the_graph(workspace):
    """Each `kg query` block runs, and each table shown after it lists rows the real query returns."""
    assert len(QUERY_TABLES) >= 3
    for cmd, shown in QUERY_TABLES:
        out = run_in(workspace, cmd, "--format", "csv").stdout
        real = {tuple(c.strip() for c in row.split(",")) for row in out.splitlines()[1:]}
        rows = [tuple(c.strip() for c in ln.strip("│ ").split("│")) for ln in shown.splitlines() if ln.startswith("│")]
        assert rows and real
        for row in rows:
            if row[0] == "...":
                continue
            assert any(all(cell in " ".join(r) for cell in row) for r in real), f"{row} not in {cmd}"


def test_readme_syntax_error_example_is_real(workspace):
    r = run_in(workspace, SYNTAX_ERROR.group(1), code=1)
    assert r.stderr.strip() == SYNTAX_ERROR.group(3)
