"""Document-level passes over a document's actions (kg/nlp/action_discourse.py)."""
from __future__ import annotations

from kg.nlp.actions.discourse import one_report_per_event
from kg.nlp.records import ActionRecord


def act(trigger: int, type_: str = "Sue", agent: str | None = "a", targets=("b",), date: str | None = None,
        negated: bool = False) -> ActionRecord:
    return ActionRecord(type=type_, agent=agent, targets=list(targets), evidence=f"sentence {trigger}", trigger=trigger,
                        date=date, negated=negated)


def test_action_discourse_an_event_told_twice_is_one_action_the_first_report():
    acts = [act(3), act(40), act(55, targets=("c",))]
    assert [a.trigger for a in one_report_per_event(acts)] == [3, 55]


def test_action_discourse_reports_that_differ_in_type_negation_or_date_stay_apart():
    acts = [act(3, date="2025-01-02"), act(40, date="2025-03-04"), act(41, type_="Penalize"), act(42, negated=True)]
    assert len(one_report_per_event(acts)) == 4
