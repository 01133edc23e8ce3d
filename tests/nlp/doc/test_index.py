from __future__ import annotations

import pytest

from tests.conftest import acts


@pytest.fixture()
def parse(parse_rules):
    """These tests are of the hand-written patterns: the rules' reading, before the trained scorer."""
    return parse_rules


@pytest.mark.parametrize("text, expected", [
    # a pronoun subject takes the salient earlier subject, not the nearer object
    ("The European Commission questioned Apple about its app store. Later it fined Google.",
     ("Penalize", "European Commission", ["Google"], False)),
    # "it" prefers an organisation over a country named in passing
    ("Italy's data regulator, the Garante, met with Snap. It then fined OpenAI.",
     ("Penalize", "Garante per la protezione dei dati personali", ["OpenAI"], False)),
    # a title description goes to the person introduced with that title
    ("President Donald Trump met Jensen Huang on Monday. The next day the president sued Nvidia.",
     ("Sue", "Donald Trump", ["Nvidia"], False)),
    # "we" in a quotation is its speaker
    ('"We have reviewed the rules carefully," Anthropic said in a statement about the FTC.',
     ("Investigate", "Anthropic", [], False)),
])
def test_arguments_anaphora(parse, text, expected):
    assert expected in acts(parse(text)), acts(parse(text))


@pytest.mark.parametrize("text, expected", [
    # an apposition describes the subject; it adds no agent
    ("Maria Ortiz, the chief lawyer at Microsoft, criticized the Commerce Department.",
     [("Oppose", "Maria Ortiz", ["U.S. Department of Commerce"], False)]),
    # coordinated subjects: one action each
    ("Meta Platforms and OpenAI signed the code.",
     [("Partner", "Meta Platforms", [], False), ("Partner", "OpenAI", [], False)]),
])
def test_arguments_subjects(parse, text, expected):
    assert acts(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Judge Mara Lind allowed the newspaper's claims against OpenAI to proceed.", ("Rule", "Mara Lind", ["OpenAI"], False)),
    ("Judge Mara Lind let the newspaper's claims proceed.", ("Rule", "Mara Lind", [], False)),
    ("Nvidia agreed to pay the U.S. government a share of revenue.", ("Partner", "Nvidia", ["U.S. government"], False)),
    ("xAI launched a package of tools that includes Grok 4.", ("Release", "xAI", ["Grok 4"], False)),
    ("The White House directed agencies to stop using Claude.", ("Ban", "White House", ["Claude"], False)),
])
def test_arguments_objects_beyond_the_direct_object(parse, text, expected):
    assert expected in acts(parse(text)), acts(parse(text))


@pytest.mark.parametrize("text, absent", [
    ("Officials floated the idea that the agency would ban the app.", "Ban"),
    ("The judge refused to pause the order.", "Rule"),
])
def test_arguments_content_of_another_action_is_not_an_action(parse, text, absent):
    got = acts(parse(text))
    assert [a[0] for a in got].count(absent) <= (1 if absent == "Rule" else 0), got


@pytest.mark.parametrize("text, expected", [
    # plural descriptions name the entities mentioned together before
    ("The Times sued OpenAI and Microsoft. Both companies deny that they infringed the paper's copyrights.",
     [("Oppose", "OpenAI"), ("Oppose", "Microsoft")]),
    # "his company" is the company of the person "his" points to
    ("OpenAI's chief executive, Sam Altman, met Anthropic staff. Later Altman said his company had signed an agreement "
     "with the Department of War.", [("Partner", "OpenAI")]),
])
def test_arguments_plurals_and_possessive_descriptions(parse, text, expected):
    got = [(a[0], a[1]) for a in acts(parse(text))]
    assert all(e in got for e in expected), got


def test_arguments_an_agents_next_action_continues_its_targets(parse):
    got = acts(parse("The Garante banned DeepSeek on Friday. The company appealed. The Garante rejected that argument."))
    assert ("Oppose", "Garante per la protezione dei dati personali", ["DeepSeek"], False) in got


