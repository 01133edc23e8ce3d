"""Extraction: the spaCy pipeline, its components (in `entities/`, `actions/`, `relations/` over the document layer `doc/`;
factories registered in each subpackage's `factories.py`) and their data files.

`extract`, `Extraction` and `load_pipeline` are imported on first use, so that a module of the package that needs
no spaCy (`kg.nlp.names`, used by the app's search and filters) can be imported without loading the pipeline."""
from __future__ import annotations

from importlib import import_module

_LAZY = {"Extraction": "kg.nlp.extract", "extract": "kg.nlp.extract", "load_pipeline": "kg.nlp.pipeline"}
__all__ = list(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg.nlp' has no attribute {name!r}")
