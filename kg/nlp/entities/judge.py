"""The `kg_entity_judge` component: drops the resolved entities the learned entity judge (kg/nlp/learn/entities.py,
made by `kg train`) finds unlikely to be real names: "Digital", "Compute", a place named only in passing.
Without a trained model it changes nothing. Policy instruments are not judged (`unjudged`): the instruments
component finds them by descriptions ("the May 13 preservation order") as arguments of actions, and judging them
too lost relations (cross-validated over corpus/train's batches, end to end: relation F1 0.512 -> 0.499 judging
every class, 0.509 leaving instruments out, with action F1 0.467 -> 0.467 and 0.469)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.learn.entities import UNJUDGED, entity_features, load_entity_model


class EntityJudge:
    """Keeps an entity when the judge's probability that it is real reaches `keep` (else the trained threshold)."""

    def __init__(self, nlp: Language, name: str, models: str | None = None, keep: float | None = None,
                 unjudged: tuple[str, ...] = UNJUDGED) -> None:
        self.name = name
        self.models = models
        self.keep = keep
        self.unjudged = tuple(unjudged)

    def __call__(self, doc: Doc) -> Doc:
        from kg.nlp.learn.scorer import models_folder

        judge = load_entity_model(models_folder(self.models))
        entities = doc._.kg_entities
        if judge is None or not entities:
            return doc
        keep = judge["keep"] if self.keep is None else self.keep
        gone = {k for k, e in entities.items()
                if e.type not in self.unjudged and judge["model"].prob(entity_features(doc, e), "real") < keep}
        if gone:
            doc._.kg_entities = {k: e for k, e in entities.items() if k not in gone}
            doc._.kg_mention = {span: k for span, k in (doc._.kg_mention or {}).items() if k not in gone}
        return doc
