"""The `kg_amount_objects` component: "The regulator fined Paystream 2 million naira": the small parser hangs a name
it does not know on the amount after it ("Paystream", a modifier of "naira"), where it reads a name it knows as the
verb's indirect object ("fined Clearview 20 million euros": "Clearview" a dative). The name before an amount is
re-hung as the verb's dative, so that every later layer reads it as the one fined, paid or invested in."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.lexicon import load_json

NAME_DEPS = ("nmod", "compound", "npadvmod")


@lru_cache(maxsize=1)
def amount_words() -> frozenset[str]:
    """Scale and currency words (data/type_cues.json: amount_words)."""
    return frozenset(load_json("type_cues.json")["amount_words"])


def amount_word(tok: Token) -> bool:
    """A scale or currency word; its short forms only in lower case ("2 m", "3 bn"), so that no model's capital
    letter is read as one ("Helix 2 M", "Kavari-M")."""
    return tok.lower_ in amount_words() and (len(tok.text) > 2 or tok.text.islower())


def in_amount(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is an amount: a number, then only numbers and scale or currency words."""
    return start < end and doc[start].like_num and all(t.like_num or amount_word(t) for t in doc[start:end])


def name_before_amount(amount: Token) -> Token | None:
    """The head of a capitalised name hung on an amount that a verb takes as its object, right before the amount's
    own number: "fined [Paystream] 2 million naira"."""
    verb, doc = amount.head, amount.doc
    if amount.dep_ != "dobj" or verb.pos_ != "VERB" or not amount_word(amount):
        return None
    for c in amount.children:
        if c.dep_ in NAME_DEPS and c.pos_ == "PROPN" and c.text[:1].isupper() and verb.i < c.i \
                and in_amount(doc, c.i + 1, amount.i + 1):
            return c
    return None


class AmountObjects:
    """Re-hangs each name before an amount as the dative of the verb whose object the amount is."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for amount in tokens_with(doc, amount_words()):
            name = name_before_amount(amount)
            if name is not None:
                name.head, name.dep_ = amount.head, "dative"
        return doc
