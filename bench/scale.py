"""Build scale: time and peak memory of `kg build` of 1k and 10k synthetic articles into an Oxigraph
store, the cost per article (does it grow?), and a second identical build (it must add no triples).

    python bench/scale.py [--sizes 1000 10000] [--jobs 2]
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import KG, corpus, parser, run_measured, setup  # noqa: E402


def triples(store: str) -> int:
    from kg.store import open_store

    s = open_store(store)
    try:
        return s.triples()
    finally:
        s.close()


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    args = setup(ap)
    for n in args.sizes:
        path, words = corpus(n, args.work, seed=2)
        db = args.work / f"scale-{n}"
        shutil.rmtree(db, ignore_errors=True)
        store = f"oxigraph:{db}"
        cmd = [*KG, "build", str(path), "--store", store, "-q", "--jobs", str(args.jobs)]
        secs, peak, proc = run_measured(cmd)
        if proc.returncode:
            sys.exit(proc.stderr.decode()[-2000:])
        first = triples(store)
        secs2, peak2, proc2 = run_measured(cmd)
        second = triples(store)
        size = sum(f.stat().st_size for f in db.rglob("*") if f.is_file())
        print(f"{n:>6} articles ({words:,} words), --jobs {args.jobs}: build {secs:7.1f} s "
              f"({1000 * secs / n:5.1f} ms/article, {words / secs:,.0f} words/s), peak memory "
              f"{peak / 2**20:,.0f} MiB, {first:,} triples, store {size / 2**20:,.0f} MiB on disk")
        print(f"{'':>6} second identical build: {secs2:7.1f} s, peak memory {peak2 / 2**20:,.0f} MiB, "
              f"triples {first:,} -> {second:,} ({'no change' if first == second else 'CHANGED'})")


if __name__ == "__main__":
    main()
