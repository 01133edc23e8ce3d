"""Query latency: the app's example queries (kg/graph/queries/*.rq) on a graph of about a million
triples, in an Oxigraph store and in rdflib in memory: median and p95, and their ratio.

    python bench/queries.py [--articles 5500] [--runs 11]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import KG, corpus, parser, run_measured, setup  # noqa: E402


def timings(store, text: str, binds: dict, runs: int, timeout: float) -> list[float] | None:
    from kg.errors import QueryError

    out = []
    for i in range(runs + 1):
        start = time.perf_counter()
        try:
            store.query(text, binds, timeout=timeout, limit=None)
        except QueryError as exc:
            if exc.code == "E505":
                return None
            raise
        if i:  # the first run warms caches
            out.append(time.perf_counter() - start)
    return out


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--articles", type=int, default=5500)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--rdflib-runs", type=int, default=3)
    ap.add_argument("--rdflib-timeout", type=float, default=120.0)
    ap.add_argument("--jobs", type=int, default=2)
    args = setup(ap)

    from kg.graph.query_library import bindings, examples
    from kg.store import MemoryStore, open_store

    path, _ = corpus(args.articles, args.work, seed=3)
    db = args.work / f"queries-{args.articles}"
    if not db.exists():
        secs, _, proc = run_measured([*KG, "build", str(path), "--store", f"oxigraph:{db}", "-q", "--jobs", str(args.jobs)])
        if proc.returncode:
            sys.exit(proc.stderr.decode()[-2000:])
        print(f"built {args.articles} articles into oxigraph in {secs:.0f} s")
    ox = open_store(f"oxigraph:{db}", create=True)
    n = ox.triples()
    start = time.perf_counter()
    mem = MemoryStore(ox.graph())
    print(f"{n:,} triples; rdflib in memory loaded in {time.perf_counter() - start:.0f} s")
    print(f"{'query':<42} {'oxigraph median':>15} {'p95':>8} {'rdflib median':>14} {'p95':>8} {'ratio':>7}")
    for q in examples():
        binds = bindings(q.params)
        o = timings(ox, q.text, binds, args.runs, 60.0)
        r = timings(mem, q.text, binds, args.rdflib_runs, args.rdflib_timeout)
        om, op = statistics.median(o) * 1000, p95(o) * 1000
        if r is None:
            print(f"{q.title:<42} {om:13.1f}ms {op:6.1f}ms {'> ' + str(int(args.rdflib_timeout)) + ' s':>14} {'':>8} "
                  f"{'>' + format(args.rdflib_timeout * 1000 / om, '.0f'):>7}")
            continue
        rm, rp = statistics.median(r) * 1000, p95(r) * 1000
        print(f"{q.title:<42} {om:13.1f}ms {op:6.1f}ms {rm:12.1f}ms {rp:6.0f}ms {rm / om:7.0f}")
    ox.close()


if __name__ == "__main__":
    main()
