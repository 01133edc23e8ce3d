"""The `kg_actions` component: actions (who did what to whom, under which instrument, when) from the parse."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.action_discourse import continue_targets, dedupe, inherit_lifted_targets, once_per_event, split_by_instrument
from kg.nlp.arguments import EntityIndex, anaphora, instrument_mentions
from kg.nlp.clauses import (DIRECTIVE, by_agent, co_agents, governing_trigger, inside_directive, is_verb,
                            judicial_keys, negated, readings_of, speaker_subject, subject_of)
from kg.nlp.records import ActionRecord
from kg.nlp.temporal import date_near, find_dates_in, relative_to_previous
from kg.nlp.triggers import candidates, choose, lexicon, syntax

EXTRACTOR = "kg.actions.v1"
INSTRUMENT_WORDS = {w for w, classes in anaphora()["descriptions"].items() if "PolicyInstrument" in classes} | {"orders", "laws", "acts", "bills"}
RAISING = {"let", "allow", "permit", "block", "bar", "stop", "prevent", "see", "make"}


@dataclass
class Args:
    """What the parse says around one trigger, before the lexicon picks a type."""

    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    object_lemmas: set[str] = field(default_factory=set)
    xcomps: set[str] = field(default_factory=set)
    how: str = "verb"
    via_anaphora: bool = False
    agent_options: list[str] = field(default_factory=list)  # antecedents of an anaphoric subject, best first
    direct: list[str] = field(default_factory=list)  # targets that are objects of the trigger, not of a preposition


class ActionExtractor:
    """Sets ``doc._.kg_action_candidates``: the rules' reading, a list of `ActionRecord` that `kg_action_scorer`
    scores and chooses from."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        for ext in ("kg_action_candidates", "kg_doc_date"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        idx = EntityIndex.of(doc)
        lex = lexicon()
        actions: list[ActionRecord] = []
        for tok, sent in candidates(doc, idx, lex):
            if tok.i in idx.by_token:
                continue  # a word inside a name ("Executive Order 14110") triggers nothing
            if is_verb(tok):
                found: list[ActionRecord] = []
                readings = readings_of(tok, lex)
                if readings:
                    args = self._verb_args(tok, idx, lex, readings)
                    if args is not None:
                        found = self._records(tok, sent, readings, args, idx)
                modal = self._modal_reading(tok, lex) if not found else None
                if modal and not inside_directive(tok):  # "Providers must publish a summary"
                    found = self._records(tok, sent, modal, self._modal_args(tok, idx), idx)
                actions += found
            elif tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in lex:
                args = self._noun_args(tok, idx)
                if args is not None:
                    actions += self._records(tok, sent, lex[(tok.lemma_.lower(), "NOUN")], args, idx)
        actions = continue_targets(doc, inherit_lifted_targets(doc, actions))
        doc._.kg_action_candidates = once_per_event(doc, dedupe(actions))
        return doc

    # -- arguments --------------------------------------------------------------------------------
    def _verb_args(self, verb: Token, idx: EntityIndex, lex: dict, readings: list | None = None) -> Args | None:
        outer = governing_trigger(verb, lex)
        if outer is not None and (outer.lemma_.lower() not in DIRECTIVE or verb.dep_ == "ccomp"):
            return None  # "refused to pause": the outer trigger is the action
        if inside_directive(verb):
            return None
        light = verb.lemma_.lower() in syntax()["light_verbs"]
        if light and any(c.dep_ in ("dobj", "nsubjpass") and c.i not in idx.by_token
                         and any(not (r.xcomp or r.object or r.object_lemma) for r in lex.get((c.lemma_.lower(), "NOUN"), []))
                         for c in verb.children):
            return None  # "opened an investigation": the noun is the action
        args = Args()
        subj, passive = subject_of(outer if outer is not None else verb)
        objs: list[Token] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "oprd", "attr"):
                objs.append(c)
            elif c.dep_ == "prep" and c.lower_ in syntax()["verb_target_preps"]:
                objs.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in RAISING:
                objs += [g for g in c.children if g.dep_ == "nsubj"]  # "let the newspaper's claims proceed"
            elif c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                args.xcomps.add(c.lemma_.lower())
                if plain_trigger(c, lex) and verb.lemma_.lower() in DIRECTIVE and not passive:
                    return None  # "directed X to designate Y": the inner action carries it
                if verb.lemma_.lower() in DIRECTIVE:  # "ordered agencies to stop using X's models": X is a target
                    objs += [g for x in c.subtree if x.dep_ == "xcomp" or x == c
                             for g in x.children if g.dep_ == "dobj"]
        if outer is not None:
            passive = False
        if verb.tag_ == "VBN" and verb.dep_ == "advcl" and by_agent(verb) is not None:
            passive = True  # "Passed by the National Assembly in 2024, the Act ...": the Act is the object
        if passive:
            args.how = "passive"
            if subj is not None:
                objs.insert(0, subj)
            elif verb.dep_ == "acl":  # "the Act, approved by the House of Councillors"
                objs.insert(0, verb.head)
            subj = by_agent(verb) or speaker_subject(verb, idx)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the restrictions imposed by X"
            objs.insert(0, verb.head)
            subj = by_agent(verb)
        elif verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children) \
                and subj is not None and subj.i != verb.head.i:  # "the order Joe Biden had signed"
            objs.insert(0, verb.head)
        partners = co_agents(subj, idx) if passive or verb.dep_ == "acl" else []
        if not objs:  # "agreed to hand the government 15%", "deny that they infringed the paper's copyrights"
            objs = [g for c in verb.children if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ in ("dobj", "dative")]
        if not objs and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":  # "met officials to argue"
            objs = [g for g in verb.head.children if g.dep_ == "dobj"]
        args.object_lemmas = {o.lemma_.lower() for o in objs}
        self._fill(args, subj, objs, idx)
        args.agents += [k for k in partners if k not in args.agents]
        if readings and any(r.type == "Release" for r in readings):  # "a suite of products that includes Grok 4"
            models = [idx.by_token[t.i] for o in objs for t in o.subtree
                      if t.i in idx.by_token and idx.type_of(idx.by_token[t.i]) == "AIModel"]
            args.targets = list(dict.fromkeys(args.targets + models))
        if subj is not None and args.agents and all(idx.type_of(a) == "PolicyInstrument" for a in args.agents):
            issuers = [idx.head_entity(c) for c in subj.children if c.dep_ == "poss"]
            args.agents += [k for k in issuers if k and idx.type_of(k) in ("GovernmentBody", "Person", "Jurisdiction")]
        return args

    def _noun_args(self, noun: Token, idx: EntityIndex) -> Args | None:
        syn = syntax()
        args = Args(how="noun")
        head = noun.head
        subj: Token | None = None
        objs: list[Token] = []
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in syn["light_verbs"]:
            s, _ = subject_of(head)
            if head.lemma_.lower() in syn["subject_is_target"] and s is not None:
                objs.append(s)
            else:
                subj = s
            objs += [p for c in head.children if c.dep_ == "prep" and c.lower_ in syn["verb_target_preps"]
                     for p in c.children if p.dep_ == "pobj"]
        elif noun.dep_ == "nsubjpass" and head.lemma_.lower() in syn["light_verbs"]:
            subj = by_agent(head)
        elif noun.dep_ == "attr" and head.lemma_ == "be" and noun.lemma_.lower() in syn["copular_nouns"]:
            subj, _ = subject_of(head)  # "Microsoft is OpenAI's largest investor": the possessor is the target
            objs += [c for c in noun.children if c.dep_ == "poss"]
        elif is_verb(head) and readings_of(head, lexicon()):
            return None  # "sued over the designation": part of another action
        for c in noun.children:
            if c.dep_ == "poss" and subj is None and c not in objs:
                subj = c
            elif c.dep_ == "prep" and c.lower_ == "by":
                subj = next((p for p in c.children if p.dep_ == "pobj"), subj)
            elif c.dep_ == "prep" and c.lower_ in syn["noun_target_preps"]:
                objs += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and by_agent(c) is not None:  # "suits brought by X"
                subj = by_agent(c)
            elif c.dep_ == "acl" and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                # "a directive to cease handling X's products" (not "the directive citing ...")
                args.xcomps.add(c.lemma_.lower())
                objs += [g for x in c.subtree if x.pos_ == "VERB" for g in x.children if g.dep_ == "dobj"]
        self._fill(args, subj, objs, idx)
        return args if args.agents or args.targets else None

    @staticmethod
    def _modal_reading(verb: Token, lex: dict) -> list | None:
        """"must publish" is an obligation; "may not delete" and "nobody may delete" are prohibitions."""
        syn = syntax()
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        neg = any(c.dep_ == "neg" for c in verb.children)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        nobody = subj is not None and (subj.lower_ in syn["modal_ban_subjects"]
                                       or any(d.lower_ == "no" and d.dep_ == "det" for d in subj.children))
        if aux & set(syn["modal_mandate"]):
            return lex[("ban", "VERB")] if neg else lex[("mandate", "VERB")]
        if aux & set(syn["modal_permission"]) and (neg or nobody):
            return lex[("ban", "VERB")]
        return None

    def _modal_args(self, verb: Token, idx: EntityIndex) -> Args:
        """"Providers must publish...": an obligation; a named subject and the objects are its targets.
        In reported speech ("X said no contractor may trade with Y") the speaker imposes it."""
        args = Args(how="modal")
        subj, _ = subject_of(verb)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in syntax()["verb_target_preps"]
                 for p in c.children if p.dep_ == "pobj"]
        speaker = speaker_subject(verb, idx)
        self._fill(args, speaker, ([subj] if subj is not None else []) + objs, idx)
        return args

    @staticmethod
    def _fill(args: Args, subj: Token | None, objs: list[Token], idx: EntityIndex) -> None:
        if subj is not None:
            args.agents = idx.phrase_entities(subj)
            args.via_anaphora = subj.i not in idx.by_token or subj.i in idx.anaphors
            if args.via_anaphora and len(args.agents) == 1:
                args.agent_options = idx.head_options(subj)
        first = args.agents[0] if args.agents else None
        for o in objs:
            found = idx.phrase_entities(o, exclude=first)
            if o.dep_ in ("dobj", "dative", "nsubjpass", "oprd", "nsubj"):  # the object itself, not its modifiers
                args.direct += [k for k in idx.phrase_entities(o, deep=False, exclude=first) if k not in args.direct]
            if any(idx.type_of(k) == "PolicyInstrument" for k in found):  # "a memorandum with OpenAI"
                found += [k for k in idx.in_modifiers(o) if k != first]
            args.targets += [k for k in found if k not in args.targets]

    # -- records ----------------------------------------------------------------------------------
    def _records(self, trig: Token, sent: Span, readings, args: Args, idx: EntityIndex) -> list[ActionRecord]:
        """One record per agent ("Meta and OpenAI signed": two actions); none when the lexicon's
        conditions fail or nothing is named."""
        instruments = [a for a in args.agents + args.targets if idx.type_of(a) == "PolicyInstrument"]
        clause = {idx.by_token[t.i] for t in trig.subtree if t.i in idx.by_token}
        if args.object_lemmas & {"orders", "laws", "acts", "bills", "rules", "regulations", "directives"}:
            clause |= {k for s, e, k in idx.spans if trig.i < s < sent.end}  # "signed three orders: A, B and C"
        own = [k for k in dict.fromkeys(instruments + sorted(clause)) if idx.type_of(k) == "PolicyInstrument"]
        agents = [a for a in args.agents if idx.type_of(a) != "PolicyInstrument"] or [None]
        if args.agent_options and idx.type_of(args.agent_options[0]) == "PolicyInstrument":
            instruments.append(args.agent_options[0])  # "It calls on agencies...": the plan, not its author
            agents, options = [None], []
        else:
            options = [o for o in args.agent_options if idx.type_of(o) != "PolicyInstrument"]
        if options:
            agents = [options[0]]
        out = []
        for agent in agents:
            for option in (options or [agent]) if agent else [None]:
                targets = [t for t in args.targets if t != option and idx.type_of(t) != "PolicyInstrument"]
                rec = self._record(trig, sent, readings, args, idx, option, targets, list(instruments))
                if rec is not None:
                    rec.own_instruments = own
                    rec.direct_targets = [t for t in targets if t in args.direct]
                    out += split_by_instrument(rec)
                    break
        return out

    def _record(self, trig: Token, sent: Span, readings, args: Args, idx: EntityIndex, agent: str | None,
                targets: list[str], instruments: list[str]) -> ActionRecord | None:
        doc = trig.doc
        agent_classes = ({idx.type_of(agent)} | ({"judicial"} if agent in judicial_keys(doc, idx) else set())
                         if agent else set())
        object_classes = {idx.type_of(t) for t in args.targets}
        if args.object_lemmas & INSTRUMENT_WORDS:  # "signed three executive orders: ..."
            object_classes.add("PolicyInstrument")
        reading = choose(readings, agent_classes, object_classes, args.object_lemmas, args.xcomps)
        if reading is None or (agent and idx.type_of(agent) not in syntax()["agent_classes"][reading.type]):
            return None
        is_negated, atype = negated(trig) and args.how != "modal", reading.type  # "may not" is the ban itself
        if atype == "Enact" and any(t.lower_ == "draft" for c in trig.children if c.dep_ in ("dobj", "nsubjpass")
                                    for t in c.subtree):
            atype = "Propose"  # publishing a draft is proposing it
        if is_negated and reading.negated_type:
            atype, is_negated = reading.negated_type, False
        instruments = list(dict.fromkeys(instruments + instrument_mentions(sent, idx)))
        if atype in ("Enact", "Revoke") and not instruments:
            return None  # an enactment of nothing the text names tells an analyst nothing
        if agent is None and not targets and not instruments:
            context = self._context_instrument(sent, idx) if atype in syntax()["context_types"] else None
            if context is None:
                return None
            instruments.append(context)
        conf = syntax()["confidence"]
        score = conf[args.how] - (conf["anaphora_penalty"] if args.via_anaphora else 0)
        return ActionRecord(
            type=atype, evidence=sent.text.strip(), agent=agent, targets=targets, instruments=instruments,
            negated=is_negated, date=self._date(sent, trig, doc),
            confidence=round(max(score, 0.1), 2), extractor=EXTRACTOR, trigger=trig.i,
        )

    @staticmethod
    def _date(sent: Span, trig: Token, doc: Doc) -> str | None:
        """The date nearest the trigger in its sentence, else one that points back ("the same day") to the
        last full date of the sentences before."""
        ref = doc._.kg_doc_date
        found = date_near(sent.text, trig.idx - sent.start_char, ref)
        if found:
            return found
        last = doc.user_data.get("kg_last_dates")
        if last is None:  # sentence start -> the last full date written before it (computed once a document)
            full = [(at, v) for at, v in find_dates_in(doc.text, ref) if len(v) == 10]
            offsets = [at for at, _ in full]
            last = {}
            for start in EntityIndex.of(doc).sent_starts:  # sentence starts are known: no second pass over doc.sents
                k = bisect.bisect_left(offsets, doc[start].idx)
                last[start] = full[k - 1][1] if k else None
            doc.user_data["kg_last_dates"] = last
        return relative_to_previous(sent.text, last.get(sent.start))

    @staticmethod
    def _context_instrument(sent: Span, idx: EntityIndex) -> str | None:
        """The policy instrument the surrounding text is about: the last one named in the few sentences before,
        else the one the text so far names most often (twice at least, or the only one it names)."""
        doc, here = sent.doc, idx.sent_no[sent.start]
        window = syntax()["context_window"]
        for n in range(here - 1, max(-1, here - window - 1), -1):
            found = instrument_mentions(doc[idx.sent_starts[n]].sent, idx)
            if found:
                return found[-1]
        counts: dict[str, int] = {}
        for n in range(here):
            for k in instrument_mentions(doc[idx.sent_starts[n]].sent, idx):
                counts[k] = counts.get(k, 0) + 1
        top = max(counts, key=counts.get, default=None)
        return top if top is not None and (counts[top] >= 2 or len(counts) == 1) else None


def plain_trigger(tok: Token, lex: dict) -> bool:
    """Whether a verb has a reading with no condition at all (it is an action whoever does it to whatever)."""
    return any(not (r.object_lemma or r.xcomp or r.agent or r.object) for r in readings_of(tok, lex) or [])
