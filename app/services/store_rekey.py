"""`offmap store rekey`: a new key for the embedded store (and the backups in its data folder).

A keyring store gets a new random key, kept in the keyring under a new key id; a passphrase store
gets the key of a new passphrase (a new salt). The store is re-encrypted in place with SQLCipher's
`PRAGMA rekey` (in one transaction, in rollback-journal mode so a crash rolls it back), then
verified with the new key (integrity check, every table's row count). The home's new
store-key.json is written beside the old one first and renamed over it only once the store opens
with the new key; `recover` finishes or undoes a change that a crash interrupted.

What it means for people: a key exported to paper before no longer opens the store; backups saved
outside the data folder keep the old key (restore them with the old key imported into a new data
folder)."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets as random
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from app import secrets
from app.core.errors import OffMapError
from app.core.text import Text
from app.paths import backups_dir, secure_file, store_path
from app.services import store_keys
from app.store.connection import KEY_BYTES, DatabaseError, connect, damaged, is_plain

log = logging.getLogger("app.services.store_rekey")

NEXT_SUFFIX = ".next"
_SPARE_BYTES = 16 * 1024 * 1024


class RekeyError(OffMapError):
    """The store key could not be changed; the message says whether anything changed."""


@dataclass(frozen=True)
class RekeyResult:
    source: str          # "keyring" or "passphrase"
    rows: int            # rows verified in the store
    backups: int         # backups in the data folder re-encrypted too
    backups_left: int    # backups there that could not be (they keep the old key)

    def to_json(self) -> dict[str, object]:
        return {"rekeyed": True, "source": self.source, "rows": self.rows,
                "backups": self.backups, "backups_left": self.backups_left}


AFTER_REKEY = Text(
    "A store key exported to paper before no longer opens this store: export the new one now "
    "('offmap store export-key --out FILE'). Keep the old paper with the backups saved outside "
    "the data folder before this change: they still need the old key. To restore one, import the "
    "old key into a new data folder ('offmap --home NEW_FOLDER store import-key --file "
    "OLD_KEY_FILE'), then restore it there ('offmap --home NEW_FOLDER restore BACKUP'). Make a "
    "new backup now ('offmap backup --out FILE').")

AFTER_PASSPHRASE_CHANGE = Text(
    "The old passphrase no longer opens this store. Backups saved outside the data folder "
    "before this change still need the old passphrase: restore them into a new data folder "
    "and give the old passphrase there. Make a new backup now ('offmap backup --out FILE').")


def _next_meta_path(home: Path) -> Path:
    return store_keys.meta_path(home).with_name(store_keys.META_NAME + NEXT_SUFFIX)


def _opens(path: Path, key: bytes) -> bool:
    conn = connect(path, key, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def _row_counts(path: Path, key: bytes) -> tuple[list[str], dict[str, int]]:
    conn = connect(path, key, readonly=True)
    try:
        check = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        counts = {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
                  for name in names}
        return check, counts
    finally:
        conn.close()


def _rekey_file(path: Path, old: bytes, new: bytes) -> None:
    """Re-encrypts one database file in place. Refuses when another connection has it open
    (leaving write-ahead logging needs the file to itself)."""
    conn = connect(path, old, timeout=1.0)
    try:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        except DatabaseError:
            mode = "busy"
        if mode != "delete":
            raise RekeyError("{path} is open in another OffMap window or command; close it and "
                             "try again. Nothing was changed.", path=path)
        conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    finally:
        conn.close()
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    secure_file(path)


def _check_room(home: Path, path: Path) -> None:
    try:
        free = shutil.disk_usage(home).free
    except OSError:
        return
    if free < path.stat().st_size + _SPARE_BYTES:   # the rollback journal holds every page
        raise RekeyError("the disk holding {home} is too full to change the store key safely; "
                         "nothing was changed. Free some space and try again.", home=home)


def _write_next_meta(home: Path, meta: dict[str, object]) -> None:
    import json

    target = _next_meta_path(home)
    try:
        target.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        secure_file(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise RekeyError("could not write {path} ({error}); nothing was changed.",
                         path=target, error=exc.strerror or exc) from exc


def _new_secret(home: Path, meta: dict[str, object],
                new_passphrase: str | None) -> tuple[bytes, dict[str, object]]:
    """The new key and the store-key.json that describes it (a keyring key is stored now)."""
    key_id = uuid.uuid4().hex
    if meta["source"] == "keyring":
        key = random.token_bytes(KEY_BYTES)
        store_keys._keyring_write(store_keys.KEYRING_PREFIX + key_id, key.hex())
        return key, {"version": 1, "source": "keyring", "key_id": key_id}
    if not new_passphrase or len(new_passphrase) < store_keys.MIN_PASSPHRASE:
        raise RekeyError("the new passphrase must have at least {count} characters; nothing "
                         "was changed.", count=store_keys.MIN_PASSPHRASE)
    salt = random.token_bytes(16)
    return store_keys.derive_key(new_passphrase, salt), {
        "version": 1, "source": "passphrase", "key_id": key_id, "kdf": "argon2id",
        "salt": salt.hex(), "iterations": store_keys.ARGON2_ITERATIONS,
        "memory_kib": store_keys.ARGON2_MEMORY_KIB, "lanes": store_keys.ARGON2_LANES}


def _old_key(home: Path, meta: dict[str, object], old_passphrase: str | None) -> bytes:
    if meta["source"] == "keyring":
        return store_keys.existing_key(home)
    if not old_passphrase:
        raise RekeyError("give the current passphrase and the new one (two lines on stdin with "
                         "--passphrase-stdin); nothing was changed.")
    key = store_keys.derive_key(old_passphrase, bytes.fromhex(str(meta["salt"])))
    if not _opens(store_path(home), key):
        raise RekeyError("wrong passphrase: it does not open the store in {home}; nothing was "
                         "changed.", home=home)
    return key


def _forget_keyring_entry(meta: dict[str, object]) -> None:
    if meta["source"] != "keyring":
        return
    try:
        secrets.delete_password(store_keys.KEYRING_PREFIX + str(meta["key_id"]))
    except secrets.SecretsError:
        log.warning("the old store key could not be removed from the keyring")


def _rekey_backups(home: Path, old: bytes, new: bytes) -> tuple[int, int]:
    done = left = 0
    for backup in sorted(backups_dir(home).glob("*.sqlite3")):
        if not backup.is_file() or not backup.stat().st_size or is_plain(backup):
            continue
        if not _opens(backup, old):
            continue   # made with another key already (an import, an older change)
        try:
            _rekey_file(backup, old, new)
            done += 1
        except (DatabaseError, OffMapError, OSError):
            left += 1
            log.warning("a backup in the data folder could not be re-encrypted")
    return done, left


def rekey_home(home: Path, old_passphrase: str | None = None,
               new_passphrase: str | None = None) -> RekeyResult:
    """Changes the key of the embedded store in `home` (see the module's docstring)."""
    path = store_path(home)
    if not path.exists() or not path.stat().st_size:
        raise RekeyError("there is no store in {home} yet; nothing to change.", home=home)
    if is_plain(path):
        raise RekeyError("the store in {home} is not encrypted; encrypt it first with 'offmap "
                         "store encrypt'.", home=home)
    recover(home)
    meta = store_keys.read_meta(home)
    if meta is None:
        raise damaged(path)
    old = _old_key(home, meta, old_passphrase)
    check, before = _row_counts(path, old)
    if check != ["ok"]:
        raise RekeyError("the store did not pass its integrity check, so its key was not "
                         "changed; nothing was changed. Restore a backup first.")
    _check_room(home, path)
    new, new_meta = _new_secret(home, meta, new_passphrase)
    try:
        _write_next_meta(home, new_meta)
        _rekey_file(path, old, new)
    except (DatabaseError, OffMapError, OSError) as exc:
        finished = recover(home, {str(meta["key_id"]): old, str(new_meta["key_id"]): new})
        if not finished:
            _forget_keyring_entry(new_meta)
            if isinstance(exc, OffMapError):
                raise
            raise RekeyError("the store key could not be changed ({error}); nothing was "
                             "changed.", error=exc) from exc
    check, after = _row_counts(path, new)
    if check != ["ok"] or after != before:
        raise RekeyError("the store re-encrypted with the new key did not match what it held "
                         "before; restore a backup ('offmap restore FILE').")
    recover(home, {str(new_meta["key_id"]): new})
    done, left = _rekey_backups(home, old, new)
    _forget_keyring_entry(meta)
    with store_keys._lock:
        store_keys._cache.pop(str(meta["key_id"]), None)
        store_keys._cache[str(new_meta["key_id"])] = new
    log.info("store key changed (%s); %d backups re-encrypted, %d left", meta["source"], done,
             left)
    return RekeyResult(str(meta["source"]), sum(before.values()), done, left)


def recover(home: Path, keys: dict[str, bytes] | None = None) -> bool:
    """Settles an interrupted change: when a pending store-key.json.next describes the key that
    opens the store, it becomes the home's description (True); otherwise it is dropped (False).
    Without `keys`, the keyring gives the pending key."""
    pending = _next_meta_path(home)
    if not pending.exists():
        return False
    import json

    try:
        meta = json.loads(pending.read_text(encoding="utf-8"))
        key_id = str(meta["key_id"])
        key = (keys or {}).get(key_id)
        if key is None and meta.get("source") == "keyring":
            stored = store_keys._keyring_read(store_keys.KEYRING_PREFIX + key_id)
            key = bytes.fromhex(stored) if stored else None
    except (OSError, ValueError, KeyError, TypeError):
        meta, key = {}, None
    if key is not None and _opens(store_path(home), key):
        os.replace(pending, store_keys.meta_path(home))
        return True
    if key is None and keys is None and meta.get("source") == "passphrase":
        return False   # only the new passphrase can tell (store_keys.existing_key tries it)
    with contextlib.suppress(OSError):
        pending.unlink()
    return False


def pending_passphrase_meta(home: Path) -> dict[str, object] | None:
    """The description of a passphrase key whose change was interrupted, if any."""
    import json

    try:
        meta = json.loads(_next_meta_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) and meta.get("source") == "passphrase" else None


def promote_pending(home: Path) -> None:
    os.replace(_next_meta_path(home), store_keys.meta_path(home))
