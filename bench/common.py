"""Helpers for the benchmarks: a synthetic corpus on disk, a child process timed with its peak memory."""
from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser with the shared `--work` folder (corpora and stores, reused between runs)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    return ap


def setup(ap: argparse.ArgumentParser) -> argparse.Namespace:
    """Parse the arguments, make the work folder, print the machine."""
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    return args


def machine() -> str:
    mem = psutil.virtual_memory().total / 2**30
    return (f"{platform.processor() or platform.machine()}, {psutil.cpu_count(logical=True)} cores, "
            f"{mem:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}")


def corpus(n: int, folder: Path, seed: int = 0) -> tuple[Path, int]:
    """`n` synthetic articles as one JSON Lines file (made once, then reused); returns (path, words)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import write_corpus

    path = folder / f"synthetic-{n}-{seed}.jsonl"
    words_file = path.with_suffix(".words")
    if not path.exists():
        words = write_corpus(n, path, seed)
        words_file.write_text(str(words))
    return path, int(words_file.read_text())


def run_measured(cmd: list[str], cwd: Path = ROOT) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run `cmd`; returns (wall seconds, peak RSS in bytes summed over the process and its children)."""
    start = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                procs = [proc, *proc.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    done.set()
    t.join()
    seconds = time.perf_counter() - start
    return seconds, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)
