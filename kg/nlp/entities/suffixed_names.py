"""Firms named by their own last word: a run of capitalised proper nouns that ends in a firm's word ("Sawari
Ventures", "Beltone Venture Capital", "Kelip Labs"; org_name_suffixes of data/type_cues.json) is a company's name
where the NER found none, in a sentence or a list's item ("- Sawari Ventures"), not in a headline's title case ("AI
Startups Raise Capital"), not from a common word that opens a sentence ("Several Ventures"), and not before the
noun it modifies ("Venture Capital firms"). A name the NER cut before its firm's word ("Brightline" of "sued Brightline
AI on Tuesday", the name a compound of that word) is read whole the same way (`cut_firm_names`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.lines import title_case_line
from kg.nlp.entities.entity_types import cues
from kg.nlp.entities.name_runs import modified_noun, proper_noun_runs
from kg.nlp.entities.person_titles import common_words
from kg.nlp.entities.places import known_place


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


def cut_firm_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Company spans for the names the NER ended one word short, before the firm's word that heads them: "Brightline"
    of "sued Brightline AI on Tuesday" is a compound of "AI", its head. Not a name the gazetteer knows ("Google AI"
    is Google's) nor a place ("the Munich AI developer"), not where the word modifies a noun after it ("Montreal AI
    firm", "South Africa AI Brief"), not in a headline's title case, not where another name holds the word."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    suffixes = cues().org_suffixes
    out = []
    for e in ents:
        end = e.end
        if e.kb_id_ or e.id_ or end >= len(doc) or end in covered or e.label_ == "PolicyInstrument":
            continue
        span = Span(doc, e.start, end + 1, label="Company")
        if heads_the_name(doc[end], doc[end - 1], suffixes) and not title_case_line(e.sent) and not known_place(e) \
                and not modified_noun(span):
            out.append(span)
    return out


def heads_the_name(word: Token, last: Token, suffixes: frozenset[str]) -> bool:
    """A capitalised firm's word, the head of the name's last word, itself modifying no proper noun after it ("South
    Africa AI Brief")."""
    modifies = word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i and word.head.pos_ == "PROPN"
    return word.lower_ in suffixes and word.pos_ == "PROPN" and word.text[:1].isupper() and last.head.i == word.i \
        and last.dep_ == "compound" and not modifies
