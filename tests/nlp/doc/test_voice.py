"""The organisation a document speaks for (kg/nlp/doc/voice.py) and the "we" it makes, on constructed documents: a
title line, the opening lines, then the body."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.voice import document_voice
from tests.nlp.constructed import build


def document(lines: list[list[str]], body: list[str], heads: list[int], deps: list[str],
             ents: dict[tuple[int, int], str]):
    """The title and opening lines, one token a sentence, then the body sentence parsed by `heads` (relative to the
    body's start) and `deps`; `ents` by absolute token positions."""
    words: list[str] = []
    for n, line in enumerate(lines):
        words += (["\n"] if n else []) + line
    words.append("\n")
    at = len(words)
    spaces = [w != "\n" and i + 1 < len(words) and words[i + 1] != "\n" for i, w in enumerate(words)]
    spaces += [True] * len(body)
    return build(words + body, list(range(at)) + [at + h for h in heads], ["ROOT"] * at + deps, spaces=spaces,
                 pos=["PROPN"] * at + ["PRON" if w.lower() == "we" else "VERB" if d == "ROOT" else "NOUN"
                                       for w, d in zip(body, deps)],
                 ents=ents), at


def test_voice_is_the_organisation_of_the_opening_lines():
    # Acme launches Nova / Published by Acme Labs / Today we release Nova .
    doc, at = document([["Acme", "launches", "Nova"], ["Published", "by", "Acme", "Labs"]],
                       ["Today", "we", "release", "Nova", "."], [2, 2, 2, 2, 2],
                       ["npadvmod", "nsubj", "ROOT", "dobj", "punct"], {(6, 8): "Company"})
    idx = EntityIndex.of(doc)
    assert document_voice(doc, idx) == "Acme Labs"
    assert idx.head_entity(doc[at + 1]) == "Acme Labs"  # "we"


def test_voice_under_a_press_release_line_is_the_first_sentence_teller():
    # Acme news / Press release / Acme Labs announced Nova .
    doc, at = document([["Acme", "news"], ["Press", "release"]], ["Acme", "Labs", "announced", "Nova", "."],
                       [1, 2, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj", "punct"], {(6, 8): "Company"})
    assert document_voice(doc, EntityIndex.of(doc)) == "Acme Labs"


def test_a_news_report_has_no_voice_and_we_in_quotes_is_no_voice():
    # Story / By Jane Doe / Acme Labs announced Nova .
    doc, _ = document([["Story"], ["By", "Jane", "Doe"]], ["Acme", "Labs", "announced", "Nova", "."],
                      [1, 2, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj", "punct"], {(7, 9): "Company"})
    assert document_voice(doc, EntityIndex.of(doc)) is None  # no organisation on the byline, no source line
    # Acme sued / Published by Acme Labs / Beta Corp sued Acme Labs . " we appeal "   (Beta's quotation, not Acme's)
    for quoted, who in ((True, "Beta Corp"), (False, "Acme Labs")):
        marks = ['"'] if quoted else []
        body = ["Beta", "Corp", "sued", "Acme", "Labs", ".", *marks, "we", "appeal", *marks]
        q = len(marks)
        heads = [1, 2, 2, 4, 2, 2] + ([7 + q] if quoted else []) + [7 + q, 7 + q] + ([7 + q] if quoted else [])
        deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct"] + (["punct"] if quoted else []) + \
            ["nsubj", "ROOT"] + (["punct"] if quoted else [])
        doc, at = document([["Acme", "sued"], ["Published", "by", "Acme", "Labs"]], body, heads, deps,
                           {(5, 7): "Company", (8, 10): "Company", (11, 13): "Company"})
        assert EntityIndex.of(doc).head_entity(doc[at + 6 + q]) == who, quoted


def test_a_source_line_names_the_organisation_before_its_source_word():
    # "Introducing Nova / Corvane Labs blog | Posted 2026-03-10", "NIST News Release", "Press release" (no name)
    from spacy.tokens import Span

    from kg.nlp.doc.voice import source_names

    heads = {"labs": "Company", "institute": "ResearchOrganization", "office": "GovernmentBody",
             "department": "GovernmentBody", "ministry": "GovernmentBody"}
    for line, expected in ((["Corvane", "Labs", "blog", "|", "Posted", "2026-03-10"], [("Corvane Labs", "Company")]),
                           (["August", "29", "|", "NIST", "News", "Release"], [("NIST", "Company")]),
                           (["Policy", "Office", "statement"], [("Policy Office", "GovernmentBody")]),
                           (["Department", "of", "Energy", "blog", "|", "Posted"], [("Department of Energy",
                                                                                   "GovernmentBody")]),
                           (["Ministry", "of", "Digital", "Affairs", "press", "release"],
                            [("Ministry of Digital Affairs", "GovernmentBody")]),
                           (["Joint", "Statement"], []), (["Press", "Statement"], []),
                           (["SUZHOU", ",", "China", "--", "Press", "release"], []),
                           (["By", "Jane", "Doe", ",", "staff", "writer"], [])):
        doc, _ = document([["Introducing", "Nova"], line], ["Nova", "ships", "."], [1, 1, 1],
                          ["nsubj", "ROOT", "punct"], {})
        assert [(s.text, s.label_) for s in source_names(doc, heads, [])] == expected, line
    # a name the gazetteer matched stands as it is: "Official Google Blog", "OpenAI Global Affairs blog"
    for line, known in ((["Official", "Google", "Blog"], (4, 5)), (["OpenAI", "Global", "Affairs", "blog"], (3, 4))):
        doc, _ = document([["Introducing", "Nova"], line], ["Nova", "ships", "."], [1, 1, 1],
                          ["nsubj", "ROOT", "punct"], {})
        assert source_names(doc, heads, [Span(doc, *known, label="Company")]) == [], line
    # the source word on the title line names no one: the title is no opening line
    doc, _ = document([["Acme", "Blog", "wins"], ["By", "Jane", "Doe"]], ["Nova", "ships", "."], [1, 1, 1],
                      ["nsubj", "ROOT", "punct"], {})
    assert source_names(doc, heads, []) == []


def test_a_wire_byline_and_a_dek_give_no_voice():
    # Story / By Jane Doe , Reuters / Acme Labs announced Nova .   (an outlet's byline)
    doc, _ = document([["Story"], ["By", "Jane", "Doe", ",", "Reuters"]], ["Acme", "Labs", "announced", "Nova", "."],
                      [1, 2, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj", "punct"],
                      {(6, 7): "MediaOutlet", (8, 10): "Company"})
    assert document_voice(doc, EntityIndex.of(doc)) is None
    # Story / Acme Labs says more is coming / Acme Labs announced Nova .   (a dek names its subject, no cue)
    doc, _ = document([["Story"], ["Acme", "Labs", "says", "more", "is", "coming"]],
                      ["Acme", "Labs", "announced", "Nova", "."], [1, 2, 2, 2, 2],
                      ["compound", "nsubj", "ROOT", "dobj", "punct"], {(2, 4): "Company", (9, 11): "Company"})
    assert document_voice(doc, EntityIndex.of(doc)) is None


def test_the_issuer_after_a_source_word_is_the_voice_and_a_name():
    # ICO orders app / News release | Information Office | 14 March / We ordered Quill .
    from spacy.tokens import Span

    from kg.nlp.doc.voice import issuer_part

    line = ["News", "release", "|", "Information", "Office", "|", "14", "March"]
    doc, at = document([["ICO", "orders", "app"], line], ["We", "ordered", "Quill", "."], [1, 1, 1, 1],
                       ["nsubj", "ROOT", "dobj", "punct"], {(7, 9): "GovernmentBody", (15, 16): "Company"})
    assert issuer_part(Span(doc, 7, 9)) and not issuer_part(Span(doc, at + 2, at + 3))
    idx = EntityIndex.of(doc)
    assert document_voice(doc, idx) == "Information Office"
    assert idx.head_entity(doc[at]) == "Information Office"  # "We"
    # no source word before the name ("Analysis | EU policy | 5 August"): a dateline's words, no issuer, no voice
    doc, _ = document([["ICO", "orders", "app"], ["Analysis", "|", "Information", "Office", "|", "14", "March"]],
                      ["We", "ordered", "Quill", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                      {(6, 8): "GovernmentBody", (14, 15): "Company"})
    assert not issuer_part(Span(doc, 6, 8)) and document_voice(doc, EntityIndex.of(doc)) is None
    # a phrase about someone in the part after the source word, or a part further on: no issuer
    for line in (["Statement", "|", "Response", "to", "Information", "Office", "|", "3", "June"],
                 ["Statement", "|", "3", "June", "|", "Information", "Office"]):
        at = 3 + line.index("Information")  # after "Acme responds" and the line break
        doc, _ = document([["Acme", "responds"], line], ["We", "agree", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                          {(at, at + 2): "GovernmentBody"})
        assert doc[at:at + 2].text == "Information Office"
        assert not issuer_part(Span(doc, at, at + 2)), line


def test_a_source_line_above_the_title_gives_the_voice_of_the_name_the_title_starts_with():
    # News release / Ofcom fines Harrowgate / We fined Harrowgate today .
    body, heads, deps = ["We", "fined", "Harrowgate", "today", "."], [1, 1, 1, 1, 1], ["nsubj", "ROOT", "dobj",
                                                                                        "npadvmod", "punct"]
    doc, at = document([["News", "release"], ["Ofcom", "fines", "Harrowgate"]], body, heads, deps,
                       {(3, 4): "GovernmentBody", (5, 6): "Company", (9, 10): "Company"})
    doc[4].tag_ = "VBZ"  # "fines": a verb in the present
    idx = EntityIndex.of(doc)
    assert document_voice(doc, idx) == "Ofcom" and idx.head_entity(doc[at]) == "Ofcom"
    # a first line that is no source line says nothing of whose the document is
    doc, _ = document([["Markets", "today"], ["Ofcom", "fines", "Harrowgate"]], body, heads, deps,
                      {(3, 4): "GovernmentBody", (5, 6): "Company", (9, 10): "Company"})
    doc[4].tag_ = "VBZ"
    assert document_voice(doc, EntityIndex.of(doc)) is None


def test_a_title_told_in_the_past_or_about_a_name_gives_no_voice(nlp):
    """Only a title that starts with a name and a verb in the present is told by that name."""
    def voice(title: str):
        doc = nlp(f"News release\n\n{title}\n\nWe have today fined Harrowgate Digital Ltd.")
        key = EntityIndex.of(doc).voice()
        return doc._.kg_entities[key].name if key else None

    assert voice("Ofcom fines AI companion provider £1.05 million") == "Ofcom"
    for title in ("Clearview AI fined £7.5 million over facial recognition", "Meta hit with €1.2 billion fine",
                  "OpenAI's new model raises safety concerns", "OpenAI lawsuit: our response"):
        assert voice(title) is None, title


def test_a_spaced_dash_parts_a_source_line_as_a_bar_does():
    # ICO orders app / Statement - Information Office / We ordered Quill .  ("Anti-Monopoly": a hyphen in a word)
    from spacy.tokens import Span

    from kg.nlp.doc.voice import issuer_part, separator

    doc, at = document([["ICO", "orders", "app"], ["Statement", "-", "Information", "Office"]],
                       ["We", "ordered", "Quill", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       {(6, 8): "GovernmentBody", (11, 12): "Company"})
    assert separator(doc[5]) and issuer_part(Span(doc, 6, 8))
    idx = EntityIndex.of(doc)
    assert document_voice(doc, idx) == "Information Office" and idx.head_entity(doc[at]) == "Information Office"
    word = build(["Anti", "-", "Monopoly", "Law"], [3, 3, 3, 3], ["compound", "punct", "compound", "ROOT"],
                 spaces=[False, False, True, False])
    assert not separator(word[1])


def test_a_name_before_the_source_word_above_the_title_is_the_voice():
    # European Commission - Press release / Commission designates Aurora / We designated Aurora .
    doc, at = document([["European", "Commission", "-", "Press", "release"], ["Commission", "designates", "Aurora"]],
                       ["We", "designated", "Aurora", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                       {(0, 2): "GovernmentBody", (8, 9): "AIModel", (13, 14): "AIModel"})
    assert document_voice(doc, EntityIndex.of(doc)) == "European Commission"


def test_a_title_that_speaks_of_a_statement_gives_no_voice():
    # European Commission statement falls short / Analysis / We think so .  (a title, not a source line)
    doc, _ = document([["European", "Commission", "statement", "falls", "short"], ["Analysis"]],
                      ["We", "think", "so", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "advmod", "punct"],
                      {(0, 2): "GovernmentBody"})
    assert document_voice(doc, EntityIndex.of(doc)) is None
