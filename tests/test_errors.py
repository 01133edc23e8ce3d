"""The one catalogue of error codes (kg/errors.py): unique by construction, every code documented in
docs/errors.md with what to do, every raise passing exactly the placeholders its message names, and no code
written inline anywhere else."""
from __future__ import annotations

import ast
import re
import string

import pytest

from kg.errors import Errors, KGError, _Catalogue, codes
from tests.conftest import ROOT

SOURCES = sorted([*(ROOT / "kg").rglob("*.py"), ROOT / "app.py"])
DOC = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_errors_a_code_written_twice_stops_the_import():
    with pytest.raises(TypeError, match="E999 is defined twice"):
        exec("class Twice(metaclass=_Catalogue):\n    E999 = 'one'\n    E999 = 'two'\n", {"_Catalogue": _Catalogue})


def test_errors_every_code_is_documented_with_what_to_do():
    sections = dict(re.findall(r"^## (E\d{3})\n(.*?)(?=^## |\Z)", DOC, flags=re.M | re.S))
    assert set(sections) == set(codes()), "docs/errors.md and kg/errors.py list different codes"
    for code, body in sections.items():
        assert "**What to do:**" in body, code
        assert codes()[code].template.replace("{{", "{").replace("}}", "}") in body, f"{code}: message differs"


def test_errors_messages_are_one_line_and_carry_their_code():
    for code, c in codes().items():
        assert "\n" not in c.template, code
        values = {name: "x" for name in fields(c.template)}
        try:
            exc = KGError(c, **values)
        except (ValueError, TypeError):  # a numeric format ({mb:.1f}) needs a number
            exc = KGError(c, **{name: 1.5 for name in values})
        assert exc.code == code and str(exc).startswith(f"[{code}] ")


def calls() -> list[tuple[str, int, str, set[str]]]:
    """(file, line, code, keyword names) of every call that passes an `Errors.Exxx` first."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Attribute) \
                    and isinstance(node.args[0].value, ast.Name) and node.args[0].value.id == "Errors":
                found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0].attr,
                              {k.arg for k in node.keywords if k.arg}))
    return found


def test_errors_every_raise_passes_exactly_the_placeholders_of_its_message():
    found = calls()
    assert len(found) > 60
    for where, line, code, given in found:
        assert code in codes(), f"{where}:{line}: {code} is not in the catalogue"
        assert given == fields(getattr(Errors, code).template), f"{where}:{line}: {code} given {sorted(given)}"


def test_errors_no_code_is_written_inline():
    inline = re.compile(r"""Error\(\s*["']E\d{3}["']""")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in SOURCES
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if inline.search(line)]
    assert not offenders, f"codes written inline (add them to kg/errors.py): {offenders}"


def test_errors_every_catalogue_code_is_used_somewhere():
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r"\bErrors\.(E\d{3})\b", path.read_text(encoding="utf-8")))
    assert set(codes()) - used == set(), "codes nothing raises: remove them or raise them"
