"""Training examples read off a parsed gold document: (trigger, entity) role pairs, trigger words for the detector,
and candidate actions labelled right or wrong."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.nlp.doc.index import EntityIndex
from kg.nlp.learn.candidates import (Candidate, Models, candidates, noun_triggers, pairs_at, sentence_of,
                                    trigger_types, words)
from kg.nlp.learn.detect import detectable, trigger_features
from kg.train.gold import align_all, fits


@dataclass
class Parsed:
    doc: Doc
    gold: dict
    gid: dict[str, str]


def gold_triggers(p: Parsed) -> dict[tuple[int, str], list[dict]]:
    """(trigger token, type) -> the gold actions it reports, lexicon triggers first, then evidence heads."""
    doc, idx = p.doc, EntityIndex.of(p.doc)
    types, _ = trigger_types(doc, idx, list(doc._.kg_action_candidates or []))
    return align_all(doc, p.gold, types)


def role_examples(p: Parsed) -> list[tuple[dict, str]]:
    """(pair features, none|agent|target) for every entity around each word that reports a gold action."""
    doc, idx = p.doc, EntityIndex.of(p.doc)
    rules = list(doc._.kg_action_candidates or [])
    out = []
    for (i, atype), golds in gold_triggers(p).items():
        here = [r for r in rules if r.trigger == i and r.type == atype]
        for pair in pairs_at(doc[i], sentence_of(doc, idx, i), atype, idx, here, None):
            g = p.gid.get(pair.key)
            label = "agent" if any(g and ga.get("agent") == g for ga in golds) else \
                "target" if any(g and g in ga.get("targets", []) for ga in golds) else "none"
            out.append((pair.features, label))
    return out


def detector_examples(p: Parsed) -> list[tuple[dict, str]]:
    """(trigger features, the gold type it reports or none) for every verb and trigger noun outside names."""
    doc, idx = p.doc, EntityIndex.of(p.doc)
    typed = {}
    for i, atype in gold_triggers(p):
        typed.setdefault(i, atype)
    classes_of = {i: idx.type_of(k) for s, e, k in idx.spans for i in range(s, e)}
    nouns = noun_triggers()
    return [(trigger_features(t, sent, classes_of), typed.get(t.i, "none"))
            for t, sent in words(doc, idx) if detectable(t, nouns)]  # the words run time reads


def action_examples(p: Parsed, models: Models) -> list[tuple[dict, str, Candidate]]:
    """(action features, right|wrong, the candidate) for every candidate action of a document."""
    out = []
    for c in candidates(p.doc, list(p.doc._.kg_action_candidates or []), models):
        right = any(fits(ga, c.record, p.gid) for ga in p.gold.get("actions", []))
        out.append((c.features, "right" if right else "wrong", c))
    return out
