"""Every embedded store encrypted at rest (docs/threat-model.md): the production key scheme (a
random key in the keyring, else an Argon2id passphrase), through the CLI and the window, with an
in-memory keyring standing in for the OS one (tests/integration/test_store_key_keyring.py uses
the real one)."""

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
from app.paths import store_path
from app.services import store_keys
from app.store import open_store
from app.store.connection import is_encrypted, use_key_source
from tests.unit.fake_keyring import MemoryKeyring

CANARY = "Quetzalcoatl Zyxwvutsrqp-Canary"


@pytest.fixture
def production_keys():
    """The production key source (as `offmap` and the window install it), with a fresh
    in-memory keyring and no cached keys."""
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


def tree_digest(home: Path) -> dict[str, str]:
    return {str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file()}


def assert_canary_nowhere(home: Path) -> None:
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"Zyxwvutsrqp"]
    files = [p for p in home.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"the client's name is readable in {path}"


def add_client(capsys, home: Path, name: str = CANARY) -> int:
    code, out, err = run(capsys, home, "client", "add", "--name", name, "--state", "CA",
                         "--country", "US", "--phone", "+1 415 555 0100",
                         "--allow-duplicate", "--json")  # one phone for every test client
    assert code == 0, err
    return int(json.loads(out)["id"])


def test_canary_new_home_through_the_cli(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    client = add_client(capsys, home)
    code, out, err = run(capsys, home, "request", "new", "--client", str(client), "--company",
                         "t-mobile", "--type", "delete", "--json")
    assert code == 0, err
    request = json.loads(out)
    # An attachment and a received reply that name the client are kept inside the store too.
    scan = tmp_path / "scan.txt"
    scan.write_text(f"ID card of {CANARY}", encoding="utf-8")
    code, _, err = run(capsys, home, "request", "log", str(request["id"]), "--event", "note",
                       "--text", "scanned ID", "--attach", str(scan))
    assert code == 0, err
    reply = tmp_path / "reply.eml"
    reply.write_text(f"From: privacy@t-mobile.com\nTo: me@example.org\nSubject: Re: "
                     f"{request['reference']}\nMessage-ID: <canary-1@t-mobile.com>\n\n"
                     f"Dear {CANARY}, we received your request.\n", encoding="utf-8")
    code, _, err = run(capsys, home, "reply", "import", str(reply), "--json")
    assert code == 0, err
    code, _, err = run(capsys, home, "backup", "--out",
                       str(home / "backups" / "manual.sqlite3"))
    assert code == 0, err
    code, out, _ = run(capsys, home, "store", "status", "--json")
    assert json.loads(out)["encrypted"] is True
    assert [k for (_s, k) in production_keys.items] == [
        "store-key:" + store_keys.read_meta(home)["key_id"]]
    assert is_encrypted(store_path(home))
    assert_canary_nowhere(home)


def test_canary_new_home_through_the_window(tmp_path, qtbot, production_keys):
    from app.core.model import Client
    from app.gui.shell.launch import build_main_window, finish
    from app.services import clients as client_service

    home = tmp_path / "home"
    store_keys.install()
    window = build_main_window(home, synchronous_tasks=True)
    qtbot.addWidget(window)
    client_service.add_client(window.ctx.store, Client(name=CANARY, state="CA", country="US"))
    window.close()
    finish(window.ctx.store, window.ctx.tasks)
    assert is_encrypted(store_path(home))
    assert_canary_nowhere(home)


def test_plain_home_keeps_working_and_encrypt_keeps_every_count(tmp_path, capsys,
                                                               production_keys):
    home = tmp_path / "home"
    plain = open_store(home)  # no key source: a store made before encryption
    plain.close()
    assert not is_encrypted(store_path(home))
    for n in range(5):
        add_client(capsys, home, f"{CANARY} {n}")
    code, out, _ = run(capsys, home, "store", "status", "--json")
    before = json.loads(out)
    assert before["encrypted"] is False and before["clients"] == 5
    code, _, err = run(capsys, home, "backup", "--out",
                       str(home / "backups" / "old-plain.sqlite3"))
    assert code == 0, err
    code, out, err = run(capsys, home, "store", "encrypt", "--json")
    assert code == 0, err
    done = json.loads(out)
    assert done["encrypted"] is True and done["backups"] == 1
    code, out, _ = run(capsys, home, "store", "status", "--json")
    after = json.loads(out)
    assert after["encrypted"] is True
    assert (after["clients"], after["requests"], after["schema_version"]) == \
        (before["clients"], before["requests"], before["schema_version"])
    assert not list(home.glob("*.plain-old")) and not list(home.glob("*.encrypting"))
    assert_canary_nowhere(home)
    code, _, err = run(capsys, home, "store", "encrypt")
    assert code == 1 and "already encrypted" in err


def test_missing_key_is_one_clear_line_and_changes_nothing(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    add_client(capsys, home)
    production_keys.items.clear()
    store_keys._cache.clear()
    before = tree_digest(home / "backups") | {"store": tree_digest(home)["offmap.sqlite3"]}
    code, out, err = run(capsys, home, "client", "list")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("offmap: error:")
    assert "not in this computer's keyring" in err and "cannot be recovered" in err
    assert tree_digest(home / "backups") | {"store": tree_digest(home)["offmap.sqlite3"]} == before


def test_wrong_key_is_refused_and_changes_nothing(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    add_client(capsys, home)
    account = "store-key:" + store_keys.read_meta(home)["key_id"]
    production_keys.items[("OffMap", account)] = "11" * 32
    store_keys._cache.clear()
    before = tree_digest(home)["offmap.sqlite3"]
    code, _, err = run(capsys, home, "client", "list")
    assert code == 1 and err.count("\n") == 1 and err.startswith("offmap: error:")
    assert "another key or passphrase" in err
    assert tree_digest(home)["offmap.sqlite3"] == before


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise kerr.KeyringLocked("the collection is locked")


def test_locked_keyring_at_start_is_explained(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    add_client(capsys, home)
    store_keys._cache.clear()
    keyring.set_keyring(LockedKeyring())
    code, _, err = run(capsys, home, "client", "list")
    assert code == 1 and err.count("\n") == 1
    assert "keyring is locked" in err and "Unlock it" in err and "Nothing was changed" in err


def test_passphrase_without_a_keyring(tmp_path, capsys, monkeypatch, production_keys):
    keyring.set_keyring(fail.Keyring())
    home = tmp_path / "home"
    passphrase = "correct horse battery"
    # Global options go before the command.
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    code = main(["--home", str(home), "--store-passphrase-stdin", "client", "add", "--name",
                 CANARY, "--state", "CA", "--country", "US"])
    capsys.readouterr()
    assert code == 0
    meta = store_keys.read_meta(home)
    assert meta["source"] == "passphrase" and "salt" in meta
    assert passphrase not in (home / "store-key.json").read_text()
    store_keys._cache.clear()
    monkeypatch.setattr("sys.stdin", io.StringIO("not the passphrase\n"))
    before = tree_digest(home)["offmap.sqlite3"]
    code = main(["--home", str(home), "--store-passphrase-stdin", "client", "list"])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("offmap: error: wrong passphrase")
    assert tree_digest(home)["offmap.sqlite3"] == before
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    code = main(["--home", str(home), "--store-passphrase-stdin", "client", "list"])
    out, _ = capsys.readouterr()
    assert code == 0 and CANARY in out
    assert_canary_nowhere(home)


def test_backup_and_restore_round_trip_of_an_encrypted_store(tmp_path, capsys, production_keys):
    from app.services import backup as backup_service

    home = tmp_path / "home"
    add_client(capsys, home)
    out = tmp_path / "kept.sqlite3"
    code, _, err = run(capsys, home, "backup", "--out", str(out))
    assert code == 0, err
    assert is_encrypted(out)
    add_client(capsys, home, "Added after the backup")
    code, _, err = run(capsys, home, "restore", str(out))
    assert code == 0, err
    code, listed, _ = run(capsys, home, "client", "list")
    assert CANARY in listed and "Added after the backup" not in listed
    kept = backup_service.list_backups(home)
    assert any(b.kind == "before-restore" and is_encrypted(b.path) for b in kept)
    # A backup of another store (another key) is refused before anything is replaced.
    other = tmp_path / "other"
    add_client(capsys, other, "Someone else")
    foreign = tmp_path / "foreign.sqlite3"
    assert run(capsys, other, "backup", "--out", str(foreign))[0] == 0
    before = tree_digest(home)["offmap.sqlite3"]
    code, _, err = run(capsys, home, "restore", str(foreign))
    assert code == 1 and err.count("\n") == 1 and "import-key" in err
    assert tree_digest(home)["offmap.sqlite3"] == before
    assert_canary_nowhere(home)


def test_key_exported_to_paper_opens_the_store_on_another_machine(tmp_path, capsys,
                                                                  production_keys):
    home = tmp_path / "home"
    add_client(capsys, home)
    paper = tmp_path / "key.txt"
    code, _out, err = run(capsys, home, "store", "export-key", "--out", str(paper))
    assert code == 0, err
    text = paper.read_text()
    assert "cannot be recovered" in text and "Key: " in text
    assert paper.stat().st_mode & 0o077 == 0
    # "Another machine": an empty keyring, the home folder copied over.
    production_keys.items.clear()
    store_keys._cache.clear()
    assert run(capsys, home, "client", "list")[0] == 1
    code, _, err = run(capsys, home, "store", "import-key", "--file", str(paper))
    assert code == 0, err
    code, listed, _ = run(capsys, home, "client", "list")
    assert code == 0 and CANARY in listed
    bad = tmp_path / "bad.txt"
    bad.write_text("Key: AAAA BBBB\n")
    code, _, err = run(capsys, home, "store", "import-key", "--file", str(bad))
    assert code == 1 and err.startswith("offmap: error: that is not an OffMap store key")


def test_window_shows_the_store_key_for_printing(tmp_path, qtbot, capsys, production_keys):
    from app.gui.settings.store_key_dialog import StoreKeyDialog

    home = tmp_path / "home"
    add_client(capsys, home)
    dialog = StoreKeyDialog(home)
    qtbot.addWidget(dialog)
    shown = dialog.key_text.toPlainText()
    assert store_keys.decode_key(shown) == store_keys.current_key(home)
    assert "cannot be recovered" in dialog.printable().toPlainText()
    assert shown in dialog.printable().toPlainText()


def test_window_asks_a_passphrase_without_a_keyring(tmp_path, qtbot, monkeypatch,
                                                    production_keys):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from app.gui.shell.launch import build_main_window, finish
    from app.gui.shell.store_passphrase import ask_passphrase

    keyring.set_keyring(fail.Keyring())
    typed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: typed.append("warned"))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (typed.append("asked") or "a long passphrase", True))
    store_keys.install()
    store_keys.set_passphrase_prompt(ask_passphrase)
    home = tmp_path / "home"
    window = build_main_window(home, synchronous_tasks=True)
    qtbot.addWidget(window)
    assert typed == ["warned", "asked", "asked"]  # the lost-key warning, then twice
    assert store_keys.read_meta(home)["source"] == "passphrase"
    assert window.ctx.store.encrypted
    window.close()
    finish(window.ctx.store, window.ctx.tasks)


def test_encrypt_refuses_while_another_connection_has_the_store_open(tmp_path, capsys,
                                                                   production_keys):
    home = tmp_path / "home"
    window = open_store(home)  # plain, and kept open as a window would
    try:
        before = tree_digest(home)["offmap.sqlite3"]
        code, _, err = run(capsys, home, "store", "encrypt")
        assert code == 1 and "in use by another OffMap" in err and err.count("\n") == 1
        assert tree_digest(home)["offmap.sqlite3"] == before
        assert not is_encrypted(store_path(home))
    finally:
        window.close()
    assert run(capsys, home, "store", "encrypt")[0] == 0
    assert is_encrypted(store_path(home))


def test_setup_explains_that_a_lost_key_means_lost_data(tmp_path, capsys, production_keys):
    home = tmp_path / "home"
    code, _, err = run(capsys, home, "store", "status")
    assert code == 0
    assert err.startswith("offmap: note: ") and "cannot be recovered" in err
    assert "export-key" in err and err.count("\n") == 1
    code, _, err = run(capsys, home, "store", "status")
    assert code == 0 and err == ""  # said once, at setup
