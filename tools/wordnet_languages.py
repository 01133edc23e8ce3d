"""Generate kg/nlp/data/languages.jsonl: the names of the natural languages WordNet knows ("Swahili", "Hausa",
"Tagalog"), which the small NER model often reads as an organisation, a place or a person ("models in Swahili").
The entity typer leaves a name that is a language out: a language is no entity of the contract.

Needs Debian's `wordnet-base` (WordNet 3.0) only to regenerate:
    apt-get install wordnet-base
    python tools/wordnet_languages.py [/usr/share/wordnet]     # rewrites kg/nlp/data/languages.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from wordnet_places import read_synsets  # noqa: E402  (the one reader of WordNet's noun file)

OUT = ROOT / "kg" / "nlp" / "data" / "languages.jsonl"


def languages(wordnet_dir: str) -> list[str]:
    """Capitalised lemmas of the synsets below natural_language (hypernyms, not instances: WordNet files languages as
    kinds of their family, "Swahili" under "Bantu")."""
    synsets = read_synsets(wordnet_dir)
    memo: dict[str, bool] = {}

    def is_language(offset: str) -> bool:
        if offset not in memo:
            memo[offset] = False
            lemmas, hyper, inst = synsets[offset]
            memo[offset] = "natural_language" in lemmas or any(is_language(h) for h in hyper + inst)
        return memo[offset]

    return sorted({w.split("(")[0].replace("_", " ") for off, (lemmas, _, _) in synsets.items() if is_language(off)
                   for w in lemmas if w[:1].isupper()})


def main() -> None:
    names = languages(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    header = "// Natural languages WordNet 3.0 knows; regenerate with tools/wordnet_languages.py\n"
    OUT.write_text(header + "".join(json.dumps({"name": n}, ensure_ascii=False) + "\n" for n in names), encoding="utf-8")
    print(f"{len(names)} languages -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
