"""The `kg_actions` component: actions (who did what to whom, under which instrument, when) from the parse."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.arguments import EntityIndex
from kg.nlp.records import ActionRecord
from kg.nlp.temporal import date_near
from kg.nlp.triggers import choose, lexicon, syntax

EXTRACTOR = "kg.actions.v1"
SUBJ = ("nsubj", "csubj")
RELATIVE = {"which", "that", "who", "whom"}
SAY = {"say", "announce", "tell", "state", "confirm", "write", "post", "declare", "report"}


@dataclass
class Args:
    agent: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    object_lemmas: set[str] = field(default_factory=set)
    xcomps: set[str] = field(default_factory=set)
    passive: bool = False
    via_anaphora: bool = False


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject token (inherited through conj, xcomp and relative clauses) and passivity."""
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in SUBJ:
                if c.lower_ in RELATIVE and v.dep_ == "relcl":
                    return v.head, False
                return c, False
            if c.dep_ in ("nsubjpass", "csubjpass"):
                if c.lower_ in RELATIVE and v.dep_ == "relcl":
                    return v.head, True
                return c, True
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
            if v.dep_ == "xcomp":
                objs = [c for c in v.head.children if c.dep_ in ("dobj",)]
                if objs and v.head.lemma_ in ("order", "direct", "tell", "ask", "force", "require"):
                    return objs[0], False
            v = v.head
            continue
        if v.dep_ == "relcl":
            return v.head, False
        if v.dep_ == "acl" and v.tag_ == "VBN":  # "the order signed by X": the noun is the object
            return None, True
        break
    return None, False


def by_agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def negated(tok: Token) -> bool:
    words = set(syntax()["negation_words"])
    for t in (tok, tok.head) if tok.dep_ in ("xcomp", "dobj", "ccomp") and tok.head.lemma_ in syntax()["light_verbs"] + ["do", "will"] else (tok,):
        if any(c.dep_ == "neg" or c.lower_ in words and c.dep_ in ("advmod", "det") for c in t.children):
            return True
    return False


