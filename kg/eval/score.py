"""The project's scorer: a built graph held against a gold corpus, exactly as `../shared/eval/score.py` does
(a test keeps the two in agreement), plus which predicted actions were right, for the reliability table.

Documents are found in the graph by `aip:sha256` of each article file's bytes; gold format: docs/evaluation.md.
"""
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


def score(graph_path: Path | Graph, corpus: Path) -> dict:
    if isinstance(graph_path, Graph):
        g = graph_path
    else:
        g = Graph()
        g.parse(graph_path, format="turtle")
    pred = Predicted(g)
    gold = load_gold(corpus)

    # Every name that each gold id may go by, over the whole corpus.
    names: dict[str, set[str]] = defaultdict(set)
    gtype: dict[str, str] = {}
    gname: dict[str, str] = {}
    for r in gold:
        for e in r["entities"]:
            names[e["id"]] |= {norm(x) for x in [e["name"], *e.get("aliases", [])] if norm(x)}
            gtype[e["id"]] = e["type"]
            gname.setdefault(e["id"], norm(e["name"]))

    def candidates(iri: URIRef) -> set[str]:
        labs = pred.labels.get(iri, set())
        return {gid for gid, ns in names.items() if labs & ns}

    ent_tp = ent_typed_tp = ent_pred = ent_gold = 0
    act = {"strict": [0, 0, 0], "untyped": [0, 0, 0]}
    judged: list[tuple[float | None, bool]] = []  # each predicted action: (confidence, right under strict matching)
    dates = [0, 0]  # matched strict actions whose gold has a date: [with date, date right]
    iri_of: dict[str, set[URIRef]] = defaultdict(set)   # gold id -> matched IRIs (cross-doc identity)
    gid_of: dict[URIRef, str] = {}                        # matched IRI -> gold id
    missing_docs, per_doc, errors = [], [], defaultdict(list)

    for r in gold:
        doc = pred.doc_by_sha.get(r["sha256"])
        gold_ids = {e["id"] for e in r["entities"]}
        ent_gold += len(gold_ids)
        for k in act:
            act[k][2] += len(r.get("actions", []))
        if doc is None:
            missing_docs.append(r["file"])
            continue
        ments = pred.mentions(doc)
        ent_pred += len(ments)
        # One-to-one, in stages: same canonical name and type, then same type and any shared name, then
        # any shared name (a maximum matching at each stage, over what the earlier stages left).
        gl = sorted(gold_ids)
        cand = [candidates(iri) & gold_ids for iri in ments]
        stages = [
            lambda i, j: gl[j] in cand[i] and pred.types[ments[i]] == gtype[gl[j]] and pred.primary[ments[i]] == gname[gl[j]],
            lambda i, j: gl[j] in cand[i] and pred.types[ments[i]] == gtype[gl[j]],
            lambda i, j: gl[j] in cand[i],
        ]
        pairs: dict[int, int] = {}
        for ok in stages:
            rest_l = [i for i in range(len(ments)) if i not in pairs]
            rest_r = [j for j in range(len(gl)) if j not in set(pairs.values())]
            more = max_matching(len(rest_l), len(rest_r), lambda a, b, ok=ok: ok(rest_l[a], rest_r[b]))
            pairs.update({rest_l[a]: rest_r[b] for a, b in more.items()})
        taken: set[str] = set()
        for i, iri in enumerate(ments):
            if i not in pairs:
                errors["spurious_entity"].append(f"{r['file']}: {sorted(pred.labels.get(iri, {'?'}))[:3]} ({pred.types[iri]})")
                continue
            gid = gl[pairs[i]]
            taken.add(gid)
            gid_of.setdefault(iri, gid)
            iri_of[gid].add(iri)
            ent_tp += 1
            if pred.types[iri] == gtype[gid]:
                ent_typed_tp += 1
            else:
                errors["wrong_type"].append(f"{r['file']}: {gid} is {gtype[gid]}, graph says {pred.types[iri]}")
        for gid in sorted(gold_ids - taken):
            errors["missed_entity"].append(f"{r['file']}: {gid} ({gtype[gid]})")

        # Actions of this document.
        pacts = pred.actions(doc)
        for k in act:
            act[k][1] += len(pacts)
        gacts = r.get("actions", [])

        def fits(ga: dict, pa: dict, typed: bool) -> bool:
            if typed and pa["type"] != ga["type"]:
                return False
            if bool(ga.get("negated", False)) != pa["negated"]:
                return False
            pag = gid_of.get(pa["agent"]) if pa["agent"] is not None else None
            if (ga.get("agent") or None) != pag:
                return False
            gts = set(ga.get("targets", []))
            return not gts or bool(gts & {gid_of.get(t) for t in pa["targets"]})

        for mode in act:
            m = max_matching(len(gacts), len(pacts), lambda i, j: fits(gacts[i], pacts[j], mode == "strict"))
            act[mode][0] += len(m)
            if mode == "strict":
                right = set(m.values())
                judged.extend((pa["confidence"], j in right) for j, pa in enumerate(pacts))
                for i, ga in enumerate(gacts):
                    if i not in m:
                        errors["missed_action"].append(
                            f"{r['file']}: {ga['type']}({ga.get('agent')} -> {','.join(ga.get('targets', []))})")
                dated = [i for i, ga in enumerate(gacts) if ga.get("date")]
                dates[0] += sum(1 for i in dated if i in m)
                dates[1] += len(max_matching(len(dated), len(pacts), lambda a, j: fits(gacts[dated[a]], pacts[j], True)
                                             and pacts[j]["date"] == gacts[dated[a]]["date"]))
        per_doc.append({"file": r["file"], "entities_pred": len(ments), "entities_gold": len(gold_ids),
                        "actions_pred": len(pacts), "actions_gold": len(r.get("actions", []))})

    # Relations over the whole corpus, on gold ids.
    gold_rel = {(x["s"], x["p"], x["o"]) for r in gold for x in r.get("relations", [])}
    pred_rel = set()
    for s, p, o in pred.relations():
        pred_rel.add((gid_of.get(s, str(s)), p, gid_of.get(o, str(o))))
    rel_tp = len(gold_rel & pred_rel)
    for t in sorted(gold_rel - pred_rel):
        errors["missed_relation"].append(" ".join(t))

    multi_doc = [gid for gid in iri_of if sum(gid in {e["id"] for e in r["entities"]} for r in gold) > 1]
    consistent = [gid for gid in multi_doc if len(iri_of[gid]) == 1]
    actions_without_evidence = sum(1 for a in g.subjects(RDF.type, AIP.Action)
                                   if g.value(a, AIP.evidence) is None or g.value(a, PROV.wasDerivedFrom) is None)

    return {
        "graph_triples": len(g),
        "documents_found": len(gold) - len(missing_docs),
        "documents_missing": missing_docs,
        "entities": prf(ent_tp, ent_pred, ent_gold),
        "entities_typed": prf(ent_typed_tp, ent_pred, ent_gold),
        "relations": prf(rel_tp, len(pred_rel), len(gold_rel)),
        "actions": prf(act["strict"][0], act["strict"][1], act["strict"][2]),
        "actions_untyped": prf(act["untyped"][0], act["untyped"][1], act["untyped"][2]),
        "action_dates": {"gold_dated_matched": dates[0], "right": dates[1]},
        "identity": {"multi_doc_entities": len(multi_doc), "one_iri": len(consistent)},
        "actions_without_evidence": actions_without_evidence,
        "per_doc": per_doc,
        "judged_actions": judged,
        "errors": {k: v for k, v in errors.items()},
    }
