"""Backup and verified restore of the whole store (DESIGN.md "Store").

A backup is one SQLite file made with the SQLite backup API (a consistent copy even while the
app writes). A manual backup also carries the attachment files, in an extra table
`offmap_backup_attachments`, so the file alone rebuilds a home; automatic daily backups live in
the home next to the attachments and leave them out.

Restore never replaces a good store with a bad file: the file is copied into a temporary folder
in the home, checked (SQLite header, `PRAGMA integrity_check`, foreign keys, OffMap tables,
schema version not newer than this OffMap), migrated there, and only then copied over the live
store in one SQLite transaction, after a copy of the current store was kept in backups/.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.core.errors import OffMapError, ValidationError
from app.core.text import Text
from app.paths import backups_dir, ensure_home, secure_file, store_path
from app.services.attachments import blob_path
from app.store import Store
from app.store.connection import (
    Connection,
    DatabaseError,
    OperationalError,
    StoreError,
    check_key,
    connect,
    copy_database,
    export_encrypted,
    is_plain,
    migrate,
    store_key,
)
from app.store.migrations import LATEST_VERSION

log = logging.getLogger("app.services.backup")

SQLITE_MAGIC = b"SQLite format 3\x00"
BLOB_TABLE = "offmap_backup_attachments"
REQUIRED_TABLES = frozenset(
    ("clients", "companies", "holdings", "requests", "events", "attachments", "mail_accounts",
     "preferences")
)
AUTO_PREFIX = "auto-"
AUTO_KEEP = 7
BACKUP_SUFFIX = ".sqlite3"

Progress = Callable[[int, int], None]


class BackupError(OffMapError):
    """A backup could not be written or a file cannot be restored; the message says why."""


@dataclass(frozen=True)
class BackupFacts:
    """What a verified backup holds."""

    schema_version: int
    clients: int
    requests: int
    attachments: int  # attachment files carried inside the backup


@dataclass(frozen=True)
class BackupFile:
    """A backup in the home's backups/ folder."""

    path: Path
    kind: str  # auto | before-restore | before-migration | other
    modified: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts
    previous_copy: Path | None  # where the store that was replaced was kept


# -- backup ------------------------------------------------------------------------------------
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
    counts = _counts(store.conn)
    log.info("backup written: %d clients, %d requests, %d attachment files",
             counts[0], counts[1], carried)
    return BackupFacts(LATEST_VERSION, counts[0], counts[1], carried)


def _add_attachments(store: Store, target: Path) -> int:
    shas = [row[0] for row in store.conn.execute("SELECT DISTINCT sha256 FROM attachments")]
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


def _counts(conn: Connection) -> tuple[int, int]:
    clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    requests = conn.execute("SELECT count(*) FROM requests").fetchone()[0]
    return int(clients), int(requests)


# -- verification ------------------------------------------------------------------------------
def verify_backup(path: Path | str, key: bytes | None = None) -> BackupFacts:
    """Checks a backup without changing it (it is copied to a temporary file first). An
    encrypted backup needs the key of the store it was made from."""
    path = Path(path).expanduser()
    with tempfile.TemporaryDirectory(prefix="offmap-verify-") as folder:
        copy = Path(folder) / "candidate.sqlite3"
        _check_magic(path)
        shutil.copyfile(path, copy)
        conn = _open_candidate(copy, key, path)
        try:
            return _verify(conn, path)
        finally:
            conn.close()


def _open_candidate(copy: Path, key: bytes | None, shown: Path) -> Connection:
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
        raise _not_a_backup(shown, Text(
            "it is damaged or truncated, or encrypted with a key this data folder does not have "
            "(made on another computer or for another store). If it is another store's backup, "
            "import that store's key first with 'offmap store import-key'")) from exc
    return conn


def _not_a_backup(path: Path, why: Text) -> BackupError:
    return BackupError(
        "{path} cannot be restored: {why}. Nothing was changed. Choose another backup (automatic "
        "ones are in the data folder's backups/ folder).",
        path=path, why=why)


def _check_magic(path: Path) -> None:
    if not path.exists():
        raise BackupError(
            "there is no file at {path}; check the path.",
            path=path)
    if not path.is_file():
        raise BackupError(
            "{path} is not a file; give the backup file itself.",
            path=path)
    if path.stat().st_size < 1024:
        raise _not_a_backup(path, Text("it is not an OffMap backup (not an SQLite file)"))


def _verify(conn: Connection, shown: Path) -> BackupFacts:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:
        raise _not_a_backup(shown, Text("the file is damaged or truncated ({error})",
                                        error=exc)) from exc
    if rows != ["ok"]:
        raise _not_a_backup(shown, Text("the file is damaged or truncated (integrity check "
                                        "failed)"))
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > LATEST_VERSION:
            raise _not_a_backup(shown, Text(
                "it was made by a newer OffMap (schema {version}; this one knows "
                "{latest_version}). Update OffMap first",
                version=version, latest_version=LATEST_VERSION))
        missing = REQUIRED_TABLES - tables
        if version < 1 or missing:
            raise _not_a_backup(shown, Text("it is an SQLite file but not an OffMap store"))
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise _not_a_backup(shown, Text("its records refer to records that are missing"))
        clients, requests = _counts(conn)
        carried = 0
        if BLOB_TABLE in tables:
            carried = int(conn.execute(f"SELECT count(*) FROM {BLOB_TABLE}").fetchone()[0])
    except DatabaseError as exc:
        raise _not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    return BackupFacts(version, clients, requests, carried)


# -- restore -----------------------------------------------------------------------------------
def restore_backup(home: Path, source: Path | str) -> RestoreResult:
    """Replaces the home's store with the verified backup `source`, keeping a copy of the current
    store in backups/. Works while other connections (the window) have the store open, and also
    when the current store is damaged and cannot be opened."""
    ensure_home(home)
    source = Path(source).expanduser().absolute()
    _check_magic(source)
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=backups_dir(home)))
    try:
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
    finally:
        shutil.rmtree(work, ignore_errors=True)


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
        raise _not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    os.replace(encrypted, candidate)


def _prepare(home: Path, candidate: Path, shown: Path, key: bytes | None) -> BackupFacts:
    """Verifies the candidate, unpacks its attachment files, migrates it to this schema."""
    if key is not None and is_plain(candidate):
        _open_candidate(candidate, None, shown).close()
        _encrypt_candidate(candidate, key, shown)
    elif key is None and not is_plain(candidate):
        raise _not_a_backup(shown, Text(
            "it is encrypted and this data folder's store is not. Encrypt the store first with "
            "'offmap store encrypt', with the key the backup was made with imported"))
    conn = _open_candidate(candidate, key, shown)
    try:
        facts = _verify(conn, shown)
        conn.execute("PRAGMA journal_mode = DELETE")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
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
        raise _not_a_backup(shown, Text("the file is damaged ({error})", error=exc)) from exc
    finally:
        conn.close()
    return facts


def _unpack_attachments(home: Path, conn: Connection, shown: Path) -> None:
    for sha, content in conn.execute(f"SELECT sha256, content FROM {BLOB_TABLE}"):
        if not isinstance(content, bytes) or hashlib.sha256(content).hexdigest() != sha:
            raise _not_a_backup(shown, Text("an attachment inside it does not match its "
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
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except DatabaseError:
        return False


# -- automatic backups -------------------------------------------------------------------------
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
