"""Words of a company's name that stand for it alone later in a document ("Tarang Credit" ... "Tarang"), and the
numbers after them that make them another name ("Bursztyn AI" ... "Bursztyn 2"); read by
kg/nlp/entities/doc_aliases.py."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.entities.entity_types import cues
from kg.nlp.entities.person_titles import adjectives, common_words
from kg.nlp.entities.qualified import place_names
from kg.nlp.gazetteer import gazetteer_index
from kg.nlp.names import fold

AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "trillion", "percent", "%", "per", "years", "months",
                          "days"})


def own_first_word(span: Span, word: str) -> bool:
    """"Tarang Credit" is "Tarang" later, "Minuteman Proctor Inc." "Minuteman": a first word that is a word of its
    own, no English adjective ("European", "British"), place ("Korea Development Bank") or name the gazetteer gives
    another entity ("Google DeepMind", "Amazon Web Services") or that names nothing. In `corpus/train`'s gold, 203 of
    the 223 companies whose first word passes and stands alone later have it as an alias. (An English word there may
    start a sentence as itself: `common_start`.)"""
    low = word.lower()
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or low in adjectives(span.doc):
        return False
    known = gazetteer_index()[0].get(fold(word))
    return known in (None, span.ent_id_) and fold(word) not in place_names() and low not in cues().stop_names


def numbered(doc: Doc, i: int) -> bool:
    """Whether token i is a version number ("Bursztyn AI released Bursztyn 2": a model of the company, not the
    company): one or two digits, no amount ("fined Clearview 7.5 million pounds", "awarded Smith 2 million")."""
    if i >= len(doc) or not doc[i].is_digit or len(doc[i]) > 2 or doc[i].ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
        return False
    return i + 1 >= len(doc) or not (doc[i + 1].like_num or doc[i + 1].lower_ in AMOUNT_WORDS)


def common_start(doc: Doc, i: int, form: str) -> bool:
    """Whether a one-word short form at token i starts a sentence as the English word it also is, read by the tagger
    as no proper noun ("Founders Fund ... Founders of start-ups opposed it", "Lead investors praised it")."""
    tok = doc[i]
    low = form.lower()
    common = common_words(doc)
    return tok.is_sent_start and tok.pos_ != "PROPN" and (low in common or low.endswith("s") and low[:-1] in common)
