"""The `kg_entity_typer` component: cleans entity spans and relabels them with contract classes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.contract import ORGANIZATION_CLASSES
from kg.ingest.dates import MONTHS
from kg.nlp.doc.lines import doc_text, section_heading, title_case_line
from kg.nlp.doc.opening import byline_people
from kg.nlp.doc.voice import source_names
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.entity_types import CUE, GAZETTEER, LABEL, ROLE_WORDS, classify, cues, generic_words, head_word
from kg.nlp.entities.places import known_place
from kg.nlp.doc.datelines import dateline_places
from kg.nlp.entities.given_names import titled_persons, with_given_names
from kg.nlp.entities.governments import government_spans
from kg.nlp.entities.legal_names import legal_name_spans
from kg.nlp.entities.name_runs import proper_noun_runs
from kg.nlp.entities.nesting import NAME_HEADS, extend_embedded_names
from kg.nlp.entities.particle_names import PARTICLES
from kg.nlp.entities.learned_names import learned_names
from kg.nlp.entities.person_titles import learn_common_words, trim_person
from kg.nlp.entities.model_versions import model_versions
from kg.nlp.entities.peerage import peer_spans
from kg.nlp.entities.lowercase_heads import lowercase_head_names
from kg.nlp.entities.acronym_names import spelled_names, with_place
from kg.nlp.entities.amounts import without_amount
from kg.nlp.entities.described import described_names
from kg.nlp.entities.owned_models import owned_model_names
from kg.nlp.entities.shared_heads import shared_head_names
from kg.nlp.entities.office_names import office_bodies
from kg.nlp.entities.suffixed_names import suffixed_names
from kg.nlp.entities.non_names import lone_common_word, not_a_name

LEADING_DROP = {"DET", "PUNCT", "SPACE", "PART", "CCONJ", "ADP"}
TRAILING_DROP = {"PUNCT", "SPACE", "PART"}
MODEL_WORDS = {"model", "models", "chatbot", "chatbots"}


def clean_span(span: Span) -> Span | None:
    """The span without leading determiners, line breaks, quotes, a generic owner ("the Department's") or a trailing
    possessive."""
    doc = span.doc
    # "Office of AI (OAI": the acronym is a name of its own
    end = next((i for i in range(span.start + 1, span.end) if doc[i].text == "("), span.end)
    while end > span.start and doc[end - 1].is_space and not heading(span):  # "... Safety\n\n": a line's last name
        end -= 1
    start = after_line_breaks(doc, span.start, end)
    while start < end and drops_leading(doc[start]):
        start += 1
    start = after_generic_owner(doc, start, end)
    start = after_descriptor(doc, start, end)
    while end > start and drops_trailing(span, start, end):
        if keeps_full_stop(doc, start, end):
            break  # keep the full stop of "Corp." or "U.S."
        end -= 1
    if start >= end:
        return None
    end, label = without_amount(doc, start, end, span.label_)
    if start >= end:
        return None
    start, end, label = (start, end, label) if span.ent_id_ else trim_person(doc, start, end, label)
    return Span(doc, start, end, label=label, kb_id=span.kb_id_, span_id=span.id_)


def heading(span: Span) -> bool:
    """The span's line is a headline or a section heading ("AI For Business", "... Aimed at Frontier AI Developers"),
    whose capitalised words at the line's end are no name of their own."""
    return title_case_line(span.sent) or section_heading(span.sent)


def after_generic_owner(doc: Doc, start: int, end: int) -> int:
    """"the Department's Division of Consumer Protection": after a possessive whose owner only says what kind of thing
    it is, the name starts ("Moody's Investors Service" keeps its owner's name, and so does a title: "Attorney
    General's Office")."""
    pos = next((i for i in range(start + 1, end - 1) if doc[i].text in ("'s", "’s")), None)
    if pos is not None and all(t.lower_ in generic_words() and t.lower_ not in ROLE_WORDS for t in doc[start:pos]):
        return pos + 1
    return start


def after_descriptor(doc: Doc, start: int, end: int) -> int:
    """"the Adelaide fund Torrens Ventures": a lower-case common noun the tagger took in between capitalised proper
    nouns, with nothing else before it, says what the name after it is; the name starts after it. Not a noun joined
    by a hyphen or a connector to the name's own words ("First-tier Tribunal", "Medicines and Healthcare products
    Regulatory Agency"), which is the name's own word, nor a particle of a name in another language ("Agua para
    Todos": kg/nlp/entities/particle_names.py)."""
    first = next((i for i in range(start, end - 1) if doc[i].text.islower()), None)
    if first is None or first == start or doc[first].pos_ != "NOUN" or not doc[first + 1].text[:1].isupper() \
            or doc[first].text in PARTICLES:
        return start
    if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in doc[start:first]):
        return first + 1
    return start


