"""Names inside longer names (kg/nlp/entities/nesting.py): each nesting rule on a constructed document."""
from __future__ import annotations

import pytest

from kg.nlp.entities.nesting import (Nesting, another_place, coordinated_name, extend_embedded_names, law_with_year,
                                     chapter_of_place, listed_name,
                                     model_for_product, name_runs_on, name_runs_on_over_and, name_runs_to_acronym, one_body,
                                     place_starts_company, place_starts_name, title_run)
from tests.nlp.constructed import build


def spans(doc):
    return [(e.start, e.end, e.label_) for e in extend_embedded_names(doc)]


def test_nesting_an_unknown_name_runs_on_over_for():
    # "the Agency for Data Oversight said ."
    doc = build(["the", "Agency", "for", "Data", "Oversight", "said", "."], [1, 5, 1, 4, 2, 5, 5],
                ["det", "nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
                pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"], ents={(1, 2): "ORG"})
    assert name_runs_on(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(1, 5, "ORG")]


def test_nesting_an_unknown_name_runs_on_over_a_place_the_tagger_set_apart():
    # "the Digital Lenders Association of Kenya said ." : NER tags the place (GPE) apart from the association
    doc = build(["the", "Digital", "Lenders", "Association", "of", "Kenya", "said", "."], [3, 3, 3, 6, 3, 4, 6, 6],
                ["det", "compound", "compound", "nsubj", "prep", "pobj", "ROOT", "punct"],
                pos=["DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
                ents={(1, 4): "ORG", (5, 6): "GPE"})
    assert spans(doc) == [(1, 6, "ORG")]
    # a known organisation keeps its name: "the ACLU of Kenya" is read by chapter_of_place, not here
    doc = build(["the", "FTC", "of", "Kenya"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                ents={(1, 2): "ORG", (3, 4): "GPE"}, ids={(1, 2): "ftc"})
    assert not name_runs_on(doc.ents[0], Nesting.of(doc))


def test_nesting_a_place_before_a_body_name_is_a_body_of_its_own():
    # "Texas Department of Commerce said"
    doc = build(["Texas", "Department", "of", "Commerce", "said"], [1, 4, 1, 2, 4],
                ["compound", "nsubj", "prep", "pobj", "ROOT"], ents={(0, 1): "Jurisdiction"})
    assert title_run(doc, 1, set()) == 4
    assert place_starts_name(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(0, 4, "ORG")]


def test_nesting_a_place_and_a_known_company_with_more_name_words_are_a_company():
    # "Beijing DeepSeek Artificial Intelligence said"
    doc = build(["Beijing", "DeepSeek", "Artificial", "Intelligence", "said"], [3, 3, 3, 4, 4],
                ["compound", "compound", "compound", "nsubj", "ROOT"],
                ents={(0, 1): "Jurisdiction", (1, 2): "Company"}, ids={(1, 2): "deepseek"})
    st = Nesting.of(doc)
    assert place_starts_company(doc.ents[0], st) and id(doc.ents[1]) not in st.swallowed  # a list of its own
    assert spans(doc) == [(0, 4, "ORG")]  # the company's own mention is swallowed


@pytest.mark.parametrize("words", [["North", "Korea"], ["Northern", "Ireland"], ["Latin", "America"],
                                   ["Sub", "-", "Saharan", "Africa"]])
def test_nesting_a_known_place_after_a_place_word_is_another_place(words):
    # "North Korea fined ...": the gazetteer's "Korea" (South Korea) is not the place named
    n = len(words)
    doc = build(words + ["fined", "X"], [n - 1] * (n - 1) + [n, n, n], ["compound"] * (n - 1) + ["nsubj", "ROOT", "dobj"],
                ents={(n - 1, n): "Jurisdiction"}, ids={(n - 1, n): "south-korea"},
                spaces=[w != "Sub" and w != "-" for w in words] + [True, False])
    assert another_place(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(0, n, "GPE")]  # the typer reads a GPE as a place of its own (no gazetteer id)


def test_nesting_a_known_place_after_other_words_stays_itself():
    # "Central Bank of Ireland" (the place after "of"), "officials in Ireland", a place covered whole ("South Korea")
    for words, at in ((["Bank", "of", "Ireland", "said"], (2, 3)), (["in", "Ireland", "said"], (1, 2)),
                      (["South", "Korea", "said"], (0, 2))):
        doc = build(words, [len(words) - 1] * len(words), ["dep"] * (len(words) - 1) + ["ROOT"],
                    ents={at: "Jurisdiction"}, ids={at: "ireland"})
        assert not another_place(doc.ents[0], Nesting.of(doc))


def test_nesting_a_model_for_someone_is_a_product():
    doc = build(["Gemini", "for", "Government", "launched"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"],
                ents={(0, 1): "AIModel"})
    assert model_for_product(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(0, 3, "PRODUCT_MODEL")]


def test_nesting_a_known_act_grows_over_the_name_words_before_it():
    # "the Texas Frontier AI Act passed": the AI Act's gazetteer name ends a longer one, which swallows the place
    doc = build(["the", "Texas", "Frontier", "AI", "Act", "passed"], [4, 4, 4, 4, 5, 5],
                ["det", "compound", "compound", "compound", "nsubj", "ROOT"],
                ents={(1, 2): "Jurisdiction", (3, 5): "PolicyInstrument"}, ids={(3, 5): "eu-ai-act"})
    assert spans(doc) == [(1, 5, "LAW")]


@pytest.mark.parametrize("label", ["ORG", "Company"])
def test_nesting_other_names_stay_as_they_are(label):
    doc = build(["OpenAI", "said"], [1, 1], ["nsubj", "ROOT"], ents={(0, 1): label})
    assert spans(doc) == [(0, 1, label)]


def test_nesting_an_act_keeps_its_year():
    # "violating the Investment Advisers Act of 1940 ." / "under the Online Safety Act 2021"
    doc = build(["the", "Investment", "Advisers", "Act", "of", "1940", "."], [3, 3, 3, 3, 3, 4, 3],
                ["det", "compound", "compound", "ROOT", "prep", "pobj", "punct"],
                pos=["DET", "PROPN", "PROPN", "PROPN", "ADP", "NUM", "PUNCT"], ents={(1, 4): "LAW", (5, 6): "DATE"})
    assert law_with_year(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(1, 6, "LAW")]  # the year is no date of its own
    doc = build(["the", "Online", "Safety", "Act", "2021"], [3, 3, 3, 3, 3], ["det", "compound", "compound", "ROOT", "nummod"],
                ents={(1, 4): "LAW"})
    assert spans(doc) == [(1, 5, "LAW")]


def test_nesting_an_act_keeps_a_year_after_a_comma_only_where_the_year_ends_a_phrase():
    # "the Information Technology Act, 2000 and the ..." / "the Copyright Act, 1957 ."
    words = ["the", "Information", "Technology", "Act", ",", "2000", "and", "the", "rules"]
    doc = build(words, [3] * 9, ["det", "compound", "compound", "ROOT", "punct", "npadvmod", "cc", "det", "conj"],
                ents={(1, 4): "LAW"})
    assert spans(doc) == [(1, 6, "LAW")]
    # "the AI Safety Act, 2024 saw ...": the year starts a clause of its own
    words = ["the", "AI", "Safety", "Act", ",", "2024", "saw", "more"]
    doc = build(words, [3, 3, 3, 6, 6, 6, 6, 6], ["det", "compound", "compound", "nsubj", "punct", "nsubj", "ROOT", "dobj"],
                ents={(1, 4): "LAW"})
    assert not law_with_year(doc.ents[0], Nesting.of(doc))


def test_nesting_a_name_cut_at_and_runs_on_to_its_head_word():
    # "the High-Risk Artificial Intelligence Developer" + "and Deployer Act sponsored ..."
    words = ["the", "Risky", "Model", "Developer", "and", "Deployer", "Act", "sponsored"]
    doc = build(words, [6, 6, 6, 6, 6, 6, 7, 7], ["det", "compound", "compound", "compound", "cc", "compound", "nsubj",
                "ROOT"], ents={(1, 4): "ORG"})
    assert name_runs_on_over_and(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(1, 7, "LAW")]
    # a name with a head word of its own, or words after "and" without one, stay as they are
    words = ["the", "Tech", "Council", "and", "Digital", "Affairs", "said"]
    doc = build(words, [2, 2, 6, 2, 5, 2, 6], ["det", "compound", "nsubj", "cc", "compound", "conj", "ROOT"],
                ents={(1, 3): "ORG"})
    assert not name_runs_on_over_and(doc.ents[0], Nesting.of(doc))
    words = ["the", "Model", "Developer", "and", "Deployer", "Guidance", "Group", "said"]
    doc = build(words, [2] * 7 + [7], ["det", "compound", "nsubj", "cc", "compound", "compound", "conj", "ROOT"],
                ents={(1, 3): "ORG"})
    assert not name_runs_on_over_and(doc.ents[0], Nesting.of(doc))  # "Group" is no head word of a body or law
    # a company and a body after "and" stay two: only an instrument's name runs on ("Acme Robotics and Beacon Institute")
    words = ["Acme", "Robotics", "and", "Beacon", "Institute", "said"]
    doc = build(words, [1, 5, 1, 4, 1, 5], ["compound", "nsubj", "cc", "compound", "conj", "ROOT"], ents={(0, 2): "ORG"})
    assert not name_runs_on_over_and(doc.ents[0], Nesting.of(doc))


def test_nesting_title_run_goes_over_a_hyphen_inside_a_word():
    # "the Anti-Monopoly Law as": tokenised "Anti", "-", "Monopoly", "Law"
    doc = build(["the", "Anti", "-", "Monopoly", "Law", "as"], [4] * 6, ["det", "amod", "punct", "compound", "ROOT", "prep"],
                spaces=[True, False, False, True, True, False])
    assert title_run(doc, 1, set()) == 5
    doc = build(["the", "Anti", "-", "Monopoly", "Law", "as"], [4] * 6, ["det", "amod", "punct", "compound", "ROOT", "prep"])
    assert title_run(doc, 1, set()) == 2  # "Anti - Monopoly": a dash between words, not inside one
    doc = build(["Google", "-", "backed", "Anthropic"], [3] * 4, ["npadvmod", "punct", "amod", "ROOT"],
                spaces=[False, False, True, False])
    assert title_run(doc, 0, set()) == 1  # a lower-case word after the hyphen ends the name


def test_nesting_a_known_act_or_a_body_keeps_its_name_without_the_year():
    doc = build(["the", "AI", "Act", "2024"], [2, 2, 2, 2], ["det", "compound", "ROOT", "nummod"],
                ents={(1, 3): "PolicyInstrument"}, ids={(1, 3): "eu-ai-act"})
    assert not law_with_year(doc.ents[0], Nesting.of(doc))  # a gazetteer name stays the gazetteer's
    doc = build(["the", "Tech", "Council", "2024"], [2, 2, 2, 2], ["det", "compound", "ROOT", "nummod"],
                ents={(1, 3): "ORG"})
    assert not law_with_year(doc.ents[0], Nesting.of(doc))  # only an instrument's name carries its year


COORD = ["det", "compound", "ROOT", "prep", "pobj", "cc", "conj", "conj"]


def test_nesting_a_body_name_cut_at_its_and_is_one_name():
    # "the House of Lords Communications and Digital Committee": the head word ends the second part
    words = ["the", "House", "of", "Lords", "Communications", "and", "Digital", "Committee"]
    doc = build(words, [1, 1, 1, 2, 1, 4, 7, 4], COORD, pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN"],
                ents={(1, 5): "ORG", (6, 8): "ORG"})
    assert coordinated_name(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(1, 8, "ORG")]
    # "the Portfolio Committee on Communications and Digital Technologies": the head word before "on"
    words = ["the", "Portfolio", "Committee", "on", "Communications", "and", "Digital", "Technologies"]
    doc = build(words, [2, 2, 2, 2, 3, 4, 7, 4], COORD, pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN"],
                ents={(1, 5): "ORG", (6, 8): "ORG"})
    assert spans(doc) == [(1, 8, "ORG")]
    # "the Department of Enterprise , Tourism and Employment": a comma, then the list's last two as one span, which
    # spaCy may call a work of art
    words = ["the", "Department", "of", "Enterprise", ",", "Tourism", "and", "Employment"]
    doc = build(words, [1, 1, 1, 2, 3, 3, 5, 5], ["det", "ROOT", "prep", "pobj", "punct", "conj", "cc", "conj"],
                pos=["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"],
                ents={(1, 4): "ORG", (5, 8): "ORG"}, labels={(1, 4): "ORG", (5, 8): "WORK_OF_ART"})
    assert spans(doc) == [(1, 8, "ORG")]


def test_nesting_two_bodies_or_known_names_joined_by_and_stay_two():
    words = ["the", "Senate", "Committee", "and", "the", "House", "Committee"]
    doc = build(words, [2, 2, 2, 2, 6, 6, 2], ["det", "compound", "ROOT", "cc", "det", "compound", "conj"],
                pos=["DET", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN"], ents={(1, 3): "ORG", (5, 7): "ORG"})
    assert not coordinated_name(doc.ents[0], Nesting.of(doc))  # both are bodies (and "the" is between)
    words = ["the", "Ministry", "of", "Finance", "and", "Justice", "Department"]
    doc = build(words, [1, 1, 1, 2, 1, 6, 1], ["det", "ROOT", "prep", "pobj", "cc", "compound", "conj"],
                ents={(1, 4): "ORG", (5, 7): "GovernmentBody"}, ids={(5, 7): "doj"})
    assert not coordinated_name(doc.ents[0], Nesting.of(doc))  # a known body is a name of its own
    assert one_body(doc[1:4], doc[5:7])  # (it would have been one by the words alone)
    # "the Australian Council of Trade Unions and the Tech Council of Australia": "the" starts a second name
    words = ["the", "Australian", "Council", "of", "Trade", "Unions", "and", "the", "Tech", "Council", "of", "Australia"]
    doc = build(words, [2, 2, 2, 2, 5, 3, 2, 9, 9, 2, 9, 10],
                ["det", "amod", "ROOT", "prep", "compound", "pobj", "cc", "det", "compound", "conj", "prep", "pobj"],
                ents={(1, 6): "ORG", (7, 12): "ORG"})
    assert one_body(doc[1:6], doc[8:12])  # by the words alone, one body ("Council ... and ... Australia")
    assert not coordinated_name(doc.ents[0], Nesting.of(doc))


def test_and_the_starts_a_list_s_next_name():
    import spacy

    from kg.nlp.entities.nesting import and_the

    doc = spacy.blank("en")("the Data Security Law and the Personal Information Protection Law , England the")
    assert and_the(doc[4:6]) and and_the(doc[3:7])
    assert not and_the(doc[4:5])  # "and" alone
    assert not and_the(doc[11:13])  # "England the": a word that ends in "and" is not "and"


def test_nesting_a_name_cut_before_what_its_acronym_spells_out_runs_on_to_it():
    # "the Department of Consumer and Worker Protection ( DCWP ) said ."
    words = ["the", "Department", "of", "Consumer", "and", "Worker", "Protection", "(", "DCWP", ")", "said", "."]
    doc = build(words, [1, 10, 1, 2, 3, 6, 3, 1, 1, 1, 10, 10], ["dep"] * 10 + ["ROOT", "punct"],
                ents={(1, 4): "ORG", (5, 7): "ORG"})
    assert name_runs_to_acronym(doc.ents[0], Nesting.of(doc))
    assert spans(doc) == [(1, 7, "ORG")]  # the second half is swallowed
    # in any order: "Agency for Access to Public Information ( AAIP )"
    words = ["Agency", "for", "Access", "to", "Public", "Information", "(", "AAIP", ")", "acted", "."]
    doc = build(words, [9] * 9 + [9, 9], ["dep"] * 9 + ["ROOT", "punct"], ents={(0, 3): "ORG"})
    assert spans(doc) == [(0, 6, "ORG")]


def test_nesting_an_acronym_that_spells_another_name_grows_nothing():
    # "the Department of Commerce and the Federal Trade Commission ( FTC ) said ."
    words = ["the", "Department", "of", "Commerce", "and", "the", "Federal", "Trade", "Commission", "(", "FTC", ")",
             "said", "."]
    doc = build(words, [1, 12] + [1] * 10 + [12, 12], ["dep"] * 12 + ["ROOT", "punct"], ents={(1, 4): "ORG"})
    assert not name_runs_to_acronym(doc.ents[0], Nesting.of(doc))
    # a known name stays as it is
    words = ["the", "Bureau", "of", "Industry", "and", "Security", "(", "BIS", ")", "said", "."]
    doc = build(words, [1, 9] + [1] * 7 + [9, 9], ["dep"] * 9 + ["ROOT", "punct"], ents={(1, 4): "ORG"},
                ids={(1, 4): "bis"})
    assert not name_runs_to_acronym(doc.ents[0], Nesting.of(doc))


def test_nesting_name_words_before_a_place_name_an_organisation_of_it():
    # "The group AARP Texas praised the order .": a name of its own, ending in its place
    words = ["The", "group", "AARP", "Texas", "praised", "the", "order", "."]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    heads, deps = [1, 4, 3, 1, 4, 6, 4, 4], ["det", "nsubj", "compound", "appos", "ROOT", "det", "dobj", "punct"]
    doc = build(words, heads, deps, pos=pos, ents={(3, 4): "Jurisdiction"})
    assert spans(doc) == [(2, 4, "ORG")]
    # an unknown organisation's name before it joins it ("Alliance Tech" + "France")
    doc = build(words, heads, deps, pos=pos, ents={(2, 3): "ORG", (3, 4): "Jurisdiction"})
    assert spans(doc) == [(2, 4, "ORG")]
    # a known one, or a person, does not; nor does a place that more capitalised words follow
    doc = build(words, heads, deps, pos=pos, ents={(2, 3): "Person", (3, 4): "Jurisdiction"})
    assert spans(doc) == [(2, 3, "Person"), (3, 4, "Jurisdiction")]
    # two words NER read as a person's name do: no person's name runs on into a state's ("Common Cause Virginia")
    cc = ["Common", "Cause", "Virginia", "sued", "."]
    doc = build(cc, [2, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "punct"],
                pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents={(0, 2): "PERSON", (2, 3): "Jurisdiction"})
    assert spans(doc) == [(0, 3, "ORG")]
    doc = build(words[:4] + ["Chapter"] + words[4:], [1, 5, 3, 4, 1, 5, 7, 5, 5],
                ["det", "nsubj", "compound", "compound", "appos", "ROOT", "det", "dobj", "punct"],
                pos=pos[:4] + ["PROPN"] + pos[4:], ents={(3, 4): "Jurisdiction"})
    assert spans(doc) == [(3, 4, "Jurisdiction")]


def test_nesting_no_organisation_of_a_place_in_a_title_case_line_or_across_a_sentence():
    # "Lawmakers Praise Texas": every word capitalised; "Acme" ending one sentence, "Texas" starting the next
    doc = build(["Lawmakers", "Praise", "Texas"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ents={(2, 3): "Jurisdiction"})
    assert spans(doc) == [(2, 3, "Jurisdiction")]
    doc = build(["Acme", "Texas", "sued"], [0, 2, 2], ["ROOT", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"],
                ents={(1, 2): "Jurisdiction"})
    assert doc[1].is_sent_start and spans(doc) == [(1, 2, "Jurisdiction")]
    doc = build(["Acme", "Texas", "sued"], [1, 2, 2], ["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"],
                ents={(1, 2): "Jurisdiction"})
    assert spans(doc) == [(0, 2, "ORG")]  # the same words in one sentence


def test_nesting_a_town_before_its_state_or_a_place_that_modifies_a_noun_is_no_organisation():
    # "a data centre in Abilene Texas opened": after a preposition, a town in its state
    doc = build(["centre", "in", "Abilene", "Texas", "opened"], [4, 0, 3, 1, 4], ["nsubj", "prep", "compound", "pobj",
                "ROOT"], pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB"], ents={(3, 4): "Jurisdiction"})
    assert spans(doc) == [(3, 4, "Jurisdiction")]
    # "GOP Texas lawmakers passed it": the place modifies the noun after it
    doc = build(["GOP", "Texas", "lawmakers", "passed", "it"], [2, 2, 3, 3, 3], ["compound", "compound", "nsubj",
                "ROOT", "dobj"], pos=["PROPN", "PROPN", "NOUN", "VERB", "PRON"], ents={(1, 2): "Jurisdiction"})
    assert spans(doc) == [(1, 2, "Jurisdiction")]


def test_nesting_a_run_stops_before_a_compound_modifier_after_a_connector():
    from kg.nlp.entities.name_runs import title_run
    from tests.nlp.constructed import build

    # "contract with Corvane Systems for AI-assisted triage" / "Coalition for Health AI"
    words = ["with", "Corvane", "Systems", "for", "AI", "-", "assisted", "triage"]
    doc = build(words, [0, 2, 0, 2, 6, 6, 7, 3], ["ROOT", "compound", "pobj", "prep", "npadvmod", "punct", "amod",
                                                    "pobj"], spaces=[True, True, True, True, False, False, True, False])
    assert title_run(doc, 1, set()) == 3
    words = ["Coalition", "for", "Health", "AI", "said"]
    doc = build(words, [4, 0, 3, 1, 4], ["nsubj", "prep", "compound", "pobj", "ROOT"])
    assert title_run(doc, 0, set()) == 4


def listed_doc(first: list[str], ents: dict, ids: dict | None = None):
    # "<first> , Science and Transportation Committee met ." (one sentence; every word hangs on "met")
    words = [*first, ",", "Science", "and", "Transportation", "Committee", "met", "."]
    n = len(words)
    pos = ["DET" if w == "The" else "ADP" if w in ("On", "of") else "PROPN" for w in first]
    pos += ["PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    return build(words, [n - 2] * n, ["dep"] * (n - 2) + ["ROOT", "punct"], pos=pos, ents=ents, ids=ids)


def test_nesting_a_body_name_cut_at_the_commas_of_its_list_runs_back_over_the_list_and_the_chamber():
    # "The Senate Commerce , Science and Transportation Committee met ." : the gazetteer read "Commerce"
    doc = listed_doc(["The", "Senate", "Commerce"], {(2, 3): "GovernmentBody", (4, 8): "ORG"}, {(2, 3): "commerce"})
    st = Nesting.of(doc)
    assert listed_name(st.ents[1], st) and id(st.ents[0]) in st.swallowed
    assert spans(doc) == [(1, 8, "ORG")]
    # "The House of Commons Culture , Science and ..." : a chamber with "of" in its name
    doc = listed_doc(["The", "House", "of", "Commons", "Culture"], {(6, 10): "ORG"})
    assert spans(doc) == [(1, 10, "ORG")]


def test_nesting_no_list_no_date_and_no_known_name_runs_back():
    doc = listed_doc(["On", "Tuesday"], {(1, 2): "DATE", (3, 7): "ORG"})  # a date is no item of a name
    assert not listed_name(doc.ents[1], Nesting.of(doc))
    doc = listed_doc(["The", "Senate"], {(3, 7): "ORG"}, {(3, 7): "known"})  # a known name keeps its own words
    assert not listed_name(doc.ents[0], Nesting.of(doc))
    # "Science and Transportation Committee met ." : no comma before it, no list
    doc = build(["Science", "and", "Transportation", "Committee", "met", "."], [4] * 6, ["dep"] * 4 + ["ROOT", "punct"],
                pos=["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"], ents={(0, 4): "ORG"})
    assert not listed_name(doc.ents[0], Nesting.of(doc))


def test_nesting_a_known_association_of_a_place_is_its_chapter_there():
    # "The ACLU of Washington welcomed it ." / "The ACLU of the state welcomed it ."
    words = ["The", "ACLU", "of", "Washington", "welcomed", "it", "."]
    doc = build(words, [1, 4, 1, 2, 4, 4, 4], ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
                ents={(1, 2): "ResearchOrganization", (3, 4): "GPE"}, ids={(1, 2): "aclu"})
    st = Nesting.of(doc)
    assert chapter_of_place(st.ents[0], st) and id(st.ents[1]) in st.swallowed
    assert spans(doc) == [(1, 4, "ORG")]
    doc = build(["The", "ACLU", "of", "the", "state"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "det", "pobj"],
                ents={(1, 2): "ResearchOrganization"}, ids={(1, 2): "aclu"})
    assert not chapter_of_place(doc.ents[0], Nesting.of(doc))
