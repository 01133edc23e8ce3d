"""A person's name without the title around it: "Chair Brett Guthrie" is Brett Guthrie, "Malcolm Byrne TD" is Malcolm
Byrne, and after "Secretary of" the capitalised common words are the portfolio ("Commerce Gina Raimondo" is Gina
Raimondo). The words come from `person_titles.json` (with the role heads and honorifics); whether a word is a common
one comes from the English pipeline's own WordNet noun and adjective index, so no list of portfolios is needed."""
from __future__ import annotations


from spacy.tokens import Doc, Token

from kg.nlp.doc.titles import is_title, title_lists
from kg.nlp.entities.places import known_place
from kg.nlp.lexicon import words

CONNECTORS = words("entity_words.json", "name_connectors") | {","}  # "Science, Innovation and Technology"
_COMMON: dict[int, frozenset[str]] = {}  # id(vocab) -> the common words of that pipeline
_ADJECTIVES: dict[int, frozenset[str]] = {}  # id(vocab) -> the adjectives among them


def learn_common_words(nlp) -> None:
    """Note the nouns and adjectives of English from the pipeline's lemmatizer (its WordNet index) for its vocab."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        adjs = set(table.get("adj", []))
        note_common_words(nlp.vocab, set(table.get("noun", [])) | adjs, adjs)
    except (KeyError, ValueError, AttributeError):
        note_common_words(nlp.vocab, set())


def note_common_words(vocab, common: set[str], adjectives: set[str] = frozenset()) -> None:
    _COMMON[id(vocab)] = frozenset(common)
    _ADJECTIVES[id(vocab)] = frozenset(adjectives)


def adjectives(doc: Doc) -> frozenset[str]:
    """The adjectives among the common words ("general", "open", "universal")."""
    return _ADJECTIVES.get(id(doc.vocab), frozenset())


def common_words(doc: Doc) -> frozenset[str]:
    """The common words noted for the document's pipeline (none if it has no lemmatizer index)."""
    return _COMMON.get(id(doc.vocab), frozenset())


def trim_person(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """(start, end, label) of the name inside a span that spaCy read as a person (or, after a title and "of", as
    anything): titles before it and post-nominal letters after it dropped, down to the surname ("Gov. Lee": "Lee",
    which the document's short forms join to "Bill Lee"); at least two words stay of post-nominals' names."""
    s, e = start, end
    while e - s > 1 and is_title(doc[s]) and doc[s].text[:1].isupper():
        s += 1
    if s > start and label != "PERSON":
        if not looks_like_a_name(doc, s, e):
            return start, end, label
        label = "PERSON"
    while label == "PERSON" and e - s > 2 and doc[e - 1].text.lower().strip(".") in title_lists()[1] and doc[e - 1].text[:1].isupper():
        e -= 1
    p = after_portfolio(doc, s, e)
    if p is not None:
        return p, e, "PERSON"
    return s, e, label


def looks_like_a_name(doc: Doc, start: int, end: int) -> bool:
    """Capitalised proper nouns only, the first of them no common word ("Hester Peirce", not "Data Protection")."""
    return (doc[start].lower_ not in common_words(doc)
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]))


def place_end(doc: Doc, start: int, end: int) -> int:
    """The end of a known place at the span's start ("Canada" in "Canada Dominic Rochon"), else `start`; the
    longest of up to three words, and never the whole span."""
    return next((k for k in range(min(start + 3, end - 2), start, -1) if known_place(doc[start:k])), start)


def after_portfolio(doc: Doc, start: int, end: int) -> int | None:
    """Where the name begins in "[Secretary of] Commerce Gina Raimondo" and "[Chief Information Officer of] Canada
    Dominic Rochon": the span follows a title and "of"/"for", and begins with capitalised common words or a known
    place; None unless two or more capitalised words remain, the last of them (the surname) no common word."""
    if start < 2 or doc[start - 1].lower_ not in title_lists()[2] or not is_title(doc[start - 2]):
        return None
    common = common_words(doc)
    i = place_end(doc, start, end)  # a place is the whole portfolio: "of Canada Dominic Rochon"
    if i == start:
        while i < end and (doc[i].lower_ in CONNECTORS or doc[i].text[:1].isupper() and doc[i].lower_ in common):
            i += 1
    rest = doc[i:end]
    if i == start or len(rest) < 2 or not all(t.text[:1].isupper() for t in rest) or rest[-1].lower_ in common:
        return None
    return i
