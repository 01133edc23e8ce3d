"""The `kg_line_breaks` component: a line break in the source starts a new sentence (titles, datelines, lists), and
within a line a sentence ends only after a stop, a colon, a bar or a bullet's mark (`may_end`)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


MAX_RUN = 200  # tokens without a line break or sentence-final mark: junk, cut so no sentence is unbounded


class LineBreaks:
    """Marks the token after any whitespace that holds a newline as a sentence start, and cuts runs of more
    than `max_run` tokens (default `MAX_RUN`) with no sentence-final mark (a dump with no punctuation); marks a token
    inside a line as no start unless what precedes it may end a sentence (the parser cut "Veltrix" from "Labs said"
    after a headline, 120 times in corpus/train's 2,782 sentences a cut with no mark before it, most of them after a
    bullet's dash, which stays allowed); runs before the parser, which keeps those boundaries."""

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
            elif not may_end(doc, i - 1):
                doc[i].is_sent_start = False
        return doc


ENDS = frozenset({".", "!", "?", ";", ":", "|", "...", "\u2026"})
CLOSERS = frozenset({'"', "'", ")", "]", "\u201d", "\u2019"})
BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})


def may_end(doc: Doc, i: int) -> bool:
    """Whether a sentence may end after token `i` within a line: after a stop (or a quote or bracket closing after
    one), a colon, a bar, or a line's bullet mark; not inside a run of words ("Veltrix | Labs said ...")."""
    tok = doc[i]
    if tok.text in ENDS or tok.text.endswith("."):
        return True
    if tok.text in CLOSERS:
        return i > 0 and (doc[i - 1].text in ENDS or doc[i - 1].text.endswith("."))
    return tok.text in BULLETS and (i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space)
