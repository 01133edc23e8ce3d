"""The `kg_actions` component: actions (who did what to whom, under which instrument, when) from the parse."""
from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.actions.args import Args, modal_args, noun_args
from kg.nlp.actions.co_participants import with_co_participants
from kg.nlp.actions.discourse import (adversary_targets, continue_targets, dedupe, inherit_lifted_targets, once_per_event,
                                      reaction_targets, split_by_instrument)
from kg.nlp.doc.index import EntityIndex, anaphora, instrument_mentions, memo
from kg.nlp.doc.lines import doc_text, evidence_text, span_text
from kg.nlp.lexicon import words
from kg.nlp.actions.recommendations import recommendations
from kg.nlp.actions.judicial import without_forums
from kg.nlp.actions.obligations import imposed_obligations
from kg.nlp.actions.clauses import court_subject, forbidding, inside_directive, judicial_keys, negated
from kg.nlp.actions.readings import is_verb, readings_of, told_by
from kg.nlp.records import ActionRecord
from kg.nlp.actions.temporal import date_near, find_dates_in, relative_to_previous, same_period
from kg.nlp.actions.triggers import candidates, choose, lexicon, syntax
from kg.nlp.actions.verb_args import verb_args

EXTRACTOR = "kg.actions.v1"
INSTRUMENT_WORDS = ({w for w, classes in anaphora()["descriptions"].items() if "PolicyInstrument" in classes}
                    | words("clause_words.json", "instrument_plurals"))
LISTING_WORDS = words("clause_words.json", "listing_words")
DRAFT_WORDS = words("clause_words.json", "draft_words")
DRAFT_TYPES = frozenset(syntax()["draft_types"])


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
                    args = verb_args(tok, idx, lex, readings)
                    if args is not None:
                        found = self._records(tok, sent, readings, with_co_participants(tok, args, idx), idx)
                modal = self._modal_reading(tok, lex) if not found else None
                if modal and not inside_directive(tok):  # "Providers must publish a summary"
                    found = self._records(tok, sent, modal, modal_args(tok, idx), idx)
                actions += found
            elif tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in lex:
                args = noun_args(tok, idx)
                if args is not None:
                    args = with_co_participants(tok, args, idx)
                    actions += self._records(tok, sent, lex[(tok.lemma_.lower(), "NOUN")], args, idx)
        actions = continue_targets(doc, inherit_lifted_targets(doc, actions))
        actions = adversary_targets(doc, without_forums(doc, reaction_targets(doc, without_forums(doc, actions))))
        actions = recommendations(doc, imposed_obligations(doc, actions))
        doc._.kg_action_candidates = once_per_event(doc, dedupe(actions))
        return doc

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

    # -- records ----------------------------------------------------------------------------------
    def _records(self, trig: Token, sent: Span, readings, args: Args, idx: EntityIndex) -> list[ActionRecord]:
        """One record per agent ("Meta and OpenAI signed": two actions); none when the lexicon's
        conditions fail or nothing is named."""
        instruments = [a for a in args.agents + args.targets if idx.type_of(a) == "PolicyInstrument"]
        own = own_instruments(trig, sent, args, idx, instruments)
        agents, options = agent_choices(args, idx, instruments)
        out = []
        for agent in agents:
            for option in (options or [agent]) if agent else [None]:
                targets = [t for t in args.targets if t != option and idx.type_of(t) != "PolicyInstrument"]
                rec = self._record(trig, sent, readings, args, idx, option, targets, list(instruments))
                if rec is not None:
                    rec.targets = rec.targets or counterparts(rec, trig, agents, sent, idx)
                    rec.own_instruments = own
                    rec.direct_targets = [t for t in targets if t in args.direct]
                    out += split_by_instrument(rec)
                    break
        return out

    def _record(self, trig: Token, sent: Span, readings, args: Args, idx: EntityIndex, agent: str | None,
                targets: list[str], instruments: list[str]) -> ActionRecord | None:
        reading = reading_for(readings, args, idx, agent, trig)
        if reading is None:
            return None
        atype, is_negated = action_type(trig, reading, args)
        instruments = self._instruments(sent, idx, atype, agent, targets, instruments, args.object_lemmas)
        if instruments is None:
            return None
        conf = syntax()["confidence"]
        score = conf[args.how] - (conf["anaphora_penalty"] if args.via_anaphora else 0)
        return ActionRecord(
            type=atype, evidence=evidence_text(sent), agent=agent, targets=targets, instruments=instruments,
            negated=is_negated, date=self._date(sent, trig, trig.doc),
            confidence=round(max(score, 0.1), 2), extractor=EXTRACTOR, trigger=trig.i,
        )

    def _instruments(self, sent: Span, idx: EntityIndex, atype: str, agent: str | None, targets: list[str],
                     instruments: list[str], objects: set[str] | frozenset[str]) -> list[str] | None:
        """The record's instruments, those the sentence names added; None when the action needs one and has none:
        an enactment of nothing the text names or describes tells an analyst nothing (a described one, "signed an
        executive order", is an object among `INSTRUMENT_WORDS`, as `reading_for` reads it: on corpus/train's folds 7
        right actions more for 2 wrong); an action of nobody on nothing is about the instrument of its context, if
        any."""
        instruments = list(dict.fromkeys(instruments + instrument_mentions(sent, idx)))
        if atype in ("Enact", "Revoke") and not instruments and not objects & INSTRUMENT_WORDS:
            return None
        if agent is None and not targets and not instruments:
            context = self._context_instrument(sent, idx) if atype in syntax()["context_types"] else None
            if context is None:
                return None
            instruments.append(context)
        return instruments

    @staticmethod
    def _date(sent: Span, trig: Token, doc: Doc) -> str | None:
        """The date nearest the trigger in its sentence, else one that points back ("the same day", "that month")
        to the last date of the sentences before."""
        ref = doc._.kg_doc_date
        found = date_near(span_text(sent), trig.idx - sent.start_char, ref)
        if found:
            return found
        full, dated = memo(doc, "kg_last_dates", lambda: last_dates(doc, ref)).get(sent.start, (None, None))
        return relative_to_previous(span_text(sent), full) or same_period(span_text(sent), dated)

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


