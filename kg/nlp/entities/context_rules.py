"""The typer's context rules: the class the words around a name give it ("the regulator Ofcom", "according to
Reuters", "released Grok 4", "a lawyer at Oriel Mason"), the first rule that applies (`by_context`). Each rule is
given the typer's cues (kg/nlp/entities/entity_types.py); the rules of places live with the places
(kg/nlp/entities/places.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.lines import title_case_line, word_of
from kg.nlp.doc.titles import is_title
from kg.nlp.entities.entity_types import Cues, by_name_model, cues, demonyms
from kg.nlp.entities.name_runs import modified_noun
from kg.nlp.entities.places import known_place, people_in_place, place_of
from kg.nlp.lexicon import is_person_noun


def _neighbour_word(span: Span, direction: int, limit: int = 6) -> str | None:
    """The first word beside the span, lower-cased, skipping coordinated names (``X and Y models``); None where
    that word is capitalised in a line written in title case ("Black-Box Credit Models Are No Excuse"), whose
    capitals say nothing."""
    doc = span.doc
    i = span.end if direction > 0 else span.start - 1
    for _ in range(limit):
        if not 0 <= i < len(doc):
            return None
        tok = doc[i]
        if not ((tok.ent_type_ and not tok.is_lower) or tok.text in {",", "and", "or", "&", "'s", "’s"} or tok.like_num):
            return None if tok.is_title and title_case_line(tok.sent) else tok.lower_
        i += direction
    return None


def model_word_beside(span: Span, c: Cues) -> str | None:
    """"GPT-5 model", "the chatbot Grok", "Marwick's Heron image generator" (the noun the name modifies)."""
    if _neighbour_word(span, 1) in c.model_cues or _neighbour_word(span, -1) in ("model", "models", "chatbot") \
            or modified_noun(span) in c.model_cues:
        return "AIModel"
    return None


def lone_model_name(span: Span, c: Cues) -> bool:
    """A capitalised word inside a sentence that the tagger did not read as a proper noun, named by NER as a product
    or an organisation, right before a noun that names one model ("its Sable assistant": "Sable" read as an
    adjective, which `common_words` would drop); not a place ("the Tallinn model") nor a person."""
    tok = span[0]
    if len(span) != 1 or tok.is_sent_start or tok.pos_ == "PROPN" or span.label_ not in ("PRODUCT", "ORG") \
            or not tok.text[:1].isupper() or tok.text.isupper() or tok.lower_ in demonyms() \
            or tok.lower_ in c.descriptors or tok.lower_ in c.stop_names or known_place(span):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_lower and nxt.lower_ in c.one_model_nouns


def descriptor_before(span: Span, c: Cues) -> str | None:
    """"the regulator Ofcom", "the news agency ANI": a descriptor noun right before the name (`descriptor_of`)."""
    before = _neighbour_word(span, -1)
    if span.start == 0 or span.doc[span.start - 1].lower_ != before or is_title(span[0]):
        return None  # "the bank Chief Economist Huw Pill": a title names a person's office
    noun = span.doc[span.start - 1]
    return descriptor_of(noun, c) if describes(noun, c) else None


def descriptor_apposition(span: Span, c: Cues) -> str | None:
    """"Ofcom, the regulator", "Kordex, the news agency" and "Norway's data protection authority, Datatilsynet": a
    descriptor noun (of two words first) in apposition, after the name or before it (`describes`)."""
    for child in span.root.children:
        if child.dep_ == "appos" and describes(child, c) and (cls := descriptor_of(child, c)):
            return cls
    head, lemma = span.root.head, word_of(span.root.head)
    if span.root.dep_ == "appos" and head.i < span.start and head.ent_type_ == "" and describes(head, c):
        # a descriptor, or a word that heads the names of a body ("authority"); a firm's ("group") says too little
        return descriptor_of(head, c) or (c.heads.get(lemma) if c.heads.get(lemma) != "Company" else None)
    return None


def descriptor_of(noun: Token, c: Cues) -> str | None:
    """The class a descriptor noun gives, read with the word before it first ("news agency": an outlet, where
    "agency" alone is a government's)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    two = f"{before.lower_} {word_of(noun)}" if before is not None else ""
    return c.descriptors.get(two) or c.descriptors.get(word_of(noun))


def describes(noun: Token, c: Cues) -> bool:
    """A descriptor noun written in capitals is a name's own word: a body's or a firm's still says what the name is
    ("X Internet Unlimited Company (XIUC)"), a product's names a programme or a rule ("Foreign Direct Product (FDP)
    rules", "the National Health Service")."""
    return noun.is_lower or c.descriptors.get(word_of(noun)) != "AIModel"


def media_role(span: Span, c: Cues) -> str | None:
    """"X reported", "told X", "according to X": a news outlet."""
    root = span.root
    head, lemma = root.head, root.head.lemma_.lower()
    reports = root.dep_ in ("nsubj",) and lemma in c.media_verbs and lemma != "tell"
    told = root.dep_ in ("dobj", "dative") and lemma == "tell" and span.label_ == "ORG"
    according = root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" and span.label_ == "ORG"
    return "MediaOutlet" if reports or told or according else None


def model_object(span: Span, c: Cues) -> str | None:
    """"released Grok 4": the object of a model verb."""
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in c.model_verbs \
            and span.label_ in ("PRODUCT", "ORG", "PERSON", "WORK_OF_ART"):
        return "AIModel"
    return None


def workplace(span: Span, c: Cues) -> str | None:
    """"a lawyer at Oriel Mason", "Kavi Desai of Oriel Mason": where a person works, an organisation (a firm, unless
    its head word or the name model says which)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or span.label_ not in ("PERSON", "ORG"):
        return None
    at_work = prep.lower_ == "at" and prep.head.pos_ == "NOUN" and is_person_noun(prep.head)
    of_person = prep.lower_ == "of" and prep.head.ent_type_ == "PERSON" and prep.head.i < span.start
    if not (at_work or of_person):
        return None
    learned, p = by_name_model(span.text)
    return learned if learned in ORGANIZATION_CLASSES and p >= 0.5 else "Company"


def based_before(span: Span, c: Cues) -> str | None:
    """"Jaipur-based Trendline Advisory": a name right after "X-based" is a firm's (in the gold of corpus/train, dev
    and dev2, 54 of 55 such names are companies), not a person's; not a title ("Brussels-based Commissioner ...")."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "based" or doc[i - 2].text != "-" or is_title(span[0]):
        return None
    return "Company" if span.label_ in ("PERSON", "ORG", "") else None


CONTEXT_RULES = (model_word_beside, descriptor_before, descriptor_apposition, based_before, media_role, model_object,
                 place_of, people_in_place, workplace)


def by_context(span: Span) -> str | None:
    """The class the words around the span give it: the first context rule that applies."""
    c = cues()
    for rule in CONTEXT_RULES:
        cls = rule(span, c)
        if cls is not None:
            return cls
    return None
