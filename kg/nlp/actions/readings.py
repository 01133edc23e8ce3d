"""How a verb reads as an action trigger: its lemma and the base forms a tagger may have missed, its phrasal readings
in the trigger lexicon (data/action_triggers.jsonl) first, and the readings that can hold where the verb stands."""
from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.actions.evaluation import evaluation_needed
from kg.nlp.lexicon import words

TIME_NOUNS = words("clause_words.json", "time_nouns")


def verb_lemmas(tok: Token) -> list[str]:
    """The lemma, then base forms read off an -ed/-es/-s ending, for participles tagged as adjectives
    ("disabled") and the small model's wrong lemmas ("fined" -> "fin"); a doubled consonant undoubled ("banned" ->
    "ban"), never a single one dropped ("banked" is no "ban")."""
    lemma, text = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if text.endswith("ied"):
        out.append(text[:-3] + "y")
    if text.endswith("ed"):
        out += [text[:-1], text[:-2]] + ([text[:-3]] if len(text) > 4 and text[-3] == text[-4] else [])
    elif text.endswith("s"):
        out += [text[:-1], text[:-2]]
    return list(dict.fromkeys(out))


def readings_of(tok: Token, lex: dict) -> list | None:
    """Trigger readings of a verb, phrasal ones first: "cut off" (particle), "work with" (preposition); a phrasal
    reading that asks for its preposition's object only with that object ("took Meta to court")."""
    for lemma in verb_lemmas(tok):
        for c in tok.children:
            if c.dep_ in ("prt", "prep") and not says_when(c):
                found = [r for r in lex.get((f"{lemma} {c.lower_}", "VERB"), ()) if r.prep_holds(c)]
                if found:
                    return found
        found = lex.get((lemma, "VERB"))
        if found:
            return found
    return None


def says_when(prep: Token) -> bool:
    """A preposition of time ("campaigned for months against X", "voted for the first time"): its object is a time
    noun (time_nouns of data/clause_words.json), and it makes no phrasal reading of its verb."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in TIME_NOUNS for p in prep.children)


def readings_held(tok: Token, lex: dict) -> list | None:
    """The readings of a verb that can hold here: a reading that needs an evaluation of the verb's object only where
    the verb gives one ("described how the ministry fined X" reports no stance, so it carries no inner action)."""
    found = readings_of(tok, lex)
    if not found:
        return found
    said = evaluation_needed(tok, found)
    return [r for r in found if r.evaluation in (None, said)] or None


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children))


def told_by(trig: Token, lemmas) -> bool:
    """Whether the trigger, or its direct object, is one of these words: "appealed", "lodged an appeal", "signed a
    deal"."""
    return trig.lemma_.lower() in lemmas or any(c.dep_ == "dobj" and c.lemma_.lower() in lemmas for c in trig.children)
