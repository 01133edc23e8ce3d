"""How an evaluation is shown: the score lines of `../shared/eval/score.py`, the reliability table and the figures per
action type and relation."""
from __future__ import annotations

BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
MEASURES = ("entities", "entities_typed", "relations", "actions", "actions_untyped")


def reliability(judged: list[tuple[float | None, bool]]) -> list[dict]:
    """Per confidence band, how many predicted actions fall in it and the share of them that are right,
    plus the line that matters to a user of `--min-confidence 0.8`: everything at 0.8 and above."""
    rows = []
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [ok for c, ok in judged if c is not None and lo <= c < hi]
        rows.append({"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "actions": len(inside), "right": sum(inside),
                     "share_right": round(sum(inside) / len(inside), 3) if inside else None})
    high = [ok for c, ok in judged if c is not None and c >= 0.8]
    rows.append({"band": ">=0.8", "actions": len(high), "right": sum(high),
                 "share_right": round(sum(high) / len(high), 3) if high else None})
    return rows


def by_kind(kinds: list[tuple[str, str, str, bool]]) -> dict[str, dict[str, dict]]:
    """Per action type and per relation: how many the gold has, how many the graph gives, how many of those are right,
    and the precision and recall they make (what an analyst may trust of each kind)."""
    counts: dict[str, dict[str, list[int]]] = {}
    for measure, side, kind, matched in kinds:
        row = counts.setdefault(measure, {}).setdefault(kind, [0, 0, 0])  # gold, output, right
        row[0 if side == "gold" else 1] += 1
        row[2] += side == "pred" and matched
    return {measure: {kind: {"gold": g, "output": o, "right": r, "p": round(r / o, 3) if o else None,
                             "r": round(r / g, 3) if g else None}
                      for kind, (g, o, r) in sorted(rows.items())}
            for measure, rows in counts.items()}


def kind_lines(table: dict[str, dict[str, dict]]) -> list[str]:
    """The per-kind table as text, actions then relations."""
    lines = []
    for measure in ("actions", "relations"):
        rows = table.get(measure, {})
        if rows:
            lines.append(f"{measure[:-1] + ' kind':16}   gold   output   right      P      R")
        for kind, row in rows.items():
            p, r = ("-" if v is None else f"{v:.2f}" for v in (row["p"], row["r"]))
            lines.append(f"{kind:16} {row['gold']:6d} {row['output']:8d} {row['right']:7d} {p:>6} {r:>6}")
    return lines


def render(res: dict, errors: int = 15) -> str:
    """The text report: the same lines as `score.py`, then the reliability table."""
    lines = []
    for k in MEASURES:
        m = res[k]
        lines.append(f"{k:16} P={m['p']:.3f} R={m['r']:.3f} F1={m['f1']:.3f}  (tp={m['tp']} pred={m['pred']} gold={m['gold']})")
    lines.append(f"documents found {res['documents_found']}/{res['documents_found'] + len(res['documents_missing'])}; "
                 f"cross-document identity {res['identity']['one_iri']}/{res['identity']['multi_doc_entities']}; "
                 f"actions without evidence {res['actions_without_evidence']}; "
                 f"dates right {res['action_dates']['right']}/{res['action_dates']['gold_dated_matched']} matched dated actions")
    for kind, found in res["errors"].items():
        if errors:
            lines.append(f"-- {kind} ({len(found)})")
            lines += ["   " + line for line in found[:errors]]
    lines.append("confidence band   actions   right   share right")
    for row in res["reliability"]:
        share = "-" if row["share_right"] is None else f"{row['share_right']:.2f}"
        lines.append(f"{row['band']:>15}   {row['actions']:7d}   {row['right']:5d}   {share:>11}")
    lines += kind_lines(res.get("by_kind", {}))
    lines.append(f"entity F1 {res['entities']['f1']:.3f} typed {res['entities_typed']['f1']:.3f} "
                 f"relation F1 {res['relations']['f1']:.3f} action F1 {res['actions']['f1']:.3f}")
    return "\n".join(lines)
