"""A body's name with its head in lower case, as many newsrooms write it: "the Delhi high court", "the Paris judicial
court", "the Norwegian data protection authority". The gazetteer's government bodies are matched as written; a run of
capitalised words followed by lower-case words up to the last word of such a name is that body when the gazetteer
knows the run (or its longest tail) by its folded spelling."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.gazetteer import gazetteer_index, load_gazetteer
from kg.nlp.names import fold

LOWER_WORDS = 5  # lower-case words before the head at most: "Spanish data protection agency"
CAPITALS = 3  # capitalised words that open the name at most: "Andhra Pradesh", "South Korean"


@lru_cache(maxsize=1)
def written_names() -> frozenset[str]:
    """Every gazetteer name as written: those the ruler matches already ("Korean government")."""
    return frozenset(n for e in load_gazetteer().values() for n in e.names)


@lru_cache(maxsize=1)
def body_last_words() -> frozenset[str]:
    """The last word, lower-cased, of every name of a government body in the gazetteer ("court", "authority")."""
    return frozenset(n.split()[-1].lower() for e in load_gazetteer().values() if e.type == "GovernmentBody"
                     for n in e.names if " " in n)


def lowercase_head_names(doc: Doc) -> list[Span]:
    """A span per such body, labelled GovernmentBody with its gazetteer id: one per head word, the longest run the
    gazetteer knows."""
    out = []
    for tok in tokens_with(doc, body_last_words()):
        if tok.is_lower:
            span = known_run(doc, tok)
            if span is not None:
                out.append(span)
    return out


def known_run(doc: Doc, head: Token) -> Span | None:
    """The longest run ending at `head` whose capitals open it and whose other words are lower case, that the
    gazetteer knows as a government body; not a name the ruler matched as written, nor a run whose first word is
    capitalised only because it opens the sentence ("Supreme court justices ruled")."""
    exact, gaz = gazetteer_index()[0], load_gazetteer()
    lower = head.i
    while lower > max(0, head.i - LOWER_WORDS) and doc[lower - 1].is_lower:
        lower -= 1
    start = lower
    while start > max(0, lower - CAPITALS) and doc[start - 1].is_title and not doc[start - 1].is_stop:
        start -= 1
    for s in range(start, lower):
        words = doc[s:head.i + 1]
        if words.text in written_names():
            return None
        gid = exact.get(fold(words.text))
        if gid is not None and gaz[gid].type == "GovernmentBody" and not doc[s].is_sent_start:
            return Span(doc, s, head.i + 1, label="GovernmentBody", span_id=gid)
    return None
