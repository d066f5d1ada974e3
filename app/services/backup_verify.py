"""Verifying a backup file without changing it: the SQLite header, `PRAGMA integrity_check`,
foreign keys, OffMap's tables and a schema version not newer than this OffMap; an encrypted
backup opens only with the key of the store it was made from."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import OffMapError
from app.core.text import Text
from app.store.connection import (
    Connection,
    DatabaseError,
    StoreError,
    check_key,
    connect,
    is_plain,
)
from app.store.migrations import LATEST_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"
BLOB_TABLE = "offmap_backup_attachments"  # files of a home whose store did not hold them yet
STORE_BLOBS = "blobs"  # the store's own table of attachment and message contents
REQUIRED_TABLES = frozenset(
    ("clients", "companies", "holdings", "requests", "events", "attachments", "mail_accounts",
     "preferences")
)


class BackupError(OffMapError):
    """A backup could not be written or a file cannot be restored; the message says why."""


@dataclass(frozen=True)
class BackupFacts:
    """What a verified backup holds."""

    schema_version: int
    clients: int
    requests: int
    attachments: int  # attachment contents the backup carries (in its store or beside it)


def stored_attachments(conn: Connection) -> int:
    """Attachment contents kept inside the store itself (they travel in every copy of it)."""
    return int(conn.execute(
        f"SELECT count(DISTINCT sha256) FROM attachments WHERE sha256 IN "
        f"(SELECT sha256 FROM {STORE_BLOBS})").fetchone()[0])


def count_records(conn: Connection) -> tuple[int, int]:
    clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    requests = conn.execute("SELECT count(*) FROM requests").fetchone()[0]
    return int(clients), int(requests)


def verify_backup(path: Path | str, key: bytes | None = None) -> BackupFacts:
    """Checks a backup without changing it (it is copied to a temporary file first). An
    encrypted backup needs the key of the store it was made from."""
    path = Path(path).expanduser()
    with tempfile.TemporaryDirectory(prefix="offmap-verify-") as folder:
        copy = Path(folder) / "candidate.sqlite3"
        check_magic(path)
        shutil.copyfile(path, copy)
        conn = open_candidate(copy, key, path)
        try:
            return verify_connection(conn, path)
        finally:
            conn.close()


def open_candidate(copy: Path, key: bytes | None, shown: Path) -> Connection:
    """Opens a backup's copy with `key` when it is encrypted; refuses (clearly) a file this
    key cannot read before anything is replaced."""
    plain = is_plain(copy)
    conn = connect(copy, None if plain else key)
    if plain:
        return conn
    try:
        if key is None:
            raise StoreError("no key")
        check_key(conn, copy)
    except StoreError as exc:
        conn.close()
        raise not_a_backup(shown, Text(
            "it is damaged or truncated, or encrypted with a key this data folder does not have "
            "(made on another computer or for another store). If it is another store's backup, "
            "import that store's key first with 'offmap store import-key'")) from exc
    return conn


def not_a_backup(path: Path, why: Text) -> BackupError:
    return BackupError(
        "{path} cannot be restored: {why}. Nothing was changed. Choose another backup (automatic "
        "ones are in the data folder's backups/ folder).",
        path=path, why=why)


def check_magic(path: Path) -> None:
    if not path.exists():
        raise BackupError(
            "there is no file at {path}; check the path.",
            path=path)
    if not path.is_file():
        raise BackupError(
            "{path} is not a file; give the backup file itself.",
            path=path)
    if path.stat().st_size < 1024:
        raise not_a_backup(path, Text("it is not an OffMap backup (not an SQLite file)"))


def verify_connection(conn: Connection, shown: Path) -> BackupFacts:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:
        raise not_a_backup(shown, Text("the file is damaged or truncated ({error})",
                                        error=exc)) from exc
    if rows != ["ok"]:
        raise not_a_backup(shown, Text("the file is damaged or truncated (integrity check "
                                        "failed)"))
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > LATEST_VERSION:
            raise not_a_backup(shown, Text(
                "it was made by a newer OffMap (schema {version}; this one knows "
                "{latest_version}). Update OffMap first",
                version=version, latest_version=LATEST_VERSION))
        missing = REQUIRED_TABLES - tables
        if version < 1 or missing:
            raise not_a_backup(shown, Text("it is an SQLite file but not an OffMap store"))
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise not_a_backup(shown, Text("its records refer to records that are missing"))
        clients, requests = count_records(conn)
        carried = stored_attachments(conn) if STORE_BLOBS in tables else 0
        if BLOB_TABLE in tables:
            carried += int(conn.execute(f"SELECT count(*) FROM {BLOB_TABLE}").fetchone()[0])
    except DatabaseError as exc:
        raise not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    return BackupFacts(version, clients, requests, carried)
