from __future__ import annotations

import pytest


def names(ex) -> dict[str, set[str]]:
    return {e.name: e.surface_forms for e in ex.entities.values()}


@pytest.mark.parametrize("text, name, form", [
    ("The Office of Frontier Safety (OFS) opened a review. OFS said it would report in May.", "Office of Frontier Safety", "OFS"),
    ("Regulator chief Margarethe Olsen spoke first. Olsen said the rules were final.", "Margarethe Olsen", "Olsen"),
    ("Antropic said it would appeal.", "Anthropic", "Antropic"),
    ("The Commerce Department said exports would resume; the Department of Commerce gave no date.",
     "U.S. Department of Commerce", "Commerce Department"),
])
def test_resolver_folds_variants_into_one_entity(parse, text, name, form):
    got = names(parse(text))
    assert form in got.get(name, set()), got


@pytest.mark.parametrize("text, a, b", [
    ("OpenAI updated GPT-4 and GPT-4o on the same day.", "GPT-4", "GPT-4o"),
    ("The FTC and the FCC issued a joint statement.", "Federal Trade Commission", "Federal Communications Commission"),
    ("Meta said Meta Platforms would comply.", "Meta Platforms", None),
])
def test_resolver_keeps_distinct_things_apart(parse, text, a, b):
    got = names(parse(text))
    assert a in got
    if b:
        assert b in got and not (got[a] & got[b])


def test_resolver_pronouns_never_become_aliases(parse):
    ex = parse("Anthropic said it would comply. The company added that its models were safe.")
    forms = {f.lower() for e in ex.entities.values() for f in e.surface_forms}
    assert not forms & {"it", "its", "the company", "company"}


def test_resolver_cluster_matches_on_constructed_mentions():
    from spacy.tokens import Span

    from kg.nlp.records import LocalEntity
    from kg.nlp.entities.resolver import close_name, same_name, shorter_instrument
    from tests.nlp.constructed import build

    doc = build(["OPENAI", "and", "Antropic", "signed", "the", "executive", "order"], [3, 0, 0, 3, 6, 6, 3],
                ["nsubj", "cc", "conj", "ROOT", "det", "amod", "dobj"])
    entities = {"a": LocalEntity("a", "Company", "OpenAI", surface_forms={"OpenAI"}),
                "b": LocalEntity("b", "Company", "Anthropic", surface_forms={"Anthropic"}),
                "c": LocalEntity("c", "PolicyInstrument", "AI executive order", surface_forms={"the AI executive order"})}
    assert same_name(Span(doc, 0, 1, label="Company"), entities) == "a"
    assert same_name(Span(doc, 2, 3, label="Company"), entities) is None
    assert close_name(Span(doc, 2, 3, label="Company"), entities) == "b"
    order = Span(doc, 5, 7, label="PolicyInstrument")
    assert shorter_instrument(order, entities) == "c"
    assert shorter_instrument(Span(doc, 5, 7, label="ORG"), entities) is None


def test_resolver_a_generic_gazetteer_phrase_names_its_entity_only_where_its_place_is_named(parse):
    brazil = {e.name for e in parse("The federal government of Brazil agreed.").entities.values()}
    assert "U.S. government" not in brazil and "Brazil" in brazil
    us = {e.name for e in parse("The federal government agreed, the United States said.").entities.values()}
    assert "U.S. government" in us


