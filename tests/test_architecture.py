"""docs/architecture.md tells the truth: the pipeline it lists is the loaded one, in order; every extension
attribute the components set is documented, with what each component's factory says it assigns and requires;
and the stages import one way only, as its data flow says."""
from __future__ import annotations

import ast
import re

import pytest
from spacy.tokens.underscore import Underscore

from tests.conftest import ROOT

DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
# The stages in data-flow order; a module may import its own stage and those before it, never a later one.
# kg/ui and kg/cli are both ends (cli may use ui's helpers, ui never the command); eval and train use the stages.
STAGES = ["ingest", "nlp", "graph", "store", "ui", "cli"]
MAY_IMPORT = {s: set(STAGES[:i + 1]) for i, s in enumerate(STAGES)}
MAY_IMPORT["eval"] = {"ingest", "nlp", "graph", "store", "eval"}
MAY_IMPORT["train"] = MAY_IMPORT["eval"] | {"train"}
MAY_IMPORT["cli"] |= {"eval", "train"}
SHARED = {"errors", "contract", "assets"}  # kg/errors.py, kg/contract.py, kg/assets.py: for every stage


def section(title: str) -> str:
    return DOC.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def table(title: str, nth: int = 0) -> list[list[str]]:
    """The rows of the `nth` table of a section, as lists of cells (header and rule left out)."""
    tables = re.findall(r"((?:^\|.*\|\n)+)", section(title), re.M)
    rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in tables[nth].splitlines()]
    return rows[2:]


def names(cell: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", cell))


@pytest.fixture(scope="module")
def pipeline(nlp):
    from kg.ingest import Document
    from kg.nlp.extract import extract

    text = "Anthropic sued the Pentagon on Monday, Reuters reported."
    next(extract([Document.from_bytes(text.encode(), text, "test")], nlp))  # registers kg_doc_date too
    return nlp


def test_architecture_lists_the_loaded_pipeline_in_order(pipeline):
    rows = table("The spaCy pipeline")
    assert [r[1].strip("`") for r in rows] == pipeline.pipe_names
    assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))


def test_architecture_rows_say_what_each_factory_assigns_and_requires(pipeline):
    rows = {r[1].strip("`"): r for r in table("The spaCy pipeline")}
    for name in pipeline.pipe_names:
        meta = pipeline.get_pipe_meta(name)
        sets, reads = names(rows[name][3]), names(rows[name][4])
        assert {a for a in meta.assigns if a.startswith("doc._.")} <= sets, name
        assert {r for r in meta.requires if r.startswith("doc._.")} <= reads, name


def test_architecture_documents_every_extension_attribute(pipeline):
    registered = ({f"doc._.{n}" for n in Underscore.doc_extensions} | {f"span._.{n}" for n in Underscore.span_extensions}
                  | {f"token._.{n}" for n in Underscore.token_extensions})
    written = set()  # every name given to set_extension in the source, by literal or in a `for ext in (...)` loop
    for path in (ROOT / "kg").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for kind, name in re.findall(r"(Doc|Span|Token)\.set_extension\(\s*\"(\w+)\"", text):
            written.add(f"{kind.lower()}._.{name}")
        for loop in re.findall(r"for ext in \(([^)]*)\):\s*\n\s*if not (Doc|Span|Token)\.has_extension", text):
            written |= {f"{loop[1].lower()}._.{n}" for n in re.findall(r"\"(\w+)\"", loop[0])}
    assert {"doc._.kg_entities", "doc._.kg_doc_date", "doc._.kg_strength"} <= registered
    assert registered <= written, "an extension is registered outside the patterns this test reads"
    documented = {r[0].strip("`") for r in table("The spaCy pipeline", 1)}
    assert written == documented
    for attr in written:
        assert f"`{attr}`" in section("The spaCy pipeline")


def kg_imports(path) -> set[str]:
    """The kg modules a file imports, at any depth of the file (lazy imports inside functions too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("kg.")}
    return out


def test_architecture_data_flows_one_way():
    assert "kg/ingest  ->  kg/nlp  ->  kg/graph  ->  kg/store  ->  kg/ui | kg/cli" in DOC
    wrong = []
    for stage, allowed in MAY_IMPORT.items():
        for path in sorted((ROOT / "kg" / stage).rglob("*.py")):
            for target in kg_imports(path) - allowed - SHARED:
                wrong.append(f"{path.relative_to(ROOT)} imports kg.{target}")
    for name in SHARED:
        assert kg_imports(ROOT / "kg" / f"{name}.py") <= SHARED, f"kg/{name}.py must import no stage"
    assert not wrong, "\n".join(wrong)


def test_every_kg_factory_is_versioned_and_declares_its_settings(pipeline):
    """A kg component keeps a stable instance name; its factory's name carries a version (`_v1`; spaCy allows no dot
    there) and its `default_config` names every setting the factory takes."""
    import inspect

    from spacy import registry
    from spacy.language import Language

    kg = [n for n in pipeline.pipe_names if n.startswith("kg_")]
    assert kg
    for name in kg:
        factory = pipeline.get_pipe_meta(name).factory
        assert re.fullmatch(r"kg_\w+_v\d+", factory), factory
        meta = Language.get_factory_meta(factory)
        func = registry.factories.get(Language.get_factory_name(factory))
        params = set(inspect.signature(func).parameters) - {"nlp", "name"}
        assert set(meta.default_config) == params, factory


def test_nlp_subpackages_import_the_document_layer_never_one_another():
    """kg/nlp/doc imports only the shared modules of kg/nlp; entities, actions and relations import doc, the shared
    modules and the trained parts (learn), never one another."""
    subpackages = {"doc", "entities", "actions", "relations"}
    wrong = []
    for package in sorted(subpackages):
        allowed = {package} | ({"doc", "learn"} if package != "doc" else set())
        for path in sorted((ROOT / "kg" / "nlp" / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.nlp."):
                    part = node.module.split(".")[2]
                    if (part in subpackages or part == "learn") and part not in allowed:
                        wrong.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not wrong, "\n".join(wrong)


BRANCHES = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.IfExp, ast.match_case)
NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
MAX_BRANCHES = 15


def branch_count(fn: ast.AST) -> int:
    """McCabe's number of a function, its nested functions and classes apart: one, plus one per `if`, `elif`, loop,
    `except`, conditional expression, `case` and comprehension filter, plus one per extra operand of `and` / `or`."""
    n, stack = 1, list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        if isinstance(node, NESTED):
            continue
        n += isinstance(node, BRANCHES)
        n += len(node.values) - 1 if isinstance(node, ast.BoolOp) else 0
        n += len(node.ifs) if isinstance(node, ast.comprehension) else 0
        stack.extend(ast.iter_child_nodes(node))
    return n


def test_branch_count_counts_each_kind_of_branch():
    fn = ast.parse("def f(x):\n    if x and x > 1 or x < -1:\n        return [y for y in x if y]\n"
                   "    for y in x:\n        try:\n            pass\n        except ValueError:\n            pass\n"
                   "    return 1 if x else 2\n").body[0]
    assert branch_count(fn) == 1 + 1 + 2 + 1 + 1 + 1 + 1
    nested = ast.parse("def g():\n    def h():\n        if a:\n            pass\n    return h\n").body[0]
    assert branch_count(nested) == 1


def test_no_function_has_more_than_fifteen_branches():
    """Past about 15 branches a function is a design smell here (one concept, small named functions)."""
    wrong = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and branch_count(node) > MAX_BRANCHES:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {branch_count(node)} branches")
    assert not wrong, "\n".join(wrong)
