"""`offmap store rekey` with the real keyring (gnome-keyring under tests/with_keyring.sh), as a
user runs it: the new key replaces the old one in the keyring, the store and its data-folder
backups open with it, the old paper key no longer does, and a locked keyring changes nothing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_keyring_locked import _secret_service_or_skip, locked  # noqa: F401

pytestmark = pytest.mark.integration


def offmap(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120)


def _key_id(home: Path) -> str:
    return json.loads((home / "store-key.json").read_text())["key_id"]


def test_rekey_replaces_the_key_in_the_real_keyring(tmp_path):
    _secret_service_or_skip()
    import keyring

    home = tmp_path / "home"
    assert offmap(home, "client", "add", "--name", "Rekey Person", "--state", "CA").returncode == 0
    assert offmap(home, "backup", "--out", str(home / "backups" / "m.sqlite3")).returncode == 0
    paper = tmp_path / "paper.txt"
    assert offmap(home, "store", "export-key", "--out", str(paper)).returncode == 0
    old_id = _key_id(home)
    done = offmap(home, "store", "rekey", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rekeyed"] and result["source"] == "keyring" and result["rows"] >= 1
    assert (result["backups"], result["backups_left"]) == (1, 0)
    new_id = _key_id(home)
    assert new_id != old_id
    assert keyring.get_password("OffMap", "store-key:" + old_id) is None
    assert len(bytes.fromhex(keyring.get_password("OffMap", "store-key:" + new_id))) == 32
    listed = offmap(home, "client", "list")
    assert listed.returncode == 0 and "Rekey Person" in listed.stdout
    refused = offmap(home, "store", "import-key", "--file", str(paper))
    assert refused.returncode == 1 and "another key" in refused.stderr


def test_a_locked_keyring_leaves_the_store_as_it_was(tmp_path, request):
    _secret_service_or_skip()
    home = tmp_path / "home"
    assert offmap(home, "client", "add", "--name", "Locked Person").returncode == 0
    before = hashlib.sha256((home / "offmap.sqlite3").read_bytes()).hexdigest()
    key_id = _key_id(home)
    request.getfixturevalue("locked")
    done = offmap(home, "store", "rekey")
    assert done.returncode == 1 and "keyring is locked" in done.stderr
    assert "Nothing was changed" in done.stderr
    assert hashlib.sha256((home / "offmap.sqlite3").read_bytes()).hexdigest() == before
    assert _key_id(home) == key_id and not (home / "store-key.json.next").exists()
