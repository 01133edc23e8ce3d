"""A ruling is a court's. The agent of an action of the judicial types (data/action_syntax.json: judicial_types,
"Rule") is a court or a tribunal, or a person the document or the gazetteer makes a judge; any other agent is a
misreading ("John Edwards, the Information Commissioner, criticised that outcome", "the Trump administration
found"), and the action is not output. A suit or an inquiry (data/action_syntax.json: bench_free_types) by a court
is not output either (`bench_free`)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.nlp.actions.readings import told_by
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex, memo
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import name_words
from kg.nlp.records import ActionRecord, LocalEntity


@lru_cache(maxsize=2)
def judicial_words(kind: str = "judicial_words") -> frozenset[str]:
    """Words of a court's name or of a judge's title: court, tribunal, judge, justice, magistrate, ... (`kind`
    "forum_words": those of a court's name only)."""
    return frozenset(syntax()[kind])


def judicial_name(name: str, kind: str = "judicial_words") -> bool:
    return bool(judicial_words(kind) & name_words(name))


def judicial_entity(e: LocalEntity, kind: str = "judicial_words") -> bool:
    """A court by its name ("Hamburg Regional Court", "Upper Tribunal"), the gazetteer's or the document's; a
    government body ("Data Justice Forum" is a campaign group). `kind`: the words that make one (judicial_words;
    forum_words, a court a suit is brought in, not a "Justice Department")."""
    if e.type != "GovernmentBody":
        return False
    if any(judicial_name(n, kind) for n in {e.name, *e.surface_forms}):
        return True
    entry = load_gazetteer().get(e.gaz_id) if e.gaz_id else None
    return entry is not None and any(judicial_name(n, kind) for n in entry.names)


def benches(doc: Doc, idx: EntityIndex, e: LocalEntity) -> set[str]:
    """The courts a judge's mentions name in their phrase ("Judge J. Paul Oetken of the U.S. District Court")."""
    out = set()
    for s, end in e.mentions:
        for t in doc[s:end].root.subtree:
            k = idx.by_token.get(t.i)
            if not s <= t.i < end and k in idx.entities and judicial_entity(idx.entities[k]):
                out.add(k)
    return out


def sits_on_a_bench(doc: Doc, idx: EntityIndex, e: LocalEntity) -> bool:
    """A person titled a judge before a mention ("Judge Vince Chhabria", "Mrs Justice Joanna Smith"), whose name's
    phrase holds a court (`benches`: "Judge J. Paul Oetken of the U.S. District Court", "Christopher Rivers, a member
    of the Civil Resolution Tribunal"; not "Franson sued in district court"), or whom the gazetteer affiliates with a
    court."""
    if any(judicial_name(t.text) for s, _ in e.mentions for t in doc[max(0, s - 3):s]) or benches(doc, idx, e):
        return True
    gaz = load_gazetteer()
    entry = gaz.get(e.gaz_id) if e.gaz_id else None
    return entry is not None and any(o in gaz and any(judicial_name(n) for n in gaz[o].names)
                                     for o in entry.facts.get("affiliatedWith", ()))


def judge_of(doc: Doc, court: str) -> str | None:
    """The one judge the document names for a court: the one whose phrase names that court, else, in a document of one
    court, its one judge (a person `sits_on_a_bench` whose phrase names no other court); None for no court."""
    idx = EntityIndex.of(doc)
    e = idx.entities.get(court)
    if e is None or not judicial_entity(e):
        return None
    judges = memo(doc, "kg_judges", lambda: {k: benches(doc, idx, p) for k, p in idx.entities.items()
                                             if p.type == "Person" and sits_on_a_bench(doc, idx, p)})
    own = [k for k, courts in judges.items() if court in courts]
    if len(own) == 1:
        return own[0]
    courts = {k for k, c in idx.entities.items() if judicial_entity(c)}
    loose = [k for k, c in judges.items() if not c - {court}]
    return loose[0] if not own and len(loose) == 1 and courts == {court} else None


def judicial_agent(doc: Doc, a: ActionRecord) -> bool:
    """Whether the action may stand: not of a judicial type, without an agent, or with a court or a judge as agent."""
    if a.type not in syntax()["judicial_types"] or not a.agent:
        return True
    idx = EntityIndex.of(doc)
    e = idx.entities.get(a.agent)
    if e is None:
        return True
    return judicial_entity(e) or (e.type == "Person" and sits_on_a_bench(doc, idx, e))


def bench_free(doc: Doc, a: ActionRecord) -> bool:
    """Whether the action may stand: not of a type no court performs (bench_free_types: a suit, an inquiry), without
    an agent, or with no court as agent (by forum_words: a "Justice Department" is none). Not a judge's seat as
    `sits_on_a_bench` reads it, which a plaintiff next to a court's name may seem to have ("Kneschke, who can appeal
    to the Hanseatic Higher Regional Court")."""
    if a.type not in syntax()["bench_free_types"] or not a.agent:
        return True
    e = EntityIndex.of(doc).entities.get(a.agent)
    return e is None or not judicial_entity(e, "forum_words")


def without_forums(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """A suit is brought against a party, in or to a court: a court (by forum_words of data/action_syntax.json) among
    a suit's targets is its forum ("said it would appeal the decision at the Higher Regional Court", "filed a lawsuit
    in the Northern District") and leaves them. Run before discourse.reaction_targets, a suit left with no party of
    its own reads its adversary from the story; run after it, a court that made the ruling appealed is none."""
    ents, suits = EntityIndex.of(doc).entities, set(syntax()["plaintiff_types"])

    def forum(k: str) -> bool:
        return k in ents and judicial_entity(ents[k], "forum_words")

    for a in actions:
        if a.type in suits and a.targets:
            lodged = complained_to(doc, a)
            a.targets = [t for t in a.targets if not forum(t) and t not in lodged]
            a.direct_targets = [t for t in a.direct_targets if not forum(t) and t not in lodged]
    return actions


def complained_to(doc: Doc, a: ActionRecord) -> set[str]:
    """The bodies a complaint is lodged with ("filed a complaint about LeaseLogic with the Competition Bureau",
    "lodged a complaint with the GAC against Sahm Labs"): a government body after "with", "to" or "before" in the
    complaint's sentence is where it is heard, not whom it is against (complaint_words of data/action_syntax.json)."""
    trig = doc[a.trigger]
    if not told_by(trig, syntax()["complaint_words"]):
        return set()
    idx = EntityIndex.of(doc)
    out = set()
    for s, e, k in idx.spans:
        head = doc[s:e].root
        if k in a.targets and idx.type_of(k) == "GovernmentBody" and head.sent == trig.sent \
                and head.dep_ == "pobj" and head.head.lower_ in ("with", "to", "before"):
            out.add(k)
    return out
