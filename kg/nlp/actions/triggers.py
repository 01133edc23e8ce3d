"""The action-trigger lexicon (`data/action_triggers.jsonl`) and the choice of an action type."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from kg.nlp.actions.evaluation import evaluation_of
from kg.nlp.lexicon import load_json, load_jsonl, words
from kg.nlp.doc.token_filter import columns, hashes, pos_id


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    agent: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_lemma: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    negated_type: str | None = None
    evaluation: str | None = None  # "negative" / "positive": what a verb of labelling says of its object
    prep_object: tuple[str, ...] = ()  # a phrasal reading's preposition: the words its object must have
    not_to_type: str | None = None  # the type when its infinitive is negated: "ordered X not to use" is a ban

    def prep_holds(self, prep: Token) -> bool:
        """Whether a phrasal reading's preposition has an object it asks for ("took X to court": court; "put X on
        the Entity List": the list's word "entity"), by the object's lemma or one of its compound words, and the verb
        one of its own (whom it takes to court: not "a decision OpenAI has taken to court", which the parser may read
        as the verb of the whole sentence); any object when it asks for none."""
        if not self.prep_object:
            return True
        if not any(c.dep_ in ("dobj", "nsubjpass") for c in prep.head.children):
            return False
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        lemmas = {w.lemma_.lower() for g in objects for w in [g, *g.children] if w is g or w.dep_ == "compound"}
        return bool(lemmas & set(self.prep_object))

    @property
    def framed(self) -> bool:
        """Whether the reading holds only in a frame: an object word, an infinitive or an evaluation."""
        return bool(self.object_lemma or self.xcomp or self.evaluation)

    @property
    def judicial(self) -> bool:
        """A court's reading: only a court or a judge acts so ("blocked the law": a ruling)."""
        return "judicial" in self.agent

    @property
    def unconditional(self) -> bool:
        """An action whoever does it to whatever, in any frame."""
        return not (self.framed or self.agent or self.object)

    def fits(self, agent_classes: set[str], object_classes: set[str], object_lemmas: set[str],
             xcomps: set[str], evaluation: str | None = None) -> bool:
        """Whether this reading's conditions hold ('none' = no entity in that slot)."""
        if self.agent and not (agent_classes & set(self.agent)):
            return False
        if self.object:
            have = object_classes or {"none"}
            if not (have & set(self.object)):
                return False
        return self.frame_holds(object_lemmas, xcomps, evaluation)

    def frame_holds(self, object_lemmas: set[str], xcomps: set[str], evaluation: str | None = None) -> bool:
        """Whether the object's word, the infinitive and the evaluation this reading asks for are there."""
        if self.object_lemma and not (object_lemmas & set(self.object_lemma)):
            return False
        if self.evaluation and evaluation != self.evaluation:
            return False
        return not self.xcomp or bool(xcomps) and ("any" in self.xcomp or bool(xcomps & set(self.xcomp)))

    def in_frame(self, tok: Token) -> bool:
        """Whether the word stands in the frame this reading is defined for, whoever acts on whom: its object's word
        ("filed a lawsuit" is a suit, "filed a report" none; the subject of a passive and the noun a relative clause
        describes are its object: "the case that Getty brought") and its infinitive ("told platforms to label" is a
        mandate, "told Reuters it had ..." none; a noun's infinitive too: "an order to stop"). The lexicon's
        candidates for the trained models (kg/nlp/learn/candidates.py) are read only in their frame; cross-validated
        on corpus/train that left out 19 wrong actions and added one right (489 right of 723 output)."""
        if not self.framed:
            return True
        kids = list(tok.children)
        objects = {c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "nsubjpass")}
        if tok.dep_ == "relcl":
            objects.add(tok.head.lemma_.lower())
        xcomps = {c.lemma_.lower() for c in kids if c.dep_ == "xcomp" or c.dep_ == "acl" and tok.pos_ == "NOUN"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}
        return self.frame_holds(objects, xcomps, evaluation_of(tok) if self.evaluation else None)


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, 'VERB'|'NOUN') -> readings in file order."""
    out: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for row in load_jsonl("action_triggers.jsonl"):
        t = Trigger(row["lemma"], row["pos"], row["type"], tuple(row.get("agent", ())), tuple(row.get("object", ())),
                    word_list(row.get("object_lemma", ())), word_list(row.get("xcomp", ())), row.get("negated_type"),
                    row.get("evaluation"), word_list(row.get("prep_object", ())), row.get("not_to_type"))
        out[(t.lemma, t.pos)].append(t)
    return dict(out)


def word_list(value: list[str] | str) -> tuple[str, ...]:
    """A reading's words, listed in place or named as "@list" of data/clause_words.json ("@money_words")."""
    if isinstance(value, str) and value.startswith("@"):
        return tuple(sorted(words("clause_words.json", value[1:])))
    return tuple(value)


@lru_cache(maxsize=1)
def syntax() -> dict:
    return load_json("action_syntax.json")


def choose(readings: list[Trigger], agent_classes: set[str], object_classes: set[str],
           object_lemmas: set[str], xcomps: set[str], evaluation: str | None = None) -> Trigger | None:
    """The first reading whose conditions hold."""
    for r in readings:
        if r.fits(agent_classes, object_classes, object_lemmas, xcomps, evaluation):
            return r
    return None


def candidates(doc: Doc, idx, lex: Iterable[tuple[str, str]]) -> Iterator[tuple[Token, Span]]:
    """Verbs, adjectives (which may act as verbs) and trigger nouns, in text order, with their sentence;
    other tokens cannot start an action and never become `Token` objects. `lex`: the (lemma, VERB|NOUN) keys of
    the lexicons."""
    cols = columns(doc)
    pos = cols[:, 2]
    nouns = hashes([lemma for lemma, kind in lex if kind == "NOUN"])
    hits = (pos == pos_id(doc, "VERB")) | (pos == pos_id(doc, "ADJ")) | ((pos == pos_id(doc, "NOUN")) & np.isin(cols[:, 1], nouns))
    starts = idx.sent_starts
    spans: dict[int, Span] = {}
    for i in np.flatnonzero(hits):
        n = idx.sent_no[int(i)]
        if n not in spans:
            spans[n] = doc[starts[n]:starts[n + 1] if n + 1 < len(starts) else len(doc)]
        yield doc[int(i)], spans[n]
