"""What a verb of labelling says of its object: "Amnesty called the decision a dangerous precedent" criticises it,
"Mason called the act a great win" praises it. The valence of the predicative complement (an `oprd`, or what
follows "as": "described the rule as reckless") comes from the evaluative words of data/evaluative_words.jsonl
(VADER's lexicon), read as the trained models' `polarity` reads a sentence (`valence`), one side clear of the
other. Only an object that is an event or a name is judged so: "called it a bad move" points back to what the
pronoun stands for, which the verb's arguments would resolve to the nearest name (often the speaker's own firm);
"called its new model a leap forward" and "called the quarter a success" take no stance on anyone."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.learn.features import CLEAR, valence
from kg.nlp.lexicon import load_json

# the phrase itself, not what a preposition adds; its determiner for a negator ("no disaster"); not a compound:
# "a stress test" is a term, no judgement
CORE = ("amod", "advmod", "conj", "neg", "acomp", "det")
AS_HEADS = ("pobj", "amod", "acomp")  # "as a disgrace"; "as reckless", which the parser hangs on "as" as a modifier


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """The nouns that name an event or an instrument a reaction is aimed at (action_syntax.json: reaction_nouns, the
    data `triggers.syntax()` reads, loaded once by `load_json`; read here because triggers.py imports this module)."""
    return frozenset(load_json("action_syntax.json")["reaction_nouns"])


def judged_object(verb: Token) -> bool:
    """Whether the verb's object is an event or a name (not a pronoun, a wh-word, nor the agent's own thing)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return False
    return bool(obj.ent_type_) or obj.lemma_.lower() in event_nouns()


def complement(verb: Token) -> list[Token]:
    """The words the verb says its object is: an object predicate ("a dangerous precedent", "\"unprecedented and
    misguided\"") or what follows its "as", with their modifiers and conjuncts, not a preposition's or a clause's
    ("virtual content produced with artificial intelligence" is no praise)."""
    heads = [c for c in verb.children if c.dep_ == "oprd"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ in AS_HEADS]
    return [t for h in heads for t in core(h)]


def core(head: Token) -> list[Token]:
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in CORE]
    return sorted(out, key=lambda t: t.i)


def evaluation_of(verb: Token) -> str | None:
    """"negative" or "positive" when the complement clearly criticises or praises the event or name the verb takes
    as its object, else None."""
    if not judged_object(verb):
        return None
    pos, neg = valence(complement(verb))
    if neg >= CLEAR > pos:
        return "negative"
    return "positive" if pos >= CLEAR > neg else None


def evaluation_needed(verb: Token, readings) -> str | None:
    """The verb's evaluation, read only when one of its readings asks for one (most verbs have none)."""
    return evaluation_of(verb) if any(r.evaluation for r in readings or ()) else None
