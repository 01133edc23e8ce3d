"""Readings that take an argument from the sentences before: the focus of the text (see `Focus`)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex
from kg.nlp.learn.features import bucket
from kg.nlp.learn.salience import centrality, target_centrality, without_target_centrality

if TYPE_CHECKING:
    from kg.nlp.learn.candidates import Candidate


@dataclass
class Focus:
    """What the text was last about, for a candidate with an agent and no target of its own in its sentence:
    - "The FTC sued FBA Machine. ... The settlement bans them from ...": an action continues with the likeliest
      targets of the sentences before;
    - "Paxton opened an inquiry into Meta. ... Meta pushed back": a reaction is aimed at the likeliest agent before
      (of an action that is no reaction itself);
    - "Kelong Labs raised $50 million. ... The round was led by Tanjong Capital": an action of a type told again as
      the same event (`same_event_types` of data/action_syntax.json: a funding round) continues with the likeliest
      targets of the last action of its type, whatever came between.
    Each gives a second reading, a few sentences back at most, unless the trigger's object names someone the index
    does not know; the action model judges it (features ctx_*). (An agent from before for a candidate with targets
    and no agent was tried too: docs/evaluation.md.)"""

    here: int = -1
    last: dict = field(default_factory=dict)  # "target"/"agent" -> (sentence number, keys)
    best: dict = field(default_factory=dict)  # the same, in the current sentence: -> (probability, keys)

    def enter(self, sent_no: int) -> None:
        """Move to a sentence: what the one before was about becomes the focus."""
        if sent_no != self.here:
            self.last.update({k: (self.here, keys) for k, (_, keys) in self.best.items()})
            self.here, self.best = sent_no, {}

    def note(self, made: list[Candidate]) -> None:
        """Remember the likeliest targets and agent of the candidates at one trigger of the current sentence (and,
        for a type of `same_event_types`, its likeliest targets apart)."""
        syn = syntax()
        for c in made:
            rec, pt, pa = c.record, c.features.get("p_target", 0.0), c.features.get("p_agent", 0.0)
            kind = f"target:{rec.type}"
            if rec.targets and rec.type in syn["same_event_types"] and pt >= max(0.5, self.best.get(kind, (0,))[0]):
                self.best[kind] = (pt, list(rec.targets))
            if rec.targets and rec.type in syn["continuation_types"] and pt >= max(0.5, self.best.get("target", (0,))[0]):
                self.best["target"] = (pt, list(rec.targets))
            if rec.agent and rec.type not in syn["reaction_types"] and pa >= max(0.5, self.best.get("agent", (0,))[0]):
                self.best["agent"] = (pa, [rec.agent])

    def continued(self, made: list[Candidate]) -> list[Candidate]:
        """The context readings of the candidates `made` at one trigger."""
        syn = syntax()
        out = []
        for c in made:
            rec = c.record
            if rec.agent and not rec.targets and not names_own_object(c.trig):
                out += [self.reading(c, kind, keys) for kind, keys in
                        (("target", self.near("target", rec.type, syn["continuation_types"])),
                         ("agent", self.near("agent", rec.type, syn["reaction_types"])),
                         (f"target:{rec.type}", self.near(f"target:{rec.type}", rec.type, syn["same_event_types"])))
                        if keys and rec.agent not in keys]
        return out

    def near(self, kind: str, atype: str, types) -> list[str]:
        """The focus of that kind, when the type takes it and it is a few sentences back at most."""
        at, keys = self.last.get(kind, (-99, []))
        return keys if atype in types and self.here - at <= syntax()["continuation_window"] else []

    def reading(self, c: Candidate, kind: str, targets: list[str]) -> Candidate:
        """The candidate aimed at `targets`, the focus of that kind."""
        dist = self.here - self.last[kind][0]
        kind = kind.split(":")[0]
        table = centrality(c.trig.doc, EntityIndex.of(c.trig.doc)) if c.trig is not None else {}
        f = {**without_target_centrality(c.features), **target_centrality(targets, table), f"ctx_{kind}": 1.0,
             f"ctx_{kind}_type={c.record.type}": 1.0, f"ctx_dist={min(dist, 3)}": 1.0}
        f.pop(f"ntargets={bucket(0, (0, 1, 2, 4))}", None)
        return replace(c, record=replace(c.record, targets=list(targets)), source="context", features=f)


NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def names_own_object(trig) -> bool:
    """Whether the trigger's object names someone the document index does not know ("Italy fined the city of
    Trento"): its target is there, only not found, so the focus before is not it."""
    if trig is None:
        return False
    return any(t.pos_ == "PROPN" and t.ent_type_ not in NOT_NAMES
               for c in trig.children if c.dep_ in ("dobj", "nsubjpass", "dative") for t in c.subtree)
