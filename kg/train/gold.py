"""Gold corpora (the format of docs/evaluation.md) as training examples: which entity of a parsed document is which
gold id, and which trigger reports which gold action."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc

from kg.eval.score import norm
from kg.nlp.records import ActionRecord


def load_gold(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_ids(doc: Doc, rec: dict) -> dict[str, str]:
    """Local entity key -> gold id, by a shared name (the scorer's normalisation), same class first."""
    names = {e["id"]: {norm(x) for x in [e["name"], *e.get("aliases", [])] if norm(x)} for e in rec["entities"]}
    gtype = {e["id"]: e["type"] for e in rec["entities"]}
    out = {}
    for key, ent in (doc._.kg_entities or {}).items():
        forms = {norm(x) for x in {ent.name, *ent.surface_forms}} - {""}
        found = sorted((gtype[g] != ent.type, g) for g, ns in names.items() if ns & forms)
        if found:
            out[key] = found[0][1]
    return out


def fits(ga: dict, rec: ActionRecord, gid: dict[str, str]) -> bool:
    """The scorer's strict match: type, negation, agent, and one shared target where gold has targets."""
    if ga["type"] != rec.type or bool(ga.get("negated", False)) != rec.negated:
        return False
    if (ga.get("agent") or None) != (gid.get(rec.agent) if rec.agent else None):
        return False
    gts = set(ga.get("targets", []))
    return not gts or bool(gts & {gid.get(t) for t in rec.targets})


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where a gold evidence fragment stands in the text: as written, with its spaces folded, or its first six
    words at worst."""
    for frag in (evidence, " ".join(evidence.split()), " ".join(evidence.split()[:6])):
        at = text.find(frag) if frag else -1
        if at >= 0:
            return at, at + len(frag)
    return None


def align(doc: Doc, rec: dict, trig_types: dict[int, list[tuple[str, str]]]) -> dict[tuple[int, str], list[dict]]:
    """(trigger token, type) -> the gold actions it reports: a trigger that may have the gold type, inside the
    evidence, else in the evidence's sentence, nearest the evidence."""
    out: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for ga in rec.get("actions", []):
        span = evidence_span(doc.text, ga.get("evidence", ""))
        if span is None:
            continue
        start, end = span
        sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
        if not sents:
            continue
        lo, hi = sents[0].start, sents[-1].end
        typed = [i for i, types in trig_types.items() if lo <= i < hi and any(t == ga["type"] for t, _ in types)]
        if not typed:
            continue
        inside = [i for i in typed if start <= doc[i].idx < end]
        best = min(inside or typed, key=lambda i: abs(doc[i].idx - start))
        out[(best, ga["type"])].append(ga)
    return out


def align_all(doc: Doc, rec: dict, trig_types: dict[int, list[tuple[str, str]]]) -> dict[tuple[int, str], list[dict]]:
    """`align`, and for each gold action no trigger of its type reports, the word that heads its evidence (the
    verb, else the noun, nearest the root of the evidence's parse): what a detector should learn to find."""
    out = align(doc, rec, trig_types)
    done = {id(g) for v in out.values() for g in v}
    for ga in rec.get("actions", []):
        span = evidence_span(doc.text, ga.get("evidence", "")) if id(ga) not in done else None
        if span is None:
            continue
        words = [t for t in doc if span[0] <= t.idx < span[1] and t.pos_ in ("VERB", "NOUN")]
        if words:
            best = min(words, key=lambda t: (t.pos_ != "VERB", len(list(t.ancestors))))
            out[(best.i, ga["type"])].append(ga)
    return out