@pytest.mark.parametrize("text, kind, negated", [
    ("The EU AI Act was adopted in 2024. Providers must publish a summary of training data.", "Mandate", False),
    ("The EU AI Act was adopted in 2024. Nobody may sell social scoring systems.", "Ban", False),
    ("The EU AI Act was adopted in 2024. Providers may not sell social scoring systems.", "Ban", False),
    ("The EU AI Act was adopted in 2024. Users can choose other providers.", None, False),
])
def test_arguments_modal_obligations_need_an_instrument_in_context(parse, text, kind, negated):
    got = [a for a in parse(text).actions if a.type in ("Mandate", "Ban")]
    if kind is None:
        assert not got
    else:
        assert got and got[0].type == kind and got[0].negated is negated and got[0].agent is None and got[0].instruments


def test_one_index_serves_every_component_and_no_cache_outlives_the_pipeline(nlp):
    """The index is built once a document (`EntityIndex.of` returns the same object), and every per-document cache
    the components keep is the document index's to drop: none is left after the last component."""
    from kg.nlp.doc.index import SCRATCH, SENTENCE_CACHE, EntityIndex

    doc = nlp.make_doc("The Garante banned DeepSeek on Monday. It also fined OpenAI.")
    for name, proc in nlp.pipeline[:-1]:  # up to the relation extractor, which drops the caches
        doc = proc(doc)
    idx = EntityIndex.of(doc)
    assert EntityIndex.of(doc) is idx and EntityIndex.existing(doc) is idx
    assert idx.sent_no[idx.sent_starts[-1]] == len(idx.sent_starts) - 1
    doc = nlp.pipeline[-1][1](doc)
    assert not [k for k in doc.user_data if k in SCRATCH or isinstance(k, tuple) and k[:1] == (SENTENCE_CACHE,)]


