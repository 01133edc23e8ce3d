"""Documents in, `Extraction`s out: runs the spaCy pipeline and reads what its components assigned."""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest.document import Document
from kg.nlp.doc.lines import remember_text
from kg.nlp.pieces import PIECE_CHARS, merge_entity, split_text
from kg.nlp.records import ActionRecord, LocalEntity, RelationRecord


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    entities: dict[str, LocalEntity] = field(default_factory=dict)
    relations: list[RelationRecord] = field(default_factory=list)
    actions: list[ActionRecord] = field(default_factory=list)
    error: str | None = None  # set when extraction failed: the document is reported and left out


def from_doc(doc: Doc, document: Document) -> Extraction:
    return Extraction(
        document=document,
        entities=dict(doc._.kg_entities or {}),
        relations=list(getattr(doc._, "kg_relations", None) or []) if Doc.has_extension("kg_relations") else [],
        actions=actions_of(doc),
    )


def actions_of(doc: Doc) -> list[ActionRecord]:
    """The scorer's actions; where it did not run (switched off), the rules' reading."""
    for ext in ("kg_actions", "kg_action_candidates"):
        if Doc.has_extension(ext) and getattr(doc._, ext, None) is not None:
            return list(getattr(doc._, ext))
    return []


def merge(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction from the pieces of a long document (`parts`: token offset of each piece)."""
    out = Extraction(document=document)
    for offset, ex in parts:
        for key, ent in ex.entities.items():
            if key in out.entities:
                merge_entity(out.entities[key], ent, offset)
            else:
                ent.mentions = [(s + offset, e + offset) for s, e in ent.mentions]
                out.entities[key] = ent
        out.relations += ex.relations
        for act in ex.actions:
            act.trigger += offset
            out.actions.append(act)
    return out


BATCH_CHARS = 200_000  # text per spaCy batch: bounds the network's working memory whatever the documents


def batched(items: Iterable[tuple[str, object]], size: int, chars: int = BATCH_CHARS) -> Iterator[list]:
    """Batches of at most `size` items and (beyond the first item) `chars` characters of text."""
    chunk: list = []
    total = 0
    for item in items:
        if chunk and (len(chunk) >= size or total + len(item[0]) > chars):
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        total += len(item[0])
    if chunk:
        yield chunk


_FROZEN = [0]  # how many fewer_collections of the main thread are open (0 or 1)
GC_THRESHOLD = 50_000  # allocations between young-generation collections while a batch is read (Python's: 700)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Reading documents makes many short-lived objects (tokens, spans, feature dicts) that reference counting frees;
    the cycle collector, run every 700 allocations, mostly walks the loaded models. While a batch is read (and
    while the build service, kg/store/build.py, reads and writes a whole input), the objects alive so far are frozen
    out of its walks and it runs less often (the build of 200 bench articles 34.0 s to 33.3 s, the same graph); the
    settings come back after. Only on the main thread, and only where nothing froze objects before (the app's and a
    cluster's worker threads, a caller's own `gc.freeze`, a use inside another): elsewhere it changes nothing. A use
    inside another is told by a count of our own, not by `gc.get_freeze_count`, which walks every frozen object (some
    15 ms with the models loaded, once a batch)."""
    if threading.current_thread() is not threading.main_thread() or _FROZEN[0] or gc.get_freeze_count():
        yield
        return
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, max(old[1], 20), max(old[2], 20))
    _FROZEN[0] += 1
    try:
        yield
    finally:
        _FROZEN[0] -= 1
        gc.set_threshold(*old)
        gc.unfreeze()


def _retry(nlp: Language, doc: Doc) -> Doc | str:
    """One document alone through the pipeline; the reason as a string when it fails."""
    for name, proc in nlp.pipeline:
        try:
            doc = proc(doc)
        except Exception as exc:  # one document's failure must not stop the build  # noqa: BLE001
            return f"extraction failed in {name} ({type(exc).__name__}: {str(exc)[:160]})"
    return doc


def extract(documents: Iterable[Document], nlp: Language, batch_size: int = 16) -> Iterator[Extraction]:
    """One `Extraction` per document, in input order. A document longer than `PIECE_CHARS` is read in
    pieces; when a batch fails, its documents are retried one by one, and a document that fails alone
    gets an extraction that carries the reason in `error` (and nothing else)."""
    if not Doc.has_extension("kg_doc_date"):
        Doc.set_extension("kg_doc_date", default=None)

    def pieces() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for d in documents:
            parts = split_text(d.text) if len(d.text) > PIECE_CHARS else [d.text]
            for n, piece in enumerate(parts):
                yield piece, (d, n, len(parts))

    def make(text: str, d: Document) -> Doc:
        doc = nlp.make_doc(text)
        if "kg_text" not in doc.user_data:  # a tokenizer that does not keep the (plain) text it read
            remember_text(doc, text)
        doc._.kg_doc_date = d.published  # relative dates resolve against it
        return doc

    def processed() -> Iterator[tuple[Doc | str, tuple[Document, int, int]]]:
        for chunk in batched(pieces(), batch_size):
            try:
                with fewer_collections():  # nothing is yielded inside: the caller's work runs with its own settings
                    done = list(nlp.pipe(((make(t, c[0]), c) for t, c in chunk), as_tuples=True, batch_size=batch_size))
            except Exception:  # noqa: BLE001 - find the document at fault, keep the others
                done = [(_retry(nlp, make(text, ctx[0])), ctx) for text, ctx in chunk]
            yield from done

    parts: list[tuple[int, Extraction]] = []
    offset, broken = 0, None
    for doc, (document, n, total) in processed():
        if n == 0:
            parts, offset, broken = [], 0, None
        if isinstance(doc, str):
            broken = broken or doc
        else:
            parts.append((offset, from_doc(doc, document)))
            offset += len(doc)
        if n + 1 == total:
            if broken:
                yield Extraction(document=document, error=broken)
            else:
                yield parts[0][1] if len(parts) == 1 else merge(document, parts)
