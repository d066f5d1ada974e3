"""The real Secret Service (gnome-keyring under dbus-run-session, see tests/with_keyring.sh)
stores and returns the mail password; deleting the account deletes the entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

PASSWORD = "Kr7-secret-service-canary-5521"


def _secret_service_or_skip():
    if os.environ.get("OFFMAP_IN_KEYRING_SESSION") != "1":
        pytest.skip("not under tests/with_keyring.sh (no private D-Bus + gnome-keyring session)")
    import keyring
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        pytest.skip(f"the keyring backend is {type(backend).__name__}, not Secret Service")
    return backend


def _offmap(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        input=stdin, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _files_containing(folder: Path, needle: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


def test_secret_service_round_trip():
    backend = _secret_service_or_skip()
    from app import secrets

    assert secrets.keyring_status().secure
    secrets.set_password("offmap-test-entry", PASSWORD)
    try:
        assert backend.get_password("OffMap", "offmap-test-entry") == PASSWORD
        assert secrets.get_password("offmap-test-entry") == PASSWORD
    finally:
        secrets.delete_password("offmap-test-entry")
    assert backend.get_password("OffMap", "offmap-test-entry") is None


def test_account_set_stores_the_password_only_in_the_keyring(tmp_path: Path):
    backend = _secret_service_or_skip()
    home = tmp_path / "home"
    done = _offmap(home, "account", "set", "--host", "smtp.example.org", "--port", "587",
                   "--user", "me@example.org", "--password-stdin", "--json",
                   stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "NOT stored" not in done.stderr

    from app.services import accounts as account_service
    from app.store import open_store

    store = open_store(home)
    try:
        [account] = account_service.list_accounts(store)
        key = account_service.keyring_key(store, account.id)
        assert backend.get_password("OffMap", key) == PASSWORD
        assert account_service.password_for(store, account) == PASSWORD
    finally:
        store.close()
    assert _files_containing(home, PASSWORD) == []

    deleted = _offmap(home, "account", "delete", str(account.id))
    assert deleted.returncode == 0, deleted.stderr
    assert backend.get_password("OffMap", key) is None
