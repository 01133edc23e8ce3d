"""The gazetteer's entity ruler, with its token patterns (names that follow a scheme: "Executive Order
14110", "SB 53", "GPT-4o mini", "Southern District of New York", from `entity_patterns.jsonl`) tried only
where they can match.

spaCy's EntityRuler runs its token Matcher at every token, which costs more than the phrase matching of
the whole gazetteer; here the token patterns run only on short windows around the tokens that can start
one (found with one regular expression over the text); a window is widened while a match reaches its end, as a
pattern with "OP": "*" may run on past it. Everything else, the choice among overlapping
matches and the overwriting of entities included, is the EntityRuler's own."""
from __future__ import annotations

import bisect
import re
import warnings
from functools import lru_cache

from spacy.attrs import IDX
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from kg.nlp.doc.lines import doc_text, glued_hyphen
from kg.nlp.entities.name_runs import CONNECTORS
from kg.nlp.entities.nesting import BODY_HEADS
from kg.nlp.entities.other_surnames import others_surnames

WINDOW = 16  # tokens from a possible first token (the longest pattern has 13)


def first_token_regex(patterns: list[list[dict]]) -> re.Pattern | None:
    """One regex for every word that can start a pattern (TEXT/LOWER values, IN lists, REGEX)."""
    alts: list[str] = []
    for pattern in patterns:
        for tok in pattern:
            for key, value in tok.items():
                if key == "OP":
                    continue
                if isinstance(value, str):
                    alts.append(re.escape(value) if key == "TEXT" else f"(?i:{re.escape(value)})")
                elif isinstance(value, dict) and "IN" in value:
                    alts += [re.escape(v) if key == "TEXT" else f"(?i:{re.escape(v)})" for v in value["IN"]]
                elif isinstance(value, dict) and "REGEX" in value:
                    alts.append("(?:" + value["REGEX"].lstrip("^").rstrip("$") + ")")
                else:
                    return None  # a pattern this cannot index: let the Matcher see every token
            if tok.get("OP") not in ("?", "*"):
                break  # later tokens cannot start a match
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?!\w)") if alts else None


@lru_cache(maxsize=1)
def breaking_words() -> frozenset[str]:
    from kg.nlp.lexicon import load_json

    return frozenset(load_json("type_cues.json")["name_breaking_words"])


def inside_words(doc: Doc, matches: set[tuple]) -> set[tuple]:
    """The matches that end a word after a prefix and a hyphen ("E-Commerce" is no Commerce Department): a letter or
    a lower-case word glued by a hyphen before the match's first word ("US-China", "Microsoft-Fenwick" join two
    names, and stay, as does a state after a party's letter in brackets: "(D-Calif.)")."""
    return {m for m in matches if m[1] > 1 and glued_hyphen(doc, m[1] - 1) and word_prefix(doc, m[1] - 2)}


def word_prefix(doc: Doc, i: int) -> bool:
    """Token i begins a hyphenated word rather than naming something: lower case ("non-"), or one letter ("E-"), not
    a party's letter in brackets ("(D-")."""
    tok = doc[i]
    return tok.is_lower or len(tok.text) == 1 and (i == 0 or doc[i - 1].text != "(")


def longer_names(doc: Doc, matches: set[tuple]) -> set[tuple]:
    """The matches that would cut a longer organisation name in two: spaCy's NER reads "Amazon Web Services" or
    "Microsoft Research India" as one name, in capitalised proper nouns after the first word, and a known name
    begins it ("Amazon", "Microsoft"). Matching the known name would split it, leaving its tail as a name of its
    own ("Web Services"); the longer name stands instead, and no match inside it."""
    breaking = breaking_words()
    starts = {m[1]: m[2] for m in matches}
    out = set()
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2 or not ent.start < starts.get(ent.start, ent.end) < ent.end:
            continue
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in breaking for t in ent[1:]):
            out |= {m for m in matches if ent.start <= m[1] and m[2] <= ent.end and (m[1], m[2]) != (ent.start, ent.end)}
    return out | places_inside_names(doc, matches)


def places_inside_names(doc: Doc, matches: set[tuple]) -> set[tuple]:
    """The matches that would cut a longer organisation name: spaCy's NER reads "Monetary Authority of Singapore",
    "Ministry of Commerce" or "Air Canada" as one name (capitalised words with "of", "for" or "and" between), and a
    place inside it, or a known name after its "of", "for" or "on", is part of that name, not a mention of its own."""
    by_start: dict[int, list[tuple]] = {}
    for m in matches:
        by_start.setdefault(m[1], []).append(m)
    out = set()
    for ent in doc.ents if matches else ():
        if ent.label_ not in ("ORG", "FAC") or not name_shaped(ent):
            continue
        out |= {m for i in range(ent.start, ent.end) for m in by_start.get(i, ()) if part_of_name(doc, ent, m)}
    return out


def part_of_name(doc: Doc, ent, m: tuple) -> bool:
    """Whether match m, inside the longer name ent, is part of it: a place, a name after "of/for/on", or a name
    before the body's head word."""
    if m[2] > ent.end or (m[1], m[2]) == (ent.start, ent.end):
        return False
    return (match_label(doc, m[0]) == "Jurisdiction" or any(t.lower_ in ("of", "for", "on") for t in doc[ent.start:m[1]])
            or m[2] < ent.end and ent[-1].lower_ in BODY_HEADS)


def match_label(doc: Doc, match_id: int) -> str:
    """The class a ruler match gives ("Jurisdiction" of "Jurisdiction||france")."""
    return doc.vocab.strings[match_id].split("||")[0] if match_id in doc.vocab.strings else ""


def name_shaped(ent) -> bool:
    """Two words or more, capitalised, with linking words between ("Tech Council of Australia"), no possessive."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    return (len(words) >= 2 and words[0].text[:1].isupper() and words[-1].text[:1].isupper()
            and all(t.text[:1].isupper() or t.lower_ in CONNECTORS or t.lower_ == "de" for t in words) and not any(t.tag_ == "POS" for t in words))


class WindowedEntityRuler(EntityRuler):
    """An EntityRuler whose token patterns are matched in windows around candidate first tokens."""

    _starts: re.Pattern | None = None
    _indexed: int = -1

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        if self._indexed != len(self.token_patterns):
            self._starts = first_token_regex([p for ps in self.token_patterns.values() for p in ps])
            self._indexed = len(self.token_patterns)
        if self._starts is None:
            return [(0, len(doc))]
        idx = doc.to_array(IDX).tolist()  # each token's character offset, without a Token per word
        windows: list[tuple[int, int]] = []
        for m in self._starts.finditer(doc_text(doc)):
            i = bisect.bisect_right(idx, m.start()) - 1
            lo, hi = max(0, i - 1), min(len(doc), i + WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            elif i >= 0:
                windows.append((lo, hi))
        return windows

    def match(self, doc: Doc):
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.phrase_matcher(doc))
            if self.token_patterns:
                for lo, hi in self._windows(doc):
                    found = self.matcher(doc[lo:hi])
                    while hi < len(doc) and any(lo + e == hi for _, _, e in found):  # a "*" may run on: widen
                        hi = min(len(doc), hi + WINDOW)
                        found = self.matcher(doc[lo:hi])
                    matches += [(m_id, lo + s, lo + e) for m_id, s, e in found]
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        final -= longer_names(doc, final) | others_surnames(doc, final) | inside_words(doc, final)
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
