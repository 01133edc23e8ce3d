"""Words that stand before a person's name without being part of it: titles, role heads and honorifics
("Chair", "Commissioner", "Mr"), from data/person_titles.json, relation_cues.json and anaphora.json; one list for
every stage that reads names."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.lexicon import load_json


@lru_cache(maxsize=1)
def title_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(title words, post-nominals, portfolio links)."""
    data = load_json("person_titles.json")
    titles = set(data["title_words"]) | set(load_json("relation_cues.json")["role_heads"])
    titles |= set(load_json("anaphora.json")["honorifics"])
    return frozenset(titles), frozenset(data["post_nominals"]), frozenset(data["portfolio_links"])


def is_title(tok: Token) -> bool:
    """Whether the word is a title, a role or an honorific (or the plural of one: "Commissioners")."""
    titles, w = title_lists()[0], tok.lower_
    return w in titles or tok.lemma_.lower() in titles or (w.endswith("s") and w[:-1] in titles)
