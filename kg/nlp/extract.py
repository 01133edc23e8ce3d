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
    if not Doc.has_extension("kg_doc_date"):
        Doc.set_extension("kg_doc_date", default=None)

    def prepared() -> Iterator[tuple[Doc, Document]]:
        for d in documents:
            doc = nlp.make_doc(d.text)
            doc._.kg_doc_date = d.published  # relative dates resolve against it
            yield doc, d

    for doc, document in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size):
        yield from_doc(doc, document)
