"""A surname with a given name before it: "Melania Trump" is not Donald Trump, and "Christophe Fouquet" is one name.

Two ways a person's name loses its given name: the gazetteer knows someone by the surname alone ("Trump") and its
match replaces the tagger's longer name, or the tagger reads the surname only ("Fouquet"). Either way the word
before the surname is a given name when it is a capitalised proper noun that no entity covers, that is no title or
honorific ("President Trump", "Mr Fouquet"; `is_title`) and no common word of English ("Former", "Yesterday").
The name then grows over it, and a gazetteer surname match gives up its identity: the person is someone else or
is named in full, and the resolver decides which.

A titled person whose given name is a model's or a firm's ("Justice Gemma Ashcroft-Nguyen", "Judge Claude Moreau")
loses it the other way: the gazetteer matches the given name alone. After a person's title, such a one-word match
with a capitalised surname after it is the person's name (`titled_persons`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.titles import is_title
from kg.nlp.entities.name_runs import inner_hyphen
from kg.nlp.entities.person_titles import common_words

PERSON_LABELS = ("Person", "PERSON")


def given_name(tok: Token, covered: set[int], common: frozenset[str]) -> bool:
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and tok.i not in covered and not is_title(tok) and tok.lower_ not in common)


def with_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each one-word person's name grown over the given name before it."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    common = common_words(doc)
    out = []
    for e in ents:
        if e.label_ in PERSON_LABELS and len(e) == 1 and e.start > 0 and given_name(doc[e.start - 1], covered, common):
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


def surname_end(doc: Doc, i: int, covered: set[int], common: frozenset[str]) -> int:
    """The end of the surname starting at token i ("Moreau", "Ashcroft-Nguyen"); i when there is none."""
    end = i
    while end < len(doc) and given_name(doc[end], covered, common):
        end += 1
        if end + 1 < len(doc) and inner_hyphen(doc, end):
            end += 1
    return end


def titled_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with a titled person's given name that the gazetteer read as a model or a firm grown into the person's
    name ("Justice Gemma Ashcroft-Nguyen": a person, not Google's Gemma)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    common = common_words(doc)
    out = []
    for e in ents:
        end = e.end
        if e.label_ not in PERSON_LABELS and len(e) == 1 and e.start > 0 and is_title(doc[e.start - 1]):
            end = surname_end(doc, e.end, covered, common)
        out.append(Span(doc, e.start, end, label="PERSON") if end > e.end else e)
    return out
