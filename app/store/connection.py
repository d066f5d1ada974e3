"""Opens the store: the one place a connection is made (so an encrypted store can replace it)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import OffMapError
from app.paths import backups_dir, ensure_home, secure_file, store_path
from app.store.migrations import LATEST_VERSION, MIGRATIONS


class StoreError(OffMapError):
    """The store file cannot be used as it is; the message says why and what to do."""


class Store:
    """A connection to the home's SQLite file. `transaction()` makes one user action atomic."""

    def __init__(self, home: Path, conn: sqlite3.Connection) -> None:
        self.home = home
        self.conn = conn

    @property
    def path(self) -> Path:
        return store_path(self.home)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _explain(exc, self.path) from exc
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise _explain(exc, self.path) from exc

    def close(self) -> None:
        self.conn.close()


def _explain(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            "the store {path} is busy in another OffMap window or command; try again in a moment.",
            path=path)
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("the disk is full: nothing was saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "the store {path} is read-only; check the folder's permissions.",
            path=path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            "the store {path} is damaged or is not an OffMap store, so it was left untouched. "
            "Restore a backup with 'offmap restore FILE', or move the file away to start afresh.",
            path=path)
    return StoreError(
        "the store {path} could not be used: {error}",
        path=path, error=exc)


def _connect(path: Path) -> sqlite3.Connection:
    new = not path.exists()
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise StoreError(
                "the store {path} cannot use write-ahead logging on this disk.",
                path=path)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        if new:
            with contextlib.suppress(OSError):
                path.unlink()
        raise _explain(exc, path) from exc
    for suffix in ("", "-wal", "-shm"):
        secure_file(Path(f"{path}{suffix}"))
    return conn


def _copy_before_migrating(path: Path, home: Path, version: int) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir(home) / f"before-migration-v{version}-{stamp}.sqlite3"
    try:
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
    except sqlite3.Error:
        shutil.copy2(path, target)
    secure_file(target)


def migrate(conn: sqlite3.Connection, home: Path, path: Path) -> None:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise _explain(exc, path) from exc
    if version > LATEST_VERSION:
        raise StoreError(
            "the store {path} was written by a newer OffMap (schema {version}, this one knows "
            "{latest_version}). Update OffMap; the file was left untouched.",
            path=path, version=version, latest_version=LATEST_VERSION)
    if version == LATEST_VERSION:
        return
    if version > 0:
        _copy_before_migrating(path, home, version)
    for target in range(version, LATEST_VERSION):
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the write lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] > target:
                conn.execute("ROLLBACK")
                continue
            for statement in _split(MIGRATIONS[target]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _explain(exc, path) from exc


def _split(script: str) -> list[str]:
    """Splits a migration script into statements (executescript would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _check_header(path: Path) -> None:
    """Refuses a file that is not SQLite before SQLite touches it (it would not, but be clear)."""
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise StoreError(
                    "the store {path} is damaged or is not an OffMap store, so it was left "
                    "untouched. Restore a backup with 'offmap restore FILE', or move the file "
                    "away to start afresh.",
                    path=path)


def open_store(home: Path) -> Store:
    """Opens (creating and migrating as needed) the store in `home`."""
    ensure_home(home)
    path = store_path(home)
    _check_header(path)
    conn = _connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(conn, home, path)
    except sqlite3.Error as exc:
        conn.close()
        raise _explain(exc, path) from exc
    except StoreError:
        conn.close()
        raise
    return Store(home, conn)
