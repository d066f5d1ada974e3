"""Where the store's encryption key comes from (DESIGN.md "Store"; docs/threat-model.md).

A new store gets a random 256-bit key kept in the OS keyring under "store-key:<key id>". Without
a secure keyring the key is derived from a passphrase typed at start (Argon2id); the passphrase
and the key are never written anywhere. The home keeps only `store-key.json`: which of the two it
is, the key id, and for a passphrase the salt and Argon2id costs (none of them secret).

Keys read or derived once are kept in this process's memory so each thread's connection does not
ask again.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from app import secrets
from app.core.errors import OffMapError
from app.core.text import Text
from app.paths import secure_file, store_path
from app.store.connection import KEY_BYTES, StoreError, damaged, is_plain, use_key_source
from app.store.connection import DatabaseError as StoreDatabaseError
from app.store.connection import ProgrammingError as StoreClosedError  # a closed connection

log = logging.getLogger("app.services.store_keys")

META_NAME = "store-key.json"
KEYRING_PREFIX = "store-key:"
# Argon2id costs (RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes).
ARGON2_ITERATIONS = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
MIN_PASSPHRASE = 10

LOST_KEY_WARNING = Text(
    "The client records in this data folder are encrypted. Without the key (kept in this "
    "computer's keyring) or the passphrase, nobody can read them, not even OffMap: a lost key "
    "means the data cannot be recovered. Export the key to paper ('offmap store export-key' or "
    "Settings → Store key…) and keep it somewhere safe, apart from the computer.")

# (confirm) -> the passphrase typed by the person, or None when nobody can be asked.
PassphrasePrompt = Callable[[bool], str | None]


class StoreKeyError(OffMapError):
    """The store key cannot be found, made or used; the message says why and what to do."""


_prompt: PassphrasePrompt | None = None
_cache: dict[str, bytes] = {}
_lock = threading.Lock()
_new_keys: list[str] = []  # key ids made by this process, for the lost-key notice at setup


def take_new_key_notice() -> bool:
    """True once after this process made a new store key (the caller then explains, plainly,
    that a lost key means lost data, and how to export it)."""
    with _lock:
        made = bool(_new_keys)
        _new_keys.clear()
    return made


def set_passphrase_prompt(prompt: PassphrasePrompt | None) -> None:
    """How to ask for the passphrase when there is no secure keyring (CLI: getpass or stdin;
    the window: a dialog)."""
    global _prompt
    _prompt = prompt


def meta_path(home: Path) -> Path:
    return home / META_NAME


def read_meta(home: Path) -> dict[str, object] | None:
    path = meta_path(home)
    if not path.exists():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreKeyError("{path} cannot be read ({error}); the store key cannot be found.",
                            path=path, error=exc) from exc
    if not isinstance(meta, dict) or meta.get("source") not in ("keyring", "passphrase") \
            or not isinstance(meta.get("key_id"), str):
        raise StoreKeyError("{path} is not a store key description; the store key cannot be "
                            "found.", path=path)
    return meta


def _write_meta(home: Path, meta: dict[str, object]) -> None:
    path = meta_path(home)
    temp = path.with_suffix(".part")
    temp.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    secure_file(temp)
    os.replace(temp, path)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=KEY_BYTES, iterations=ARGON2_ITERATIONS,
                    lanes=ARGON2_LANES, memory_cost=ARGON2_MEMORY_KIB).derive(
                        passphrase.encode("utf-8"))


def _locked_error() -> StoreKeyError:
    return StoreKeyError(
        "the system keyring is locked, so OffMap cannot read or keep the key of its encrypted "
        "store. Unlock it (your desktop's keyring manager, 'Passwords and Keys' on Linux, "
        "Keychain Access on macOS) and start OffMap again. Nothing was changed.")


def _keyring_read(account: str) -> str | None:
    try:
        return secrets.get_password(account)
    except secrets.KeyringLockedError:
        if secrets.unlock_keyring():
            try:
                return secrets.get_password(account)
            except secrets.KeyringLockedError:
                pass
        raise _locked_error() from None


def _keyring_write(account: str, value: str) -> None:
    try:
        secrets.set_password(account, value)
    except secrets.KeyringLockedError:
        if not secrets.unlock_keyring():
            raise _locked_error() from None
        secrets.set_password(account, value)


def _ask(confirm: bool) -> str:
    if _prompt is None:
        raise StoreKeyError(
            "there is no secure system keyring to keep the store key, and no passphrase can be "
            "asked for here. Run OffMap in a terminal or the window, or give the passphrase with "
            "'offmap --store-passphrase-stdin'. {how_to_get_a_keyring}",
            how_to_get_a_keyring=secrets.HOW_TO_GET_A_KEYRING)
    passphrase = _prompt(confirm)
    if passphrase is None:   # no terminal to type it at, and none piped in
        raise StoreKeyError(
            "there is no secure system keyring and no terminal to type the store passphrase "
            "at, so the store was not opened. Give the passphrase as the first line of stdin "
            "with 'offmap --store-passphrase-stdin COMMAND ...'. {how_to_get_a_keyring}",
            how_to_get_a_keyring=secrets.HOW_TO_GET_A_KEYRING)
    if not passphrase:
        raise StoreKeyError("no passphrase was given; the store was not opened.")
    if confirm and len(passphrase) < MIN_PASSPHRASE:
        raise StoreKeyError("the passphrase must have at least {count} characters.",
                            count=MIN_PASSPHRASE)
    return passphrase


def new_key(home: Path) -> bytes:
    """Makes the key of a new store: random and kept in the keyring, or derived from a new
    passphrase when there is no secure keyring. Writes the home's store-key.json."""
    import secrets as random  # (and uuid) only to make a key: not on every start
    import uuid

    key_id = uuid.uuid4().hex
    status = secrets.keyring_status()
    if status.locked and not secrets.unlock_keyring():
        raise _locked_error()
    if status.secure:
        key = random.token_bytes(KEY_BYTES)
        _keyring_write(KEYRING_PREFIX + key_id, key.hex())
        _write_meta(home, {"version": 1, "source": "keyring", "key_id": key_id})
    else:
        salt = random.token_bytes(16)
        key = derive_key(_ask(confirm=True), salt)
        _write_meta(home, {"version": 1, "source": "passphrase", "key_id": key_id,
                           "kdf": "argon2id", "salt": salt.hex(),
                           "iterations": ARGON2_ITERATIONS, "memory_kib": ARGON2_MEMORY_KIB,
                           "lanes": ARGON2_LANES})
    log.info("new store key made (%s)", "keyring" if status.secure else "passphrase")
    with _lock:
        _cache[key_id] = key
        _new_keys.append(key_id)
    return key


