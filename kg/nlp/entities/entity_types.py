"""Entity typing: map a span onto one of the eight contract classes, with the strength of the evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from kg.contract import ENTITY_CLASSES as CLASSES
from kg.nlp.entities.places import is_continent, is_place, known_place
from kg.nlp.lexicon import load_json, load_jsonl, words
from kg.nlp.names import fold

GAZETTEER, CUE, LABEL = 3, 2, 1  # evidence strengths, strongest first
PREPOSITIONS = words("entity_words.json", "name_prepositions")
ROLE_WORDS = frozenset(load_json("relation_cues.json")["role_heads"])  # "Attorney", "Judge": titles, not names


@dataclass(frozen=True)
class Cues:
    label_map: dict[str, str | None]
    heads: dict[str, str]  # head word -> class
    multiword_heads: dict[str, str]
    instrument_prefixes: tuple[str, ...]
    model_cues: frozenset[str]
    model_verbs: frozenset[str]
    org_suffixes: frozenset[str]
    media_verbs: frozenset[str]
    stop_names: frozenset[str]
    descriptors: dict[str, str]
    non_entity_heads: frozenset[str] = frozenset()  # "Summit", "Digest": events and formats, no contract class
    group_nouns: frozenset[str] = frozenset()  # "group", "organisation": with a qualifier, a research organisation
    group_qualifiers: frozenset[str] = frozenset()  # "civic", "consumer", "industry"
    one_model_nouns: frozenset[str] = frozenset()  # "assistant": after one word, that word names one model
    party_heads: frozenset[str] = frozenset()  # "Party": the head of a political party's name, no contract class


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = load_json("type_cues.json")
    heads, multi = {}, {}
    for cls, words in d["head_words"].items():
        for w in words:
            (multi if " " in w else heads)[w] = cls
    return Cues(d["label_map"], heads, multi, tuple(d["instrument_prefixes"]), frozenset(d["model_cues"]),
                frozenset(d["model_verbs"]), frozenset(d["org_name_suffixes"]), frozenset(d["media_verbs"]), frozenset(d["stop_names"]),
                {**load_json("learned_descriptors.json")["descriptors"], **d["descriptor_nouns"]},
                frozenset(d["non_entity_heads"]), frozenset(d["group_nouns"]),
                frozenset(d["group_qualifiers"]), frozenset(d["one_model_nouns"]), frozenset(d["party_heads"]))


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-case adjectives of places: the hand list of data/relation_cues.json and those WordNet relates to a
    place (data/wordnet_places.jsonl: "norwegian", "bavarian")."""
    wordnet = {r["name"].lower() for r in load_jsonl("wordnet_places.jsonl") if "adjective_of" in r}
    return frozenset(load_json("relation_cues.json")["demonyms"]) | wordnet


def norm_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def head_word(span: Span) -> str:
    """The word that names what the span is: the last token before a preposition, else the last token."""
    return head_of_words([t.text.lower() for t in span if not t.is_punct])


def head_of_words(words: list[str]) -> str:
    """head_word of a name's lower-case words ("division of consumer protection" -> "division")."""
    for i, w in enumerate(words):
        if w in PREPOSITIONS and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def by_heads(span: Span) -> str | None:
    c = cues()
    text = norm_text(span.text)
    if any(text.startswith(p + " ") for p in c.instrument_prefixes) and any(t.like_num for t in span):
        return "PolicyInstrument"
    for phrase, cls in c.multiword_heads.items():
        if text.endswith(phrase):
            return cls
    head = head_word(span)
    cls = c.heads.get(head)
    last = span[-1].lower_ if len(span) > 1 else ""
    if last in c.org_suffixes and (head == last or cls is None):
        return "Company"  # the name's own shape: "Nimbus Labs", "Acme Inc." are firms whatever the tagger says
        # (but a body's head before "of/on" names what it is: "Committee on Communications and Digital Technologies")
    if cls == "Company" and span.label_ in ("PERSON", "GPE", "LOC"):
        return None
    return cls


