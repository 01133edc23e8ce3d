"""Title-case instrument names (kg/nlp/entities/titled.py), each rule on a constructed document."""
from __future__ import annotations

from kg.nlp.entities.titled import merge, titled_names
from tests.nlp.constructed import build


def names(doc):
    return [s.text for s in titled_names(doc)]


def flat(words, ents=None, ids=None, spaces=None):
    """One sentence, every word hanging on the last-but-one (the parse does not matter to these rules)."""
    root = len(words) - 2
    return build(words, [root] * len(words), ["dep"] * root + ["ROOT", "punct"], ents=ents, ids=ids, spaces=spaces)


def test_titled_a_hyphenated_name_ending_in_a_head_word():
    words = ["it", "broke", "the", "Anti", "-", "Monopoly", "Law", "."]
    spaces = [True, True, True, False, False, True, False, False]
    assert names(flat(words, spaces=spaces)) == ["Anti-Monopoly Law"]


def test_titled_a_parenthesis_of_title_words_belongs_to_the_name():
    words = ["amendments", "to", "the", "Data", "(", "Use", "and", "Access", ")", "Bill", "passed", "."]
    assert names(flat(words)) == ["Data ( Use and Access ) Bill"]


def test_titled_a_year_belongs_to_the_name_with_or_without_a_comma():
    words = ["under", "the", "Online", "Safety", "Act", "2021", "and", "the", "Copyright", "Act", ",", "1957", "."]
    assert names(flat(words)) == ["Online Safety Act 2021", "Copyright Act , 1957"]


def test_titled_minor_words_only_between_title_words():
    words = ["the", "Artificial", "Intelligence", "and", "Data", "Act", "of", "the", "state", "."]
    assert names(flat(words)) == ["Artificial Intelligence and Data Act"]
    assert names(flat(["the", "Law", "took", "effect", "."])) == []  # a head word alone names nothing


def test_titled_a_body_is_no_instrument():
    assert names(flat(["the", "Center", "for", "AI", "Policy", "said", "so", "."])) == []


def test_titled_a_stop_name_alone_does_not_make_a_title():
    assert names(flat(["our", "AI", "Policy", "team", "said", "so", "."])) == []


def test_titled_months_and_possessives_end_a_title():
    assert names(flat(["in", "January", "Digital", "Strategy", "came", "."])) == ["Digital Strategy"]
    assert names(flat(["Hesse", "'s", "Security", "Law", "came", "."])) == ["Security Law"]


def test_titled_no_title_in_a_headline():
    words = ["Quebec", "Already", "Regulates", "Algorithms", "Through", "Its", "Privacy", "Law", "."]
    assert names(flat(words)) == []


def test_titled_a_parser_cut_inside_the_title_is_mended():
    # two parser sentences: "... the Data ( Use and Access )" | "Bill passed ."
    words = ["backed", "the", "Data", "(", "Use", "and", "Access", ")", "Bill", "passed", "."]
    heads = [0, 2, 0, 2, 3, 4, 4, 3, 9, 9, 9]
    doc = build(words, heads, ["ROOT", "det", "dobj", "punct", "appos", "cc", "conj", "punct", "nsubj", "ROOT", "punct"])
    assert len(list(doc.sents)) == 2
    assert names(doc) == ["Data ( Use and Access ) Bill"]


def test_titled_merge_replaces_what_the_title_holds():
    words = ["the", "Data", "(", "Use", "and", "Access", ")", "Bill", "cites", "the", "OECD", "AI", "Principles", "on",
             "trustworthy", "systems", "today", "."]
    doc = flat(words, ents={(1, 2): "Company", (10, 11): "GovernmentBody"}, ids={(10, 11): "oecd"})
    merged = merge(list(doc.ents), titled_names(doc))
    assert [(e.text, e.label_) for e in merged] == [("Data ( Use and Access ) Bill", "PolicyInstrument"),
                                                   ("OECD", "GovernmentBody")]  # a known body stays itself


def test_titled_merge_keeps_a_longer_name_and_extends_a_known_instrument():
    words = ["the", "Voluntary", "Code", "of", "Conduct", "follows", "the", "Online", "Safety", "Act", "2021", "in",
             "most", "ways", "."]
    doc = flat(words, ents={(1, 5): "PolicyInstrument", (7, 10): "PolicyInstrument"}, ids={(7, 10): "online-safety-act"})
    merged = merge(list(doc.ents), titled_names(doc))
    assert [e.text for e in merged] == ["Voluntary Code of Conduct", "Online Safety Act 2021"]


def test_titled_a_topic_in_title_case_after_the_head_word():
    words = ["it", "passed", "the", "Law", "on", "Artificial", "Intelligence", "on", "Tuesday", "."]
    assert names(flat(words)) == ["Law on Artificial Intelligence"]  # a weekday ends the title


def test_titled_a_body_after_the_head_word_is_no_topic():
    assert names(flat(["an", "Order", "of", "the", "Court", "came", "today", "."])) == []
