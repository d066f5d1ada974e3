"""A locked keyring (issue 16, item 8) with the real gnome-keyring of tests/with_keyring.sh: the
collection is locked over D-Bus and the unlock prompt is declined (there is no display for it,
so gnome-keyring dismisses it). OffMap reports "locked", not "no keyring", offers to unlock,
and never keeps the password anywhere else: no file under the home holds it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
PASSWORD = "Lk9-locked-keyring-canary-3318"
KEYRING_PASSWORD = b"offmap-test"  # what tests/with_keyring.sh unlocks the keyring with


def _secret_service_or_skip():
    if os.environ.get("OFFMAP_IN_KEYRING_SESSION") != "1":
        pytest.skip("not under tests/with_keyring.sh (no private D-Bus + gnome-keyring session)")
    import keyring
    from keyring.backends import SecretService

    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        pytest.skip("the keyring backend is not Secret Service")


def _unlock_with_master_password(connection, collection) -> None:
    """gnome-keyring's own call, which needs no prompt: puts the session back as it was."""
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    service = DBusAddressWrapper("/org/freedesktop/secrets", "org.freedesktop.Secret.Service",
                                 connection)
    (path,) = service.call("ReadAlias", "s", "default")
    secret = format_secret(open_session(connection), KEYRING_PASSWORD, "text/plain")
    DBusAddressWrapper("/org/freedesktop/secrets",
                       "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                       connection).call("UnlockWithMasterPassword", "o(oayays)", path, secret)
    assert not collection.is_locked()


@pytest.fixture
def locked() -> Iterator[None]:
    _secret_service_or_skip()
    import secretstorage

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    assert collection.is_locked()
    try:
        yield
    finally:
        _unlock_with_master_password(connection, collection)
        connection.close()


def test_locked_is_its_own_state(locked):
    from app import secrets

    status = secrets.keyring_status()
    assert status.secure and status.locked
    assert "is locked" in status.explanation and "never keeps them anywhere else" in \
        status.explanation
    assert "no secure system keyring" not in status.explanation
    assert "LOCKED" in secrets.describe_for_humans()


def test_reading_and_storing_say_locked_and_unlock_can_be_declined(locked):
    from app import secrets

    with pytest.raises(secrets.KeyringLockedError, match=r"locked .*kept it nowhere else"):
        secrets.set_password("offmap-locked-entry", PASSWORD)
    with pytest.raises(secrets.KeyringLockedError):
        secrets.get_password("offmap-locked-entry")
    assert secrets.recall_for_session("offmap-locked-entry") is None
    assert secrets.unlock_keyring() is False  # the prompt was dismissed
    assert secrets.keyring_status().locked


def test_unlocked_again_the_status_says_so():
    _secret_service_or_skip()
    from app import secrets

    status = secrets.keyring_status()
    assert status.secure and not status.locked
    assert secrets.unlock_keyring() is True


def _files_containing(folder: Path, needle: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_cli_refuses_to_store_the_password_while_locked(locked, tmp_path):
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), "account", "set", "--host",
         "smtp.example.org", "--port", "587", "--user", "me@example.org", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    assert done.stderr.startswith("offmap: error: the system keyring is locked")
    assert len(done.stderr.strip().splitlines()) == 1
    assert _files_containing(home, PASSWORD) == []
    # Nothing half-saved: the encrypted store's key is in the locked keyring too, so no store
    # was even created, and a listing says why it cannot run.
    assert not (home / "offmap.sqlite3").exists()
    listing = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "account",
                              "list"], capture_output=True, text=True, timeout=120)
    assert listing.returncode == 1 and "keyring is locked" in listing.stderr

