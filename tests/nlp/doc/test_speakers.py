"""Who says a quotation and whose a description in reported speech is (kg/nlp/doc/speakers.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build

# Beta Corp sued Acme . Jane Roe , Acme 's officer , said the company objected .
WORDS = ["Beta", "Corp", "sued", "Acme", ".", "Jane", "Roe", ",", "Acme", "'s", "officer", ",", "said", "the", "company",
         "objected", "."]
HEADS = [1, 2, 2, 2, 2, 6, 12, 6, 10, 8, 6, 6, 12, 14, 15, 12, 12]
DEPS = ["compound", "nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "punct", "poss", "case", "appos", "punct",
        "ROOT", "det", "nsubj", "ccomp", "punct"]
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB",
       "DET", "NOUN", "VERB", "PUNCT"]


def test_speakers_a_description_in_what_a_person_says_is_their_own_organisation():
    lemmas = [w.lower() if w != "said" else "say" for w in WORDS]
    doc = build(WORDS, HEADS, DEPS, pos=POS, lemmas=lemmas,
                ents={(0, 2): "Company", (3, 4): "Company", (5, 7): "Person", (8, 9): "Company"})
    idx = EntityIndex.of(doc)
    assert idx.head_entity(doc[14]) == "Acme"  # not Beta Corp, the last subject before it


def test_speakers_without_a_speaker_a_description_is_read_back_through_the_text():
    words = WORDS[:12] + ["knew", "the", "company", "objected", "."]  # "knew" is no verb of saying
    lemmas = [w.lower() if w != "knew" else "know" for w in words]
    doc = build(words, HEADS, DEPS, pos=POS, lemmas=lemmas,
                ents={(0, 2): "Company", (3, 4): "Company", (5, 7): "Person", (8, 9): "Company"})
    assert EntityIndex.of(doc).head_entity(doc[14]) == "Beta Corp"
