"""Features of a (trigger, entity mention) pair and of a candidate action, read off the parse.

They are general by design: dependency paths, voice, side, distance, entity class, what the rules said,
and the kind of sentence (quote, headline, bullet, hedge, counterfactual) — never a particular sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.nlp.doc.index import SENTENCE_CACHE
from kg.nlp.doc.lines import span_text, unclosed
from kg.nlp.lexicon import load_json, load_jsonl

@lru_cache(maxsize=None)
def cue(name: str) -> frozenset[str]:
    """A word list of data/stance.json: modals, hedges, conditional_marks, speech_verbs, negators."""
    return frozenset(load_json("stance.json")[name])


def cached_on_doc(name: str, where: Callable[[Span | Token], int]):
    """Cache a reading of a sentence or a word on its document, under its first token (features ask for it once per
    word, per type and per candidate); `drop_scratch` drops it with the other per-document caches."""
    def wrap(fn):
        def cached(part):
            store = part.doc.user_data.setdefault((SENTENCE_CACHE, name), {})
            at = where(part)
            if at not in store:
                store[at] = fn(part)
            return store[at]
        cached.__doc__ = fn.__doc__
        return cached
    return wrap


def per_sentence(name: str):
    return cached_on_doc(name, lambda sent: sent.start)


def per_token(name: str):
    return cached_on_doc(name, lambda tok: tok.i)


def head_of(doc, start: int, end: int) -> Token:
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    for i in range(start, end):
        h = doc[i].head
        if h.i < start or h.i >= end or h.i == i:
            return doc[i]
    return doc[end - 1]


def dep_path(a: Token, b: Token, limit: int = 5) -> str:
    """The dependency path from `a` up to the lowest common ancestor and down to `b`, as labels
    ("U:xcomp|D:nsubj"); a preposition keeps its word ("D:prep_against|D:pobj")."""
    def label(t: Token) -> str:
        return f"prep_{t.text.lower()}" if t.dep_ in ("prep", "agent") else t.dep_

    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    at_b = {t.i: n for n, t in reversed(list(enumerate(up_b)))}  # token -> its first place on b's way up
    na = next((n for n, t in enumerate(up_a) if t.i in at_b), None)
    if na is None:
        return "none"
    ups = [f"U:{label(t)}" for t in up_a[:na]]
    downs = [f"D:{label(t)}" for t in reversed(up_b[:at_b[up_a[na].i]])]
    steps = ups + downs
    return "|".join(steps) if len(steps) <= limit else "far"


def is_passive(t: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (t.tag_ == "VBN" and t.dep_ == "acl")


def bucket(n: float, edges=(1, 2, 4, 8, 16)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def pair_features(trig: Token, start: int, end: int, cls: str, atype: str, rule_role: str | None,
                  anaphor: bool) -> dict[str, float]:
    """Why an entity mention [start, end) might be the agent or a target of the action at `trig`."""
    doc = trig.doc
    h = head_of(doc, start, end)
    path = dep_path(trig, h)
    steps = path.split("|")
    lemma = trig.lemma_.lower()
    side = "before" if h.i < trig.i else "after"
    voice = "passive" if is_passive(trig) else "active"
    prep = next((a.text.lower() for a in h.ancestors if a.dep_ in ("prep", "agent")), "") if h.dep_ == "pobj" else ""
    f = {
        "bias": 1.0, f"path={path}": 1.0, f"first={steps[0]}": 1.0, f"last={steps[-1]}": 1.0,
        f"cls={cls}": 1.0, f"cls_path={cls}|{path}": 1.0, f"type_path={atype}|{path}": 1.0,
        f"type_cls={atype}|{cls}": 1.0, f"lemma_path={lemma}|{path}": 1.0, f"side={side}|{voice}": 1.0,
        f"dist={bucket(abs(h.i - trig.i))}": 1.0, f"hdep={h.dep_}|{voice}": 1.0, f"tdep={trig.dep_}": 1.0,
        f"pos={trig.pos_}|{side}": 1.0, f"prep={prep}|{atype}": 1.0, f"nsteps={bucket(len(steps))}": 1.0,
        f"rule={rule_role}": 1.0, f"rule_cls={rule_role}|{cls}": 1.0,
    }
    if anaphor:
        f["anaphor"] = 1.0
    if h.dep_ == "poss":
        f[f"poss_of={h.head.dep_}"] = 1.0
    if h.i in reporters(trig):
        f["speaker_of_report"] = 1.0
    return f


@per_token("reporters")
def reporters(trig: Token) -> frozenset[int]:
    """The tokens of the subject of the first speech verb above the word ("Meta said [the FTC fined it]"): who
    reports it, not who does it."""
    speaker = next((a for a in trig.ancestors if a.lemma_.lower() in cue("speech_verbs")), None)
    return frozenset(t.i for c in (speaker.children if speaker is not None else ()) if c.dep_ == "nsubj"
                     for t in c.subtree)


@per_sentence("kind")
def sentence_kind(sent: Span) -> set[str]:
    """What kind of sentence this is: a headline or heading (no closing stop), a bullet item, a question,
    inside a quotation, hedged."""
    text = span_text(sent).strip()
    kinds = set()
    if unclosed(sent):
        kinds.add("heading")
    if text[:1] in "-*\u2022" or re.match(r"\d{1,2}[.)]\s", text):
        kinds.add("bullet")
    if text.endswith("?"):
        kinds.add("question")
    if sent.start == 0:
        kinds.add("first")
    hedges = cue("hedges")
    if any(t.text.lower() in hedges or t.lemma_.lower() in hedges for t in sent):
        kinds.add("hedged")
    if text[:1] in "\"\u201c" or sum(t.text in ("\"", "\u201c", "\u201d") for t in sent) >= 2:
        kinds.add("quote")
    return kinds


@per_token("modality")
def modality(trig: Token) -> frozenset[str]:
    """Counterfactual, hypothetical and future markers on the trigger or the verbs above it
    ("would have required", "could face", "if enacted, it would ban", "plans to ban")."""
    out: set[str] = set()
    chain = [trig] + [a for a in list(trig.ancestors)[:3] if a.pos_ in ("VERB", "AUX")]
    for v in chain:
        out |= verb_modality(v)
        if v is not trig and v.lemma_.lower() in cue("hedges"):
            out.add(f"under_{v.lemma_.lower()}")
    return frozenset(out)


def verb_modality(v: Token) -> set[str]:
    """The markers on one verb: a modal, "would have", a future, a conditional clause."""
    out = set()
    aux = {c.text.lower() for c in v.children if c.dep_ in ("aux", "auxpass")}
    if aux & cue("modals"):
        out.add("modal")
    if "would" in aux and "have" in aux:
        out.add("would_have")
    if "will" in aux or "'ll" in aux:
        out.add("future")
    if any(c.dep_ == "mark" and c.text.lower() in cue("conditional_marks") for c in v.children):
        out.add("conditional")
    return out


@lru_cache(maxsize=1)
def evaluative() -> dict[str, float]:
    """Word -> valence (-4 to 4) of the evaluative words (VADER's lexicon, data/evaluative_words.jsonl)."""
    return {r["word"]: r["valence"] for r in load_jsonl("evaluative_words.jsonl")}


CLEAR = 1.5  # the summed valence that makes words praise or criticise


def valence(tokens) -> tuple[float, float]:
    """(praise, criticism): the summed valence of the evaluative words among the tokens, each side apart; a negator
    flips the next evaluative word (short words between it and that word keep the flip)."""
    words, negators = evaluative(), cue("negators")
    pos = neg = 0.0
    flip = False
    for t in tokens:
        w = t.lower_
        v = words.get(w, words.get(t.lemma_.lower(), 0.0))
        if flip:
            v = -v
        pos, neg = pos + max(v, 0.0), neg + max(-v, 0.0)
        flip = w in negators or (flip and v == 0.0 and t.is_alpha and len(w) < 4)
    return pos, neg


@per_sentence("polarity")
def polarity(sent: Span) -> str:
    """Whether the sentence's own words (not its names) praise, criticise, both or neither."""
    pos, neg = valence(t for t in sent if not t.ent_type_)
    if pos >= CLEAR and neg >= CLEAR:
        return "mixed"
    return "pos" if pos >= CLEAR else "neg" if neg >= CLEAR else "flat"


def action_features(trig: Token, sent: Span, atype: str, source: str, agent_cls: str | None,
                    target_cls: list[str], p_agent: float, p_target: float, rule_agrees: bool,
                    negated: bool, p_type: tuple[float, int] | None = None) -> dict[str, float]:
    """Why a candidate action might be right as a whole."""
    lemma = trig.lemma_.lower()
    f = {
        "bias": 1.0, f"type={atype}": 1.0, f"source={source}": 1.0, f"lemma={lemma}|{atype}": 1.0,
        f"pos={trig.pos_}": 1.0, f"tdep={trig.dep_}": 1.0, f"agent={agent_cls}": 1.0,
        f"type_agent={atype}|{agent_cls}": 1.0, f"ntargets={bucket(len(target_cls), (0, 1, 2, 4))}": 1.0,
        "p_agent": p_agent, "p_target": p_target, f"rule_agrees={rule_agrees}": 1.0,
        f"negated={negated}": 1.0, f"pa={bucket(p_agent * 10, (2, 5, 8, 10))}": 1.0,
        f"pt={bucket(p_target * 10, (2, 5, 8, 10))}": 1.0,
    }
    if p_type is not None:  # the detector's probability that this word reports this type, and its rank
        f["p_type"] = p_type[0]
        f[f"pt_type={bucket(p_type[0] * 10, (1, 3, 5, 8, 10))}"] = 1.0
        f[f"type_rank={min(p_type[1], 2)}"] = 1.0
        f[f"type_rank_src={min(p_type[1], 2)}|{source}"] = 1.0
    obj = next((c.lemma_.lower() for c in trig.children if c.dep_ in ("dobj", "nsubjpass")), "none")
    f[f"obj={obj}|{atype}"] = 1.0
    if trig.dep_ in ("xcomp", "ccomp", "pcomp", "advcl", "relcl", "acl", "conj"):
        f[f"gov={trig.head.lemma_.lower()}|{trig.dep_}"] = 1.0
    for c in sorted(set(target_cls)):  # a fixed order: the same sums, the same scores, on every run
        f[f"target={c}"] = 1.0
        f[f"type_target={atype}|{c}"] = 1.0
    pol = polarity(sent)
    f[f"polarity={pol}|{atype}"] = 1.0
    f[f"polarity_source={pol}|{atype}|{source}"] = 1.0
    f.update(context_features(trig, sent))
    for m in sorted(modality(trig)):
        f[f"mod_type={m}|{atype}"] = 1.0
    return f


def context_features(tok: Token, sent: Span) -> dict[str, float]:
    """The kind of sentence around a word (heading, bullet, quote, ...) and the modality over it."""
    return {**{f"sent={k}": 1.0 for k in sorted(sentence_kind(sent))}, **{f"mod={m}": 1.0 for m in sorted(modality(tok))}}
