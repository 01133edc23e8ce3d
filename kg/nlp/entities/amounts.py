"""A name the NER ran into the amount after it: "fined Paystream 2 million naira" gives "Paystream 2 million" (read as
a law, a nationality, an organisation), "fined Brightwave 5 million dollars" "Brightwave 5 million dollars". The
amount is no part of a name (a model's number is: "Llama 3", "Gemini 2.5" have no scale or currency word after it)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.amount_objects import amount_word, amount_words, in_amount

NOT_A_PARTY = ("LAW", "NORP", "WORK_OF_ART", "PRODUCT")  # labels the amount gave the name
AMOUNTS = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")  # "EUR 1 billion" is an amount, not a name before one


def amount_start(doc: Doc, start: int, end: int) -> int:
    """Where an amount at the end of the span begins (a number, then only numbers, scale and currency words, one of
    them at least), else `end`; never at the span's first word."""
    if not (doc[start].is_alpha and doc[start].text[:1].isupper()) or doc[start].lower_ in amount_words():
        return end  # "EUR 1 billion", "S$ 5 million", "24 million": no name before the amount
    first = next((i for i in range(start + 1, end) if doc[i].like_num), end)
    if in_amount(doc, first, end) and any(amount_word(t) for t in doc[first:end]):
        return first
    return end


def without_amount(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """(end, label) of the name without an amount after it; a name that did end in an amount names a party (the
    one fined, paid or invested in), not what its label said."""
    cut = end if label in AMOUNTS else amount_start(doc, start, end)
    if cut == end:
        return end, label
    return cut, ("ORG" if label in NOT_A_PARTY else label)
