"""Restoring a backup: the file is copied into a temporary folder in the home, verified
(app.services.backup_verify), migrated there, and only then copied over the live store in one
SQLite transaction, after a copy of the current store was kept in backups/. A good store is never
replaced by a bad file."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.text import Text
from app.paths import backups_dir, ensure_home, secure_file, store_path
from app.services.attachments import blob_path
from app.services.backup_verify import (
    BACKUP_SUFFIX,
    BLOB_TABLE,
    STORE_BLOBS,
    BackupError,
    BackupFacts,
    check_magic,
    not_a_backup,
    open_candidate,
    verify_connection,
)
from app.services.work_folders import RESTORE_PREFIX, work_folder
from app.store.connection import (
    Connection,
    DatabaseError,
    OperationalError,
    StoreError,
    connect,
    copy_database,
    export_encrypted,
    is_plain,
    migrate,
    store_key,
)

log = logging.getLogger("app.services.backup")


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts
    previous_copy: Path | None  # where the store that was replaced was kept


def restore_backup(home: Path, source: Path | str) -> RestoreResult:
    """Replaces the home's store with the verified backup `source`, keeping a copy of the current
    store in backups/. Works while other connections (the window) have the store open, and also
    when the current store is damaged and cannot be opened."""
    ensure_home(home)
    source = Path(source).expanduser().absolute()
    check_magic(source)
    with work_folder(backups_dir(home), RESTORE_PREFIX) as work:
        candidate = work / "candidate.sqlite3"
        try:
            shutil.copyfile(source, candidate)
        except OSError as exc:
            raise BackupError(
                "{source} could not be read: {error}; nothing was changed.",
                source=source, error=exc.strerror or exc) from exc
        key = _home_key(home)
        facts = _prepare(home, candidate, source, key)
        previous = _keep_current(home, key)
        _swap_in(home, candidate, key)
        log.info("store restored from a backup: %d clients, %d requests", facts.clients,
                 facts.requests)
        return RestoreResult(facts, previous)


def _home_key(home: Path) -> bytes | None:
    """The key the restored store is written with: the live store's (None for a plain one); a
    home without a store gets its key made (or the imported one)."""
    try:
        return store_key(home, create=True)
    except StoreError:
        if store_path(home).exists():
            return None  # a damaged store: it is replaced with a plain copy of the backup
        raise


def _encrypt_candidate(candidate: Path, key: bytes, shown: Path) -> None:
    """A plain backup restored into an encrypted home is encrypted before it goes in."""
    encrypted = candidate.with_name("candidate-encrypted.sqlite3")
    try:
        export_encrypted(candidate, encrypted, key)
    except DatabaseError as exc:
        raise not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    os.replace(encrypted, candidate)


def _prepare(home: Path, candidate: Path, shown: Path, key: bytes | None) -> BackupFacts:
    """Verifies the candidate, unpacks its attachment files, migrates it to this schema."""
    if key is not None and is_plain(candidate):
        open_candidate(candidate, None, shown).close()
        _encrypt_candidate(candidate, key, shown)
    elif key is None and not is_plain(candidate):
        raise not_a_backup(shown, Text(
            "it is encrypted and this data folder's store is not. Encrypt the store first with "
            "'offmap store encrypt', with the key the backup was made with imported"))
    conn = open_candidate(candidate, key, shown)
    try:
        facts = verify_connection(conn, shown)
        conn.execute("PRAGMA journal_mode = DELETE")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if STORE_BLOBS in tables:
            _check_store_blobs(conn, shown)
        if BLOB_TABLE in tables:
            _unpack_attachments(home, conn, shown)
            conn.execute(f"DROP TABLE {BLOB_TABLE}")
            conn.execute("VACUUM")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, home, candidate, key)
        live_page = _live_page_size(home, key)
        if live_page and live_page != conn.execute("PRAGMA page_size").fetchone()[0]:
            conn.execute(f"PRAGMA page_size = {int(live_page)}")
            conn.execute("VACUUM")
    except DatabaseError as exc:
        raise not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    finally:
        conn.close()
    return facts


def _check_store_blobs(conn: Connection, shown: Path) -> None:
    """Every content the backup's store holds matches its SHA-256 (a damaged or altered
    attachment is refused before anything is replaced)."""
    for sha, content in conn.execute(f"SELECT sha256, content FROM {STORE_BLOBS}"):
        if hashlib.sha256(bytes(content)).hexdigest() != sha:
            raise not_a_backup(shown, Text("an attachment inside it does not match its "
                                            "checksum"))


def _unpack_attachments(home: Path, conn: Connection, shown: Path) -> None:
    for sha, content in conn.execute(f"SELECT sha256, content FROM {BLOB_TABLE}"):
        if not isinstance(content, bytes) or hashlib.sha256(content).hexdigest() != sha:
            raise not_a_backup(shown, Text("an attachment inside it does not match its "
                                            "checksum"))
        target = blob_path(home, sha)  # validates the name: 64 hex digits
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        secure_file(Path(temp_name))
        os.replace(temp_name, target)


def _live_page_size(home: Path, key: bytes | None = None) -> int | None:
    path = store_path(home)
    if not path.exists():
        return None
    try:
        conn = connect(path, key, readonly=True)
        try:
            return int(conn.execute("PRAGMA page_size").fetchone()[0])
        finally:
            conn.close()
    except DatabaseError:
        return None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _keep_current(home: Path, key: bytes | None) -> Path | None:
    """Copies the current store to backups/before-restore-<time>.sqlite3 (raw files when it is
    too damaged for SQLite to copy)."""
    path = store_path(home)
    if not path.exists():
        return None
    target = backups_dir(home) / f"before-restore-{_stamp()}{BACKUP_SUFFIX}"
    try:
        live = connect(path, key, readonly=True)
        try:
            live.execute("PRAGMA integrity_check").fetchall()
            copy_database(live, target, key)
        finally:
            live.close()
    except DatabaseError:
        with contextlib.suppress(OSError):
            target.unlink()
        for suffix in ("", "-wal", "-shm"):
            extra = Path(f"{path}{suffix}")
            if extra.exists():
                shutil.copy2(extra, Path(f"{target}{suffix}"))
                secure_file(Path(f"{target}{suffix}"))
    secure_file(target)
    return target


def _swap_in(home: Path, candidate: Path, key: bytes | None) -> None:
    path = store_path(home)
    if _healthy(path, key):
        # One transaction on the live file: open connections see the restored store at once.
        src = connect(candidate, key, autocommit=False)
        live = connect(path, key, autocommit=False)
        try:
            src.backup(live)
        except OperationalError as exc:
            raise BackupError(
                "the store is busy (another OffMap window or command is writing); nothing was "
                "changed. Close other OffMap windows and try again."
            ) from exc
        finally:
            live.close()
            src.close()
        return
    # The current store is damaged (its copy is kept): replace the files.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    secure_file(candidate)
    os.replace(candidate, path)


def _healthy(path: Path, key: bytes | None) -> bool:
    if not path.exists() or is_plain(path) != (key is None):
        return False
    try:
        conn = connect(path, key, readonly=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except DatabaseError:
        return False
