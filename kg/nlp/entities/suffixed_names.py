"""Firms named by their own last word: a run of capitalised proper nouns that ends in a firm's word ("Sawari
Ventures", "Beltone Venture Capital", "Kelip Labs"; org_name_suffixes of data/type_cues.json) is a company's name
where the NER found none, in a sentence or a list's item ("- Sawari Ventures"), not in a headline's title case ("AI
Startups Raise Capital"), not from a common word that opens a sentence ("Several Ventures"), and not before the
noun it modifies ("Venture Capital firms")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.doc.lines import title_case_line
from kg.nlp.entities.entity_types import cues
from kg.nlp.entities.name_runs import modified_noun, proper_noun_runs
from kg.nlp.entities.person_titles import common_words


def suffixed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Company spans for the runs of proper nouns no entity covers that end in a firm's word."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    suffixes, common = cues().org_suffixes, common_words(doc)
    out = []
    for i, end in proper_noun_runs(doc, covered):
        span = doc[i:end]
        if len(span) < 2 or span[-1].lower_ not in suffixes or not all(t.pos_ == "PROPN" for t in span):
            continue
        if span[0].lower_ in common or title_case_line(span.sent) or modified_noun(span):
            continue
        out.append(Span(doc, i, end, label="Company"))
    return out
