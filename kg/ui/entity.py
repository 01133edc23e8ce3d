"""The entity page: who an entity is, where it is mentioned, and every action it took part in."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kg.ui.model import GraphModel

ACTION_COLUMNS = ["date", "type", "role", "counterpart", "evidence", "document", "confidence", "sources"]


@dataclass
class Profile:
    iri: str
    label: str
    cls: str
    aliases: list[str]
    wikidata: str | None
    documents: list[str]  # document titles


def profile(model: GraphModel, iri: str) -> Profile | None:
    rows = model.entities[model.entities["iri"] == iri]
    if rows.empty:
        return None
    r = rows.iloc[0]
    docs = model.mentions_of(iri) if model.large else r["docs"]  # a large store's mentions: read now
    return Profile(iri, r["label"], r["cls"], list(r["aliases"]), r["wikidata"],
                   sorted(model.label(d) for d in docs))


def entity_actions(model: GraphModel, iri: str, actions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every action where `iri` is agent or target: one row per action, in date order (undated last)."""
    if actions is None:
        actions = model.of_entity(iri) if model.large else model.actions
    acts = actions
    rows = []
    for a in acts.to_dict("records"):
        if a["agent"] == iri:
            role, others = "agent", a["targets"]
        elif iri in a["targets"]:
            role, others = "target", [a["agent"]] if isinstance(a["agent"], str) else []
        else:
            continue
        kind = a["type"] + (" (not)" if a["negated"] else "")
        rows.append({"iri": a["iri"], "date": a["date"], "when": a["when"], "type": kind,
                     "role": role, "counterpart": "; ".join(model.label(o) for o in others),
                     "evidence": a["evidence"], "document": model.label(a["doc"]),
                     "confidence": a["confidence"], "sources": a["sources"]})
    df = pd.DataFrame(rows, columns=["iri", *ACTION_COLUMNS, "when"])
    if not df.empty:
        df = df.assign(_undated=df["when"].isna()).sort_values(["_undated", "date", "type"]).drop(columns="_undated")
    return df.reset_index(drop=True)


def actions_table(model: GraphModel, actions: pd.DataFrame) -> pd.DataFrame:
    """The Actions tab's table: names instead of IRIs."""
    return pd.DataFrame({
        "date": actions["date"], "type": actions["type"] + actions["negated"].map(lambda n: " (not)" if n else ""),
        "agent": [model.label(a) if isinstance(a, str) else "" for a in actions["agent"]],
        "targets": ["; ".join(model.label(t) for t in ts) for ts in actions["targets"]],
        "instruments": ["; ".join(model.label(i) for i in ins) for ins in actions["instruments"]],
        "evidence": actions["evidence"],
        "document": [model.label(d) for d in actions["doc"]],
        "confidence": actions["confidence"], "sources": actions["sources"].astype(int),
    }).reset_index(drop=True)


def actions_over_time(actions: pd.DataFrame) -> pd.DataFrame:
    """Counts of dated actions by month and type (long form, for a stacked bar chart)."""
    dated = actions[actions["when"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["month", "type", "actions"])
    month = dated["when"].map(lambda d: pd.Timestamp(d.year, d.month, 1))
    out = pd.DataFrame({"month": month, "type": dated["type"]}).value_counts().rename("actions").reset_index()
    return out.sort_values(["month", "type"]).reset_index(drop=True)
