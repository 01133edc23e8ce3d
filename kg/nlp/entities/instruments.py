"""The `kg_instruments` component: policy instruments named by a quoted title or a specific description."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.ingest.dates import MONTHS
from kg.nlp.entities.coded import coded_names, place_coded
from kg.nlp.entities.entity_types import CUE
from kg.nlp.doc.lines import MINOR, span_text
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.titled import merge, titled_names
from kg.nlp.lexicon import load_json

OPEN, CLOSE = {'"', "“"}, {'"', "”"}


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_json("instrument_cues.json")


def quoted_titles(doc: Doc) -> list[Span]:
    """Title-case quotations near an instrument word: signed "Preventing Woke AI in the Federal Government"."""
    out = []
    for sent in doc.sents:
        out += sentence_titles(doc, sent)
    return out


def sentence_titles(doc: Doc, sent: Span) -> list[Span]:
    """The quoted titles of one sentence: after one title, the other quotations of the sentence are its list."""
    out: list[Span] = []
    if not any(q in span_text(sent) for q in OPEN):  # no quotation: no pass over the sentence's words
        return out
    toks = list(sent)
    i = 0
    while i < len(toks):
        if toks[i].text not in OPEN:
            i += 1
            continue
        j = next((k for k in range(i + 1, min(i + 30, len(toks))) if toks[k].text in CLOSE), None)
        if j is None:
            break
        inner = doc[toks[i].i + 1:toks[j].i]
        while len(inner) and inner[-1].is_punct:
            inner = inner[:-1]
        if title_case(inner) and (bool(out) or cue_before(doc, sent, toks[i].i)):
            out.append(Span(doc, inner.start, inner.end, label="PolicyInstrument"))
        i = j + 1
    return out


def title_case(inner: Span) -> bool:
    """Three words at least, the first and most of the others (not counting minor words) capitalised."""
    words = [t for t in inner if t.is_alpha and t.lower_ not in MINOR]
    return (len(inner) >= 3 and inner[0].text[:1].isupper() and bool(words)
            and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words))


def cue_before(doc: Doc, sent: Span, at: int) -> bool:
    """An instrument word among the eight words before the quotation."""
    return any(t.lower_ in cues()["cue_words"] for t in doc[max(sent.start, at - 8):at])


def described(doc: Doc, covered: set[int]) -> list[Span]:
    """"the May 13 preservation order", "its draft enforcement decree", "an executive order of September 5, 2025"."""
    c = cues()
    out = []
    for tok in tokens_with(doc, [*c["heads"], *c["with_topic"]]):
        if tok.pos_ != "NOUN" or tok.i in covered:  # a head word (tokens_with found only those)
            continue
        bounds = description_bounds(tok, covered, c)
        if bounds is None:
            continue
        span = doc[bounds[0]:bounds[1]]
        if any(t.i in covered for t in span) or "\n" in span.text or len(span) > 14:
            continue
        out.append(Span(doc, bounds[0], bounds[1], label="PolicyInstrument"))
    return out


def description_bounds(tok: Token, covered: set[int], c: dict) -> tuple[int, int] | None:
    """(start, end) of the description an instrument word heads, or None when it describes nothing specific."""
    if tok.lower_ in c["with_topic"]:
        return topic_bounds(tok, c)
    start = modifiers_start(tok, covered, c)
    if any(specific(t, c) for t in tok.doc[start:tok.i]):
        return start, tok.i + 1
    return dated_order_bounds(tok, start)


def modifiers_start(tok: Token, covered: set[int], c: dict) -> int:
    """The first token of the head word's modifiers, leading words such as "its" or "a" left out."""
    doc = tok.doc
    mods = [m for m in tok.lefts if m.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod") and m.i not in covered]
    start = min((m.left_edge.i for m in mods), default=tok.i)
    while start < tok.i and (doc[start].lower_ in c["drop_leading"] or doc[start].is_punct):
        start += 1
    return start


def specific(t: Token, c: dict) -> bool:
    """A modifier that tells one instrument from another: a noun that is not a date, or a capitalised adjective."""
    if t.lower_ in c["generic_modifiers"] or t.is_punct:
        return False
    if t.pos_ == "ADJ":
        return t.text[:1].isupper()
    return (t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.ent_type_ != "DATE"
            and t.lower_.rstrip(".") not in MONTHS)


def topic_bounds(tok: Token, c: dict) -> tuple[int, int] | None:
    """"2022 provisions on deep synthesis" -> "provisions on ...", with the adjectives before the head word."""
    doc = tok.doc
    topic = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ in c["with_topic_preps"]), None)
    if topic is None:
        return None
    start, end = tok.i, topic.right_edge.i + 1
    while start > 0 and doc[start - 1].lower_ not in c["generic_modifiers"] and doc[start - 1].dep_ == "amod" \
            and not doc[start - 1].like_num and doc[start - 1].head == tok:
        start -= 1
    return start, end


