"""Extraction throughput: `kg build` end to end against bare `nlp.pipe` (the same spaCy model, the same
texts), in words per second; and `kg build --jobs 2` against `--jobs 1` (whole commands, wall clock).

    python bench/throughput.py [--articles 300] [--jobs-articles 600] [--rounds 3]

`--jobs-articles 0` leaves out the second comparison. The machine's own noise moves single rounds of the wall-clock
ratio by 0.1 and more (rounds of 0.56 and 0.80 in one run here): compare medians, and raise `--rounds` to compare
two versions. `--chunks K` interleaves more finely: each round reads the articles in K parts, bare then end to end
on each part, so that a slow minute of a shared machine weighs on both sides alike (each part is its own build, as
`kg build` of K files would be). The ratio in CPU time (this process's, all threads) tells where the noise comes
from: other processes move the wall-clock ratio only; when both move together, the CPU itself ran slower for a while
(a shared machine).
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import KG, corpus, parser, run_measured, setup  # noqa: E402


def ratio_line(label: str, bare: list[float], e2e: list[float]) -> str:
    """The ratio of the medians (bare time / end-to-end time), then each round's."""
    rounds = ", ".join(f"{x / y:.2f}" for x, y in zip(bare, e2e, strict=True))
    return f"{label:<34}{statistics.median(bare) / statistics.median(e2e):10.2f}   (per round: {rounds})"


def split(path: Path, texts: list[str], chunks: int, work: Path) -> list[tuple[Path, list[str]]]:
    """The corpus as `chunks` parts of consecutive articles, each a JSON Lines file and its texts; one part, the
    file itself."""
    if chunks == 1:
        return [(path, texts)]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // chunks)
    parts = []
    for n in range(0, len(lines), size):
        part = work / f"part-{n // size}.jsonl"
        part.write_text("".join(lines[n:n + size]), encoding="utf-8")
        parts.append((part, texts[n:n + size]))
    return parts


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--jobs-articles", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chunks", type=int, default=1, help="parts per round, bare and end to end in turn on each")
    args = setup(ap)

    from kg.store.build import build_graph
    from kg.nlp.pipeline import load_model, load_pipeline

    path, words = corpus(args.articles, args.work)
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    warm = args.work / "warm.jsonl"
    warm.write_text("".join(path.open(encoding="utf-8").readlines()[:8]), encoding="utf-8")
    bare = load_model()
    list(bare.pipe(texts[:8]))
    load_pipeline()
    build_graph([warm])  # both warmed on the same 8 texts
    parts = split(path, texts, max(1, args.chunks), args.work)
    bare_s, e2e_s, bare_cpu, e2e_cpu = [], [], [], []
    for _ in range(args.rounds):  # interleaved, so that a busy moment of the machine hits both
        spent, triples = [0.0, 0.0, 0.0, 0.0], 0
        for part_path, part_texts in parts:
            start, cpu = time.perf_counter(), time.process_time()
            for _doc in bare.pipe(part_texts, batch_size=16):
                pass
            spent[0] += time.perf_counter() - start
            spent[1] += time.process_time() - cpu
            start, cpu = time.perf_counter(), time.process_time()
            result = build_graph([part_path])
            spent[2] += time.perf_counter() - start
            spent[3] += time.process_time() - cpu
            triples += len(result.graph)
        for out, t in zip((bare_s, bare_cpu, e2e_s, e2e_cpu), spent, strict=True):
            out.append(t)
    b, e = statistics.median(bare_s), statistics.median(e2e_s)
    print(f"{args.articles} articles, {words:,} words; median of {args.rounds} interleaved rounds")
    print(f"bare nlp.pipe (en_core_web_sm):   {words / b:10,.0f} words/s")
    print(f"kg build end to end (1 process):  {words / e:10,.0f} words/s  ({triples:,} triples"
          + (f", {len(parts)} builds a round)" if len(parts) > 1 else ")"))
    print(ratio_line("ratio end-to-end / bare:", bare_s, e2e_s))
    # CPU time of this process (all its threads): unlike wall-clock time, not moved by other processes
    print(ratio_line("ratio in CPU time:", bare_cpu, e2e_cpu))

    if args.jobs_articles <= 0:  # --jobs-articles 0: the single-process comparison only
        return
    path2, words2 = corpus(args.jobs_articles, args.work, seed=1)
    times = {}
    for jobs in (1, 2):
        out = args.work / f"jobs{jobs}.ttl"
        secs, peak, proc = run_measured([*KG, "build", str(path2), "-o", str(out), "-q", "--jobs", str(jobs)])
        if proc.returncode:
            sys.exit(proc.stderr.decode()[-2000:])
        times[jobs] = secs
        print(f"kg build --jobs {jobs} ({args.jobs_articles} articles, whole command): {secs:7.1f} s, "
              f"{words2 / secs:8,.0f} words/s, peak memory {peak / 2**20:,.0f} MiB")
    print(f"speed-up --jobs 2 / --jobs 1:     {times[1] / times[2]:10.2f}")


if __name__ == "__main__":
    main()
