"""Many tiny JSON Lines records: the cost per record of each stage (reading, extraction, building the
graph) at N/4 and N records, and what a million would take. A stage whose cost per record grows with N
(ratio well above 1) is quadratic somewhere; the figure to watch is the graph stage, which used to link
every report of one event to every other (a million squared) and to compare every new name with every
earlier one.

    python bench/jsonl_records.py [--records 20000]
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import parser, setup  # noqa: E402

SYLLABLES = ["qor", "vex", "lan", "tri", "mo", "zen", "ka", "pul", "dor", "ix", "bre", "sta"]
TEMPLATES = [
    "The FTC fined OpenAI over ChatGPT, the agency said in note {i}.",  # one event, reported over and over
    "{org} sued the Commerce Department over export rules, note {i} says.",  # a new name in each record
    "{org} partnered with Anthropic on model safety, according to note {i}.",
    "Regulators met on Monday; note {i} has nothing more.",
]


def records(n: int, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)

    def org() -> str:
        return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).title() + " Labs"

    return [json.dumps({"text": TEMPLATES[i % len(TEMPLATES)].format(i=i, org=org())}) + "\n" for i in range(n)]


def stages(path: Path) -> dict[str, float]:
    """Seconds of each stage over the records in `path` (the pipeline already loaded)."""
    from kg.graph.build import GraphBuilder
    from kg.ingest import IngestOptions, IngestReport, iter_documents
    from kg.nlp.parallel import extract_many

    options = IngestOptions(any_language=True)
    t0 = time.perf_counter()
    docs = list(iter_documents([path], IngestReport(), options=options))
    t1 = time.perf_counter()
    extractions = list(extract_many(docs))
    t2 = time.perf_counter()
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    triples = len(builder.graph())
    t3 = time.perf_counter()
    return {"records": len(docs), "read": t1 - t0, "extract": t2 - t1, "graph": t3 - t2, "triples": triples}


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--records", type=int, default=20_000)
    args = setup(ap)
    from kg.nlp.pipeline import load_pipeline

    load_pipeline()
    lines = records(args.records)
    results = []
    for n in (args.records // 4, args.records):
        path = args.work / f"tiny-{n}.jsonl"
        path.write_text("".join(lines[:n]), encoding="utf-8")
        results.append(stages(path))
    small, big = results
    print(f"{'stage':10s} {'ms/record at ' + str(small['records']):>20s} {'ms/record at ' + str(big['records']):>20s}"
          f" {'ratio':>6s} {'a million records':>18s}")
    for stage in ("read", "extract", "graph"):
        a, b = (r[stage] / r["records"] * 1000 for r in results)
        print(f"{stage:10s} {a:20.3f} {b:20.3f} {b / a:6.2f} {b * 1000:16,.0f} s")
    total = sum(big[s] for s in ("read", "extract", "graph")) / big["records"] * 1e6
    print(f"one process, a million records: about {total / 60:,.0f} minutes "
          f"({big['triples'] / big['records']:.1f} triples a record)")


if __name__ == "__main__":
    main()
