"""Names the small NER model missed ("Human Rights Watch criticized...", "led by General Catalyst"), found by their
shape and typed by the learned name model (kg/nlp/learn/names.py).

A run of capitalised proper nouns that no entity covers is a candidate; the name model, learned from the
gazetteer and the training corpus's names, gives it a class, and only a confident class makes it an entity.
Whatever the context rules of the typer say first wins: this layer only adds what nothing else found, at the
weakest evidence strength (so that the resolver's plausibility checks and any stronger reading override it).
"""
from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span

from kg.nlp.doc.lines import title_case_line, title_words
from kg.nlp.entities.entity_types import by_cues, by_name_model, common_words, cues, generic_words, no_name
from kg.nlp.entities.nesting import CONNECTORS, and_the, proper_noun_runs

CALENDAR = frozenset(w.lower() for w in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                         *calendar.day_abbr] if w)
NAME_POS = ("PROPN", "ADP", "CCONJ", "DET", "NUM")
NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})  # no piece of a name:
# "fined Teutrix 4 million euros", "acquired Acme on Tuesday" name Teutrix and Acme
LEARNED_MIN = 0.8  # chosen by cross-validation over corpus/train's batches (entity F1 by the threshold, see README)


def candidate_runs(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words, tagged as proper nouns (with "of", "and", "&" and numbers
    between), that no entity covers."""
    return [(i, end) for i, end in proper_noun_runs(doc, covered)
            if end > i and all(t.pos_ in NAME_POS or t.text == "-" for t in doc[i:end]) and doc[end - 1].pos_ == "PROPN"]


def touches_a_name(span: Span, covered: set[int]) -> bool:
    """Whether the run continues a name already found ("Delphia (USA) Inc", "Institute of Standards and
    Technology"): a piece of that name, not a name of its own; not across "and the", which starts a list's next name."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and (doc[before].lower_ in CONNECTORS or doc[before].text in ("(", ")", "-", "'s", "’s")):
        before -= 1
    after = span.end
    while after < len(doc) and (doc[after].lower_ in CONNECTORS or doc[after].text in ("(", ")", "-")):
        after += 1
    return (before in covered and not and_the(doc[before + 1:span.start])) or \
        (after in covered and not and_the(doc[span.end:after]))


def worth_a_look(span: Span, covered: set[int]) -> bool:
    """Not a calendar word, a lone letter or acronym of two letters ("Q", "AI"), a piece of a name found already,
    a stop name, words that only say what kind of thing it is, nor a line in title case (a headline capitalises
    every word)."""
    words = [t.lower_.rstrip(".") for t in span]
    if any(w in CALENDAR for w in words) or len(span.text) <= 2 or touches_a_name(span, covered):
        return False
    if all(w in generic_words() or w in CONNECTORS for w in words):
        return False
    if no_name(span, cues()):
        return False
    # too few other words to judge the line, or a line in title case (a headline capitalises every word)
    return len(title_words(span.sent, span)) >= 3 and not title_case_line(span.sent, span)


def learned_names(doc: Doc, ents: list[Span], min_prob: float) -> list[Span]:
    """The uncovered proper-noun runs that a context rule or the name model (at `min_prob` or above) types; an amount
    or a date beside a run is no name the run continues (`NOT_NAMES`)."""
    covered = {i for e in [*ents, *doc.ents] for i in range(e.start, e.end)}
    named = {i for e in [*ents, *doc.ents] if e.label_ not in NOT_NAMES for i in range(e.start, e.end)}
    out = []
    for start, end in candidate_runs(doc, covered):
        span = doc[start:end]
        if not worth_a_look(span, named) or common_words(span, cues()):
            continue
        cls = by_cues(span)
        if cls is None:
            cls, p = by_name_model(span.text)
            if p < min_prob:
                continue
        out.append(Span(doc, start, end, label=cls))
    return out
