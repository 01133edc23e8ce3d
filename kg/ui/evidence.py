"""The evidence behind what the app shows: for an action or a relation, the full sentence, its type, date,
confidence, agent and targets, and the document's title, date and source; and the article's text with
the sentence marked, when the article can be read again.

The graph does not hold article text (docs/contract.md: a document has a title, date, source, url and the
SHA-256 of its bytes). So the text is read from the document's source file, only when that file lies in
the folders the app may use (KG_DATA_DIRS, see kg.ui.roots) and its bytes still have the SHA-256 the
graph recorded; otherwise the panel says why there is no text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.ingest import READERS
from kg.ui.filters import UNKNOWN_LABEL
from kg.ui.model import GraphModel

MAX_FILE = 50_000_000  # bytes: a larger source file is not read again for one panel


@dataclass
class Report:
    """One action or relation, everything the panel shows about it."""

    kind: str                 # "action" or "relation"
    type: str                 # action type (with "not" when negated) or relation name
    sentence: str
    agent: str                # a name, or "(unknown)"
    targets: list[str]
    date: str = ""
    confidence: float | None = None
    instruments: list[str] = field(default_factory=list)
    sources: int = 1          # reports of the same event (aip:sameEventAs), this one included
    doc: str | None = None    # document IRI
    iri: str | None = None    # action IRI

    def fields(self) -> list[tuple[str, str]]:
        rows = [("type", self.type), ("agent" if self.kind == "action" else "subject", self.agent),
                ("targets" if self.kind == "action" else "object", "; ".join(self.targets) or UNKNOWN_LABEL)]
        if self.kind == "action":
            rows += [("date", self.date or "(undated)"),
                     ("confidence", "" if self.confidence is None else f"{self.confidence:.2f}")]
            if self.instruments:
                rows.append(("instruments", "; ".join(self.instruments)))
            if self.sources > 1:
                rows.append(("reported by", f"{self.sources} documents"))
        return rows


@dataclass
class Source:
    """The document a report was read from."""

    iri: str
    title: str
    date: str
    source: str
    url: str
    sha: str


def action_report(model: GraphModel, rec: dict) -> Report:
    agent = rec["agent"] if isinstance(rec["agent"], str) else None
    return Report("action", rec["type"] + (" (not)" if rec["negated"] else ""), rec["evidence"],
                  model.label(agent) or UNKNOWN_LABEL, [model.label(t) for t in rec["targets"]],
                  rec["date"] or "", rec["confidence"], [model.label(i) for i in rec["instruments"]],
                  int(rec["sources"]), rec["doc"], rec["iri"])


def relation_report(model: GraphModel, rec: dict) -> Report:
    return Report("relation", rec["p"], rec["evidence"] or "(no sentence recorded)", model.label(rec["s"]),
                  [model.label(rec["o"])], doc=rec["doc"] if isinstance(rec["doc"], str) else None)


def reports_for_actions(model: GraphModel, iris: list[str]) -> list[Report]:
    """Reports of the given actions, in the order given."""
    acts = (model.actions_of(iris) if model.large else model.actions).set_index("iri", drop=False)
    return [action_report(model, acts.loc[i].to_dict()) for i in iris if i in acts.index]


def source_of(model: GraphModel, doc: str | None) -> Source | None:
    rows = model.documents[model.documents["iri"] == doc]
    if not doc or rows.empty:
        return None
    r = rows.iloc[0].to_dict()
    return Source(doc, r["title"] or "", r["date"] or "", r["source"] or "", r["url"] or "", r.get("sha") or "")


def _under(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def article_text(src: Source, roots: tuple[Path, ...]) -> tuple[str | None, str]:
    """(text, "") when the article can be read again; else (None, why not)."""
    if not src.source:
        return None, "the graph records no source file for this document, and it does not hold article text"
    path = Path(src.source.split("#", 1)[0])
    try:
        full = path.resolve()
    except (OSError, RuntimeError):
        return None, f"its source {src.source} cannot be read here"
    if not _under(full, roots):
        return None, f"its source {src.source} is outside the folders the app may read (KG_DATA_DIRS)"
    if not full.is_file() or full.suffix.lower() not in READERS:
        return None, f"its source {src.source} is not a readable file here"
    stat = full.stat()
    if stat.st_size > MAX_FILE:
        return None, f"its source {src.source} is too large to read again for one sentence"
    text = _read(str(full), stat.st_mtime_ns, src.sha)
    if text is None:
        return None, f"its source {src.source} has changed since the graph was built (another SHA-256)"
    return text, ""


@lru_cache(maxsize=32)
def _read(path: str, mtime: int, sha: str) -> str | None:
    """The text of the document in `path` whose bytes have this SHA-256 (None when none has)."""
    for doc in READERS[Path(path).suffix.lower()](Path(path), lambda *a, **k: None, MAX_FILE):
        if doc.sha256 == sha:
            return doc.text
    return None


def locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` is in `text` (spacing may differ): (start, end), or None."""
    if not sentence.strip():
        return None
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = [re.escape(w) for w in sentence.split()]
    m = re.search(r"\s+".join(words), text)
    return (m.start(), m.end()) if m else None


def paragraphs(text: str, span: tuple[int, int] | None) -> list[tuple[str, str, str]]:
    """The text as paragraphs, each (before, marked, after); `marked` is the sentence's part in it."""
    out, pos = [], 0
    for block in re.split(r"(\n\s*\n)", text):
        start, end = pos, pos + len(block)
        pos = end
        if not block.strip():
            continue
        if span and span[0] < end and span[1] > start:
            a, b = max(span[0], start) - start, min(span[1], end) - start
            out.append((block[:a], block[a:b], block[b:]))
        else:
            out.append((block, "", ""))
    return out
