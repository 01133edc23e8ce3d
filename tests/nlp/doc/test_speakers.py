"""Who says a quotation and whose a description in reported speech is (kg/nlp/doc/speakers.py), on constructed
parses."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build

# Beta Corp sued Acme . Jane Roe , Acme 's officer , said the company objected .
WORDS = ["Beta", "Corp", "sued", "Acme", ".", "Jane", "Roe", ",", "Acme", "'s", "officer", ",", "said", "the",
         "company", "objected", "."]
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


def test_speakers_an_outside_role_speaks_for_no_organisation_and_the_last_one_named_is_the_speakers():
    # "Jane Roe , Acme 's analyst , said the company objected .": an analyst speaks of another company
    words = WORDS[:10] + ["analyst"] + WORDS[11:]
    lemmas = [w.lower() if w != "said" else "say" for w in words]
    doc = build(words, HEADS, DEPS, pos=POS, lemmas=lemmas,
                ents={(0, 2): "Company", (3, 4): "Company", (5, 7): "Person", (8, 9): "Company"})
    assert EntityIndex.of(doc).head_entity(doc[14]) == "Beta Corp"
    # "Jane Roe , a former officer , said ..." : a former role speaks for no one either
    words = WORDS[:8] + ["former", "Acme", "officer"] + WORDS[11:]
    heads = HEADS[:8] + [10, 10] + HEADS[10:]
    deps = DEPS[:8] + ["amod", "compound"] + DEPS[10:]
    pos = POS[:8] + ["ADJ", "PROPN"] + POS[10:]
    doc = build(words, heads, deps, pos=pos, lemmas=[w.lower() if w != "said" else "say" for w in words],
                ents={(0, 2): "Company", (3, 4): "Company", (5, 7): "Person", (9, 10): "Company"})
    assert EntityIndex.of(doc).head_entity(doc[14]) == "Beta Corp"


def test_speakers_an_organisation_before_the_speakers_name_is_theirs():
    # "Beta Corp sued Acme . Acme 's Jane Roe said the company objected ."
    words = ["Beta", "Corp", "sued", "Acme", ".", "Acme", "'s", "Jane", "Roe", "said", "the", "company", "objected",
             "."]
    heads = [1, 2, 2, 2, 2, 8, 5, 8, 9, 9, 11, 12, 9, 9]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "poss", "case", "compound", "nsubj", "ROOT", "det", "nsubj",
            "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "PART", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB",
           "PUNCT"]
    doc = build(words, heads, deps, pos=pos, lemmas=[w.lower() if w != "said" else "say" for w in words],
                ents={(0, 2): "Company", (3, 4): "Company", (5, 6): "Company", (7, 9): "Person"})
    assert EntityIndex.of(doc).head_entity(doc[11]) == "Acme"
