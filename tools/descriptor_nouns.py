"""Learn descriptor nouns ("the pharmacy chain Harbour Pharmacy", "Orrin Search, a smaller rival") from a gold corpus:
the common noun right before a gold entity's name, or heading an apposition to it, counted by the entity's class; a
noun seen often enough, nearly always before names of one class, says that class. Writes
kg/nlp/data/learned_descriptors.json, which the typer reads beside the hand list of data/type_cues.json (the hand
list wins where both speak).

    python tools/descriptor_nouns.py [--corpus corpus/train] [--min-count 3] [--min-share 0.9] [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.nlp.doc.lines import word_of  # noqa: E402
from kg.nlp.pipeline import load_model  # noqa: E402

OUT = ROOT / "kg" / "nlp" / "data" / "learned_descriptors.json"
DOC = ("Descriptor nouns learned from {corpus}'s gold by tools/descriptor_nouns.py (a common noun right before a gold "
       "entity's name or heading an apposition to it, at least {min_count} times, {share:.0%} of them before names of "
       "one class): the class each says a name it describes has. The typer reads them beside the hand list of "
       "type_cues.json (descriptor_nouns), which wins where both speak. "
       "Regenerate with: python tools/descriptor_nouns.py")


def name_spans(doc, rec: dict):
    """(span, class) of every occurrence of a gold entity's name or alias in the parsed text."""
    text = doc.text
    for e in rec["entities"]:
        for name in {e["name"], *e.get("aliases", [])}:
            start = text.find(name)
            while name and start >= 0:
                span = doc.char_span(start, start + len(name))
                if span is not None:
                    yield span, e["type"]
                start = text.find(name, start + 1)


def descriptor_words(span) -> list[str]:
    """The lower-case common nouns that describe the name: right before it, or heading an apposition to it."""
    doc, out = span.doc, []
    if span.start > 0:
        before = doc[span.start - 1]
        if before.pos_ == "NOUN" and before.is_lower and before.is_alpha:
            out.append(word_of(before))
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.is_lower and not span.start <= child.i < span.end:
            out.append(word_of(child))
    return out


def learn(corpus: Path, min_count: int, min_share: float) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    nlp = load_model()
    counts: dict[str, Counter] = defaultdict(Counter)
    lines = (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    texts = [(corpus / rec["file"]).read_text(encoding="utf-8") for rec in gold]
    for doc, rec in zip(nlp.pipe(texts, batch_size=16), gold, strict=True):
        seen = set()
        for span, cls in name_spans(doc, rec):
            for word in descriptor_words(span):
                if (span.start, word) not in seen:
                    seen.add((span.start, word))
                    counts[word][cls] += 1
    learned = {}
    for word, c in sorted(counts.items()):
        cls, n = c.most_common(1)[0]
        if len(word) > 2 and sum(c.values()) >= min_count and n / sum(c.values()) >= min_share:
            learned[word] = cls
    return learned, {w: dict(c) for w, c in sorted(counts.items()) if w in learned}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "train")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.9)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    learned, counts = learn(args.corpus, args.min_count, args.min_share)
    corpus = args.corpus.resolve().relative_to(ROOT) if args.corpus.resolve().is_relative_to(ROOT) else args.corpus.name
    data = {"_doc": DOC.format(corpus=corpus, min_count=args.min_count, share=args.min_share),
            "descriptors": learned, "counts": counts}
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(learned)} descriptor nouns -> {args.out}")


if __name__ == "__main__":
    main()
