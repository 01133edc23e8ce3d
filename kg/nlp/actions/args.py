"""Who and what around one action trigger, for `kg_actions`: `Args`, the agent and target tokens of an action noun
(a registry of frames: the light verb or copula it depends on) or of a modal obligation, and `fill`, which turns
tokens into entity keys. Verbs: kg/nlp/actions/verb_args.py."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.anaphors import anaphora
from kg.nlp.doc.index import EntityIndex
from kg.nlp.actions.clauses import RELATIVE, by_agent, speaker_subject, subject_of
from kg.nlp.actions.readings import is_verb, readings_held
from kg.nlp.actions.triggers import lexicon, syntax
from kg.nlp.lexicon import is_person_noun, words

PARTY_CLASSES = frozenset(ORGANIZATION_CLASSES) | {"Person"}
PART_NOUNS = words("clause_words.json", "part_nouns")
DUTY_VERBS = words("clause_words.json", "duty_verbs")
DIRECT_DEPS = ("dobj", "dative", "nsubjpass", "oprd", "nsubj")  # the object itself, not its modifiers


@dataclass
class Args:
    """What the parse says around one trigger, before the lexicon picks a type."""

    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    object_lemmas: set[str] = field(default_factory=set)
    xcomps: set[str] = field(default_factory=set)
    evaluation: str | None = None  # what a verb of labelling says of its object (kg/nlp/actions/evaluation.py)
    how: str = "verb"
    via_anaphora: bool = False
    agent_options: list[str] = field(default_factory=list)  # antecedents of an anaphoric subject, best first
    direct: list[str] = field(default_factory=list)  # targets that are objects of the trigger, not of a preposition


def pobjs(prep: Token) -> list[Token]:
    return [p for p in prep.children if p.dep_ == "pobj"]


def target_prep_objects(head: Token, preps) -> list[Token]:
    """The objects of `head`'s prepositions that name a target ("imposed restrictions on X")."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c)]


# -- action nouns ----------------------------------------------------------------------------------------------------
def light_verb_object(noun: Token, head: Token, syn: dict) -> tuple[Token | None, list[Token]] | None:
    """"X opened an investigation into Y"; "Y faces an investigation" (the subject is the target)."""
    if noun.dep_ not in ("dobj", "attr") or head.lemma_.lower() not in syn["light_verbs"]:
        return None
    s, _ = subject_of(head)
    if head.lemma_.lower() in syn["subject_is_target"] and s is not None:
        return received(head, s, target_prep_objects(head, syn["verb_target_preps"]))
    return s, target_prep_objects(head, syn["verb_target_preps"])


def received(verb: Token, subj: Token | None, objs: list[Token]) -> tuple[Token | None, list[Token]]:
    """"Mistral raised EUR 600 million from General Catalyst", "X faced an investigation": the subject receives
    the action and is a target; the object of "from" is the giver, the agent."""
    givers = target_prep_objects(verb, ("from",))
    rest = [o for o in objs if o not in givers]
    return (givers[0] if givers else None), ([subj] if subj is not None else []) + rest


def light_verb_prep(noun: Token, head: Token, syn: dict) -> tuple[Token | None, list[Token]] | None:
    """"raised $200 million in a Series B round led by X": the noun under a preposition of a verb whose subject
    receives it; the noun's own modifiers name the agent."""
    verb = head.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or verb.lemma_.lower() not in syn["subject_is_target"]:
        return None
    s, _ = subject_of(verb)
    return received(verb, s, []) if s is not None else None


def light_verb_subject(noun: Token, head: Token, syn: dict) -> tuple[Token | None, list[Token]] | None:
    """"an investigation was opened by X"."""
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in syn["light_verbs"]:
        return by_agent(head), []
    return None


def copular_noun(noun: Token, head: Token, syn: dict) -> tuple[Token | None, list[Token]] | None:
    """"Microsoft is OpenAI's largest investor": the possessor is the target."""
    if noun.dep_ == "attr" and head.lemma_ == "be" and noun.lemma_.lower() in syn["copular_nouns"]:
        return subject_of(head)[0], [c for c in noun.children if c.dep_ == "poss"]
    return None


