"""The `kg_entity_typer` component: cleans entity spans and relabels them with contract classes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.entity_types import classify, cues

LEADING_DROP = {"DET", "PUNCT", "SPACE", "PART", "CCONJ", "ADP"}
TRAILING_DROP = {"PUNCT", "SPACE", "PART"}


def clean_span(span: Span) -> Span | None:
    """The span without leading determiners, line breaks, quotes or a trailing possessive."""
    doc, start, end = span.doc, span.start, span.end
    for i in range(span.start, span.end):  # text after the last line break only
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    while start < end and (doc[start].pos_ in LEADING_DROP and not doc[start].text[:1].isupper()
                           or doc[start].is_space or doc[start].is_punct or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].pos_ in TRAILING_DROP or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("'s", "’s", "'")
                           or (not span.ent_id_ and end - start > 1 and doc[end - 1].lower_ in cues().model_cues)):
        if doc[end - 1].text in (".",) and end - start > 1 and len(doc[end - 2].text) <= 3:
            break  # keep the full stop of "Corp." or "U.S."
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


class EntityTyper:
    """Relabels `doc.ents` with the eight contract classes; drops what fits none.

    Sets ``doc._.kg_strength``: {(start, end): evidence strength} for each kept entity.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_strength"):
            Doc.set_extension("kg_strength", default=None)

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        strength: dict[tuple[int, int], int] = {}
        for ent in doc.ents:
            span = clean_span(ent)
            if span is None:
                continue
            cls, how = classify(span)
            if cls is None:
                continue
            new = Span(doc, span.start, span.end, label=cls, kb_id=ent.kb_id_, span_id=ent.id_)
            kept.append(new)
            strength[(new.start, new.end)] = how
        doc.ents = filter_spans(kept)
        doc._.kg_strength = strength
        return doc
