"""Re-run the README's `kg query` examples on a fresh build of seeds/ and rewrite the output shown after each.

    python tools/refresh_readme.py

tests/test_readme.py fails when the shown output no longer matches; run this after changing extraction.
"""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]
MAX_ROWS = 8  # longer tables are cut, with a "..." row


def run(args: list[str]) -> str:
    return subprocess.run(KG + args, cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"COLUMNS": "100", "PATH": ""}).stdout


def cut(table: str) -> str:
    lines = table.rstrip("\n").splitlines()
    if lines and lines[-1].endswith("row(s)"):
        lines = lines[:-1]
    body = [i for i, ln in enumerate(lines) if ln.startswith("│")]
    if len(body) > MAX_ROWS:
        keep = body[:MAX_ROWS - 1]
        filler = re.sub(r"[^│┃]", " ", lines[body[0]])
        filler = "│ ..." + filler[5:]
        lines = lines[:keep[-1] + 1] + [filler] + lines[body[-1] + 1:]
    return "\n".join(lines) + "\n"


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        graph = str(Path(tmp) / "seeds.ttl")
        run(["build", "seeds", "-o", graph, "-q"])

        def replace(m: re.Match) -> str:
            args = [graph if a == "seeds.ttl" else a for a in shlex.split(m.group(1))[1:]]
            return f"```bash\n{m.group(1)}\n```\n\n```text\n{cut(run(args))}```"

        text = re.sub(r"```bash\n(kg query [^\n]*)\n```\s*```text\n.*?```", replace, text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
