"""Short forms a document defines for itself join the full name given earlier."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, full, short", [
    ("Clearview AI was fined by the ICO in 2022. Clearview said it would appeal the ruling.", "Clearview AI", "Clearview"),
    ("Getty Images sued Stability AI in London. Stability denied the claims.", "Stability AI", "Stability"),
    ("Nimbus Labs released a model on Monday. Nimbus said the model was safe.", "Nimbus Labs", "Nimbus"),
    ("Getty Images sued Stability AI in London. Getty had accused the firm of copying.", "Getty Images", "Getty"),
    # an English noun before the plural still names the firm (a helix is a noun, no adjective)
    ("Helix Minds, a Lisbon start-up, raised money in May. Helix said the round was its largest.", "Helix Minds",
     "Helix"),
])
def test_doc_aliases_company_short_form_is_one_entity(parse, text, full, short):
    ents = parse(text).entities.values()
    named = [e for e in ents if full in e.surface_forms]
    assert len(named) == 1 and short in named[0].surface_forms
    assert not [e for e in ents if e.surface_forms == {short}]


def test_doc_aliases_acronym_in_brackets_on_a_constructed_doc():
    from kg.nlp.entities.doc_aliases import acronym_after, is_acronym
    from tests.nlp.constructed import build

    words = ["the", "Bureau", "of", "Industry", "and", "Security", "(", '"', "BIS", '"', ")", "said"]
    doc = build(words, [1, 11, 1, 2, 3, 3, 1, 8, 1, 8, 1, 11], ["det", "nsubj", "prep", "pobj", "cc", "conj", "punct",
                "punct", "appos", "punct", "punct", "ROOT"], ents={(1, 6): "GovernmentBody"})
    acr = acronym_after(doc.ents[0])
    assert (acr.start, acr.end, acr.text) == (8, 9, "BIS")
    # the name in its own language first: "the Dutch DPA ( Autoriteit Persoonsgegevens , AP ) fined"
    words = ["the", "Dutch", "DPA", "(", "Autoriteit", "Persoonsgegevens", ",", "AP", ")", "fined"]
    doc = build(words, [2, 2, 9, 2, 5, 2, 5, 5, 2, 9], ["det", "amod", "nsubj", "punct", "compound", "appos", "punct",
                "appos", "punct", "ROOT"], ents={(1, 3): "GovernmentBody"})
    acr = acronym_after(doc.ents[0])
    assert (acr.start, acr.end, acr.text) == (7, 8, "AP")
    words[4:6] = ["research", "office"]  # lower-case words are no name: nothing is defined
    doc = build(words, [2, 2, 9, 2, 5, 2, 5, 5, 2, 9], ["det", "amod", "nsubj", "punct", "compound", "appos", "punct",
                "appos", "punct", "ROOT"], ents={(1, 3): "GovernmentBody"})
    assert acronym_after(doc.ents[0]) is None
    # one word is no name of a body: "Georgetown ( Washington , D.C. )" defines nothing
    words = ["Georgetown", "(", "Washington", ",", "D.C.", ")", "said"]
    doc = build(words, [6, 0, 0, 2, 2, 0, 6], ["nsubj", "punct", "appos", "punct", "appos", "punct", "ROOT"],
                ents={(0, 1): "ResearchOrganization"})
    assert acronym_after(doc.ents[0]) is None
    assert is_acronym("BIS") and is_acronym("OpenAI") and not is_acronym("Act") and not is_acronym("ABCDEFGHIJKLM")


def test_doc_aliases_a_bill_number_and_its_title_in_apposition_are_one_instrument(parse):
    ex = parse("In February the Virginia General Assembly passed HB 2094, the High-Risk Artificial Intelligence Developer and Deployer Act "
               "sponsored by Delegate Michelle Maldonado.")
    laws = [e for e in ex.entities.values() if e.type == "PolicyInstrument"]
    assert len(laws) == 1 and {"HB 2094", "High-Risk Artificial Intelligence Developer and Deployer Act"} <= laws[0].surface_forms


def test_doc_aliases_a_list_of_instruments_stays_a_list():
    from kg.nlp.entities.doc_aliases import numbered_title
    from tests.nlp.constructed import build

    words = ["passed", "SB", "53", ",", "the", "Frontier", "Act", "and", "the", "Other", "Act"]
    deps = ["ROOT", "compound", "dobj", "punct", "det", "compound", "conj", "cc", "det", "compound", "conj"]
    doc = build(words, [0, 2, 0, 2, 6, 6, 2, 6, 10, 10, 6], deps,
                ents={(1, 3): "PolicyInstrument", (5, 7): "PolicyInstrument", (9, 11): "PolicyInstrument"})
    assert numbered_title(doc.ents[0]) is None
    words = words[:7] + ["took", "effect"]
    deps = ["ROOT", "compound", "dobj", "punct", "det", "compound", "appos", "dep", "dobj"]
    doc = build(words, [0, 2, 0, 2, 6, 6, 2, 0, 7], deps, ents={(1, 3): "PolicyInstrument", (5, 7): "PolicyInstrument"})
    assert numbered_title(doc.ents[0]).text == "Frontier Act"
    # "Before HB 2094 , the Frontier Act governed data": a new clause's subject, after a preposition
    words = ["Before", "HB", "2094", ",", "the", "Frontier", "Act", "governed", "data"]
    deps = ["prep", "compound", "pobj", "punct", "det", "compound", "nsubj", "ROOT", "dobj"]
    doc = build(words, [7, 2, 0, 7, 6, 6, 7, 7, 7], deps, ents={(1, 3): "PolicyInstrument", (5, 7): "PolicyInstrument"})
    assert numbered_title(doc.ents[0]) is None


def test_doc_aliases_bill_short_forms_from_the_chamber_word():
    from kg.nlp.entities.doc_aliases import bill_short_forms

    assert bill_short_forms(["Assembly", "Bill", "2655"]) == ["AB 2655"]
    assert bill_short_forms(["Connecticut", "Senate", "Bill", "2"]) == ["SB 2", "Senate Bill 2"]
    assert bill_short_forms(["House", "Bill", "2091"]) == ["HB 2091"]
    assert bill_short_forms(["Senate", "Bill"]) == [] and bill_short_forms(["Online", "Safety", "Bill"]) == []


def test_doc_aliases_a_bill_and_its_abbreviation_are_one_instrument(parse):
    ex = parse("Governor Gavin Newsom signed Assembly Bill 2655 in September. A judge blocked AB 2655 on Friday.")
    laws = [e for e in ex.entities.values() if e.type == "PolicyInstrument"]
    assert len(laws) == 1 and {"Assembly Bill 2655", "AB 2655"} <= laws[0].surface_forms


def test_doc_aliases_an_instruments_number_in_parentheses_is_the_same_instrument():
    from kg.nlp.entities.doc_aliases import code_after
    from tests.nlp.constructed import build

    words = ["NIST", "released", "the", "Generative", "AI", "Profile", "(", "NIST", "AI", "600", "-", "1", ")", "."]
    heads = [1, 1, 5, 5, 5, 1, 5, 9, 9, 5, 9, 9, 5, 1]
    doc = build(words, heads, ["dep"] * 14, ents={(3, 6): "PolicyInstrument", (7, 12): "PolicyInstrument"})
    assert code_after(doc.ents[0]).text == "NIST AI 600 - 1"
    # a name the gazetteer knows keeps its own identity; a number that is no instrument's joins nothing
    doc = build(words, heads, ["dep"] * 14, ents={(3, 6): "PolicyInstrument", (7, 12): "PolicyInstrument"},
                ids={(3, 6): "genai-profile"})
    assert code_after(doc.ents[0]) is None
    doc = build(words, heads, ["dep"] * 14, ents={(3, 6): "PolicyInstrument", (7, 9): "GovernmentBody"})
    assert code_after(doc.ents[0]) is None


def test_doc_aliases_a_version_s_family_is_its_short_form_unless_the_gazetteer_knows_the_family():
    """"Lattice 3" may be "Lattice" later; "Grok 4" is not "Grok": the gazetteer knows Grok, a model of its own."""
    from kg.nlp.entities.doc_aliases import model_short_forms
    from tests.nlp.constructed import build

    doc = build(["Lattice", "3", "and", "Grok", "4"], [1, 1, 1, 4, 1], ["compound", "ROOT", "cc", "compound", "conj"],
                pos=["PROPN", "NUM", "CCONJ", "PROPN", "NUM"], ents={(0, 2): "AIModel", (3, 5): "AIModel"},
                ids={(3, 5): "grok-4"})
    assert model_short_forms(doc[0:2], ["Lattice", "3"]) == ["Lattice"]
    grok4 = next(e for e in doc.ents if e.start == 3)
    assert grok4.ent_id_ == "grok-4" and model_short_forms(grok4, ["Grok", "4"]) == []


def test_doc_aliases_a_name_typed_by_its_context_is_the_same_thing_where_it_recurs(parse):
    """"Tessaly, the chatbot": the typer knows it is a model; where NER read the name again as a place, or the typer
    found no class for it, the document's own name still stands."""
    ex = parse("The regulator opened a review of Tessaly, the chatbot that Quillon Systems released last month. "
               "Quillon launched Tessaly in February. The company trained Tessaly on public web pages.")
    models = [e for e in ex.entities.values() if e.type == "AIModel"]
    assert [m.name for m in models] == ["Tessaly"] and len(models[0].mentions) == 3


