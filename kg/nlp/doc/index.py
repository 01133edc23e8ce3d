"""The document index: one `EntityIndex` per resolved document (token -> entity, mentions in text order, sentence
numbers and starts, the anaphors resolved), built once by the first component that asks and read by every later one;
and who a noun phrase names over it (mentions, coordination, pronouns, definite descriptions).

This module owns every per-document cache the components keep in `doc.user_data` (`SCRATCH`, `SENTENCE_CACHE`,
`memo`) and drops them all when the last component is done (`drop_scratch`)."""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.nlp.doc.anaphors import Anaphors, anaphora, definite
from kg.nlp.doc.token_filter import columns, hashes

CONJ_DEPS = {"conj", "appos"}
INDEX = "kg_entity_index"
# Per-document caches in doc.user_data, all owned here: the index, the courts and judges (kg/nlp/actions/clauses.py),
# the last full date before each sentence (kg/nlp/actions/extractor.py), the token columns (token_filter.py), the
# document's text (lines.py: span_text), the text as written where typography made it differ (plain.py), the byline's
# people and where the opening lines end (opening.py), the organisation the document speaks for (voice.py), its
# dateline's credit (datelines.py) and the words it capitalises inside a sentence (kg/nlp/entities/non_names.py); and
# one ("kg_sentence_cache", name) entry per sentence- or word-level feature (kg/nlp/learn/features.py) and for the
# document's table of how central each entity is (kg/nlp/learn/salience.py).
SOURCE = "kg_source_text"
CREDIT = "kg_dateline_credit"
OPENING_END = "kg_opening_end"
INNER_CAPITALS = "kg_inner_capitals"
SCRATCH = (INDEX, "kg_judicial", "kg_judges", "kg_last_dates", "kg_columns", "kg_text", SOURCE, "kg_byline_people",
           "kg_voice", CREDIT, OPENING_END, INNER_CAPITALS)
SENTENCE_CACHE = "kg_sentence_cache"


def memo(doc: Doc, key: str, build: Callable[[], Any]) -> Any:
    """The document's cached value under `key` (one of `SCRATCH`), built on first use."""
    value = doc.user_data.get(key)
    if value is None:
        value = build()
        doc.user_data[key] = value
    return value


def drop_scratch(doc: Doc) -> None:
    """Per-document caches, not for serialisation: dropped when the last component is done."""
    for scratch in SCRATCH:
        doc.user_data.pop(scratch, None)
    for key in [k for k in doc.user_data if isinstance(k, tuple) and k[:1] == (SENTENCE_CACHE,)]:
        doc.user_data.pop(key)


