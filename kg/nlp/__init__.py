"""Extraction: the spaCy pipeline, its components (in `entities/`, `actions/`, `relations/` over the document layer `doc/`;
factories registered in each subpackage's `factories.py`) and their data files."""
from __future__ import annotations

from kg.nlp.extract import Extraction, extract
from kg.nlp.pipeline import load_pipeline

__all__ = ["Extraction", "extract", "load_pipeline"]