def test_doc_aliases_own_name_only_for_names_typed_by_context():
    from kg.nlp.entities.doc_aliases import own_name
    from kg.nlp.entities.entity_types import CUE, LABEL
    from tests.nlp.constructed import build

    doc = build(["Tessaly", "works"], [1, 1], ["nsubj", "ROOT"], ents={(0, 1): "AIModel"})
    assert own_name(doc.ents[0], {(0, 1): CUE}) == ["Tessaly"]
    assert own_name(doc.ents[0], {(0, 1): LABEL}) == []
    doc = build(["Tessaly", "works"], [1, 1], ["nsubj", "ROOT"], ents={(0, 1): "AIModel"}, ids={(0, 1): "tessaly"})
    assert own_name(doc.ents[0], {(0, 1): CUE}) == []


def test_doc_aliases_a_recurring_name_keeps_a_class_of_its_own():
    """A later use the typer gave a class of its own keeps it (the resolver weighs the two); a use with no class
    takes the one its context gave the name; a name its contexts type as two classes is left alone."""
    from kg.nlp.entities.doc_aliases import DocAliases
    from kg.nlp.entities.entity_types import CUE, LABEL
    from tests.nlp.constructed import build, vocab
    from spacy.language import Language

    words = ["Tessaly", "works", ";", "Tessaly", "failed", ";", "Tessaly", "won"]
    heads, deps = [1, 1, 1, 4, 4, 4, 7, 7], ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT"]
    doc = build(words, heads, deps, ents={(0, 1): "AIModel", (3, 4): "Person"})
    doc._.kg_strength = {(0, 1): CUE, (3, 4): LABEL}
    doc = DocAliases(Language(vocab()), "kg_doc_aliases")(doc)
    assert [(e.start, e.label_) for e in doc.ents] == [(0, "AIModel"), (3, "Person"), (6, "AIModel")]
    doc = build(words, heads, deps, ents={(0, 1): "AIModel", (3, 4): "Company"})
    doc._.kg_strength = {(0, 1): CUE, (3, 4): CUE}
    doc = DocAliases(Language(vocab()), "kg_doc_aliases")(doc)
    assert [(e.start, e.label_) for e in doc.ents] == [(0, "AIModel"), (3, "Company")]


