"""Opens the store: the one place a connection to an OffMap database file is made.

Every database file (the store, backups, before-restore and before-migration copies) is opened by
`connect`, through SQLCipher (sqlcipher3): with a 256-bit key the file is encrypted at rest;
without one it is a plain SQLite file (homes made before encryption, until `offmap store encrypt`).
Where the key comes from is not this module's business: the service layer installs a `KeySource`
(the OS keyring or a passphrase) with `use_key_source`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.core.errors import OffMapError
from app.core.folding import fold
from app.paths import backups_dir, ensure_home, secure_file, store_path
from app.store.dialect import split_script
from app.store.migrations import LATEST_VERSION, MIGRATIONS

# The errors a connection raises (sqlcipher3's own classes, not sqlite3's).
DatabaseError = sqlcipher.DatabaseError
Error = sqlcipher.Error
OperationalError = sqlcipher.OperationalError
ProgrammingError = sqlcipher.ProgrammingError
Connection = sqlcipher.Connection

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32

# The server store chosen by `offmap --store URL` (use_server); OFFMAP_STORE otherwise.
STORE_ENV = "OFFMAP_STORE"
EMBEDDED = "home"  # `--store home`: the embedded store in the home, whatever OFFMAP_STORE says
_server_url: str | None = None

# (home, create) -> the store key, or None for a plain store. `create` is True when the store
# file does not exist yet and a key should be made for it.
KeySource = Callable[[Path, bool], bytes | None]
_key_source: KeySource | None = None
_key_lock = threading.Lock()


class StoreError(OffMapError):
    """The store file cannot be used as it is; the message says why and what to do."""


SERVER_BACKUP = (
    "a clinic's server store is backed up on the server, with pg_dump (see "
    "docs/clinic-setup.md); 'offmap backup' and 'offmap restore' copy the data folder's own "
    "store. To keep a copy of the server store in the data folder, use 'offmap --store URL "
    "store migrate-to home' into an empty data folder.")


class Store:
    """A connection to the home's SQLite file. `transaction()` makes one user action atomic.
    A clinic's server store (app.store.postgres.PgStore) has the same interface."""

    backend = "sqlite"

    def __init__(self, home: Path, conn: sqlcipher.Connection, key: bytes | None = None) -> None:
        self.home = home
        self.conn = conn
        self.key = key  # None: a plain (unencrypted) store

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def path(self) -> Path:
        return store_path(self.home)

    @property
    def location(self) -> str:
        """Where the store is, for people: the file, or the server's address."""
        return str(self.path)

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher.OperationalError as exc:
            raise _explain(exc, self.path) from exc
        try:
            yield self.conn
        except BaseException:
            # SQLite may have ended the transaction itself (SQLITE_FULL): a ROLLBACK then
            # fails with "no transaction is active" and would hide the real error.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlcipher.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise _explain(exc, self.path) from exc

    def close(self) -> None:
        self.conn.close()


def use_key_source(source: KeySource | None) -> KeySource | None:
    """Installs where store keys come from; returns the previous source."""
    global _key_source
    with _key_lock:
        previous, _key_source = _key_source, source
    return previous


def key_source() -> KeySource | None:
    return _key_source


def use_server(url: str | None) -> str | None:
    """Chooses the server store every `open_store` of this process opens (None: the
    OFFMAP_STORE environment variable, or the embedded store); returns the previous choice."""
    global _server_url
    previous, _server_url = _server_url, url
    return previous


def server_url() -> str | None:
    """The server store's address in use, or None for the embedded store in the home."""
    chosen = _server_url if _server_url is not None else os.environ.get(STORE_ENV, "")
    return chosen.strip() or None


def is_plain(path: Path) -> bool:
    """True when `path` is a plain SQLite file (an encrypted one starts with random bytes)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def is_encrypted(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0 and not is_plain(path)


def connect(path: Path | str, key: bytes | None = None, *, readonly: bool = False,
            timeout: float = 10.0, autocommit: bool = True) -> sqlcipher.Connection:
    """A connection to one database file, for the calling thread only. With `key` the file is
    read and written encrypted (a new file is created encrypted); a wrong key raises
    DatabaseError ("file is not a database") on the first read, which `check_key` turns into a
    clear message."""
    target = f"file:{Path(path)}?mode=ro" if readonly else str(path)
    conn = sqlcipher.connect(target, timeout=timeout, uri=readonly,
                             isolation_level=None if autocommit else "")
    # SQLCipher would print a wrong key's HMAC failures on stderr; the caller explains instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Searches fold text as the server store's function of the same name does (text_search).
    conn.create_function("offmap_fold", 1, _sql_fold, deterministic=True)
    if key is not None:
        if len(key) != KEY_BYTES:
            conn.close()
            raise StoreError("a store key must be 256 bits.")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _sql_fold(value: object) -> str | None:
    return None if value is None else fold(str(value))


def check_key(conn: sqlcipher.Connection, path: Path) -> None:
    """Reads the schema so a wrong or missing key fails here, with a message that says so."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise StoreError(
                "the store {path} is damaged or is not an OffMap store, or it is encrypted "
                "with another key or passphrase, so it was left untouched. With the right key, "
                "import it with 'offmap store import-key'; otherwise restore a backup with "
                "'offmap restore FILE'.",
                path=path) from exc
        raise _explain(exc, path) from exc


