"""The one exception family of the project, with coded messages."""
from __future__ import annotations


class KGError(Exception):
    """Base error: the message names the input and says what to do.

    `code` is a short stable identifier (``E012``) so that users can search for it.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class IngestError(KGError):
    """A source could not be read into documents."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class GraphError(KGError):
    """A graph file could not be read or written."""
