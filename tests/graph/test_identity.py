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


def test_identity_a_model_and_an_organisation_that_share_a_name_stay_apart():
    """"Bluebonnet", one firm's service, and "Bluebonnet Vox", a firm called "Bluebonnet" for short, are two entities;
    a name read as a company in one document and as a person in another is still one."""
    from kg.graph.identity import Identity
    from kg.nlp.records import LocalEntity

    def local(cls: str, *forms: str) -> LocalEntity:
        return LocalEntity(f"loc:{forms[0].lower()}", cls, forms[0], surface_forms=set(forms))

    ids = Identity()
    model = ids.resolve(local("AIModel", "Bluebonnet"), "a" * 64)
    assert ids.resolve(local("Company", "Bluebonnet Vox", "Bluebonnet"), "b" * 64) != model
    assert ids.resolve(local("AIModel", "Bluebonnet"), "c" * 64) == model
    person = ids.resolve(local("Person", "Nimbus Labs"), "a" * 64)
    assert ids.resolve(local("Company", "Nimbus Labs"), "b" * 64) == person


def test_identity_namesake_bodies_of_two_countries_stay_apart():
    """"PDPC" is Singapore's commission in one story and Thailand's committee in another: two nodes; a third story's
    Thai "PDPC" joins the Thai one, and a body whose country no text tells joins by name as before."""
    from kg.graph.identity import Identity
    from kg.nlp.records import LocalEntity

    def body(countries: set[str], *forms: str) -> LocalEntity:
        return LocalEntity(f"loc:{forms[0].lower()}", "GovernmentBody", forms[0], surface_forms=set(forms),
                           countries=countries)

    ids = Identity()
    singapore = ids.resolve(body({"SG"}, "Personal Data Protection Commission", "PDPC"), "a" * 64)
    thai = ids.resolve(body({"TH"}, "Office of the Personal Data Protection Committee", "PDPC"), "b" * 64)
    assert thai != singapore
    assert ids.resolve(body({"TH"}, "PDPC"), "c" * 64) == thai
    assert ids.resolve(body({"SG"}, "PDPC"), "d" * 64) == singapore
    assert ids.resolve(body(set(), "PDPC"), "e" * 64) == singapore  # nothing tells: the first of the name
    same_name = ids.resolve(body({"EG"}, "Personal Data Protection Commission"), "f" * 64)
    assert same_name not in (singapore, thai) and same_name.endswith("-eg")


def test_identity_a_kinds_word_alone_joins_nothing_across_documents():
    """"the Council" is the Council of the EU in one story and the OECD Council in another: a kind's word alone is a
    short form inside its document, and a body called only by one is a node of its document."""
    from kg.graph.identity import Identity, kind_word
    from kg.nlp.records import LocalEntity

    def body(*forms: str) -> LocalEntity:
        return LocalEntity(f"loc:{forms[0].lower()}", "GovernmentBody", forms[0], surface_forms=set(forms))

    assert kind_word("Council") and kind_word("the Committee") and not kind_word("Ofcom")
    ids = Identity()
    eu = ids.resolve(body("Council of the European Union", "Council"), "a" * 64)
    assert ids.resolve(body("OECD Council", "Council"), "b" * 64) != eu
    assert ids.resolve(body("Council of the European Union"), "c" * 64) == eu
    alone = ids.resolve(body("Council"), "d" * 64)
    assert alone not in (eu,) and alone == ids.resolve(body("Council"), "d" * 64)
    assert ids.resolve(body("Council"), "e" * 64) != alone
