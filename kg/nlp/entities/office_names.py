"""Oversight bodies named by their office: "New Zealand's Privacy Commissioner", "Ontario's Information and Privacy
Commissioner", "the Information Commissioner". The small NER model leaves them untagged or cuts them ("Ontario's
Information and Privacy"), and a media outlet's name can swallow the first word ("The Information"). A run of
capitalised words that ends in "Commissioner" and holds a word of an oversight office (office_topics of
data/type_cues.json, chosen from the words before "Commissioner" in the gazetteer's bodies: privacy, information,
data protection, eSafety, ...) names a government body, after a place's possessive or "the" (the place's own body then
comes from the gazetteer: kg/nlp/entities/qualified.py, `place_body`), or after "Office of the", the office's own
name ("the Office of the Data Protection Commissioner", which the NER may cut before its last word). Not a title
before a person's name ("Privacy Commissioner Michael Webster"), not the office of a member of a commission ("Trade
Commissioner"), not in a headline's title case."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.lines import title_case_line
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.name_runs import title_run
from kg.nlp.lexicon import load_json

OFFICE = "Commissioner"  # as written: "the commissioner" is a title, no name
OPENERS = {"'s", "'", "the"}  # what stands before the office's name (curly marks are read plainly: kg/nlp/doc/plain.py)
LINKS = {"and"}  # "Information and Privacy Commissioner"


@lru_cache(maxsize=1)
def office_topics() -> frozenset[str]:
    return frozenset(load_json("type_cues.json")["office_topics"])


def office_start(doc: Doc, end: int) -> int | None:
    """The first word of the office's name that ends before token `end` ("Commissioner"), when an opener stands before
    it and one of its words is an oversight office's; else None."""
    i = end
    while i > 0 and (capitalised(doc[i - 1]) or doc[i - 1].lower_ in LINKS and i - 1 > 0 and capitalised(doc[i - 2])):
        i -= 1
    words = {t.lower_ for t in doc[i:end]}
    if i == end or i == 0 or doc[i - 1].lower_ not in OPENERS or not words & office_topics():
        return None
    if i > 1 and doc[i - 2].lower_ == "of":  # "Office of the Data Protection Commissioner": the office's own name
        return i - 3 if i > 2 and doc[i - 3].text == "Office" else None
    return i


def capitalised(t: Token) -> bool:
    """A word of a name: a capital first ("Privacy") or second letter ("eSafety"), not a possessive."""
    return t.is_alpha and (t.text[:1].isupper() or t.text[1:2].isupper()) and t.lower_ != "the"


@lru_cache(maxsize=1)
def office_holders() -> frozenset[str]:
    return frozenset(load_json("type_cues.json")["office_holders"])


def offices_of_holders(doc: Doc) -> list[Span]:
    """"the Office of the Attorney General", "Office of the Child Advocate": "Office of the" and a run of capitalised
    words with an office-holder's word (office_holders of data/type_cues.json), which the NER may cut short ("Office
    of the Attorney"), names the office; not in a headline's title case."""
    out = []
    for tok in tokens_with(doc, {"office"}):
        i = tok.i
        if tok.text != "Office" or i + 3 >= len(doc) or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ != "the":
            continue
        end = title_run(doc, i + 3, set())
        if end > i + 3 and any(t.text in office_holders() for t in doc[i + 3:end]) and not title_case_line(tok.sent):
            out.append(Span(doc, i, end, label="GovernmentBody"))
    return out


def office_names(doc: Doc) -> list[Span]:
    """GovernmentBody spans of the oversight offices the text names (see the module's docstring)."""
    out = offices_of_holders(doc)
    for tok in tokens_with(doc, {OFFICE.lower()}):
        if tok.text != OFFICE or goes_on(doc, tok.i + 1):
            continue
        start = office_start(doc, tok.i)
        if start is not None and not title_case_line(tok.sent) and all(o.start != start for o in out):
            out.append(Span(doc, start, tok.i + 1, label="GovernmentBody"))
    return out


def goes_on(doc: Doc, i: int) -> bool:
    """Whether the words from token i make the office a title before a name ("Privacy Commissioner Michael Webster")
    or part of a longer name ("... Commissioner of Canada", "Information Commissioner's Office")."""
    after = doc[i] if i < len(doc) else None
    if after is None:
        return False
    owned = after.lower_ == "'s" and i + 1 < len(doc) and capitalised(doc[i + 1])
    return capitalised(after) or after.lower_ in ("of", "for") or owned


def office_bodies(doc: Doc, kept: list[Span]) -> list[Span]:
    """The offices' names, where no name holds the whole office and no name the gazetteer matched holds its last
    word: a known name that ends inside one ("The Information" of "The Information Commissioner") gives way to it."""
    known = [k for k in kept if k.kb_id_ or k.id_]
    return [sp for sp in office_names(doc)
            if not any(k.start <= sp.start and sp.end <= k.end for k in kept)
            and not any(k.start < sp.end and sp.start < k.end and k.end >= sp.end for k in known)]
