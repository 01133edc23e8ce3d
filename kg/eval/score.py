"""The project's scorer: a built graph held against a gold corpus, exactly as `../shared/eval/score.py` does
(a test keeps the two in agreement), plus which predicted actions were right, for the reliability table.

Documents are found in the graph by `aip:sha256` of each article file's bytes; gold format: docs/evaluation.md.
The gold and graph sides, and the matching: kg/eval/read.py.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg.eval.read import Predicted, load_gold, max_matching, norm, prf
from kg.graph.namespaces import AIP

__all__ = ["score", "Predicted", "load_gold", "max_matching", "norm", "prf"]


@dataclass
class GoldNames:
    """Every name that each gold id may go by, over the whole corpus; its type and canonical name."""

    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    gtype: dict[str, str] = field(default_factory=dict)
    gname: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, gold: list[dict]) -> GoldNames:
        out = cls()
        for r in gold:
            for e in r["entities"]:
                out.names[e["id"]] |= {norm(x) for x in [e["name"], *e.get("aliases", [])] if norm(x)}
                out.gtype[e["id"]] = e["type"]
                out.gname.setdefault(e["id"], norm(e["name"]))
        return out

    def candidates(self, pred: Predicted, iri: URIRef) -> set[str]:
        labs = pred.labels.get(iri, set())
        return {gid for gid, ns in self.names.items() if labs & ns}


@dataclass
class Tally:
    """What the documents add up to."""

    ent_tp: int = 0
    ent_typed_tp: int = 0
    ent_pred: int = 0
    ent_gold: int = 0
    act: dict[str, list[int]] = field(default_factory=lambda: {"strict": [0, 0, 0], "untyped": [0, 0, 0]})
    judged: list[tuple[float | None, bool]] = field(default_factory=list)  # (confidence, right under strict matching)
    kinds: list[tuple[str, str, str, bool]] = field(default_factory=list)  # (measure, "pred" or "gold", kind, matched)
    dates: list[int] = field(default_factory=lambda: [0, 0])  # matched strict actions with a gold date: [all, date right]
    iri_of: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))  # gold id -> matched IRIs
    gid_of: dict[URIRef, str] = field(default_factory=dict)  # matched IRI -> gold id
    missing_docs: list[str] = field(default_factory=list)
    per_doc: list[dict] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class EntityMatch:
    """One document's mentions against its gold ids, matched one to one in stages: same canonical name and type,
    then same type and any shared name, then any shared name (a maximum matching at each stage, over what the
    earlier stages left)."""

    ments: list[URIRef]
    gl: list[str]
    cand: list[set[str]]
    pred: Predicted
    gn: GoldNames

    def shared(self, i: int, j: int) -> bool:
        return self.gl[j] in self.cand[i]

    def typed(self, i: int, j: int) -> bool:
        return self.shared(i, j) and self.pred.types[self.ments[i]] == self.gn.gtype[self.gl[j]]

    def canonical(self, i: int, j: int) -> bool:
        return self.typed(i, j) and self.pred.primary[self.ments[i]] == self.gn.gname[self.gl[j]]

    def pairs(self) -> dict[int, int]:
        pairs: dict[int, int] = {}
        for ok in (self.canonical, self.typed, self.shared):
            rest_l = [i for i in range(len(self.ments)) if i not in pairs]
            rest_r = [j for j in range(len(self.gl)) if j not in set(pairs.values())]
            more = max_matching(len(rest_l), len(rest_r), lambda a, b, ok=ok: ok(rest_l[a], rest_r[b]))
            pairs.update({rest_l[a]: rest_r[b] for a, b in more.items()})
        return pairs


def read_graph(graph_path: Path | Graph) -> Graph:
    if isinstance(graph_path, Graph):
        return graph_path
    g = Graph()
    g.parse(graph_path, format="turtle")
    return g


def score(graph_path: Path | Graph, corpus: Path) -> dict:
    g = read_graph(graph_path)
    pred = Predicted(g)
    gold = load_gold(corpus)
    gn = GoldNames.of(gold)
    t = Tally()
    for r in gold:
        score_document(r, pred, gn, t)
    return summary(g, gold, pred, t)


def score_document(r: dict, pred: Predicted, gn: GoldNames, t: Tally) -> None:
    doc = pred.doc_by_sha.get(r["sha256"])
    gold_ids = {e["id"] for e in r["entities"]}
    t.ent_gold += len(gold_ids)
    for k in t.act:
        t.act[k][2] += len(r.get("actions", []))
    if doc is None:
        t.missing_docs.append(r["file"])
        return
    ments = pred.mentions(doc)
    t.ent_pred += len(ments)
    score_entities(r, ments, gold_ids, pred, gn, t)
    pacts = score_actions(r, pred.actions(doc), t)
    t.per_doc.append({"file": r["file"], "entities_pred": len(ments), "entities_gold": len(gold_ids),
                      "actions_pred": len(pacts), "actions_gold": len(r.get("actions", []))})


def score_entities(r: dict, ments: list[URIRef], gold_ids: set[str], pred: Predicted, gn: GoldNames, t: Tally) -> None:
    gl = sorted(gold_ids)
    pairs = EntityMatch(ments, gl, [gn.candidates(pred, iri) & gold_ids for iri in ments], pred, gn).pairs()
    taken: set[str] = set()
    for i, iri in enumerate(ments):
        if i not in pairs:
            t.errors["spurious_entity"].append(f"{r['file']}: {sorted(pred.labels.get(iri, {'?'}))[:3]} ({pred.types[iri]})")
            continue
        gid = gl[pairs[i]]
        taken.add(gid)
        t.gid_of.setdefault(iri, gid)
        t.iri_of[gid].add(iri)
        t.ent_tp += 1
        if pred.types[iri] == gn.gtype[gid]:
            t.ent_typed_tp += 1
        else:
            t.errors["wrong_type"].append(f"{r['file']}: {gid} is {gn.gtype[gid]}, graph says {pred.types[iri]}")
    for gid in sorted(gold_ids - taken):
        t.errors["missed_entity"].append(f"{r['file']}: {gid} ({gn.gtype[gid]})")


def fits(ga: dict, pa: dict, typed: bool, gid_of: dict[URIRef, str]) -> bool:
    """Whether a predicted action matches a gold one: type (when typed), negation, agent, a shared target."""
    if typed and pa["type"] != ga["type"]:
        return False
    if bool(ga.get("negated", False)) != pa["negated"]:
        return False
    pag = gid_of.get(pa["agent"]) if pa["agent"] is not None else None
    if (ga.get("agent") or None) != pag:
        return False
    gts = set(ga.get("targets", []))
    return not gts or bool(gts & {gid_of.get(t) for t in pa["targets"]})


def score_actions(r: dict, pacts: list[dict], t: Tally) -> list[dict]:
    for k in t.act:
        t.act[k][1] += len(pacts)
    gacts = r.get("actions", [])
    for mode in t.act:
        m = max_matching(len(gacts), len(pacts), lambda i, j: fits(gacts[i], pacts[j], mode == "strict", t.gid_of))
        t.act[mode][0] += len(m)
        if mode == "strict":
            judge_strict(r, gacts, pacts, m, t)
    return pacts


def judge_strict(r: dict, gacts: list[dict], pacts: list[dict], m: dict[int, int], t: Tally) -> None:
    """Under strict matching: which predicted actions are right, the missed gold actions, the dates."""
    right = set(m.values())
    t.judged.extend((pa["confidence"], j in right) for j, pa in enumerate(pacts))
    t.kinds.extend(("actions", "pred", pa["type"], j in right) for j, pa in enumerate(pacts))
    t.kinds.extend(("actions", "gold", ga["type"], i in m) for i, ga in enumerate(gacts))
    for i, ga in enumerate(gacts):
        if i not in m:
            t.errors["missed_action"].append(f"{r['file']}: {ga['type']}({ga.get('agent')} -> {','.join(ga.get('targets', []))})")
    dated = [i for i, ga in enumerate(gacts) if ga.get("date")]
    t.dates[0] += sum(1 for i in dated if i in m)
    t.dates[1] += len(max_matching(len(dated), len(pacts), lambda a, j: fits(gacts[dated[a]], pacts[j], True, t.gid_of)
                                   and pacts[j]["date"] == gacts[dated[a]]["date"]))


def relations(gold: list[dict], pred: Predicted, t: Tally) -> dict:
    """Relations over the whole corpus, on gold ids."""
    gold_rel = {(x["s"], x["p"], x["o"]) for r in gold for x in r.get("relations", [])}
    pred_rel = set()
    for s, p, o in pred.relations():
        pred_rel.add((t.gid_of.get(s, str(s)), p, t.gid_of.get(o, str(o))))
    rel_tp = len(gold_rel & pred_rel)
    t.kinds.extend(("relations", "pred", x[1], x in gold_rel) for x in pred_rel)
    t.kinds.extend(("relations", "gold", x[1], x in pred_rel) for x in gold_rel)
    for x in sorted(gold_rel - pred_rel):
        t.errors["missed_relation"].append(" ".join(x))
    return prf(rel_tp, len(pred_rel), len(gold_rel))


def identity(gold: list[dict], t: Tally) -> dict:
    """Of the gold entities named in more than one document, how many got one IRI."""
    multi_doc = [gid for gid in t.iri_of if sum(gid in {e["id"] for e in r["entities"]} for r in gold) > 1]
    consistent = [gid for gid in multi_doc if len(t.iri_of[gid]) == 1]
    return {"multi_doc_entities": len(multi_doc), "one_iri": len(consistent)}


def summary(g: Graph, gold: list[dict], pred: Predicted, t: Tally) -> dict:
    rel = relations(gold, pred, t)
    ident = identity(gold, t)
    actions_without_evidence = sum(1 for a in g.subjects(RDF.type, AIP.Action)
                                   if g.value(a, AIP.evidence) is None or g.value(a, PROV.wasDerivedFrom) is None)
    act = t.act
    return {
        "graph_triples": len(g),
        "documents_found": len(gold) - len(t.missing_docs),
        "documents_missing": t.missing_docs,
        "entities": prf(t.ent_tp, t.ent_pred, t.ent_gold),
        "entities_typed": prf(t.ent_typed_tp, t.ent_pred, t.ent_gold),
        "relations": rel,
        "actions": prf(act["strict"][0], act["strict"][1], act["strict"][2]),
        "actions_untyped": prf(act["untyped"][0], act["untyped"][1], act["untyped"][2]),
        "action_dates": {"gold_dated_matched": t.dates[0], "right": t.dates[1]},
        "identity": ident,
        "actions_without_evidence": actions_without_evidence,
        "per_doc": t.per_doc,
        "judged_actions": t.judged,
        "judged_kinds": t.kinds,
        "errors": {k: v for k, v in t.errors.items()},
    }
