"""Typography read plainly: the tokenizer the pipeline uses reads curly apostrophes and quotation marks, non-breaking
spaces and typographic hyphens as their ASCII forms (data/typography.json), and Windows line ends as plain ones, one
character for one, so that a document's offsets stay those of its source. The analysis reads the plain text
(`doc_text`); evidence quotes the source verbatim (`evidence_text`). The wrapped tokenizer also ends a sentence at
a full stop after "GmbH" or "KGaA", which the model's suffix rules leave on the word (`with_full_stops`)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.nlp.doc.index import SOURCE
from kg.nlp.doc.wrapped import unwrap
from kg.nlp.lexicon import load_json


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Character code -> its plain form."""
    data = load_json("typography.json")
    return {ord(c): plain for plain, chars in data.items() if not plain.startswith("_") for c in chars}


def plain(text: str) -> str:
    """`text` with its typographic characters read plainly, and a Windows line end ("\\r\\n") or an old Mac one
    ("\\r") read as one line break; the same length."""
    text = text.translate(table())
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


# A full stop after a word that ends in a lower-case then a capital letter ("Aleph Alpha GmbH.", "Bayer KGaA."): the
# model's suffix rules split a stop off after a lower-case letter or two capitals only, so such a name kept the
# stop, and the sentence after it was read as part of its sentence.
CAPITAL_STOP = r"(?<=[a-z][A-Z])\."


def with_full_stops(tokenizer: Tokenizer) -> Tokenizer:
    """The model's tokenizer, splitting a sentence's full stop off a name that ends in "GmbH" or "KGaA" too."""
    before = tokenizer.suffix_search.__self__.pattern if tokenizer.suffix_search is not None else None
    tokenizer.suffix_search = re.compile(CAPITAL_STOP + "$" + (f"|{before}" if before else "")).search
    return tokenizer


class PlainTokenizer:
    """Wraps the model's tokenizer: tokenizes the plain text (typography read plainly, and a hard-wrapped text's
    filling read as spaces: kg/nlp/doc/wrapped.py), keeps the source where it differs. Every other attribute is the
    wrapped tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.inner = tokenizer

    def __call__(self, text: str) -> Doc:
        read = unwrap(plain(text))
        doc = self.inner(read)
        doc.user_data["kg_text"] = read  # doc.text, without building it (kg/nlp/doc/lines.py: doc_text)
        if read != text:
            doc.user_data[SOURCE] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)
