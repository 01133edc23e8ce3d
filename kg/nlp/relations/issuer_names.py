"""An instrument named after its issuer: "FTC Policy Statement on Biometric Information", "MeitY advisory of 1 March
2024", "NIST AI Risk Management Framework", "OECD AI Principles" are issued by the body whose name or short form begins
the instrument's name, when the document names that body. Not a statute named after the body it governs ("FTC Act",
"FTC Act of 1914", "FDA Modernization Act 2.0": a name with a word of `statute_heads` of data/relation_cues.json, in
any of the forms the document gives it), nor a place ("EU AI Act", "Utah AI Policy Act": in corpus/train's gold a
jurisdiction that begins an instrument's name is its issuer 2 times of 27, a government body 22 times of 32), nor a
company (most often the party an order or an agreement binds: "Rytr consent order")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.index import EntityIndex
from kg.nlp.lexicon import words
from kg.nlp.names import fold
from kg.nlp.records import RelationRecord
from kg.nlp.relations.patterns import rel
from kg.nlp.relations.seat_patterns import begins, folded_forms

ISSUER_CLASSES = ("GovernmentBody", "ResearchOrganization")


def issuer_forms(doc: Doc) -> dict[str, str]:
    """Each folded name the document gives a body that issues instruments -> its entity key; not one character, nor a
    form that names no entity by itself ("AI" for the Incubator for Artificial Intelligence: stop_names of
    data/type_cues.json)."""
    stop = words("type_cues.json", "stop_names")
    return {f: k for f, k in folded_forms(doc, ISSUER_CLASSES).items() if len(f) > 1 and f not in stop}


def named_issuer(name: str, forms: dict[str, str]) -> str | None:
    """The body whose form begins a folded instrument name ("ftc policy statement ...": the FTC), the longest first;
    None for a name that is only the body's."""
    found = sorted((f for f in forms if begins(name, f)), key=len, reverse=True)
    return forms[found[0]] if found else None


def statute(names: set[str]) -> bool:
    """Whether any form of an instrument's name has a word of a statute ("ftc act of 1914", "senate bill 1047")."""
    heads = words("relation_cues.json", "statute_heads")
    return any(heads.intersection(fold(n).split()) for n in names)


def name_issuer(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """issuedBy from an instrument's own name, once per instrument (its first mention's sentence as evidence)."""
    forms = issuer_forms(doc)
    if not forms:
        return []
    out = []
    for k, ent in doc._.kg_entities.items():
        if ent.type != "PolicyInstrument" or not ent.mentions or statute(ent.surface_forms):
            continue
        body = next((b for n in sorted(ent.surface_forms) if (b := named_issuer(fold(n), forms)) and b != k), None)
        if body is not None:
            s, _ = ent.mentions[0]
            out.append(rel(k, "issuedBy", body, doc[s].sent, conf=0.6, name="name-issuer"))
    return out
