"""Which paths a build reads: regular files only, found in the arguments and under folders, with links that
stay inside their folder; every other path gets one reason (FIFOs, devices, sockets and link loops are
never opened, so nothing can hang)."""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import Errors, IngestError

KINDS = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def kind_of(mode: int) -> str:
    """What a non-regular, non-folder path is, in words."""
    return next((name for test, name in KINDS if test(mode)), "not a regular file")


def check_kind(path: Path) -> os.stat_result:
    """The `stat` of `path` (links followed) when it is a regular file or a folder; else `IngestError` E107
    naming what it is. Never opens the path."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IngestError(Errors.E107, path=path, what="a symbolic link loop") from None
        if path.is_symlink():
            raise IngestError(Errors.E107, path=path, what="a broken symbolic link (its target does not exist)") from None
        raise
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        raise IngestError(Errors.E107, path=path, what=f"{kind_of(st.st_mode)}, not a regular file")
    return st


def inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def walk(folder: Path, follow_links: bool = False) -> Iterator[tuple[Path, IngestError | None, bool]]:
    """(path, why it is not read or None, hidden) for every entry under `folder`, sorted, not descending into
    hidden folders. A link is followed only when it stays inside `folder` (or with `follow_links`); a link to
    a folder is descended into only with `follow_links`, and never twice (no cycles)."""
    root = folder.resolve()
    seen = {root}

    def visit(current: Path, rel: tuple[str, ...]) -> Iterator[tuple[Path, IngestError | None, bool]]:
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            why = f"cannot list the folder ({exc.strerror or exc}); skipped."
            yield current, IngestError(Errors.E110, path=current, why=why), False
            return
        for entry in entries:
            path, parts = Path(entry.path), (*rel, entry.name)
            hidden = any(p.startswith(".") for p in parts)
            try:
                st = check_kind(path)
                if entry.is_symlink():
                    target = Path(os.path.realpath(path))
                    outside = not inside(target, root)
                    if outside and not follow_links:
                        raise IngestError(Errors.E109, path=path, target=target, folder=folder)
                    if stat.S_ISDIR(st.st_mode) and (not outside or target in seen):
                        continue  # inside the folder: walked anyway; already walked: a cycle
                    seen.add(target)
            except IngestError as exc:
                yield path, exc, hidden
                continue
            except OSError as exc:
                yield path, IngestError(Errors.E110, path=path, why=f"cannot be read ({exc.strerror or exc}); skipped."), hidden
                continue
            if stat.S_ISDIR(st.st_mode):
                if hidden:
                    yield path, None, True
                else:
                    yield from visit(path, parts)
            else:
                yield path, None, hidden

    yield from visit(folder, ())


def regular_files(inputs: Iterable[str | Path], follow_links: bool = False
                  ) -> Iterator[tuple[Path, IngestError | None, bool]]:
    """(path, why not, hidden) for each argument that is a file, and each entry under the folders given."""
    for item in inputs:
        path = Path(item)
        try:
            st = check_kind(path)
        except IngestError as exc:
            yield path, exc, False
            continue
        except FileNotFoundError:
            yield path, IngestError(Errors.E110, path=path, why="no such file or folder; check the path."), False
            continue
        except OSError as exc:
            why = f"cannot be read ({exc.strerror or exc}); check its permissions."
            yield path, IngestError(Errors.E110, path=path, why=why), False
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from walk(path, follow_links)
        else:
            yield path, None, False
