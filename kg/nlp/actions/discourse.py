"""Document-level passes over a document's actions: lifted bans, continued targets, one report per event."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from kg.nlp.records import ActionRecord
from kg.nlp.actions.judicial import judge_of
from kg.nlp.actions.triggers import lexicon, syntax
from kg.nlp.doc.index import EntityIndex, coordination_roots
from kg.nlp.doc.lines import unclosed
from kg.nlp.lexicon import words


def inherit_lifted_targets(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """"banned ChatGPT ... and lifted the ban": lifting takes the targets of the restriction it lifts
    (the last one with targets in the same or the previous sentence)."""
    lifted = words("clause_words.json", "lifted_nouns")
    for n, a in enumerate(actions):
        trig = doc[a.trigger]
        if a.type != "Permit" or a.targets or not any(c.dep_ == "dobj" and c.lemma_.lower() in lifted
                                                      for c in trig.children):
            continue
        floor = doc[trig.sent.start - 1].sent.start if trig.sent.start else 0
        before = [b for b in actions[:n] if b.type in ("Ban", "Restrict", "Suspend") and b.targets
                  and doc[b.trigger].sent.start >= floor]
        if before:
            a.targets = list(before[-1].targets)
    return actions


def continue_targets(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """"The Garante banned DeepSeek. ... The Garante rejected that argument": an agent's next action with no
    target of its own continues with the targets of its previous one, a few sentences back at most."""
    syn = syntax()
    sent_no = EntityIndex.of(doc).sent_no  # token -> sentence number, from the document index
    for n, a in enumerate(actions):
        if a.targets or not a.agent or a.type not in syn["continuation_types"]:
            continue
        b = earlier(actions, n, sent_no, syn["continuation_window"], lambda b: b.agent == a.agent and bool(b.targets))
        if b is not None:
            a.targets = list(b.targets)
            a.confidence = round(a.confidence * 0.8, 2)
    return actions


def reaction_targets(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """"The court fined Clearview. ... The group welcomed the ruling": a reaction with no target of its own, whose
    object is an event noun, is aimed at the agent of the nearest earlier action by someone else that is no reaction
    itself: of a type that makes that noun (a ruling is a Rule, a fine a Penalize, a lawsuit a Sue: `reaction_events`,
    up to `reaction_event_window` sentences back), else of any type a few sentences back at most. A court's act is
    its judge's, where the document names one (kg/nlp/actions/judicial.py: judge_of): annotators name the judge who
    ruled as the target of the reactions to it."""
    syn = syntax()
    types, made_by = set(syn["reaction_types"]), event_nouns()
    nouns = set(syn["reaction_nouns"]) | set(made_by)
    sent_no = EntityIndex.of(doc).sent_no
    for n, a in enumerate(actions):
        noun = reacted_noun(doc[a.trigger], nouns) if not a.targets and a.agent and a.type in types else None
        if noun is None:
            continue
        by_other = lambda b: bool(b.agent) and b.agent != a.agent and b.trigger < a.trigger
        made = made_by.get(noun, frozenset())
        b = earlier(actions, n, sent_no, syn["reaction_event_window"], lambda b: by_other(b) and b.type in made) \
            if made else None
        b = b or earlier(actions, n, sent_no, syn["reaction_window"], lambda b: by_other(b) and b.type not in types)
        if b is not None:
            a.targets = [judge_of(doc, b.agent) or b.agent]
            a.confidence = round(a.confidence * 0.8, 2)
    return actions


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, frozenset[str]]:
    """Each event noun -> the action types that make it: `reaction_events` of data/action_syntax.json, else the
    types the trigger lexicon gives the noun ("welcomed the launch": a Release; "criticised the investment": an
    Invest), reactions aside."""
    out: dict[str, set[str]] = {}
    reactions = set(syntax()["reaction_types"])
    for (lemma, pos), readings in lexicon().items():
        if pos == "NOUN":
            out.setdefault(lemma, set()).update(r.type for r in readings if r.type not in reactions)
    out.update({k: set(v) for k, v in syntax()["reaction_events"].items()})
    return {k: frozenset(v) for k, v in out.items() if v}


def adversary_targets(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """"GEMA sued OpenAI. ... OpenAI had argued that its models store nothing": arguing (arguing_verbs of
    data/action_syntax.json: argue, contend, deny, dispute) presupposes an adversary, so a protest of that kind that
    names no target nor instrument is aimed at the agent of the nearest earlier action against its agent of a kind
    that makes one (adversary_types: a suit, a fine, an inquiry, a ruling, an order), up to `reaction_event_window`
    sentences back. Criticising presupposes none ("the group criticised the plan")."""
    syn = syntax()
    kinds = set(syn["adversary_types"])
    sent_no = EntityIndex.of(doc).sent_no
    for n, a in enumerate(actions):
        if a.targets or not a.agent or a.instruments or not argues(doc, a):
            continue
        b = earlier(actions, n, sent_no, syn["reaction_event_window"],
                    lambda b: b.type in kinds and bool(b.agent) and b.agent != a.agent and a.agent in b.targets)
        if b is not None:
            a.targets = [judge_of(doc, b.agent) or b.agent]
    return actions


def argues(doc: Doc, a: ActionRecord) -> bool:
    """A protest told by a verb of arguing (argued_types and arguing_verbs of data/action_syntax.json)."""
    return a.type in syntax()["argued_types"] and doc[a.trigger].lemma_.lower() in syntax()["arguing_verbs"]


def earlier(actions: list[ActionRecord], n: int, sent_no, window: int, fits) -> ActionRecord | None:
    """The nearest action before the n-th that `fits`, at most `window` sentences back."""
    here = sent_no[actions[n].trigger]
    for b in reversed(actions[:n]):
        if here - sent_no[b.trigger] > window:
            return None
        if fits(b):
            return b
    return None


def reacted_noun(trigger, nouns: set[str]) -> str | None:
    """The event noun the trigger's object is (direct, or after a preposition): "welcomed the ruling", "appealing
    that penalty", "pushed back against the decision"; None when it is none."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
            return c.lemma_.lower()
        if c.dep_ in ("prep", "prt"):
            g = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns), None)
            if g is not None:
                return g.lemma_.lower()
    return None


