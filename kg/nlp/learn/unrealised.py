"""Readings told as no event that took place: what would have been, ought to be or could be, what stands under a
condition, what a proposal would do, what someone urges or seeks, and what is still due; and readings of an event
told before, which another action acts on (`referred`). The scorer's output guards (kg/nlp/learn/scorer.py:
kept_actions) drop them; the words are data/stance.json's."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.actions.triggers import lexicon, syntax
from kg.nlp.doc.anaphors import anaphora
from kg.nlp.learn.candidates import Candidate
from kg.nlp.learn.features import cue


def counterfactual(trig: Token) -> bool:
    """Whether the trigger, or a verb it depends on, is told as what would have been ("would have imposed"), as what
    ought to be ("regulators should ban", "the bill should be withdrawn"), as what could be ("OpenAI could face an
    order", "Snap might be required to stop"), under a condition ("if the CMA does open an inquiry", "unless it
    complies"), as what a proposal would do ("the bill would bar"), as a consequence of a condition ("if passed, it
    would require") or as what someone urges or asks for ("called on the government to require", `urged`): no event
    took place; nor what someone seeks ("seeking penalties", `sought`). The words are data/stance.json's
    counterfactual_aux, counterfactual_marks, proposal_nouns, advocacy_verbs and seeking_verbs."""
    aux_words, marks = cue("counterfactual_aux"), cue("counterfactual_marks")
    if urged(trig) or sought(trig):
        return True
    for v in [trig] + [a for a in list(trig.ancestors)[:3] if a.pos_ in ("VERB", "AUX")]:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if {"would", "have"} <= aux or aux & aux_words or any(c.dep_ == "mark" and c.lower_ in marks
                                                                 for c in v.children):
            return True
        if "would" in aux and (proposed(v) or conditioned(v, marks)):
            return True
    return False


def still_due(c: Candidate) -> bool:
    """Whether the candidate is told as still due ("the draft must still pass through the Bundestag"): of a type that
    is no obligation (which "must" states: "providers must publish"), with an auxiliary of data/stance.json's due_aux
    on its verb or a verb above it."""
    if c.record.type in syntax()["obligation_types"]:
        return False
    due = cue("due_aux")
    return any(x.dep_ in ("aux", "auxpass") and x.lower_ in due for v in verb_chain(c.trig) for x in v.children)


def verb_chain(trig: Token, limit: int = 3) -> list[Token]:
    """The trigger and the verbs it depends on through a chain of verbs (xcomp, conj, ccomp, advcl), up to `limit`:
    not past a relative clause or a noun ("OpenAI must respond to the investigation that the FTC opened": the
    opening is no duty of OpenAI's)."""
    out, t = [trig], trig
    while len(out) <= limit and t.dep_ in ("xcomp", "conj", "ccomp", "advcl") and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
        out.append(t)
    return out


def sought(trig: Token) -> bool:
    """"We are seeking penalties, declarations and an order banning X": a trigger noun, or the noun a trigger
    describes, that is (through a coordination) the object of a verb of seeking (data/stance.json: seeking_verbs)."""
    n = trig.head if trig.dep_ == "acl" else trig
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    return n.dep_ == "dobj" and n.head.lemma_.lower() in cue("seeking_verbs")


def urged(trig: Token) -> bool:
    """"called on the government to require ...", "urged regulators to ban and fine it": the infinitive (or a verb
    coordinated with it) of a verb of asking for (data/stance.json: advocacy_verbs) is wished, not done; and so is
    what something is meant to do ("a bill aimed at prohibiting the app", "rules designed to curb"; purpose_verbs)."""
    v = trig.head if trig.dep_ == "conj" else trig
    if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "a bill aimed at prohibiting ..."
        return v.head.head.lemma_.lower() in cue("purpose_verbs")
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in cue("advocacy_verbs") | cue("purpose_verbs")


def proposed(v: Token) -> bool:
    """"The bill would bar companies ...", "a bill that would force developers ...": what a proposal would do."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = cue("proposal_nouns")
    return ((subj is not None and subj.lemma_.lower() in words)
            or (v.dep_ == "relcl" and v.head.lemma_.lower() in words))


def conditioned(v: Token, marks) -> bool:
    """"If passed, it would require ...": a consequence under a condition of its own."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in v.children)


def referred(c: Candidate) -> bool:
    """Whether the candidate is read off an event noun told as known ("the", "that", "its": "the First-tier Tribunal
    overturned the penalty", "appealed its fine") that another action's verb acts on: that verb reports the new
    event, the noun one told before or elsewhere. Not the object of a light verb that carries it ("imposed the fine",
    "received its licence": data/action_syntax.json light_verbs), nor of a verb that can report the noun's own type
    ("signed its contract")."""
    t = c.trig
    if t.pos_ != "NOUN" or t.dep_ != "dobj" or t.head.pos_ != "VERB":
        return False
    if t.head.lemma_.lower() in syntax()["light_verbs"]:
        return False
    if not any(ch.dep_ in ("det", "poss") and ch.lower_ in known_determiners() for ch in t.children):
        return False
    readings = lexicon().get((t.head.lemma_.lower(), "VERB")) or []
    return bool(readings) and all(r.type != c.record.type for r in readings)


@lru_cache(maxsize=1)
def known_determiners() -> frozenset[str]:
    """The words that tell a noun as known: data/anaphora.json's determiners and possessive determiners."""
    return frozenset(anaphora()["determiners"]) | frozenset(anaphora()["possessive_determiners"])
