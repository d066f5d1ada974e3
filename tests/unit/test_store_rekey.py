"""`offmap store rekey`: a new store key (keyring) or passphrase, through the CLI with the
production key scheme and an in-memory keyring; the old paper key and old backups outside the
data folder then need the old key, and the command says so. Bad input, a store open elsewhere,
a locked keyring, a full disk and a cut-short change leave the store openable."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import keyring
import pytest
from keyring import errors as kerr
from keyring.backends import fail

from app import secrets
from app.cli import main
from app.paths import backups_dir, store_path
from app.services import store_keys, store_rekey
from app.store.connection import connect, use_key_source
from tests.unit.fake_keyring import MemoryKeyring


@pytest.fixture
def production_keys():
    before_ring = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    before_source = use_key_source(None)
    store_keys._cache.clear()
    secrets.forget_for_session()
    yield ring
    use_key_source(before_source)
    store_keys._cache.clear()
    store_keys.set_passphrase_prompt(None)
    keyring.set_keyring(before_ring)


def run(capsys, home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys, home: Path, name: str, *global_options: str) -> None:
    code, _out, err = run(capsys, home, *global_options, "client", "add", "--name", name,
                          "--state", "CA", "--country", "US", "--allow-duplicate")
    assert code == 0, err


def _names(capsys, home: Path, *global_options: str) -> str:
    code, out, err = run(capsys, home, *global_options, "client", "list")
    assert code == 0, err
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _store_keys_in(ring: MemoryKeyring) -> dict[str, str]:
    return {user: value for (_service, user), value in ring.items.items()
            if user.startswith(store_keys.KEYRING_PREFIX)}


def test_rekey_a_keyring_store(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    _add(capsys, home, "Ada Before")
    paper = tmp_path / "paper.txt"
    assert run(capsys, home, "store", "export-key", "--out", str(paper))[0] == 0
    outside = tmp_path / "outside.sqlite3"
    assert run(capsys, home, "backup", "--out", str(outside))[0] == 0
    inside = backups_dir(home) / "auto-2026-12-01.sqlite3"
    assert run(capsys, home, "backup", "--out", str(inside))[0] == 0
    old_entries = _store_keys_in(production_keys)

    code, out, err = run(capsys, home, "store", "rekey")
    assert code == 0, err
    assert "1 backups in the data folder re-encrypted" in out
    assert "exported to paper before no longer opens this store" in out
    assert "store import-key --file OLD_KEY_FILE" in out and "restore BACKUP" in out
    new_entries = _store_keys_in(production_keys)
    assert len(new_entries) == 1 and not set(new_entries) & set(old_entries)

    store_keys._cache.clear()   # a new process: the key comes from the keyring
    assert "Ada Before" in _names(capsys, home)
    _add(capsys, home, "Ada After")
    new_key = bytes.fromhex(next(iter(new_entries.values())))
    conn = connect(inside, new_key, readonly=True)   # the data folder's backup: new key
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    conn.close()

    # The old paper key opens neither the store nor a backup of this home any more.
    code, _out, err = run(capsys, home, "store", "import-key", "--file", str(paper))
    assert code == 1 and "another key" in err
    # ... but it restores the backup saved outside, in a new data folder, as the output said.
    other = tmp_path / "other"
    assert run(capsys, other, "store", "import-key", "--file", str(paper))[0] == 0
    code, _out, err = run(capsys, other, "restore", str(outside))
    assert code == 0, err
    assert "Ada Before" in _names(capsys, other)


def test_rekey_a_passphrase_store(tmp_path, capsys, monkeypatch, production_keys):
    keyring.set_keyring(fail.Keyring())
    home = tmp_path / "home"
    old, new = "correct horse battery", "a brand new passphrase"
    monkeypatch.setattr("sys.stdin", io.StringIO(old + "\n"))
    _add(capsys, home, "Ben Before", "--store-passphrase-stdin")
    salt = store_keys.read_meta(home)["salt"]
    store_keys._cache.clear()

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{old}\n{new}\n"))
    code, out, err = run(capsys, home, "store", "rekey", "--passphrase-stdin", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["rekeyed"] and result["source"] == "passphrase" and result["rows"] >= 1
    meta = store_keys.read_meta(home)
    assert meta["salt"] != salt and new not in (home / "store-key.json").read_text()
    store_keys._cache.clear()

    monkeypatch.setattr("sys.stdin", io.StringIO(old + "\n"))
    code, _out, err = run(capsys, home, "--store-passphrase-stdin", "client", "list")
    assert code == 1 and "wrong passphrase" in err
    store_keys._cache.clear()
    monkeypatch.setattr("sys.stdin", io.StringIO(new + "\n"))
    assert "Ben Before" in _names(capsys, home, "--store-passphrase-stdin")


def test_passphrase_rekey_refuses_bad_input_and_changes_nothing(tmp_path, capsys, monkeypatch,
                                                                production_keys):
    keyring.set_keyring(fail.Keyring())
    home = tmp_path / "home"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    _add(capsys, home, "Cy Example", "--store-passphrase-stdin")
    before = _digest(store_path(home)), (home / "store-key.json").read_text()
    cases = [("not the passphrase\nanother new one\n", "wrong passphrase"),
             ("correct horse battery\nshort\n", "at least 10 characters"),
             ("", "passphrase-stdin")]
    for stdin, expected in cases:
        store_keys._cache.clear()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        argv = ("store", "rekey", "--passphrase-stdin") if stdin else ("store", "rekey")
        code, _out, err = run(capsys, home, *argv)
        assert code == 1 and expected in err and "othing was changed" in err, err
        assert (_digest(store_path(home)), (home / "store-key.json").read_text()) == before
    assert not list(home.glob("store-key.json.next"))


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise kerr.KeyringLocked("the collection is locked")


def test_a_locked_keyring_is_explained_and_nothing_changes(tmp_path, capsys, production_keys,
                                                           monkeypatch):
    home = tmp_path / "home"
    _add(capsys, home, "Dee Example")
    before = _digest(store_path(home))
    store_keys._cache.clear()
    keyring.set_keyring(LockedKeyring())
    monkeypatch.setattr(secrets, "unlock_keyring", lambda: False)   # the prompt was declined
    code, _out, err = run(capsys, home, "store", "rekey")
    assert code == 1 and "keyring is locked" in err and "Nothing was changed" in err
    assert _digest(store_path(home)) == before


def test_a_store_open_elsewhere_is_not_rekeyed(tmp_path, capsys, production_keys):
    from app.store import open_store

    home = tmp_path / "home"
    _add(capsys, home, "Eve Example")
    window = open_store(home)   # another OffMap window
    try:
        window.conn.execute("SELECT count(*) FROM clients").fetchone()
        code, _out, err = run(capsys, home, "store", "rekey")
        assert code == 1 and "open in another OffMap window" in err, err
        assert window.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    finally:
        window.close()
    assert len(_store_keys_in(production_keys)) == 1   # the unused new key was dropped
    store_keys._cache.clear()
    assert "Eve Example" in _names(capsys, home)


def test_a_full_disk_is_refused_before_anything_changes(tmp_path, capsys, production_keys,
                                                        monkeypatch):
    home = tmp_path / "home"
    _add(capsys, home, "Fay Example")
    before = _digest(store_path(home))
    monkeypatch.setattr(store_rekey.shutil, "disk_usage",
                        lambda _p: type("U", (), {"free": 4096})())
    code, _out, err = run(capsys, home, "store", "rekey")
    assert code == 1 and "too full" in err and "nothing was changed" in err
    assert _digest(store_path(home)) == before and len(_store_keys_in(production_keys)) == 1


def test_a_change_cut_short_is_finished_at_the_next_start(tmp_path, capsys, production_keys,
                                                          monkeypatch):
    home = tmp_path / "home"
    _add(capsys, home, "Gus Example")

    def crash(_home, _keys=None):
        raise KeyboardInterrupt   # the process dies after re-encrypting, before renaming

    real_recover = store_rekey.recover
    calls = iter([real_recover, crash])
    monkeypatch.setattr(store_rekey, "recover", lambda *a: next(calls)(*a))
    with pytest.raises(KeyboardInterrupt):
        store_rekey.rekey_home(home)
    assert (home / "store-key.json.next").exists()
    monkeypatch.setattr(store_rekey, "recover", real_recover)
    store_keys._cache.clear()
    assert "Gus Example" in _names(capsys, home)
    assert not (home / "store-key.json.next").exists()


def test_a_server_store_has_no_key_to_change(tmp_path, capsys, production_keys, monkeypatch):
    monkeypatch.setenv("OFFMAP_STORE", "postgresql://clinic@db.example.org/offmap")
    code, _out, err = run(capsys, tmp_path / "home", "store", "rekey")
    assert code == 1 and "server store has no store key" in err
