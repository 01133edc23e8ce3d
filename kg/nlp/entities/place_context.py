"""Context rules that say a name is a place, whatever the tagger's label: "the city of Tampere", "officials in
Reykjavik". Rules of the typer's context (kg/nlp/entities/entity_types.py: CONTEXT_RULES), each given the typer's cues."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.nlp.learn.candidates import noun_triggers
from kg.nlp.lexicon import is_person_noun
from kg.nlp.names import fold

if TYPE_CHECKING:
    from kg.nlp.entities.entity_types import Cues


def place_of(span: Span, c: Cues) -> str | None:
    """"the city of Tampere", "the province of Quebec": a place noun (a descriptor of a jurisdiction), then "of"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return None
    noun = doc[span.start - 2]
    return "Jurisdiction" if noun.is_lower and c.descriptors.get(noun.lemma_.lower()) == "Jurisdiction" else None


LOCATIVE_PREPS = ("in", "near", "outside")


def people_in_place(span: Span, c: Cues) -> str | None:
    """"regulators in Reykjavik", "officials in Tromsø": a name the place lists know (a smaller town too), where people
    or a body are (a noun whose first WordNet sense is a person, or a descriptor noun; no trigger noun: "investors in
    OpenAI")."""
    from kg.nlp.entities.entity_types import known_place, towns

    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS:
        return None
    if not (known_place(span) or fold(span.text) in towns()):
        return None
    people = prep.head
    lemma = people.lemma_.lower()
    if people.pos_ == "NOUN" and (is_person_noun(people) or lemma in c.descriptors) and lemma not in noun_triggers():
        return "Jurisdiction"
    return None

