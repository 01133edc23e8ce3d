"""The `kg_relations` component: the contract's direct relations, from the parse and from actions."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.arguments import EntityIndex
from kg.nlp.names import fold
from kg.nlp.records import ActionRecord, RelationRecord
from kg.nlp.relation_patterns import (ISSUERS, MAKERS, ORGS, applies_to, based_in, by_apposition, by_possessive,
                                      by_title, cues, part_of, rel)


def name_prefix_part_of(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """"California Legislature", "U.S. government", "Cyberspace Administration of China": a government body
    named after a jurisdiction the document also names is part of it."""
    out = []
    places = {k: e for k, e in doc._.kg_entities.items() if e.type == "Jurisdiction"}
    forms = {fold(f): k for k, e in places.items() for f in e.surface_forms}
    for s, e, k in idx.spans:
        ent = doc._.kg_entities[k]
        if ent.type != "GovernmentBody":
            continue
        text = fold(doc[s:e].text)
        for form, place in forms.items():
            if len(form) > 1 and (text.startswith(form + " ") or text.endswith(" of " + form)):
                out.append(rel(k, "partOf", place, doc[s].sent, conf=0.6, name="name"))
    return out


def administration_of(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """A person whose surname names an administration in the document ("Trump administration") belongs to it."""
    out = []
    ents = doc._.kg_entities
    admins = {fold(e.name).split()[0]: k for k, e in ents.items()
              if e.type == "GovernmentBody" and fold(e.name).endswith(" administration") and len(e.name.split()) == 2}
    for k, e in ents.items():
        if e.type == "Person" and len(e.name.split()) > 1 and fold(e.name).split()[-1] in admins:
            s, _ = e.mentions[0]
            title = doc[s - 1].text if s > 0 and doc[s - 1].lower_ in ("president", "vice", "former") else None
            out.append(rel(k, "affiliatedWith", admins[fold(e.name).split()[-1]], doc[s].sent, role=title, conf=0.6,
                           name="administration"))
    return out


def demonym_based_in(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """"Chinese startup DeepSeek": a company modified by a demonym of a jurisdiction the document names."""
    out = []
    present = {e.gaz_id: k for k, e in doc._.kg_entities.items() if e.type == "Jurisdiction" and e.gaz_id}
    demonyms = cues()["demonyms"]
    for s, e, k in idx.spans:
        if idx.type_of(k) not in ("Company", "ResearchOrganization"):
            continue
        root = doc[e - 1]
        mods = [c for c in root.children if c.i < s and c.dep_ in ("amod", "compound")]
        mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound")]
        for m in mods:
            place = present.get(demonyms.get(m.lower_, ""))
            if place:
                out.append(rel(k, "basedIn", place, doc[s].sent, conf=0.6, name="demonym"))
    return out


def from_actions(actions: list[ActionRecord], idx: EntityIndex) -> list[RelationRecord]:
    """An enacted instrument is issued by its enactor; a mandate or restriction under one applies to its targets."""
    out = []
    for a in actions:
        if a.negated:
            continue
        if a.type == "Release" and a.agent and idx.type_of(a.agent) in MAKERS - {"GovernmentBody"}:
            out += [RelationRecord(a.agent, "develops", t, a.evidence, confidence=round(a.confidence * 0.8, 2),
                                   extractor="kg.relations.from-actions.v1")
                    for t in a.targets if idx.type_of(t) == "AIModel"]
        for inst in a.instruments:
            if a.type == "Enact" and a.agent and idx.type_of(a.agent) in ISSUERS:
                out.append(RelationRecord(inst, "issuedBy", a.agent, a.evidence, confidence=round(a.confidence * 0.9, 2),
                                          extractor="kg.relations.from-actions.v1"))
            if a.type in ("Mandate", "Restrict", "Ban") and a.agent is None or a.type in ("Mandate",):
                for t in a.targets:
                    if idx.type_of(t) in ORGS | {"AIModel"}:
                        out.append(RelationRecord(inst, "appliesTo", t, a.evidence, confidence=round(a.confidence * 0.8, 2),
                                                  extractor="kg.relations.from-actions.v1"))
    return out


class RelationExtractor:
    """Sets ``doc._.kg_relations``: a list of `RelationRecord`, one per (subject, predicate, object)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_relations"):
            Doc.set_extension("kg_relations", default=None)

    def __call__(self, doc: Doc) -> Doc:
        idx = EntityIndex.of(doc)
        found: list[RelationRecord] = []
        for tok in doc:
            if tok.dep_ == "poss":
                found.extend(by_possessive(tok, idx))
            if tok.i in idx.by_token:
                found.extend(by_apposition(tok, idx))
            found.extend(based_in(tok, idx))
            found.extend(applies_to(tok, idx))
            found.extend(part_of(tok, idx))
        for span in idx.spans:
            found.extend(by_title(span, doc, idx))
        found += name_prefix_part_of(doc, idx) + administration_of(doc, idx) + demonym_based_in(doc, idx)
        found += from_actions(doc._.kg_actions or [], idx)
        best: dict[tuple[str, str, str], RelationRecord] = {}
        for r in found:
            if r.subject == r.object:
                continue
            k = (r.subject, r.predicate, r.object)
            if k not in best or (r.role and not best[k].role) or r.confidence > best[k].confidence:
                best[k] = r
        doc._.kg_relations = list(best.values())
        return doc
