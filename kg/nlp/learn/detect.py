"""The trained trigger detector: which action type, if any, a verb (or a trigger noun) reports, from its lemma,
its WordNet class and hypernyms, its arguments' classes and the kind of sentence. It lets a verb the lexicon
never listed ("inked", "greenlit", "scrapped") start a candidate, and it scores the lexicon's own readings."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg.nlp.learn.features import context_features, polarity
from kg.nlp.learn.model import LogReg
from kg.nlp.lexicon import load_jsonl
from kg.nlp.actions.args import carried_nouns
from kg.nlp.actions.evaluation import complement
from kg.nlp.actions.triggers import lexicon, syntax

TYPES = ["none"] + [t for t in syntax()["agent_classes"] if not t.startswith("_")]  # the 18 types, from the data


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, dict]:
    """Verb lemma -> its WordNet classes and hypernyms (data/verb_classes.jsonl, made by tools/wordnet_triggers.py)."""
    return {r["lemma"]: r for r in load_jsonl("verb_classes.jsonl")}


def carries_a_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """"hit Rytr with a fine", "slapped Meta with a lawsuit", "was served with a lawsuit": a verb of handing over
    (`with_carriers`) whose "with" brings a trigger noun only carries it; the noun reports the action, and the verb
    no other of its own. Not any verb: "disagreed with the ruling" reports a stance of its own."""
    return any(g.lemma_.lower() in nouns for g in carried_nouns(tok))


def labelling_types(tok: Token) -> frozenset[str] | None:
    """At a verb of labelling with its complement ("called the Helix Act the third bill", "called the fine
    disproportionate"), the types the detector may read: the stances its lexicon gives it (what it calls its object
    praises or criticises it, kg/nlp/actions/evaluation.py), nothing else; None at any other word."""
    readings = (lexicon().get((tok.lemma_.lower(), "VERB")) or []) if tok.pos_ == "VERB" else []
    if not readings or not all(r.evaluation for r in readings) or not complement(tok):
        return None
    return frozenset(r.type for r in readings)


def detectable(tok: Token, nouns: frozenset[str]) -> bool:
    """Verbs, and nouns the lexicon knows as triggers, outside names."""
    return tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns)


def trigger_features(tok: Token, sent: Span, classes_of: dict[int, str]) -> dict[str, float]:
    """`classes_of`: token index -> entity class, for the entity mentions of the document."""
    lemma = tok.lemma_.lower()
    f = {"bias": 1.0, f"lemma={lemma}": 1.0, f"pos={tok.pos_}": 1.0, f"dep={tok.dep_}": 1.0}
    wn = verb_classes().get(lemma) if tok.pos_ == "VERB" else None
    for c in (wn or {}).get("classes", []):
        f[f"wn_class={c}"] = 1.0
    for h in (wn or {}).get("hypernyms", []):
        f[f"wn_hyper={h}"] = 1.0
    for c in tok.children:
        add_child_features(f, c, lemma, classes_of)
    f[f"polarity={polarity(sent)}"] = 1.0
    f.update(context_features(tok, sent))
    if any(c.dep_ == "neg" for c in tok.children):
        f["negated"] = 1.0
    return f


def add_child_features(f: dict[str, float], c: Token, lemma: str, classes_of: dict[int, str]) -> None:
    """A particle ("carve out"); the class of each argument (subject, object, "by" agent); the object's lemma."""
    if c.dep_ in ("prt",):
        f[f"prt={lemma}_{c.text.lower()}"] = 1.0
    if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or c.dep_ == "agent":
        head = c if c.dep_ != "agent" else next((g for g in c.children if g.dep_ == "pobj"), c)
        cls = next((classes_of[t.i] for t in head.subtree if t.i in classes_of), "none")
        f[f"{c.dep_}={cls}"] = 1.0
        if c.dep_ == "dobj":
            f[f"obj={head.lemma_.lower()}"] = 1.0


def type_probs(model: LogReg, f: dict[str, float]) -> dict[str, float]:
    return dict(zip(model.classes, model.scores(f)))
