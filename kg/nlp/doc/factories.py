"""The spaCy factory of the document layer's component (versioned name, every setting in `default_config`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.doc.amount_objects import AmountObjects
from kg.nlp.doc.line_breaks import MAX_RUN, LineBreaks


@Language.factory("kg_line_breaks_v1", assigns=["token.is_sent_start"], default_config={"max_run": MAX_RUN})
def make_line_breaks(nlp: Language, name: str, max_run: int) -> LineBreaks:
    return LineBreaks(nlp, name, max_run)


@Language.factory("kg_amount_objects_v1", assigns=["token.dep", "token.head"], requires=["token.dep", "token.pos"])
def make_amount_objects(nlp: Language, name: str) -> AmountObjects:
    return AmountObjects(nlp, name)
