"""The `kg_action_scorer` component: every candidate action scored by the trained models; the likely ones kept,
each with a calibrated `confidence` (the share of actions at that score that were right in training)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.action_discourse import dedupe, once_per_event
from kg.nlp.learn.candidates import Candidate, candidates
from kg.nlp.learn.model import LogReg, calibrated

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"  # package data, written by `kg train`


@lru_cache(maxsize=4)
def load_models(folder: str) -> dict | None:
    """The role model, the action model, its calibration and keep threshold; None when not trained yet."""
    path = Path(folder) / "actions.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"roles": LogReg.from_json(data["roles"]), "actions": LogReg.from_json(data["actions"]),
            "steps": [tuple(s) for s in data["calibration"]], "keep": data["keep"]}


def choose(cands: list[Candidate], keep: float) -> list[Candidate]:
    """Per trigger, the likeliest candidate, plus other rule records there (one per agent or instrument the rules
    split) that are likely enough themselves."""
    best: dict[int, Candidate] = {}
    for c in cands:
        if c.prob >= keep and (c.trig.i not in best or c.prob > best[c.trig.i].prob):
            best[c.trig.i] = c
    out = []
    for c in cands:
        top = best.get(c.trig.i)
        if top is c or (top is not None and c.source == "rules" == top.source and c.prob >= keep):
            out.append(c)
    return out


class ActionScorer:
    """Reads `doc._.kg_action_candidates` (the rules' reading) and sets `doc._.kg_actions`."""

    def __init__(self, nlp: Language, name: str, models: str | None, keep: float | None) -> None:
        self.name = name
        self.folder = models or os.environ.get("KG_MODELS") or str(MODELS)
        self.keep = keep
        if not Doc.has_extension("kg_actions"):
            Doc.set_extension("kg_actions", default=None)

    def __call__(self, doc: Doc) -> Doc:
        rules = list(doc._.kg_action_candidates or [])
        models = load_models(self.folder)
        if models is None:  # not trained: the rules' reading as it is
            doc._.kg_actions = rules
            return doc
        cands = candidates(doc, rules, models["roles"])
        for c in cands:
            c.prob = calibrated(models["steps"], models["actions"].prob(c.features, "right"))
            c.record.confidence = round(c.prob, 2)
            if c.source != "rules":
                c.record.extractor = "kg.actions.scored.v1"
        keep = models["keep"] if self.keep is None else self.keep
        doc._.kg_actions = once_per_event(doc, dedupe([c.record for c in choose(cands, keep)]))
        return doc
