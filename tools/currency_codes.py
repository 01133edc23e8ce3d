"""Generate kg/nlp/data/currencies.json: the ISO 4217 currency codes ("PLN", "DKK", "CHF", "KRW"), current and
historical, from babel's CLDR data. A code written in capitals before an amount ("PLN 40 million", "NOK 200
million") is no organisation's name, whatever the tagger reads, nor the end of one ("Lua Viet Media VND 150 million";
kg/nlp/entities/name_runs.py: amount_code).

Needs babel only to regenerate (pip install babel):
    python tools/currency_codes.py     # rewrites kg/nlp/data/currencies.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "nlp" / "data" / "currencies.json"


def main() -> int:
    from babel.numbers import list_currencies

    codes = sorted(c for c in list_currencies() if len(c) == 3 and c.isalpha() and c.isupper())
    OUT.write_text(json.dumps({"_doc": __doc__.split("\n\n")[0].replace("\n", " "), "codes": codes},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(codes)} currency codes written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
