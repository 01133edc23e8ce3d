"""A name closed by a company's legal form is a company: "Harrow Vance LLP" (not the person "Vance"), "Snap Group
Limited", "Kestrel & Wu LLP". The forms are `legal_forms` of data/type_cues.json; a name the gazetteer knows without
its form is left to the gazetteer ("OpenAI Inc." is OpenAI)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.gazetteer import gazetteer_index
from kg.nlp.lexicon import load_json, words
from kg.nlp.names import fold

LONGEST_NAME = 5  # words before the legal form
LINKS = {"&"}  # not "and": "Google and Microsoft Corp." are two
BILL_PREFIXES = {"AB", "AS"}  # Nordic forms, none before a number: "AB 1018" is an Assembly Bill


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    return frozenset(load_json("type_cues.json")["legal_forms"])


@lru_cache(maxsize=1)
def comma_forms() -> frozenset[str]:
    """The forms that close a name after a comma ("Meta Platforms, Inc."), not "Lufthansa, SAS and Finnair"."""
    return frozenset(load_json("type_cues.json")["comma_forms"])


@lru_cache(maxsize=1)
def legal_form_words() -> frozenset[str]:
    """The legal forms and the words before them ("Pty Ltd", "Co., Ltd."): what a company's bare name leaves out."""
    return legal_forms() | frozenset(load_json("type_cues.json")["legal_form_words"]) | {",", "."}


def name_word(t: Token) -> bool:
    """A capitalised word of a name ("Vance", "TikTok", "UK"), not punctuation."""
    return t.text[:1].isupper() and not t.is_punct


def legal_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words (with "&" between them) closed by a legal form, at most
    LONGEST_NAME words, not starting with "The", not a gazetteer name with or without its form."""
    forms, known = legal_forms(), gazetteer_index()[0]
    out = []
    for tok in tokens_with(doc, forms):
        start = name_start(doc, tok.i) if tok.text in forms and tok.i > 0 and not written_as_initials(tok) \
            and not numbered(tok) else None
        if start is not None and fold(doc[start:tok.i].text.rstrip(",")) not in known \
                and fold(doc[start:tok.i + 1].text) not in known:
            out.append((start, tok.i + 1))
    return out


def numbered(form: Token) -> bool:
    """A Nordic form before a number, which starts a bill's number there ("California AB 1018"), not a company's
    legal form (but not before an amount: "fined Kvarnby Livs AB 6 million kronor")."""
    doc, i = form.doc, form.i
    if form.text not in BILL_PREFIXES or i + 1 >= len(doc) or not doc[i + 1].like_num:
        return False
    return i + 2 >= len(doc) or doc[i + 2].lower_ not in words("type_cues.json", "amount_words")


def written_as_initials(form: Token) -> bool:
    """A form written as initials ("K.K.", "S.L.") before a capitalised word: a person's initials ("Attorney General
    K.K. Venugopal", "Justice S.L. Bhatt"), not a company's legal form ("SAS" is no initials)."""
    after = form.doc[form.i + 1] if form.i + 1 < len(form.doc) else None
    return after is not None and after.text[:1].isupper() and "." in form.text \
        and all(c.isupper() or c == "." for c in form.text)


def name_start(doc: Doc, form: int) -> int | None:
    """The first word of the name before a legal form (a comma between them allowed: "Meta Platforms, Inc."), within
    its sentence, "The" left out; None when no capitalised word stands there."""
    end = form - 1 if doc[form - 1].text == "," and doc[form].text in comma_forms() else form
    lo = doc[form].sent.start if doc.has_annotation("SENT_START") else 0
    start = end
    while start > lo and end - start < LONGEST_NAME and (name_word(doc[start - 1]) or doc[start - 1].text in LINKS):
        start -= 1
    while start < end and (doc[start].text in LINKS or doc[start].lower_ == "the"):
        start += 1
    return start if start < end else None
