"""The `kg_entity_typer` component: cleans entity spans and relabels them with contract classes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.entity_types import CUE, LABEL, classify, cues, head_word
from kg.nlp.lexicon import load_json

LEADING_DROP = {"DET", "PUNCT", "SPACE", "PART", "CCONJ", "ADP"}
TRAILING_DROP = {"PUNCT", "SPACE", "PART"}
MODEL_WORDS = {"model", "models", "chatbot", "chatbots"}
EMBEDDABLE = {"PolicyInstrument", "GovernmentBody", "ResearchOrganization"}  # classes whose names nest
NAME_HEADS = {w: c for w, c in cues().heads.items() if c in EMBEDDABLE}
ROLE_WORDS = frozenset(load_json("relation_cues.json")["role_heads"])


def clean_span(span: Span) -> Span | None:
    """The span without leading determiners, line breaks, quotes or a trailing possessive."""
    doc, start, end = span.doc, span.start, span.end
    for i in range(span.start + 1, span.end):  # "Office of AI (OAI": the acronym is a name of its own
        if doc[i].text == "(":
            end = i
            break
    for i in range(span.start, end):  # text after the last line break only
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    while start < end and (doc[start].pos_ in LEADING_DROP and not doc[start].text[:1].isupper()
                           or doc[start].is_space or doc[start].is_punct or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].pos_ in TRAILING_DROP or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("'s", "’s", "'")
                           or (not span.ent_id_ and end - start > 1 and doc[end - 1].lower_ in cues().model_cues)):
        if doc[end - 1].text in (".",) and end - start > 1 and len(doc[end - 2].text) <= 3:
            break  # keep the full stop of "Corp." or "U.S."
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


class EntityTyper:
    """Relabels `doc.ents` with the eight contract classes; drops what fits none.

    Sets ``doc._.kg_strength``: {(start, end): evidence strength} for each kept entity.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_strength"):
            Doc.set_extension("kg_strength", default=None)

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        strength: dict[tuple[int, int], int] = {}
        bars = "|" in doc.text  # most texts have none: skip the sentence scan below
        for ent in extend_embedded_names(doc):
            span = clean_span(ent)
            if span is None or (bars and any(t.text == "|" for t in span.sent)):
                continue  # "Analysis | EU tech policy | 5 August 2025" is a dateline, not prose
            after = next((t for t in doc[span.end:span.end + 3] if not t.is_punct), None)
            if span[0].lower_ in ("section", "article", "paragraph") and after is not None and after.lower_ == "of":
                continue  # "Section 6(b) of the FTC Act" is a provision of an instrument, not one of its own
            if ent.label_ == "PRODUCT_MODEL":
                kept.append(Span(doc, span.start, span.end, label="AIModel"))
                strength[(span.start, span.end)] = CUE
                continue
            cls, how = classify(span)
            if cls is None or (how == LABEL and is_heading(span)) or title_prefix(span, cls):
                continue
            new = Span(doc, span.start, span.end, label=cls, kb_id=ent.kb_id_, span_id=ent.id_)
            kept.append(new)
            strength[(new.start, new.end)] = how
        for span in names_before_model_words(doc, kept) + unlabelled_names(doc, kept):
            kept.append(span)
            strength[(span.start, span.end)] = CUE
        doc.ents = filter_spans(kept)
        doc._.kg_strength = strength
        return doc


def is_heading(span: Span) -> bool:
    """A short line without final punctuation after the title ("Key Obligations", "Comparison with Japan"):
    spaCy's guesses there are section names, not entities."""
    sent = span.sent
    words = [t for t in sent if not t.is_space]
    return (sent.start > 0 and len(words) <= 6 and words and not words[-1].is_punct
            and all(t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in words))


def title_prefix(span: Span, cls: str) -> bool:
    """"U.S. District Judge", "U.S. Attorney": a country word that is part of a title, not a mention of it."""
    doc = span.doc
    if cls != "Jurisdiction" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and (nxt.lower_ in ROLE_WORDS or nxt.lower_ in ("district", "circuit", "magistrate"))


