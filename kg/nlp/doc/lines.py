"""What kind of line a sentence is, decided once for every component: a line in title case (a headline, a
heading: capitals there mark every word, not names) and a short section heading."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.index import SOURCE, memo
from kg.nlp.lexicon import words

MINOR = words("entity_words.json", "title_minor_words")  # the words a title leaves in lower case ("of", "the")
STOPS = ".!?\"'\u201d"
BULLET_MARKS = "-*+\u2022\u25cf\u25aa\u25e6\u2013\u2014"  # what opens a list's item: a dash, a star, a bullet


def glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen the tokenizer split out of one word ("Anti-Monopoly", "Ji-won", "2022-03"): no space on either side,
    a word on each."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def word_of(tok: Token) -> str:
    """A word's lower-case lemma, whole where the tokenizer split it at a hyphen ("a Stockholm start-up": "start-up",
    not "up")."""
    if tok.i >= 2 and glued_hyphen(tok.doc, tok.i - 1):
        return f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once a document (`Doc.text` joins every token, building a token per word), or the text the
    document was made from (`remember_text`: spaCy's tokens keep every character, so it is the same string)."""
    return memo(doc, "kg_text", lambda: doc.text)


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a document was made from, for `doc_text`."""
    doc.user_data["kg_text"] = text
    return doc


def span_text(span: Span) -> str:
    """`span.text`, sliced from the document's text: the same string, without building a token per word (every
    action and relation record quotes its sentence)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def evidence_text(span: Span) -> str:
    """The sentence an action or relation was read from, verbatim: sliced from the text as written (plain.py reads
    typography plainly, one character for one, so the offsets are the same), stripped."""
    source = span.doc.user_data.get(SOURCE)
    return (source[span.start_char:span.end_char] if source else span_text(span)).strip()


def unclosed(sent: Span) -> bool:
    """A line without a closing stop: a headline, a section heading, a bullet's label."""
    text = span_text(sent).strip()
    return bool(text) and text[-1] not in STOPS


def title_words(sent: Span, skip: Span | None = None) -> list:
    """The words a title would capitalise: alphabetic, not a minor word, outside `skip`."""
    return [t for t in sent if t.is_alpha and t.lower_ not in MINOR
            and not (skip is not None and skip.start <= t.i < skip.end)]


def told_in_lower_case(tok: Token) -> bool:
    """A verb in lower case ("So did the Harborview Law School, the Baltic Digital Forum and ..."): a title
    capitalises its verbs, so the line is a sentence, however many names it lists. Not the second part of a
    hyphenated word, which titles leave in lower case ("AI-generated")."""
    return tok.pos_ in ("VERB", "AUX") and tok.is_lower and not (tok.i > 0 and glued_hyphen(tok.doc, tok.i - 1))


def title_case_line(sent: Span, skip: Span | None = None) -> bool:
    """A headline or heading in title case: at least three title words (outside `skip`, the name being judged),
    nearly all (0.9) capitalised, or most (0.7) when the line has no closing stop ("Quebec Already Regulates
    Algorithms Through Its Privacy Law.", "Gov. Lee Signs ELVIS Act")."""
    alpha = title_words(sent, skip)
    if len(alpha) < 3 or any(told_in_lower_case(t) for t in alpha):
        return False
    share = sum(t.text[:1].isupper() for t in alpha) / len(alpha)
    text = span_text(sent).strip()
    return share >= 0.9 or (share >= 0.7 and not (text and text[-1] in STOPS))


def section_heading(sent: Span) -> bool:
    """A short line after the first, without final punctuation, every word capitalised or a stop word ("Key
    Obligations", "Comparison with Japan")."""
    toks = [t for t in sent if not t.is_space]
    return (sent.start > 0 and 0 < len(toks) <= 6 and not toks[-1].is_punct
            and all(t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in toks))
