"""Names the small NER model cut at a small word (nesting rules of kg/nlp/entities/nesting.py).

Names in other languages joined by lower-case particles: "Banco do Povo", "Agua para Todos", "Sindicato de
Teleoperadores", "Conseil d'Etat". The NER tags a part of such a name ("Povo", "Todos", "Conseil"); the capitalised
words joined by the particles of `name_particles` (data/entity_words.json) are one organisation's name. A person's
name keeps its particles its own way ("Lula da Silva"). And a name the NER ended on "of", "for" or "on" ("the
Superior Tribunal of" + "Bogotá", "The Brazilian Association of" + "Digital Rights") runs on over the capitalised
words after it (`name_cut_at_connector`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.lines import glued_hyphen
from kg.nlp.lexicon import words

if TYPE_CHECKING:
    from kg.nlp.entities.nesting import Nesting

PARTICLES = words("entity_words.json", "name_particles")
ELIDED = ("d'", "l'")  # "d'Etat": a particle glued to the next word (a curly apostrophe read as a straight one)
PLACES = ("GPE", "LOC", "Jurisdiction")
CUT_AT = ("of", "for", "on")
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
JOINABLE = ("ORG", "GPE", "LOC", "NORP", "FAC", "Company", "ResearchOrganization", "GovernmentBody", "Jurisdiction")


def name_word(doc: Doc, i: int, st: Nesting, own: Span) -> bool:
    """A capitalised word of the name (a sentence's first only as a proper noun), no other kind of entity's word (a
    person's, a date's, a known body's)."""
    tok = doc[i]
    if not (tok.text[:1].isupper() and tok.is_alpha or elided(tok)) or tok.is_sent_start and tok.pos_ != "PROPN":
        return False
    other = entity_at(st, i)
    return other is None or other is own or (other.label_ in JOINABLE and not other.ent_id_)


def entity_at(st: Nesting, i: int) -> Span | None:
    """The entity of the document's own list that covers token i."""
    return next((x for x in st.ents if x.start <= i < x.end), None)


def elided(tok: Token) -> bool:
    """"d'Etat", "l'Économie": an elided particle and a capitalised word in one token."""
    low = tok.text[:2].lower().replace("’", "'")
    return low in ELIDED and len(tok.text) > 2 and tok.text[2:3].isupper()


def particles_after(doc: Doc, i: int) -> int:
    """How many particles start at token i ("do", "de la"): at most two, all lower case, on one line."""
    n = 0
    while i + n < len(doc) and n < 2 and doc[i + n].text in PARTICLES and "\n" not in doc[i + n].whitespace_:
        n += 1
    return n


def run_right(doc: Doc, end: int, st: Nesting, own: Span) -> int:
    """The end of the name after its last word: over particles and the capitalised words after them."""
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        if elided(doc[end]) and name_word(doc, end, st, own):
            end += 1
            continue
        n = particles_after(doc, end)
        k = end + n
        if n == 0 or k >= len(doc) or not name_word(doc, k, st, own):
            break
        while k < len(doc) and name_word(doc, k, st, own) and "\n" not in doc[k - 1].whitespace_:
            k += 1
        end = k
    return end


def run_left(doc: Doc, start: int, st: Nesting, own: Span) -> int:
    """The start of the name before its first word: capitalised words and the particles after them."""
    while start > 1:
        n = 0
        while n < 2 and start - n - 1 >= 0 and doc[start - n - 1].text in PARTICLES:
            n += 1
        k = start - n
        if n == 0 or k < 1 or not name_word(doc, k - 1, st, own) or "\n" in doc[k - 1].whitespace_:
            break
        while k > 0 and name_word(doc, k - 1, st, own) and "\n" not in doc[k - 1].whitespace_:
            k -= 1
        start = k
    return start


def name_over_particles(e: Span, st: Nesting) -> bool:
    """An unknown organisation's or place's name (no person's) joined by particles to capitalised words before or
    after it is one organisation's name; the entities inside it go into it."""
    if id(e) in st.swallowed:
        return True  # already in the name read from another of its parts
    if e.ent_id_ or e.label_ not in JOINABLE:
        return False
    doc = st.doc
    start, end = run_left(doc, e.start, st, e), run_right(doc, e.end, st, e)
    joined = any(doc[i].text in PARTICLES or elided(doc[i]) for i in range(start, end))
    if (start, end) == (e.start, e.end) or not joined:
        return False
    inside = [x for x in st.ents if start <= x.start and x.end <= end]
    st.swallowed.update(id(x) for x in inside if x is not e)
    places = all(x.label_ in PLACES for x in inside)  # "Santiago de Compostela" stays a place
    return st.add(start, end, "GPE" if places else "ORG", range(start, end))


def name_cut_at_connector(e: Span, st: Nesting) -> bool:
    """An unknown organisation's name that ends on "of", "for" or "on" goes on over the capitalised words after it,
    whatever the NER made of them (no known name's, no date's or amount's)."""
    doc = st.doc
    if e.ent_id_ or e.label_ != "ORG" or doc[e.end - 1].lower_ not in CUT_AT:
        return False
    end = e.end
    while end < len(doc) and cut_word(doc, end, st) and "\n" not in doc[end - 1].whitespace_:
        end += 1
    while end > e.end and doc[end - 1].text == "-":  # "of E-" before a lower-case word: the hyphen is no name's
        end -= 1
    if end == e.end:
        return False
    st.swallowed.update(id(x) for x in st.ents if x is not e and e.end <= x.start and x.end <= end)
    return st.add(e.start, end, "ORG", range(e.start, end))


def cut_word(doc: Doc, i: int, st: Nesting) -> bool:
    """A capitalised word (or a hyphen inside one: "E-Commerce") after a name cut short."""
    tok = doc[i]
    if not (tok.text[:1].isupper() and tok.is_alpha or glued_hyphen(doc, i)):
        return False
    other = entity_at(st, i)
    return other is None or not other.ent_id_ and other.label_ not in NOT_NAMES
