"""`offmap store encrypt`: converts a plain store (made before encryption) into an encrypted one.

The plain file is exported into an encrypted copy (sqlcipher_export), the copy is verified
(integrity check, and every table holds as many rows as before), then swapped in atomically; the
plain file, its -wal/-shm and the plain backups in backups/ are overwritten and removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import OffMapError
from app.paths import backups_dir, ensure_home, secure_file, store_path
from app.services import store_keys
from app.store.connection import Connection, DatabaseError, connect, export_encrypted, is_plain

log = logging.getLogger("app.services.store_encrypt")


class EncryptError(OffMapError):
    """The store could not be encrypted; nothing was changed."""


@dataclass(frozen=True)
class EncryptResult:
    tables: int
    rows: int
    backups: int  # plain backups in backups/ encrypted too


def _row_counts(conn: Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def _facts(path: Path, key: bytes | None) -> tuple[list[str], dict[str, int], int]:
    conn = connect(path, key, readonly=True)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return check, _row_counts(conn), version
    finally:
        conn.close()


def shred(path: Path) -> None:
    """Overwrites a file with zeros, flushes it to disk, and removes it. (On SSDs and
    copy-on-write file systems old blocks may survive: docs/threat-model.md says so.)"""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as handle:
        remaining = size
        block = b"\0" * 65536
        while remaining > 0:
            handle.write(block[:min(remaining, len(block))])
            remaining -= len(block)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _encrypt_file(plain: Path, key: bytes) -> int:
    """Replaces one plain database file with a verified encrypted copy; returns its rows."""
    conn = connect(plain, timeout=1.0)
    try:
        # Leaving WAL mode folds the -wal into the file and needs every other connection closed:
        # a window still writing to the plain file would otherwise lose what it writes.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except DatabaseError:
        mode = "busy"
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise EncryptError("{path} is in use by another OffMap window or command; close it and "
                           "try again. Nothing was changed.", path=plain)
    check, before, version = _facts(plain, None)
    if check != ["ok"]:
        raise EncryptError("{path} did not pass its integrity check, so it was not encrypted; "
                           "nothing was changed. Restore a backup first.", path=plain)
    copy = plain.with_name(plain.name + ".encrypting")
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()
    try:
        export_encrypted(plain, copy, key)
        check, after, copied_version = _facts(copy, key)
        if check != ["ok"] or after != before or copied_version != version:
            raise EncryptError("the encrypted copy of {path} did not match it, so nothing was "
                               "changed.", path=plain)
        old = plain.with_name(plain.name + ".plain-old")
        os.replace(plain, old)
        os.replace(copy, plain)
        secure_file(plain)
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
    shred(old)
    for suffix in ("-wal", "-shm", "-journal"):
        shred(Path(f"{plain}{suffix}"))
    return sum(before.values())


def encrypt_home(home: Path) -> EncryptResult:
    """Encrypts the plain store in `home` (and its plain backups) with a new key kept in the
    keyring, or derived from a passphrase when there is no secure keyring."""
    ensure_home(home)
    path = store_path(home)
    if not path.exists():
        raise EncryptError("there is no store in {home} yet; a new one is encrypted from the "
                           "start.", home=home)
    if not is_plain(path):
        raise EncryptError("the store in {home} is already encrypted.", home=home)
    key = store_keys.new_key_for_encrypting(home)
    try:
        _check, counts, _version = _facts(path, None)
        rows = _encrypt_file(path, key)
    except DatabaseError as exc:
        raise EncryptError("the store could not be encrypted ({error}); nothing was changed.",
                           error=exc) from exc
    done = 0
    for backup in sorted(backups_dir(home).glob("*.sqlite3")):
        if backup.is_file() and backup.stat().st_size and is_plain(backup):
            try:
                _encrypt_file(backup, key)
                done += 1
            except (DatabaseError, EncryptError):
                log.warning("a plain backup could not be encrypted and was left as it is")
    log.info("store encrypted: %d tables, %d rows, %d backups", len(counts), rows, done)
    return EncryptResult(len(counts), rows, done)
