"""The ontology is the truth of the contract: the lists written once in kg/contract.py, the SHACL shapes and
docs/contract.md are each held against what ontology/aipolicy.ttl declares, so that none of them can drift."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import contract
from kg.graph import namespaces
from kg.graph.namespaces import AIP
from tests.conftest import ROOT, SHARED

SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "aipolicy.ttl", format="turtle")


def local(iri) -> str:
    assert str(iri).startswith(str(AIP)), iri
    return str(iri)[len(str(AIP)):]


def below(g: Graph, cls) -> set:
    """Every class under `cls` (by rdfs:subClassOf, any depth), itself excluded."""
    return set(g.transitive_subjects(RDFS.subClassOf, cls)) - {cls}


def declared(g: Graph) -> dict[str, set[str]]:
    entity = below(g, AIP.Entity)
    leaves = {c for c in entity if not below(g, c)}
    relations = {p for p in g.subjects(RDF.type, OWL.ObjectProperty) if g.value(p, RDFS.domain) in entity}
    return {
        "ENTITY_CLASSES": {local(c) for c in leaves},
        "ORGANIZATION_CLASSES": {local(c) for c in below(g, AIP.Organization)},
        "RELATIONS": {local(p) for p in relations},
        "ACTION_TYPES": {local(c) for c in g.subjects(SKOS.inScheme, AIP.ActionTypes)},
    }


@pytest.mark.parametrize("name", ["ENTITY_CLASSES", "ORGANIZATION_CLASSES", "RELATIONS", "ACTION_TYPES"])
def test_contract_lists_are_what_the_ontology_declares(onto, name):
    written = getattr(contract, name)
    assert len(written) == len(set(written)), f"{name} names something twice"
    assert set(written) == declared(onto)[name]
    assert getattr(namespaces, name) is written  # kg.graph.namespaces re-exports, never copies


def test_contract_ontology_declares_what_the_test_reads(onto):
    """The reading above is no empty tautology: the ontology has the contract's eight, six and eighteen."""
    d = declared(onto)
    assert (len(d["ENTITY_CLASSES"]), len(d["RELATIONS"]), len(d["ACTION_TYPES"])) == (8, 6, 18)
    disjoint = next(onto.subjects(RDF.type, OWL.AllDisjointClasses))
    assert {local(c) for c in Collection(onto, onto.value(disjoint, OWL.members))} == d["ENTITY_CLASSES"]
    assert "Organization" not in d["ENTITY_CLASSES"] and "mentions" not in d["RELATIONS"]


def test_contract_nlp_stage_uses_the_one_list():
    from kg.nlp import gazetteer
    from kg.nlp.learn import names, relations

    assert gazetteer.CLASSES is contract.ENTITY_CLASSES and gazetteer.RELATIONS is contract.RELATIONS
    assert names.CLASSES == list(contract.ENTITY_CLASSES) and relations.RELS == list(contract.RELATIONS)


def test_contract_shapes_name_the_ontology_classes_relations_and_action_types(onto):
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    d = declared(onto)

    def sh_in(path) -> set[str]:
        """The sh:in list of the property shape on `path`."""
        lists = [shapes.value(ps, SH["in"]) for ps in shapes.subjects(SH.path, path)]
        return {local(x) for x in Collection(shapes, next(x for x in lists if x is not None))}

    assert sh_in(AIP.actionType) == d["ACTION_TYPES"]
    assert sh_in(RDF.predicate) == d["RELATIONS"]
    assert {local(c) for c in shapes.objects(AIP.EntityShape, SH.targetClass)} == d["ENTITY_CLASSES"]
    select = str(next(shapes.objects(None, SH.select)))
    assert set(re.findall(r"aip:(\w+)", select)) == d["ENTITY_CLASSES"]


def test_contract_doc_names_every_class_property_and_action_type(onto):
    """docs/contract.md names (as aip:Name) every class, property and action type the ontology declares, and
    nothing in the aip: namespace that the ontology does not."""
    doc = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\baip:(\w+)", doc))
    terms = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme)
             for s in onto.subjects(RDF.type, t) if str(s).startswith(str(AIP))}
    terms |= set(onto.subjects(SKOS.inScheme, AIP.ActionTypes))
    missing = sorted(local(t) for t in terms if local(t) not in named)
    assert not missing, f"docs/contract.md does not name: {missing}"
    everything = {local(s) for s in onto.subjects() if str(s).startswith(str(AIP))}
    assert not named - everything, f"docs/contract.md names what the ontology does not declare: {named - everything}"


def test_contract_doc_holds_the_shared_contract_word_for_word():
    """docs/contract.md is the shared contract (when a checkout of it is beside the repository) plus additions."""
    shared = SHARED / "CONTRACT.md"
    if not shared.is_file():
        pytest.skip("the shared contract is not beside the checkout; the repository does not need it")
    ours = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert shared.read_text(encoding="utf-8").strip() in ours


def test_contract_copies_outside_kg_contract_agree():
    """The places that must spell the lists out (SPARQL VALUES of the app's queries, the network's colours)."""
    from kg.ui.network import CLASS_COLOURS

    assert set(CLASS_COLOURS) == set(contract.ENTITY_CLASSES)
    for rq in ("entities.rq", "entity-counts.rq"):
        text = (ROOT / "kg" / "ui" / "queries" / rq).read_text(encoding="utf-8")
        values = re.search(r"VALUES \?class \{(.*?)\}", text, re.S).group(1)
        assert re.findall(r"aip:(\w+)", values) == list(contract.ENTITY_CLASSES), rq
    text = (ROOT / "kg" / "ui" / "queries" / "relations.rq").read_text(encoding="utf-8")
    values = re.search(r"VALUES \?p \{(.*?)\}", text, re.S).group(1)
    assert re.findall(r"aip:(\w+)", values) == list(contract.RELATIONS)