def carried_nouns(verb: Token) -> list[Token]:
    """What a verb of handing over (`with_carriers`) hands on with "with": "hit Rytr with a fine" -> [fine]."""
    if verb.lemma_.lower() not in syntax()["with_carriers"]:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]


def carried_with(noun: Token, head: Token, syn: dict) -> tuple[Token | None, list[Token]] | None:
    """"The FTC hit Rytr with a fine", "Meta was slapped with a lawsuit by authors": a verb of handing over
    (`carried_nouns`) gives the noun its agent, and whom it hands the noun to is the target."""
    verb = head.head
    if noun not in carried_nouns(verb):
        return None
    subj, passive = subject_of(verb)
    if passive:
        return by_agent(verb), [subj] if subj is not None else []
    return subj, [c for c in verb.children if c.dep_ == "dobj"]


NOUN_FRAMES = (light_verb_object, light_verb_subject, copular_noun, light_verb_prep, carried_with)


def noun_prep(c: Token, subj: Token | None, objs: list[Token], syn: dict) -> Token | None:
    """"an investigation by X", "a ban on Y"; "funding from X", "a fine from the regulator" when nobody else acts."""
    if c.lower_ == "by" or (c.lower_ == "from" and subj is None):
        return next((p for p in c.children if p.dep_ == "pobj"), subj)
    if c.lower_ in syn["noun_target_preps"]:
        objs += pobjs(c)
    return subj


def noun_clause(c: Token, subj: Token | None, objs: list[Token], xcomps: set[str]) -> Token | None:
    """"suits brought by X"; "a directive to cease handling X's products" (not "the directive citing ...")."""
    if c.tag_ == "VBN" and by_agent(c) is not None:
        return by_agent(c)
    if c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
        xcomps.add(c.lemma_.lower())
        objs += [g for x in c.subtree if x.pos_ == "VERB" for g in x.children if g.dep_ == "dobj"]
    return subj


def noun_modifiers(noun: Token, subj: Token | None, objs: list[Token], args: Args, syn: dict) -> Token | None:
    """The agent the noun's own modifiers name (possessor, "by" phrase, participle), adding their targets to objs. A
    clause's subject that the noun's own agent displaces is a target: "Mistral closed a round led by ASML"."""
    frame_subj = subj
    for c in noun.children:
        if c.dep_ == "poss" and noun.lemma_.lower() in syn["recipient_nouns"]:
            objs += [c] if c not in objs else []  # "Mistral's round led by ASML": Mistral raised it
        elif c.dep_ == "poss":
            subj = c if subj is None and c not in objs else subj
        elif c.dep_ == "prep":
            subj = noun_prep(c, subj, objs, syn)
        elif c.dep_ == "acl":
            subj = noun_clause(c, subj, objs, args.xcomps)
    if frame_subj is not None and subj is not frame_subj and frame_subj not in objs:
        objs.append(frame_subj)
    return subj


def noun_args(noun: Token, idx: EntityIndex) -> Args | None:
    """The agent and targets of an action noun; None when it is part of another action or names nobody."""
    syn = syntax()
    args = Args(how="noun")
    head = noun.head
    if kept_duty(noun):
        return None
    frame = next((f for f in (frame(noun, head, syn) for frame in NOUN_FRAMES) if f is not None), None)
    if frame is None and is_verb(head) and readings_held(head, lexicon()):
        return None  # "sued over the designation": part of another action
    subj, objs = frame or (None, [])
    subj = noun_modifiers(noun, subj, objs, args, syn)
    fill(args, subj, objs, idx)
    return args if args.agents or args.targets else None


