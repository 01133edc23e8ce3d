"""Bound values written into query text, for engines that take no bindings (remote SPARQL endpoints, and
Oxigraph for variables it cannot substitute): each value is a SPARQL term whose every character that could
end a string or an IRI is escaped (SPARQL 1.1 ECHAR and UCHAR), placed as `VALUES` first inside the query's
main WHERE group, which is found by a lexer that skips comments, strings and IRIs."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from rdflib import BNode, Literal, URIRef

from kg.errors import Errors, QueryError

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
LANGTAG = re.compile(r"^[A-Za-z]+(?:-[A-Za-z0-9]+)*$")
IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20\ud800-\udfff]')
ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
TOKEN = re.compile(r'''
    (?P<skip>\s+|\#[^\n\r]*)
  | (?P<string>"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""|\'\'\'(?:(?:'|'')?(?:[^'\\]|\\.))*\'\'\'
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<word>[A-Za-z_][\w\-.]*(?::[^\s{}()<>,;"'\#]*)?)
  | (?P<open>[{(])
  | (?P<close>[})])
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


def _uchar(ch: str) -> str:
    # eight digits, so that no hex digit after it can be read as part of it (rdflib reads up to eight)
    return f"\\U{ord(ch):08X}"


def literal_text(value: str) -> str:
    """`value` as a SPARQL string literal that every parser reads back as exactly `value`.

    Double quotes, backslashes and line breaks are ECHARs (a single quote cannot end a double-quoted
    string, and rdflib does not read its ECHAR there); other control characters are UCHARs; a `u` or `U`
    after a backslash is a UCHAR too, so that parsers that expand `\\uXXXX` before parsing (rdflib) cannot
    read the escaped backslash and what follows as a code point."""
    out, after_backslash = [], False
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            raise QueryError(Errors.E512, what=f"the value {value[:40]!r}", why=f"it contains a lone surrogate (U+{code:04X}), which no RDF literal can hold", fix="give valid Unicode text")
        if ch in ECHAR:
            out.append(ECHAR[ch])
        elif code < 0x20 or code == 0x7F or (after_backslash and ch in "uU"):
            out.append(_uchar(ch))
        else:
            out.append(ch)
        after_backslash = ch == "\\"
    return '"' + "".join(out) + '"'


def iri_text(iri: str) -> str:
    """`<iri>`, or E512 when the IRI holds a character that no IRI may (it could end the IRI)."""
    bad = IRI_FORBIDDEN.search(iri)
    if bad:
        raise QueryError(Errors.E512, what=f"the IRI {iri[:60]!r}", why=f"it contains {bad.group()!r}, which no IRI may hold", fix="percent-encode it or bind a literal")
    return f"<{iri}>"


def term_text(term: object) -> str:
    """An rdflib term (or plain text, as a literal) in SPARQL syntax, safe to write into a query."""
    if isinstance(term, URIRef):
        return iri_text(str(term))
    if isinstance(term, BNode):
        raise QueryError(Errors.E512, what="a blank node", why="a query sent as text cannot name one", fix="bind an IRI or a literal")
    if not isinstance(term, Literal):
        return literal_text(str(term))
    text = literal_text(str(term))
    if term.language:
        if not LANGTAG.match(term.language):
            raise QueryError(Errors.E512, what=f"a literal tagged {term.language!r}", why="that is not a language tag", fix="use letters, then -subtags (en, pt-BR)")
        return f"{text}@{term.language}"
    if term.datatype:
        return f"{text}^^{iri_text(str(term.datatype))}"
    return text


def tokens(text: str) -> Iterator[tuple[str, re.Match]]:
    """The query's tokens as (kind, match), comments and white space left out."""
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        pos = m.end()
        if m.lastgroup != "skip":
            yield m.lastgroup, m


class Group(NamedTuple):
    start: int  # offset of the main WHERE group's `{`
    end: int  # offset of its `}`
    subquery: bool  # the group is `{ SELECT ... }`
    short: int | None  # `CONSTRUCT WHERE { ... }`: offset of WHERE


@dataclass
class GroupScan:
    """The lexer's state while it looks for the main WHERE group."""

    form: str
    depth: int = 0
    start: int | None = None
    subquery: bool = False
    previous: str | None = None  # the last word or opening bracket, upper-cased
    groups: int = 0  # top-level `{` groups seen
    where: int | None = None  # offset of the last top-level WHERE
    short: int | None = None

    def opens_main(self) -> bool:
        """A CONSTRUCT's template is the first group unless WHERE precedes it."""
        return self.form != "ConstructQuery" or self.previous == "WHERE" or self.groups == 1

    def open(self, m: re.Match) -> None:
        top = self.depth == 0 and m.group() == "{"
        if top and self.start is None and self.opens_main():
            self.start = m.start()
            self.short = self.where if self.form == "ConstructQuery" and self.groups == 0 else None
        self.groups += top
        self.depth += 1

    def close(self, m: re.Match) -> Group | None:
        """The main group, when this closes it."""
        self.depth -= 1
        if self.depth == 0 and self.start is not None and m.group() == "}":
            return Group(self.start, m.start(), self.subquery, self.short)
        return None

    def word(self, m: re.Match) -> None:
        if self.start is not None and self.depth == 1 and self.previous == "{":
            self.subquery = m.group().upper() == "SELECT"
        if m.group().upper() == "WHERE" and self.depth == 0:
            self.where = m.start()


def main_group(text: str, form: str) -> Group | None:
    """The query's main WHERE group, or None when it has none (`DESCRIBE <x>`). A CONSTRUCT's template is
    the first group unless WHERE precedes it (the short form)."""
    scan = GroupScan(form)
    for kind, m in tokens(text):
        if kind == "open":
            scan.open(m)
        elif kind == "close":
            found = scan.close(m)
            if found is not None:
                return found
        elif kind == "word":
            scan.word(m)
        scan.previous = m.group().upper() if kind in ("word", "open") else None
    return None


def with_values(text: str, bindings: dict, form: str = "SelectQuery") -> str:
    """The query with one `VALUES ?name { term }` per binding first inside its main WHERE group (a group
    that is a subquery is wrapped, `{ VALUES ... { SELECT ... } }`; `CONSTRUCT WHERE { T }` becomes
    `CONSTRUCT { T } WHERE { VALUES ... T }`)."""
    if not bindings:
        return text
    check_names(bindings)
    group = main_group(text, form)
    if group is None:
        raise QueryError(Errors.E508)
    start, end, subquery, short = group
    values = " ".join(f"VALUES ?{k} {{ {term_text(v)} }}" for k, v in bindings.items())
    body = text[start + 1:end]
    if short is not None:
        return f"{text[:short]}{{{body}}} WHERE {{ {values} {body}}}{text[end + 1:]}"
    if subquery:
        return f"{text[:start + 1]} {values} {{{body}}} {text[end:]}"
    return f"{text[:start + 1]} {values} {text[start + 1:]}"


def check_names(bindings: dict) -> None:
    """E506 unless every bound name is a SPARQL variable name."""
    bad = [k for k in bindings if not NAME.match(str(k))]
    if bad:
        raise QueryError(Errors.E515, name=bad[0])
