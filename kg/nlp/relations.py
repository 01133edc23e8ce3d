"""The `kg_relations` component: the contract's direct relations, from the parse and from actions."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.arguments import EntityIndex
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import fold
from kg.nlp.learn.relations import learned_relations
from kg.nlp.learn.scorer import models_folder
from kg.nlp.records import ActionRecord, RelationRecord
from kg.nlp.relation_patterns import (ISSUERS, MAKERS, ORGS, applies_to, based_in, by_apposition, by_possessive,
                                      by_title, cues, document_from, issued_by_verb, part_of, rel, titled_member)


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
            own = inst in a.own_instruments
            if a.type in ("Rule", "Designate") and own and a.agent and idx.type_of(a.agent) in ("GovernmentBody", "Person"):
                out.append(RelationRecord(inst, "issuedBy", a.agent, a.evidence, confidence=round(a.confidence * 0.8, 2),
                                          extractor="kg.relations.from-actions.v1"))
                out += [RelationRecord(inst, "appliesTo", t, a.evidence, confidence=round(a.confidence * 0.7, 2),
                                       extractor="kg.relations.from-actions.v1") for t in a.targets]
            if a.type == "Enact" and a.agent and idx.type_of(a.agent) in ISSUERS:
                out.append(RelationRecord(inst, "issuedBy", a.agent, a.evidence, confidence=round(a.confidence * 0.9, 2),
                                          extractor="kg.relations.from-actions.v1"))
            if a.type in ("Mandate", "Restrict", "Ban") and a.agent is None or a.type in ("Mandate",):
                for t in a.direct_targets:  # the obliged party, not "share models with the government"
                    if idx.type_of(t) in ORGS | {"AIModel"}:
                        out.append(RelationRecord(inst, "appliesTo", t, a.evidence, confidence=round(a.confidence * 0.8, 2),
                                                  extractor="kg.relations.from-actions.v1"))
    return out


def gazetteer_facts(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """Curated facts of the gazetteer (ontology/gazetteer.jsonl, field "facts") between two entities the document
    names: "MIIT is part of China", "OpenAI develops ChatGPT". Their own extractor name lets users filter them."""
    present = {e.gaz_id: k for k, e in doc._.kg_entities.items() if e.gaz_id}
    out = []
    for gid, key in present.items():
        for pred, objects in load_gazetteer()[gid].facts.items():
            for obj in objects:
                if obj in present:
                    s, _ = doc._.kg_entities[key].mentions[0]
                    out.append(rel(key, pred, present[obj], doc[s].sent, conf=0.9, name="gazetteer"))
    return out


def from_text(r: RelationRecord) -> bool:
    """A relation read from the text wins over the same fact from the gazetteer: its evidence states it."""
    return not r.extractor.startswith("kg.relations.gazetteer")


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every word that can start a word pattern (based_in, applies_to, part_of, issued_by_verb, document_from)."""
    c = cues()
    return frozenset({"within", "inside", *c["part_words"], *c["based_words"], *c["apply_verbs"],
                      *c["issuer_verbs"], *c["source_nouns"]})


class RelationExtractor:
    """Sets ``doc._.kg_relations``: a list of `RelationRecord`, one per (subject, predicate, object)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_relations"):
            Doc.set_extension("kg_relations", default=None)

    def __call__(self, doc: Doc) -> Doc:
        idx = EntityIndex.of(doc)
        found: list[RelationRecord] = []
        words = cue_words()
        for tok in doc:
            if tok.dep_ == "poss":
                found.extend(by_possessive(tok, idx))
            if tok.i in idx.by_token:
                found.extend(by_apposition(tok, idx))
            if tok.lower_ in words or tok.lemma_.lower() in words:  # the word patterns start from cue words only
                found.extend(based_in(tok, idx))
                found.extend(applies_to(tok, idx))
                found.extend(part_of(tok, idx))
                found.extend(issued_by_verb(tok, idx))
                found.extend(document_from(tok, idx))
        for span in idx.spans:
            found.extend(by_title(span, doc, idx))
        found += name_prefix_part_of(doc, idx) + administration_of(doc, idx) + demonym_based_in(doc, idx)
        found += list(titled_member(doc, idx)) + gazetteer_facts(doc, idx)
        found += from_actions(doc._.kg_actions or [], idx)
        found += learned_relations(doc, idx, models_folder())
        best: dict[tuple[str, str, str], RelationRecord] = {}
        for r in found:
            if r.subject == r.object:
                continue
            k = (r.subject, r.predicate, r.object)
            old = best.get(k)
            if old is None or (from_text(r), r.confidence) > (from_text(old), old.confidence):
                best[k] = r
                if old is not None and old.role and not r.role:
                    r.role = old.role
            elif r.role and not old.role:
                old.role = r.role
        doc._.kg_relations = list(best.values())
        for scratch in ("kg_entity_index", "kg_judicial", "kg_last_dates", "kg_columns"):  # per-document caches, not for serialisation
            doc.user_data.pop(scratch, None)
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k[:1] == ("kg_sentence_cache",)]:
            doc.user_data.pop(key)
        return doc
