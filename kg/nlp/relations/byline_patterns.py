"""The organisation a byline's author writes for: "By Meera Raghunathan, Senior Fellow, Institute for Digital Public
Policy" (the organisation on the byline itself), "Authors: Marta Lindqvist, Partner, and Oliver Brandt, Counsel"
under a law firm's header (the first organisation of the opening lines below the title: the publisher). The role is
the words after the author's name ("Senior Fellow")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.opening import byline_people, line_end, line_starts, role_after
from kg.nlp.records import RelationRecord
from kg.nlp.relations.patterns import ORGS, rel


def byline_affiliations(doc: Doc, idx: EntityIndex) -> list[RelationRecord]:
    """Each byline author affiliated with the organisation of the byline, else with the publisher."""
    people = byline_people(doc)
    if not people:
        return []
    starts = line_starts(doc)
    opening = [(s, k) for s, e, k in idx.spans
               if len(starts) > 1 and starts[1] <= s < line_end(doc, starts[-1]) and idx.type_of(k) in ORGS]
    out = []
    for p in people:
        person = idx.by_token.get(p.start)
        if person is None or idx.type_of(person) != "Person":
            continue
        end = line_end(doc, p.start)
        on_line = [k for s, k in opening if p.end <= s < end]
        org = on_line[0] if on_line else next((k for s, k in opening if s < p.start), None)
        if org is None:
            continue
        role = role_after(doc, p.end, end)
        role_words = role.text if role is not None and not any(t.i in idx.by_token for t in role) else None
        out.append(rel(person, "affiliatedWith", org, doc[p.start].sent, role=role_words, name="byline"))
    return out