def test_resolver_one_word_of_one_longer_organisation_name_is_that_organisation():
    from spacy.tokens import Span

    from kg.nlp.entities.resolver import word_of_a_name
    from kg.nlp.records import LocalEntity
    from tests.nlp.constructed import build

    doc = build(["Earlier", "the", "Mission", "and", "Claude", "and", "the", "Division", "."],
                [2, 2, 2, 2, 2, 2, 7, 2, 2], ["advmod", "det", "ROOT", "cc", "conj", "cc", "det", "conj", "punct"])

    def named_first(key: str, cls: str, name: str) -> LocalEntity:  # named in full at the first word
        return LocalEntity(key, cls, name, surface_forms={name}, mentions=[(0, 1)])

    entities = {"m": named_first("m", "GovernmentBody", "IndiaAI Mission"),
                "c": named_first("c", "AIModel", "Claude 3.5 Sonnet"),
                "d1": named_first("d1", "GovernmentBody", "Division of Consumer Protection"),
                "d2": named_first("d2", "GovernmentBody", "Division of Securities")}
    assert word_of_a_name(Span(doc, 1, 3, label="GovernmentBody"), entities) == "m"  # "the Mission"
    assert word_of_a_name(Span(doc, 2, 3, label="Company"), entities) is None  # another class
    assert word_of_a_name(Span(doc, 4, 5, label="AIModel"), entities) is None  # a model family is no short form
    assert word_of_a_name(Span(doc, 7, 8, label="GovernmentBody"), entities) is None  # two divisions: which one?
    # a press release's "the Authority" before the story names "the Italian competition authority" is not that one
    later = {"a": LocalEntity("a", "GovernmentBody", "Italian competition authority",
                              surface_forms={"Italian competition authority"}, mentions=[(7, 8)])}
    authority = build(["the", "Authority", "banned", "it", "."], [1, 2, 2, 2, 2],
                      ["det", "nsubj", "ROOT", "dobj", "punct"])
    assert word_of_a_name(Span(authority, 1, 2, label="GovernmentBody"), later) is None
    headline = build(["Authority", "bans", "app"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])  # no stop: a headline
    assert word_of_a_name(Span(headline, 0, 1, label="GovernmentBody"), later) == "a"  # the body's name comes after
    # "the House" is no short form of "the House Energy and Commerce Committee": only the head word is
    house = build(["the", "House", "passed", "it"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"])
    committee = {"c": LocalEntity("c", "GovernmentBody", "House Energy and Commerce Committee",
                                  surface_forms={"House Energy and Commerce Committee"})}
    assert word_of_a_name(Span(house, 1, 2, label="GovernmentBody"), committee) is None


def test_resolver_a_body_after_its_places_possessive_is_that_places_body():
    """"Kenya's High Court" is the gazetteer's High Court of Kenya, "Brazil's Senate" the Brazilian Senate, not the
    U.S. Senate that "Senate" alone names; a body after no place's possessive is left to the other matches."""
    from kg.nlp.entities.qualified import place_body
    from tests.nlp.constructed import build

    def body(place: str, name: list[str]):
        words = [place, "'s"] + name + ["ruled"]
        n = len(words)
        doc = build(words, [n - 2, 0] + [n - 2] * len(name) + [n - 1], ["poss", "case"] + ["compound"] * (len(name) - 1)
                    + ["nsubj", "ROOT"], labels={(0, 1): "Jurisdiction", (2, 2 + len(name)): "GovernmentBody"},
                    ents={(0, 1): "Jurisdiction", (2, 2 + len(name)): "GovernmentBody"})
        found = place_body(doc.ents[1])
        return found.id if found else None

    assert body("Kenya", ["High", "Court"]) == "kenya-high-court"
    assert body("Brazil", ["Senate"]) == "brazil-federal-senate"
    assert body("Italy", ["Senate"]) == "italian-senate"
    assert body("Narnia", ["Senate"]) is None
    assert body("Austria", ["High", "Court"]) is None  # exactly: no misspelt High Court of Australia


def test_resolver_the_strongest_evidence_of_a_class_decides_it_over_more_tagger_votes():
    """"Visageo, a Paris start-up" once (a cue: a firm) outweighs three mentions the tagger calls a person."""
    from spacy.tokens import Span

    from kg.nlp.entities.entity_types import CUE, LABEL
    from kg.nlp.entities.resolver import Resolver
    from kg.nlp.records import LocalEntity
    from tests.nlp.constructed import build

    doc = build(["Visageo"] * 4, [0, 1, 2, 3], ["ROOT"] * 4)
    e = LocalEntity("v", "Person", "Visageo")
    for i, (label, how) in enumerate([("Person", LABEL), ("Company", CUE), ("Person", LABEL), ("Person", LABEL)]):
        Resolver._add(e, Span(doc, i, i + 1, label=label), how)
    Resolver._settle_types({"v": e})
    assert e.type == "Company" and e.votes == {"Person": 3, "Company": 2}
    # among classes of evidence as strong, the votes decide
    e = LocalEntity("w", "Person", "Visageo")
    for i, (label, how) in enumerate([("Company", LABEL), ("Person", LABEL), ("Person", LABEL)]):
        Resolver._add(e, Span(doc, i, i + 1, label=label), how)
    Resolver._settle_types({"w": e})
    assert e.type == "Person"


def test_resolver_a_short_form_of_a_name_joins_it_without_a_vote():
    """"Halvorsen Peak Capital" (a firm by its last word) and then "Halvorsen" three times, read as a person: a short
    form the document gave joins the entity and leaves its class to the full name's reading."""
    from spacy.tokens import Span

    from kg.nlp.entities.entity_types import CUE, LABEL
    from kg.nlp.entities.resolver import Resolver
    from kg.nlp.records import LocalEntity
    from tests.nlp.constructed import build

    doc = build(["Halvorsen"] * 4, [0, 1, 2, 3], ["ROOT"] * 4)
    e = LocalEntity("h", "Company", "Halvorsen Peak Capital")
    Resolver._add(e, Span(doc, 0, 1, label="Company"), LABEL)
    for i in (1, 2, 3):
        Resolver._add(e, Span(doc, i, i + 1, label="Person"), LABEL, vote=False)
    Resolver._settle_types({"h": e})
    assert e.type == "Company" and e.votes == {"Company": LABEL} and len(e.mentions) == 4
    # a short form is the only reading there is: it votes
    e = LocalEntity("k", "Person", "Halvorsen")
    Resolver._add(e, Span(doc, 0, 1, label="Person"), CUE, vote=False)
    assert e.votes == {"Person": CUE}
