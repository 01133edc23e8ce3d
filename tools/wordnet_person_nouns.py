"""Generate kg/nlp/data/person_nouns.json: the common nouns whose first WordNet sense is a person (the lexicographer
file noun.person): "analyst", "lawyer", "campaigner", "spokesperson". A role noun in apposition to a person's name,
with an organisation after "at", "for" or "with" or before it ("Rachel Lim, an analyst at Kallang Research", "Sarah
Lincoln, the GFF lawyer"), says who the person works for (kg/nlp/relations/title_patterns.py); the hand-written
role_heads of data/relation_cues.json stay the only ones read with "of" ("director of OSTP": "a critic of Meta" is no
affiliation). Proper names (a synset word written with a capital: "Hooke") stay out.

Needs Debian's `wordnet-base` (WordNet 3.0) only to regenerate:
    apt-get install wordnet-base
    python tools/wordnet_person_nouns.py [/usr/share/wordnet]     # rewrites kg/nlp/data/person_nouns.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "nlp" / "data" / "person_nouns.json"
PERSON = 18  # noun.person in WordNet's lexicographer files


def first_senses(wordnet_dir: str) -> dict[str, int]:
    """Noun lemma -> the offset of its first (most frequent) sense, from index.noun."""
    out = {}
    for line in Path(wordnet_dir, "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split()
        n_ptr = int(f[3])
        out[f[0]] = int(f[4 + n_ptr + 2])  # after the pointer symbols, the sense count and the tagged-sense count
    return out


def synset(data: bytes, offset: int) -> tuple[int, list[str]]:
    """(lexicographer file, words as written) of the noun synset at `offset` of data.noun."""
    f = data[offset:data.index(b"\n", offset)].decode("latin-1").split()
    n = int(f[3], 16)
    return int(f[1]), [f[4 + 2 * k] for k in range(n)]


def main(wordnet_dir: str = "/usr/share/wordnet") -> int:
    data = Path(wordnet_dir, "data.noun").read_bytes()
    nouns = []
    for lemma, offset in sorted(first_senses(wordnet_dir).items()):
        if not lemma.replace("-", "").isalpha():
            continue
        lexfile, words = synset(data, offset)
        written = next((w for w in words if w.lower() == lemma), lemma)
        if lexfile == PERSON and written == written.lower():
            nouns.append(lemma)
    OUT.write_text(json.dumps({"_doc": __doc__.split("\n\n")[0].replace("\n", " "), "nouns": nouns},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