def extend_embedded_names(doc: Doc) -> list[Span]:
    """A gazetteer name at the end of a longer proper name is not that entity: "Texas Frontier AI Act"
    is not the "AI Act", "Texas Department of Commerce" not the federal one. Such spans grow leftwards
    over the capitalised name words and lose their gazetteer id."""
    ents = list(doc.ents)
    by_start = {e.start: e for e in ents}
    place_at = {i: e for e in ents if e.label_ == "Jurisdiction" for i in range(e.start, e.end)}
    covered = {i for e in ents for i in range(e.start, e.end)} - set(place_at)
    out: list[Span] = []
    swallowed: set[int] = set()
    for e in ents:
        start = e.start
        if not e.ent_id_ and e.label_ in ("ORG", "LAW") and e.end < len(doc) - 1 and doc[e.end].lower_ in ("for", "of", "on"):
            end = title_run(doc, e.end + 1, covered)  # "Agency" + "for Data Oversight"
            if end > e.end + 1:
                out.append(Span(doc, e.start, end, label=e.label_))
                covered.update(range(e.end, end))
                continue
        nxt = by_start.get(e.end)
        if e.label_ == "Jurisdiction" and nxt is not None and nxt.label_ == "Company" and nxt.ent_id_:
            end = title_run(doc, nxt.end, covered - set(range(nxt.start, nxt.end)))
            if end > nxt.end:  # "Beijing DeepSeek Artificial Intelligence": a company of its own
                out.append(Span(doc, e.start, end, label="ORG"))
                swallowed.add(id(nxt))
                covered.update(range(e.start, end))
                continue
        if e.label_ == "AIModel" and e.end < len(doc) - 1 and doc[e.end].lower_ == "for":
            end = title_run(doc, e.end + 1, covered)
            if end > e.end + 1:  # "Gemini for Government": a product of its own
                out.append(Span(doc, e.start, end, label="PRODUCT_MODEL"))
                covered.update(range(e.end, end))
                continue
        if e.label_ == "Jurisdiction":
            end = title_run(doc, e.end, covered)
            head = head_word(doc[e.start:end]) if end > e.end else ""
            if head in NAME_HEADS:
                out.append(Span(doc, e.start, end, label="LAW" if NAME_HEADS[head] == "PolicyInstrument" else "ORG"))
                covered.update(range(e.end, end))
                continue
        if e.ent_id_ and e.label_ in EMBEDDABLE:
            while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                   and (start - 1) not in covered and not doc[start].is_sent_start):
                start -= 1
        if start < e.start:
            out.append(Span(doc, start, e.end, label="ORG" if e.label_ != "PolicyInstrument" else "LAW"))
            swallowed.update(id(place_at[i]) for i in range(start, e.start) if i in place_at)
        else:
            out.append(e)
    gone = {(x.start, x.end) for x in ents if id(x) in swallowed}
    return [e for e in out if id(e) not in swallowed and (e.start, e.end) not in gone]


CONNECTORS = {"of", "for", "and", "on", "the", "&"}


def title_run(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of a run of capitalised words (with "of", "for", "and" between) starting at token i."""
    end = i
    while i < len(doc) and i not in covered and not doc[i].is_punct and "\n" not in doc[i].text:
        if doc[i].text[:1].isupper():
            end = i + 1
        elif doc[i].lower_ not in CONNECTORS:
            break
        i += 1
    return end


def unlabelled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Runs of capitalised proper nouns the NER missed whose head word names an organisation or an
    instrument: "the Frontier Testing Unit", "the Algorithmic Accountability Office"."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in covered and not doc[i].is_sent_start:
            end = title_run(doc, i, covered)
            span = doc[i:end]
            cls = NAME_HEADS.get(head_word(span)) if len(span) >= 2 else None
            if cls and all(t.pos_ in ("PROPN", "ADP", "CCONJ", "DET") for t in span):
                out.append(Span(doc, i, end, label=cls))
            i = max(end, i + 1)
        else:
            i += 1
    return out


def names_before_model_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """Proper nouns no entity covers, right before "model(s)" or "chatbot": "Mistral AI's Magistral model"."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in MODEL_WORDS or tok.i == 0:
            continue
        end = tok.i
        start = end
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].like_num and start - 1 > 0
                             and doc[start - 2].pos_ == "PROPN") and (start - 1) not in covered:
            start -= 1
        if start < end and doc[start].text[:1].isupper() and doc[start:end].text.lower() not in cues().stop_names:
            out.append(Span(doc, start, end, label="AIModel"))
    return out