def test_doc_aliases_no_short_form_from_an_adjective_or_a_word_that_names_nothing(nlp):
    from spacy.tokens import Span

    from kg.nlp.entities.doc_aliases import plural_after_own_words

    for text, expected in (("Helix Minds", True), ("General Motors", False), ("Universal Pictures", False),
                           ("AI Factories", False), ("Washington Nationals", False)):
        doc = nlp.make_doc(text)
        assert plural_after_own_words(Span(doc, 0, 2, label="Company"), text.split()) is expected, text


def test_doc_aliases_a_hyphenated_surname_is_the_short_form_whole_and_its_later_use_found():
    """"Helena Marsh-Oyelaran ... Marsh-Oyelaran rejected": the surname is "Marsh-Oyelaran", not "Oyelaran", and its
    later use (three tokens) is found (kg/nlp/names.py: form_tokens)."""
    from kg.nlp.entities.doc_aliases import person_short_forms, uses_of, word_positions
    from kg.nlp.names import form_tokens
    from tests.nlp.constructed import build

    words = ["Judge", "Helena", "Marsh", "-", "Oyelaran", "ruled", ".", "Marsh", "-", "Oyelaran", "said", "so", "."]
    spaces = [True, True, False, False, True, True, True, False, False, True, True, False, False]
    doc = build(words, [5, 4, 4, 4, 5, 5, 5, 10, 9, 10, 10, 10, 10], ["dep"] * 13, spaces=spaces,
                ents={(1, 5): "Person"})
    person = doc.ents[0]
    assert person_short_forms(person, [t.text for t in person]) == ["Marsh-Oyelaran"]
    assert form_tokens("Marsh-Oyelaran") == ["Marsh", "-", "Oyelaran"] and form_tokens("Lord Holmes") == ["Lord", "Holmes"]
    # the later use; the one inside the full name is left to later_uses, which tags no token an entity holds
    assert uses_of(doc, "Marsh-Oyelaran", person, word_positions(doc, {"Marsh"})) == [2, 7]
