"""Opening an input so that nothing hangs or grows without bound: only a regular file is read (checked on
the open descriptor, which never blocks), its size is checked with `stat` before a byte is read, and
reads stop at a cap whatever the file does meanwhile."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import Errors, IngestError
from kg.ingest.walk import kind_of

FILE_FACTOR = 4  # bytes on disk per byte of text allowed: room for markup, or a 4-byte encoding (UTF-32)
SKIP_CHUNK = 1 << 20


def file_cap(max_mb: float) -> int:
    """The most bytes one file (or one JSON Lines line) may have, from the per-document text limit."""
    return int(max_mb * 1_000_000 * FILE_FACTOR)


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading; `IngestError` E107 when it is not a regular file (a FIFO opened without
    blocking, a device, a socket): such a path is never read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise IngestError(Errors.E107, path=path, what=f"{kind_of(mode)}, not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(path: Path, size: int, cap: int) -> IngestError:
    return IngestError(Errors.E108, path=path, mb=size / 1e6, cap=cap / 1e6, factor=FILE_FACTOR)


def read_capped(path: Path, cap: int) -> bytes:
    """The whole of a regular file of at most `cap` bytes: its size is checked before reading, and the read
    stops after `cap` bytes even when the file grows meanwhile."""
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > cap:
            raise too_large(path, size, cap)
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise too_large(path, len(data), cap)
    return data


def capped_lines(fh: BinaryIO, cap: int) -> Iterator[bytes | None]:
    """The lines of `fh`, each read with a bound: a line longer than `cap` bytes is passed over to its end
    in pieces (never held whole) and comes out as None."""
    while line := fh.readline(cap + 1):
        if len(line) <= cap or line.endswith(b"\n") and len(line) == cap + 1:
            yield line
            continue
        while (rest := fh.readline(SKIP_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None