def last_dates(doc: Doc, ref) -> dict[int, tuple[str | None, str | None]]:
    """Sentence start -> (the last full date written before it, the last date of any precision), from one reading
    of the document's dates (computed once a document)."""
    found = find_dates_in(doc_text(doc), ref)
    kinds = ([(at, v) for at, v in found if len(v) == 10], list(found))
    offsets = [[at for at, _ in dates] for dates in kinds]
    last: dict[int, tuple[str | None, str | None]] = {}
    for start in EntityIndex.of(doc).sent_starts:  # sentence starts are known: no second pass over doc.sents
        ks = [bisect.bisect_left(o, doc[start].idx) for o in offsets]
        last[start] = tuple(dates[k - 1][1] if k else None for dates, k in zip(kinds, ks))
    return last


def counterparts(rec: ActionRecord, trig: Token, agents: list[str | None], sent: Span, idx: EntityIndex) -> list[str]:
    """"OpenAI and Sur Energy signed a letter of intent", "AMD, Cisco and Humain announced a joint venture": in an
    action whose parties act together (symmetric_types of data/action_syntax.json) and that is a deal between them
    (its word or its object one of deal_words of data/clause_words.json), each party's counterparts are the others
    named beside it, when the sentence names no one else it could be with (no party but places and instruments:
    "Naver and Kakao agreed to work with the NEC" is with the NEC). Signing a code or a declaration is no deal: each
    commits itself ("Meta and OpenAI signed the code")."""
    deals = words("clause_words.json", "deal_words")
    if rec.type not in syntax()["symmetric_types"] or rec.instruments or not told_by(trig, deals):
        return []
    others = {k for s, e, k in idx.spans if sent.start <= s < sent.end} - set(agents)
    if any(idx.type_of(k) not in ("Jurisdiction", "PolicyInstrument") for k in others):
        return []
    return [a for a in agents if a and a != rec.agent and idx.type_of(a) != "PolicyInstrument"]


