"""Who takes part in an action beside its agent, named in a phrase of its own ("raised $40 million in a round led by
Northgate Capital, with participation from BDC and Maple Seed Partners", "with Naspers Foundry also in", "with
Trinity Arc Partners also taking part", "led the round alongside the Pujiang AI Fund"): each is an agent of the
same action, with the same targets, never a target of it. The marking phrases are data (co_participation of
data/action_syntax.json), the same for every type of action."""
from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.actions.args import Args, pobjs
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex


def marked_by_noun(prep: Token, marks: dict) -> list[Token]:
    """"with participation from X": the objects of the participation noun's "from"."""
    return [p for n in pobjs(prep) if n.lemma_.lower() in marks["nouns"]
            for c in n.children if c.dep_ == "prep" and c.lower_ in marks["noun_preps"] for p in pobjs(c)]


def marked_by_clause(prep: Token, marks: dict) -> list[Token]:
    """"with X also taking part", "with X participating", "with X also in": the subject of the small clause under
    "with", when its word says it takes part."""
    out = []
    for c in prep.children:
        if c.dep_ != "pcomp":
            continue
        lemma = c.lemma_.lower()
        part = any(g.dep_ == "dobj" and g.lemma_.lower() in marks["clause_objects"] for g in c.children)
        if lemma in marks["clause_words"] or (lemma in marks["light_words"] and part):
            out += [g for g in c.children if g.dep_ == "nsubj"]
    return out


def marking_heads(tok: Token) -> list[Token]:
    """Where a co-participation phrase of the trigger hangs: on the trigger, and for an action noun on its participle
    ("a round led by X, with ...") and on the words above it up to its verb ("raised a round", "banked $9m in a
    round", "announced the close of a round ..., with ...")."""
    if tok.pos_ != "NOUN":
        return [tok]
    heads = [tok] + [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    up = tok
    for _ in range(3):
        if up.head.i == up.i:
            break
        up = up.head
        heads.append(up)
        if up.pos_ in ("VERB", "AUX"):
            break
    return heads


def marking_phrases(tok: Token, marks: dict) -> list[Token]:
    """The name tokens the co-participation phrases around a trigger (`marking_heads`) mark."""
    out = []
    for h in marking_heads(tok):
        for c in h.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in marks["preps"]:
                out += pobjs(c)
            elif c.lower_ == "with":
                out += marked_by_noun(c, marks) + marked_by_clause(c, marks)
    return out


def co_participants(tok: Token, idx: EntityIndex) -> list[str]:
    """The entities a trigger's co-participation phrases name, in order."""
    marks = syntax()["co_participation"]
    out: list[str] = []
    for t in marking_phrases(tok, marks):
        out += [k for k in idx.phrase_entities(t) if k not in out and idx.type_of(k) != "PolicyInstrument"]
    return out


def with_co_participants(tok: Token, args: Args, idx: EntityIndex) -> Args:
    """`args` with the trigger's co-participants moved from its targets to its agents, after the named agent; not
    beside an agent read through an anaphor, whose records keep one agent, the likeliest antecedent
    (kg/nlp/actions/extractor.py: agent_choices)."""
    extra = [k for k in co_participants(tok, idx) if k not in args.agents]
    if not extra or args.via_anaphora:
        return args
    args.targets = [k for k in args.targets if k not in extra]
    args.direct = [k for k in args.direct if k not in extra]
    args.agents = args.agents + extra
    return args
