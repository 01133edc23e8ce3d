"""Who an anaphor stands for: pronouns ("it", "we", "his"), definite descriptions ("the regulator", "the
president") and plural ones ("the companies"), resolved over a document's mentions. `EntityIndex`
(kg/nlp/doc/index.py) has these as methods: `Anaphors` is its part that reads back through the text."""
from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.speakers import Speakers
from kg.nlp.lexicon import load_json
from kg.nlp.names import name_words

SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def anaphora() -> dict:
    return load_json("anaphora.json")


ORGANISATIONS = frozenset(ORGANIZATION_CLASSES)
HEAD_STOPS = frozenset({"of", "for", "on", "in", "to", "and", "&", "at"})


def name_head(name: str) -> str | None:
    """The head noun of an organisation's name, lower-case: its last word before a preposition ("National Retail
    Federation": federation; "Coalition for Health AI": coalition); None for a one-word name or a head that is no
    plain word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in HEAD_STOPS), len(words))
    head = words[cut - 1].lower() if cut >= 1 and len(words) > 1 else ""
    return head if head.isalpha() and len(head) > 2 else None


def introduced_as(tok: Token, title: str) -> bool:
    """Whether the word before a name is the title or one of its kin ("Judge", "Justice" for "the judge")."""
    word = tok.lower_.split("-")[-1]
    return word == title or word in anaphora().get("title_kin", {}).get(title, ())


def definite(tok: Token, plural: bool = False) -> bool:
    """Whether a noun has a definite determiner ("the regulator", "this agency"; determiners of data/anaphora.json), or
    for a plural "both" or "all" with a number ("all three companies"; not "some developers", "all companies")."""
    number = plural and any(c.dep_ == "nummod" for c in tok.children)
    dets = set(anaphora()["determiners"]) | ({"both"} if plural else set()) | ({"all"} if number else set())
    return any(c.dep_ in ("det", "predet") and c.lower_ in dets for c in tok.children)


def is_indefinite(det: Token) -> bool:
    """"a"/"an", or a possessive name ("Britain's", "the Pentagon's")."""
    return (det.dep_ == "det" and det.lower_ in ("a", "an")) or (det.dep_ == "poss" and det.pos_ == "PROPN")


def is_subject(root: Token) -> bool:
    """A subject, or a name coordinated with one."""
    return root.dep_ in SUBJECTS or root.head.dep_ in SUBJECTS and root.dep_ == "conj"


class Anaphors(Speakers):
    """The anaphora half of `EntityIndex` (which holds doc, spans, by_token, anaphors, sent_no, sent_starts,
    entities, type_of and name_of)."""

    def antecedents(self, before: int, classes: list[str], name_word: str | None = None,
                    exclude: str | None = None) -> list[str]:
        """Candidate antecedents of an anaphor at token `before`, most likely first: mentions of one of
        `classes` in the few sentences before, by sentence (nearest first), subjects before other mentions,
        then later before earlier. One whose name contains `name_word` wins, searched back to the start."""
        if name_word:
            named = self._named_antecedent(before, classes, name_word, exclude)
            if named is not None:
                return named
        here = self.sent_no[before]
        floor = self.sent_starts[max(0, here - anaphora()["window_sentences"] + 1)]
        lo = bisect.bisect_left(self.spans, (floor, -1, ""))
        found = [(s, e, k) for s, e, k in self.spans[lo:]
                 if e <= before and s != before and self.type_of(k) in classes and k != exclude]
        near = sorted(found, key=lambda m: self._rank(m, here))
        return list(dict.fromkeys(k for _, _, k in near))

    def _named_antecedent(self, before: int, classes: list[str], name_word: str, exclude: str | None) -> list[str] | None:
        """The last entity before whose name holds `name_word`; none at all for "the government", "the court",
        "the committee" (strict_name_words of data/anaphora.json) when there is no such name; None: search on."""
        named = [k for s, e, k in self.spans if e <= before and s != before and k != exclude
                 and self.type_of(k) in classes and name_word in name_words(self.name_of(k))]
        if named:
            return [named[-1]]
        if name_word in anaphora()["strict_name_words"]:
            return []
        return None

    def _rank(self, m: tuple[int, int, str], here: int) -> tuple[float, int]:
        """Nearer sentences first; a subject counts as one and a half sentences nearer."""
        root = self.doc[m[1] - 1]
        penalty = anaphora()["class_penalty"].get(self.type_of(m[2]), 0)
        if root.dep_ == "poss":  # "Italy's data protection authority ... It": the authority, not Italy
            penalty += anaphora()["possessor_penalty"]
        return (here - self.sent_no[m[0]] + (0 if is_subject(root) else 1.5) + penalty, -m[0])

    def head_entity(self, tok: Token, exclude: str | None = None) -> str | None:
        """The entity a single token stands for: its own mention, a pronoun or a definite description."""
        options = self.head_options(tok, exclude)
        return options[0] if options else None

    def head_options(self, tok: Token, exclude: str | None = None) -> list[str]:
        """Like `head_entity`, with every candidate antecedent of an anaphor, most likely first."""
        if tok.i in self.by_token and tok.i not in self.anaphors:
            return [self.by_token[tok.i]]
        a = anaphora()
        if tok.pos_ == "PRON" or tok.lower_ in a["pronouns"]:
            return self._pronoun_options(tok, a, exclude)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in a["descriptions"]:
            return self._description_options(tok, a, exclude)
        if self.is_name_head(tok, a):
            return self._name_head_options(tok, exclude)
        return []

    def name_heads(self) -> dict[str, list[str]]:
        """The head noun of each organisation's name in the document -> those organisations."""
        if self._name_heads is None:
            self._name_heads = {}
            for k, e in self.entities.items():
                head = name_head(e.name) if e.type in ORGANISATIONS else None
                if head:
                    self._name_heads.setdefault(head, []).append(k)
        return self._name_heads

    def is_name_head(self, tok: Token, a: dict) -> bool:
        """"the federation" after "the National Retail Federation": a lower-case noun with a definite determiner,
        the head noun of an organisation the document names, a description the document itself defines."""
        return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in self.name_heads() and definite(tok)

    def _name_head_options(self, tok: Token, exclude: str | None) -> list[str]:
        """The last organisation named before `tok` whose name holds the noun (as "the committee" is read)."""
        return self._named_antecedent(tok.i, ORGANISATIONS, tok.lemma_.lower(), exclude) or []

    def _pronoun_options(self, tok: Token, a: dict, exclude: str | None) -> list[str]:
        """"we": who says it (`first_person`), else an antecedent of the classes that speak; others by their
        classes."""
        low = tok.lower_
        if low in ("we", "our", "us"):
            speaker = self.first_person(tok, reported=True)
            return [speaker] if speaker else self.antecedents(tok.i, a["pronouns"]["we"], exclude=exclude)
        classes = a["pronouns"].get(low)
        if not classes:
            return []
        parallel = self.parallel_objects(tok, classes, exclude)
        return parallel + [k for k in self.antecedents(tok.i, classes, exclude=exclude) if k not in parallel]

    def parallel_objects(self, tok: Token, classes: list[str], exclude: str | None) -> list[str]:
        """"The CNIL fined Helix Minds and ordered it to delete the recordings": the object pronoun of a verb
        coordinated with an earlier one, and sharing its subject, stands for that verb's object (or whom its "on"
        names: "imposed a fine on Helix Minds and ordered it ..."), as the coordination says, before any salient
        name of the sentences before."""
        verb = tok.head
        if tok.dep_ not in ("dobj", "dative") or verb.dep_ != "conj" or verb.head.i >= verb.i \
                or any(c.dep_ in SUBJECTS for c in verb.children):  # "... and Meta's lawyers criticised it"
            return []
        first = verb.head
        heads = [c for c in first.children if c.dep_ in ("dobj", "dative")]
        ons = [c for c in first.children if c.dep_ == "prep"]
        ons += [t for h in heads for t in h.subtree if t.dep_ == "prep"]
        heads += [g for c in ons if c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        found = [self.by_token[h.i] for h in heads if h.i in self.by_token and h.i not in self.anaphors]
        return [k for k in dict.fromkeys(found) if self.type_of(k) in classes and k != exclude]

    def _description_options(self, tok: Token, a: dict, exclude: str | None) -> list[str]:
        """"the regulator", "its chief executive", "his company", "the president"."""
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not (dets and dets[0].lower_ in a["determiners"] + a["possessive_determiners"]):
            return []
        lemma = tok.lemma_.lower()
        if dets[0].lower_ in ("his", "her") and "Person" not in a["descriptions"][lemma]:
            own = self.organisation_of(dets[0], a["descriptions"][lemma])
            if own:  # "Sam Altman said his company...": the person's organisation
                return [own]
        if lemma in a["title_words"]:
            return self.titled(tok.i, lemma, exclude)
        classes = a["descriptions"][lemma]
        own = None if "Person" in classes else self.speaker_organisation(tok, classes)
        if own and own != exclude:  # "Jason Kwon, OpenAI's chief strategy officer, said the company ..."
            return [own]
        return self.antecedents(tok.i, a["descriptions"][lemma], a["prefer_name_word"].get(lemma), exclude)

    def organisation_of(self, pronoun: Token, classes: list[str]) -> str | None:
        """The organisation of the person a "his"/"her" points to: named beside the person in the text
        ("OpenAI's chief executive, Sam Altman"), else the gazetteer's affiliation of a known person."""
        person = self.head_entity(pronoun)
        if person is None or self.type_of(person) != "Person":
            return None
        return self._named_beside(person, classes) or self._affiliation(person, classes)

    def _named_beside(self, person: str, classes: list[str]) -> str | None:
        """The last entity of `classes` named in the eight tokens before the first mention of the person that has one."""
        starts = [s for s, e, k in self.spans if k == person and s not in self.anaphors]
        for s in starts:
            near = [k for s2, e2, k in self.spans if s - 8 <= s2 < s and self.type_of(k) in classes and s2 not in self.anaphors]
            if near:
                return near[-1]
        return None

    def _affiliation(self, person: str, classes: list[str]) -> str | None:
        """The first of the gazetteer's affiliations of a known person that the document names."""
        ents = self.entities
        gid = ents[person].gaz_id
        if not gid:
            return None
        from kg.nlp.gazetteer import load_gazetteer

        present = {e.gaz_id: k for k, e in ents.items() if e.gaz_id and e.type in classes}
        return next((present[org] for org in load_gazetteer()[gid].facts.get("affiliatedWith", ()) if org in present), None)

    def titled(self, before: int, title: str, exclude: str | None = None) -> list[str]:
        """"the president": people introduced with that title first, then the most mentioned person so far."""
        doc = self.doc
        people = [(s, k) for s, e, k in self.spans if self.type_of(k) == "Person" and k != exclude]
        earlier = {k for s, k in people if s < before}
        titled = {k for s, k in people if s > 0 and introduced_as(doc[s - 1], title)}
        counts: dict[str, int] = {}
        for _, k in people:  # the whole document: the person it is about
            counts[k] = counts.get(k, 0) + 1
        return sorted(counts, key=lambda k: (k not in titled, k not in earlier, -counts[k], -max(s for s, kk in people if kk == k)))

    def lede_actor(self, tok: Token) -> str | None:
        """"A federal judge in San Francisco on Wednesday handed Meta a victory", "Britain's competition regulator on
        Friday asked ...": the lede of a news story names its actor by a description and gives the name after. An
        indefinite (or possessed) description of a body, a person or a company, the subject of a clause in the first
        sentences (`lede_sentences`), stands for the name in apposition to it, else for the first entity of its classes
        named in the sentences after it (a person introduced with its title word for "judge", "governor"; a name holding
        the word first for "court", "department")."""
        a = anaphora()
        lemma = tok.lemma_.lower()
        classes = self._lede_classes(tok, lemma, a)
        if not classes:
            return None
        apposed = [self.by_token[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.by_token]
        if apposed and self.type_of(apposed[0]) in classes:
            return apposed[0]  # "France's data protection authority, the CNIL, said": named at once
        after = self._named_after(tok, classes, a["window_sentences"])
        if lemma in a["title_words"]:
            after = [(s, k) for s, k in after if s > 0 and introduced_as(self.doc[s - 1], lemma)]
        word = a["prefer_name_word"].get(lemma)
        named = [(s, k) for s, k in after if word and word in self.name_of(k).lower()]
        first = named or after
        return first[0][1] if first else None

    def _lede_classes(self, tok: Token, lemma: str, a: dict) -> list[str]:
        """The classes a lede's description stands for: none unless the token is an indefinite description, the
        subject of a clause of the first sentences."""
        classes = [c for c in a["descriptions"].get(lemma, []) if c in a["lede_classes"]]
        if self.sent_no[tok.i] >= a["lede_sentences"] or tok.dep_ not in SUBJECTS \
                or not any(is_indefinite(c) for c in tok.children):
            return []
        return classes

    def _named_after(self, tok: Token, classes: list[str], window: int) -> list[tuple[int, str]]:
        """(start, key) of the entities of `classes` named in the `window` sentences after the token's sentence, not
        anaphors, not the description's own possessor ("Britain's competition regulator")."""
        poss = {self.by_token.get(c.i) for c in tok.subtree if c.dep_ == "poss"}
        end = tok.sent.end
        n = self.sent_no[tok.i] + window + 1
        last = self.sent_starts[n] if n < len(self.sent_starts) else len(self.doc)
        return [(s, k) for s, e, k in self.spans if end <= s < last and s not in self.anaphors
                and self.type_of(k) in classes and k not in poss]

    def plural(self, tok: Token, exclude: str | None = None) -> list[str]:
        """"the companies", "both companies", "the two sides", "them": the entities of that kind the nearest
        earlier sentence names together (two or more)."""
        a = anaphora()["plural_descriptions"]
        low = self._plural_word(tok, a)
        return self._named_together(tok, a[low], exclude) if low is not None else []

    def _plural_word(self, tok: Token, a: dict) -> str | None:
        """The plural description a token is ("them", "the companies"), or None."""
        low = tok.lower_ if tok.pos_ == "PRON" else tok.lemma_.lower() + ("s" if not tok.lower_.endswith("s") else "")
        low = tok.lower_ if tok.lower_ in a else low
        noun = tok.pos_ != "PRON"
        if low not in a or tok.i in self.by_token or noun and (tok.tag_ != "NNS" or not definite(tok, plural=True)):
            return None
        return low

    def _named_together(self, tok: Token, classes: list[str], exclude: str | None) -> list[str]:
        """The entities of `classes` (up to eight) of the nearest sentence up to `tok` that names two or more, looking
        back at most about 200 tokens."""
        starts, here = self.sent_starts, tok.sent.start
        for n in range(self.sent_no[tok.i], -1, -1):  # this sentence, then back (the index's sentences)
            start, end = starts[n], starts[n + 1] if n + 1 < len(starts) else len(self.doc)
            found = list(dict.fromkeys(k for s, e, k in self.spans if start <= s < min(end, tok.i)
                                       and s not in self.anaphors and self.type_of(k) in classes and k != exclude))
            if len(found) >= 2:
                return found[:8]
            if here - start > 200:
                break
        return []
