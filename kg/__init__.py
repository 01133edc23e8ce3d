"""aipolicy-kg: a knowledge-graph builder for AI-policy news."""
from __future__ import annotations

from kg.errors import KGError

__version__ = "0.1.0"
__all__ = ["KGError", "__version__"]
