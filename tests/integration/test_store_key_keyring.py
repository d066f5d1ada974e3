"""The store key in the real keyring (gnome-keyring under tests/with_keyring.sh), through the
`offmap` program as a user runs it: a new home is encrypted with a key the keyring holds, no
client name is readable in any file of the home, and a locked keyring at start is explained."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_keyring_locked import _secret_service_or_skip, locked  # noqa: F401

pytestmark = pytest.mark.integration
CANARY = "Xochiquetzal Vrbnqk-Keyring-Canary"


def offmap(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_real_keyring_holds_the_store_key(tmp_path):
    _secret_service_or_skip()
    import keyring

    home = tmp_path / "home"
    done = offmap(home, "client", "add", "--name", CANARY, "--state", "CA", "--country", "US")
    assert done.returncode == 0, done.stderr
    meta = json.loads((home / "store-key.json").read_text())
    stored = keyring.get_password("OffMap", "store-key:" + meta["key_id"])
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    status = offmap(home, "store", "status", "--json")
    assert json.loads(status.stdout)["encrypted"] is True
    listed = offmap(home, "client", "list")
    assert listed.returncode == 0 and CANARY in listed.stdout
    assert offmap(home, "backup", "--out", str(home / "backups" / "m.sqlite3")).returncode == 0
    for path in home.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
            assert b"Vrbnqk" not in path.read_bytes(), path
            assert stored.encode() not in path.read_bytes(), path


def test_a_locked_keyring_at_start_is_explained(tmp_path, request):
    _secret_service_or_skip()
    home = tmp_path / "home"
    assert offmap(home, "client", "add", "--name", CANARY).returncode == 0
    before = (home / "offmap.sqlite3").read_bytes()
    request.getfixturevalue("locked")
    done = offmap(home, "client", "list")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("offmap: error:")
    assert "keyring is locked" in done.stderr and "Nothing was changed" in done.stderr
    fresh = tmp_path / "fresh"
    done = offmap(fresh, "client", "list")
    assert done.returncode == 1 and "keyring is locked" in done.stderr
    assert not (fresh / "offmap.sqlite3").exists()
    assert (home / "offmap.sqlite3").read_bytes() == before
