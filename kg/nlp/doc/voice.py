"""The organisation a document speaks for: who "we" and "our" are outside quotation marks in a blog post, a press
release or a commentary written in an organisation's own voice ("Today we are releasing ...", "We are also working
with Ofcom", "We at the Institute have backed ...").

It is the organisation named on a short opening line below the title before a source word ("Corvane Labs blog",
"NIST News Release": `source_words` of data/clause_words.json) or as the part after it ("News release | Information
Commissioner's Office | 14 March 2024", "Statement - Information Commissioner's Office": `issuer_part`), or after a
byline's "by" ("Published 2023-10-06 by the Information Commissioner's Office", "By Meera Raghunathan, Senior
Fellow, Institute for Digital Public Policy"); else the one named before the source word on a source line above the
title ("European Commission - Press release"); else, under a source line that names none ("Press release"), the
organisation the body's first sentence is told by ("Linghang AI ... today announced ..."); else, under a source line
above the title, the name the title starts with ("News release" over "Ofcom fines ..."). A news report has none: a
wire byline names an outlet ("By Jane Doe, Reuters"), a dek names its subject without a cue, and their "we" is read
back through the text as before (kg/nlp/doc/anaphors.py)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.index import EntityIndex, memo
from kg.nlp.doc.opening import MAX_LINE, below_opening, byline_shaped, line_end, line_start, line_starts
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


VOICE_CLASSES = frozenset(ORGANIZATION_CLASSES) - {"MediaOutlet"}  # a wire byline ("By Jane Doe, Reuters") is no voice
CONNECTORS = ("of", "for", "and", "the")  # words inside a body's name ("Department of Energy")


@lru_cache(maxsize=1)
def source_phrases() -> tuple[tuple[str, ...], ...]:
    """The source words as token sequences, longest first ("press release" before "release")."""
    return tuple(sorted((tuple(w.split()) for w in words("clause_words.json", "source_words")), key=lambda w: -len(w)))


def source_at(doc: Doc, start: int, end: int) -> int | None:
    """The first token of a source word on the line from `start` to `end` ("blog", "press release"), or None."""
    for i in range(start, end):
        if any(tuple(t.lower_ for t in doc[i:min(i + len(w), end)]) == w for w in source_phrases()):
            return i
    return None


def issuer_part(span: Span) -> bool:
    """Whether the span is the whole part of a short opening line (below the title) right after the part holding the
    line's source word ("News release | Information Commissioner's Office | 14 March 2024"): the name of who issues
    the document, not a dateline's words nor a phrase about someone ("Statement | Response to the FTC's inquiry")."""
    doc = span.doc
    if below_opening(doc, span.start):
        return False
    start = line_start(doc, span.start)
    if start not in line_starts(doc)[1:]:
        return False
    end = line_end(doc, start)
    short = end - start <= 2 * MAX_LINE and byline_shaped(doc, start, end)  # a lede's long line is no source line
    src = source_at(doc, start, end) if short else None
    if src is None:
        return False
    bars = [i for i in range(start, end) if separator(doc[i])]
    after = next((b for b in bars if b > src), None)  # the bar that ends the source word's part
    if after is None:
        return False
    stop = next((b for b in bars if b > after), end)
    words = [t for t in doc[after + 1:stop] if not (t.is_space or t.lower_ == "the")]
    return bool(words) and words[0].i == span.start and words[-1].i == span.end - 1


def separator(tok: Token) -> bool:
    """A bar or a spaced dash between the parts of a line ("News release | ICO", "Statement - Information
    Commissioner's Office"), not a hyphen inside a word ("Anti-Monopoly")."""
    spaced = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return tok.text == "|" or tok.text in ("-", "–", "—") and spaced


def read_voice(doc: Doc, idx: EntityIndex) -> str:
    """The organisation named before a source word on an opening line, in the part after it (`issuer_part`), or after
    a byline's "by"; else, under a source line that names none, the teller of the body's first sentence; else none (a
    dek, a wire byline)."""
    lines = opening_lines(doc)
    sources = [source_at(doc, s, e) for s, e in lines]
    for (start, end), src in zip(lines, sources):
        by = next((i for i in range(start, end) if doc[i].lower_ == "by"), None)
        named = [k for s, e, k in idx.spans if start <= s < end and idx.type_of(k) in VOICE_CLASSES
                 and (src is not None and (s < src or issuer_part(doc[s:e])) or by is not None and s > by)]
        if named:
            return named[0]
    if not lines or all(src is None for src in sources):
        return above_title(doc, idx) or NONE
    return body_teller(doc, idx, lines[-1][1]) or NONE