def existing_key(home: Path) -> bytes:
    meta = read_meta(home)
    if meta is None:
        raise damaged(store_path(home))
    key_id = str(meta["key_id"])
    with _lock:
        cached = _cache.get(key_id)
    if cached is not None:
        return cached
    if meta["source"] == "keyring":
        stored = _keyring_read(KEYRING_PREFIX + key_id)
        if stored is None:
            raise StoreKeyError(
                "the key of the encrypted store in {home} is not in this computer's keyring. "
                "Import it with 'offmap store import-key' (from the key you exported to paper); "
                "without it the data cannot be recovered. Nothing was changed.", home=home)
        key = bytes.fromhex(stored)
    else:
        passphrase = _ask(confirm=False)
        key = derive_key(passphrase, bytes.fromhex(str(meta["salt"])))
        try:
            _check_passphrase_key(home, key)
        except StoreKeyError:
            key, key_id = _pending_passphrase_key(home, passphrase, key_id)
    with _lock:
        _cache[key_id] = key
    return key


def _pending_passphrase_key(home: Path, passphrase: str, key_id: str) -> tuple[bytes, str]:
    """After a passphrase change cut short between re-encrypting the store and renaming its
    store-key.json: the new passphrase opens the store with the pending description's salt."""
    from app.services import store_rekey

    pending = store_rekey.pending_passphrase_meta(home)
    if pending is None:
        raise StoreKeyError("wrong passphrase: the store in {home} was not opened and nothing "
                            "was changed. Without the right passphrase the data cannot be "
                            "recovered.", home=home)
    key = derive_key(passphrase, bytes.fromhex(str(pending["salt"])))
    _check_passphrase_key(home, key)
    store_rekey.promote_pending(home)
    return key, str(pending["key_id"])


