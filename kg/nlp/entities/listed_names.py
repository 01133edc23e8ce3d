"""Names whose own words make a list: "the Senate Commerce, Science and Transportation Committee", "the National
Assembly Science, ICT, Broadcasting and Communications Committee". spaCy's NER cuts such a name at its commas; the
committee's name runs back from its head over the list ("Commerce, Science and Transportation", items of one to three
capitalised words, a comma between them) and over the chamber before it ("Senate", "House of Commons", "National
Assembly"), not over a date, a place or a person ("On Tuesday, Science, ...") nor across a line or a sentence."""
from __future__ import annotations

from spacy.tokens import Doc, Token

ITEM_WORDS = 3  # an item of the list: "Commerce", "Science", "Senate Commerce", "Culture"
CHAMBER_WORDS = 4  # "House of Commons", "National Assembly", "Senate"
NAME_LABELS = ("", "ORG", "GovernmentBody", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")


def name_word(t: Token) -> bool:
    """A capitalised word that can be part of an organisation's name (not a date's, a place's or a person's)."""
    return (t.text[:1].isupper() and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ in NAME_LABELS
            and "\n" not in t.whitespace_)


def item_start(doc: Doc, j: int) -> int:
    """The first word of the list item that ends before token j (j itself when there is none)."""
    k = j
    while k > 0 and j - k < ITEM_WORDS and name_word(doc[k - 1]) and not doc[k].is_sent_start:
        k -= 1
    return k


def separator_start(doc: Doc, i: int) -> tuple[int, bool]:
    """Where the separator before token i starts (", ", " and ", ", and "), and whether it holds a comma."""
    j = i
    if j > 0 and doc[j - 1].lower_ in ("and", "&"):
        j -= 1
    comma = j > 0 and doc[j - 1].text == ","
    return (j - 1 if comma else j), comma


def list_start(doc: Doc, i: int) -> int:
    """The start of the list of items before token i (the start of a name ending in a body's head word), i when
    none holds a comma."""
    start, commas = i, 0
    while start > 0 and not doc[start].is_sent_start:
        j, comma = separator_start(doc, start)
        k = item_start(doc, j) if j < start else j
        if k == j:
            break
        start, commas = k, commas + comma
    return start if commas else i


def chamber_start(doc: Doc, i: int) -> int:
    """The start of the chamber's name before a listed name ("Senate", "House of Commons"), i when there is none."""
    k = i
    while k > 0 and i - k < CHAMBER_WORDS and not doc[k].is_sent_start and (
            doc[k - 1].pos_ == "PROPN" and name_word(doc[k - 1]) or doc[k - 1].lower_ == "of" and k - 1 > 0
            and name_word(doc[k - 2])):
        k -= 1
    return k