class ActionExtractor:
    """Sets ``doc._.kg_actions``: a list of `ActionRecord`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        for ext in ("kg_actions", "kg_doc_date"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        idx = EntityIndex.of(doc)
        lex = lexicon()
        actions: list[ActionRecord] = []
        for sent in doc.sents:
            for tok in sent:
                if tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children)):
                    readings = next(filter(None, (phrasal(tok, lem, lex) for lem in verb_lemmas(tok))), None)
                    if readings:
                        act = self._verb_action(tok, sent, readings, idx)
                        if act:
                            actions.append(act)
                elif tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in lex:
                    act = self._noun_action(tok, sent, lex[(tok.lemma_.lower(), "NOUN")], idx)
                    if act:
                        actions.append(act)
        doc._.kg_actions = actions
        return doc

    # -- verbs ---------------------------------------------------------------------------------
    def _verb_action(self, verb: Token, sent: Span, readings, idx: EntityIndex) -> ActionRecord | None:
        args = Args()
        subj, passive = subject_of(verb)
        args.passive = passive
        objs: list[Token] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "oprd", "attr"):
                objs.append(c)
            elif c.dep_ == "prep" and c.lower_ in syntax()["verb_target_preps"]:
                objs.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                args.xcomps.add(c.lemma_.lower())
        if passive:
            if subj is not None:
                objs.insert(0, subj)
            subj = by_agent(verb)
            if subj is None:
                subj = self._speaker(verb, idx)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the restrictions imposed by X on Y"
            objs.insert(0, verb.head)
            subj = by_agent(verb)
        args.object_lemmas = {o.lemma_.lower() for o in objs}
        if subj is not None:
            args.agent = idx.phrase_entities(subj)
            args.via_anaphora = subj.i not in idx.by_token
        agent = args.agent[0] if args.agent else None
        for o in objs:
            for k in idx.phrase_entities(o, exclude=agent):
                if k not in args.targets:
                    args.targets.append(k)
        return self._record(verb, sent, readings, args, idx, "passive" if passive else "verb")

    def _speaker(self, verb: Token, idx: EntityIndex) -> Token | None:
        """In "X said Y will be allowed to...", a passive decision with no "by" is the speaker's."""
        head = verb
        while head.dep_ in ("ccomp", "conj") and head.head != head:
            head = head.head
            if head.lemma_.lower() in SAY:
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subj is not None and any(idx.type_of(k) in ("Person", "GovernmentBody") for k in idx.phrase_entities(subj)):
                    return subj
        return None

    # -- nouns ---------------------------------------------------------------------------------
    def _noun_action(self, noun: Token, sent: Span, readings, idx: EntityIndex) -> ActionRecord | None:
        syn = syntax()
        args = Args()
        head = noun.head
        subj: Token | None = None
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in syn["light_verbs"]:
            s, passive = subject_of(head)
            if head.lemma_.lower() in syn["subject_is_target"] and s is not None:
                args.targets.extend(idx.phrase_entities(s))
            else:
                subj = s
            for c in head.children:  # "imposed a ban on X": the prep may hang on the verb
                if c.dep_ == "prep" and c.lower_ in syn["verb_target_preps"]:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            args.targets.extend(k for k in idx.phrase_entities(p) if k not in args.targets)
        elif noun.dep_ == "nsubjpass" and head.lemma_.lower() in syn["light_verbs"]:
            subj = by_agent(head)
        elif head.pos_ == "VERB" and (head.lemma_.lower(), "VERB") in lexicon():
            return None  # "sued over the designation": part of another action
        for c in noun.children:
            if c.dep_ == "poss" and subj is None:
                subj = c
            elif c.dep_ == "prep" and c.lower_ == "by":
                subj = next((p for p in c.children if p.dep_ == "pobj"), subj)
            elif c.dep_ == "prep" and c.lower_ in syn["noun_target_preps"]:
                for p in c.children:
                    if p.dep_ == "pobj":
                        args.targets.extend(k for k in idx.phrase_entities(p) if k not in args.targets)
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "suits brought by the Daily News"
                a = by_agent(c)
                if a is not None:
                    subj = a
            elif c.dep_ == "acl" and c.pos_ == "VERB":  # "a directive to cease..."
                args.xcomps.add(c.lemma_.lower())
        if subj is not None:
            args.agent = idx.phrase_entities(subj)
            args.via_anaphora = subj.i not in idx.by_token
        if not args.agent and not args.targets:
            return None
        return self._record(noun, sent, readings, args, idx, "noun")

    # -- record --------------------------------------------------------------------------------
    def _record(self, trig: Token, sent: Span, readings, args: Args, idx: EntityIndex, how: str) -> ActionRecord | None:
        doc = trig.doc
        judicial = judicial_keys(doc, idx)
        agents = [a for a in args.agent if idx.type_of(a) != "PolicyInstrument"]
        instruments = [a for a in args.agent if idx.type_of(a) == "PolicyInstrument"]
        agent = agents[0] if agents else None
        agent_classes = {idx.type_of(agent)} | ({"judicial"} if agent in judicial else set()) if agent else set()
        targets = [t for t in args.targets if t != agent and idx.type_of(t) != "PolicyInstrument"]
        instruments += [t for t in args.targets if idx.type_of(t) == "PolicyInstrument" and t not in instruments]
        object_classes = {idx.type_of(t) for t in args.targets}
        reading = choose(readings, agent_classes, object_classes, args.object_lemmas, args.xcomps)
        if reading is None or (agent is None and not targets and not instruments):
            return None
        is_negated = negated(trig)
        atype = reading.type
        if is_negated and reading.negated_type:
            atype, is_negated = reading.negated_type, False
        for s, e, k in idx.spans:  # instruments named in the same sentence
            if sent.start <= s < sent.end and idx.type_of(k) == "PolicyInstrument" and k not in instruments:
                instruments.append(k)
        conf = syntax()["confidence"][how] - (syntax()["confidence"]["anaphora_penalty"] if args.via_anaphora else 0)
        return ActionRecord(
            type=atype, evidence=sent.text.strip(), agent=agent, targets=targets, instruments=instruments,
            negated=is_negated, date=date_near(sent.text, trig.idx - sent.start_char, doc._.kg_doc_date),
            confidence=round(max(conf, 0.1), 2), extractor=EXTRACTOR, trigger=trig.i,
        )


def verb_lemmas(tok: Token) -> list[str]:
    """The lemma, then base forms read off an -ed/-es/-s ending, for participles tagged as adjectives
    ("disabled") and the small model's wrong lemmas ("fined" -> "fin")."""
    lemma, text = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if text.endswith("ed"):
        out += [text[:-1], text[:-2], text[:-3], text[:-3] + "y" if text.endswith("ied") else text[:-2]]
    elif text.endswith("es") or text.endswith("s"):
        out += [text[:-1], text[:-2]]
    return list(dict.fromkeys(out))


def phrasal(tok: Token, lemma: str, lex: dict) -> list | None:
    """Readings of a verb, phrasal ones first: "cut off" (particle), "work with" (preposition)."""
    for c in tok.children:
        if c.dep_ in ("prt", "prep"):
            readings = lex.get((f"{lemma} {c.lower_}", "VERB"))
            if readings:
                return readings
    return lex.get((lemma, "VERB"))


def judicial_keys(doc: Doc, idx: EntityIndex) -> set[str]:
    """Entities that are courts or judges (their orders and decisions are rulings)."""
    cached = doc.user_data.get("kg_judicial")
    if cached is not None:
        return cached
    out: set[str] = set()
    for s, e, k in idx.spans:
        name = idx.name_of(k).lower()
        if "court" in name or "tribunal" in name:
            out.add(k)
        elif idx.type_of(k) == "Person" and s > 0 and doc[s - 1].lower_ in ("judge", "justice", "magistrate"):
            out.add(k)
    doc.user_data["kg_judicial"] = out
    return out
