"""The two sides of a score: the gold corpus (`load_gold`) and the built graph (`Predicted`), names normalised as
`../shared/eval/score.py` does, and the one-to-one matching both are held to."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.graph.namespaces import AIP, ENTITY_CLASSES, RELATIONS


def norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", str(label)).casefold()
    s = s.replace("&", " and ").replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^(the)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def max_matching(n_left: int, n_right: int, ok) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): left index -> right index."""
    match_r: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(n_right):
            if j not in seen and ok(i, j):
                seen.add(j)
                if j not in match_r or augment(match_r[j], seen):
                    match_r[j] = i
                    return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {i: j for j, i in match_r.items()}


class Predicted:
    """The graph, read once into plain dicts."""

    def __init__(self, g: Graph):
        self.g = g
        self.types: dict[URIRef, str] = {}
        for cls in ENTITY_CLASSES:
            for e in g.subjects(RDF.type, AIP[cls]):
                self.types[e] = cls  # most specific contract class; classes are disjoint
        self.labels: dict[URIRef, set[str]] = defaultdict(set)
        self.primary: dict[URIRef, str] = {}  # the normalised rdfs:label
        for e in self.types:
            lab = g.value(e, RDFS.label)
            self.primary[e] = norm(lab) if lab is not None else ""
        for e in self.types:
            for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
                for lab in g.objects(e, p):
                    n = norm(lab)
                    if n:
                        self.labels[e].add(n)
        self.doc_by_sha: dict[str, URIRef] = {}
        for d, sha in g.subject_objects(AIP.sha256):
            self.doc_by_sha[str(sha).lower()] = d

    def mentions(self, doc: URIRef) -> list[URIRef]:
        return [e for e in self.g.objects(doc, AIP.mentions) if e in self.types]

    def actions(self, doc: URIRef) -> list[dict]:
        out = []
        for a in self.g.subjects(PROV.wasDerivedFrom, doc):
            if (a, RDF.type, AIP.Action) not in self.g:
                continue
            t = self.g.value(a, AIP.actionType)
            neg = self.g.value(a, AIP.negated)
            date = self.g.value(a, AIP.date)
            conf = self.g.value(a, AIP.confidence)
            out.append({
                "iri": a,
                "type": str(t).split("#")[-1] if t else None,
                "agent": self.g.value(a, AIP.agent),
                "targets": list(self.g.objects(a, AIP.target)),
                "negated": bool(neg is not None and neg.toPython() is True),
                "evidence": self.g.value(a, AIP.evidence),
                "date": str(date)[:10] if date is not None else None,
                "confidence": float(conf) if conf is not None else None,
            })
        return out

    def relations(self) -> list[tuple]:
        out = []
        for p in RELATIONS:
            for s, o in self.g.subject_objects(AIP[p]):
                out.append((s, p, o))
        return out


def load_gold(corpus: Path) -> list[dict]:
    recs = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line.strip()]
    for r in recs:
        r["sha256"] = hashlib.sha256((corpus / r["file"]).read_bytes()).hexdigest()
    return recs
