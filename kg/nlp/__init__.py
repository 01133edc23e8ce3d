"""Extraction: the spaCy pipeline, its components (registered in `kg.nlp.entities.factories`) and their data files."""
from __future__ import annotations

from kg.nlp.extract import Extraction, extract
from kg.nlp.pipeline import load_pipeline

__all__ = ["Extraction", "extract", "load_pipeline"]
