"""The organisation a document speaks for: who "we" and "our" are outside quotation marks in a blog post, a press
release or a commentary written in an organisation's own voice ("Today we are releasing ...", "We are also working
with Ofcom", "We at the Institute have backed ...").

It is the first organisation named on the short opening lines below the title, where a byline or a source line
stands ("Published 2023-10-06 by the Information Commissioner's Office, news and blogs", "By Meera Raghunathan,
Senior Fellow, Institute for Digital Public Policy"); else, under a source line that says what the document is
("Press release", `source_words` of data/clause_words.json), the organisation the body's first sentence is told by
("Linghang AI ... today announced ..."). A news report names no organisation there and has no voice: its "we" is
read back through the text as before (kg/nlp/doc/anaphors.py)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.index import EntityIndex, memo
from kg.nlp.doc.opening import byline_shaped, line_end, line_starts
from kg.nlp.lexicon import words

NONE = ""  # the cached answer of a document without a voice


def document_voice(doc: Doc, idx: EntityIndex) -> str | None:
    """The entity key of the organisation the document speaks for, or None (read once a document)."""
    return memo(doc, "kg_voice", lambda: read_voice(doc, idx)) or None


def opening_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each short opening line below the title: the byline and source lines, not prose."""
    out = []
    for start in line_starts(doc)[1:]:
        end = line_end(doc, start)
        if not byline_shaped(doc, start, end):
            break
        out.append((start, end))
    return out


def read_voice(doc: Doc, idx: EntityIndex) -> str:
    lines = opening_lines(doc)
    for start, end in lines:
        orgs = [k for s, _, k in idx.spans if start <= s < end and idx.type_of(k) in ORGANIZATION_CLASSES]
        if orgs:
            return orgs[0]
    cues = words("clause_words.json", "source_words")
    if not any(cue in doc[s:e].text.lower() for s, e in lines for cue in cues):
        return NONE
    return body_teller(doc, idx, lines[-1][1]) or NONE


def body_teller(doc: Doc, idx: EntityIndex, after: int) -> str | None:
    """The organisation named as the subject of the first sentence after the opening lines."""
    sent = next((s for s in doc.sents if s.start >= after and not s.text.isspace()), None)
    if sent is None:
        return None
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = idx.by_token.get(subj.i) if subj is not None else None  # a name: "we" here has no voice to read yet
    return key if key and idx.type_of(key) in ORGANIZATION_CLASSES else None


def source_names(doc: Doc, heads: dict[str, str]) -> list[Span]:
    """"Corvane Labs blog | Posted 2026-03-10", "NIST News Release": the capitalised name before a source word on an
    opening line names the organisation the document speaks for (classed by its last word's `heads`, a company
    otherwise), which a line cut by "|" would not otherwise keep."""
    cues = [w.split() for w in sorted(words("clause_words.json", "source_words"), key=lambda w: -len(w.split()))]
    out = []
    for start, end in opening_lines(doc):
        for i in range(start + 1, end):
            if not any([t.lower_ for t in doc[i:i + len(c)]] == c for c in cues):
                continue
            j = i
            while j > start and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper():
                j -= 1
            if j < i:
                out.append(Span(doc, j, i, label=heads.get(doc[i - 1].lower_, "Company")))
            break
    return out
