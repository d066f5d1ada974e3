"""Backup and verified restore of the whole store (DESIGN.md "Store").

A backup is one SQLite file made with the SQLite backup API (a consistent copy even while the
app writes). A manual backup also carries the attachment files, in an extra table
`offmap_backup_attachments`, so the file alone rebuilds a home; automatic daily backups live in
the home next to the attachments and leave them out.

Restore (backup_restore) never replaces a good store with a bad file: the file is copied into a
temporary folder in the home, checked (backup_verify: SQLite header, `PRAGMA integrity_check`,
foreign keys, OffMap tables, schema version not newer than this OffMap), migrated there, and only
then copied over the live store in one SQLite transaction, after a copy of the current store was
kept in backups/.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core.errors import ValidationError
from app.paths import backups_dir, secure_file
from app.services.attachments import blob_path
from app.services.backup_restore import RestoreResult, restore_backup
from app.services.backup_verify import (
    BACKUP_SUFFIX,
    BLOB_TABLE,
    STORE_BLOBS,
    BackupError,
    BackupFacts,
    count_records,
    stored_attachments,
    verify_backup,
)
from app.store import Store
from app.store.connection import (
    DatabaseError,
    connect,
    copy_database,
)
from app.store.migrations import LATEST_VERSION

log = logging.getLogger("app.services.backup")

AUTO_PREFIX = "auto-"
AUTO_KEEP = 7

Progress = Callable[[int, int], None]
# Verifying and restoring live in backup_verify and backup_restore; these names stay importable
# from here.
__all__ = [
    "AUTO_KEEP", "BackupError", "BackupFacts", "BackupFile", "RestoreResult", "backup_store",
    "list_backups", "prune_auto_backups", "restore_backup", "run_daily_backup", "verify_backup",
]


@dataclass(frozen=True)
class BackupFile:
    """A backup in the home's backups/ folder."""

    path: Path
    kind: str  # auto | before-restore | before-migration | other
    modified: datetime
    size: int


def backup_store(
    store: Store,
    out: Path | str,
    include_attachments: bool = True,
    progress: Progress | None = None,
) -> BackupFacts:
    """Writes a consistent copy of the store (and, by default, its attachment files) to `out`.
    The file appears complete or not at all."""
    out = Path(out).expanduser().absolute()
    if out.exists() and out.is_dir():
        raise ValidationError(
            "{out} is a folder; give a file name such as offmap-backup.sqlite3.",
            out=out)
    if not out.parent.is_dir():
        raise ValidationError(
            "the folder {parent} does not exist; create it or choose another.",
            parent=out.parent)
    if out.resolve() == store.path.resolve():
        raise ValidationError("the backup cannot overwrite the store itself; choose another file.")
    handle, temp_name = tempfile.mkstemp(prefix=".offmap-backup-", suffix=".part", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        copy_database(store.conn, temp, store.key, progress)
        carried = _add_attachments(store, temp) if include_attachments else 0
        secure_file(temp)
        os.replace(temp, out)
    except DatabaseError as exc:
        raise BackupError(
            "the backup could not be written to {out} ({error}); check the disk has room and try "
            "again.",
            out=out, error=exc) from exc
    except OSError as exc:
        raise BackupError(
            "the backup could not be written to {out}: {error}. Check the folder and the free "
            "space.",
            out=out, error=exc.strerror or exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    counts = count_records(store.conn)
    carried += stored_attachments(store.conn)
    log.info("backup written: %d clients, %d requests, %d attachment files",
             counts[0], counts[1], carried)
    return BackupFacts(LATEST_VERSION, counts[0], counts[1], carried)


def _add_attachments(store: Store, target: Path) -> int:
    """Files of a home made before attachments moved into the store, not moved in yet, go into
    an extra table of the backup; contents the store holds travel with it already."""
    shas = [row[0] for row in store.conn.execute(
        f"SELECT DISTINCT sha256 FROM attachments WHERE sha256 NOT IN "
        f"(SELECT sha256 FROM {STORE_BLOBS})")]
    if not shas:
        return 0
    dest = connect(target, store.key)
    carried = 0
    try:
        dest.execute(f"CREATE TABLE {BLOB_TABLE} (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL)")
        dest.execute("BEGIN")
        for sha in shas:
            try:
                path = blob_path(store.home, sha)
            except ValidationError:
                continue
            if not path.is_file():
                log.warning("attachment file missing from the home; not in the backup")
                continue
            dest.execute(f"INSERT INTO {BLOB_TABLE} (sha256, content) VALUES (?, ?)",
                         (sha, path.read_bytes()))
            carried += 1
        dest.execute("COMMIT")
    finally:
        dest.close()
    return carried


def auto_backup_path(home: Path, day: date) -> Path:
    return backups_dir(home) / f"{AUTO_PREFIX}{day.isoformat()}{BACKUP_SUFFIX}"


def run_daily_backup(store: Store, today: date | None = None, keep: int = AUTO_KEEP) -> Path | None:
    """Makes today's automatic backup unless one exists, then keeps only the last `keep`.
    Returns the new file, or None when today's backup was already there."""
    if store.backend != "sqlite":
        return None  # a server store is backed up on the server (pg_dump)
    today = today or date.today()
    target = auto_backup_path(store.home, today)
    made: Path | None = None
    if not target.exists():
        backup_store(store, target, include_attachments=False)
        made = target
    prune_auto_backups(store.home, keep)
    return made


def prune_auto_backups(home: Path, keep: int = AUTO_KEEP) -> list[Path]:
    autos = sorted(backups_dir(home).glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    removed = autos[:-keep] if keep > 0 else autos
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def list_backups(home: Path) -> list[BackupFile]:
    """Backups kept in the home, newest first."""
    folder = backups_dir(home)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        if not path.is_file():
            continue
        stat = path.stat()
        name = path.name
        kind = next((k for k in ("auto", "before-restore", "before-migration")
                     if name.startswith(k + "-")), "other")
        found.append(BackupFile(path, kind, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)
