"""Where the shipped data files live: the ontology folder and the NLP data folder."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """`kg/_ontology` in an installed wheel, else the repository's `ontology/`."""
    for cand in (PACKAGE / "_ontology", PACKAGE.parent / "ontology"):
        if (cand / "gazetteer.jsonl").is_file():
            return cand
    from kg.errors import Errors, KGError

    raise KGError(Errors.E001, package=PACKAGE)


def ontology_file(name: str) -> Path:
    return ontology_dir() / name


def nlp_data(name: str) -> Path:
    return PACKAGE / "nlp" / "data" / name
