"""Names that share one head noun: "the Commerce, Defense, State, Energy and Treasury departments", "the Justice and
Commerce departments" name a body each. A capitalised word (or run of them) coordinated before a plural head
(`shared_heads` of data/entity_words.json) is the body the gazetteer knows by that word, or by the run's longest
tail it knows, and the head ("Defense Department", "Department of Defense"), and nothing when it knows none."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.gazetteer import gazetteer_index, load_gazetteer
from kg.nlp.lexicon import load_json
from kg.nlp.names import fold

JOINERS = (",", "and", "&")


@lru_cache(maxsize=1)
def shared_heads() -> dict[str, str]:
    return load_json("entity_words.json")["shared_heads"]


def coordinated_words(doc: Doc, head: int) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words coordinated right before the token at `head`, when two or more
    are ("Commerce, Defense and Treasury departments"), else none."""
    runs: list[tuple[int, int]] = []
    end = i = head
    while i > 0 and (doc[i - 1].is_title and not doc[i - 1].is_stop or doc[i - 1].lower_ in JOINERS):
        i -= 1
        if doc[i].lower_ in JOINERS:
            if end > i + 1:
                runs.append((i + 1, end))
            end = i
    if end > i and doc[i].is_title:
        runs.append((i, end))
    joined = any(doc[k].lower_ in ("and", "&") for k in range(i, head))
    return sorted(runs) if len(runs) >= 2 and joined else []


def known_body(words: str, head: str) -> str | None:
    """The gazetteer id of "<words> <Head>" or "<Head> of (the) <words>", or None."""
    exact = gazetteer_index()[0]
    h = head.capitalize()
    for name in (f"{words} {h}", f"{h} of {words}", f"{h} of the {words}"):
        gid = exact.get(fold(name))
        if gid is not None:
            return gid
    return None


def shared_head_names(doc: Doc) -> list[Span]:
    """A span per coordinated word the gazetteer knows with the shared head, labelled with its class and id."""
    out = []
    gaz = load_gazetteer()
    for tok in tokens_with(doc, shared_heads()):
        for s, e in coordinated_words(doc, tok.i):
            # the longest tail of the run the gazetteer knows: "Lawmakers Urge Commerce" is Commerce
            found = next(((k, gid) for k in range(s, e) if (gid := known_body(doc[k:e].text, shared_heads()[tok.lower_]))),
                         None)
            if found is not None:
                out.append(Span(doc, found[0], e, label=gaz[found[1]].type, span_id=found[1]))
    return out