def after_line_breaks(doc: Doc, start: int, end: int) -> int:
    """The start of the text after the last line break in start..end."""
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    return start


def drops_leading(tok) -> bool:
    return (tok.pos_ in LEADING_DROP and not tok.text[:1].isupper()
            or tok.is_space or tok.is_punct or tok.lower_ == "the")


def drops_trailing(span: Span, start: int, end: int) -> bool:
    """A trailing possessive, punctuation, or a model word after a name ("the Mythos system"), not a firm's own
    last word ("Arkwell Systems")."""
    tok = span.doc[end - 1]
    firm_word = tok.text[:1].isupper() and tok.lower_ in cues().org_suffixes
    return (tok.pos_ in TRAILING_DROP or tok.is_punct or tok.lower_ in ("'s", "’s", "'")
            or (not span.ent_id_ and end - start > 1 and tok.lower_ in cues().model_cues and not firm_word))


def keeps_full_stop(doc: Doc, start: int, end: int) -> bool:
    return doc[end - 1].text in (".",) and end - start > 1 and len(doc[end - 2].text) <= 3


def typed_names(doc: Doc) -> tuple[list[Span], dict[tuple[int, int], int]]:
    """The NER's names, cleaned and typed with the contract's classes, and the strength of each one's evidence."""
    kept: list[Span] = []
    strength: dict[tuple[int, int], int] = {}
    bars = "|" in doc_text(doc)  # most texts have none: skip the sentence scan below
    for ent in titled_persons(doc, with_given_names(doc, extend_embedded_names(doc))):
        span = clean_span(ent)
        if span is None or not_a_name(span, bars):
            continue
        typed = type_span(ent, span)
        if typed is not None:
            kept.append(typed[0])
            strength[(typed[0].start, typed[0].end)] = typed[1]
    return kept, strength


class EntityTyper:
    """Relabels `doc.ents` with the eight contract classes; drops what fits none.

    Sets ``doc._.kg_strength``: {(start, end): evidence strength} for each kept entity.
    """

    def __init__(self, nlp: Language, name: str, learned_min: float = 1.0) -> None:
        self.name = name
        self.learned_min = learned_min
        learn_common_words(nlp)
        if not Doc.has_extension("kg_strength"):
            Doc.set_extension("kg_strength", default=None)

    def __call__(self, doc: Doc) -> Doc:
        kept, strength = typed_names(doc)
        shaped = shaped_names(doc, kept) + office_bodies(doc, kept) + shared_head_names(doc) + lowercase_head_names(doc)
        if shaped:  # the name's own shape wins over what NER read across it ("The Italian government", "Vance")
            taken = {i for sp in shaped for i in range(sp.start, sp.end)}
            kept = [k for k in kept if not taken.intersection(range(k.start, k.end))]
        for span in shaped:
            kept.append(span)
            strength[(span.start, span.end)] = GAZETTEER if span.id_ else CUE
        found = names_before_model_words(doc, kept) + unlabelled_names(doc, kept) + described_names(doc, kept)
        found += suffixed_names(doc, kept + found)
        for span in found + owned_model_names(doc, kept + found):
            kept.append(span)
            strength[(span.start, span.end)] = CUE
        if self.learned_min < 1.0:
            for span in learned_names(doc, kept, self.learned_min):
                span = untitled(span)
                kept.append(span)
                strength[(span.start, span.end)] = LABEL
        for span in with_place(doc, kept) + spelled_names(doc, kept) + model_versions(doc, kept):
            kept.append(span)
            strength[(span.start, span.end)] = CUE
        doc.ents = filter_spans([k for k in kept if not lone_common_word(k)])
        doc._.kg_strength = strength
        return doc


def untitled(span: Span) -> Span:
    """A person's name found without the tagger, with the titles before it dropped ("Justice Amit Bansal")."""
    if span.label_ != "Person":
        return span
    start, end, _ = trim_person(span.doc, span.start, span.end, "PERSON")
    return Span(span.doc, start, end, label="Person")


