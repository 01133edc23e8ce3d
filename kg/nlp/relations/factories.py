"""The spaCy factory of the relation component (versioned name, every setting in `default_config`)."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.relations.extractor import RelationExtractor


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_entities", "doc._.kg_actions"],
                  default_config={"trusted_rules": ["apposition", "title-org", "title", "based", "demonym", "byline",
                                                    "seat", "name-issuer", "possessive:basedIn", "possessive:develops",
                                                    "made-by", "from-actions:develops"],
                                  "trusted_facts": ["develops", "affiliatedWith", "partOf"],
                                  "functional": ["affiliatedWith", "basedIn"],
                                  "sure_rules": ["apposition", "title", "byline", "gazetteer", "possessive:basedIn",
                                                 "made-by"]})
def make_relations(nlp: Language, name: str, trusted_rules: list[str], trusted_facts: list[str],
                   functional: list[str], sure_rules: list[str]) -> RelationExtractor:
    """`trusted_rules`: the rule patterns whose relations stand beside the trained model's where it does not judge
    the pair (their precision on corpus/train, written by other hands than the rules' dev set, is 0.5 or more; "seat",
    a court, authority or agency named after a place is based in it and a government part of it, 0.86; "name-issuer",
    an instrument named after the body that issued it, 5 right of 7 added, cross-validated; a pattern's name with a
    predicate names only its relations of that predicate: "possessive:basedIn", "China's DeepSeek", 5 right of 5;
    "possessive:develops", "Kelong's Sampan model", "fined Vocalis for training its Echo model" (a pronoun before a
    model standing for the firm named last before it in its sentence) or "RostroID, its face model": with the
    session's rules of model names, relations 932 / 1,240 to 947 / 1,262 cross-validated); "made-by", "Aurora-2, a model
developed by Velaris AI" (kg/nlp/relations/maker_patterns.py; on corpus/train with the shipped models 17 of its 18
relations in the gold, cross-validated 1 right of 2 added: the model reads most of them already);
    "from-actions:develops", a company or lab that releases, withdraws or restricts a model makes it (in
    corpus/train's gold 127 of 140, 73 of 110 and 33 of 35 such actions; cross-validated 8 right of 13 added, where the
    model had not judged the pair); with a trained model, every other rule gives way to it (the other relations read
    off actions, an enacted instrument issued by its enactor or a mandate's instrument applying to its targets,
    added 14 right of 65 beside it). `trusted_facts`: the relations of the gazetteer's facts that
    stand beside it the same way, where a fact of that kind is at least as likely right as wrong (on corpus/train, its
    develops and affiliatedWith facts between two names of an article were right 8 times of 10, its partOf facts with
    a parent organisation 51 of 72, those with a place or a whole government and its basedIn facts 1 time of 4:
    annotators record that a company makes the model it names and which department an agency belongs to, not every
    place a body belongs to; kg/nlp/relations/facts.py). `functional`: the relations a subject has with one
object per document, the most confident one (in `corpus/train`'s gold a person has one organisation in a document
230 times of 241, a body one seat 214 of 218; on every corpus this raised relation precision by 0.01-0.03 and
moved F1 by at most 0.003). `sure_rules`: the trusted patterns whose relations stand even where the model judged the
pair ("Katie Hass, director of the Division of Consumer Protection"): cross-validated on corpus/train, apposition added
3 right relations for 3 output, byline 2 for 2, title 1 for 1, possessive:basedIn 5 for 5 ("based" 1 for 1, left
out: "Amazon ... the San Francisco-based maker of Claude" read the seat onto the wrong firm); and "gazetteer", the
facts of `trusted_facts` (20 right of 23 added: the model, reading the sentence, had turned down that OpenAI develops
ChatGPT or that BIS is part of the Commerce Department; for a functional relation's one object the fact, more
confident, wins over the text's reading: kg/nlp/relations/extractor.py, one_object_each)."""
    return RelationExtractor(nlp, name, trusted_rules, trusted_facts, functional, sure_rules)
