"""A name and the known body its apposition describes are one: "Datatilsynet, the Norwegian data protection
authority, imposed a ban" names the gazetteer's Norwegian Data Protection Authority by its own name, and the two
readings had made two entities and two bans. A name the gazetteer does not know, then a comma (and "the") and a
description the gazetteer matched, written as a description ("the Norwegian data protection authority", lower-case
words after its first), in apposition to it and of the same class, is a mention of that body (`doc._.kg_alias_of`,
read by the resolver)."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def described_by(doc: Doc, name: Span, desc: Span) -> bool:
    """`desc` is a known body's description in apposition to the unknown name just before it."""
    if name.ent_id_ or not desc.ent_id_ or name.label_ != desc.label_ or not 1 <= desc.start - name.end <= 2:
        return False
    if [t.lower_ for t in doc[name.end:desc.start]] not in ([","], [",", "the"]):
        return False
    if not described(doc, desc):
        return False
    return desc.root.dep_ == "appos" and name.start <= desc.root.head.i < name.end


def described(doc: Doc, desc: Span) -> bool:
    """Written as a description, not a name: lower-case words after its first ("the Norwegian data protection
    authority") or a place's possessive before them."""
    before = doc[desc.start - 1] if desc.start > 0 else None
    return (before is not None and before.lower_ == "the" or desc[0].lower_ == "the"
            or any(t.tag_ == "POS" for t in desc) or any(t.is_lower and t.is_alpha for t in desc[1:]))


def apposed_names(doc: Doc, alias_of: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Each unknown name described in apposition by a known body's description becomes a mention of that body."""
    ents = list(doc.ents)
    for name, desc in zip(ents, ents[1:]):
        if described_by(doc, name, desc):
            alias_of[(name.start, name.end)] = (desc.start, desc.end)