@dataclass
class EntityIndex(Anaphors):
    """Token -> entity key for a resolved document, and the mentions in text order; who a noun phrase names
    (its anaphora part: kg/nlp/doc/anaphors.py)."""

    doc: Doc
    by_token: dict[int, str] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    anaphors: set[int] = field(default_factory=set)  # tokens resolved by `chain_anaphors`, not names
    sent_no: list[int] = field(default_factory=list)  # token index -> sentence number
    sent_starts: list[int] = field(default_factory=list)  # sentence number -> first token
    instruments_cache: dict[int, list[str]] = field(default_factory=dict)  # sentence start -> instruments
    entities: dict = field(default_factory=dict)  # doc._.kg_entities, read once (extension access is slow)
    _name_heads: dict | None = None  # head noun of an organisation's name -> its keys (Anaphors.name_heads)

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        """The index of a resolved document; cached on the doc, built once for all components."""
        cached = doc.user_data.get(INDEX)
        if cached is not None and cached.doc is doc:
            return cached
        idx = cls(doc, entities=doc._.kg_entities or {})
        for n, sent in enumerate(doc.sents):
            idx.sent_starts.append(sent.start)
            idx.sent_no.extend([n] * (sent.end - sent.start))
        for (start, end), key in sorted((doc._.kg_mention or {}).items()):
            idx.spans.append((start, end, key))
            for i in range(start, end):
                idx.by_token[i] = key
        idx.chain_anaphors()
        doc.user_data[INDEX] = idx
        return idx

    @staticmethod
    def existing(doc: Doc) -> EntityIndex | None:
        """The index a component already built for the document, if any (never builds one)."""
        return doc.user_data.get(INDEX)

    def chain_anaphors(self) -> None:
        """Resolve, in text order, definite descriptions ("the regulator"), subject pronouns ("it") and the lede's
        description of its actor ("A federal judge on Wednesday ...", `lede_actor`) and add
        them as mentions, so that a chain of them keeps its entity salient for the next anaphor. They are
        mentions for argument finding only: the resolver never sees them, so they never become aliases."""
        a = anaphora()
        doc = self.doc
        cols = columns(doc)
        hits = np.isin(cols[:, 0], hashes(a["pronouns"])) | np.isin(cols[:, 1], hashes(a["descriptions"]))
        heads = [get_string_id(h) for h in self.name_heads()]  # per document: not through the cache of `hashes`
        hits |= np.isin(cols[:, 1], np.array(heads, dtype=cols.dtype))
        for i in np.flatnonzero(hits):  # the few pronouns and description nouns, not every token
            tok = doc[int(i)]
            key = None if tok.i in self.by_token else self.anaphor_entity(tok, a)
            if key is not None:
                bisect.insort(self.spans, (tok.i, tok.i + 1, key))
                self.by_token[tok.i] = key
                self.anaphors.add(tok.i)

    def anaphor_entity(self, tok: Token, a: dict) -> str | None:
        """The entity a subject pronoun, a definite description or the lede's description stands for, or None."""
        is_pronoun = tok.lower_ in a["pronouns"] and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in ("we", "they")
        is_description = tok.pos_ == "NOUN" and tok.lemma_.lower() in a["descriptions"] and definite(tok) \
            and not self.describes_next(tok)
        if is_pronoun or is_description or self.is_name_head(tok, a):
            return self.head_entity(tok)
        if tok.lower_ in ("we", "our", "us"):  # a quotation's "we": who says it; unsaid, the document's voice
            return self.first_person(tok, reported=False)
        return self.lede_actor(tok) if tok.pos_ == "NOUN" else None

    def describes_next(self, tok: Token) -> bool:
        """"the London firm Marchbank Hale LLP", "the regulator Ofcom": a description right before a name it is joined
        to (the name's head, or the head of the name's words) describes that name; it points back to no one (not in
        "the company Reuters contacted" or "told the regulator Meta had": there the name starts a clause of its own)."""
        nxt = tok.i + 1
        at = bisect.bisect_left(self.spans, (nxt, -1, ""))
        if nxt not in self.by_token or at == len(self.spans) or self.spans[at][0] != nxt:
            return False
        end = self.spans[at][1]
        return nxt <= tok.head.i < end or any(self.doc[i].head.i == tok.i for i in range(nxt, end))

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def name_of(self, key: str) -> str:
        return self.entities[key].name

    def phrase_entities(self, tok: Token, deep: bool = True, exclude: str | None = None) -> list[str]:
        """Every entity a noun phrase headed by `tok` names, coordinated ones split ("Meta and OpenAI").

        With `deep`, a phrase with no entity at its head ("policy staff from OpenAI") yields the
        entities in its prepositional modifiers."""
        out: list[str] = []
        group = self.plural(tok, exclude)
        if group:
            return group
        for head in coordinated(tok):
            key = self.head_entity(head, exclude)
            if key is None and head.dep_ == "appos" and head is not tok:
                continue  # "Kent Walker, president at Alphabet": the apposition describes, it adds no one
            if key is None and self.named_by_apposition(head, exclude):
                continue  # "Elon Musk's AI company xAI": the name is the one, not the description's possessor
            if key is None:
                out.extend(k for k in self.unheaded(head, deep) if k not in out and k != exclude)
            elif key not in out:
                out.append(key)
        return out

    def named_by_apposition(self, head: Token, exclude: str | None) -> bool:
        """Whether a description names no entity itself but has a name in apposition to it ("Elon Musk's artificial
        intelligence company xAI", "its chief executive, Sam Altman"): the name is who the phrase is."""
        return any(c.dep_ == "appos" and not beyond_its_verb(head, c) and self.head_entity(c, exclude)
                   for c in head.children)

    def unheaded(self, head: Token, deep: bool) -> list[str]:
        """The entities of a phrase whose head names none: its compounds; with `deep`, else its prepositional
        modifiers, else ("denied OpenAI's motion") its possessor, the party."""
        found = [self.by_token[c.i] for c in head.children if c.dep_ in ("compound", "nmod") and c.i in self.by_token]
        if deep and not found:
            found = self.in_modifiers(head)
        if deep and not found:
            found = [k for c in head.children if c.dep_ == "poss" for k in [self.possessed(head, c)] if k]
        return found

    def possessed(self, head: Token, poss: Token) -> str | None:
        """The entity "X's head" stands for: X itself ("OpenAI's motion"), or, when the head describes a thing of
        another class ("Italy's data protection authority"), the one such thing of X that the document names."""
        owner = self.head_entity(poss)
        classes = anaphora()["descriptions"].get(head.lemma_.lower())
        if owner is None or not classes or self.type_of(owner) in classes:
            return owner
        from kg.nlp.gazetteer import load_gazetteer

        ents = self.entities
        owner_gaz = ents[owner].gaz_id
        owned = {k for k, e in ents.items() if e.type in classes and (
            fold_in(ents[owner].name, e.name)
            or owner_gaz and e.gaz_id and owner_gaz in load_gazetteer()[e.gaz_id].facts.get("partOf", ()))}
        if len(owned) == 1:
            return owned.pop()
        return owner if self.type_of(owner) == "Person" else None  # "his first acts" are his

    def in_modifiers(self, head: Token) -> list[str]:
        found: list[str] = []
        for child in head.children:
            preps = anaphora()["modifier_preps"]
            if child.dep_ == "prep" and (child.lower_ in preps or child.lower_ == "of" and of_names_whose(head)):
                for obj in child.children:  # "one of his first acts": the possessor counts here
                    if obj.dep_ == "pobj":
                        found.extend(self.phrase_entities(obj, deep=child.lower_ == "of"))
        return found


