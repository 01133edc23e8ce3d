from __future__ import annotations

import pytest


def rels(ex):
    n = lambda k: ex.entities[k].name  # noqa: E731
    return {(n(r.subject), r.predicate, n(r.object), r.role) for r in ex.relations}


@pytest.mark.parametrize("text, expected", [
    ("Researchers tested Mistral AI's Magistral model.", ("Mistral AI", "develops", "Magistral", None)),
    ("Canada's Cohere signed the pledge.", ("Cohere", "basedIn", "Canada", None)),
    ("Paris-based Mistral AI raised money.", ("Mistral AI", "basedIn", "Paris", None)),
    ("The Commerce Department's Bureau of Industry and Security wrote the rule.",
     ("Bureau of Industry and Security", "partOf", "U.S. Department of Commerce", None)),
    ("Lina Park, Microsoft's chief privacy officer, declined to comment.",
     ("Lina Park", "affiliatedWith", "Microsoft", "chief privacy officer")),
    ("Omar Diallo, a spokesperson for the European Commission, said the rules were clear.",
     ("Omar Diallo", "affiliatedWith", "European Commission", "spokesperson")),
    ("Nvidia chief executive Jensen Huang met officials.", ("Jensen Huang", "affiliatedWith", "Nvidia", "chief executive")),
    ("The rules apply to OpenAI and Google.", None),
    ("The EU AI Act applies to OpenAI and Google.", ("EU AI Act", "appliesTo", "OpenAI", None)),
    ("Governor Lena Ortiz signed the Texas Frontier AI Act in May.", ("Texas Frontier AI Act", "issuedBy", "Lena Ortiz", None)),
    ("Spain's privacy watchdog, the Agency for Data Oversight, opened a file.",
     ("Agency for Data Oversight", "partOf", "Spain", None)),
    ("Elon Musk's xAI released a new model.", ("Elon Musk", "affiliatedWith", "xAI", None)),
    ("The Frontier Testing Unit sits within the Department for Science, Innovation and Technology.",
     ("Frontier Testing Unit", "partOf", "Department for Science, Innovation and Technology", None)),
    ("Secretary of Commerce Howard Lutnick announced the rule.",
     ("Howard Lutnick", "affiliatedWith", "U.S. Department of Commerce", "Secretary of Commerce")),
    ("Mistral AI launched Magistral Medium for enterprises.", ("Mistral AI", "develops", "Magistral Medium", None)),
])
def test_relations_patterns(parse, text, expected):
    got = rels(parse(text))
    if expected is None:
        assert not [r for r in got if r[1] == "appliesTo"]
    else:
        assert expected in got, got


def test_relations_carry_evidence_and_extractor(parse):
    ex = parse("Canada's Cohere signed the pledge.")
    r = ex.relations[0]
    assert r.evidence == "Canada's Cohere signed the pledge." and r.extractor.startswith("kg.relations.")


@pytest.mark.parametrize("text, absent", [
    ("Japan's AI Promotion Act took effect in June.", "issuedBy"),
    ("Kent Walker, president of global affairs at Alphabet, warned the Commission.", "partOf"),
])
def test_relations_not_read_into_text(parse, text, absent):
    assert not [r for r in rels(parse(text)) if r[1] == absent]
