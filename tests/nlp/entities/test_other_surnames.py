"""A known person's surname that names someone else (kg/nlp/entities/other_surnames.py) on constructed documents."""
from __future__ import annotations

from kg.nlp.entities.other_surnames import others_surnames
from tests.nlp.constructed import build


def matches(doc, spans):
    """Ruler matches of the gazetteer's people over the given spans: (match id, start, end)."""
    return {(doc.vocab.strings.add(f"Person||{gid}"), s, e) for gid, s, e in spans}


def person_doc(words, persons):
    n = len(words)
    return build(words, list(range(n)), ["dep"] * n, ents={span: "PERSON" for span in persons})


def test_other_surnames_a_given_name_before_the_surname_names_someone_else():
    # "Judge Sarah Altman ruled . Altman wrote ."
    doc = person_doc(["Judge", "Sarah", "Altman", "ruled", ".", "Altman", "wrote", "."], [(1, 3), (5, 6)])
    found = matches(doc, [("sam-altman", 2, 3), ("sam-altman", 5, 6)])
    assert others_surnames(doc, found) == found


def test_other_surnames_the_known_persons_own_given_name_or_a_title_keeps_the_match():
    # "Vice President JD Vance spoke . Vance said . Senator Vance disagreed ."
    doc = person_doc(["Vice", "President", "JD", "Vance", "spoke", ".", "Vance", "said", ".", "Senator", "Vance",
                      "disagreed", "."], [(2, 4), (6, 7), (9, 11)])
    found = matches(doc, [("jd-vance", 3, 4), ("jd-vance", 6, 7), ("jd-vance", 10, 11)])
    assert others_surnames(doc, found) == set()


def test_other_surnames_a_bare_surname_before_the_full_name_of_another_is_the_known_person():
    # "Altman spoke . Later Sarah Altman ruled ." : nobody else named before the first "Altman"
    doc = person_doc(["Altman", "spoke", ".", "Later", "Sarah", "Altman", "ruled", "."], [(0, 1), (4, 6)])
    first, second = ("sam-altman", 0, 1), ("sam-altman", 5, 6)
    assert others_surnames(doc, matches(doc, [first, second])) == matches(doc, [second])