def of_names_whose(head: Token) -> bool:
    """Whether "of" after the noun names whose it is: a representative's body ("officials of the ministry"), a work's
    author ("the report of the committee"; not "the ban of ChatGPT", whose "of" names what it acts on)."""
    lemma = head.lemma_.lower()
    return lemma in anaphora()["representative_nouns"] or lemma in anaphora()["authored_nouns"]


def fold_in(part: str, whole: str) -> bool:
    return part.lower() in whole.lower()


def coordinated(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it or in apposition to it (conj and appos chains):
    "Meta and OpenAI", "three orders: "A", "B" and "C"."."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in CONJ_DEPS and not beyond_its_verb(t, c))
    return out


def beyond_its_verb(t: Token, c: Token) -> bool:
    """An apposition the parser hung on a verb's subject from beyond the verb ("OpenAI was ordered to pay damages,
    stated presiding judge Elke Schwager": the judge is the speaker, no second name of OpenAI)."""
    v = t.head
    return c.dep_ == "appos" and v.pos_ in ("VERB", "AUX") and t.i < v.i < c.i


def coordination_roots(idx: EntityIndex, key: str, sent) -> set[int]:
    """The first conjunct of each coordination that names `key` in the sentence ("X, Y and Z": X's head), or the
    mention's own head when it stands alone ("the Information and Privacy Commissioner of Ontario": Commissioner):
    two entities with a root in common are named in one coordination."""
    out = set()
    for s, e, k in idx.spans:
        if k == key and s >= sent.start and e <= sent.end:
            t = idx.doc[s:e].root
            while t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            out.add(t.i)
    return out


def instrument_mentions(sent, idx: EntityIndex) -> list[str]:
    """Instruments a sentence names or refers to by a definite description ("the executive order")."""
    cached = idx.instruments_cache.get(sent.start)
    if cached is not None:
        return list(cached)
    lo = bisect.bisect_left(idx.spans, (sent.start, -1, ""))
    out = [k for s, e, k in idx.spans[lo:] if s < sent.end and idx.type_of(k) == "PolicyInstrument"]
    descriptions = anaphora()["descriptions"]
    for tok in sent:
        if tok.i not in idx.by_token and "PolicyInstrument" in descriptions.get(tok.lemma_.lower(), []):
            k = idx.head_entity(tok)
            if k and idx.type_of(k) == "PolicyInstrument":
                out.append(k)
    idx.instruments_cache[sent.start] = list(dict.fromkeys(out))
    return list(idx.instruments_cache[sent.start])