def _check_passphrase_key(home: Path, key: bytes) -> None:
    from app.store.connection import connect

    path = store_path(home)
    if not path.exists():
        return
    conn = connect(path, key, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except StoreDatabaseError as exc:
        raise StoreKeyError("wrong passphrase: the store in {home} was not opened and nothing "
                            "was changed. Without the right passphrase the data cannot be "
                            "recovered.", home=home) from exc
    finally:
        conn.close()


def forget_key(home: Path) -> None:
    """Drops the cached key (a wrong passphrase must be asked again)."""
    meta = read_meta(home)
    if meta is not None:
        with _lock:
            _cache.pop(str(meta["key_id"]), None)


def keyring_key_source(home: Path, create: bool) -> bytes | None:
    """The production key source (installed by `install`)."""
    if create:
        if read_meta(home) is not None:
            # A key imported (or kept) for this home before its store existed: reuse it.
            try:
                return existing_key(home)
            except StoreKeyError:
                pass
        return new_key(home)
    path = store_path(home)
    if path.exists() and path.stat().st_size > 0 and is_plain(path):
        return None
    if meta_path(home).with_name(META_NAME + ".next").exists():   # a key change cut short
        from app.services import store_rekey

        store_rekey.recover(home)
    return existing_key(home)


def install() -> None:
    """Makes the keyring/passphrase scheme the store's key source, unless one is installed
    (tests install their own). Server store passwords come from the keyring too."""
    from app.services.store_login import install as install_server_passwords
    from app.store.connection import key_source

    install_server_passwords()

    if key_source() is None:
        use_key_source(keyring_key_source)


# -- key on paper ------------------------------------------------------------------------------
def encode_key(key: bytes) -> str:
    """The key as groups of base32 letters, easy to copy by hand."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def decode_key(text: str) -> bytes:
    cleaned = "".join(text.split()).upper()
    try:
        if len(cleaned) == KEY_BYTES * 2:
            key = bytes.fromhex(cleaned)
        else:
            key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise StoreKeyError("that is not an OffMap store key (52 letters and digits in groups "
                            "of four).") from exc
    if len(key) != KEY_BYTES:
        raise StoreKeyError("that is not an OffMap store key (52 letters and digits in groups "
                            "of four).")
    return key


def import_key(home: Path, key: bytes) -> None:
    """Puts an exported key into this computer's keyring for the home's store (after checking
    it opens the store). Raises StoreError when it does not."""
    from app.store.connection import check_key, connect

    path = store_path(home)
    if path.exists() and is_plain(path):
        raise StoreKeyError("the store in {home} is not encrypted; there is no key to import.",
                            home=home)
    if path.exists():
        conn = connect(path, key, readonly=True)
        try:
            check_key(conn, path)
        finally:
            conn.close()
    meta = read_meta(home)
    import uuid

    key_id = str(meta["key_id"]) if meta else uuid.uuid4().hex
    if not secrets.has_secure_keyring():
        raise StoreKeyError("there is no secure system keyring to keep the key. {how}",
                            how=secrets.HOW_TO_GET_A_KEYRING)
    _keyring_write(KEYRING_PREFIX + key_id, key.hex())
    _write_meta(home, {"version": 1, "source": "keyring", "key_id": key_id})
    with _lock:
        _cache[key_id] = key


def current_key(home: Path) -> bytes:
    """The key of the home's encrypted store (for export)."""
    path = store_path(home)
    if not path.exists() or is_plain(path):
        raise StoreKeyError("the store in {home} is not encrypted; there is no key to export. "
                            "Encrypt it first with 'offmap store encrypt'.", home=home)
    return existing_key(home)


def new_key_for_encrypting(home: Path) -> bytes:
    """A key for converting a plain store (`offmap store encrypt`)."""
    return new_key(home)


__all__ = ["LOST_KEY_WARNING", "StoreClosedError", "StoreDatabaseError", "StoreError",
           "StoreKeyError", "current_key", "decode_key", "derive_key", "encode_key",
           "existing_key", "import_key", "install", "keyring_key_source", "new_key",
           "set_passphrase_prompt", "take_new_key_notice"]
