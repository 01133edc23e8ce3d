from __future__ import annotations

import pytest


def entity_types(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize("text, name, cls", [
    ("The Ministry of Digital Affairs said it would act.", "Ministry of Digital Affairs", "GovernmentBody"),
    ("Lawmakers passed the Frontier Model Safety Act last week.", "Frontier Model Safety Act", "PolicyInstrument"),
    ("Executive Order 14365 was signed in December.", "Executive Order 14365", "PolicyInstrument"),
    ("The startup Zephyra released its Orca 3 models to researchers.", "Orca 3", "AIModel"),
    ("Bloomberg reported that talks had stalled.", "Bloomberg", "MediaOutlet"),
    ("Anthropic and OpenAI both said they would comply.", "Anthropic", "Company"),
    ("The Institute for Frontier Policy published a report.", "Institute for Frontier Policy", "ResearchOrganization"),
    ("Kotoba AI said it would appeal.", "Kotoba AI", "Company"),  # tagged PERSON: the last word makes it a firm
    ("Gnani.ai and Gan.ai joined the programme.", "Gan.ai", "Company"),  # a firm named by its web address
    ("He moved to British Columbia last year.", "British Columbia", "Jurisdiction"),  # a nationality word begins it
    ("Talvex AI said Pike Pro would cost $20 a month.", "Pike Pro", "AIModel"),  # tagged PERSON: its edition word
    ("Regulators ordered the Tianlu App offline on Friday.", "Tianlu App", "AIModel"),  # a product's last noun
    ("Arvo Dynamics, which builds drones, said it would appeal.", "Arvo Dynamics", "Company"),  # tagged PERSON
    ("Santa Clara County banned the use of the app.", "Santa Clara County", "Jurisdiction"),  # no list knows it
    ("It was issued under 10 U.S.C. § 3252, a procurement statute.", "10 U.S.C. § 3252", "PolicyInstrument"),
    ("Under 15 CFR 744.22 the firm needs a licence.", "15 CFR 744.22", "PolicyInstrument"),  # a citation, no firm
])
def test_entity_types_from_gazetteer_heads_and_context(parse, text, name, cls):
    assert entity_types(parse(text)).get(name) == cls


@pytest.mark.parametrize("text, absent", [
    ("The ruling came on Tuesday after 30 days of talks worth $5 billion.", {"Tuesday", "30 days", "$5 billion"}),
    ("American and French officials met.", {"American", "French"}),
    ("Leaders met at the AI Action Summit in Paris.", {"AI Action Summit"}),  # an event: the contract has no class
])
def test_entity_types_drop_what_fits_no_class(parse, text, absent):
    assert not (set(entity_types(parse(text))) & absent)


@pytest.mark.parametrize("text, absent", [
    ("The ruling came quickly.\n\nKey Obligations\n\nProviders must act.", "Key Obligations"),
    ("U.S. District Judge Mara Lind ruled on Friday.", "United States"),
    ("The Memorandum was signed.", "Memorandum"),
])
def test_entity_types_headings_titles_and_bare_heads_are_not_entities(parse, text, absent):
    assert absent not in entity_types(parse(text))


# -- the context rules, on constructed parses ----------------------------------------------------------------------
def test_entity_types_context_rules_on_constructed_parses():
    from kg.nlp.entities.context_rules import by_context, descriptor_apposition, media_role, model_word_beside
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    # "according to Reuters"
    doc = build(["according", "to", "Reuters"], [0, 0, 1], ["ROOT", "prep", "pobj"], pos=["VERB", "ADP", "PROPN"],
                ents={(2, 3): "ORG"})
    assert media_role(doc.ents[0], cues()) == by_context(doc.ents[0]) == "MediaOutlet"
    # "Ofcom, the regulator, said"
    doc = build(["Ofcom", ",", "the", "regulator", ",", "said"], [5, 0, 3, 0, 0, 5],
                ["nsubj", "punct", "det", "appos", "punct", "ROOT"], pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"],
                lemmas=["Ofcom", ",", "the", "regulator", ",", "say"], ents={(0, 1): "ORG"})
    cls = cues().descriptors.get("regulator")
    assert descriptor_apposition(doc.ents[0], cues()) == cls and cls is not None
    # "the data authority, Datatilsynet, said" / "the campaign group, Foxglove, said": a body's head word before the
    # name types it; a firm's head word says too little
    for noun, expected in (("authority", "GovernmentBody"), ("group", None)):
        doc = build(["the", noun, ",", "Datatilsynet", ",", "said"], [1, 5, 1, 1, 1, 5],
                    ["det", "nsubj", "punct", "appos", "punct", "ROOT"], pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB"],
                    lemmas=["the", noun, ",", "Datatilsynet", ",", "say"], ents={(3, 4): "ORG"})
        assert descriptor_apposition(doc.ents[0], cues()) == expected
    # "Halden Quant, a Stockholm start-up, said": the tokenizer splits "start-up" at its hyphen, the appositive is "up"
    words = ["Halden", "Quant", ",", "a", "Stockholm", "start", "-", "up", ",", "said"]
    doc = build(words, [1, 9, 1, 7, 7, 7, 7, 1, 1, 9],
                ["compound", "nsubj", "punct", "det", "compound", "compound", "punct", "appos", "punct", "ROOT"],
                pos=["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "NOUN", "PUNCT", "VERB"],
                spaces=[True, False, True, True, True, False, False, False, True, False], ents={(0, 2): "PERSON"})
    assert descriptor_apposition(doc.ents[0], cues()) == "Company"
    # "the Zephyr model"
    doc = build(["the", "Zephyr", "model", "failed"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
                pos=["DET", "PROPN", "NOUN", "VERB"], ents={(1, 2): "PRODUCT"})
    assert model_word_beside(doc.ents[0], cues()) == by_context(doc.ents[0]) == "AIModel"
    assert media_role(doc.ents[0], cues()) is None


def test_entity_types_a_headline_s_clause_is_no_name():
    from spacy.tokens import Doc, Span

    from kg.nlp.entities.entity_types import classify
    from tests.nlp.constructed import vocab

    def span(words: list[str], tags: list[str]) -> Span:
        return Span(Doc(vocab(), words=words, tags=tags), 0, len(words), label="ORG")

    assert classify(span(["Meta", "Tightens"], ["NNP", "VBZ"])) == (None, 0)
    assert classify(span(["Meta", "Platforms"], ["NNP", "NNPS"]))[0] is not None
    assert classify(span(["United", "Robotics"], ["VBD", "NNP"]))[0] is not None  # a first word may be a verb's form


def test_entity_types_a_qualified_group_is_a_research_organisation_whatever_the_name_s_head():
    from kg.nlp.entities.entity_types import by_group
    from tests.nlp.constructed import build

    # "the civic group PSPD criticised" / "the media group Axel criticised": only an association's qualifier says so
    for qualifier, expected in (("civic", "ResearchOrganization"), ("media", None)):
        doc = build(["the", qualifier, "group", "PSPD", "criticised"], [2, 2, 3, 4, 4],
                    ["det", "amod", "compound", "nsubj", "ROOT"], pos=["DET", "ADJ", "NOUN", "PROPN", "VERB"],
                    ents={(3, 4): "ORG"})
        assert by_group(doc.ents[0]) == expected
    # "the Mexican AI Council , an industry group , said": the apposition outranks the head word "council"
    words = ["the", "Mexican", "AI", "Council", ",", "an", "industry", "group", ",", "said"]
    doc = build(words, [3, 3, 3, 9, 3, 7, 7, 3, 3, 9],
                ["det", "amod", "compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT"],
                pos=["DET", "ADJ", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB"],
                ents={(1, 4): "ORG"})
    assert by_group(doc.ents[0]) == "ResearchOrganization"


def test_entity_types_a_name_starts_after_a_generic_owner():
    from kg.nlp.entities.typer import after_generic_owner
    from tests.nlp.constructed import build

    words = ["Department", "'s", "Division", "of", "Consumer", "Protection"]
    doc = build(words, [2, 0, 2, 2, 5, 3], ["poss", "case", "ROOT", "prep", "compound", "pobj"])
    assert after_generic_owner(doc, 0, 6) == 2
    words = ["Moody", "'s", "Investors", "Service"]
    doc = build(words, [3, 0, 3, 3], ["poss", "case", "compound", "ROOT"])
    assert after_generic_owner(doc, 0, 4) == 0  # the owner is a name: "Moody's Investors Service"
    words = ["Attorney", "General", "'s", "Office"]
    doc = build(words, [1, 3, 1, 3], ["compound", "poss", "case", "ROOT"])
    assert after_generic_owner(doc, 0, 4) == 0  # a title owns it: "Attorney General's Office" stays whole


def test_entity_types_a_name_starts_after_a_lower_case_descriptor_the_tagger_took_in():
    from kg.nlp.entities.typer import after_descriptor
    from tests.nlp.constructed import build

    words = ["Adelaide", "fund", "Torrens", "Ventures"]  # "from the Adelaide fund Torrens Ventures"
    doc = build(words, [1, 3, 3, 3], ["compound", "compound", "compound", "ROOT"],
                pos=["PROPN", "NOUN", "PROPN", "PROPN"])
    assert after_descriptor(doc, 0, 4) == 2
    words = ["Ministry", "of", "Foreign", "Affairs"]  # no lower-case noun: the name is whole
    doc = build(words, [0, 0, 3, 1], ["ROOT", "prep", "compound", "pobj"], pos=["PROPN", "ADP", "PROPN", "PROPN"])
    assert after_descriptor(doc, 0, 4) == 0
    words = ["First", "-", "tier", "Tribunal"]  # a noun joined to the name's own word by a hyphen is one of its words
    doc = build(words, [2, 2, 3, 3], ["amod", "punct", "compound", "ROOT"], pos=["ADJ", "PUNCT", "NOUN", "PROPN"])
    assert after_descriptor(doc, 0, 4) == 0
    words = ["Healthcare", "and", "Medicines", "products", "Agency"]  # a connector before the noun: the name's own word
    doc = build(words, [4, 0, 0, 4, 4], ["compound", "cc", "conj", "compound", "ROOT"],
                pos=["PROPN", "CCONJ", "PROPN", "NOUN", "PROPN"])
    assert after_descriptor(doc, 0, 5) == 0
    words = ["Office", "of", "the", "data", "commissioner"]  # a lower-case noun with no capitalised name after it
    doc = build(words, [0, 0, 4, 4, 1], ["ROOT", "prep", "det", "compound", "pobj"],
                pos=["PROPN", "ADP", "DET", "NOUN", "NOUN"])
    assert after_descriptor(doc, 0, 5) == 0


def test_entity_types_unlabelled_names_are_bodies_and_never_start_at_a_month():
    from kg.nlp.entities.typer import unlabelled_names
    from tests.nlp.constructed import build

    # "On 28 January the House of Lords backed the Frontier Safety Act ."
    words = ["On", "28", "January", "the", "House", "of", "Lords", "backed", "the", "Frontier", "Safety", "Act", "."]
    pos = ["ADP", "NUM", "PROPN", "DET", "PROPN", "ADP", "PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = build(words, [7, 2, 0, 4, 7, 4, 5, 7, 11, 11, 11, 7, 7],
                ["prep", "nummod", "pobj", "det", "nsubj", "prep", "pobj", "ROOT", "det", "compound", "compound", "dobj",
                 "punct"], pos=pos)
    # a month is no name's first word; an instrument's title is kg/nlp/entities/titled.py's to find
    assert [(s.text, s.label_) for s in unlabelled_names(doc, [])] == [("House of Lords", "GovernmentBody")]


def test_entity_types_a_model_word_ends_a_span_only_where_it_is_no_firm_s_own_word():
    from spacy.tokens import Doc, Span

    from kg.nlp.entities.typer import clean_span
    from tests.nlp.constructed import vocab

    def cleaned(words: list[str]) -> str:
        doc = Doc(vocab(), words=words, pos=["PROPN"] * len(words))
        return clean_span(Span(doc, 0, len(words), label="ORG")).text

    assert cleaned(["Arkwell", "Systems"]) == "Arkwell Systems"  # a firm's name ends in "Systems"
    assert cleaned(["Mythos", "systems"]) == "Mythos"  # "the Mythos systems": the name is Mythos
    assert cleaned(["Mythos", "Model"]) == "Mythos"


def test_entity_types_a_language_is_no_name_unless_a_place_or_a_person_bears_it():
    from spacy.tokens import Doc, Span

    from kg.nlp.entities.entity_types import is_language
    from tests.nlp.constructed import vocab

    def span(word: str, label: str) -> Span:
        return Span(Doc(vocab(), words=["in", word]), 1, 2, label=label)

    assert is_language(span("Swahili", "ORG")) and is_language(span("Hausa", "GPE"))
    assert not is_language(span("Illinois", "GPE"))  # a state's name before the language's
    assert not is_language(span("Breton", "PERSON"))  # a person's name
    assert not is_language(span("Arkwell", "ORG"))



def test_entity_types_a_heading_that_is_a_known_place_names_it(parse):
    """A digest's section heading "Nigeria" over its items names Nigeria; a heading of other words stays none."""
    text = ("Africa digest\nNigeria\n\n- In September the Federal Ministry of Communications began work on a national "
            "AI strategy.\n\nKey Obligations\n\n- Providers must act.")
    types = entity_types(parse(text))
    assert types.get("Nigeria") == "Jurisdiction" and "Key Obligations" not in types


def test_entity_types_a_firm_s_last_word_makes_a_tagged_person_a_company():
    """"Lingo Telecom", "Halberd Capital" tagged PERSON are firms by their last word; a body's head still wins
    ("Ministry of Communications")."""
    from kg.nlp.entities.entity_types import by_heads
    from tests.nlp.constructed import build

    for words in (["Lingo", "Telecom"], ["Halberd", "Capital"], ["Tanjong", "Ventures"]):
        doc = build(words + ["said"], [1, 2, 2], ["compound", "nsubj", "ROOT"], labels={(0, 2): "PERSON"},
                    ents={(0, 2): "Person"})
        assert by_heads(doc[0:2]) == "Company", words
    doc = build(["Ministry", "of", "Communications", "said"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"],
                labels={(0, 3): "ORG"}, ents={(0, 3): "GovernmentBody"})
    assert by_heads(doc[0:3]) == "GovernmentBody"


@pytest.mark.parametrize("words, start, end, dropped", [
    (["Article", "6", "sets", "out", "duties", "."], 0, 2, True),  # a provision on its own
    (["Paragraph", "3", "applies", "."], 0, 2, True),
    (["Section", "5", "of", "the", "FTC", "Act", "applies", "."], 0, 2, True),  # a part of a named act
    (["Section", "230", "protects", "platforms", "."], 0, 2, False),  # an instrument's usual name
    (["Article", "Nine", "Group", "sued", "."], 0, 3, False),
])
def test_entity_types_a_provision_of_an_instrument_is_no_instrument(words, start, end, dropped):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from kg.nlp.entities.non_names import not_a_name

    doc = Doc(Vocab(), words=words)
    assert not_a_name(Span(doc, start, end, label="LAW"), bars=False) is dropped


def test_entity_types_a_sentence_listing_unknown_names_keeps_them(parse):
    """A sentence of names with a verb in lower case is prose, not a title-case heading: the names spaCy alone
    found there stay ("So did the Harborview Law School, ...")."""
    text = ("Groups react\n\nThe Meridian Policy Group criticised the ruling. So did the Harborview Law School, the "
            "Baltic Digital Forum, the Data Rights Observatory and the Civic Tech Trust.")
    types = entity_types(parse(text))
    assert {"Baltic Digital Forum", "Data Rights Observatory"} <= set(types)


def test_entity_types_a_name_with_a_number_is_no_person():
    """spaCy tags "Lyra 3" a PERSON; a person's name holds no number, so the name model's class stands."""
    from kg.nlp.entities.entity_types import by_label, cues
    from tests.nlp.constructed import build

    doc = build(["Lyra", "3", "passed", "the", "test"], [2, 0, 2, 4, 2], ["nsubj", "nummod", "ROOT", "det", "dobj"],
                pos=["PROPN", "NUM", "VERB", "DET", "NOUN"], ents={(0, 2): "Person"}, labels={(0, 2): "PERSON"})
    assert by_label(doc.ents[0], cues())[0] == "AIModel"
    doc = build(["Lyra", "Marsh", "passed"], [1, 2, 2], ["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"],
                ents={(0, 2): "Person"}, labels={(0, 2): "PERSON"})
    assert by_label(doc.ents[0], cues())[0] == "Person"


def test_entity_types_a_name_read_as_a_person_s_that_the_name_model_is_sure_names_a_firm_is_one():
    """spaCy tags "Kestrel Wealth" a PERSON; the shipped name model is sure it is a company (0.97), and as sure that
    "Lena Marsh" is a person."""
    from kg.nlp.entities.entity_types import by_label, cues
    from tests.nlp.constructed import build

    for first, last, cls in (("Kestrel", "Wealth", "Company"), ("Lena", "Marsh", "Person")):
        doc = build([first, last, "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"],
                    ents={(0, 2): "Person"}, labels={(0, 2): "PERSON"})
        assert by_label(doc.ents[0], cues())[0] == cls


def test_entity_types_where_a_person_works_is_an_organisation():
    """"a lawyer at Oriel Mason" and "Kavi Desai of Oriel Mason": spaCy tags the name a PERSON; where a person works is
    an organisation."""
    from kg.nlp.entities.context_rules import workplace
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    doc = build(["a", "lawyer", "at", "Oriel", "Mason"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "compound", "pobj"],
                pos=["DET", "NOUN", "ADP", "PROPN", "PROPN"], ents={(3, 5): "Person"}, labels={(3, 5): "PERSON"})
    assert workplace(doc.ents[0], cues()) == "Company"
    doc = build(["a", "trip", "to", "Oriel", "Mason"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "compound", "pobj"],
                pos=["DET", "NOUN", "ADP", "PROPN", "PROPN"], ents={(3, 5): "Person"}, labels={(3, 5): "PERSON"})
    assert workplace(doc.ents[0], cues()) is None


def test_entity_types_a_name_before_a_model_noun_names_a_model():
    """"Marwick's Heron image generator": the name modifies a model's noun a word away; "its Sable assistant": a
    capitalised word the tagger read as an adjective names the model all the same; "Chinese models" names none."""
    from kg.nlp.entities.context_rules import model_word_beside, modified_noun
    from kg.nlp.entities.context_rules import lone_model_name
    from kg.nlp.entities.entity_types import classify, cues
    from tests.nlp.constructed import build

    doc = build(["Marwick", "'s", "Heron", "image", "generator", "failed"], [4, 0, 4, 4, 5, 5],
                ["poss", "case", "compound", "compound", "nsubj", "ROOT"],
                pos=["PROPN", "PART", "PROPN", "NOUN", "NOUN", "VERB"], ents={(2, 3): "Company"}, labels={(2, 3): "ORG"})
    assert modified_noun(doc.ents[0]) == "generator" and model_word_beside(doc.ents[0], cues()) == "AIModel"
    doc = build(["Marwick", "'s", "Heron", "unit", "failed"], [3, 0, 3, 4, 4], ["poss", "case", "compound", "nsubj", "ROOT"],
                pos=["PROPN", "PART", "PROPN", "NOUN", "VERB"], ents={(2, 3): "Company"}, labels={(2, 3): "ORG"})
    assert model_word_beside(doc.ents[0], cues()) is None
    # the rule is for a word the tagger did not read as a proper noun (a proper noun takes the usual context rules)
    for word, pos, label, noun, expected in (("Sable", "ADJ", "PRODUCT", "assistant", True),
                                             ("Sable", "ADJ", "ORG", "model", True),
                                             ("Chinese", "ADJ", "ORG", "model", False),  # a nationality
                                             ("Tallinn", "ADJ", "ORG", "model", False),  # a known place
                                             ("Sackler", "ADJ", "PERSON", "model", False),  # a person's name
                                             ("Sackler", "ADJ", "ORG", "family", False),  # no noun of one model
                                             ("Sable", "PROPN", "PRODUCT", "assistant", False)):
        doc = build(["how", "its", word, noun, "works"], [4, 3, 3, 4, 4], ["advmod", "poss", "amod", "nsubj", "ROOT"],
                    pos=["ADV", "PRON", pos, "NOUN", "VERB"], ents={(2, 3): "AIModel"}, labels={(2, 3): label})
        assert lone_model_name(doc.ents[0], cues()) is expected, word
        if pos == "ADJ" and label in ("PRODUCT", "ORG") and word != "Tallinn":
            assert (classify(doc.ents[0])[0] == "AIModel") is expected
    doc = build(["Sable", "assistant", "works"], [1, 2, 2], ["amod", "nsubj", "ROOT"], pos=["ADJ", "NOUN", "VERB"],
                ents={(0, 1): "AIModel"}, labels={(0, 1): "PRODUCT"})
    assert not lone_model_name(doc.ents[0], cues())  # a sentence's first word is capitalised whatever it is


def test_entity_types_a_descriptor_of_two_words_before_a_name():
    """"the news agency ANI": the two words before the name type it before the last one alone ("agency")."""
    from kg.nlp.entities.context_rules import descriptor_before
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    for words, expected in ((["the", "news", "agency", "ANI", "sued"], "MediaOutlet"),
                            (["the", "federal", "agency", "ANI", "sued"], "GovernmentBody")):
        doc = build(words, [3, 2, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "NOUN", "PROPN", "VERB"], ents={(3, 4): "Company"}, labels={(3, 4): "ORG"})
        assert descriptor_before(doc.ents[0], cues()) == expected


def test_entity_types_a_product_noun_in_a_name_is_no_descriptor():
    """"Foreign Direct Product (FDP) rules": a product's noun written in capitals is the name's own word, not a
    descriptor of the acronym; a firm's ("X Internet Unlimited Company (XIUC)") still says what the name is."""
    from kg.nlp.entities.context_rules import descriptor_apposition
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    for head, expected in (("Product", None), ("Company", "Company"), ("product", "AIModel")):
        doc = build(["the", "Direct", head, "(", "FDP", ")", "applies"], [2, 2, 6, 4, 2, 4, 6],
                    ["det", "compound", "nsubj", "punct", "appos", "punct", "ROOT"],
                    pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"], ents={(4, 5): "Company"},
                    labels={(4, 5): "ORG"})
        assert descriptor_apposition(doc.ents[0], cues()) == expected


def test_entity_types_a_capitalised_model_word_in_a_title_case_line_says_nothing():
    """"CFPB Says Black-Box Credit Models Are No Excuse": a headline capitalises every word, so "Models" is no cue
    that "Credit" names a model; in prose, "lenders say Credit models fail", it is."""
    from kg.nlp.entities.context_rules import model_word_beside
    from kg.nlp.entities.entity_types import cues
    from kg.nlp.entities.typer import names_before_model_words
    from tests.nlp.constructed import build

    for words, expected in ((["CFPB", "Says", "Credit", "Models", "Are", "No", "Excuse"], None),
                            (["lenders", "say", "Credit", "models", "are", "no", "excuse"], "AIModel")):
        doc = build(words, [1, 1, 3, 4, 1, 6, 4], ["nsubj", "ROOT", "compound", "nsubj", "ccomp", "det", "attr"],
                    pos=["PROPN", "VERB", "PROPN", "NOUN", "AUX", "DET", "NOUN"], ents={(2, 3): "AIModel"},
                    labels={(2, 3): "ORG"})
        assert model_word_beside(doc.ents[0], cues()) == expected
        found = names_before_model_words(doc, [])
        assert [(s.start, s.end) for s in found] == ([] if expected is None else [(2, 3)])


def test_entity_types_a_maker_before_a_model_word_is_no_model():
    """"the first Corvane model" where the document names Corvane Labs: the name is its maker's, not a model's."""
    from spacy.tokens import Span

    from kg.nlp.entities.typer import names_before_model_words
    from tests.nlp.constructed import build

    words = ["Corvane", "Labs", "said", "the", "first", "Corvane", "model", "passed"]
    doc = build(words, [1, 2, 2, 6, 6, 6, 7, 2],
                ["compound", "nsubj", "ROOT", "det", "amod", "compound", "nsubj", "ccomp"],
                pos=["PROPN", "PROPN", "VERB", "DET", "ADJ", "PROPN", "NOUN", "VERB"])
    assert [(s.text, s.label_) for s in names_before_model_words(doc, [])] == [("Corvane", "AIModel")]
    found = names_before_model_words(doc, [Span(doc, 0, 2, label="Company")])
    assert [(s.text, s.label_) for s in found] == [("Corvane", "Company")]


def test_entity_types_a_descriptor_of_two_words_in_apposition():
    """"Kordex, the news agency, reported": the compound and the noun together say an outlet, where "agency" alone
    would say a government's."""
    from kg.nlp.entities.context_rules import descriptor_apposition
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    for compound, expected in (("news", "MediaOutlet"), ("federal", "GovernmentBody")):
        words = ["Kordex", ",", "the", compound, "agency", ",", "reported"]
        doc = build(words, [6, 0, 4, 4, 0, 0, 6], ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT"],
                    pos=["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB"], ents={(0, 1): "Company"},
                    labels={(0, 1): "ORG"})
        assert descriptor_apposition(doc.ents[0], cues()) == expected
    words = ["the", "news", "organisation", "Kordex", "reported"]
    doc = build(words, [3, 2, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
                pos=["DET", "NOUN", "NOUN", "PROPN", "VERB"], ents={(3, 4): "Company"}, labels={(3, 4): "ORG"})
    from kg.nlp.entities.context_rules import descriptor_before
    assert descriptor_before(doc.ents[0], cues()) == "MediaOutlet"  # "organisation" alone is no descriptor


def test_entity_types_a_party_is_no_name_by_the_head_before_its_of_phrase_an_event_by_its_last_word():
    from spacy.tokens import Doc, Span

    from kg.nlp.entities.entity_types import cues, non_entity_head
    from tests.nlp.constructed import vocab

    def span(text: str) -> Span:
        return Span(Doc(vocab(), words=text.split()), 0, len(text.split()), label="ORG")

    assert non_entity_head(span("Constitutional Democratic Party of Japan"), cues())
    assert non_entity_head(span("Liberal Democratic Party"), cues()) and non_entity_head(span("AI Action Summit"), cues())
    assert not non_entity_head(span("House Select Committee on the Chinese Communist Party"), cues())
    assert not non_entity_head(span("Conference of State Bank Supervisors"), cues())  # an event's word, not its head
    assert not non_entity_head(span("Party Labs"), cues())


def test_a_division_word_ends_a_places_name_of_two_words_or_more_whatever_its_case():
    from kg.nlp.entities.entity_types import division_name
    from tests.nlp.constructed import build

    doc = build(["Santa", "Clara", "County", "SANTA", "CLARA", "COUNTY", "county"], [2, 2, 2, 5, 5, 5, 6],
                ["compound", "compound", "ROOT", "compound", "compound", "ROOT", "ROOT"])
    assert division_name(doc[0:3]) and division_name(doc[3:6])
    assert not division_name(doc[2:3]) and not division_name(doc[2:2]) and not division_name(doc[5:7])


@pytest.mark.parametrize("words, start, end, dropped", [
    (["It", "raised", "NOK", "200", "million", "."], 2, 3, True),  # a currency code before an amount
    (["It", "raised", "PLN", "40", "million", "."], 2, 3, True),
    (["NOK", "said", "it", "would", "pay", "."], 0, 1, False),  # no amount after it
    (["Nok", "200", "rose", "."], 0, 1, False),  # not written as a code
])
def test_entity_types_a_currency_code_before_an_amount_is_no_name(words, start, end, dropped):
    from spacy.tokens import Span

    from kg.nlp.entities.non_names import not_a_name
    from tests.nlp.constructed import vocab
    from spacy.tokens import Doc

    doc = Doc(vocab(), words=words)
    assert not_a_name(Span(doc, start, end, label="ORG"), bars=False) is dropped


def test_entity_types_a_run_of_capitalised_words_stops_at_an_amounts_currency_code():
    """"fined Lua Viet Media VND 150 million": the name is "Lua Viet Media" (kg/nlp/entities/name_runs.py)."""
    from kg.nlp.entities.name_runs import title_run
    from tests.nlp.constructed import vocab
    from spacy.tokens import Doc

    doc = Doc(vocab(), words=["fined", "Lua", "Viet", "Media", "VND", "150", "million", "."])
    assert title_run(doc, 1, set()) == 4
    doc = Doc(vocab(), words=["fined", "Lua", "Viet", "Media", "VND", "Holdings", "."])  # no amount after it
    assert title_run(doc, 1, set()) == 6


def test_entity_types_the_line_break_after_a_name_in_a_sentence_is_no_line_break_inside_it():
    from spacy.tokens import Span

    from kg.nlp.entities.typer import clean_span
    from tests.nlp.constructed import build

    # "filed by the Senate Subcommittee on Employment\n\n": NER ran over the blank line after the name
    words = ["filed", "by", "the", "Senate", "Subcommittee", "on", "Employment", "\n\n"]
    pos = ["VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "SPACE"]
    doc = build(words, [0] * 8, ["ROOT"] + ["dep"] * 7, pos=pos, spaces=[True] * 6 + [False, False])
    assert clean_span(Span(doc, 3, 8, label="ORG")).text == "Senate Subcommittee on Employment"
    # a heading's last words ("AI For Business\n\n") are no name: the span is dropped, as every span over a line break
    doc = build(["Anthropic", "acts", ".", "AI", "For", "Business", "\n\n"], [1, 1, 1, 3, 3, 3, 3],
                ["nsubj", "ROOT", "punct", "ROOT", "dep", "dep", "dep"], spaces=[True, False, True, True, True, False, False])
    assert clean_span(Span(doc, 3, 7, label="ORG")) is None


def test_entity_types_a_line_of_bars_names_no_one_but_its_place():
    """"Parliamentary Library digest | Canberra | 5 September 2025": the line's words are no names, but a place the
    lists know is where the story comes from, a mention of that jurisdiction."""
    from spacy.tokens import Span

    from kg.nlp.entities.non_names import not_a_name
    from tests.nlp.constructed import build

    words = ["Library", "digest", "|", "Canberra", "|", "5", "September"]
    doc = build(words, [1] * 7, ["compound", "ROOT"] + ["dep"] * 5)
    assert not not_a_name(Span(doc, 3, 4, label="GPE"), bars=True)
    assert not_a_name(Span(doc, 0, 1, label="ORG"), bars=True)


def test_entity_types_a_name_that_dates_what_follows_names_no_one():
    from spacy.tokens import Span

    from kg.nlp.entities.non_names import not_a_name
    from tests.nlp.constructed import build

    # "BIS rescinded the Biden - era rule ." / "Biden signed the rule ."
    doc = build(["BIS", "rescinded", "the", "Biden", "-", "era", "rule", "."], [1, 1, 6, 5, 5, 6, 1, 1],
                ["nsubj", "ROOT", "det", "npadvmod", "punct", "amod", "dobj", "punct"])
    assert not_a_name(Span(doc, 3, 4, label="PERSON"), bars=False)
    doc = build(["Biden", "signed", "the", "rule", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"])
    assert not not_a_name(Span(doc, 0, 1, label="PERSON"), bars=False)


def test_entity_types_a_storefront_and_the_member_states_are_no_entities():
    from spacy.tokens import Doc, Span

    from kg.nlp.entities.entity_types import classify
    from tests.nlp.constructed import vocab

    for words, label in ((["App", "Store"], "PERSON"), (["Member", "States"], "GPE")):
        doc = Doc(vocab(), words=["in", *words], pos=["ADP", "PROPN", "PROPN"])
        assert classify(Span(doc, 1, 3, label=label)) == (None, 0)


def test_entity_types_a_name_after_x_based_is_a_firm():
    """"Jaipur-based Trendline Advisory": spaCy tags the name a PERSON; after "X-based" it is a company's (54 of 55 in
    the gold corpora), unless a title starts it."""
    from kg.nlp.entities.context_rules import based_before
    from kg.nlp.entities.entity_types import cues
    from tests.nlp.constructed import build

    words = ["barred", "Jaipur", "-", "based", "Trendline", "Advisory"]
    doc = build(words, [0, 3, 3, 5, 5, 0], ["ROOT", "npadvmod", "punct", "amod", "compound", "dobj"],
                pos=["VERB", "PROPN", "PUNCT", "VERB", "PROPN", "PROPN"], ents={(4, 6): "Person"},
                labels={(4, 6): "PERSON"})
    assert based_before(doc.ents[0], cues()) == "Company"
    doc = build(["met", "the", "Trendline", "Advisory"], [0, 3, 3, 0], ["ROOT", "det", "compound", "dobj"],
                ents={(2, 4): "Person"}, labels={(2, 4): "PERSON"})
    assert based_before(doc.ents[0], cues()) is None
