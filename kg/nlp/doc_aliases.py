"""The `kg_doc_aliases` component: names a document defines for itself (acronyms, surnames, short forms)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.entity_types import CUE, cues

QUOTES = {'"', "“", "”", "'", "‘", "’"}
ORG_CLASSES = {"GovernmentBody", "MediaOutlet", "ResearchOrganization"}  # not Company: "AI", "Inc" are no names


def acronym_after(span: Span) -> Span | None:
    """``Bureau of Industry and Security (BIS)``: the span of BIS, or None."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and doc[j].text in QUOTES:
        j += 1
    k = j
    while k < len(doc) and k - j < 3 and doc[k].text not in (")",) and doc[k].text not in QUOTES:
        k += 1
    end = k
    while k < len(doc) and doc[k].text in QUOTES:
        k += 1
    if j == end or k >= len(doc) or doc[k].text != ")":
        return None
    cand = doc[j:end]
    letters = [c for c in cand.text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 2 or len(cand.text) > 12:
        return None
    return cand


def short_forms(span: Span) -> list[str]:
    """Shorter names the same document may use later for this entity."""
    words = [t.text for t in span]
    if len(words) < 2:
        return []
    if span.label_ == "Person":
        return [words[-1]]
    if span.label_ == "AIModel" and span[-1].like_num:
        return [" ".join(words[:-1])]
    out = []
    if span.label_ in ORG_CLASSES and words[-1][:1].isupper() and words[-1].lower() in cues().heads:
        out.append(words[-1])
    if span.label_ == "Company" and words[-1].lower() in cues().org_suffixes | {"ai"} and words[0][:1].isupper():
        out.append(" ".join(words[:-1]))  # "Clearview AI" ... "Clearview"; "Nimbus Labs" ... "Nimbus"
    return out


class DocAliases:
    """Tags later uses of a document's own acronyms and short forms as entities.

    Sets ``doc._.kg_alias_of``: {(start, end) of a new mention: (start, end) of the mention it abbreviates}.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_alias_of"):
            Doc.set_extension("kg_alias_of", default=None)

    def __call__(self, doc: Doc) -> Doc:
        alias_of: dict[tuple[int, int], tuple[int, int]] = {}
        forms: dict[str, tuple[Span, bool]] = {}  # text -> (source span, ambiguous?)
        new: list[Span] = []
        for ent in doc.ents:
            acr = acronym_after(ent)
            if acr is not None:
                forms[acr.text] = (ent, False)
                if not any(t.ent_type_ for t in acr):
                    new.append(Span(doc, acr.start, acr.end, label=ent.label_))
                    alias_of[(acr.start, acr.end)] = (ent.start, ent.end)
            for form in short_forms(ent):
                prev = forms.get(form)
                same = prev is not None and prev[0].text == ent.text
                forms[form] = (ent, prev is not None and not same)
        strength = doc._.kg_strength if doc._.kg_strength is not None else {}
        existing = {(e.start, e.end): e for e in doc.ents}
        relabel: dict[tuple[int, int], str] = {}
        positions: dict[str, list[int]] = {}
        for tok in doc:
            positions.setdefault(tok.text, []).append(tok.i)
        for form, (src, ambiguous) in forms.items():
            if ambiguous:
                continue
            words = form.split()
            n = len(words)
            for i in positions.get(words[0], []):
                if i + n > len(doc) or doc[i:i + n].text != form or (i, i + n) == (src.start, src.end):
                    continue
                if not any(t.ent_type_ for t in doc[i:i + n]):
                    new.append(Span(doc, i, i + n, label=src.label_))
                    alias_of[(i, i + n)] = (src.start, src.end)
                elif (i, i + n) in existing and not existing[(i, i + n)].ent_id_:
                    relabel[(i, i + n)] = src.label_  # an unknown name the document itself defined
                    alias_of[(i, i + n)] = (src.start, src.end)
        if new or relabel:
            kept = [Span(doc, e.start, e.end, label=relabel.get((e.start, e.end), e.label_), span_id=e.id_)
                    for e in doc.ents]
            doc.ents = filter_spans(kept + new)
            for s, e in alias_of:
                strength.setdefault((s, e), CUE)
        doc._.kg_alias_of = alias_of
        doc._.kg_strength = strength
        return doc
