"""`fold` (kg.nlp.names: the case-, accent- and space-insensitive form of a name) for the app, without
importing the `kg.nlp` package: its `__init__` imports the spaCy pipeline (about 1.5 s on the app's first
page), and the app needs spaCy only to extract an upload. `kg/nlp/names.py` imports no spaCy; it is loaded
here as the module `kg.nlp.names` itself (the same module object the package would give later)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

NAMES = "kg.nlp.names"


def _names():
    if NAMES in sys.modules:
        return sys.modules[NAMES]
    spec = importlib.util.spec_from_file_location(NAMES, Path(__file__).resolve().parent.parent / "nlp" / "names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAMES] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(NAMES, None)
        raise
    return module


fold = _names().fold
