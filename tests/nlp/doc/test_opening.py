"""The people a byline names (kg/nlp/doc/opening.py), on constructed documents: a title line, then the byline."""
from __future__ import annotations

from kg.nlp.doc.opening import byline_people
from tests.nlp.constructed import build


def people(lines: list[list[str]], glued: tuple[str, ...] = ()) -> list[str]:
    """`glued`: words written without a space after them ("Ji" in "Ji-won", the hyphen)."""
    words: list[str] = []
    for n, line in enumerate(lines):
        words += (["\n"] if n else []) + line
    spaces = [w != "\n" and w not in glued and i + 1 < len(words) and words[i + 1] not in ("\n", ",", ":")
              for i, w in enumerate(words)]
    doc = build(words, list(range(len(words))), ["ROOT"] * len(words), spaces=spaces)
    return [s.text for s in byline_people(doc)]


def test_bylines_an_author_and_a_role():
    lines = [["India", "AI"], ["Published", "2025-06-16", "|", "By", "Meera", "Raghunathan", ",", "Senior", "Fellow", ",",
                               "Institute", "for", "Digital", "Public", "Policy"], ["Body", "."]]
    assert people(lines) == ["Meera Raghunathan"]


def test_bylines_two_authors_with_roles_or_without():
    lines = [["Alert"], ["Authors", ":", "Marta", "Lindqvist", ",", "Partner", ",", "and", "Oliver", "Brandt", ",",
                         "Counsel"], ["Body", "."]]
    assert people(lines) == ["Marta Lindqvist", "Oliver Brandt"]
    assert people([["Alert"], ["By", "Jane", "Doe", "and", "John", "Smith"], ["Body", "."]]) == ["Jane Doe", "John Smith"]


def test_bylines_an_and_inside_a_role_joins_no_name_and_a_hyphen_stays_in_one():
    lines = [["Note"], ["By", "Park", "Ji", "-", "won", ",", "Senior", "Fellow", ",", "Technology", "and", "Trade",
                        "Program"], ["Body", "."]]
    assert people(lines, glued=("Ji", "-")) == ["Park Ji-won"]


def test_bylines_an_organisation_or_prose_is_no_author():
    assert people([["Alert"], ["Published", "2025-01-14", "by", "Kestrel", "Hale", "LLP", ",", "FDA", "Practice"]]) == []
    assert people([["Digest"], ["Published", "2025-09-03", "by", "the", "Policy", "Desk"]]) == []
    lines = [["News"], ["The", "bill", "was", "signed", "by", "Jane", "Doe", ",", "the", "governor", "."]]
    assert people(lines) == []  # a sentence, not a byline


def test_bylines_a_name_on_a_byline_after_its_cue_is_on_the_byline():
    from kg.nlp.doc.opening import on_byline
    from spacy.tokens import Span

    words = ["India", "AI", "\n", "Published", "2025-06-16", "|", "By", "Meera", "Raghunathan", ",", "Senior", "Fellow",
             ",", "Institute", "for", "Policy", "\n", "Body", "."]
    doc = build(words, list(range(len(words))), ["ROOT"] * len(words))
    assert on_byline(Span(doc, 13, 16)) and on_byline(Span(doc, 7, 9))
    assert not on_byline(Span(doc, 4, 5))  # before the cue: the date
    assert not on_byline(Span(doc, 17, 18))  # the body


def test_bylines_a_name_and_a_role_need_no_cue_but_a_name_with_no_role_does():
    lines = [["Mexico", "needs", "a", "law"], ["December", "4", ",", "2023", "|", "Commentary", "|", "Mariana",
                                               "Ortega", "Luna", ",", "senior", "fellow", ",", "Centro", "Puente"],
             ["Body", "."]]
    assert people(lines) == ["Mariana Ortega Luna"]
    lines = [["Title"], ["Rite", "Aid", ",", "the", "pharmacy", "chain", ",", "agreed"], ["Body", "."]]
    assert people(lines) == []
    lines = [["Title"], ["By", "Dana", "Whitfield", ",", "Senior", "Fellow"], ["Body", "."]]
    assert people(lines) == ["Dana Whitfield"]  # the cue is no part of the name
