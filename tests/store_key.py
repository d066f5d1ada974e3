"""Where test stores get their key (installed for every test by tests/conftest.py), and a raw
connection to a store or backup file for tests that look inside one.

Every test store is encrypted with one test key, described in the home's store-key.json as a
keyring key as the production scheme does. Under tests/with_keyring.sh that key is also put in
the real (temporary) keyring once, so child processes (`python -m app`, using the production
scheme) open the same stores; in-process it never consults the keyring, so tests that swap the
keyring backend see only their own entries."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

TEST_STORE_KEY = os.urandom(32)
TEST_KEY_ID = "test-" + os.urandom(8).hex()


@functools.cache
def keyring_available() -> bool:
    """True (once the test key is in it) when the real keyring can be used."""
    from app import secrets

    status = secrets.keyring_status()
    if not status.secure or status.locked:
        return False
    secrets.set_password("store-key:" + TEST_KEY_ID, TEST_STORE_KEY.hex())
    return True


def test_key_source(home: Path, create: bool) -> bytes | None:
    meta = home / "store-key.json"
    if meta.exists() and json.loads(meta.read_text(encoding="utf-8")).get("key_id") \
            != TEST_KEY_ID:
        # A home made by a child process (`python -m app`): its own key, in the real keyring.
        from app.services.store_keys import keyring_key_source

        return keyring_key_source(home, create)
    if create and not meta.exists():
        meta.write_text(json.dumps({"version": 1, "source": "keyring", "key_id": TEST_KEY_ID}),
                        encoding="utf-8")
    return TEST_STORE_KEY


def fixture_key_source():
    keyring_available()
    return test_key_source


def _known_keys() -> list[bytes]:
    from app.services import store_keys

    return [TEST_STORE_KEY, *store_keys._cache.values()]


def key_for(path: Path | str) -> bytes | None:
    """The key that opens `path` (None for a plain file)."""
    from app.store.connection import DatabaseError, connect, is_encrypted

    if not is_encrypted(Path(path)):
        return None
    for key in _known_keys():
        conn = connect(path, key, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return key
        except DatabaseError:
            continue
        finally:
            conn.close()
    raise AssertionError(f"no test key opens {path}")


def raw_connect(path: Path | str):
    """A connection to `path` with its key when the file is encrypted."""
    from app.store.connection import connect

    return connect(path, key_for(path), autocommit=False)


def key_source_line() -> str:
    """Python that a test's child process runs first, so it opens stores as the test does."""
    return ("from app.store.connection import use_key_source as _u; "
            f"_u(lambda h, c: bytes.fromhex('{TEST_STORE_KEY.hex()}'))\n")
