"""The lede's description of its actor, named after it (kg/nlp/doc/anaphors.py: lede_actor), on constructed documents."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build

JUDGE = (["A", "federal", "judge", "ruled", ".", "Judge", "Vince", "Chhabria", "wrote", "."],
         [2, 2, 3, 3, 3, 7, 7, 8, 8, 8],
         ["det", "amod", "nsubj", "ROOT", "punct", "compound", "compound", "nsubj", "ROOT", "punct"],
         ["DET", "ADJ", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"])


def test_a_lede_judge_is_the_judge_named_after_it():
    words, heads, deps, pos = JUDGE
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents={(6, 8): "Person"}))
    assert idx.by_token[2] == "Vince Chhabria" and 2 in idx.anaphors


def test_a_lede_judge_needs_a_person_introduced_with_the_title():
    words, heads, deps, pos = JUDGE
    words = words[:5] + ["Lawyer"] + words[6:]
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents={(6, 8): "Person"}))
    assert 2 not in idx.by_token


def test_a_possessed_description_is_the_body_named_after_it():
    # "Britain's competition regulator asked . The Competition and Markets Authority said ."
    words = ["Britain", "'s", "competition", "regulator", "asked", ".", "The", "Competition", "and", "Markets",
             "Authority", "said", "."]
    heads = [3, 0, 3, 4, 4, 4, 10, 10, 7, 7, 11, 11, 11]
    deps = ["poss", "case", "compound", "nsubj", "ROOT", "punct", "det", "compound", "cc", "conj", "nsubj", "ROOT",
            "punct"]
    pos = ["PROPN", "PART", "NOUN", "NOUN", "VERB", "PUNCT", "DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = build(words, heads, deps, pos=pos, ents={(0, 1): "Jurisdiction", (7, 11): "GovernmentBody"})
    idx = EntityIndex.of(doc)
    assert idx.by_token[3] == "Competition and Markets Authority"
    assert idx.lede_actor(doc[3]) == "Competition and Markets Authority"


def test_a_possessed_description_with_a_name_in_apposition_is_that_name():
    # "France 's data authority , the CNIL , fined Visageo . The Conseil d'Etat will hear it ." : the apposed name,
    # not the first body named after it
    words = ["France", "'s", "data", "authority", ",", "the", "CNIL", ",", "fined", "Visageo", ".", "The", "Conseil",
             "will", "hear", "it", "."]
    heads = [3, 0, 3, 8, 3, 6, 3, 3, 8, 8, 8, 12, 14, 14, 14, 14, 14]
    deps = ["poss", "case", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct", "det",
            "nsubj", "aux", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PART", "NOUN", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT", "DET", "PROPN",
           "AUX", "VERB", "PRON", "PUNCT"]
    doc = build(words, heads, deps, pos=pos, ents={(0, 1): "Jurisdiction", (6, 7): "GovernmentBody",
                                                   (9, 10): "Company", (12, 13): "GovernmentBody"})
    assert EntityIndex.of(doc).lede_actor(doc[3]) == "CNIL"


def test_no_lede_actor_for_an_object_or_past_the_lede():
    words, heads, deps, pos = JUDGE
    idx = EntityIndex.of(build(words, heads, deps[:2] + ["dobj"] + deps[3:], pos=pos, ents={(6, 8): "Person"}))
    assert 2 not in idx.by_token  # not the subject of its clause
    n = 12  # four sentences "It rained ." before: the judge's sentence is the fifth, no lede
    late_heads = [3 * (k // 3) + 1 for k in range(n)] + [h + n for h in heads]
    idx = EntityIndex.of(build(["It", "rained", "."] * 4 + words, late_heads, ["nsubj", "ROOT", "punct"] * 4 + deps,
                               pos=["PRON", "VERB", "PUNCT"] * 4 + pos, ents={(n + 6, n + 8): "Person"}))
    assert idx.sent_no[n + 2] == 4 and n + 2 not in idx.by_token



def committee_doc(kind: str, description: str = "committee"):
    # "The Finance <kind> met . Meta spoke . The <description> criticised Meta ."
    words = ["The", "Finance", kind, "met", ".", "Meta", "spoke", ".", "The", description, "criticised", "Meta", "."]
    heads = [2, 2, 3, 3, 3, 6, 6, 6, 9, 10, 10, 10, 10]
    deps = ["det", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj",
            "punct"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    return build(words, heads, deps, pos=pos, ents={(1, 3): "GovernmentBody", (5, 6): "Company", (11, 12): "Company"})


def test_the_committee_is_the_last_body_named_a_committee_or_none():
    assert EntityIndex.of(committee_doc("Committee")).by_token[9] == "Finance Committee"
    # a body whose name holds no "committee" is never "the committee", however near (strict_name_words)
    assert 9 not in EntityIndex.of(committee_doc("Ministry")).by_token
    assert EntityIndex.of(committee_doc("Subcommittee", "subcommittee")).by_token[9] == "Finance Subcommittee"
    assert 9 not in EntityIndex.of(committee_doc("Committee", "subcommittee")).by_token


def federation_doc(name_words: list[str]):
    # "The <name> sued Meta . The federation appealed ."
    n = len(name_words)
    words = ["The", *name_words, "sued", "Meta", ".", "The", "federation", "appealed", "."]
    heads = [n] + [n] * n + [n + 1, n + 1, n + 1, n + 5, n + 6, n + 6, n + 6]
    heads[n] = n + 1  # the name's last word is the subject of "sued"
    deps = ["det"] + ["compound"] * (n - 1) + ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["DET"] + ["PROPN"] * n + ["VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    return build(words, heads, deps, pos=pos, ents={(1, n + 1): "ResearchOrganization", (n + 2, n + 3): "Company"})


def test_the_head_noun_of_a_name_points_back_to_it():
    doc = federation_doc(["National", "Retail", "Federation"])
    idx = EntityIndex.of(doc)
    assert idx.by_token[8] == "National Retail Federation" and 8 in idx.anaphors
    # no organisation named a federation: "the federation" stands for no one (not the nearer Meta)
    assert 7 not in EntityIndex.of(federation_doc(["Retail", "Council"])).by_token


def test_name_head_is_the_last_word_before_a_preposition():
    from kg.nlp.doc.anaphors import name_head

    assert name_head("National Retail Federation") == "federation"
    assert name_head("Coalition for Health AI") == "coalition"
    assert name_head("Anthropic") is None and name_head("Mistral AI") is None  # one word; no plain word


def test_a_quotations_we_is_who_says_it_a_representative_speaks_for_the_organisation():
    # '" We welcome the decision , " an Anthropic spokesperson said .'
    words = ['"', "We", "welcome", "the", "decision", ",", '"', "an", "Anthropic", "spokesperson", "said", "."]
    heads = [2, 2, 10, 4, 2, 10, 10, 9, 9, 10, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct", "det", "amod", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "PROPN", "NOUN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words[:10]] + ["say", "."]
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, lemmas=lemmas, ents={(8, 9): "Company"}))
    assert idx.by_token[1] == "Anthropic" and 1 in idx.anaphors
    # outside quotation marks "we" is not chained to the speaker
    words2 = words[1:6] + words[7:]
    heads2 = [1, 8, 3, 1, 8, 7, 7, 8, 8, 8]
    deps2 = deps[1:6] + deps[7:]
    idx = EntityIndex.of(build(words2, heads2, deps2, pos=pos[1:6] + pos[7:], lemmas=lemmas[1:6] + lemmas[7:],
                               ents={(6, 7): "Company"}))
    assert idx.speaker(idx.doc[0]) == "Anthropic" and 0 not in idx.by_token


def test_the_judge_is_a_justice_named_before_it_not_a_judge_named_after():
    # "Justice Joanna Smith ruled . The judge found . Judge William Orrick wrote ."
    words = ["Justice", "Joanna", "Smith", "ruled", ".", "The", "judge", "found", ".",
             "Judge", "William", "Orrick", "wrote", "."]
    heads = [2, 2, 3, 3, 3, 6, 7, 7, 7, 11, 11, 12, 12, 12]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct",
            "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT",
           "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = {(1, 3): "Person", (10, 12): "Person"}
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents=ents))
    assert idx.by_token[6] == "Joanna Smith"
    words[0] = "Novelist"  # no title that makes her the judge: the judge introduced as one comes first
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents=ents))
    assert idx.by_token[6] == "William Orrick"


def test_a_plural_description_with_a_definite_determiner_names_the_entities_before_and_some_none():
    # "OpenAI and Meta lobbied . The developers disclose ." / "Some developers disclose ."
    def developers(*dets: str) -> list[str]:
        n = len(dets)  # "All two developers": a determiner, then a number
        words = ["OpenAI", "and", "Meta", "lobbied", ".", *dets, "developers", "disclose", "."]
        heads = [3, 0, 0, 3, 3] + [5 + n] * n + [6 + n, 6 + n, 6 + n]
        deps = ["nsubj", "cc", "conj", "ROOT", "punct", "det", "nummod"][:5 + n] + ["nsubj", "ROOT", "punct"]
        pos = ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM"][:5 + n] + ["NOUN", "VERB", "PUNCT"]
        tags = ["NNP", "CC", "NNP", "VBD", ".", "DT", "CD"][:5 + n] + ["NNS", "VBP", "."]
        doc = build(words, heads, deps, pos=pos, tags=tags, ents={(0, 1): "Company", (2, 3): "Company"})
        return EntityIndex.of(doc).plural(doc[5 + n])

    assert developers("The") == ["OpenAI", "Meta"] and developers("Both") == ["OpenAI", "Meta"]
    assert developers("All", "two") == ["OpenAI", "Meta"]
    assert developers("Some") == [] and developers("All") == []  # a part of a kind, or a whole kind: no one before


def test_a_description_right_before_a_name_describes_it_and_points_back_to_no_one():
    # "Nvidia grew . Jane Roe , a partner at the firm Hale LLP , said ." / "... at the firm , said ."
    words = ["Nvidia", "grew", ".", "Jane", "Roe", ",", "a", "partner", "at", "the", "firm", "Hale", "LLP", ",",
             "said", "."]
    heads = [1, 1, 1, 4, 14, 4, 7, 4, 7, 10, 12, 12, 8, 4, 14, 14]
    deps = ["nsubj", "ROOT", "punct", "compound", "nsubj", "punct", "det", "appos", "prep", "det", "compound",
            "compound", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN",
           "PUNCT", "VERB", "PUNCT"]
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents={(0, 1): "Company", (3, 5): "Person",
                                                                    (11, 13): "Company"}))
    assert 10 not in idx.anaphors and 10 not in idx.by_token
    words = words[:11] + words[13:]
    heads = [1, 1, 1, 4, 12, 4, 7, 4, 7, 10, 8, 4, 12, 12]
    deps = deps[:10] + ["pobj"] + deps[13:]
    pos = pos[:11] + pos[13:]
    idx = EntityIndex.of(build(words, heads, deps, pos=pos, ents={(0, 1): "Company", (3, 5): "Person"}))
    assert idx.by_token.get(10) == "Nvidia" and 10 in idx.anaphors  # alone, "the firm" points back
