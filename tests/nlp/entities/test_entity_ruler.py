"""`WindowedEntityRuler` overrides `EntityRuler.match` (a method spaCy does not document as an extension point) to
run the token patterns only in windows around the tokens that can start one. These tests hold it to spaCy's stock
`EntityRuler` on the project's own patterns: the same entities, on any text.

The one intended difference, giving way to a longer organisation name that spaCy's NER found (`longer_names`,
tested in test_name_patterns.py), needs NER entities; these pipelines have none, so the two must agree exactly."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import example, given
from hypothesis import strategies as st

from kg.nlp.entities import factories  # noqa: F401  (registers kg_entity_ruler_v1)
from kg.nlp.gazetteer import load_gazetteer, ruler_patterns
from kg.nlp.lexicon import load_jsonl
from kg.nlp.entities.name_patterns import WINDOW


def patterns() -> list[dict]:
    return ruler_patterns(load_gazetteer()) + [dict(p) for p in load_jsonl("entity_patterns.jsonl")]


def ruler_pipeline(factory: str):
    nlp = spacy.blank("en")
    nlp.add_pipe(factory, config={"overwrite_ents": True}).add_patterns(patterns())
    return nlp


STOCK, WINDOWED = ruler_pipeline("entity_ruler"), ruler_pipeline("kg_entity_ruler_v1")


def ents(nlp, text: str) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in nlp(text).ents]


def matches(nlp, text: str) -> dict[tuple[int, int], set[tuple[str, str]]]:
    """Every match the ruler considers, by span: the (label, id) of each pattern that matches there."""
    out: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for m_id, start, end in nlp.pipeline[0][1].match(nlp.make_doc(text)):
        label, _, ent_id = nlp.vocab.strings[m_id].partition("||")
        out.setdefault((start, end), set()).add((label, ent_id))
    return out


def assert_same_reading(text: str) -> None:
    """The same matches, hence the same entity spans. Where two patterns match one span exactly (a gazetteer name
    that a token pattern matches too: "o3"), the stock ruler's pick follows the iteration order of a Python set,
    so either of them is the stock ruler's reading; everywhere else the label and id are the same."""
    found = matches(WINDOWED, text)
    assert found == matches(STOCK, text)
    ours, theirs = ents(WINDOWED, text), ents(STOCK, text)
    assert [e[:2] for e in ours] == [e[:2] for e in theirs]
    for (start, end, label, ent_id), other in zip(ours, theirs):
        assert (label, ent_id) in found[(start, end)]
        if len(found[(start, end)]) == 1:
            assert (label, ent_id) == other[2:]


def words_of_patterns() -> list[str]:
    """Every word a token pattern spells out (TEXT/LOWER values and IN lists), and some names of the gazetteer."""
    out: set[str] = set()
    for p in patterns():
        if isinstance(p["pattern"], str):
            continue
        for tok in p["pattern"]:
            for key, value in tok.items():
                if key in ("TEXT", "LOWER") and isinstance(value, str):
                    out.add(value)
                elif key in ("TEXT", "LOWER") and isinstance(value, dict) and "IN" in value:
                    out |= set(value["IN"])
    names = sorted(n for e in load_gazetteer().values() for n in e.names)
    return sorted(out) + names[::7]


VOCAB = words_of_patterns() + [
    # what the REGEX tokens and IS_TITLE tokens accept, and what they do not
    "14110", "53", "1047", "2024/1689", "27001", "2023", "3.5", "4o", "o3", "GPT-4o", "Claude", "Gemini-2.5",
    "Pro", "mini", "Sonnet", "Turbo", "Circuit", "New", "York", "California", "Ninth", "US", "the", "of", "for",
    "EXECUTIVE", "Order", "order", "said", "and", ",", ".", "(", ")", "-", ":", "'s", "\n", "bill", "court",
]
TEXTS = st.lists(st.sampled_from(VOCAB) | st.from_regex(r"[A-Z]?[a-z]{1,6}|\d{1,5}", fullmatch=True),
                 max_size=60).map(" ".join)


@given(TEXTS)
@example("The Southern District of New York read SB 53, Executive Order 14110 and Regulation ( EU ) 2024/1689")
@example("GPT " + "4 " * (WINDOW + 5) + "was released")  # an open-ended pattern runs past one window
@example("Claude 3.5 Sonnet Pro Ultra " + " ".join(str(n) for n in range(2, 2 * WINDOW)))
@example("( o3 ( ( Saudi Arabia o3 0 0")  # two patterns on one span: the stock ruler's pick is arbitrary
def test_entity_ruler_windowed_matches_spacy_stock_ruler(text):
    assert_same_reading(text)


@pytest.mark.parametrize("text", [
    "The U.S. District Court for the Northern District of California ruled.",
    "the U.S. Court of Appeals for the Ninth Circuit and H.R. 4 and ISO/IEC 42001 : 2023",
    "EO 14179 was signed; eo 14179 too; Anthropic and OpenAI said so.",
    "issued under 10 U.S.C. § 3252 and 15 CFR 744.22",
])
def test_entity_ruler_windowed_finds_the_entities_of_the_stock_ruler(text):
    assert ents(WINDOWED, text)  # something real is matched
    assert ents(WINDOWED, text) == ents(STOCK, text)
