"""The `kg_fuzzy_gazetteer` component: misspelt gazetteer names in news copy ("Antropic") become entities."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.doc.token_filter import tagged
from kg.nlp.entities.entity_types import CUE
from kg.nlp.entities.resolver import gazetteer_match

MIN_LENGTH = 6  # shorter words are too easily another word


class FuzzyGazetteer:
    """Tags capitalised proper nouns that no entity covers when they are a close misspelling of a
    single-word gazetteer name; the resolver then files them under that entry."""

    def __init__(self, nlp: Language, name: str, min_length: int = MIN_LENGTH) -> None:
        self.name = name
        self.min_length = min_length

    def __call__(self, doc: Doc) -> Doc:
        new: list[Span] = []
        for tok in tagged(doc, "PROPN"):
            if (tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper()
                    or len(tok.text) < self.min_length or not tok.is_alpha):
                continue
            entry = gazetteer_match(tok.text, "")
            if entry is not None and " " not in entry.name:
                new.append(Span(doc, tok.i, tok.i + 1, label=entry.type))
        if new:
            doc.ents = filter_spans(list(doc.ents) + new)
            strength = doc._.kg_strength if doc._.kg_strength is not None else {}
            for span in new:
                strength[(span.start, span.end)] = CUE
            doc._.kg_strength = strength
        return doc
