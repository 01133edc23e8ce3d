"""The `kg_action_scorer` component: every candidate action scored by the trained models; the likely ones kept,
each with a calibrated `confidence` (the share of actions of its kind, a rule's record or a model's reading, that
were right at that score in cross-validated training)."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.actions.reactions import aim_reactions
from kg.nlp.actions.discourse import (dedupe, headline_actions, heading_repeats, once_per_event,
                                      one_report_per_event, without_co_agents, without_elaborations)
from kg.nlp.actions.clauses import done_by_the_directed
from kg.nlp.actions.co_participants import co_participants
from kg.nlp.actions.judicial import bench_free, judicial_agent
from kg.nlp.actions.obligations import binds_another
from kg.nlp.actions.recommendations import by_recommender
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex, coordination_roots
from kg.nlp.doc.lines import span_text
from kg.nlp.learn.candidates import Candidate, Models, candidates
from kg.nlp.learn.features import cue
from kg.nlp.learn.unrealised import counterfactual, referred, still_due
from kg.nlp.learn.model import LogReg, calibrated, read_model

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"  # package data, written by `kg train`


def models_folder(configured: str | None = None) -> str:
    """Where the trained models are: the component's setting, else $KG_MODELS, else the package's own."""
    return configured or os.environ.get("KG_MODELS") or str(MODELS)


READING_KINDS = ("rules", "model")


def reading_kind(c: Candidate) -> str:
    """Which calibration a candidate takes: a record of the rule extractor, or a reading of the trained models (whose
    candidates are many per word, so that the likeliest of them is likelier to be over-scored)."""
    return "rules" if c.source == "rules" else "model"


def calibration_of(data) -> dict[str, list[tuple[float, float]]]:
    """The steps of each kind of reading; a model file of one list (before the kinds) gives it to both."""
    if isinstance(data, list):
        return {k: [tuple(s) for s in data] for k in READING_KINDS}
    return {k: [tuple(s) for s in data[k]] for k in READING_KINDS}


@lru_cache(maxsize=4)
def load_models(folder: str) -> dict | None:
    """The role model, the action model, its calibration and keep threshold; None when not trained yet."""
    data = read_model(folder, "actions.json")
    if data is None:
        return None
    detector = LogReg.from_json(data["detector"]) if "detector" in data else None
    return {"models": Models(LogReg.from_json(data["roles"]), detector, data.get("detect_min", 0.3)),
            "actions": LogReg.from_json(data["actions"]),
            "steps": calibration_of(data["calibration"]), "keep": data["keep"]}


def choose(cands: list[Candidate], keep: float) -> list[Candidate]:
    """Per trigger, the likeliest candidate, and beside it the rules' other records there and the readings that
    only change the agent to one coordinated with it ("OpenAI, Google DeepMind and Anthropic agreed ...") or taking
    part beside it ("with participation from Y"): one action per agent, each likely enough itself, or, for a name
    coordinated with the top reading's agent on the same targets (`co_agent_of`), as likely as the top reading, whose
    confidence it takes (cross-validated over corpus/train's batches: 9 right of 14 more actions output)."""
    best: dict[int, Candidate] = {}
    for c in cands:
        if c.prob >= keep and (c.trig.i not in best or (c.prob, c.raw) > (best[c.trig.i].prob, best[c.trig.i].raw)):
            best[c.trig.i] = c
    out = []
    for c in cands:
        top = best.get(c.trig.i)
        if top is None:
            continue
        if c.prob < keep:
            if not co_agent_of(c, top):
                continue
            c.record.confidence = top.record.confidence  # as likely as the reading it stands beside
        if c is top or (c.source == "rules" == top.source) or other_agent(c, top):
            out.append(c)
    return out


def kept_actions(doc: Doc, cands: list[Candidate], keep: float) -> list:
    """What the component outputs of scored candidates: the ones `choose` keeps, none told as a counterfactual, a
    hypothesis or under a condition, or still due (`still_due`), an event told before that another action acts on
    (`referred`), in a question (`asked`), standing in a byline, a ruling by no court or judge (`judicial_agent`), a
    suit, fine or investment that names no target (`names_its_target`) or an action someone does that names no one
    (`names_its_agent`) or one done by whom a directive orders to do it (`done_by_the_directed`), a suit or an inquiry
    by a court (`bench_free`), an authorless obligation of the speaker ("we must ...": `binds_another`), an accusation
    that only says what its agent's suit or protest claims (`without_elaborations`), one per sentence and report
    (`dedupe`), no name coordinated with the agent among its targets (`without_co_agents`), the headline's repeat of an
    event and a heading's loose one left out (`once_per_event`, `heading_repeats`), a headline's own left out where a
    body tells the story (`headline_actions`), one report per event; a reaction to an event, or an appeal, is first
    aimed at the author of the event (`aim_reactions`, on the chosen actions, before the guards read their targets).
    Training judges exactly this."""
    told = [c for c in choose(cands, keep) if (by_recommender(c.record) or not counterfactual(c.trig))
            and not byline(c.trig) and not asked(c.trig) and not cited(c.trig) and judicial_agent(doc, c.record)
            and not still_due(c) and not referred(c)]
    every = aim_reactions(doc, [without_co_agents(doc, c.record) for c in told])  # the guards see the final arguments
    records = [r for r in every if names_its_target(r) and names_its_agent(r) and not done_by_the_directed(doc, r)
               and bench_free(doc, r) and binds_another(doc, r)]
    kept = one_report_per_event(headline_actions(doc, heading_repeats(doc, once_per_event(doc, dedupe(
        without_elaborations(doc, records, every))))))
    return dated_reports(kept, cands)


def dated_reports(kept: list, cands: list[Candidate]) -> list:
    """The kept actions dated by the other reports of their events (`dated_by_other_reports`); a report so dated
    is then the event it was dated by, and one report per event stays (`one_report_per_event`: "Governor Abbott
    signed HB 149 on June 22. ... Abbott signed while Congress was weighing a moratorium" is one signing)."""
    return one_report_per_event(dated_by_other_reports(kept, cands))


def dated_by_other_reports(kept: list, cands: list[Candidate]) -> list:
    """An undated action takes the date of the other reports of its event in the document (candidates of its type,
    agent and targets, whatever their probability), where they give it one date."""
    if all(a.date for a in kept):
        return kept
    dates: dict[tuple, set[str]] = {}
    for c in cands:
        if c.record.date and not counterfactual(c.trig):
            dates.setdefault(event_of(c.record), set()).add(c.record.date)
    for a in kept:
        found = dates.get(event_of(a), set()) if not a.date else set()
        if len(found) == 1:
            a.date = next(iter(found))
    return kept


def event_of(a) -> tuple:
    """What makes two reports one event: type, agent, targets, negation."""
    return a.type, a.agent, frozenset(a.targets), a.negated


def cited(trig: Token) -> bool:
    """Whether the trigger is a noun cited as the source of what is told ("the order said", "according to the SEC's
    orders, Delphia told clients ..."; data/stance.json: citing_verbs): the sentence reports what the document says,
    not that it was issued. A suit's claims ("the lawsuit claims that ...") still tell the suit."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower() in cue("citing_verbs"):
        return True
    return trig.dep_ == "pobj" and trig.head.lower_ == "to" and trig.head.head.lower_ == "according"


CLOSERS = "\"'\u201d\u2019)]"  # a quotation or bracket that closes after the question mark


def names_its_target(rec) -> bool:
    """Whether an action of a type that acts on someone (a suit, a release, a fine, a ruling, an investment: target_types
    of data/action_syntax.json) names whom: "Acme invested $2 billion" alone says in whom nowhere; and whether a
    partnership or a permission (object_types) names with whom or what: a party or an instrument ("Microsoft signed an
    agreement giving agencies ..." names neither), unless it did not happen ("Shopify did not sign", "The agency has
    not yet authorized any device": corpus/train's gold records such refusals without a party)."""
    if rec.type in syntax()["object_types"]:
        return bool(rec.targets or rec.instruments or rec.negated)
    return bool(rec.targets) or rec.type not in syntax()["target_types"]


def names_its_agent(rec) -> bool:
    """Whether an action of a type that someone does (a protest, a law passed, a suit: agent_types of
    data/action_syntax.json) names who: an order or a ban often stands in a law's own words ("must", "may not"),
    a suit or a protest never does."""
    return bool(rec.agent) or rec.type not in syntax()["agent_types"]


def asked(trig: Token) -> bool:
    """Whether the trigger stands in a question ("Q: What exactly is the DPC investigating?"): a question asks about
    an event, it does not report one (corpus/train's gold has no action told in a question)."""
    return span_text(trig.sent).rstrip(CLOSERS + " \t\n").endswith("?")


BYLINE = re.compile(r"^\s*(?:first\s+)?(?:published|posted|updated)\b[^.!?]*\b(?:19|20)\d\d\b", re.I)


def byline(trig: Token) -> bool:
    """Whether the trigger stands in a byline ("Published 2025-01-14 by Kestrel Hale LLP"): the line says who
    published the page, not what happened."""
    return bool(BYLINE.match(trig.sent.text))


def other_agent(c: Candidate, top: Candidate) -> bool:
    """Whether the candidate reads the top reading's type with another agent, coordinated with the top's agent or
    taking part beside it (`coordinated`)."""
    return (c.record.type == top.record.type and bool(c.record.agent) and bool(top.record.agent)
            and c.record.agent != top.record.agent and coordinated(c, top))


def co_agent_of(c: Candidate, top: Candidate) -> bool:
    """Whether the candidate reads the top reading's action, on the same targets, with another agent beside the top's
    ("filed by authors Jane Doe and Mark Roe against Vireo AI"): each agent acts, and the second name's own reading
    scores lower only for standing further from the verb."""
    return set(c.record.targets) == set(top.record.targets) and other_agent(c, top)


def coordinated(a: Candidate, b: Candidate) -> bool:
    """Whether the two candidates' agents are named in one coordination ("X, Y and Z") or one of them takes part
    beside the other ("a round led by X, with participation from Y": kg/nlp/actions/co_participants.py)."""
    idx = EntityIndex.existing(a.trig.doc)
    if idx is None:
        return False
    sent = a.trig.sent
    return bool(coordination_roots(idx, a.record.agent, sent) & coordination_roots(idx, b.record.agent, sent)) \
        or bool({a.record.agent, b.record.agent} & set(co_participants(a.trig, idx)))


class ActionScorer:
    """Reads `doc._.kg_action_candidates` (the rules' reading) and sets `doc._.kg_actions`."""

    def __init__(self, nlp: Language, name: str, models: str | None, keep: float | None) -> None:
        self.name = name
        self.folder = models_folder(models)
        self.keep = keep
        if not Doc.has_extension("kg_actions"):
            Doc.set_extension("kg_actions", default=None)

    def __call__(self, doc: Doc) -> Doc:
        rules = list(doc._.kg_action_candidates or [])
        models = load_models(self.folder)
        if models is None:  # not trained: the rules' reading as it is
            doc._.kg_actions = rules
            return doc
        cands = candidates(doc, rules, models["models"])
        for c in cands:
            c.raw = models["actions"].prob(c.features, "right")
            c.prob = calibrated(models["steps"][reading_kind(c)], c.raw)
            c.record.confidence = round(c.prob, 2)
            if c.source != "rules":
                c.record.extractor = "kg.actions.scored.v1"
        keep = models["keep"] if self.keep is None else self.keep
        doc._.kg_actions = kept_actions(doc, cands, keep)
        return doc
