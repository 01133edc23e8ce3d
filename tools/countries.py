"""Generate kg/nlp/data/countries.jsonl: the names of the world's countries (ISO 3166-1: the short name, the common
name where it differs, the official name), which qualify the name of a body or a law ("Kenya Office of the Data
Protection Commissioner" is the "Office of the Data Protection Commissioner" of a Kenyan article).

Needs Debian's `iso-codes` (/usr/share/iso-codes/json/iso_3166-1.json), only to regenerate:

    apt-get install iso-codes
    python tools/countries.py            # rewrites kg/nlp/data/countries.jsonl

At build time the project reads the generated file; iso-codes is not needed then.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "kg" / "nlp" / "data" / "countries.jsonl"


def main() -> None:
    rows = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]
    lines = ["// Country names of ISO 3166-1 (Debian iso-codes, LGPL 2.1); regenerate with tools/countries.py"]
    for r in sorted(rows, key=lambda r: r["alpha_2"]):
        names = [r["name"], *[r[k] for k in ("common_name", "official_name") if r.get(k) and r[k] != r["name"]]]
        lines.append(json.dumps({"code": r["alpha_2"], "names": names}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} countries")


if __name__ == "__main__":
    main()
