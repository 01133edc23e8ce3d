"""The SPARQL editor's component is built from the vendored CodeMirror 5 files (kept with their MIT licence) and
names no http(s) address outside comments, so the page loads nothing from a CDN; it says when it cannot load."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kg.ui import editor

URL = re.compile(r"https?://", re.I)
LOADS = re.compile(r"""\bimport\s*\(|\bfetch\s*\(|XMLHttpRequest|\.src\s*=(?!\s*["']data:)|new\s+Worker""")


def addresses_outside_comments(code: str) -> list[str]:
    """The lines that name an http(s) address anywhere but after a // comment mark or in a /* */ comment's
    lines (an address in a string is code)."""
    found = []
    for line in code.splitlines():
        for m in URL.finditer(line):
            before = line[:m.start()]
            if not (re.search(r"(^|\s)//", before) or before.lstrip().startswith(("*", "/*"))):
                found.append(line)
    return found


def test_the_check_finds_an_address_in_code_and_not_in_comments():
    assert addresses_outside_comments('// see https://example.org\n/* http://x */ var a = 1;') == []
    assert addresses_outside_comments('var s = document.createElement("script"); s.src = "https://cdn.x/cm.js";')
    assert addresses_outside_comments('.a { background: url(http://cdn.x/i.png); }')
    assert LOADS.search('s.src = "/x.js"') and not LOADS.search('img.src = "data:image/gif;base64,R0l"')


def test_component_is_built_from_the_vendored_files_in_order():
    js, css = editor.sources()
    lib, mode = ((editor.STATIC / n).read_text(encoding="utf-8") for n in ("codemirror.js", "sparql.js"))
    ours = editor.TEMPLATE.read_text(encoding="utf-8")
    assert js.index(lib) < js.index(mode) < js.index(ours)  # CodeMirror, its SPARQL mode, then our module
    assert 'defineMIME("application/sparql-query"' in mode and "export default function" in ours
    assert (editor.STATIC / "codemirror.css").read_text(encoding="utf-8") in css
    assert ".cm-keyword" in css and ".kg-error-line" in css


def test_component_names_no_address_and_loads_nothing():
    js, css = editor.sources()
    assert addresses_outside_comments(js) == []
    assert addresses_outside_comments(css) == []
    assert "sourceMappingURL" not in js and "@import" not in css
    assert not LOADS.search(js)  # nothing is fetched: no dynamic import, fetch, XHR, script or worker


def test_the_vendored_copy_keeps_its_licence_and_says_its_version():
    licence = (editor.STATIC / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Marijn Haverbeke" in licence
    version = re.search(r'CodeMirror\.version = "([\d.]+)"', (editor.STATIC / "codemirror.js").read_text("utf-8"))
    assert version and version.group(1).startswith("5.")
    assert f"codemirror@{version.group(1)}" in (editor.STATIC / "README.md").read_text(encoding="utf-8")


def test_missing_files_mean_the_plain_text_box(monkeypatch, tmp_path):
    monkeypatch.setattr(editor, "STATIC", tmp_path)  # no CodeMirror there
    editor.sources.cache_clear()
    editor._component.cache_clear()
    try:
        assert editor.available() is False
        with pytest.raises(OSError):
            editor.sources()
    finally:
        editor.sources.cache_clear()
        editor._component.cache_clear()
    monkeypatch.undo()
    assert editor.available() is True


@pytest.mark.skipif(shutil.which("node") is None, reason="node checks the module's syntax where it is installed")
def test_component_is_one_valid_javascript_module(tmp_path):
    js, _ = editor.sources()
    (tmp_path / "editor.mjs").write_text(js, encoding="utf-8")
    (tmp_path / "broken.mjs").write_text(js + "\nexport default function () {}\n", encoding="utf-8")
    check = [shutil.which("node"), "--check"]
    assert subprocess.run([*check, str(tmp_path / "editor.mjs")], capture_output=True, timeout=60).returncode == 0
    assert subprocess.run([*check, str(tmp_path / "broken.mjs")], capture_output=True, timeout=60).returncode != 0
