"""Names in other languages joined by lower-case particles (kg/nlp/entities/particle_names.py), on constructed
documents."""
from __future__ import annotations

from kg.nlp.entities.nesting import Nesting, extend_embedded_names
from kg.nlp.entities.particle_names import name_over_particles
from tests.nlp.constructed import build


def spans(doc):
    return [(e.start, e.end, e.label_) for e in extend_embedded_names(doc)]


def test_particle_names_join_the_tagged_parts_of_one_name():
    # "a loan from Banco do Povo ." : NER tags "Banco" a place and "Povo" an organisation
    doc = build(["a", "loan", "from", "Banco", "do", "Povo", "."], [1, 1, 1, 2, 5, 3, 1],
                ["det", "ROOT", "prep", "pobj", "case", "nmod", "punct"],
                pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                ents={(3, 4): "GPE", (5, 6): "ORG"})
    assert spans(doc) == [(3, 6, "ORG")]


def test_particle_names_grow_over_untagged_words_before_a_particle():
    # "the group Agua para Todos said ."
    doc = build(["the", "group", "Agua", "para", "Todos", "said", "."], [1, 5, 4, 4, 1, 5, 5],
                ["det", "nsubj", "compound", "compound", "appos", "ROOT", "punct"],
                pos=["DET", "NOUN", "PROPN", "NOUN", "PROPN", "VERB", "PUNCT"], ents={(4, 5): "ORG"})
    assert spans(doc) == [(2, 5, "ORG")]


def test_particle_names_places_stay_a_place_and_people_keep_their_own_names():
    # "in Santiago de Compostela" (two places: one place); "Lula da Silva" (a person: not this rule's)
    doc = build(["in", "Santiago", "de", "Compostela"], [0, 0, 3, 1], ["ROOT", "pobj", "case", "nmod"],
                ents={(1, 2): "GPE", (3, 4): "GPE"})
    assert spans(doc) == [(1, 4, "GPE")]
    doc = build(["Lula", "da", "Silva", "spoke"], [3, 2, 0, 3], ["nsubj", "case", "nmod", "ROOT"],
                ents={(0, 1): "PERSON"})
    assert not name_over_particles(doc.ents[0], Nesting.of(doc))


def test_particle_names_need_a_particle_and_a_capitalised_word_after_it():
    # "Sindicato de huelga" (a lower-case word after the particle); "Acme and Beta" (no particle)
    doc = build(["Sindicato", "de", "huelga", "said"], [3, 2, 0, 3], ["nsubj", "case", "nmod", "ROOT"],
                ents={(0, 1): "ORG"})
    assert not name_over_particles(doc.ents[0], Nesting.of(doc))
    doc = build(["Acme", "and", "Beta", "said"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
                ents={(0, 1): "ORG", (2, 3): "ORG"})
    assert not name_over_particles(doc.ents[0], Nesting.of(doc))


def test_a_name_cut_at_of_runs_on_over_the_capitalised_words_after_it():
    # "the Superior Tribunal of Bogotá ruled" : NER cut the court at "of" and read the city a person
    from kg.nlp.entities.particle_names import name_cut_at_connector

    doc = build(["the", "Superior", "Tribunal", "of", "Bogotá", "ruled"], [2, 2, 5, 2, 3, 5],
                ["det", "compound", "nsubj", "prep", "pobj", "ROOT"], ents={(1, 4): "ORG", (4, 5): "PERSON"})
    assert spans(doc) == [(1, 5, "ORG")]
    # a known name after it stays itself; no capitalised word after it, nothing to run on over
    doc = build(["the", "Friends", "of", "Meta", "met"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"],
                ents={(1, 3): "ORG", (3, 4): "Company"}, ids={(3, 4): "meta"})
    assert not name_cut_at_connector(doc.ents[0], Nesting.of(doc))
    doc = build(["the", "Friends", "of", "ours", "met"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"],
                ents={(1, 3): "ORG"})
    assert not name_cut_at_connector(doc.ents[0], Nesting.of(doc))
