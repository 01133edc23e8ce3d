"""Generate kg/nlp/data/wordnet_places.jsonl: the names of places WordNet knows as instances of a city, a town, an
administrative district (state, province, county, borough, ...), a country or a continent ("Berlin", "Bavaria",
"Manhattan", "District of Columbia", "Europe"), and the adjectives WordNet relates to one of them ("Norwegian" to
Norway, "Bavarian" to Bavaria), which the typer reads as a place before a body's name ("the Norwegian government").

The entity typer uses them, beside data/places.jsonl and data/countries.jsonl, to tell a place the tagger found from
a name it took for one ("an investigation into Solvane"): a name no list of places knows is not a Jurisdiction.
Seas, rivers, mountains and regions of the map ("Atlantic", "Alps", "Middle East") are no jurisdiction and stay out;
a continent that is no country too ("Asia", "Africa"; not "Australia") is marked "continent": it has no government
and no law of its own, and the gold never annotates one (kg/nlp/entities/places.py).

Needs Debian's `wordnet-base` (WordNet 3.0) only to regenerate:
    apt-get install wordnet-base
    python tools/wordnet_places.py [/usr/share/wordnet]     # rewrites kg/nlp/data/wordnet_places.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "nlp" / "data" / "wordnet_places.jsonl"
# The classes whose instances are jurisdictions, by one lemma of their synset, and the kind they give.
KINDS = {"city": "city", "town": "city", "administrative_district": "region", "country": "country",
         "continent": "continent"}


def entries(wordnet_dir: str, pos: str):
    """(offset, lemmas, pointers as (symbol, target offset, target part of speech)) of each synset of WordNet's
    data file for `pos` ("noun", "adj")."""
    for line in Path(wordnet_dir, f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        n_words = int(parts[3], 16)
        at = 4 + 2 * n_words
        pointers = [tuple(parts[at + 1 + 4 * k: at + 4 + 4 * k]) for k in range(int(parts[at]))]
        yield parts[0], [parts[4 + 2 * k] for k in range(n_words)], pointers


def read_synsets(wordnet_dir: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """offset -> (lemmas, hypernym offsets, instance-hypernym offsets) of every noun synset."""
    out = {}
    for offset, lemmas, pointers in entries(wordnet_dir, "noun"):
        hyper = [t for sym, t, pos in pointers if pos == "n" and sym == "@"]
        inst = [t for sym, t, pos in pointers if pos == "n" and sym == "@i"]
        out[offset] = (lemmas, hyper, inst)
    return out


def kind_of(offset: str, synsets: dict, memo: dict[str, str | None]) -> str | None:
    """The first of KINDS a class synset is (itself or a hypernym), or None."""
    if offset not in memo:
        memo[offset] = None  # no cycles in WordNet's hypernyms, but stay safe
        lemmas, hyper, _ = synsets[offset]
        found = next((KINDS[w.lower()] for w in lemmas if w.lower() in KINDS), None)
        memo[offset] = found or next((k for h in hyper for k in [kind_of(h, synsets, memo)] if k), None)
    return memo[offset]


def places(wordnet_dir: str) -> list[dict]:
    synsets, memo, out, offsets = read_synsets(wordnet_dir), {}, set(), {}
    continent, other = set(), set()
    for offset, (lemmas, _, inst) in synsets.items():
        kinds = {kind_of(c, synsets, memo) for c in inst} - {None}
        if kinds:
            names = [w.split("(")[0].replace("_", " ") for w in lemmas if w[:1].isupper()]
            out |= set(names)
            (continent if kinds == {"continent"} else other).update(names)
            if names:
                offsets[offset] = names[0]
    rows = [{"name": n, "continent": True} if n in continent - other else {"name": n} for n in sorted(out)]
    return rows + [{"name": a, "adjective_of": p} for a, p in sorted(adjectives(wordnet_dir, offsets).items())]


def adjectives(wordnet_dir: str, places_at: dict[str, str]) -> dict[str, str]:
    """Capitalised adjective -> the place its pertainym pointer names ("Norwegian" -> "Norway")."""
    out = {}
    for _, lemmas, pointers in entries(wordnet_dir, "adj"):
        place = next((places_at[t] for sym, t, _ in pointers if sym == "\\" and t in places_at), None)
        if place:
            out.update({w.split("(")[0].replace("_", " "): place for w in lemmas if w[:1].isupper()})
    return out


def main() -> None:
    rows = places(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    header = ("// Places WordNet 3.0 knows as instances of a city, town, administrative district, country or continent (marked"
              " continent), and the adjectives of those places (adjective_of); regenerate with tools/wordnet_places.py\n")
    OUT.write_text(header + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n = sum("adjective_of" in r for r in rows)
    print(f"{len(rows) - n} places and {n} adjectives of places -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