def dated_order_bounds(tok: Token, start: int) -> tuple[int, int] | None:
    """"an executive order of September 5, 2025"."""
    dated = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" and _is_date(p)), None)
    if dated is None or tok.lower_ != "order":
        return None
    return start, dated.right_edge.i + 1


def describes_a_name(e: Span) -> bool:
    """"Executive Order 14110, the sweeping AI order": an unnamed instrument in apposition to a named one
    (by the parse, or by the comma that follows the name when the parse misses it)."""
    if e.label_ != "PolicyInstrument" or e.ent_id_ or proper_name(e):
        return False
    root, doc = e.root, e.doc
    if root.dep_ == "appos" and root.head.ent_type_ == "PolicyInstrument" and not e.start <= root.head.i < e.end:
        return True
    i = e.start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ") and doc[i].is_lower:
        i -= 1
    return i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PolicyInstrument"


def proper_name(e: Span) -> bool:
    """A name in title case ("the Cybersecurity Law, the Data Security Law and ..."), a list's next item, not a
    description of the name before it."""
    words = [t for t in e if t.is_alpha and t.lower_ not in MINOR]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def _is_date(prep: Token) -> bool:
    return any(t.ent_type_ == "DATE" or t.like_num for t in prep.subtree) and prep.lower_ == "of"


class Instruments:
    """Adds instruments that have no proper name. Quoted titles replace what NER made of them;
    descriptions are marked ``doc._.kg_scoped`` (their identity does not reach beyond the document)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_scoped"):
            Doc.set_extension("kg_scoped", default=None)

    def __call__(self, doc: Doc) -> Doc:
        titles = quoted_titles(doc)
        taken = {i for s in titles for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if (not any(i in taken for i in range(e.start, e.end)) or e.ent_id_)
                and not describes_a_name(e)]
        coded = [c for c in coded_names(doc) if not any(i in taken for i in range(c.start, c.end))]
        kept = place_coded(kept, coded)
        coded = [c for c in coded if any(e is c for e in kept)]
        taken |= {i for s in coded for i in range(s.start, s.end)}
        named = [t for t in titled_names(doc) if not any(i in taken for i in range(t.start, t.end))]
        kept = merge(kept, named)
        named = [t for t in named if any(e is t for e in kept)]
        taken |= {i for s in named for i in range(s.start, s.end)}
        covered = {i for e in kept for i in range(e.start, e.end)} | taken
        descs = [d for d in described(doc, covered) if not describes_a_name(d)]
        doc.ents = filter_spans(kept + titles + descs)
        strength = doc._.kg_strength if doc._.kg_strength is not None else {}
        for s in titles + coded + named + descs:
            strength[(s.start, s.end)] = CUE
        doc._.kg_strength = strength
        doc._.kg_scoped = {(s.start, s.end) for s in descs}
        return doc
