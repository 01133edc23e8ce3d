"""Organisations named with their place at the end: "AARP Texas", "Live Performance Australia", "Health New Zealand".
The small NER model tags the place and leaves the words before it untagged; this nesting rule (`NESTING_RULES` of
kg/nlp/entities/nesting.py) makes the whole one name."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.nlp.doc.lines import title_case_line
from kg.nlp.lexicon import words

if TYPE_CHECKING:
    from kg.nlp.entities.nesting import Nesting

PLACE_MODIFIERS = words("entity_words.json", "place_modifiers")  # "North", "New": words that make a place of their own
PLACES = ("Jurisdiction", "GPE")


def name_word_before(st: Nesting, i: int) -> bool:
    """Whether token i is a capitalised proper noun no entity covers, of the same sentence as the place after it, and no
    word that makes a place name of its own ("North", "New": `another_place`)."""
    doc = st.doc
    if i < 0 or i in st.covered or i in st.place_at or doc[i + 1].is_sent_start:
        return False
    tok = doc[i]
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in PLACE_MODIFIERS


def org_before(st: Nesting, e: Span) -> Span | None:
    """An unknown organisation's name right before the place ("Alliance Tech" + "France"), or a name NER read as a
    person's there ("Common Cause" + "Virginia": no person's name runs on into a state's), on the place's line."""
    before = next((x for x in st.ents if x.end == e.start and x.start < e.start), None)
    if before is None or before.ent_id_ or "\n" in before[-1].whitespace_:
        return None
    return before if before.label_ == "ORG" or before.label_ == "PERSON" and len(before) > 1 else None


def name_ends_in_place(e: Span, st: Nesting) -> bool:
    """Capitalised proper nouns no entity covers (or an unknown organisation's name) right before a place that no
    capitalised word or noun follows name an organisation of that place ("AARP Texas praised the order", "the trade
    group Alliance Tech France"); not after a preposition, where they are a town in its state ("in Abilene Texas"),
    nor in a title-case line, where every word is capitalised ("Senate Passes Texas Bill")."""
    if e.label_ not in PLACES:
        return False
    doc, org = st.doc, org_before(st, e)
    if org is None and not name_word_before(st, e.start - 1):
        return False
    if e.end < len(doc) and (doc[e.end].text[:1].isupper() or doc[e.end].pos_ == "NOUN") or title_case_line(e.sent):
        return False  # "AARP Texas Chapter", "GOP Texas lawmakers"
    start = e.start - 1
    while name_word_before(st, start - 1):
        start -= 1
    if org is not None:
        start = org.start
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return False  # "a data centre in Abilene Texas", "residents of Lake Tahoe California": a town and its state
    if org is not None:
        st.swallowed.add(id(org))
    return st.add(start, e.end, "ORG", range(start, e.end))
