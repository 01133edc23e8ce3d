"""Typing a name the gazetteer does not know, from the name's own shape ("Nimbus Labs", "Data Justice Forum",
"IMCO"), by a model learned from the gazetteer and the training corpus's gold entities."""
from __future__ import annotations

from functools import lru_cache

from kg.contract import ENTITY_CLASSES
from kg.nlp.learn.model import LogReg, read_model
from kg.nlp.lexicon import words as word_list

CLASSES = list(ENTITY_CLASSES)  # the contract's eight, written once in kg/contract.py
OF_WORDS = word_list("entity_words.json", "name_model_prepositions")  # inside a name: an of-phrase


def name_features(name: str) -> dict[str, float]:
    """The words of the name, its first and last word, the last word's ending, and its shape."""
    words = [w.strip(".,'\u2019()").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return {"bias": 1.0}
    f = {"bias": 1.0, f"first={words[0]}": 1.0, f"last={words[-1]}": 1.0, f"end3={words[-1][-3:]}": 1.0,
         f"nwords={min(len(words), 5)}": 1.0}
    for w in words:
        f[f"w={w}"] = 1.0
    raw = name.replace(".", "")
    if raw.isupper() and len(raw) <= 8 and " " not in raw:
        f["acronym"] = 1.0
    if any(ch.isdigit() for ch in name):
        f["digit"] = 1.0
    if any(w in OF_WORDS for w in words[1:-1]):
        f["of_phrase"] = 1.0
    return f


def examples(rows: list[tuple[str, str]]) -> list[tuple[dict, str]]:
    return [(name_features(n), t) for n, t in rows if t in CLASSES and n.strip()]


@lru_cache(maxsize=4)
def load_name_model(folder: str) -> LogReg | None:
    data = read_model(folder, "names.json")
    return None if data is None else LogReg.from_json(data)


def predict(name: str, folder: str) -> tuple[str | None, float]:
    """(class, probability) for a name, or (None, 0) when no model is trained."""
    model = load_name_model(folder)
    if model is None:
        return None, 0.0
    probs = model.scores(name_features(name))
    best = max(range(len(probs)), key=probs.__getitem__)
    return model.classes[best], probs[best]
