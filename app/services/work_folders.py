"""Private work folders for long operations (case import, restore) and the sweep that removes
the ones a killed process left behind.

A case import decrypts the case into its work folder inside the home; if the process is killed
there, that plain copy must not stay on disk. Each folder holds an `.owner` file locked for as
long as its operation runs, so a sweep can tell an abandoned folder from one another process is
still using (two windows, or a window and a command, may share a home)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

IMPORT_PREFIX = ".import-"
RESTORE_PREFIX = ".restore-"
OWNER_FILE = ".owner"
# A folder without its owner file yet is being created right now, unless it is older than this.
_UNCLAIMED_GRACE_SECONDS = 60.0
# Where locks are not available, a folder this old is taken as abandoned.
_STALE_WITHOUT_LOCKS_SECONDS = 24 * 3600.0

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def _lock(handle: IO[str]) -> bool:
    """True when this process now holds the lock (nobody else does)."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextmanager
def work_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new 0700 folder under `parent`, locked as in use until the block ends, then removed.
    Folders with the same prefix that a killed process left are removed first."""
    sweep_abandoned(parent, prefix)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    owner = (work / OWNER_FILE).open("w", encoding="ascii")
    try:
        owner.write(str(os.getpid()))
        owner.flush()
        _lock(owner)
        yield work
    finally:
        owner.close()
        shutil.rmtree(work, ignore_errors=True)


def _abandoned(folder: Path) -> bool:
    try:
        age = time.time() - folder.stat().st_mtime
    except OSError:
        return False
    owner_path = folder / OWNER_FILE
    if not owner_path.exists():
        return age > _UNCLAIMED_GRACE_SECONDS
    if fcntl is None:
        return age > _STALE_WITHOUT_LOCKS_SECONDS
    try:
        with owner_path.open("r", encoding="ascii") as owner:
            # Getting the lock means its owner is gone; closing the file releases it again.
            return _lock(owner)
    except OSError:
        return False


def sweep_abandoned(parent: Path, prefix: str) -> int:
    """Removes the `prefix*` folders under `parent` whose operation is no longer running;
    returns how many were removed. Never raises: a folder that cannot go now goes next time."""
    removed = 0
    try:
        candidates = [p for p in parent.glob(prefix + "*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return 0
    for folder in candidates:
        if _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed += 1
    if removed:
        log.info("removed %d work folder(s) left by an interrupted operation", removed)
    return removed


def sweep_home(home: Path) -> int:
    """The sweep run when a home is opened: interrupted case imports and restores."""
    return (sweep_abandoned(home, IMPORT_PREFIX)
            + sweep_abandoned(home / "backups", RESTORE_PREFIX))
