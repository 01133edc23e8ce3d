"""The `kg_line_breaks` component: a line break in the source starts a new sentence (titles, datelines, lists)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    """Marks the token after any whitespace that holds a newline as a sentence start; runs before the parser,
    which keeps those boundaries."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                doc[i].is_sent_start = True
        return doc
