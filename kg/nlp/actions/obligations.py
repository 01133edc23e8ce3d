"""Who imposes an obligation a story tells without its author: "The PPC ordered Sorano to stop ... . Sorano must
report back by November 30", "Under the consent order, Quillmark is barred from claiming ...": a requirement or a
prohibition (obligation_types of data/action_syntax.json) with no agent that binds a named party is the doing of the
authority whose nearest earlier action on that party (imposer_types: an order, a ban, a fine, a ruling, an inquiry, a
licence, a deal, a suit), up to reaction_window sentences back, was by a government body or a person (a judge, an
official). An obligation that binds no named party ("Providers must publish a summary") stays a law's, with no
agent; one whose obliged party is the speaker ("we must"), or told inside a quotation that names no instrument, is an
opinion and not output (`binds_another`)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.actions.clauses import subject_of
from kg.nlp.actions.discourse import earlier
from kg.nlp.actions.triggers import syntax
from kg.nlp.doc.index import EntityIndex
from kg.nlp.doc.speakers import inside_quote
from kg.nlp.lexicon import words
from kg.nlp.records import ActionRecord

AUTHORITY_CLASSES = ("GovernmentBody", "Person")
FIRST_PERSON = words("stance.json", "first_person")  # "'We must ensure ...,' said the commissioner"


def imposed_obligations(doc: Doc, actions: list[ActionRecord]) -> list[ActionRecord]:
    """`actions` with each authorless obligation on a named party given its imposer (see the module)."""
    syn = syntax()
    bound, imposing = set(syn["obligation_types"]), set(syn["imposer_types"])
    idx = EntityIndex.of(doc)

    def imposer(a: ActionRecord):
        def fits(b: ActionRecord) -> bool:
            return (b.type in imposing and bool(b.agent) and not b.negated and b.agent not in a.targets
                    and idx.type_of(b.agent) in AUTHORITY_CLASSES and bool(set(a.targets) & set(b.targets)))
        return fits

    for n, a in enumerate(actions):
        if a.type in bound and not a.agent and a.targets and not a.negated:
            b = earlier(actions, n, idx.sent_no, syn["reaction_window"], imposer(a))
            if b is not None:
                a.agent = b.agent
    return actions


def binds_another(doc: Doc, a: ActionRecord) -> bool:
    """Whether the action may stand: no obligation with no agent told inside a quotation or binding the speaker ("'We
    must ensure citizens can benefit,' said the commissioner", "'People must know when their voice is used,' she
    said"): a speaker's resolve or opinion, not a requirement anyone imposed."""
    if a.type not in syntax()["obligation_types"] or a.agent:
        return True
    if inside_quote(doc[a.trigger]) and not a.instruments:  # a law's quoted words name the law
        return False
    subj, _ = subject_of(doc[a.trigger])
    return subj is None or subj.lower_ not in FIRST_PERSON
