"""The shared per-document layer: the one document index (`index.py`) with its anaphora part, token columns, line breaks."""
