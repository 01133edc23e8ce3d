"""Cross-document identity: the spelling index finds exactly what trying every earlier name would."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph.identity import SpellingIndex
from kg.nlp.names import close_spelling, name_key

WORDS = st.text(alphabet="abcdeé", min_size=2, max_size=9).map(str.title)
NAMES = st.lists(st.builds(lambda w, rest: " ".join([w, *rest]), WORDS,
                           st.lists(st.sampled_from(["Labs", "Inc", "AI", "4", "4o", "Corp", "the"]), max_size=2)),
                 min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(NAMES)
def test_identity_spelling_index_agrees_with_a_full_scan(names):
    index, seen = SpellingIndex(), []
    for i, name in enumerate(names):
        key = name_key(name, "Company")
        expected = next((iri for letter, cand, iri in seen if letter == key[:1] and close_spelling(name, cand)), None)
        assert index.find(key, name) == expected
        if expected is None:
            index.add(key, name, f"iri-{i}")
            seen.append((key[:1], name, f"iri-{i}"))


def test_identity_a_generic_body_name_is_one_node_per_document():
    """"Parliament" in a story about Italy and in one about Canada are two bodies; "Ofcom" in both is one."""
    from kg.graph.identity import Identity
    from kg.nlp.records import LocalEntity

    def body(name: str) -> LocalEntity:
        return LocalEntity(f"loc:{name.lower()}", "GovernmentBody", name, surface_forms={name})

    ids = Identity()
    assert ids.resolve(body("Parliament"), "a" * 64) != ids.resolve(body("Parliament"), "b" * 64)
    assert ids.resolve(body("Ofcom Digital Unit"), "a" * 64) == ids.resolve(body("Ofcom Digital Unit"), "b" * 64)
