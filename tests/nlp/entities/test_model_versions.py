"""Versioned model names grow over their versions and editions, and name the family's other versions."""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.entities.model_versions import edition, model_versions
from tests.nlp.constructed import build

POS = {",": "PUNCT", ".": "PUNCT", "and": "CCONJ", "beat": "VERB", "on": "ADP", "the": "DET", "Monday": "PROPN"}


def grown(words: list[str], ents: dict[tuple[int, int], str]) -> list[tuple[str, str]]:
    """The new spans of `model_versions` over a constructed sentence whose typed names are `ents`."""
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1),
                pos=[POS.get(w, "NUM" if w[:1].isdigit() else "PROPN") for w in words])
    kept = [Span(doc, s, e, label=cls) for (s, e), cls in ents.items()]
    return [(s.text, s.label_) for s in model_versions(doc, kept)]


def test_a_model_name_grows_over_its_version_and_edition():
    assert grown(["Suzuri", "3", "Mini", "launched"], {(0, 1): "AIModel"}) == [("Suzuri 3 Mini", "AIModel")]
    assert grown(["the", "Lattice", "3", "Deep", "model"], {(3, 4): "AIModel"}) == [("Lattice 3 Deep", "AIModel")]


def test_the_other_versions_of_a_family_are_models_too():
    words = ["Lattice", "3", "Deep", "beat", "Lattice", "2", "and", "Lattice", "3", "Swift"]
    assert grown(words, {(0, 3): "AIModel"}) == [("Lattice 2", "AIModel"), ("Lattice 3 Swift", "AIModel")]
    # the piece NER read as an organisation is inside the version's name: the longer wins later (filter_spans)
    assert grown(["Suzuri", "3", "Mini", "and", "Suzuri", "2"], {(0, 1): "Company", (4, 6): "AIModel"}) == \
        [("Suzuri 3 Mini", "AIModel")]


def test_nothing_starts_from_a_number_a_day_or_an_acronym():
    assert grown(["Section", "230", "and", "Article", "5"], {}) == []
    assert grown(["Section", "230", "beat", "Gemini"], {(3, 4): "AIModel"}) == []  # no family of "Section"
    assert grown(["Suzuri", "3", "Monday"], {(0, 1): "AIModel"}) == [("Suzuri 3", "AIModel")]
    assert grown(["Suzuri", "2", "API", "and", "Suzuri", "3", "Pro"], {(4, 7): "AIModel"}) == [("Suzuri 2", "AIModel")]
    # the edition stops where another name begins; a name that would cut another entity in two is left alone
    assert grown(["Suzuri", "3", "Acme", "Labs"], {(0, 1): "AIModel", (2, 4): "Company"}) == [("Suzuri 3", "AIModel")]
    assert grown(["Acme", "Lattice", "3", "Deep"], {(3, 4): "AIModel", (0, 2): "Company"}) == []


def test_the_edition_is_the_short_form_of_a_versioned_name():
    assert edition(["Lattice", "3", "Deep"]) == "Deep" and edition(["Claude", "3.5", "Sonnet"]) == "Sonnet"
    assert edition(["Suzuri", "3"]) is None and edition(["GPT-4o"]) is None and edition(["3", "Pro"]) is None


def test_a_word_shaped_like_a_name_and_its_version_is_a_model():
    assert grown(["Kestrel", "released", "Tern-3", "and", "Lumo-4.5", "and", "Chaba-7B"], {}) == \
        [("Tern-3", "AIModel"), ("Lumo-4.5", "AIModel"), ("Chaba-7B", "AIModel")]
    # a year is no version, an acronym no model's name here, a disease no model
    assert grown(["in", "Mid-2025", ",", "GPT-4", "and", "Covid-19", "and", "F-35"], {}) == []
    assert grown(["Tern-3", "shipped"], {(0, 1): "AIModel"}) == []  # already a model: nothing new
