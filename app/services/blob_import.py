"""One-time move of an old home's plain files into the store: attachment copies
(attachments/ab/<sha256>) and raw reply messages (replies/ab/<sha256>) become rows of the `blobs`
table, encrypted with the store. Each file is checked against the SHA-256 that names it, stored,
read back and checked again; only then is the plain file overwritten and removed. A file that
cannot be moved stays where it is, and the report says so.

Only files that a record of this store refers to are moved (a data folder may serve both its
own store and a clinic's server store); an unclaimed file is removed by the embedded store once
it is an hour old, as older versions pruned it.

Files can also appear later in the same places (a restore of an old backup unpacks its
attachments there, a case import moves its files there): every attachment and reply function
calls `import_if_needed` first, which costs two directory listings when there is nothing to move.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import OffMapError
from app.core.text import JoinedText, Text
from app.paths import attachments_dir
from app.services.store_encrypt import shred
from app.store import Store
from app.store import blobs as blob_repo
from app.store.connection import Error as StoreDatabaseError

log = logging.getLogger("app.services.blob_import")

_HEX = frozenset("0123456789abcdef")
ORPHAN_AGE_SECONDS = 3600
# Files this process could not move, with why, while they stay unchanged (size, mtime): they are
# not read and hashed again at every attachment or reply read.
_left: dict[Path, tuple[tuple[int, float], str]] = {}


@dataclass
class ImportReport:
    moved: int = 0
    problems: list[str] = field(default_factory=list)   # one sentence per file left in place

    @property
    def complete(self) -> bool:
        return not self.problems


def old_folders(home: Path) -> list[Path]:
    return [attachments_dir(home), home / "replies"]


def _is_blob_name(name: str) -> bool:
    return len(name) == 64 and set(name) <= _HEX


def old_files(home: Path) -> list[tuple[str, Path]]:
    """(sha256, path) of every content-addressed plain file of an old home."""
    found = []
    for folder in old_folders(home):
        if not folder.is_dir():
            continue
        for shard in folder.iterdir():
            if not shard.is_dir() or len(shard.name) != 2 or not set(shard.name) <= _HEX:
                continue
            for item in shard.iterdir():
                if item.is_file() and _is_blob_name(item.name) and item.name[:2] == shard.name:
                    found.append((item.name, item))
    return found


def _has_old_files(home: Path) -> bool:
    for folder in old_folders(home):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            if any(e.is_dir() and len(e.name) == 2 for e in entries):
                return not _only_known_leftovers(home)
    return False


def _only_known_leftovers(home: Path) -> bool:
    """True when every old file left is one this process already failed to move, unchanged."""
    files = old_files(home)
    return bool(files) and all(
        path in _left and _left[path][0] == _stamp(path) for _sha, path in files)


def left_behind(store: Store, sha256: str) -> str | None:
    """Why the old plain file of this content is still in the data folder (None when there is
    none): what a reader of a missing content is told."""
    for folder in old_folders(store.home):
        path = folder / sha256[:2] / sha256
        if path.is_file():
            return move_file(store, sha256, path)
    return None


def _is_embedded(store: Store) -> bool:
    return getattr(store, "backend", "sqlite") == "sqlite"


def import_if_needed(store: Store) -> ImportReport:
    """Moves an old home's plain files into the store, when there are any and no transaction
    is open on this connection (a caller's transaction is never committed behind its back)."""
    if store.conn.in_transaction or not _has_old_files(store.home):
        return ImportReport()
    return import_old_files(store)


def _move_one(store: Store, sha256: str, path: Path) -> Text | None:
    """Moves one file; returns why it stayed, or None when it moved. A file that does not
    match its name or is too large is remembered in _left (it will not change by itself)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        return Text("{path} could not be read ({error}), so it stays where it is",
                    path=path, error=exc.strerror or exc)
    if hashlib.sha256(content).hexdigest() != sha256:
        return _remember(path, Text("{path} does not match the checksum that names it "
                                    "(damaged?), so it stays where it is", path=path))
    if len(content) > blob_repo.MAX_BLOB_BYTES:
        return _remember(path, Text("{path} is larger than one stored file may be, so it stays "
                                    "where it is", path=path))
    try:
        with store.transaction() as conn:
            blob_repo.put(conn, sha256, content)
        stored = blob_repo.get(store.conn, sha256)
    except (StoreDatabaseError, OffMapError, OSError) as exc:   # disk full, busy, ...
        return Text("{path} could not be copied into the store ({error}), so it stays where "
                    "it is", path=path, error=exc)
    if stored is None or hashlib.sha256(stored).hexdigest() != sha256:
        return Text("the store's copy of {path} did not read back the same, so the file stays "
                    "where it is", path=path)
    try:
        shred(path)
    except OSError as exc:
        return Text("{path} is in the store now but could not be removed ({error}); remove it "
                    "by hand", path=path, error=exc.strerror or exc)
    return None


def _tidy(home: Path) -> None:
    """Removes emptied shard folders, the replies/ folder once empty, and copies abandoned
    mid-way by older versions (.incoming-*)."""
    for folder in old_folders(home):
        if not folder.is_dir():
            continue
        for leftover in folder.rglob(".incoming-*"):
            with contextlib.suppress(OSError):
                shred(leftover)
        for shard in folder.iterdir():
            if shard.is_dir() and len(shard.name) == 2:
                with contextlib.suppress(OSError):
                    shard.rmdir()   # only when empty
    with contextlib.suppress(OSError):
        (home / "replies").rmdir()


def _unclaimed(store: Store, path: Path) -> None:
    """A file no record of this store refers to. The embedded store removes it once it is an
    hour old (an older version's copy of a deleted event's file, which it would have pruned; a
    younger one may be a copy still being recorded). A server store leaves it: the data folder's
    own store may be the one that refers to it."""
    if not _is_embedded(store):
        return
    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > ORPHAN_AGE_SECONDS:
            shred(path)


def _stamp(path: Path) -> tuple[int, float]:
    try:
        info = path.stat()
    except OSError:
        return (-1, 0.0)
    return (info.st_size, info.st_mtime)


def _remember(path: Path, problem: Text) -> Text:
    _left[path] = (_stamp(path), str(problem))
    return problem


def move_file(store: Store, sha256: str, path: Path) -> str | None:
    """Moves one old file into the store; returns why it stayed, or None once it is in the
    store. A file already refused for good, unchanged since, is not read again."""
    known = _left.get(path)
    if known is not None and known[0] == _stamp(path):
        return known[1]
    _left.pop(path, None)
    problem = _move_one(store, sha256, path)
    return problem  # a Text: the window shows it in its language


def import_old_files(store: Store) -> ImportReport:
    report = ImportReport()
    for sha256, path in old_files(store.home):
        if not blob_repo.is_referenced(store.conn, sha256):
            _unclaimed(store, path)
            continue
        problem = move_file(store, sha256, path)
        if problem is None:
            report.moved += 1
        else:
            report.problems.append(problem)
    _tidy(store.home)
    if report.moved or report.problems:
        log.info("old plain files moved into the store: %d moved, %d left in place",
                 report.moved, len(report.problems))
    return report


def notice(report: ImportReport) -> str:
    """What to tell the person after an import that left files in place."""
    if report.complete:
        return ""
    # A Text, each file's sentence too, so that the window can show it in its language.
    return Text("{count} file(s) of the data folder could not be moved into the encrypted "
                "store and are still readable on disk: {problems}.",
                count=len(report.problems), problems=JoinedText(report.problems, "; "))
