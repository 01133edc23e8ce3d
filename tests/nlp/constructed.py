"""Constructed parses for the pattern tests: a Doc from words, heads, deps (and tags, pos, lemmas), with the
entities a resolved document would have (doc._.kg_entities, doc._.kg_mention), so that the patterns are tested
without the statistical parser."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.records import LocalEntity

for ext in ("kg_entities", "kg_mention"):  # the resolver's attributes, as the pipeline registers them
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)


@lru_cache(maxsize=1)
def vocab():
    """English lexical attributes (lower_, is_punct, like_num), no statistical model."""
    return spacy.blank("en").vocab


def build(words: list[str], heads: list[int], deps: list[str], pos: list[str] | None = None,
          tags: list[str] | None = None, lemmas: list[str] | None = None,
          ents: dict[tuple[int, int], str] | None = None, labels: dict[tuple[int, int], str] | None = None,
          ids: dict[tuple[int, int], str] | None = None, spaces: list[bool] | None = None) -> Doc:
    """`heads`: absolute token indices; `ents`: (start, end) -> contract class, resolved one entity each (the key is
    the mention's text, or the text of an earlier mention of the same text); `labels`: (start, end) -> doc.ents label
    (by default the class); `ids`: (start, end) -> gazetteer id of that span; `spaces`: whether a space follows each
    word (by default every one)."""
    n = len(words)
    doc = Doc(vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos or ["PROPN"] * n, tags=tags or ["NN"] * n,
              lemmas=lemmas or [w.lower() for w in words])
    ents = ents or {}
    entities: dict[str, LocalEntity] = {}
    mention: dict[tuple[int, int], str] = {}
    for (s, e), cls in ents.items():
        text = doc[s:e].text
        entities.setdefault(text, LocalEntity(text, cls, text, surface_forms={text}))
        entities[text].mentions.append((s, e))
        mention[(s, e)] = text
    doc.ents = [Span(doc, s, e, label=(labels or {}).get((s, e), cls), span_id=(ids or {}).get((s, e), ""))
                for (s, e), cls in sorted(ents.items())]
    doc._.kg_entities = entities
    doc._.kg_mention = mention
    return doc
