"""rdflib 7 writes a literal with a newline between triple quotes and escapes its last quote only when no backslash
stands before it: a newline, a backslash and a quote come out as a long string that ends with a bare quote, which the
Turtle grammar forbids (Oxigraph rejects it; rdflib reads it). Every quote inside a long string is escaped instead;
applied once, on import of kg.graph (every writer of Turtle, TriG and N3 goes through rdflib's
`Literal._quote_encode`)."""
from __future__ import annotations

from rdflib.term import Literal

_RDFLIB_QUOTE_ENCODE = Literal._quote_encode


def quote_encode(self: Literal) -> str:
    """rdflib's own encoding for a one-line literal; a long one with every backslash and quote escaped."""
    if "\n" not in self:
        return _RDFLIB_QUOTE_ENCODE(self)
    return '"""%s"""' % self.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def apply() -> None:
    Literal._quote_encode = quote_encode  # type: ignore[method-assign]
