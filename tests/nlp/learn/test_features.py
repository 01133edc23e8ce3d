"""Pair and action features on constructed parses (words, heads, deps), independent of the statistical parser."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.learn.features import action_features, dep_path, head_of, modality, pair_features, sentence_kind


def build(words, heads, deps, tags=None, lemmas=None, pos=None) -> Doc:
    n = len(words)
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags or ["NN"] * n,
               lemmas=lemmas or [w.lower() for w in words], pos=pos or ["NOUN"] * n,
               sent_starts=[True] + [False] * (n - 1))


# "The FTC fined Snap ." : fined is the root; FTC its subject; Snap its object
ACTIVE = dict(words=["The", "FTC", "fined", "Snap", "."], heads=[1, 2, 2, 2, 2],
              deps=["det", "nsubj", "ROOT", "dobj", "punct"], tags=["DT", "NNP", "VBD", "NNP", "."],
              lemmas=["the", "FTC", "fine", "Snap", "."], pos=["DET", "PROPN", "VERB", "PROPN", "PUNCT"])
# "Snap was fined by the FTC ."
PASSIVE = dict(words=["Snap", "was", "fined", "by", "the", "FTC", "."], heads=[2, 2, 2, 2, 5, 3, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
               tags=["NNP", "VBD", "VBN", "IN", "DT", "NNP", "."],
               lemmas=["Snap", "be", "fine", "by", "the", "FTC", "."],
               pos=["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT"])
# "The bill would have banned Grok ."
WOULD_HAVE = dict(words=["The", "bill", "would", "have", "banned", "Grok", "."], heads=[1, 4, 4, 4, 4, 4, 4],
                  deps=["det", "nsubj", "aux", "aux", "ROOT", "dobj", "punct"],
                  tags=["DT", "NN", "MD", "VB", "VBN", "NNP", "."],
                  lemmas=["the", "bill", "would", "have", "ban", "Grok", "."],
                  pos=["DET", "NOUN", "AUX", "AUX", "VERB", "PROPN", "PUNCT"])


@pytest.mark.parametrize("spec, trig, start, end, path", [
    (ACTIVE, 2, 1, 2, "D:nsubj"),
    (ACTIVE, 2, 3, 4, "D:dobj"),
    (PASSIVE, 2, 0, 1, "D:nsubjpass"),
    (PASSIVE, 2, 4, 6, "D:prep_by|D:pobj"),
])
def test_features_dep_path_from_trigger_to_mention(spec, trig, start, end, path):
    doc = build(**spec)
    assert dep_path(doc[trig], head_of(doc, start, end)) == path


@pytest.mark.parametrize("spec, expected", [(ACTIVE, "side=before|active"), (PASSIVE, "side=before|passive")])
def test_features_pair_knows_voice_and_side(spec, expected):
    doc = build(**spec)
    f = pair_features(doc[2], 0, 2, "GovernmentBody", "Penalize", "agent", False)
    assert expected in f and "rule=agent" in f and "cls=GovernmentBody" in f


@pytest.mark.parametrize("spec, trig, marks", [(WOULD_HAVE, 4, {"modal", "would_have"}), (ACTIVE, 2, set())])
def test_features_counterfactuals_are_marked(spec, trig, marks):
    doc = build(**spec)
    assert modality(doc[trig]) == marks


@pytest.mark.parametrize("words, kind", [
    (["Polis", "will", "sign", "AI", "delay"], "heading"),
    (["-", "Texas", "bans", "DeepSeek", "."], "bullet"),
    (["Will", "Texas", "ban", "it", "?"], "question"),
])
def test_features_sentence_kinds(words, kind):
    n = len(words)
    doc = build(words, [0] * n, ["ROOT"] + ["dep"] * (n - 1))
    assert kind in sentence_kind(doc[:])


@pytest.mark.parametrize("p_agent", [0.1, 0.9])
def test_features_action_carries_role_probabilities(p_agent):
    doc = build(**WOULD_HAVE)
    f = action_features(doc[4], doc[:], "Ban", "rules", None, ["AIModel"], p_agent, 0.8, True, False)
    assert f["p_agent"] == p_agent and f["mod=would_have"] == 1.0 and "type_target=Ban|AIModel" in f
