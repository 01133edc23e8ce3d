"""The names the graph contract fixes, written once for every stage (docs/contract.md says what they mean).

`ontology/aipolicy.ttl` is the truth: tests/graph/test_contract.py fails when these lists and the classes,
relations and action types it declares drift apart. This module sits at the top of the package, beside
`kg/errors.py`, so that every stage (kg/nlp included, which never imports kg/graph) can use it;
`kg.graph.namespaces` re-exports the lists with the namespaces."""
from __future__ import annotations

# The most specific classes of aip:Entity (every entity node has exactly one of them).
ENTITY_CLASSES = ("Company", "GovernmentBody", "MediaOutlet", "ResearchOrganization",
                  "Person", "Jurisdiction", "AIModel", "PolicyInstrument")
# The classes under aip:Organization.
ORGANIZATION_CLASSES = ("Company", "GovernmentBody", "MediaOutlet", "ResearchOrganization")
# The direct relations: object properties from entity to entity.
RELATIONS = ("develops", "partOf", "affiliatedWith", "basedIn", "issuedBy", "appliesTo")
# The concepts of the scheme aip:ActionTypes.
ACTION_TYPES = ("Ban", "Restrict", "Mandate", "Permit", "Enact", "Propose", "Revoke", "Investigate", "Penalize",
                "Designate", "Sue", "Rule", "Release", "Suspend", "Partner", "Invest", "Oppose", "Support")
