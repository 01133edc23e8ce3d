"""A synthetic corpus of AI-policy articles: offline, deterministic, from templates (bench/templates.json)
and the names in the project's gazetteer. Realistic length (about 350 to 900 words), datelines, varied
actors, one JSON Lines record per article (text, title, date, url).

    python bench/synthetic.py 1000 -o /tmp/synthetic-1k.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.nlp.gazetteer import load_gazetteer  # noqa: E402

TEMPLATES = json.loads((Path(__file__).with_name("templates.json")).read_text(encoding="utf-8"))
SLOT = re.compile(r"\{(\w+?)(2?)\}")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def names_by_type() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in load_gazetteer().values():
        out.setdefault(e.type, []).append(e.name)
    return {k: sorted(v) for k, v in out.items()}


def fill(template: str, cast: dict[str, list[str]], rnd: random.Random, day: dt.date) -> str:
    def slot(m: re.Match) -> str:
        kind, second = m.group(1), m.group(2)
        if kind == "date":
            d = day - dt.timedelta(days=rnd.randint(0, 20))
            return f"{MONTHS[d.month - 1]} {d.day}"
        if kind == "month":
            return MONTHS[rnd.randrange(12)]
        pool = cast[kind]
        return pool[1 % len(pool)] if second else pool[0]

    return SLOT.sub(slot, template)


def article(i: int, names: dict[str, list[str]], seed: int = 0) -> dict:
    """Article `i` of the corpus: the same every time for the same (i, seed)."""
    rnd = random.Random(seed * 1_000_003 + i)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(3 * 365))
    cast = {kind: rnd.sample(pool, min(3, len(pool))) for kind, pool in names.items()}
    title = fill(rnd.choice(TEMPLATES["titles"]), cast, rnd, day)
    paragraphs = []
    for _ in range(rnd.randint(5, 12)):
        sentences = [fill(rnd.choice(TEMPLATES["action"]), cast, rnd, day)]
        sentences += [fill(rnd.choice(TEMPLATES["context"]), cast, rnd, day) for _ in range(rnd.randint(2, 5))]
        for _ in range(rnd.randint(0, 2)):
            sentences.insert(rnd.randrange(len(sentences) + 1), fill(rnd.choice(TEMPLATES["action"]), cast, rnd, day))
        paragraphs.append(" ".join(sentences))
    dateline = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return {"title": title, "date": day.isoformat(), "url": f"https://example.org/synthetic/{seed}/{i}",
            "text": f"{title}\n\n{dateline}\n\n" + "\n\n".join(paragraphs)}


def write_corpus(n: int, path: Path, seed: int = 0, start: int = 0) -> int:
    """Write articles start..start+n-1 to `path`; returns the number of words written."""
    names = names_by_type()
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            rec = article(i, names, seed)
            words += len(rec["text"].split())
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles (1000, 10000, 100000, ...)")
    ap.add_argument("-o", "--output", type=Path, required=True, help="JSON Lines file to write")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    words = write_corpus(args.n, args.output, args.seed)
    print(f"{args.n} articles, {words:,} words ({words / max(1, args.n):.0f} per article) -> {args.output}")


if __name__ == "__main__":
    main()
