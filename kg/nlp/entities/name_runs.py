"""Runs of capitalised words, the raw material of names the tagger missed: "Anti-Monopoly Law", "Agency for Data
Oversight" (with the connectors of data/entity_words.json between), not across a line break nor into a compound
modifier ("Corvane Systems for AI-assisted triage")."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.lines import glued_hyphen
from kg.nlp.doc.token_filter import tagged
from kg.nlp.lexicon import words

CONNECTORS = words("entity_words.json", "name_connectors")
CURRENCIES = words("currencies.json", "codes")


def title_run(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of a run of capitalised words (with "of", "for", "and" between, and hyphens inside a word:
    "Anti-Monopoly Law") starting at token i; not into the currency code of an amount ("Lua Viet Media VND 150
    million")."""
    end = i
    while i < len(doc) and i not in covered and (not doc[i].is_punct or inner_hyphen(doc, i)) \
            and "\n" not in doc[i].text and not modifier_start(doc, i) and not amount_code(doc, i):
        if doc[i].text[:1].isupper():
            end = i + 1
        elif doc[i].lower_ not in CONNECTORS and not inner_hyphen(doc, i):
            break
        i += 1
    return end


def proper_noun_runs(doc: Doc, covered: set[int], starts: Callable[[Token], bool] = lambda t: True
                     ) -> Iterator[tuple[int, int]]:
    """(start, end) of each `title_run` from a capitalised proper noun no entity covers (and `starts` allows), the
    next run looked for after the end of the last (the words between proper nouns start none)."""
    after = 0
    for tok in tagged(doc, "PROPN"):
        i = tok.i
        if i < after or not tok.text[:1].isupper() or i in covered or not starts(tok):
            continue
        end = title_run(doc, i, covered)
        yield i, end
        after = max(end, i + 1)


def modifier_start(doc: Doc, i: int) -> bool:
    """A capitalised word glued by a hyphen to a lower-case one, after a connector: the start of a compound modifier
    ("Corvane Systems for AI-assisted triage", "a licence for AI-powered tools"), not the next word of a name."""
    return 0 < i < len(doc) - 2 and doc[i - 1].lower_ in CONNECTORS and glued_hyphen(doc, i + 1) \
        and doc[i + 2].text[:1].islower()


def inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen that the tokenizer split out of one capitalised word ("Anti-Monopoly"): no space on either side, a
    capitalised word after it."""
    return glued_hyphen(doc, i) and doc[i + 1].text[:1].isupper()


def amount_code(doc: Doc, i: int) -> bool:
    """A currency code in capitals right before a number (data/currencies.json): "VND" of "VND 150 million"."""
    return doc[i].text in CURRENCIES and i + 1 < len(doc) and doc[i + 1].like_num


def modified_noun(span: Span) -> str | None:
    """The common noun after the name that the name modifies ("Heron image generator": "generator", "a Malmö
    company", "Venture Capital firms"), or None."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ == "NOUN" and head.is_lower:
        return head.lower_
    return None
