"""The `kg_doc_aliases` component: names a document defines for itself (acronyms, surnames, short forms)."""
from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.entities.apposed_names import apposed_names
from kg.nlp.entities.company_words import common_start, numbered, own_first_word
from kg.nlp.entities.entity_types import CUE, cues
from kg.nlp.entities.instruments import cues as instrument_cues
from kg.nlp.entities.legal_names import legal_form_words
from kg.nlp.entities.model_versions import edition
from kg.nlp.entities.peerage import peer_ranks
from kg.nlp.entities.person_titles import adjectives, common_words
from kg.nlp.entities.qualified import place_names
from kg.nlp.gazetteer import gazetteer_index
from kg.nlp.names import fold, form_tokens

QUOTES = {'"', "“", "”", "'", "‘", "’"}
KNIGHTED = ("sir", "dame")  # a knight or dame is named by the given name after the title
ORG_CLASSES = {"GovernmentBody", "MediaOutlet", "ResearchOrganization"}  # not Company: "AI", "Inc" are no names


def acronym_after(span: Span) -> Span | None:
    """``Bureau of Industry and Security (BIS)``: the span of BIS, or None."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = past_quotes(doc, i + 1)
    j = after_own_language_name(doc, j)
    k = j
    while k < len(doc) and k - j < 3 and doc[k].text not in (")",) and doc[k].text not in QUOTES:
        k += 1
    end = k
    k = past_quotes(doc, k)
    if j == end or k >= len(doc) or doc[k].text != ")":
        return None
    cand = doc[j:end]
    return cand if is_acronym(cand.text) else None


def after_own_language_name(doc: Doc, j: int, longest: int = 8) -> int:
    """"the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP)": where the acronym starts when the
    brackets first give the name in its own language, a run of two capitalised words or more (short lower-case
    words between them: "Bundesamt für Sicherheit in der Informationstechnik") and a comma; else `j`. One word is
    no name of a body ("(Washington, D.C.)")."""
    k = j
    while k < len(doc) and k - j < longest and (doc[k].is_title or doc[k].is_lower and len(doc[k]) <= 3):
        k += 1
    named = sum(t.is_title for t in doc[j:k]) >= 2
    return k + 1 if named and k < len(doc) and doc[k].text == "," and doc[j].is_title else j


def past_quotes(doc: Doc, j: int) -> int:
    while j < len(doc) and doc[j].text in QUOTES:
        j += 1
    return j


def is_acronym(text: str) -> bool:
    """Two capitals at least, twelve characters at most."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 2 and len(text) <= 12


def short_forms(span: Span) -> list[str]:
    """Shorter names the same document may use later for this entity: by its class (`SHORT_FORMS`)."""
    words = [t.text for t in span]
    if len(words) < 2:
        return []
    by_class = SHORT_FORMS.get(span.label_)
    return by_class(span, words) if by_class else org_short_forms(span, words)


def person_short_forms(span: Span, words: list[str]) -> list[str]:
    """"Lord Holmes of Richmond": "Lord Holmes", "Holmes"; "Sir Geoffrey Clifton-Brown": the surname and "Sir
    Geoffrey"; anyone else: the surname, whole when hyphenated ("Helena Marsh-Oyelaran": "Marsh-Oyelaran")."""
    if words[0].lower() in peer_ranks() and "of" in words[2:]:
        k = words.index("of", 2)
        return [" ".join(words[:k]), words[k - 1]]
    surname = span.text.split()[-1]
    if span.start > 0 and span.doc[span.start - 1].lower_ in KNIGHTED:
        return [surname, words[0]]
    return [surname]


def model_short_forms(span: Span, words: list[str]) -> list[str]:
    """"Lattice 3": "Lattice"; "Lattice 3 Deep": "Deep"; not a family the gazetteer knows as a model of its own
    ("Grok 4" and "Grok", "Llama 4" and "Llama": in `corpus/train`'s gold the family is never the version's alias,
    and 5 times of 5 an entity of its own)."""
    if span[-1].like_num:
        family = " ".join(words[:-1])
        return [] if gazetteer_index()[0].get(fold(family)) not in (None, span.ent_id_) else [family]
    short = edition(words)
    return [short] if short else []


def org_short_forms(span: Span, words: list[str]) -> list[str]:
    """An organisation's head word ("the Commission"), a company's name without its legal form ("Tembusu Capital Pte.
    Ltd.": "Tembusu Capital"; legal_forms of data/type_cues.json) and then without its ending ("Clearview AI":
    "Clearview"; "Nimbus Labs": "Nimbus"; "Tsubame Intelligence K.K.": "Tsubame Intelligence", "Tsubame"), or
    without a plural noun after words of its own ("Getty Images": "Getty"; not "General Motors", whose first word is
    an English one)."""
    out = []
    if span.label_ in ORG_CLASSES and words[-1][:1].isupper() and words[-1].lower() in cues().heads:
        out.append(words[-1])
    if span.label_ != "Company" or not words[0][:1].isupper():
        return out
    bare = without_legal_form(words)
    if 0 < len(bare) < len(words):
        out.append(" ".join(bare))
    if len(bare) > 1 and (bare[-1].lower() in cues().org_suffixes | {"ai"} or plural_after_own_words(span, bare)):
        out.append(" ".join(bare[:-1]))
    if len(bare) > 1 and own_first_word(span, bare[0]):
        out.append(bare[0])
    return list(dict.fromkeys(out))