def above_title(doc: Doc, idx: EntityIndex) -> str | None:
    """The voice a source line above the title gives: the name before its source word, else the title's teller."""
    return named_above(doc, idx) or title_teller(doc, idx)


def named_above(doc: Doc, idx: EntityIndex) -> str | None:
    """"European Commission - Press release" above the title: the organisation named before the source word, on a
    line of nothing else (not a title that speaks of a statement: "The Commission's statement on AI is too weak")."""
    starts = line_starts(doc)
    if len(starts) < 2:
        return None
    end = line_end(doc, starts[0])
    src = source_at(doc, starts[0], end)
    named = [(s, e, k) for s, e, k in idx.spans if src is not None and starts[0] <= s and e <= src
             and idx.type_of(k) in VOICE_CLASSES]
    if not named:
        return None
    s, e, key = named[0]
    loose = [t for t in doc[starts[0]:end] if t.is_alpha and not s <= t.i < e and not src <= t.i < src + 2
             and t.lower_ != "the"]
    return None if loose else key


def title_teller(doc: Doc, idx: EntityIndex) -> str | None:
    """"News release" over "Ofcom fines AI companion provider £1.05 million": a source word alone on a document's
    first line, above its title, says it is an organisation's own, and a title that starts with a name and a verb in
    the present ("Ofcom fines", "ICO issues", which the tagger may read as plural nouns) starts with its teller's
    (not "Clearview AI fined £7.5 million", "Meta hit with a fine", "OpenAI's new model", "OpenAI lawsuit: ...")."""
    starts = line_starts(doc)
    if len(starts) < 2:
        return None
    end = line_end(doc, starts[0])
    src = source_at(doc, starts[0], end)
    if src is None or any(t.is_alpha and (t.i < src or t.i >= src + 2) for t in doc[starts[0]:end]):
        return None
    title = doc[starts[1]:line_end(doc, starts[1])]
    first = next(((s, e, k) for s, e, k in idx.spans if s == title.start), None)
    if first is None or idx.type_of(first[2]) not in VOICE_CLASSES or first[1] >= title.end:
        return None
    verb = doc[first[1]]
    told = verb.is_lower and (verb.tag_ == "VBZ" or verb.tag_ == "NNS" and verb.lower_.endswith("s"))
    return first[2] if told else None


def body_teller(doc: Doc, idx: EntityIndex, after: int) -> str | None:
    """The organisation named as the subject of the first sentence after the opening lines."""
    sent = next((s for s in doc.sents if s.start >= after and not s.text.isspace()), None)
    if sent is None:
        return None
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = idx.by_token.get(subj.i) if subj is not None else None  # a name: "we" here has no voice to read yet
    return key if key and idx.type_of(key) in VOICE_CLASSES else None


def capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def source_names(doc: Doc, heads: dict[str, str], known: list[Span]) -> list[Span]:
    """"Corvane Labs blog | Posted 2026-03-10", "Ministry of Digital Affairs press release": the capitalised name
    before a source word on an opening line names the organisation the document speaks for, which a line cut by "|"
    would not otherwise keep; classed by its head word's `heads` (the word before its first "of" or "for"), a
    company otherwise. Generic words before the source word or the name ("Official Google Blog", "Joint Statement":
    `source_qualifiers`) are no part of it, and a name the gazetteer matched stands as it is ("OpenAI Global Affairs
    blog" is OpenAI's)."""
    out = []
    for start, end in opening_lines(doc):
        found = name_before_source(doc, start, end)
        if found is None or any(k.start < found[1] and found[0] < k.end for k in known):
            continue
        j, stop = found
        head = next((t for t in doc[j:stop] if t.lower_ in ("of", "for")), doc[stop])
        out.append(Span(doc, j, stop, label=heads.get(doc[head.i - 1].lower_, "Company")))
    return out


def name_before_source(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name before the line's source word, its generic words left out, or None."""
    stop = source_at(doc, start, end)
    if stop is None:
        return None
    qualifiers = words("clause_words.json", "source_qualifiers")
    while stop > start and doc[stop - 1].lower_ in qualifiers:
        stop -= 1
    j = stop
    while j > start and (capitalised(doc[j - 1]) or doc[j - 1].lower_ in CONNECTORS and j - 2 >= start
                         and capitalised(doc[j - 2])):
        j -= 1
    while j < stop and (doc[j].lower_ in qualifiers or doc[j].lower_ in CONNECTORS):
        j += 1
    return (j, stop) if j < stop else None
