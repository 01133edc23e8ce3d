"""The entity judge's model: how likely a resolved entity of a document is one the gold annotators named, from the
evidence behind it (gazetteer, cue, spaCy's label), its class, how often and where it is mentioned (only in a
headline, only as a modifier, only inside quotes), and the shape of its name. Learned by `kg train` from
corpus/train, with the keep threshold chosen by cross-validation over annotator batches."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.entities.resolver import only_in_headings
from kg.nlp.learn.model import model_and_keep
from kg.nlp.records import LocalEntity

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
UNJUDGED = ("PolicyInstrument",)  # classes the judge leaves alone (see kg/nlp/entities/judge.py)


def entity_features(doc: Doc, e: LocalEntity) -> dict[str, float]:
    """Why an entity might be a real, annotated one (never its particular name when the gazetteer knows it)."""
    gaz = e.gaz_id is not None
    n = len(e.mentions)
    nm = "1" if n == 1 else "2" if n == 2 else "3+"
    words = e.name.split()
    f = {"bias": 1.0, f"type={e.type}": 1.0, f"gaz={gaz}": 1.0, f"gaz={gaz}|type={e.type}": 1.0,
         f"best={e.best}": 1.0, f"best={e.best}|type={e.type}": 1.0, f"nm={nm}": 1.0, f"nm={nm}|type={e.type}": 1.0,
         f"nw={min(len(words), 5)}": 1.0}
    if not gaz and words:
        f[f"last={words[-1].lower()}"] = 1.0
    for flag, on in (("lower", e.name[:1].islower()), ("digit", any(c.isdigit() for c in e.name)),
                     ("scoped", e.scoped), ("forms2", len(e.surface_forms) > 1),
                     ("headings_only", only_in_headings(doc, e))):
        if on:
            f[flag] = 1.0
    f.update(mention_features(doc, e))
    return f


def mention_features(doc: Doc, e: LocalEntity) -> dict[str, float]:
    """Where the mentions stand: their syntactic roles, the prepositions before them, a determiner, quotes."""
    deps, preps, pos = set(), set(), set()
    the = quoted = 0
    for s, t in e.mentions:
        h = doc[s:t].root
        deps.add(h.dep_)
        pos.add(h.pos_)
        if h.dep_ == "pobj" and h.head.dep_ == "prep":
            preps.add(h.head.lower_)
        the += s > 0 and doc[s - 1].lower_ == "the"
        before = doc[doc[s].sent.start:s].text
        quoted += before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    f = {f"dep={d}": 1.0 / len(deps) for d in deps}
    f.update({f"prep={p}": 1.0 for p in preps})
    f.update({f"pos={p}": 1.0 for p in pos})
    if deps <= MODIFIER_DEPS:
        f["only_modifier"] = 1.0
    if deps & {"nsubj", "nsubjpass", "dobj"}:
        f["argument"] = 1.0
    if the:
        f["the"] = 1.0
    if e.mentions and quoted == len(e.mentions):
        f["all_quoted"] = 1.0
    return f


def load_entity_model(folder: str) -> dict | None:
    """{"model": LogReg, "keep": threshold} from `folder`/entities.json, or None when not trained."""
    return model_and_keep(folder, "entities.json")
