"""A body's name with its head in lower case, as many newsrooms write it: "the Delhi high court", "the Paris judicial
court", "the Norwegian data protection authority". The gazetteer's government bodies are matched as written; a run
that opens with a capitalised word and goes on in lower-case words up to the last word of such a name is that body
when the gazetteer knows the run by its folded spelling."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.gazetteer import gazetteer_index, load_gazetteer
from kg.nlp.names import fold

LONGEST = 5  # words before the head: "Spanish data protection agency"


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
    """A span per such body, the longest run first, labelled GovernmentBody with its gazetteer id."""
    exact, gaz = gazetteer_index()[0], load_gazetteer()
    out = []
    for tok in tokens_with(doc, body_last_words()):
        start = tok.i
        while start > max(0, tok.i - LONGEST) and doc[start - 1].is_lower:
            start -= 1  # back over the lower-case words before the head, to the word that opens the name
        start -= 1
        if not tok.is_lower or start < 0 or not opens_run(doc, start):
            continue
        words = doc[start:tok.i + 1]
        gid = exact.get(fold(words.text)) if words.text not in written_names() else None
        if gid is not None and gaz[gid].type == "GovernmentBody":
            out.append(Span(doc, start, tok.i + 1, label="GovernmentBody", span_id=gid))
    return out


def opens_run(doc: Doc, start: int) -> bool:
    """A capitalised word that opens its run of capitals ("South" of "South Korean government", not "Korean")."""
    before = doc[start - 1] if start else None
    return doc[start].is_title and doc[start].lower_ != "the" and (
        before is None or not before.is_title or before.lower_ == "the")