def split_by_instrument(rec: ActionRecord) -> list[ActionRecord]:
    """"Trump signed three executive orders: A, B and C": one enactment per instrument of its own clause."""
    own = [i for i in rec.instruments if i in rec.own_instruments]
    if rec.type not in syntax()["split_by_instrument"] or len(own) < 2:
        return [rec]
    return [replace(rec, instruments=[i], own_instruments=[i]) for i in own]


def once_per_event(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """Reports of one event within a document: a headline that the body repeats, an instrument enacted twice.
    The first body report with that signature is kept (it has the context and, usually, the date)."""
    title_end = next(iter(doc.sents)).end if len(doc) else 0
    def signature(a: ActionRecord) -> tuple:
        return (a.type, a.agent, tuple(sorted(a.targets)), a.negated, tuple(sorted(a.own_instruments)))
    body = {signature(a) for a in actions if a.trigger >= title_end}
    out, enacted = [], set()
    for a in actions:
        if a.trigger < title_end and signature(a) in body:
            continue  # the headline of an event the article reports
        if a.type in syntax()["event_once"] and a.agent and a.own_instruments:
            key = (a.type, a.agent, tuple(sorted(a.own_instruments)))
            if key in enacted:
                continue
            enacted.add(key)
        out.append(a)
    return out


def heading_repeats(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """A headline or a section heading names an event the body tells in a sentence of its own ("Italy fines Replika
    maker Luka" over "The Garante fined Luka Inc. 5 million euros"), loosely: its agent may be the country, its
    targets fewer. An action told in a heading (a line without a closing stop) is left out when the body reports one
    of its type with the same agent or one of its targets."""
    def in_heading(a: ActionRecord) -> bool:
        return unclosed(doc[a.trigger].sent)

    body = [a for a in actions if not in_heading(a)]

    def told_below(a: ActionRecord) -> bool:
        return any(b.type == a.type and ((a.agent and b.agent == a.agent) or set(a.targets) & set(b.targets))
                   for b in body)

    return [a for a in actions if not (in_heading(a) and told_below(a))]


def headline_actions(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """A headline ("Air Canada must honour its chatbot's promise, B.C. tribunal rules") announces what the body tells,
    in fewer words and looser roles: its actions are left out when the document has a body to tell them (a sentence
    with a closing stop). A document that is a headline alone (a feed item without a summary) keeps them. In
    `corpus/train`'s gold no action is read off a headline; of the 13 that the tree before this rule output over
    the seven corpora, none was right."""
    sents = list(doc.sents)
    if not sents or not unclosed(sents[0]) or all(unclosed(s) for s in sents[1:]):
        return actions
    return [a for a in actions if a.trigger >= sents[0].end]


def one_report_per_event(actions: list[ActionRecord]) -> list[ActionRecord]:
    """An article tells its main events more than once (the lede, the background, the quote that follows):
    one action per (type, agent, targets, negation, date) in a document, the first kept; a later report that names
    only some of an earlier one's targets is that event too ("launched an antitrust probe into Meta over its AI
    policy on WhatsApp. ... The Commission is investigating a new Meta policy": `told_before`). Reports with different
    dates stay apart, and so do reports that name no agent ("developers must publish ...", "incidents must be
    reported ...": two duties of one law, not one event told twice)."""
    seen: set[tuple] = set()
    out: list[ActionRecord] = []
    for a in actions:
        key = (a.type, a.agent, tuple(sorted(a.targets)), a.negated, a.date)
        if a.agent is None:
            out.append(a)
        elif key not in seen and not told_before(a, out):
            seen.add(key)
            out.append(a)
    return out


def told_before(a: ActionRecord, kept: list[ActionRecord]) -> bool:
    """Whether a kept report of the same type, agent, negation and date names every target of `a` (which names
    one at least) and more."""
    return bool(a.targets) and any((b.type, b.agent, b.negated, b.date) == (a.type, a.agent, a.negated, a.date)
                                   and set(a.targets) < set(b.targets) for b in kept)


def without_elaborations(doc: Doc, actions: list[ActionRecord], told: list[ActionRecord] | None = None
                         ) -> list[ActionRecord]:
    """"GEMA sued Suno, accusing it of training on its recordings": a participle that says what a suit or a protest of
    the same agent claims is part of it, not an action of its own (elaborating_types and elaborated_types of
    data/action_syntax.json: a complaint's accusation is the suit; "Newsom signed SB 53, rejecting objections" stays);
    and what a plaintiff argues after its suit ("Kneschke sued LAION. ... Kneschke argued that ...": arguing_verbs) is
    its case, not a protest of its own. `told`: every action the document tells, the ones that name too little to be
    kept among them ("Kohls sued the day the bill became law, arguing ...")."""
    syn = syntax()
    types, heads_of = set(syn["elaborating_types"]), set(syn["elaborated_types"])
    told = actions if told is None else told
    heads = {(a.trigger, a.agent) for a in told if a.type in heads_of}
    suits = [a for a in told if a.type in syn["plaintiff_types"] and a.agent]
    sent_no = EntityIndex.of(doc).sent_no if suits else {}
    def its_case(a: ActionRecord) -> bool:
        """An argument after its agent's own suit, within `reaction_event_window` sentences, against no one the suit
        is not against (a suit that names no target is against whomever)."""
        return argues(doc, a) and any(
            s.agent == a.agent and s.trigger < a.trigger and (not s.targets or set(a.targets) <= set(s.targets))
            and sent_no[a.trigger] - sent_no[s.trigger] <= syn["reaction_event_window"] for s in suits)
    def elaborates(a: ActionRecord) -> bool:
        trig = doc[a.trigger]
        return its_case(a) or (a.type in types and trig.tag_ == "VBG" and trig.dep_ == "advcl"
                               and (trig.head.i, a.agent) in heads)
    return [a for a in actions if not elaborates(a)]


def dedupe(actions: list[ActionRecord]) -> list[ActionRecord]:
    """One action per (sentence, type, agent, targets, negation): "welcomed the move... applauded" is one report. A
    partnership (symmetric_types) is one per (sentence, agent) whatever its targets, the likeliest kept: "Naver, Kakao
    and LG signed an agreement with the ministry" is one partnership each, told by "signed" and by "agreement"."""
    symmetric = set(syntax()["symmetric_types"])
    best: dict[tuple, ActionRecord] = {}
    for a in actions:
        key = (a.evidence, a.type, a.agent, () if a.type in symmetric else tuple(sorted(a.targets)), a.negated,
               tuple(a.own_instruments) if a.type in syntax()["split_by_instrument"] else ())
        if key not in best or a.confidence > best[key].confidence:
            best[key] = a
    kept = {id(a) for a in best.values()}
    return [a for a in actions if id(a) in kept]


def without_co_agents(doc: Doc, a: ActionRecord) -> ActionRecord:
    """"Disney and Universal sued Midjourney", "Naver and Kakao agreed to work with the NEC": a name coordinated with
    the agent in the trigger's sentence acts beside it and is no target of its action (the types whose parties act
    together aside: symmetric_types)."""
    if not a.agent or not a.targets or a.type in syntax()["symmetric_types"]:
        return a
    idx = EntityIndex.of(doc)
    sent = doc[a.trigger].sent
    agent = coordination_roots(idx, a.agent, sent)
    a.targets = [t for t in a.targets if t == a.agent or not coordination_roots(idx, t, sent) & agent]
    return a
