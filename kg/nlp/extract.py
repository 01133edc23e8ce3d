"""Documents in, `Extraction`s out: runs the spaCy pipeline and reads what its components assigned."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest.document import Document
from kg.nlp.records import ActionRecord, LocalEntity, RelationRecord


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    entities: dict[str, LocalEntity] = field(default_factory=dict)
    relations: list[RelationRecord] = field(default_factory=list)
    actions: list[ActionRecord] = field(default_factory=list)


def from_doc(doc: Doc, document: Document) -> Extraction:
    return Extraction(
        document=document,
        entities=dict(doc._.kg_entities or {}),
        relations=list(getattr(doc._, "kg_relations", None) or []) if Doc.has_extension("kg_relations") else [],
        actions=list(getattr(doc._, "kg_actions", None) or []) if Doc.has_extension("kg_actions") else [],
    )


def extract(documents: Iterable[Document], nlp: Language, batch_size: int = 16) -> Iterator[Extraction]:
    """One `Extraction` per document, in input order."""
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if Doc.has_extension("kg_doc_date"):
            doc._.kg_doc_date = document.published
        yield from_doc(doc, document)
