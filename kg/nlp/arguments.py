"""Who a noun phrase names: mentions, coordination, pronouns and definite descriptions, over the parse."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from kg.nlp.lexicon import load_json
from kg.nlp.token_filter import columns, hashes

CONJ_DEPS = {"conj", "appos"}


@lru_cache(maxsize=1)
def anaphora() -> dict:
    return load_json("anaphora.json")


@dataclass
class EntityIndex:
    """Token -> entity key for a resolved document, and the mentions in text order."""

    doc: Doc
    by_token: dict[int, str] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    anaphors: set[int] = field(default_factory=set)  # tokens resolved by `chain_anaphors`, not names
    sent_no: list[int] = field(default_factory=list)  # token index -> sentence number
    sent_starts: list[int] = field(default_factory=list)  # sentence number -> first token
    instruments_cache: dict[int, list[str]] = field(default_factory=dict)  # sentence start -> instruments
    entities: dict = field(default_factory=dict)  # doc._.kg_entities, read once (extension access is slow)

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        """The index of a resolved document; cached on the doc, built once for all components."""
        cached = doc.user_data.get("kg_entity_index")
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
        doc.user_data["kg_entity_index"] = idx
        return idx

    def chain_anaphors(self) -> None:
        """Resolve, in text order, definite descriptions ("the regulator") and subject pronouns ("it") and add
        them as mentions, so that a chain of them keeps its entity salient for the next anaphor. They are
        mentions for argument finding only: the resolver never sees them, so they never become aliases."""
        a = anaphora()
        doc = self.doc
        cols = columns(doc)
        hits = np.isin(cols[:, 0], hashes(a["pronouns"])) | np.isin(cols[:, 1], hashes(a["descriptions"]))
        for i in np.flatnonzero(hits):  # the few pronouns and description nouns, not every token
            tok = doc[int(i)]
            if tok.i in self.by_token:
                continue
            is_pronoun = tok.lower_ in a["pronouns"] and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in ("we", "they")
            is_description = (tok.pos_ == "NOUN" and tok.lemma_.lower() in a["descriptions"]
                              and any(c.dep_ == "det" and c.lower_ in a["determiners"] for c in tok.children))
            if is_pronoun or is_description:
                key = self.head_entity(tok)
                if key is not None:
                    bisect.insort(self.spans, (tok.i, tok.i + 1, key))
                    self.by_token[tok.i] = key
                    self.anaphors.add(tok.i)

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def name_of(self, key: str) -> str:
        return self.entities[key].name

    def antecedents(self, before: int, classes: list[str], name_word: str | None = None,
                    exclude: str | None = None) -> list[str]:
        """Candidate antecedents of an anaphor at token `before`, most likely first: mentions of one of
        `classes` in the few sentences before, by sentence (nearest first), subjects before other mentions,
        then later before earlier. One whose name contains `name_word` wins, searched back to the start."""
        doc, sent_no = self.doc, self.sent_no
        here = sent_no[before]
        window = anaphora()["window_sentences"]
        floor = self.sent_starts[max(0, here - window + 1)]
        if name_word:
            named = [k for s, e, k in self.spans if e <= before and s != before and k != exclude
                     and self.type_of(k) in classes and name_word in self.name_of(k).lower()]
            if named:
                return [named[-1]]
            if name_word in ("government", "court"):
                return []
        lo = bisect.bisect_left(self.spans, (floor, -1, ""))
        found = [(s, e, k) for s, e, k in self.spans[lo:]
                 if e <= before and s != before and self.type_of(k) in classes and k != exclude]

        def rank(m: tuple[int, int, str]) -> tuple[float, int]:
            """Nearer sentences first; a subject counts as one and a half sentences nearer."""
            root = doc[m[1] - 1]
            subject = root.dep_ in ("nsubj", "nsubjpass") or root.head.dep_ in ("nsubj", "nsubjpass") and root.dep_ == "conj"
            penalty = anaphora()["class_penalty"].get(self.type_of(m[2]), 0)
            if root.dep_ == "poss":  # "Italy's data protection authority ... It": the authority, not Italy
                penalty += anaphora()["possessor_penalty"]
            return (here - sent_no[m[0]] + (0 if subject else 1.5) + penalty, -m[0])

        near = sorted(found, key=rank)
        return list(dict.fromkeys(k for _, _, k in near))

    def antecedent(self, before: int, classes: list[str], name_word: str | None = None,
                   exclude: str | None = None) -> str | None:
        found = self.antecedents(before, classes, name_word, exclude)
        return found[0] if found else None

    def speaker(self, tok: Token) -> str | None:
        """The entity that says the sentence holding `tok` ("...," Anthropic said)."""
        for t in tok.sent:
            if t.lemma_.lower() in ("say", "add", "write", "tell", "state") and t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "nsubj" and c.i in self.by_token and not c.i <= tok.i <= c.head.i:
                        return self.by_token[c.i]
        return None

    def head_entity(self, tok: Token, exclude: str | None = None) -> str | None:
        """The entity a single token stands for: its own mention, a pronoun or a definite description."""
        options = self.head_options(tok, exclude)
        return options[0] if options else None

    def head_options(self, tok: Token, exclude: str | None = None) -> list[str]:
        """Like `head_entity`, with every candidate antecedent of an anaphor, most likely first."""
        if tok.i in self.by_token and tok.i not in self.anaphors:
            return [self.by_token[tok.i]]
        a = anaphora()
        low = tok.lower_
        if tok.pos_ == "PRON" or low in a["pronouns"]:
            if low in ("we", "our", "us"):
                speaker = self.speaker(tok)
                return [speaker] if speaker else self.antecedents(tok.i, a["pronouns"]["we"], exclude=exclude)
            classes = a["pronouns"].get(low)
            return self.antecedents(tok.i, classes, exclude=exclude) if classes else []
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in a["descriptions"]:
            dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
            if dets and dets[0].lower_ in a["determiners"] + a["possessive_determiners"]:
                lemma = tok.lemma_.lower()
                if dets[0].lower_ in ("his", "her") and "Person" not in a["descriptions"][lemma]:
                    own = self.organisation_of(dets[0], a["descriptions"][lemma])
                    if own:  # "Sam Altman said his company...": the person's organisation
                        return [own]
                if lemma in a["title_words"]:
                    return self.titled(tok.i, lemma, exclude)
                return self.antecedents(tok.i, a["descriptions"][lemma], a["prefer_name_word"].get(lemma), exclude)
        return []

    def organisation_of(self, pronoun: Token, classes: list[str]) -> str | None:
        """The organisation of the person a "his"/"her" points to: named beside the person in the text
        ("OpenAI's chief executive, Sam Altman"), else the gazetteer's affiliation of a known person."""
        person = self.head_entity(pronoun)
        if person is None or self.type_of(person) != "Person":
            return None
        ents = self.entities
        starts = [s for s, e, k in self.spans if k == person and s not in self.anaphors]
        for s in starts:
            near = [k for s2, e2, k in self.spans if s - 8 <= s2 < s and self.type_of(k) in classes and s2 not in self.anaphors]
            if near:
                return near[-1]
        gid = ents[person].gaz_id
        if gid:
            from kg.nlp.gazetteer import load_gazetteer

            present = {e.gaz_id: k for k, e in ents.items() if e.gaz_id and e.type in classes}
            for org in load_gazetteer()[gid].facts.get("affiliatedWith", ()):
                if org in present:
                    return present[org]
        return None

    def titled(self, before: int, title: str, exclude: str | None = None) -> list[str]:
        """"the president": people introduced with that title first, then the most mentioned person so far."""
        doc = self.doc
        people = [(s, k) for s, e, k in self.spans if self.type_of(k) == "Person" and k != exclude]
        earlier = {k for s, k in people if s < before}
        titled = {k for s, k in people if s > 0 and doc[s - 1].lower_.split("-")[-1] == title}
        counts: dict[str, int] = {}
        for _, k in people:  # the whole document: the person it is about
            counts[k] = counts.get(k, 0) + 1
        return sorted(counts, key=lambda k: (k not in titled, k not in earlier, -counts[k], -max(s for s, kk in people if kk == k)))

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
            if key is None:
                found = [self.by_token[c.i] for c in head.children if c.dep_ in ("compound", "nmod") and c.i in self.by_token]
                if deep and not found:
                    found = self.in_modifiers(head)
                if deep and not found:  # "denied OpenAI's motion": the possessor is the party
                    found = [k for c in head.children if c.dep_ == "poss" for k in [self.possessed(head, c)] if k]
                out.extend(k for k in found if k not in out and k != exclude)
                continue
            if key is not None and key not in out:
                out.append(key)
        return out

    def plural(self, tok: Token, exclude: str | None = None) -> list[str]:
        """"the companies", "both companies", "the two sides", "them": the entities of that kind the nearest
        earlier sentence names together (two or more)."""
        a = anaphora()["plural_descriptions"]
        low = tok.lower_ if tok.pos_ == "PRON" else tok.lemma_.lower() + ("s" if not tok.lower_.endswith("s") else "")
        low = tok.lower_ if tok.lower_ in a else low
        if low not in a or tok.i in self.by_token or (tok.pos_ != "PRON" and tok.tag_ != "NNS"):
            return []
        if tok.pos_ != "PRON" and not any(c.dep_ in ("det", "nummod", "predet") for c in tok.children):
            return []
        doc, here = self.doc, tok.sent.start
        for sent in reversed([s for s in doc.sents if s.start <= here]):
            found = [k for s, e, k in self.spans if sent.start <= s < min(sent.end, tok.i) and s not in self.anaphors
                     and self.type_of(k) in a[low] and k != exclude]
            found = list(dict.fromkeys(found))
            if len(found) >= 2:
                return found[:8]
            if here - sent.start > 200:
                break
        return []

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
            if child.dep_ == "prep" and (child.lower_ in preps or child.lower_ == "of"
                                         and head.lemma_.lower() in anaphora()["representative_nouns"]):
                for obj in child.children:  # "one of his first acts": the possessor counts here
                    if obj.dep_ == "pobj":
                        found.extend(self.phrase_entities(obj, deep=child.lower_ == "of"))
        return found


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
        todo.extend(c for c in t.children if c.dep_ in CONJ_DEPS)
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
