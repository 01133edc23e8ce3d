"""tools/descriptor_nouns.py: the nouns that describe a gold name, and the shipped list it wrote."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from kg.contract import ENTITY_CLASSES
from tests.nlp.constructed import build

ROOT = Path(__file__).resolve().parents[3]


def tool():
    spec = importlib.util.spec_from_file_location("descriptor_nouns", ROOT / "tools" / "descriptor_nouns.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_descriptor_nouns_before_a_name_and_in_apposition():
    # "the pharmacy chain Harbour Pharmacy , a rival , said"
    doc = build(["the", "pharmacy", "chain", "Harbour", "Pharmacy", ",", "a", "rival", ",", "said"],
                [2, 2, 4, 4, 9, 4, 7, 4, 4, 9],
                ["det", "compound", "compound", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT"],
                pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"])
    assert tool().descriptor_words(doc[3:5]) == ["chain", "rival"]
    assert tool().descriptor_words(doc[7:8]) == []  # a lower-case word is no name's


def test_descriptor_nouns_the_shipped_list_names_contract_classes():
    data = json.loads((ROOT / "kg" / "nlp" / "data" / "learned_descriptors.json").read_text(encoding="utf-8"))
    assert data["descriptors"] and set(data["descriptors"].values()) <= set(ENTITY_CLASSES)
    for word, cls in data["descriptors"].items():
        counts = data["counts"][word]
        assert counts[cls] >= 0.9 * sum(counts.values()) and sum(counts.values()) >= 3
