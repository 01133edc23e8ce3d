"""How central an entity is to its document, as features of the role and action models: in how many sentences the
document names it, whether its opening (headline, dateline, lede) does, and its rank among the document's entities.
An action between the article's own parties is likelier reported than one told in passing about a name met once."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.index import SENTENCE_CACHE, EntityIndex
from kg.nlp.learn.features import bucket

OPENING = 3  # sentences: the headline, the dateline's sentence, the lede
TARGET_FEATURES = ("target_sal=", "target_sal_rank=", "target_opening")


def centrality(doc: Doc, idx: EntityIndex) -> dict[str, tuple[int, bool, int]]:
    """Entity key -> (sentences naming it, named in the opening, rank by that count: 0 the most named); once a
    document (dropped with the other per-sentence caches, kg/nlp/doc/index.py: drop_scratch)."""
    store = doc.user_data.setdefault((SENTENCE_CACHE, "centrality"), {})
    if "all" not in store:
        sents: dict[str, set[int]] = {}
        for s, _, k in idx.spans:
            sents.setdefault(k, set()).add(idx.sent_no[s])
        order = sorted(sents, key=lambda k: (-len(sents[k]), min(sents[k]), k))
        store["all"] = {k: (len(sents[k]), min(sents[k]) < OPENING, rank) for rank, k in enumerate(order)}
    return store["all"]


def described(key: str | None, table: dict[str, tuple[int, bool, int]]) -> tuple[str, bool, str]:
    """(sentence count as a bucket, named in the opening, rank as 0, 1 or 2 for further); "none" for no entity."""
    if key is None or key not in table:
        return "none", False, "none"
    n, opening, rank = table[key]
    return bucket(n, (1, 2, 4)), opening, str(min(rank, 2))


def named(key: str | None, table: dict[str, tuple[int, bool, int]], prefix: str, opening: str) -> dict[str, float]:
    """An entity's centrality as features: `prefix` before "sal=" and "sal_rank=", and `opening` when the document's
    opening names it."""
    n, first, rank = described(key, table)
    f = {f"{prefix}sal={n}": 1.0, f"{prefix}sal_rank={rank}": 1.0}
    if first:
        f[opening] = 1.0
    return f


def pair_centrality(key: str, table: dict[str, tuple[int, bool, int]]) -> dict[str, float]:
    """A role pair's entity: how often and where its document names it."""
    return named(key, table, "", "sal_opening")


def action_centrality(agent: str | None, targets: list[str], table: dict[str, tuple[int, bool, int]]
                      ) -> dict[str, float]:
    """A candidate action's agent and its most central target."""
    return {**named(agent, table, "agent_", "agent_opening"), **target_centrality(targets, table)}


def target_centrality(targets: list[str], table: dict[str, tuple[int, bool, int]]) -> dict[str, float]:
    """The most central of an action's targets, as the features `TARGET_FEATURES` name ("none" for no target)."""
    top = min(targets, key=lambda t: table[t][2] if t in table else len(table), default=None)
    return named(top, table, "target_", "target_opening")


def without_target_centrality(f: dict[str, float]) -> dict[str, float]:
    """The features less those of `target_centrality`: for a reading given other targets."""
    return {k: v for k, v in f.items() if not k.startswith(TARGET_FEATURES)}