@lru_cache(maxsize=1)
def company_names() -> frozenset[str]:
    """Every name of a company in the gazetteer, lower-cased."""
    from kg.nlp.gazetteer import load_gazetteer

    return frozenset(n.lower() for e in load_gazetteer().values() if e.type == "Company" for n in e.names)


def by_parent(span: Span) -> str | None:
    """A name that begins with a known company's name and goes on in capitalised words is one of its units
    ("Amazon Web Services", "Microsoft Research India", "Google Cloud"): a company, whatever its last word."""
    words = [t.text.lower() for t in span]
    for n in range(len(words) - 1, 0, -1):
        if " ".join(words[:n]) in company_names() and all(t.text[:1].isupper() for t in span[n:]):
            return "Company"
    return None


def qualified_group(span: Span, c: Cues) -> str | None:
    """"the civic group PSPD", "Idec, a consumer group", "AdvaMed, the medical-device industry's trade group": a group
    noun qualified as an association (group_nouns, group_qualifiers of data/type_cues.json) names a research
    organisation, the contract's class for NGOs, associations and think tanks."""
    doc = span.doc
    nouns, qualifiers = c.group_nouns, c.group_qualifiers
    before = doc[span.start - 1] if span.start > 0 else None
    apposed = [t for t in span.root.children if t.dep_ == "appos" and t.i >= span.end]
    if span.root.dep_ == "appos" and span.root.head.i < span.start:
        apposed.append(span.root.head)
    for noun in ([before] if before is not None else []) + apposed:
        if noun.lemma_.lower() in nouns and any(
                m.dep_ in ("compound", "amod") and m.lower_.split("-")[-1] in qualifiers for m in noun.children):
            return "ResearchOrganization"
    return None


def by_group(span: Span) -> str | None:
    """The class a qualified group noun beside the name gives it (`qualified_group`); it outranks the name's head
    word: "the Council of Canadian Innovators, an industry group" is no government council."""
    return qualified_group(span, cues())


NON_NAME_LABELS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE")


def no_name(span: Span, c: Cues) -> bool:
    """A stop name, an event, a publication's format or a party (`non_entity_head`), or no capital and no number."""
    return (norm_text(span.text) in c.stop_names or non_entity_head(span, c)
            or not any(t.text[:1].isupper() or t.like_num for t in span) or tells_an_event(span))


def non_entity_head(span: Span, c: Cues) -> bool:
    """A name of an event or a format by its last word ("AI Action Summit"), or of a party by its head, the last word
    before any "of", "on" or "for" ("Constitutional Democratic Party of Japan"; not "House Select Committee on the
    Chinese Communist Party", nor "Conference of State Bank Supervisors")."""
    if span[-1].lower_ in c.non_entity_heads:
        return True
    head = next((t for t in span if t.lower_ in ("of", "on", "for")), None)
    last = span[-1] if head is None or head.i == span.start else span.doc[head.i - 1]
    return last.lower_ in c.party_heads


def tells_an_event(span: Span) -> bool:
    """A headline's clause read as a name: a word after the first tagged a finite verb ("Meta Tightens", "China
    writes AI into its Cybersecurity Law")."""
    return any(t.tag_ in ("VBZ", "VBD") for t in span[1:])


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """Folded names of the natural languages WordNet knows (data/languages.jsonl, made by tools/wordnet_languages.py)."""
    return frozenset(fold(r["name"]) for r in load_jsonl("languages.jsonl"))


def is_language(span: Span) -> bool:
    """A language's name the tagger took for an organisation or a place ("models in Swahili"); not a person's name
    ("Wu", "Breton") and not a place's ("Illinois", "Delaware" name languages too)."""
    return span.label_ != "PERSON" and fold(span.text) in languages() and not known_place(span)


def common_words(span: Span, c: Cues) -> bool:
    """A label that names no entity; a capitalised common noun ("Background", "Magistrate", "Memorandum");
    "American AI", "Chinese chipmakers": a nationality and a noun, not a name, unless the two words name a place
    ("British Columbia")."""
    if span.label_ in NON_NAME_LABELS or is_language(span):
        return True
    if len(span) == 1 and (span[0].pos_ != "PROPN" or span[0].lower_ in c.descriptors
                           or c.heads.get(span[0].lower_) == "PolicyInstrument"):
        return True
    return len(span) <= 2 and span[0].lower_ in demonyms() and not is_place(span)


