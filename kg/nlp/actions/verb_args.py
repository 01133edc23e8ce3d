"""The agent and targets of a verb trigger (`verb_args`), for `kg_actions`: when another word carries the action,
which children are objects (a registry of object patterns by dependency), the voice, and who acts with the agent."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.nlp.actions.evaluation import evaluation_needed
from kg.nlp.actions.args import Args, fill, fill_target, pobjs, received
from kg.nlp.doc.index import EntityIndex
from kg.nlp.actions.clauses import (DIRECTIVE, by_agent, co_agents, governing_trigger, inside_directive,
                                    speaker_subject, subject_of)
from kg.nlp.actions.readings import readings_of
from kg.nlp.actions.triggers import syntax
from kg.nlp.lexicon import words

RAISING = words("clause_words.json", "raising_verbs")
FINDING = words("clause_words.json", "finding_verbs")
MONEY = words("clause_words.json", "money_words")
VERBAL = ("VERB", "AUX")


def plain_trigger(tok: Token, lex: dict) -> bool:
    """Whether a verb has a reading with no condition at all (it is an action whoever does it to whatever)."""
    return any(r.unconditional for r in readings_of(tok, lex) or [])


# -- verbs: when another word carries the action ---------------------------------------------------------------------
def outer_carries(verb: Token, outer: Token | None) -> bool:
    """"refused to pause": the outer trigger is the action (a directive's complement keeps its own)."""
    return outer is not None and (outer.lemma_.lower() not in DIRECTIVE or verb.dep_ == "ccomp")


def noun_carries(verb: Token, idx: EntityIndex, lex: dict) -> bool:
    """"opened an investigation": a light verb whose object is an action noun with no condition."""
    if verb.lemma_.lower() not in syntax()["light_verbs"]:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i not in idx.by_token and plain_noun(c, lex) for c in verb.children)


def plain_noun(tok: Token, lex: dict) -> bool:
    return any(not (r.framed or r.object) for r in lex.get((tok.lemma_.lower(), "NOUN"), []))


def directs_plain_action(verb: Token, lex: dict, passive: bool) -> bool:
    """"directed X to designate Y": the inner action carries it."""
    return verb.lemma_.lower() in DIRECTIVE and not passive and any(
        c.dep_ == "xcomp" and c.pos_ in VERBAL and plain_trigger(c, lex) for c in verb.children)


def carried_elsewhere(verb: Token, outer: Token | None, idx: EntityIndex, lex: dict) -> bool:
    return outer_carries(verb, outer) or inside_directive(verb) or noun_carries(verb, idx, lex)


# -- verbs: the object patterns, one per dependency of the verb's child ----------------------------------------------
def object_itself(verb: Token, c: Token) -> list[Token]:
    return [c]


def target_prep(verb: Token, c: Token) -> list[Token]:
    return pobjs(c) if c.lower_ in syntax()["verb_target_preps"] else []


def raised_subject(verb: Token, c: Token) -> list[Token]:
    """"let the newspaper's claims proceed", "ruled that OpenAI infringed the songwriters' copyright": the subject of
    the complement of a raising verb or of a finding."""
    if c.pos_ in VERBAL and verb.lemma_.lower() in RAISING:
        return [g for g in c.children if g.dep_ == "nsubj"]
    if c.pos_ in VERBAL and verb.lemma_.lower() in FINDING:
        return [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return []


def directed_objects(verb: Token, c: Token) -> list[Token]:
    """"ordered agencies to stop using X's models": X is a target."""
    if c.pos_ in VERBAL and verb.lemma_.lower() in DIRECTIVE:
        return [g for x in c.subtree if x.dep_ == "xcomp" or x == c for g in x.children if g.dep_ == "dobj"]
    return []


OBJECT_PATTERNS: dict[str, Callable[[Token, Token], list[Token]]] = {
    "dobj": object_itself, "dative": object_itself, "oprd": object_itself, "attr": object_itself,
    "prep": target_prep, "ccomp": raised_subject, "xcomp": directed_objects,
}


def verb_objects(verb: Token) -> list[Token]:
    objs: list[Token] = []
    for c in verb.children:
        pattern = OBJECT_PATTERNS.get(c.dep_)
        if pattern is not None:
            objs += pattern(verb, c)
    return objs


def complement_objects(verb: Token) -> list[Token]:
    """When the verb has none: "agreed to hand the government 15%", "deny that they infringed the paper's
    copyrights", else "met officials to argue"."""
    objs = [g for c in verb.children if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ in ("dobj", "dative")]
    if not objs and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":
        objs = [g for g in verb.head.children if g.dep_ == "dobj"]
    return objs


# -- verbs: voice ----------------------------------------------------------------------------------------------------
def fronted_participle(verb: Token) -> bool:
    """"Passed by the National Assembly in 2024, the Act ...": the Act is the object."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and by_agent(verb) is not None


def passive_voice(verb: Token, subj: Token | None, idx: EntityIndex) -> tuple[Token | None, Token | None]:
    """(agent token, first object): the subject is the object; "the Act, approved by the House of Councillors"."""
    first = subj if subj is not None else verb.head if verb.dep_ == "acl" else None
    return by_agent(verb) or speaker_subject(verb, idx), first


def active_voice(verb: Token, subj: Token | None) -> tuple[Token | None, Token | None]:
    """(agent token, first object): "the restrictions imposed by X"; "the order Joe Biden had signed"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return by_agent(verb), verb.head
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children) \
            and subj is not None and subj.i != verb.head.i:
        return subj, verb.head
    return subj, None


