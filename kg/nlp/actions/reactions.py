"""Whom a reaction to an event is aimed at, read over the actions the scorer chose (kg/nlp/learn/scorer.py:
kept_actions, before its guards on targets and agents): "The CNIL fined Visageo. ... The group welcomed the decision"
is aimed at the CNIL, the author of the decision, not at Visageo; "Visageo has appealed" at the CNIL too."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.actions.discourse import event_nouns, reacted_noun
from kg.nlp.actions.judicial import judge_of
from kg.nlp.actions.readings import told_by
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex


def aim_reactions(doc: Doc, told: list) -> list:
    """A reaction the scorer chose (reaction_types of data/action_syntax.json) whose object is an event noun
    ("welcomed the ruling", "criticised the fine") is aimed at the agent of the first chosen action by someone else
    that makes that noun (reaction_events), up to reaction_event_window sentences back: the story's own event, not a
    nearer one told as background (the judge of a court's act, where the document names one); an appeal at whoever
    decided against the appellant (`appealed`). The rules give a reaction such a target before scoring
    (kg/nlp/actions/discourse.py: reaction_targets), from every reading, right or wrong; here only the actions the
    document is taken to report count. A reading the sentence gives stands (`stands`). Returns `told`, re-aimed."""
    ordered = sorted(told, key=lambda a: a.trigger)
    for n, a in enumerate(ordered):
        author = event_author(doc, ordered, n) or appealed(doc, ordered, n)
        if author is not None:
            a.targets = [judge_of(doc, author) or author]
    return told


def appealed(doc: Doc, ordered: list, n: int) -> str | None:
    """"The CNIL fined Vocalis. ... Vocalis has appealed to the Conseil d'Etat": an appeal (a chosen action of a type
    and a word of appeal_words, data/action_syntax.json) is aimed at whoever decided against the appellant, the agent
    of the nearest earlier chosen action of an appealed_type on it, up to reaction_event_window sentences back; None
    when a target already is such an agent, or none is found."""
    syn, a = syntax(), ordered[n]
    if a.type not in syn["appeal_types"] or not a.agent or a.negated \
            or not told_by(doc[a.trigger], syn["appeal_words"]):
        return None
    sent_no = EntityIndex.of(doc).sent_no
    against = [b for b in ordered[:n] if b.type in syn["appealed_types"] and b.agent and b.agent != a.agent
               and a.agent in b.targets and not b.negated
               and sent_no[a.trigger] - sent_no[b.trigger] <= syn["reaction_event_window"]]
    if not against or any(b.agent in a.targets for b in against):
        return None
    return against[-1].agent


def event_author(doc: Doc, ordered: list, n: int) -> str | None:
    """The agent of the event the n-th action reacts to, where it is one to aim it at; None to leave it alone."""
    syn, a = syntax(), ordered[n]
    if a.type not in syn["reaction_types"] or not a.agent or a.negated \
            or a.targets and a.type not in syn["stance_types"]:
        return None  # a suit that names whom it is against is no reaction to an event
    made_by = event_nouns()
    noun = reacted_noun(doc[a.trigger], set(syn["reaction_nouns"]) | set(made_by))
    made = made_by.get(noun, frozenset())
    if not made or stands(doc, ordered[:n], a, noun, made):
        return None
    sent_no = EntityIndex.of(doc).sent_no
    here = sent_no[a.trigger]
    b = next((b for b in ordered[:n] if here - sent_no[b.trigger] <= syn["reaction_event_window"]
              and b.agent and b.agent != a.agent and not b.negated and b.type in made), None)
    return b.agent if b is not None else None


def stands(doc: Doc, before: list, a, noun: str, made: frozenset[str]) -> bool:
    """Whether the reaction's own reading stands: the event noun names its author by a possessive ("the regulator's
    decision", "its ruling"), a target is named in the reaction's sentence, or a target already made such an event."""
    idx = EntityIndex.of(doc)
    here = idx.sent_no[a.trigger]
    return (authored(doc[a.trigger], noun) or any(k in a.targets and idx.sent_no[s] == here for s, _, k in idx.spans)
            or any(b.agent in a.targets and b.type in made for b in before))


def authored(trigger, noun: str) -> bool:
    """Whether the event noun the trigger acts on names its author by a possessive."""
    for t in trigger.subtree:
        if t.lemma_.lower() == noun:
            return any(c.dep_ == "poss" for c in t.children)
    return False
