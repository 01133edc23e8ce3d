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
from kg.nlp.entities.entity_types import (NON_NAME_LABELS, by_cues, by_name_model, common_words, cues, generic_words,
                                         no_name)
from kg.nlp.entities.name_runs import CONNECTORS, proper_noun_runs
from kg.nlp.entities.nesting import and_the

CALENDAR = frozenset(w.lower() for w in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                         *calendar.day_abbr] if w)
NAME_POS = ("PROPN", "ADP", "CCONJ", "DET", "NUM")
JOINED_CLASSES = frozenset({"Company", "GovernmentBody", "ResearchOrganization", "MediaOutlet", "Person"})
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
    or a date beside a run is no name the run continues (`NON_NAME_LABELS`: "fined Teutrix 4 million euros",
    "acquired Acme on Tuesday" name Teutrix and Acme)."""
    covered = {i for e in [*ents, *doc.ents] for i in range(e.start, e.end)}
    named = {i for e in [*ents, *doc.ents] if e.label_ not in NON_NAME_LABELS for i in range(e.start, e.end)}
    out = []
    for start, end in candidate_runs(doc, covered):
        span = joined_run(doc[start:end], ents, named)
        if span is None or common_words(doc[start:end], cues()):
            continue
        cls = by_cues(span)
        if cls is None:
            cls, p = by_name_model(span.text)
            if p < min_prob:
                continue
        if span.end - span.start > end - start and cls not in JOINED_CLASSES:
            continue
        out.append(Span(doc, span.start, span.end, label=cls))
    return out


def joined_run(span: Span, ents: list[Span], named: set[int]) -> Span | None:
    """The run, when it is worth a look; or, where it only continues a name the tagger cut short, right beside it
    with no word between ("Mirae" + "Dialog", "Puget" + "Forge Capital"), that name with the run: a name of the
    tagger's own, of an organisation or a person, on one line, and no generic or calendar word in the run. None
    otherwise."""
    if worth_a_look(span, named):
        return span
    if not worth_a_look(span, set()):
        return None
    doc = span.doc
    beside = [e for e in ents if (e.end == span.start or e.start == span.end) and not e.id_
              and e.label_ in JOINED_CLASSES]
    if len(beside) != 1 or any(w.lower_ in generic_words() for w in span):
        return None
    whole = doc[min(beside[0].start, span.start):max(beside[0].end, span.end)]
    return whole if "\n" not in whole.text and len(whole) <= 6 else None
