"""Evaluation: a built graph held against a gold corpus (the scorer, the reliability of confidence)."""
from kg.eval.report import by_kind, reliability, render
from kg.eval.score import score

__all__ = ["score", "reliability", "render", "by_kind"]
