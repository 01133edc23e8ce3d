"""Training the relation model: which documents teach it."""
from __future__ import annotations

from kg.train.examples import Parsed
from kg.train.relations import relation_examples
from tests.nlp.constructed import build


def parsed(relations: list[dict] | None) -> Parsed:
    # "OpenAI released GPT-5 ."
    doc = build(["OpenAI", "released", "GPT-5", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["openai", "release", "gpt-5", "."],
                ents={(0, 1): "Company", (2, 3): "AIModel"})
    gold = {"file": "a.txt", "entities": [], "actions": [], **({} if relations is None else {"relations": relations})}
    return Parsed(doc, gold, {"OpenAI": "openai", "GPT-5": "gpt-5"})


def test_a_document_annotated_for_relations_teaches_its_pairs():
    examples = relation_examples(parsed([{"s": "openai", "p": "develops", "o": "gpt-5"}]))
    assert [label for _, label, _ in examples] == ["develops>"]


def test_a_document_not_annotated_for_relations_teaches_nothing():
    # a sample annotated for entities and actions only (no "relations" in its gold): its pairs are not known to be
    # unrelated; an annotated document that states none teaches that its pairs are not
    assert relation_examples(parsed(None)) == []
    assert [label for _, label, _ in relation_examples(parsed([]))] == ["none"]
