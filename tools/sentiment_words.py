"""Generate kg/nlp/data/evaluative_words.jsonl: words that praise or criticise, with their valence, from the
VADER sentiment lexicon (Hutto & Gilbert 2014, MIT licence), for the Support/Oppose reading of quoted speech.

Needs the PyPI package vaderSentiment only to regenerate:

    pip install vadersentiment
    python tools/sentiment_words.py          # rewrites kg/nlp/data/evaluative_words.jsonl

At build time the project reads the generated file; vaderSentiment is not needed then.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "nlp" / "data" / "evaluative_words.jsonl"
MIN_VALENCE = 1.0  # VADER rates from -4 to 4; weaker words say little about a stance


def main() -> int:
    import vaderSentiment

    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    rows = []
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, valence, *_ = line.split("\t")
        if word.isalpha() and word.islower() and abs(float(valence)) >= MIN_VALENCE:
            rows.append({"word": word, "valence": float(valence)})
    OUT.write_text("// Evaluative words from the VADER sentiment lexicon (MIT licence), |valence| >= 1; "
                   "regenerate with tools/sentiment_words.py.\n" + "".join(json.dumps(r) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} words written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
