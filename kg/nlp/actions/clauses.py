"""Clause structure around a trigger word: subjects, passive agents, negation, verb lemmas, phrasal verbs."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.doc.datelines import dateline_tokens
from kg.nlp.doc.index import EntityIndex, memo
from kg.nlp.lexicon import load_json, words
from kg.nlp.actions.judicial import judicial_words
from kg.nlp.actions.readings import is_verb, readings_held
from kg.nlp.actions.triggers import syntax

SUBJ = ("nsubj", "csubj")
RELATIVE = {"which", "that", "who", "whom"}
SAY = words("clause_words.json", "say_verbs")
CO_AGENT_MARKERS = frozenset(load_json("relation_cues.json")["co_agent_markers"])  # "together with"
DIRECTIVE = words("clause_words.json", "directive_verbs")
IMPLICATIVE_DIRECTIVES = words("clause_words.json", "implicative_directives")


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject token (inherited through conj, xcomp and relative clauses) and whether it is passive."""
    v = verb
    for _ in range(4):
        found = own_subject(v, v is verb)
        if found is not None:
            return found
        if v.dep_ == "relcl":
            return v.head, False
        if v.dep_ == "acl" and v.tag_ == "VBN":  # "the order signed by X": the noun is the object
            return None, True
        up = issuing_verb(v) or verb_above(v)
        if up is None:
            break
        v = up
    return None, False


def own_subject(v: Token, first: bool) -> tuple[Token | None, bool] | None:
    """The subject among the verb's own children ("X was involved in drafting Y": drafting is active, so only the
    first verb's subject can be passive); a relative pronoun stands for the noun the clause describes."""
    for c in v.children:
        if c.dep_ in SUBJ or c.dep_ in ("nsubjpass", "csubjpass"):
            passive = c.dep_.endswith("pass") and first
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head, passive
            return named_subject(c, v), passive
    return None


def named_subject(subj: Token, verb: Token) -> Token:
    """The name a subject stands for where the parser took a word before it for the subject: an item's label before
    a colon ("Montana: Gov. Greg Gianforte in April signed ...": the name after the colon, hung on the label or on
    the verb), or a descriptor with the name right after it, both made subjects of the verb ("Elon Musk's artificial
    intelligence company xAI sued ...": xAI, not the descriptor's possessor), or a dateline's place with the story's
    subject after it or coordinated with it (`past_the_dateline`)."""
    doc = subj.doc
    nxt = doc[subj.i + 1] if subj.i + 1 < len(doc) else None
    later = [c for c in verb.children if c.dep_ == subj.dep_ and c.i > subj.i]
    if nxt is not None and nxt.text == ":":
        after = [c for c in subj.children if c.dep_ == "appos" and c.i > nxt.i] + later
        return after[0] if after else subj
    if subj.pos_ == "NOUN" and later and later[0].i == subj.i + 1 and nxt.pos_ == "PROPN":
        return nxt
    return past_the_dateline(subj, later)


def past_the_dateline(subj: Token, later: list[Token]) -> Token:
    """"LONDON, March 3 (Wire) - The Upper Tribunal ruled ...", "LAGOS, Aug. 8 (Wire) - The commission fined ...": the
    parser makes the dateline's place a subject of the story's first verb, beside the story's subject (`later`) or
    with it as a conjunct; the story's subject is the subject. The dateline is read only then (it is not cheap)."""
    after = later or [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i]
    return after[0] if after and subj.i in dateline_tokens(subj.doc) else subj


def issuing_verb(v: Token) -> Token | None:
    """"issued an enforcement notice barring Clearview from ...": the verb whose object a participle describes acts
    through it (its subject is the participle's); light verbs only (data/action_syntax.json: light_verbs)."""
    noun = v.head
    if v.dep_ == "acl" and v.tag_ == "VBG" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and noun.head.lemma_.lower() in syntax()["light_verbs"]:
        return noun.head
    return None


def verb_above(v: Token) -> Token | None:
    """The verb whose subject a verb shares: the head of a conj, xcomp or advcl; "involved in drafting the order";
    "X was involved in ..."."""
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
        return v.head
    if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "stopped short of banning": the verb "short" modifies
        up = v.head.head
        return up.head if up.dep_ == "advmod" and up.head.pos_ in ("VERB", "AUX") else up
    if v.dep_ == "acomp" and v.head.pos_ in ("AUX", "VERB"):
        return v.head
    return None


