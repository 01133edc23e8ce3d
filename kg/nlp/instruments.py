"""The `kg_instruments` component: policy instruments named by a quoted title or a specific description."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.ingest.dates import MONTHS
from kg.nlp.entity_types import CUE
from kg.nlp.lexicon import load_json

OPEN, CLOSE = {'"', "“"}, {'"', "”"}
MINOR = {"a", "an", "the", "of", "for", "in", "on", "and", "to", "by", "with", "at", "or"}
@lru_cache(maxsize=1)
def cues() -> dict:
    return load_json("instrument_cues.json")


def quoted_titles(doc: Doc) -> list[Span]:
    """Title-case quotations near an instrument word: signed "Preventing Woke AI in the Federal Government"."""
    out = []
    for sent in doc.sents:
        toks = list(sent)
        listed = False  # after one title, the other quotations of the sentence are its list
        i = 0
        while i < len(toks):
            if toks[i].text in OPEN:
                j = next((k for k in range(i + 1, min(i + 30, len(toks))) if toks[k].text in CLOSE), None)
                if j is None:
                    break
                inner = doc[toks[i].i + 1:toks[j].i]
                while len(inner) and inner[-1].is_punct:
                    inner = inner[:-1]
                words = [t for t in inner if t.is_alpha and t.lower_ not in MINOR]
                near = doc[max(sent.start, toks[i].i - 8):toks[i].i]
                if (len(inner) >= 3 and inner[0].text[:1].isupper() and words
                        and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
                        and (listed or any(t.lower_ in cues()["cue_words"] for t in near))):
                    out.append(Span(doc, inner.start, inner.end, label="PolicyInstrument"))
                    listed = True
                i = j + 1
            else:
                i += 1
    return out


def described(doc: Doc, covered: set[int]) -> list[Span]:
    """"the May 13 preservation order", "its draft enforcement decree", "an executive order of September 5, 2025"."""
    c = cues()
    out = []
    for tok in doc:
        lemma = tok.lower_
        if tok.pos_ != "NOUN" or tok.i in covered or lemma not in c["heads"] + c["with_topic"]:
            continue
        mods = [m for m in tok.lefts if m.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod") and m.i not in covered]
        start = min((m.left_edge.i for m in mods), default=tok.i)
        while start < tok.i and (doc[start].lower_ in c["drop_leading"] or doc[start].is_punct):
            start += 1
        specific = [t for t in doc[start:tok.i] if t.lower_ not in c["generic_modifiers"] and not t.is_punct
                    and (t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.ent_type_ != "DATE" and t.lower_.rstrip(".") not in MONTHS
                         or t.pos_ == "ADJ" and t.text[:1].isupper())]
        end = tok.i + 1
        topic = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ in c["with_topic_preps"]), None)
        if lemma in c["with_topic"]:
            if topic is None:
                continue
            start, end = tok.i, topic.right_edge.i + 1  # "2022 provisions on deep synthesis" -> "provisions on ..."
            while start > 0 and doc[start - 1].lower_ not in c["generic_modifiers"] and doc[start - 1].dep_ == "amod" \
                    and not doc[start - 1].like_num and doc[start - 1].head == tok:
                start -= 1
        elif not specific:
            dated = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" and _is_date(p)), None)
            if dated is None or lemma != "order":
                continue
            end = dated.right_edge.i + 1  # "an executive order of September 5, 2025"
        span = doc[start:end]
        if any(t.i in covered for t in span) or "\n" in span.text or len(span) > 14:
            continue
        out.append(Span(doc, start, end, label="PolicyInstrument"))
    return out


def describes_a_name(e: Span) -> bool:
    """"Executive Order 14110, the sweeping AI order": an unnamed instrument in apposition to a named one
    (by the parse, or by the comma that follows the name when the parse misses it)."""
    if e.label_ != "PolicyInstrument" or e.ent_id_:
        return False
    root, doc = e.root, e.doc
    if root.dep_ == "appos" and root.head.ent_type_ == "PolicyInstrument" and not e.start <= root.head.i < e.end:
        return True
    i = e.start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ") and doc[i].is_lower:
        i -= 1
    return i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PolicyInstrument"


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
        covered = {i for e in kept for i in range(e.start, e.end)} | taken
        descs = [d for d in described(doc, covered) if not describes_a_name(d)]
        doc.ents = filter_spans(kept + titles + descs)
        strength = doc._.kg_strength if doc._.kg_strength is not None else {}
        for s in titles + descs:
            strength[(s.start, s.end)] = CUE
        doc._.kg_strength = strength
        doc._.kg_scoped = {(s.start, s.end) for s in descs}
        return doc
