"""Recommendations: "The committee recommends ... . DSIT should report annually to the committee": a body that
"should" do something, in the sentences after a proposal, is what the proposal's author proposes of it (a Propose by
the author, the body its target). The counterfactual guard reads "should" as no event of the body's own
(kg/nlp/learn/unrealised.py: `counterfactual`); this reads it as the recommender's, and only this reading passes it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.actions.clauses import subject_of
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.lines import evidence_text
from kg.nlp.lexicon import words
from kg.nlp.records import ActionRecord

EXTRACTOR = "kg.actions.recommendation.v1"


def recommended(verb: Token) -> bool:
    """A verb told with "should" ("DSIT should report", "the Commission should publish"), not denied ("should not")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    return any(c.dep_ == "aux" and c.lower_ in syntax()["recommending_aux"] for c in kids) \
        and not any(c.dep_ == "neg" for c in kids)


def reported(verb: Token) -> bool:
    """Whether the clause is someone's reported speech ("Critics say OpenAI should pay"): not the report's own voice."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words("clause_words.json", "say_verbs")


def recommendations(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """One Propose per verb told with "should" whose subject names a party (recommended_classes), by the agent of the
    nearest earlier action of recommender_types in the document (up to `recommendation_window` sentences back) that
    is not among them; none where no one proposed before, nor in someone's reported speech."""
    syn = syntax()
    proposals = sorted((a for a in actions if a.type in syn["recommender_types"] and a.agent), key=lambda a: a.trigger)
    if not proposals:
        return actions
    idx, found = EntityIndex.of(doc), []
    for verb in (t for t in doc if recommended(t) and not reported(t)):
        subj, _ = subject_of(verb)
        parties = [k for k in idx.phrase_entities(subj) if idx.type_of(k) in syn["recommended_classes"]] if subj else []
        here = idx.sent_no[verb.i]
        by = next((p for p in reversed(proposals) if p.trigger < verb.i
                   and here - idx.sent_no[p.trigger] <= syn["recommendation_window"] and p.agent not in parties), None)
        if parties and by is not None:
            found.append(ActionRecord(type="Propose", evidence=evidence_text(verb.sent), agent=by.agent,
                                      targets=parties, date=by.date, confidence=0.5, extractor=EXTRACTOR,
                                      trigger=verb.i))
    return actions + found if found else actions


def by_recommender(rec: ActionRecord) -> bool:
    """Whether the record is a recommender's reading of a "should" (made by `recommendations`)."""
    return rec.extractor == EXTRACTOR
