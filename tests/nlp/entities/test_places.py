from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.entities.context_rules import by_context
from kg.nlp.entities.entity_types import classify, cues
from kg.nlp.entities.places import is_place, known_place, people_in_place, place_of
from tests.nlp.constructed import build, vocab


def span(words: list[str], label: str) -> Span:
    return Span(Doc(vocab(), words=words), 0, len(words), label=label)


def test_places_a_city_or_region_is_a_jurisdiction_whatever_the_tagger_says():
    assert is_place(span(["Menlo", "Park"], "PERSON")) and is_place(span(["São", "Paulo"], "PERSON"))
    assert is_place(span(["Pernambuco"], "GPE")) and is_place(span(["Hyderabad"], "GPE"))
    assert is_place(span(["Lincoln"], "GPE")) and not is_place(span(["Lincoln"], "PERSON"))  # may be a surname
    assert not is_place(span(["Reading"], "GPE"))  # a common word is left out of the list
    assert not is_place(span(["Anthropic"], "ORG"))
    based = Span(Doc(vocab(), words=["a", "Hyderabad", "-", "based", "startup"]), 1, 2, label="ORG")
    assert is_place(based)  # "a Hyderabad-based startup": where something is based is a place


def test_places_a_one_word_city_tagged_an_organisation_is_one_only_where_another_mention_is_a_place():
    assert not is_place(span(["Tampere"], "ORG")) and not is_place(span(["Mila"], "ORG"))  # "Toyota", "Tata" alike
    doc = Doc(vocab(), words=["Tampere", "and", "Tampere"])
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="ORG")]
    assert is_place(doc.ents[1])
    assert not is_place(span(["Uppsala"], "PERSON"))  # a one-word name tagged a person may be a surname


def test_places_a_one_word_city_tagged_an_organisation_that_modifies_a_common_noun_is_a_place():
    # "a Malmö company supplied it" / "a Malmö Company supplied it": a name's own capitalised word is no common noun
    for noun, placed in (("company", True), ("Company", False)):
        doc = build(["a", "Malmö", noun, "supplied", "it"], [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "PROPN", "NOUN", "VERB", "PRON"], ents={(1, 2): "ORG"})
        assert is_place(doc.ents[0]) is placed
    # "it opened in Sendai" / "it invested Sendai": a city after "in" is where something is
    for prep, placed in (("in", True), ("invested", False)):
        doc = build(["it", "opened", prep, "Sendai"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ents={(3, 4): "ORG"})
        assert is_place(doc.ents[0]) is placed


def test_places_a_smaller_town_only_where_the_tagger_or_the_text_says_it_is_a_place():
    assert is_place(span(["Lehi"], "GPE")) and not is_place(span(["Lehi"], "ORG"))
    assert is_place(Span(Doc(vocab(), words=["a", "Lehi", "-", "based", "company"]), 1, 2, label="ORG"))
    assert not known_place(span(["Lehi"], "GPE"))  # towns enter no other list of places


def test_places_a_name_no_list_knows_is_a_place_where_an_organisation_is_based():
    # "the Veldhoven-based company": a place, whatever the tagger says; "a Kestrel-based chatbot" and "an LLM-based
    # company" (no title-case name) name none
    for name, noun, placed in (("Veldhoven", "company", True), ("Kestrel", "chatbot", False), ("LLM", "company", False)):
        doc = build(["the", name, "-", "based", noun], [4, 3, 3, 4, 4], ["det", "npadvmod", "punct", "amod", "ROOT"],
                    pos=["DET", "PROPN", "PUNCT", "VERB", "NOUN"], lemmas=["the", name, "-", "base", noun],
                    ents={(1, 2): "ORG"}, spaces=[True, False, False, True, False])
        assert is_place(doc.ents[0]) is placed
    assert not is_place(span(["Veldhoven"], "ORG"))  # alone, an unknown name is no place


def test_places_a_name_is_a_place_by_its_context_on_constructed_parses():
    # "the city of Tampere signed" (a known place) / "the city of Lehi" (a town): a place noun, then "of"
    for name in ("Tampere", "Lehi"):
        doc = build(["the", "city", "of", name, "signed"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "VERB"], ents={(3, 4): "ORG"})
        assert place_of(doc.ents[0], cues()) == by_context(doc.ents[0]) == "Jurisdiction"
    # "the Bank of Tampere": "of" after a name's own capitalised word is no place noun
    doc = build(["the", "Bank", "of", "Tampere", "said"], [1, 4, 1, 2, 4], ["det", "nsubj", "prep", "pobj", "ROOT"],
                pos=["DET", "PROPN", "ADP", "PROPN", "VERB"], ents={(3, 4): "ORG"})
    assert place_of(doc.ents[0], cues()) is None
    # "the state of Lumina's finances": no list knows the name, and it owns something
    doc = build(["the", "state", "of", "Lumina", "'s", "finances"], [1, 1, 1, 5, 3, 2],
                ["det", "ROOT", "prep", "poss", "case", "pobj"], pos=["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN"],
                tags=["DT", "NN", "IN", "NNP", "POS", "NNS"], ents={(3, 4): "ORG"})
    assert place_of(doc.ents[0], cues()) is None


def test_places_people_in_a_known_place_make_it_one():
    def parse(noun: str, name: str) -> Doc:
        return build([noun, "in", name, "said"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"],
                     pos=["NOUN", "ADP", "PROPN", "VERB"], lemmas=[noun[:-1], "in", name, "say"], ents={(2, 3): "ORG"})

    assert people_in_place(parse("officials", "Reykjavik").ents[0], cues()) == "Jurisdiction"
    # whose, not where: "investors in Reykjavik", "partners in Reykjavik"
    assert people_in_place(parse("investors", "Reykjavik").ents[0], cues()) is None
    assert people_in_place(parse("partners", "Reykjavik").ents[0], cues()) is None
    # an unknown name, or a smaller town ("Kirkland" is also a law firm's name), is left to the other cues
    assert people_in_place(parse("officials", "Zorblax").ents[0], cues()) is None
    assert people_in_place(parse("officials", "Kirkland").ents[0], cues()) is None


def test_places_a_place_no_list_knows_is_no_jurisdiction():
    """The tagger's GPE or LOC is a Jurisdiction only for a name a list of places knows (countries, cities, regions,
    the gazetteer's jurisdictions, WordNet's places); any other is the name model's organisation or nothing,
    never a person ("Silicon Valley")."""
    def into(words: list[str], label: str) -> Span:
        doc = Doc(vocab(), words=["into", *words], pos=["ADP"] + ["PROPN"] * len(words))
        return Span(doc, 1, 1 + len(words), label=label)

    for words in (["Berlin"], ["Bavaria"], ["Manhattan"], ["District", "of", "Columbia"], ["Ohio"]):
        assert known_place(into(words, "GPE")) and classify(into(words, "GPE"))[0] == "Jurisdiction"
    for words in (["Solvane"], ["Silicon", "Valley"], ["Middle", "East"], ["Atlantic"]):
        assert not known_place(into(words, "LOC"))
        assert classify(into(words, "LOC"))[0] not in ("Jurisdiction", "Person")


def test_places_a_continent_is_no_jurisdiction():
    def into(words: list[str], label: str) -> Span:
        doc = Doc(vocab(), words=["into", *words], pos=["ADP"] + ["PROPN"] * len(words))
        return Span(doc, 1, 1 + len(words), label=label)

    for words in (["Asia"], ["Africa"], ["North", "America"]):
        assert classify(into(words, "LOC")) == (None, 0)
    assert classify(into(["Australia"], "GPE"))[0] == "Jurisdiction"  # a continent and a country
