"""Words that look like names and name no one: a line of bars' words ("Analysis | EU tech policy | 5 August 2025"),
a provision of an instrument ("Section 6(b) of the FTC Act"), a currency's code before an amount ("NOK 200
million"), a dateline's credit in common words ("(Court report)"), a name that dates what follows ("the Biden-era
rule"). The typer drops a span these name (kg/nlp/entities/typer.py, `typed_names`)."""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.doc.datelines import credit_tokens
from kg.nlp.doc.opening import on_byline
from kg.nlp.doc.voice import issuer_part
from kg.nlp.entities.name_runs import amount_code
from kg.nlp.entities.person_titles import common_words
from kg.nlp.entities.places import known_place

OPENING_TOKENS = 120  # a dateline stands in the first lines: no later name is looked up in its credit


def currency_before_amount(span: Span) -> bool:
    """A currency code in capitals right before a number ("PLN 40 million", "KRW 4.2 billion"; `amount_code`)."""
    return len(span) == 1 and amount_code(span.doc, span.start)


def not_a_name(span: Span, bars: bool) -> bool:
    """"Analysis | EU tech policy | 5 August 2025" is a dateline, not prose (but a byline's names are names:
    "Published 2025-06-16 | By Meera Raghunathan, Senior Fellow, Institute for ...", and so is the issuer after a
    source word: "News release | Information Commissioner's Office | 14 March 2024", and a place the lists know:
    "Parliamentary Library digest | Canberra | 5 September 2025"); "Section 6(b) of the FTC Act"
    is a provision of an instrument, not one of its own, and so is "Article 6" on its own (in `corpus/train`'s gold
    an article alone is never one); "NOK" in "NOK 200 million" is a currency (`currency_before_amount`); "(Court
    report)" after a dateline's date is the kind of copy (`common_credit`); "Biden" in "the Biden-era rule" a time
    (`era_of`)."""
    if bars and any(t.text == "|" for t in span.sent) and not (on_byline(span) or issuer_part(span)
                                                               or known_place(span)):
        return True
    doc = span.doc
    if currency_before_amount(span) or common_credit(span) or era_of(span):
        return True
    first = span[0].text.lower()
    if first not in ("section", "article", "paragraph"):
        return False
    after = next((t for t in doc[span.end:span.end + 3] if not t.is_punct), None)
    bare = len(span) == 2 and first != "section" and any(c.isdigit() for c in span[1].text)
    return after is not None and after.text.lower() == "of" or bare  # "Section 230" is an instrument's usual name


def era_of(span: Span) -> bool:
    """"the Biden-era rule": a name that dates what follows names no one in the story."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "era"


def common_credit(span: Span) -> bool:
    """A dateline's credit in common words ("(Court report)", "(Wire)"): the kind of copy, no court or wire service
    that is a party ("(Reuters)" stays a name)."""
    doc = span.doc
    if span.start > OPENING_TOKENS or not all(t.lower_ in common_words(doc) for t in span):
        return False
    return set(range(span.start, span.end)) <= credit_tokens(doc)