def own_instruments(trig: Token, sent: Span, args: Args, idx: EntityIndex, instruments: list[str]) -> list[str]:
    """The instruments the trigger's own clause names ("signed three orders: A, B and C": the list after it too)."""
    clause = {idx.by_token[t.i] for t in trig.subtree if t.i in idx.by_token}
    if args.object_lemmas & LISTING_WORDS:
        clause |= {k for s, e, k in idx.spans if trig.i < s < sent.end}
    return [k for k in dict.fromkeys(instruments + sorted(clause)) if idx.type_of(k) == "PolicyInstrument"]


def agent_choices(args: Args, idx: EntityIndex, instruments: list[str]) -> tuple[list[str | None], list[str]]:
    """(agents, antecedent options): one record per named agent, or the likeliest antecedent of an anaphoric
    subject. "It calls on agencies...": when that antecedent is an instrument, the plan (added to `instruments`),
    not its author, and no agent."""
    agents = [a for a in args.agents if idx.type_of(a) != "PolicyInstrument"] or [None]
    if args.agent_options and idx.type_of(args.agent_options[0]) == "PolicyInstrument":
        instruments.append(args.agent_options[0])
        return [None], []
    options = [o for o in args.agent_options if idx.type_of(o) != "PolicyInstrument"]
    return ([options[0]] if options else agents), options


def agent_classes_of(agent: str | None, trig: Token, idx: EntityIndex, asked: bool) -> set[str]:
    """The agent's class, and "judicial" for a court or a judge (when a reading `asked` for one): a named one, or one
    the verb's subject names by its words ("A judge in San Francisco, Rita Lin, blocked ...")."""
    if not agent:
        return set()
    judicial = asked and (agent in judicial_keys(trig.doc, idx) or court_subject(trig))
    return {idx.type_of(agent)} | ({"judicial"} if judicial else set())


def reading_for(readings, args: Args, idx: EntityIndex, agent: str | None, trig: Token):
    """The first reading of the trigger whose conditions hold and whose type this agent can do, else None."""
    object_classes = {idx.type_of(t) for t in args.targets}
    if args.object_lemmas & INSTRUMENT_WORDS:  # "signed three executive orders: ..."
        object_classes.add("PolicyInstrument")
    asked = any(r.judicial for r in readings)
    classes = agent_classes_of(agent, trig, idx, asked)
    reading = choose(readings, classes, object_classes, args.object_lemmas, args.xcomps, args.evaluation)
    if reading is None or (agent and idx.type_of(agent) not in syntax()["agent_classes"][reading.type]):
        return None
    return reading


def publishes_draft(trig: Token) -> bool:
    """Whether what the trigger acts on is a draft ("published a draft strategy", "was released as a draft")."""
    args = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    args += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in DRAFT_WORDS for c in args for t in c.subtree)


def as_proposal(trig: Token, atype: str) -> str:
    """The type of an act of publishing or adopting: Propose when what it acts on is a draft."""
    return "Propose" if atype in DRAFT_TYPES and publishes_draft(trig) else atype


def action_type(trig: Token, reading, args: Args) -> tuple[str, bool]:
    """(type, negated): publishing a draft is proposing it; a negated reading may have a type of its own
    ("may not" is the ban itself, not a negated one)."""
    is_negated, atype = negated(trig) and args.how != "modal", reading.type
    atype = as_proposal(trig, atype)
    if is_negated and reading.negated_type:
        atype, is_negated = reading.negated_type, False
    elif reading.not_to_type and not is_negated and forbidding(trig):
        atype = reading.not_to_type
    return atype, is_negated
