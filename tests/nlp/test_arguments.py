from __future__ import annotations

import pytest


def acts(ex):
    name = lambda k: ex.entities[k].name if k else None  # noqa: E731
    return [(a.type, name(a.agent), sorted(name(t) for t in a.targets), a.negated) for a in ex.actions]


@pytest.mark.parametrize("text, expected", [
    # a pronoun subject takes the salient earlier subject, not the nearer object
    ("The European Commission questioned Apple about its app store. Later it fined Google.",
     ("Penalize", "European Commission", ["Google"], False)),
    # "it" prefers an organisation over a country named in passing
    ("Italy's data regulator, the Garante, met with Snap. It then fined OpenAI.",
     ("Penalize", "Garante per la protezione dei dati personali", ["OpenAI"], False)),
    # a title description goes to the person introduced with that title
    ("President Donald Trump met Jensen Huang on Monday. The next day the president sued Nvidia.",
     ("Sue", "Donald Trump", ["Nvidia"], False)),
    # "we" in a quotation is its speaker
    ('"We have reviewed the rules carefully," Anthropic said in a statement about the FTC.',
     ("Investigate", "Anthropic", [], False)),
])
def test_arguments_anaphora(parse, text, expected):
    assert expected in acts(parse(text)), acts(parse(text))


@pytest.mark.parametrize("text, expected", [
    # an apposition describes the subject; it adds no agent
    ("Maria Ortiz, the chief lawyer at Microsoft, criticized the Commerce Department.",
     [("Oppose", "Maria Ortiz", ["U.S. Department of Commerce"], False)]),
    # coordinated subjects: one action each
    ("Meta Platforms and OpenAI signed the code.",
     [("Partner", "Meta Platforms", [], False), ("Partner", "OpenAI", [], False)]),
])
def test_arguments_subjects(parse, text, expected):
    assert acts(parse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Judge Mara Lind allowed the newspaper's claims against OpenAI to proceed.", ("Rule", "Mara Lind", ["OpenAI"], False)),
    ("Judge Mara Lind let the newspaper's claims proceed.", ("Rule", "Mara Lind", [], False)),
    ("Nvidia agreed to pay the U.S. government a share of revenue.", ("Partner", "Nvidia", ["U.S. government"], False)),
    ("xAI launched a package of tools that includes Grok 4.", ("Release", "xAI", ["Grok 4"], False)),
    ("The White House directed agencies to stop using Claude.", ("Ban", "White House", ["Claude"], False)),
])
def test_arguments_objects_beyond_the_direct_object(parse, text, expected):
    assert expected in acts(parse(text)), acts(parse(text))


@pytest.mark.parametrize("text, absent", [
    ("Officials floated the idea that the agency would ban the app.", "Ban"),
    ("The judge refused to pause the order.", "Rule"),
])
def test_arguments_content_of_another_action_is_not_an_action(parse, text, absent):
    got = acts(parse(text))
    assert [a[0] for a in got].count(absent) <= (1 if absent == "Rule" else 0), got