# -- verbs: more agents and targets ----------------------------------------------------------------------------------
def released_models(objs: list[Token], idx: EntityIndex) -> list[str]:
    """"a suite of products that includes Grok 4": the AI models inside the objects."""
    return [idx.by_token[t.i] for o in objs for t in o.subtree
            if t.i in idx.by_token and idx.type_of(idx.by_token[t.i]) == "AIModel"]


def invested_in(verb: Token | None, objs: list[Token]) -> list[Token]:
    """"invested $750 million in Corvane", "put EUR 15 million into Mistral": what the money goes in or into, after
    the verb or after the amount."""
    heads = ([verb] if verb is not None else []) + [o for o in objs if o.lemma_.lower() in MONEY]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "into") for p in pobjs(c)]


def instrument_issuers(subj: Token, idx: EntityIndex) -> list[str]:
    """"Biden's order requires ...": the possessor of an instrument that is the subject."""
    issuers = [idx.head_entity(c) for c in subj.children if c.dep_ == "poss"]
    return [k for k in issuers if k and idx.type_of(k) in ("GovernmentBody", "Person", "Jurisdiction")]


def voiced(verb: Token, subj: Token | None, passive: bool, args: Args, idx: EntityIndex) -> tuple[Token | None, list[Token]]:
    """(agent token, object tokens) by the voice of the verb."""
    objs = verb_objects(verb)
    if passive:
        args.how = "passive"
        subj, first = passive_voice(verb, subj, idx)
    else:
        subj, first = active_voice(verb, subj)
    if first is not None:
        objs.insert(0, first)
    return subj, objs


def widen(args: Args, verb: Token, subj: Token | None, objs: list[Token], partners: list[str], readings: list | None,
          idx: EntityIndex) -> None:
    """Agents acting with the agent, the models a release includes, what an investment goes into, the issuer of an
    instrument that is the subject."""
    args.agents += [k for k in partners if k not in args.agents]
    if readings and any(r.type == "Release" for r in readings):
        args.targets = list(dict.fromkeys(args.targets + released_models(objs, idx)))
    if readings and any(r.type == "Invest" for r in readings):
        for o in invested_in(verb, objs):
            fill_target(args, o, args.agents[0] if args.agents else None, idx)
    if subj is not None and args.agents and all(idx.type_of(a) == "PolicyInstrument" for a in args.agents):
        args.agents += instrument_issuers(subj, idx)


def verb_args(verb: Token, idx: EntityIndex, lex: dict, readings: list | None = None) -> Args | None:
    """The agent and targets of a verb trigger; None when another word carries the action."""
    outer = governing_trigger(verb, lex)
    if carried_elsewhere(verb, outer, idx, lex):
        return None
    subj, passive = subject_of(outer if outer is not None else verb)
    if directs_plain_action(verb, lex, passive):
        return None
    args = Args(xcomps={c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERBAL},
                evaluation=evaluation_needed(verb, readings))
    passive = (passive and outer is None) or fronted_participle(verb)
    subj, objs = voiced(verb, subj, passive, args, idx)
    money = any(o.lemma_.lower() in MONEY for o in objs)
    if not passive and money and verb.lemma_.lower() in syntax()["recipient_verbs"]:
        subj, objs = received(verb, subj, objs)  # "raised EUR 600 million from X"; not "raised concerns about Y"
    partners = co_agents(subj, idx) if passive or verb.dep_ == "acl" else []
    objs = objs or complement_objects(verb)
    args.object_lemmas = {o.lemma_.lower() for o in objs}
    fill(args, subj, objs, idx)
    widen(args, verb, subj, objs, partners, readings, idx)
    return args