def shaped_names(doc: Doc, kept: list[Span]) -> list[Span]:
    """Names whose own shape tells their class, whatever NER read across them: a place's government ("the Italian
    government", kg/nlp/entities/governments.py), a name closed by a legal form ("Harrow Vance LLP", not the
    person Vance; legal_names.py), a dateline's place ("FORT WORTH, Texas, Aug. 26"; datelines.py), a peer's name
    ("Baroness Stowell of Beeston"; peerage.py), a byline's authors (kg/nlp/doc/opening.py) and the organisation a
    source line names ("Corvane Labs blog"; kg/nlp/doc/voice.py); not where the
    gazetteer matched a name as long or longer ("the Chinese government" is its entry; "Snap" gives way to "Snap
    Group Limited")."""
    known = [k for k in kept if k.kb_id_ or k.id_]
    spans = ([Span(doc, s, e, label="GovernmentBody") for s, e in government_spans(doc)]
             + [Span(doc, s, e, label="Company") for s, e in legal_name_spans(doc)] + dateline_places(doc)
             + peer_spans(doc) + [Span(doc, p.start, p.end, label="Person") for p in byline_people(doc)]
             + source_names(doc, cues().heads, known))
    return [sp for sp in spans if not any(k.start < sp.end and sp.start < k.end and len(k) >= len(sp) for k in known)]


def type_span(ent: Span, span: Span) -> tuple[Span, int] | None:
    """The cleaned span with its contract class and the strength of that evidence; None when it fits none, is a
    heading's guess (a known place that is the whole heading aside) or a country word in a title."""
    doc = span.doc
    if ent.label_ == "PRODUCT_MODEL":
        return Span(doc, span.start, span.end, label="AIModel"), CUE
    cls, how = classify(span)
    if cls is None or (how == LABEL and section_heading(span.sent) and not heading_place(span, cls)) \
            or title_prefix(span, cls):
        return None
    return Span(doc, span.start, span.end, label=cls, kb_id=ent.kb_id_, span_id=ent.id_), how


def heading_place(span: Span, cls: str) -> bool:
    """A heading that is a known place's name and nothing else ("Nigeria", "Chile" over a digest's items) names
    that place: the items below are about it."""
    words = [t for t in span.sent if not t.is_space and not t.is_punct]
    return cls == "Jurisdiction" and known_place(span) and all(span.start <= t.i < span.end for t in words)


def title_prefix(span: Span, cls: str) -> bool:
    """"U.S. District Judge", "U.S. Attorney": a country word that is part of a title, not a mention of it."""
    doc = span.doc
    if cls != "Jurisdiction" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and (nxt.lower_ in ROLE_WORDS or nxt.lower_ in ("district", "circuit", "magistrate"))


def unlabelled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Runs of capitalised proper nouns the NER missed whose head word names a body: "the Frontier Testing Unit",
    "the Algorithmic Accountability Office" (never from a month: "28 January the House"). Instruments' titles are
    kg/nlp/entities/titled.py's to find, with their own grammar (parentheses, topics, years)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for i, end in proper_noun_runs(doc, covered, lambda t: not t.is_sent_start and t.lower_.rstrip(".") not in MONTHS):
        span = doc[i:end]
        cls = NAME_HEADS.get(head_word(span)) if len(span) >= 2 else None
        if cls and cls != "PolicyInstrument" and all(t.pos_ in ("PROPN", "ADP", "CCONJ", "DET") for t in span):
            out.append(Span(doc, i, end, label=cls))
    return out


def names_before_model_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """Proper nouns no entity covers, right before "model(s)" or "chatbot": "Mistral AI's Magistral model"; the first
    word of an organisation's name names its maker there ("the first Corvane model" after "Corvane Labs")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    makers = {e.text.split()[0]: e.label_ for e in ents if e.label_ in ORGANIZATION_CLASSES and len(e) > 1}
    out = []
    for tok in tokens_with(doc, MODEL_WORDS):
        if tok.i == 0 or tok.is_title and title_case_line(tok.sent):  # "Black-Box Credit Models Are No Excuse"
            continue
        start = run_start(doc, tok.i, covered)
        if start < tok.i and doc[start].text[:1].isupper() and doc[start:tok.i].text.lower() not in cues().stop_names:
            out.append(Span(doc, start, tok.i, label=makers.get(doc[start:tok.i].text, "AIModel")))
    return out


def run_start(doc: Doc, end: int, covered: set[int]) -> int:
    """The first token of the proper nouns (and numbers after one) right before token `end` that no entity covers."""
    start = end
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].like_num and start - 1 > 0
                         and doc[start - 2].pos_ == "PROPN") and (start - 1) not in covered:
        start -= 1
    return start
