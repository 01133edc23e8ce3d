"""What a verb of labelling says of its object: "Amnesty called the decision a dangerous precedent" criticises it,
"Mason called the act a model of fairness" praises it. The valence of the predicative complement (an `oprd`, or what
follows "as": "described the rule as reckless") comes from the evaluative words of data/evaluative_words.jsonl
(VADER's lexicon), a negator flipping the word after it, as the trained models' `polarity` reads a sentence."""
from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.learn.features import cue, evaluative

CLEAR = 1.5  # summed valence a side needs, with the other side under it (as `polarity` asks of a sentence)


CORE = ("amod", "advmod", "conj", "neg", "acomp")  # the phrase itself, not what a preposition adds; not a compound:
# "a stress test" is a term, no judgement


def complement(verb: Token) -> list[Token]:
    """The words the verb says its object is: an object predicate ("a dangerous precedent", "\"unprecedented and
    misguided\"") or the object of its "as", with their modifiers and conjuncts, not a preposition's or a clause's
    ("virtual content produced with artificial intelligence" is no praise); none when the object is a wh-word ("what
    it called an illegal database": the clause describes, it does not criticise)."""
    if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return []
    heads = [c for c in verb.children if c.dep_ == "oprd"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return [t for h in heads for t in core(h)]


def core(head: Token) -> list[Token]:
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in CORE]
    return sorted(out, key=lambda t: t.i)


def evaluation_of(verb: Token) -> str | None:
    """"negative" or "positive" when the complement clearly criticises or praises what it describes, else None."""
    words, negators = evaluative(), cue("negators")
    pos = neg = 0.0
    flip = False
    for t in complement(verb):
        w = t.lower_
        v = words.get(w, words.get(t.lemma_.lower(), 0.0))
        v = -v if flip else v
        pos, neg = pos + max(v, 0.0), neg + max(-v, 0.0)
        flip = w in negators or (flip and v == 0.0 and t.is_alpha and len(w) < 4)
    if neg >= CLEAR > pos:
        return "negative"
    return "positive" if pos >= CLEAR > neg else None