def test_an_apposition_hung_on_a_subject_from_beyond_its_verb_adds_no_name():
    from kg.nlp.doc.index import EntityIndex
    from tests.nlp.constructed import build

    # "OpenAI was ordered , stated judge Elke Schwager ." (the parser hung the speaker on the subject)
    words = ["OpenAI", "was", "ordered", ",", "stated", "judge", "Elke", "Schwager", "."]
    doc = build(words, [2, 2, 2, 2, 5, 0, 7, 5, 2], ["nsubjpass", "auxpass", "ROOT", "punct", "amod", "appos", "compound",
                                                     "appos", "punct"],
                pos=["PROPN", "AUX", "VERB", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"],
                ents={(0, 1): "Company", (6, 8): "Person"})
    assert EntityIndex.of(doc).phrase_entities(doc[0]) == ["OpenAI"]
    # next to its head, an apposition names the same party or a second one ("OpenAI, the ChatGPT maker, ...")
    words = ["OpenAI", ",", "judge", "Elke", "Schwager", ",", "was", "ordered", "."]
    doc = build(words, [7, 0, 0, 4, 2, 0, 7, 7, 7], ["nsubjpass", "punct", "appos", "compound", "appos", "punct",
                                                     "auxpass", "ROOT", "punct"],
                pos=["PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
                ents={(0, 1): "Company", (3, 5): "Person"})
    assert EntityIndex.of(doc).phrase_entities(doc[0]) == ["OpenAI", "Elke Schwager"]


def test_a_description_with_a_name_in_apposition_is_that_name_not_its_possessor():
    from kg.nlp.doc.index import EntityIndex
    from tests.nlp.constructed import build

    # "Elon Musk 's AI company xAI sued Apple ." (the parser made the description the subject, the name its apposition)
    words = ["Elon", "Musk", "'s", "AI", "company", "xAI", "sued", "Apple", "."]
    doc = build(words, [1, 4, 1, 4, 6, 4, 6, 6, 6], ["compound", "poss", "case", "compound", "nsubj", "appos", "ROOT",
                                                      "dobj", "punct"],
                pos=["PROPN", "PROPN", "PART", "PROPN", "NOUN", "PROPN", "VERB", "PROPN", "PUNCT"],
                lemmas=["elon", "musk", "'s", "ai", "company", "xai", "sue", "apple", "."],
                ents={(0, 2): "Person", (5, 6): "Company", (7, 8): "Company"})
    assert EntityIndex.of(doc).phrase_entities(doc[4]) == ["xAI"]
    # with no name beside it, "Musk's company" still stands for what its possessor owns or is
    words = ["Elon", "Musk", "'s", "company", "sued", "Apple", "."]
    doc = build(words, [1, 3, 1, 4, 4, 4, 4], ["compound", "poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                pos=["PROPN", "PROPN", "PART", "NOUN", "VERB", "PROPN", "PUNCT"],
                lemmas=["elon", "musk", "'s", "company", "sue", "apple", "."],
                ents={(0, 2): "Person", (5, 6): "Company"})
    assert EntityIndex.of(doc).phrase_entities(doc[3]) == ["Elon Musk"]
    # a name the parser hung on the description from beyond its verb is no name of it ("Musk 's company was
    # ordered , stated judge Elke Schwager ."): the possessor stands
    words = ["Musk", "'s", "company", "was", "ordered", ",", "stated", "judge", "Elke", "Schwager", "."]
    doc = build(words, [2, 0, 4, 4, 4, 4, 9, 9, 9, 2, 4], ["poss", "case", "nsubjpass", "auxpass", "ROOT", "punct",
                                                          "amod", "compound", "compound", "appos", "punct"],
                pos=["PROPN", "PART", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"],
                lemmas=["musk", "'s", "company", "be", "order", ",", "state", "judge", "elke", "schwager", "."],
                ents={(0, 1): "Person", (8, 10): "Person"})
    assert EntityIndex.of(doc).phrase_entities(doc[2]) == ["Musk"]


def test_of_names_a_works_author_not_what_an_act_acts_on():
    from kg.nlp.doc.index import EntityIndex
    from tests.nlp.constructed import build

    def rejected(noun: str):
        # "Mokoena rejected the <noun> of the Committee ."
        words = ["Mokoena", "rejected", "the", noun, "of", "the", "Committee", "."]
        return build(words, [1, 1, 3, 1, 3, 6, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
                     ents={(0, 1): "Person", (6, 7): "GovernmentBody"})

    report = rejected("report")
    assert EntityIndex.of(report).phrase_entities(report[3]) == ["Committee"]
    ban = rejected("ban")  # "the ban of X": what the ban acts on, no author
    assert EntityIndex.of(ban).phrase_entities(ban[3]) == []
    announcement = rejected("announcement")  # "the announcement of X": what is announced
    assert EntityIndex.of(announcement).phrase_entities(announcement[3]) == []


def test_an_object_pronoun_of_a_coordinated_verb_stands_for_the_first_verbs_object():
    from kg.nlp.doc.index import EntityIndex
    from tests.nlp.constructed import build

    # "Meta spoke . The CNIL fined Helix and ordered it to stop ."
    words = ["Meta", "spoke", ".", "The", "CNIL", "fined", "Helix", "and", "ordered", "it", "to", "stop", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5, 5, 8, 11, 8, 5]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "aux", "xcomp", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "DET", "PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PRON", "PART", "VERB", "PUNCT"]
    ents = {(0, 1): "Company", (4, 5): "GovernmentBody", (6, 7): "Company"}
    doc = build(words, heads, deps, pos=pos, ents=ents)
    idx = EntityIndex.of(doc)
    assert idx.head_entity(doc[9], exclude="CNIL") == "Helix"  # not the subject of the sentence before
    # "... fined Helix and Meta criticised it ." : a second verb with a subject of its own shares no object
    words[8:] = ["Meta", "criticised", "it", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5, 9, 5, 9, 5]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "DET", "PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = build(words, heads, deps, pos=pos, ents={**ents, (8, 9): "Company"})
    assert EntityIndex.of(doc).parallel_objects(doc[10], ["Company", "GovernmentBody"], None) == []
