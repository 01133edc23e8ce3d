"""Recommendations: "The committee recommends ... . DSIT should report annually to the committee": a body that
"should" do something, in the sentences after a proposal, is what the proposal's author proposes of it (a Propose by
the author, the body its target). The counterfactual guard reads "should" as no event of the body's own
(kg/nlp/learn/scorer.py: `counterfactual`); this reads it as the recommender's."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.actions.clauses import subject_of
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.lines import evidence_text
from kg.nlp.records import ActionRecord

EXTRACTOR = "kg.actions.v1"


def recommended(verb: Token) -> bool:
    """A verb told with "should" ("DSIT should report", "the Commission should publish"), not denied."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in syntax()["recommending_aux"]
                                                  for c in verb.children)


def recommendations(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """One Propose per verb told with "should" whose subject names an organisation or a person, by the agent of the
    nearest earlier proposal in the document (up to `recommendation_window` sentences back) that is not among
    them; none where no one proposed before."""
    idx = EntityIndex.of(doc)
    kinds = set(syntax()["recommender_types"])
    proposals = sorted((a for a in actions if a.type in kinds and a.agent), key=lambda a: a.trigger)
    if not proposals:
        return actions
    window = syntax()["recommendation_window"]
    found = []
    for verb in (t for t in doc if recommended(t)):
        subj, _ = subject_of(verb)
        parties = [k for k in idx.phrase_entities(subj) if idx.type_of(k) not in ("PolicyInstrument", "AIModel",
                                                                                      "Jurisdiction")] if subj else []
        here = idx.sent_no[verb.i]
        by = next((p for p in reversed(proposals) if p.trigger < verb.i and here - idx.sent_no[p.trigger] <= window
                   and p.agent not in parties), None)
        if parties and by is not None:
            found.append(ActionRecord(type="Propose", evidence=evidence_text(verb.sent), agent=by.agent,
                                      targets=parties, date=by.date, confidence=0.5, extractor=EXTRACTOR,
                                      trigger=verb.i))
    return actions + found if found else actions


def by_recommender(trig: Token, rec: ActionRecord) -> bool:
    """Whether a Propose at a "should" verb is a recommender's: its agent is none of the verb's subject."""
    if rec.type != "Propose" or not recommended(trig):
        return False
    subj, _ = subject_of(trig)
    return subj is None or rec.agent not in EntityIndex.of(trig.doc).phrase_entities(subj)