def without_legal_form(words: list[str]) -> list[str]:
    """The words of a company's name before its legal form ("Meta Platforms, Inc.", "Wattle AI Pty Ltd", "Goldman
    Sachs & Co. LLC")."""
    forms = legal_form_words() | {"&"}
    n = len(words)
    while n > 1 and words[n - 1] in forms:
        n -= 1
    return words[:n]


def plural_after_own_words(span: Span, words: list[str]) -> bool:
    """The last word is the plural of an English noun and every word before it is a capitalised word that is no
    English adjective (the lemmatizer's WordNet index, `common_words`): "Getty Images", "Helix Minds" (a helix is a
    noun); not "General Motors" nor "Universal Pictures", nor a word that names nothing ("AI Factories":
    `stop_names`) or a place ("Washington Nationals": "Washington" is still the place)."""
    common, adjs = common_words(span.doc), adjectives(span.doc)
    last = words[-1].lower()
    plural = last.endswith("s") and (last[:-1] in common or last.endswith("ies") and last[:-3] + "y" in common)
    own = " ".join(words[:-1])
    return plural and own.lower() not in cues().stop_names and fold(own) not in place_names() \
        and all(w.isalpha() and w[:1].isupper() and w.lower() not in adjs for w in words[:-1])


def bill_short_forms(words: list[str]) -> list[str]:
    """"Assembly Bill 2655": "AB 2655"; "Connecticut Senate Bill 2": "Senate Bill 2" and "SB 2" (the chambers and their
    abbreviations: `bill_chambers` of data/instrument_cues.json)."""
    chambers = instrument_cues()["bill_chambers"]
    for j in range(len(words) - 2):
        if words[j] in chambers and words[j + 1] == "Bill" and words[j + 2][:1].isdigit():
            number = " ".join(words[j + 2:])
            return [f"{chambers[words[j]]} {number}"] + ([" ".join(words[j:])] if j else [])
    return []


SHORT_FORMS = {"Person": person_short_forms, "AIModel": model_short_forms,
               "PolicyInstrument": lambda span, words: bill_short_forms(words)}