def by_agent(verb: Token) -> Token | None:
    """The object of a passive "by" phrase, on the verb or, where the parser hung it there, on the verb's object ("was
    fined 15 million euros by the Garante")."""
    heads = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "npadvmod")]
    for h in heads:
        for c in h.children:
            if c.dep_ == "agent" or (h is not verb and c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def co_agents(agent: Token | None, idx: EntityIndex) -> list[str]:
    """"by the CAC together with the MIIT, the MPS and the NRTA": the bodies acting with the agent. Read off the
    word order (the entities listed after "together with", up to the next verb), since parses of such lists vary."""
    if agent is None:
        return []
    sent, out = agent.sent, []
    toks = [t for t in sent if t.i > agent.i]
    for n, t in enumerate(toks[:-1]):
        if t.lower_ in CO_AGENT_MARKERS and toks[n + 1].lower_ == "with":
            for x in toks[n + 2:]:
                if x.pos_ in ("VERB", "AUX"):
                    break
                k = idx.by_token.get(x.i)
                if k and k not in out and idx.type_of(k) in ("GovernmentBody", "Company", "Person", "ResearchOrganization"):
                    out.append(k)
            break
    return out


def forbidding(trig: Token) -> bool:
    """Whether the trigger's infinitive is negated ("ordered Greengate not to use Watchtower", "urged Newsom not to
    sign"): what is asked for is that something not be done (a reading's not_to_type)."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in trig.children)


def negated(tok: Token) -> bool:
    """Whether the trigger (or the light verb or auxiliary carrying it) is negated, or the infinitive of a verb
    saying it did not happen ("declined to sign", "refused to lift")."""
    syn = syntax()
    words = set(syn["negation_words"])
    carriers = [tok]
    if tok.dep_ in ("xcomp", "dobj", "ccomp", "nsubjpass") and tok.head.lemma_ in set(syn["light_verbs"]) | {"do", "will"}:
        carriers.append(tok.head)
    if any(c.dep_ == "neg" or (c.lower_ in words and c.dep_ in ("advmod", "det")) for t in carriers for c in t.children):
        return not delayed(carriers)
    if any(yet_to(t) for t in carriers):  # "has yet to open an investigation"
        return True
    if refused(tok) or carried_by_implicative(tok, carriers):
        return True
    if stopped_short_of(tok) or none_of_its_object(tok):
        return True
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "Neither memorandum obliges"
    return subj is not None and any(d.dep_ == "det" and d.lower_ in syn["negating_determiners"] for d in subj.children)


def delayed(carriers: list[Token]) -> bool:
    """"did not sign the agreement until March", "was not approved till it was amended": what did not happen until a
    time or an event did happen then (an "until" phrase, or a clause its "until" marks)."""
    until = ("until", "till")
    return any(c.lower_ in until and c.dep_ == "prep" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in until for m in c.children) for t in carriers for c in t.children)


def refused(tok: Token) -> bool:
    """The infinitive or gerund of a verb saying it did not happen ("declined to sign", "ruled out banning"), or the
    object of one ("ruled out a ban", "refused a licence")."""
    return (tok.dep_ == "xcomp" and implicative(tok.head)) or (
        tok.dep_ == "dobj" and implicative(tok.head, "object_refusals"))


def implicative(verb: Token, kind: str = "negative_implicatives") -> bool:
    """A verb whose infinitive or gerund did not happen ("declined to sign", "refused to lift", "ruled out banning"):
    negative_implicatives of data/action_syntax.json, a phrasal one with its particle; with `kind`
    "object_refusals", one whose object did not happen ("ruled out a ban", "refused a licence")."""
    words = syntax()[kind]
    lemma = verb.lemma_.lower()
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words for c in verb.children)


def carried_by_implicative(tok: Token, carriers: list[Token]) -> bool:
    """"declined to open an investigation": the noun an implicative's infinitive carries did not happen either; not
    where the declining is denied ("did not decline to open") or is a court's ruling ("The High Court declined to
    issue an injunction": `governing_trigger` reads the declining as the ruling)."""
    return any(t is not tok and t.dep_ == "xcomp" and implicative(t.head)
               and not any(c.dep_ == "neg" for c in t.head.children) and not judicial_subject(t.head)
               for t in carriers)


def yet_to(v: Token) -> bool:
    """"The CMA has yet to open an investigation", "is yet to decide": what is yet to happen has not happened."""
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in syntax()["yet_verbs"] and any(
        c.lower_ == "yet" and c.dep_ == "advmod" for c in v.head.children)


def none_of_its_object(tok: Token) -> bool:
    """"The CMA raised no competition concerns", "signed neither agreement": a verb done to no object was not done
    (not "reintroduced the NO FAKES Act": a name's word)."""
    dets = syntax()["negating_determiners"]
    return any(o.dep_ == "dobj" and not o.ent_type_ and any(d.dep_ == "det" and d.is_lower and d.lower_ in dets
                                                            for d in o.children) for o in tok.children)


def stopped_short_of(tok: Token) -> bool:
    """"stopped short of banning", "stopped short of a ban", "falls short of requiring": what a verb of coming short of
    (`short_of_verbs`) stops short of did not happen."""
    of = tok.head
    return (tok.dep_ in ("pcomp", "pobj") and of.lower_ == "of" and of.head.lower_ == "short"
            and of.head.head.lemma_.lower() in syntax()["short_of_verbs"])


def governing_trigger(verb: Token, lex: dict) -> Token | None:
    """For a verb in the complement of another trigger ("directed X to designate", "the court refused to block"),
    that trigger; the inner verb is then the content of the outer action. Not a negative implicative's, unless a court
    or a judge declines: "OpenAI refused to pause training" is the pause, negated."""
    v = verb
    while v.dep_ in ("xcomp", "conj", "ccomp") and v.head.i != v.i:
        head = v.head
        if v.dep_ == "xcomp" and implicative(head) and not judicial_subject(head):
            return None  # "declined to sue X": the suit, negated (`negated`); a court's declining is its ruling
        if v.dep_ in ("xcomp", "ccomp") and is_verb(head) and readings_held(head, lex):
            return head  # "floated that it would ban...": the ban is what was floated
        v = head
    return None


def court_subject(tok: Token) -> bool:
    """Whether the word is a verb whose subject is a court or a judge by its words (`judicial_subject`)."""
    return is_verb(tok) and judicial_subject(tok)


def judicial_subject(verb: Token) -> bool:
    """Whether the verb's subject is a court or a judge by its words ("The High Court declined to block the law")."""
    subj, _ = subject_of(verb)
    return subj is not None and any(t.lower_ in judicial_words() for t in subj.subtree)


def speaker_subject(verb: Token, idx: EntityIndex) -> Token | None:
    """In "X said Y will be allowed to...", a passive decision with no "by" phrase is the speaker's."""
    head = verb
    while head.dep_ in ("ccomp", "conj") and head.head != head:
        head = head.head
        if head.lemma_.lower() in SAY:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and any(idx.type_of(k) in ("Person", "GovernmentBody") for k in idx.phrase_entities(subj)):
                return subj
    return None


def judicial_keys(doc: Doc, idx: EntityIndex) -> set[str]:
    """Entities that are courts or judges (their orders and decisions are rulings); kept with the document index."""
    return memo(doc, "kg_judicial", lambda: courts_and_judges(doc, idx))


def courts_and_judges(doc: Doc, idx: EntityIndex) -> set[str]:
    out: set[str] = set()
    for s, e, k in idx.spans:
        name = idx.name_of(k).lower()
        if "court" in name or "tribunal" in name:
            out.add(k)
        elif idx.type_of(k) == "Person" and s > 0 and doc[s - 1].lower_ in ("judge", "justice", "magistrate"):
            out.add(k)
    return out


def inside_directive(verb: Token) -> bool:
    """Whether the verb is deep in what a directive orders ("ordered X to run a campaign explaining how people
    can object"): not the directive's own complement, but something inside it."""
    child = verb
    for anc in verb.ancestors:
        if anc.lemma_.lower() in DIRECTIVE and child.dep_ == "xcomp" and child is not verb:
            return True
        child = anc
    return False


def done_by_the_directed(doc: Doc, a) -> bool:
    """"The order directs NIST to publish guidance", "NIST is directed to publish", "told platforms to label content":
    the infinitive of a directive (or a verb coordinated with it) is what the directed party is ordered to do, not what
    it did; an action read there with that party as agent did not happen (the directive is the action). One read there
    with the directive's own subject as agent ("ordered OpenAI to stop processing": the Garante's ban) stands, and so
    does what a party was forced or compelled to do (`implicative_directives` of data/clause_words.json)."""
    v = doc[a.trigger]
    v = v.head if v.dep_ == "conj" else v
    lemma = v.head.lemma_.lower()
    if a.agent is None or v.dep_ != "xcomp" or lemma not in DIRECTIVE or lemma in IMPLICATIVE_DIRECTIVES:
        return False
    idx = EntityIndex.of(doc)
    directed = [c for c in v.head.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    directed += [c for c in v.children if c.dep_ == "nsubj"]
    return any(a.agent in idx.phrase_entities(c) for c in directed)
