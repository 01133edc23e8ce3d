"""Who says what a sentence tells and whom a document speaks for: whether a word stands inside quotation marks, the
speaker of a quotation ("...," Anthropic said; "...," an Anthropic spokesperson said), who "we" is, the organisation
a speaker speaks for, and the organisation a document written in its own voice is (kg/nlp/doc/voice.py).
`Anaphors` (kg/nlp/doc/anaphors.py) reads "we" and "the company" through them."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.lexicon import words

SPEAKER_VERBS = words("clause_words.json", "speaker_verbs")
ROLE_HEADS = words("relation_cues.json", "role_heads")
REPRESENTATIVES = words("anaphora.json", "representative_nouns")
OUTSIDE_ROLES = words("anaphora.json", "outside_roles")
PAST_ROLE_WORDS = words("anaphora.json", "past_role_words")
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\S)")
CLOSING_SINGLE = re.compile(r"(?<=\S)'(?=[\s.,;:!?)\]]|$)")


def inside_quote(tok: Token) -> bool:
    """Whether the token stands inside quotation marks opened on its line: double ones, or single ones, an opening
    mark after a space and a closing one before a space or a stop (a word's apostrophe is neither: "the company's").
    The text is read plainly (kg/nlp/doc/plain.py: curly marks are straight ones)."""
    from kg.nlp.doc.lines import doc_text  # lines reads the index module, which reads this one: import on use

    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    singles = len(OPENING_SINGLE.findall(before)) - len(CLOSING_SINGLE.findall(before))
    return before.count('"') % 2 == 1 or singles > 0


class Speakers:
    """Methods of `EntityIndex` (kg/nlp/doc/index.py): they read its `doc`, `by_token`, `type_of` and, for a known
    person, `Anaphors._affiliation`."""

    def speaker(self, tok: Token) -> str | None:
        """The entity that says the sentence holding `tok` ("...," Anthropic said), or the organisation of the
        representative who says it ("...," an Anthropic spokesperson said)."""
        for t in tok.sent:
            if t.lemma_.lower() in SPEAKER_VERBS and t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "nsubj" and not c.i <= tok.i <= c.head.i:
                        said = self.by_token.get(c.i) or self.represented(c)
                        if said:
                            return said
        return None

    def first_person(self, tok: Token, reported: bool) -> str | None:
        """Who "we" is: inside quotation marks whoever says it; outside them the organisation the document speaks for
        (`voice`), unless the sentence is someone's reported speech: then its speaker where `reported`, no one
        otherwise (the index keeps such a "we" no mention)."""
        speaker, quoted = self.speaker(tok), inside_quote(tok)
        if quoted or speaker:
            return speaker if reported or quoted else None
        return self.voice()

    def voice(self) -> str | None:
        """The organisation the document speaks for (kg/nlp/doc/voice.py)."""
        from kg.nlp.doc.voice import document_voice  # voice reads the index module, which reads this one

        return document_voice(self.doc, self)

    def represented(self, tok: Token) -> str | None:
        """The organisation a representative noun speaks for: "an Anthropic spokesperson", "OpenAI's chief
        executive", "a spokesperson for the regulator" (representative_nouns of data/anaphora.json)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REPRESENTATIVES:
            return None
        mods = [m for m in tok.children if m.dep_ in ("compound", "poss", "amod", "nmod")]
        mods += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                 for o in p.children if o.dep_ == "pobj"]
        orgs = [k for m in mods if (k := self.by_token.get(m.i)) and self.type_of(k) in ORGANIZATION_CLASSES]
        return orgs[0] if orgs else None

    def speaker_organisation(self, tok: Token, classes: list[str]) -> str | None:
        """"Jason Kwon, OpenAI's chief strategy officer, said the company strongly supported ...": a description in
        what a person says stands for the organisation the speaker speaks for: the last one named in an apposition
        whose head is a role at it (data/relation_cues.json: role_heads; not an outside role, `outside_roles` of
        data/anaphora.json: "an analyst at Wedbush", "a lawyer at Kestrel Hale", nor a former one) or before the
        name ("OpenAI's Jason Kwon", "Microsoft President Brad Smith"), else the person's affiliation in the
        gazetteer."""
        verb = next((v for v in tok.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in SPEAKER_VERBS), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        person = self.by_token.get(subj.i) if subj is not None and tok not in subj.subtree else None
        if person is None or self.type_of(person) != "Person":
            return None
        own = [k for t in own_words(subj)
               if (k := self.by_token.get(t.i)) and k != person and self.type_of(k) in classes]
        return own[-1] if own else self._affiliation(person, classes)


def own_words(subj: Token) -> list[Token]:
    """The words around a speaker's name that may name their organisation: a role in apposition (`speaks_for`), a
    possessor or a title before the name."""
    return [t for c in subj.children if c.dep_ == "appos" and speaks_for(c) or c.dep_ in ("poss", "compound")
            for t in c.subtree]


def speaks_for(role: Token) -> bool:
    """Whether a noun in apposition to a speaker is a present role at an organisation it speaks for."""
    lemma = role.lemma_.lower()
    return lemma in ROLE_HEADS and lemma not in OUTSIDE_ROLES and not any(c.lower_ in PAST_ROLE_WORDS
                                                                          for c in role.children)
