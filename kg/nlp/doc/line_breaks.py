"""The `kg_line_breaks` component: a line break in the source starts a new sentence (titles, datelines, lists), and
within a line a sentence ends only after a stop, a colon, a bar or a bullet's mark (`may_end`)."""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doc.lines import BULLET_MARKS, doc_text


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
        if len(doc) < 2:
            return doc
        text = doc_text(doc)  # the text the tokenizer read, kept: doc.text would build a token per word
        arr = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START])
        cols = arr[:, :3].tolist()
        words = [text[a:a + n] for a, n, _ in cols]
        gaps = [text[a + n:b[0]] for (a, n, _), b in zip(cols, cols[1:])]
        starts = arr[:, 3].astype("int64").tolist()  # 1 a start, -1 none, 0 the parser's to decide
        run = 0
        for i in range(1, len(words)):
            prev = words[i - 1]
            run += 1
            if "\n" in gaps[i - 1] or (cols[i - 1][2] and "\n" in prev) or run > self.max_run:
                starts[i] = 1
                run = 0
            elif prev in (".", "!", "?", ";"):
                run = 0
            elif not may_end(words, gaps, i - 1):
                starts[i] = -1
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype(arr.dtype).reshape(-1, 1))
        return doc


ENDS = frozenset({".", "!", "?", ";", ":", "|", "...", "\u2026"})
CLOSERS = frozenset({'"', "'", ")", "]", "\u201d", "\u2019"})
BULLETS = frozenset(BULLET_MARKS)


def may_end(words: list[str], gaps: list[str], i: int) -> bool:
    """Whether a sentence may end after word `i` within a line (`gaps`: the whitespace after each word): after a stop
    (or a quote or bracket closing after one), a colon, a bar, or a line's bullet mark; not inside a run of words
    ("Veltrix | Labs said ...")."""
    word = words[i]
    if word in ENDS or word.endswith("."):
        return True
    if word in CLOSERS:
        return i > 0 and (words[i - 1] in ENDS or words[i - 1].endswith("."))
    return word in BULLETS and (i == 0 or "\n" in gaps[i - 1] or not words[i - 1].strip())
