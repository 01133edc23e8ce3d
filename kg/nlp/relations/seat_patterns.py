"""A body named after a place is based in it or part of it, as its head noun says: "Seoul Central District Court" is
based in Seoul, the "Korean government" part of South Korea (`seat_heads` of data/relation_cues.json)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.index import EntityIndex
from kg.nlp.names import fold
from kg.nlp.records import RelationRecord
from kg.nlp.relations.patterns import cues, rel


def head_word(name: str) -> str:
    """The head noun of a body's name: the last word before its first "of" ("Court of Justice of the European Union":
    court; "Japan AI Safety Institute": institute). Not `head_of_words`, which stops at any preposition: it makes
    "U.S. District Court for the Southern District of New York" a court based in New York, right 2 times of 5 on
    `corpus/train`."""
    words = fold(name).split(" of ")[0].split()
    return words[-1] if words else ""


def seat_place(text: str, forms: dict[str, str], present: dict[str, str]) -> str | None:
    """The jurisdiction a folded body name begins with ("japan ai safety institute", "korea's ...", "korean government")
    or ends with ("court of justice of the european union")."""
    for form, place in forms.items():
        if len(form) > 1 and (begins(text, form) or text.endswith((" of " + form, " of the " + form))):
            return place
    return present.get(cues()["demonyms"].get(text.split()[0], "")) if text else None


def folded_forms(doc: Doc, classes: tuple[str, ...]) -> dict[str, str]:
    """Each folded name the document gives an entity of `classes` -> its entity key."""
    return {fold(f): k for k, e in doc._.kg_entities.items() if e.type in classes for f in e.surface_forms}


def begins(text: str, form: str) -> bool:
    """Whether a folded name begins with a form and a word or the form's possessive ("japan ai ...", "korea's ...")."""
    return text.startswith((form + " ", form + "'s "))


def place_forms(doc: Doc) -> tuple[dict[str, str], dict[str, str]]:
    """The document's jurisdictions: each folded name it gives them -> entity key, and gazetteer id -> entity key."""
    places = {k: e for k, e in doc._.kg_entities.items() if e.type == "Jurisdiction"}
    return folded_forms(doc, ("Jurisdiction",)), {e.gaz_id: k for k, e in places.items() if e.gaz_id}


def name_seat(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """A body named after a jurisdiction the document also names is based in it or part of it, as its head noun says
    (`seat_heads` of data/relation_cues.json): a court, a tribunal, an authority or an agency is based there ("Seoul
    Central District Court", "Brazil Data Authority"); a government is part of it ("Korean government")."""
    out = []
    heads = cues()["seat_heads"]
    forms, present = place_forms(doc)
    for k, ent in doc._.kg_entities.items():
        if ent.type != "GovernmentBody":
            continue
        found = [(heads[head_word(n)], place) for n in ent.surface_forms
                 if head_word(n) in heads and (place := seat_place(fold(n), forms, present))]
        if found:
            s, _ = ent.mentions[0]
            out.append(rel(k, found[0][0], found[0][1], doc[s].sent, conf=0.6, name="seat"))
    return out