class DocAliases:
    """Tags later uses of a document's own acronyms and short forms as entities.

    Sets ``doc._.kg_alias_of``: {(start, end) of a new mention: (start, end) of the mention it abbreviates}.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("kg_alias_of"):
            Doc.set_extension("kg_alias_of", default=None)

    def __call__(self, doc: Doc) -> Doc:
        alias_of: dict[tuple[int, int], tuple[int, int]] = {}
        new: list[Span] = []
        forms = defined_forms(doc, alias_of, new)
        strength = doc._.kg_strength if doc._.kg_strength is not None else {}
        relabel = later_uses(doc, forms, alias_of, new)
        apposed_names(doc, alias_of)
        if new or relabel:
            kept = [Span(doc, e.start, e.end, label=relabel.get((e.start, e.end), e.label_), span_id=e.id_)
                    for e in doc.ents]
            doc.ents = filter_spans(kept + new)
            for s, e in alias_of:
                strength.setdefault((s, e), CUE)
        doc._.kg_alias_of = alias_of
        doc._.kg_strength = strength
        return doc


def defined_forms(doc: Doc, alias_of: dict, new: list[Span]) -> dict[str, tuple[Span, bool]]:
    """text -> (source span, ambiguous?): the acronyms the document defines (their mention there tagged, in `new`)
    and the short forms of its names (ambiguous when two names share one)."""
    forms: dict[str, tuple[Span, bool]] = {}
    strength = doc._.kg_strength or {}
    for ent in doc.ents:
        acr = acronym_after(ent)
        if acr is not None:
            forms[acr.text] = (ent, False)
            if not any(t.ent_type_ for t in acr):
                new.append(Span(doc, acr.start, acr.end, label=ent.label_))
                alias_of[(acr.start, acr.end)] = (ent.start, ent.end)
        title = numbered_title(ent) or code_after(ent)
        if title is not None:  # each way: the resolver meets the stronger (or longer) of the two first
            alias_of[(title.start, title.end)] = (ent.start, ent.end)
            alias_of[(ent.start, ent.end)] = (title.start, title.end)
        for form in short_forms(ent):
            prev = forms.get(form)
            same = prev is not None and (prev[0].text == ent.text or ent.text in short_forms(prev[0])
                                         or prev[0].text in short_forms(ent))  # "Lumen Robotics (Oy)"
            forms[form] = (ent, prev is not None and not same)
        for form in own_name(ent, strength):  # typed by context as two classes, the name is no one thing
            prev = forms.get(form)
            forms[form] = (prev[0], prev[1] or prev[0].label_ != ent.label_) if prev else (ent, False)
    return forms


def own_name(ent: Span, strength: dict) -> list[str]:
    """A name the gazetteer does not know, typed by the words around it ("Tessaly, the chatbot"): its other uses in
    the document that NER left out, or read as a class the typer dropped, are the same thing ("Quillon launched
    Tessaly", tagged a place). A use with a class of its own keeps it: the resolver weighs the two."""
    if ent.ent_id_ or strength.get((ent.start, ent.end)) != CUE or not ent.text[:1].isupper():
        return []
    return [ent.text]


def numbered_title(ent: Span) -> Span | None:
    """"HB 2094, the High-Risk Artificial Intelligence Developer and Deployer Act": a bill's number and, in apposition
    to it (by the parse, or by nothing after the title that goes on a list), its title, one instrument; not a title
    that is the subject of its own clause, nor a number after a preposition ("Before HB 2094, the X Act governed").
    Returns the title's span, or None."""
    nxt = title_after(ent)
    if nxt is None or nxt.root.dep_ in ("nsubj", "nsubjpass") or ent.root.dep_ == "pobj":
        return None  # "Before HB 2094, the X Act governed ..."
    doc = ent.doc
    by_parse = nxt.root.dep_ == "appos" and ent.start <= nxt.root.head.i < ent.end
    ends_list = nxt.end < len(doc) and doc[nxt.end].lower_ in (",", "and", "or", "&", ";")  # "SB 53, the X Act and ..."
    return nxt if by_parse or not ends_list else None


def title_after(ent: Span) -> Span | None:
    """The unknown, unnumbered instrument just after a comma after an unknown numbered one ("HB 2094, the ... Act")."""
    if not unknown_instrument(ent) or not any(t.like_num for t in ent):
        return None
    doc, i = ent.doc, ent.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    nxt = next((e for e in doc.ents if e.start in (i + 1, i + 2)), None)
    return nxt if nxt is not None and unknown_instrument(nxt) and not any(t.like_num for t in nxt) else None


def code_after(ent: Span) -> Span | None:
    """"the Data Act (Regulation (EU) 2023/2854)", "the Generative AI Profile (NIST AI 600-1)": an instrument's number
    in parentheses right after its name is the same instrument (a name the gazetteer knows keeps its own identity).
    Returns the number's span, or None."""
    doc, i = ent.doc, ent.end
    if not unknown_instrument(ent) or i >= len(doc) or doc[i].text != "(":
        return None
    nxt = next((e for e in doc.ents if e.start == i + 1), None)
    if nxt is None or not unknown_instrument(nxt) or not any(t.like_num or t.is_digit for t in nxt) \
            or nxt.end >= len(doc) or doc[nxt.end].text != ")":
        return None
    return nxt


def unknown_instrument(e: Span) -> bool:
    return e.label_ == "PolicyInstrument" and not e.ent_id_


def word_positions(doc: Doc, words: set[str]) -> dict[str, list[int]]:
    """Where each of the words stands in the document (its exact text), found in the array of the words' hashes."""
    if not words:
        return {}
    orth = doc.to_array(ORTH)
    return {w: np.flatnonzero(orth == doc.vocab.strings[w]).tolist() for w in words if w in doc.vocab.strings}


def uses_of(doc: Doc, form: str, src: Span, positions: dict[str, list[int]]) -> list[int]:
    """Where the form stands in the document, its defining mention left out, and not as the first word of a
    numbered name (`numbered`)."""
    n = len(form_tokens(form))
    return [i for i in positions.get(form_tokens(form)[0], [])
            if not (i + n > len(doc) or doc[i:i + n].text != form or (i, i + n) == (src.start, src.end)
                    or src.label_ != "AIModel" and numbered(doc, i + n))]


def later_uses(doc: Doc, forms: dict[str, tuple[Span, bool]], alias_of: dict, new: list[Span]) -> dict[tuple[int, int], str]:
    """Tags each use of an unambiguous form: a new entity where there was none (in `new`), else the label to give an
    unknown name the document itself defined (returned). Both point to their source in `alias_of`."""
    existing = {(e.start, e.end): e for e in doc.ents}
    relabel: dict[tuple[int, int], str] = {}
    positions = word_positions(doc, {form_tokens(form)[0] for form, (_, ambiguous) in forms.items() if not ambiguous})
    for form, (src, ambiguous) in forms.items():
        if ambiguous:
            continue
        n = len(form_tokens(form))
        for i in uses_of(doc, form, src, positions):
            if n == 1 and common_start(doc, i, form):
                continue
            if not any(t.ent_type_ for t in doc[i:i + n]):
                new.append(Span(doc, i, i + n, label=src.label_))
                alias_of[(i, i + n)] = (src.start, src.end)
            elif (i, i + n) in existing and not existing[(i, i + n)].ent_id_ and form != src.text:
                relabel[(i, i + n)] = src.label_
                alias_of[(i, i + n)] = (src.start, src.end)
    return relabel