def kept_duty(noun: Token) -> bool:
    """"breached its obligations", "comply with the requirements", "meet its transparency obligations": a duty a
    verb of keeping or breaking one (duty_verbs of data/clause_words.json) acts on exists already; no one imposes
    it here."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in DUTY_VERBS


# -- modal obligations -----------------------------------------------------------------------------------------------
def modal_args(verb: Token, idx: EntityIndex) -> Args:
    """"Providers must publish...": an obligation; a named subject and the objects are its targets.
    In reported speech ("X said no contractor may trade with Y") the speaker imposes it."""
    args = Args(how="modal")
    subj, _ = subject_of(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += target_prep_objects(verb, syntax()["verb_target_preps"])
    speaker = speaker_subject(verb, idx)
    fill(args, speaker, ([subj] if subj is not None else []) + objs, idx)
    return args


# -- tokens to entities ----------------------------------------------------------------------------------------------
def fill_agent(args: Args, subj: Token, idx: EntityIndex) -> None:
    args.agents = idx.phrase_entities(subj)
    args.via_anaphora = subj.i not in idx.by_token or subj.i in idx.anaphors
    if args.via_anaphora and len(args.agents) == 1:
        args.agent_options = idx.head_options(subj)


def fill_target(args: Args, o: Token, first: str | None, idx: EntityIndex) -> None:
    found = idx.phrase_entities(o, exclude=first) or themes(o, first, idx)
    if o.dep_ in DIRECT_DEPS:
        args.direct += [k for k in idx.phrase_entities(o, deep=False, exclude=first) if k not in args.direct]
    if any(idx.type_of(k) == "PolicyInstrument" for k in found):  # "a memorandum with OpenAI"
        found += [k for k in idx.in_modifiers(o) if k != first]
    args.targets += [k for k in found if k not in args.targets]


def themes(o: Token, first: str | None, idx: EntityIndex) -> list[str]:
    """What a direct object that names no one acts on, by its "of": "suspended downloads of DeepSeek", "banned the
    use of ChatGPT", "restricted exports of Nvidia chips". Not a preposition's object ("spoke on the sidelines of the
    U.N. General Assembly"), a work's author (`EntityIndex.in_modifiers`), a noun of a person or an organisation
    ("fined the maker of ChatGPT"), whose "of" names whom it belongs to, nor an object of welcoming or criticising
    ("welcomed the backing of Germany"), often an event whose "of" names its agent."""
    verb = o.head
    if o.dep_ not in ("dobj", "nsubjpass") or o.pos_ not in ("NOUN", "PROPN") or o.i in idx.by_token or agentive(o) \
            or reaction(verb):
        return []
    return [k for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            for k in idx.phrase_entities(p, exclude=first)]


def agentive(noun: Token) -> bool:
    """A noun of a person or an organisation: WordNet's person nouns ("maker", "subsidiary", "owner"), the
    descriptions the anaphora resolver reads as one ("company", "regulator"; data/anaphora.json), a representative's
    ("staff", "members") or a part's ("unit", part_nouns of clause_words.json)."""
    lemma, a = noun.lemma_.lower(), anaphora()
    return (is_person_noun(noun) or bool(PARTY_CLASSES.intersection(a["descriptions"].get(lemma, ())))
            or lemma in a["representative_nouns"] or lemma in PART_NOUNS)


def fill(args: Args, subj: Token | None, objs: list[Token], idx: EntityIndex) -> None:
    """The entities the subject and object tokens name: agents, targets and direct targets."""
    if subj is not None:
        fill_agent(args, subj, idx)
    first = args.agents[0] if args.agents else None
    for o in objs:
        fill_target(args, described_noun(o, idx), first, idx)


def described_noun(o: Token, idx: EntityIndex) -> Token:
    """A relative pronoun as object stands for the name its clause describes ("Zentrix Labs, which the FTC fined",
    "Orrin, which Microsoft invested $1 billion in"), as it does as subject (`own_subject`); not for a description
    ("the company that Ofcom fined": whom it points back to is a guess) or an event ("a settlement ..., which the
    Guild welcomed", hung by the parser on the last name)."""
    verb = o.head.head if o.dep_ == "pobj" else o.head
    named = verb.head.i in idx.by_token and verb.head.i not in idx.anaphors
    return verb.head if o.lower_ in RELATIVE and verb.dep_ == "relcl" and named and not reaction(verb) else o


def reaction(verb: Token) -> bool:
    """A verb of welcoming or criticising (the reaction types' lexicon readings), whose object is often an event."""
    return any(r.type in syntax()["reaction_types"] for r in readings_held(verb, lexicon()) or [])
