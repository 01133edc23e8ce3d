"""Where Oxigraph queries run: persistent worker processes (`ox_worker.py`), each with a memory limit; a
query past its time limit gets its worker killed (E505), one past the memory limit dies (E511), and either
way the CPU and memory are freed and the next query gets a fresh worker. Workers open the store read-only
and reopen it after the parent writes (`changed`)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import Errors, QueryError

WORKER = Path(__file__).with_name("ox_worker.py")
DEFAULT_MEMORY_MB = 2048
START_SECONDS = 60.0  # opening the store in a worker
STALE = "No such file"  # a worker's store lost a file to the writer's compaction


def memory_limit() -> int:
    """Megabytes of address space per query worker: `KG_QUERY_MEMORY_MB`, default 2048 (0: no limit)."""
    text = os.environ.get("KG_QUERY_MEMORY_MB", "").strip()
    if not text:
        return DEFAULT_MEMORY_MB
    if not text.isdigit():
        raise QueryError(Errors.E513, given=text)
    return int(text)


class Worker:
    def __init__(self, path: Path, megabytes: int, generation: int) -> None:
        ours, theirs = Pipe()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(WORKER), str(theirs.fileno()), str(path), str(megabytes)],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**os.environ, "MALLOC_ARENA_MAX": "2"})
        # two malloc arenas: each thread's own arena reserves 64 MB of address space, which would make the
        # worker's footprint under its memory limit depend on how many threads RocksDB happened to start
        theirs.close()
        self.conn: Connection = ours
        self.generation = generation
        self._expect_ready(time.monotonic() + START_SECONDS)

    def _expect_ready(self, deadline: float) -> None:
        reply = self.receive(deadline)
        if reply[0] != "ready":
            self.kill()
            raise QueryError(Errors.E504, detail=f"its worker could not start ({reply[-1]})")

    def receive(self, deadline: float | None) -> tuple:
        """The worker's reply; ("timeout",) when none came by `deadline`, ("died", code) when it is gone."""
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            if not self.conn.poll(wait):
                return ("timeout",)
            return self.conn.recv()
        except (EOFError, OSError):
            return ("died", self.proc.wait())

    def reopen(self, generation: int, deadline: float | None) -> None:
        self.conn.send(("reopen",))
        self._expect_ready(deadline or time.monotonic() + START_SECONDS)
        self.generation = generation

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.conn.close()


class QueryPool:
    """Up to `size` workers for one store, started when first needed."""

    def __init__(self, path: Path, megabytes: int | None = None, size: int | None = None) -> None:
        self.path = path
        self.megabytes = memory_limit() if megabytes is None else megabytes
        self.size = size or max(2, os.cpu_count() or 2)
        self.generation = 0
        self._idle: list[Worker] = []
        self._busy = 0
        self._ready = threading.Condition()
        self.last_pid: int | None = None  # the worker of the last query (tests look at it)

    def changed(self) -> None:
        """The parent wrote to the store: workers reopen it before their next query."""
        self.generation += 1

    def _checkout(self, deadline: float | None, timeout: float | None) -> Worker | None:
        with self._ready:
            while not self._idle and self._busy >= self.size:
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    raise _timeout(timeout)
                self._ready.wait(wait)
            self._busy += 1
            return self._idle.pop() if self._idle else None

    def _checkin(self, worker: Worker | None) -> None:
        with self._ready:
            self._busy -= 1
            if worker is not None:
                self._idle.append(worker)
            self._ready.notify()

    def run(self, request: tuple, timeout: float | None) -> tuple:
        """Send one request to a worker and return its reply; E505 (time), E511 (memory) or E504. A worker
        that lost a file to the writer's compaction is replaced and the query tried once more."""
        deadline = time.monotonic() + timeout if timeout else None
        reply = self._attempt(request, deadline, timeout)
        if reply[0] == "error" and STALE in reply[-1]:
            reply = self._attempt(request, deadline, timeout, fresh=True)
        return self._check(reply, timeout)

    def _attempt(self, request: tuple, deadline: float | None, timeout: float | None, fresh: bool = False) -> tuple:
        worker = self._checkout(deadline, timeout)
        keep = None
        try:
            if worker is not None and (fresh or worker.proc.poll() is not None):  # stale, or died while idle
                worker.kill()
                worker = None
            worker = worker or Worker(self.path, self.megabytes, self.generation)
            if worker.generation != self.generation:
                worker.reopen(self.generation, deadline)
            self.last_pid = worker.proc.pid
            worker.conn.send(request)
            reply = worker.receive(deadline)
            if reply[0] in ("ok", "syntax") or (reply[0] == "error" and STALE not in reply[-1]):
                keep = worker
            return reply
        finally:
            if worker is not None and keep is None:
                worker.kill()
            self._checkin(keep)

    def _check(self, reply: tuple, timeout: float | None) -> tuple:
        kind = reply[0]
        if kind == "timeout":
            raise _timeout(timeout)
        if kind == "memory" or (kind == "died" and reply[1] == -signal.SIGABRT):
            raise QueryError(Errors.E511, limit=f"{self.megabytes:,} MB")
        if kind == "died":
            raise QueryError(Errors.E504, detail=f"its worker stopped (exit {reply[1]})")
        return reply

    def close(self) -> None:
        with self._ready:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


def _timeout(timeout: float | None) -> QueryError:
    return QueryError(Errors.E505, seconds=timeout or 0)