def damaged(path: Path) -> StoreError:
    return StoreError(
        "the store {path} is damaged or is not an OffMap store, so it was left untouched. "
        "Restore a backup with 'offmap restore FILE', or move the file away to start afresh.",
        path=path)


def _explain(exc: Exception, path: Path) -> StoreError:
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


def _connect(path: Path, key: bytes | None) -> sqlcipher.Connection:
    new = not path.exists()
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        conn = connect(path, key)
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    conn.row_factory = sqlcipher.Row
    try:
        if not new:
            check_key(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise StoreError(
                "the store {path} cannot use write-ahead logging on this disk.",
                path=path)
        conn.execute("PRAGMA synchronous = NORMAL")
    except (sqlcipher.Error, StoreError) as exc:
        conn.close()
        if new:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, StoreError):
            raise
        raise _explain(exc, path) from exc
    for suffix in ("", "-wal", "-shm"):
        secure_file(Path(f"{path}{suffix}"))
    return conn


def copy_database(source: sqlcipher.Connection, target: Path, key: bytes | None,
                  progress: Callable[[int, int], None] | None = None) -> None:
    """A consistent copy of `source` (SQLite's backup API) into the new file `target`, encrypted
    with `key` (the source's own key: SQLCipher copies pages between files of one key)."""
    if not isinstance(source, sqlcipher.Connection):
        raise StoreError(SERVER_BACKUP)
    dest = connect(target, key)
    try:
        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(dest, pages=256, progress=report)
        # One self-contained file: no -wal beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    secure_file(target)


def export_encrypted(source: Path, target: Path, key: bytes,
                     source_key: bytes | None = None) -> None:
    """Writes an encrypted copy of the database file `source` to the new file `target`
    (sqlcipher_export; the schema version travels too)."""
    conn = connect(source, source_key)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    secure_file(target)


def _copy_before_migrating(conn: sqlcipher.Connection, path: Path, home: Path, version: int,
                           key: bytes | None) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir(home) / f"before-migration-v{version}-{stamp}.sqlite3"
    try:
        copy_database(conn, target, key)
    except sqlcipher.Error:
        # Raw bytes: encrypted exactly as the store is.
        shutil.copy2(path, target)
    secure_file(target)


def migrate(conn: sqlcipher.Connection, home: Path, path: Path,
            key: bytes | None = None) -> None:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher.Error as exc:
        raise _explain(exc, path) from exc
    if version > LATEST_VERSION:
        raise StoreError(
            "the store {path} was written by a newer OffMap (schema {version}, this one knows "
            "{latest_version}). Update OffMap; the file was left untouched.",
            path=path, version=version, latest_version=LATEST_VERSION)
    if version == LATEST_VERSION:
        return
    if version > 0:
        _copy_before_migrating(conn, path, home, version, key)
    for target in range(version, LATEST_VERSION):
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the write lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] > target:
                conn.execute("ROLLBACK")
                continue
            for statement in split_script(MIGRATIONS[target]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target + 1}")
            conn.execute("COMMIT")
        except sqlcipher.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _explain(exc, path) from exc


def store_key(home: Path, create: bool = False) -> bytes | None:
    """The key of the store in `home` from the installed key source (None: a plain store)."""
    path = store_path(home)
    exists = path.exists() and path.stat().st_size > 0
    if exists and is_plain(path):
        return None
    source = _key_source
    if source is None:
        if exists:
            raise damaged(path)
        return None
    return source(home, create and not exists)


def open_store(home: Path, key: bytes | None = None, *, url: str | None = None) -> Store:
    """Opens (creating and migrating as needed) the store, for the calling thread: the server
    store at `url` (default: `server_url()`), or else the embedded one in `home`. Without `key`,
    the installed key source gives the embedded store's key (a new store is created
    encrypted)."""
    ensure_home(home)
    url = url or server_url()
    if url and url != EMBEDDED:
        from app.store.postgres import open_server_store

        return open_server_store(home, url)
    path = store_path(home)
    if key is None:
        key = store_key(home, create=True)
    conn = _connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(conn, home, path, key)
    except sqlcipher.Error as exc:
        conn.close()
        raise _explain(exc, path) from exc
    except StoreError:
        conn.close()
        raise
    return Store(home, conn, key)
