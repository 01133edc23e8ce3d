"""The `kg_line_breaks` component: a line break in the source starts a new sentence (titles, datelines, lists)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


MAX_RUN = 200  # tokens without a line break or sentence-final mark: junk, cut so no sentence is unbounded


class LineBreaks:
    """Marks the token after any whitespace that holds a newline as a sentence start, and cuts runs of more
    than `max_run` tokens (default `MAX_RUN`) with no sentence-final mark (a dump with no punctuation); runs before the parser,
    which keeps those boundaries."""

    def __init__(self, nlp: Language, name: str, max_run: int = MAX_RUN) -> None:
        self.name = name
        self.max_run = max_run

    def __call__(self, doc: Doc) -> Doc:
        run = 0
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            run += 1
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or run > self.max_run:
                doc[i].is_sent_start = True
                run = 0
            elif prev.text in (".", "!", "?", ";"):
                run = 0
        return doc