UNKNOWN_PLACE_MIN = 0.5


@lru_cache(maxsize=1)
def divisions() -> frozenset[str]:
    return frozenset(load_json("type_cues.json")["division_words"])


def division_name(span: Span) -> bool:
    """"Santa Clara County", "Gyeonggi Province": a place's name ending in the word for an administrative division
    (division_words of data/type_cues.json) names one, whether or not a list of places knows it."""
    word = span[-1].text if len(span) > 1 else ""
    return word[:1].isupper() and word.title() in divisions()


def by_label(span: Span, c: Cues) -> tuple[str | None, int]:
    """spaCy's label mapped to a class (a place label on a name a list of places knows stays a place); the name model's
    class over spaCy's ORG -> Company default (and for a lone word labelled PERSON, or a PERSON with a number in it:
    no person's name holds one, "Lyra 3" is a model) when it is sure enough, and over any other PERSON when it is
    surer still ("Daon Soft", "Lusail Wealth": 0.85; of twenty people's names tried with a cross-validation fold's
    model, none was given another class above 0.45)."""
    cls = c.label_map.get(span.label_)
    if cls == "Jurisdiction":
        return place_label(span)
    if cls and cls != "Person" or span.label_ == "PERSON" and (len(span) == 1 or any(t.like_num for t in span)):
        learned, p = by_name_model(span.text)
        if learned and p >= NAME_MODEL_MIN:
            cls = learned
    elif cls == "Person":
        learned, p = by_name_model(span.text)
        if learned and p >= PERSON_OVERRIDE_MIN:
            cls = learned
    return (cls, LABEL) if cls else (None, 0)


def place_label(span: Span) -> tuple[str | None, int]:
    """A name spaCy labels a place: a place when it names a division or a list of places knows it (the name model may
    not: "District of Columbia"), else the name model's organisation when it is sure enough, or nothing."""
    if division_name(span) or known_place(span):
        return "Jurisdiction", LABEL
    learned, p = by_name_model(span.text)
    return (learned, LABEL) if learned not in (None, "Jurisdiction", "Person") and p >= UNKNOWN_PLACE_MIN else (None, 0)


def classify(span: Span) -> tuple[str | None, int]:
    """(class, strength) for a span, or (None, 0) when it names none of the eight classes."""
    c = cues()
    if span.label_ in CLASSES and span.ent_id_:
        return span.label_, GAZETTEER
    if no_name(span, c) or is_continent(span):
        return None, 0
    if span.label_ in CLASSES:  # a rule pattern without gazetteer id
        return span.label_, CUE
    from kg.nlp.entities.context_rules import lone_model_name  # a context rule, read before the common words

    if lone_model_name(span, c):
        return "AIModel", CUE
    if common_words(span, c):
        return None, 0
    if is_place(span):
        return "Jurisdiction", CUE
    cls = by_cues(span)
    return (cls, CUE) if cls else by_label(span, c)


def by_cues(span: Span) -> str | None:
    """The class the name's cues give it, the first that speaks: a parent named with it, a qualified group noun beside
    it, its head words, its context. The typer and the learned names (kg/nlp/entities/learned_names.py) read the
    same order."""
    from kg.nlp.entities.context_rules import by_context  # its rules read this module's cues and name model

    return by_parent(span) or by_group(span) or by_heads(span) or by_context(span)


NAME_MODEL_MIN = 0.7
PERSON_OVERRIDE_MIN = 0.85  # a name NER read as a person's, the name model's other class when it is this sure


def by_name_model(text: str) -> tuple[str | None, float]:
    from kg.nlp.learn.names import predict
    from kg.nlp.learn.scorer import models_folder

    return predict(text, models_folder())


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Words that say what kind of thing a name is, never which one: "Committee", "Inc", "Attorney", "States"."""
    c = cues()
    return frozenset([*c.heads, *c.org_suffixes, *c.descriptors, *ROLE_WORDS, *c.non_entity_heads])
