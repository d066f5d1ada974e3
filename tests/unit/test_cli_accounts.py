"""`offmap account set|list|delete|presets` and `offmap send` refusals, in-process with an
in-memory keyring (the real Secret Service runs in tests/integration)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app import secrets
from app.cli import main
from tests.unit.fake_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.forget_for_session()
    yield backend
    keyring.set_keyring(before)
    secrets.forget_for_session()


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_set_list_update_delete(capsys, monkeypatch, tmp_path: Path, memory_keyring):
    home = str(tmp_path / "h")
    code, out, err = run(capsys, monkeypatch, "--home", home, "account", "set", "--host",
                         "smtp.example.org", "--port", "587", "--user", "me@example.org",
                         "--from", "Clinic@Example.org", "--password-stdin", "--json",
                         stdin="pa ss\n")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["password_stored"] and saved["from"] == "Clinic@Example.org"
    assert list(memory_keyring.items.values()) == ["pa ss"]  # only the line break is cut

    # the same host and user updates the account instead of adding another
    code, out, err = run(capsys, monkeypatch, "--home", home, "account", "set", "--host",
                         "smtp.example.org", "--user", "me@example.org", "--security", "ssl")
    assert code == 0 and out.startswith("Updated"), err
    code, out, _ = run(capsys, monkeypatch, "--home", home, "account", "list", "--json")
    [account] = json.loads(out)
    assert (account["port"], account["security"], account["from"], account["default"]) == \
        (465, "ssl", "Clinic@Example.org", True)
    assert list(memory_keyring.items.values()) == ["pa ss"]  # kept: no new password given

    code, out, _ = run(capsys, monkeypatch, "--home", home, "account", "set", "--preset",
                       "fastmail", "--user", "me@fastmail.com", "--default")
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "--home", home, "account", "list")
    assert "smtp.fastmail.com:465" in out and "2*" in out

    code, out, err = run(capsys, monkeypatch, "--home", home, "account", "delete",
                         str(account["id"]))
    assert code == 0, err
    assert memory_keyring.items == {}


@pytest.mark.parametrize(("argv", "words"), [
    (["--host", "smtp.example.org", "--user", "me@example.org", "--security", "none"],
     "only for a server on this computer"),
    (["--host", "smtp.example.org", "--user", "me@example.org", "--port", "x"],
     "not a number"),
    (["--user", "me@example.org"], "--host"),
    (["--host", "smtp.example.org", "--user", "me@example.org", "--password-stdin"],
     "standard input is empty"),
])
def test_set_refusals_exit_1_and_save_nothing(capsys, monkeypatch, tmp_path, memory_keyring,
                                              argv, words):
    home = str(tmp_path / "h")
    code, _, err = run(capsys, monkeypatch, "--home", home, "account", "set", *argv)
    assert code == 1 and err.startswith("offmap: error: ") and words in err
    code, out, _ = run(capsys, monkeypatch, "--home", home, "account", "list", "--json")
    assert json.loads(out) == []
    assert memory_keyring.items == {}


def test_set_without_keyring_saves_the_account_but_not_the_password(capsys, monkeypatch,
                                                                    tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        home = str(tmp_path / "h")
        code, _, err = run(capsys, monkeypatch, "--home", home, "account", "set", "--host",
                           "smtp.example.org", "--user", "me@example.org", "--password-stdin",
                           stdin="secret-xyz\n")
        assert code == 0
        assert "NOT stored" in err and "no secure system keyring" in err
        code, out, _ = run(capsys, monkeypatch, "--home", home, "account", "list")
        assert "not stored (no secure keyring)" in out
        assert all(b"secret-xyz" not in p.read_bytes()
                   for p in Path(home).rglob("*") if p.is_file())
    finally:
        keyring.set_keyring(before)
        secrets.forget_for_session()


def test_presets_json_lists_sources(capsys, monkeypatch, tmp_path):
    code, out, _ = run(capsys, monkeypatch, "--home", str(tmp_path / "h"), "account",
                       "presets", "--json")
    presets = {p["key"]: p for p in json.loads(out)}
    assert code == 0 and presets["gmail"]["host"] == "smtp.gmail.com"
    assert all(p["sources"] for p in presets.values())


def test_send_without_account_or_unknown_request(capsys, monkeypatch, tmp_path,
                                                 memory_keyring):
    home = str(tmp_path / "h")
    code, _, err = run(capsys, monkeypatch, "--home", home, "send", "99")
    assert code == 1 and "no request with id 99" in err
    code, _, err = run(capsys, monkeypatch, "--home", home, "client", "add", "--name", "A B",
                       "--state", "CA", "--country", "US",  # with the ad ID Kochava needs
                       "--ad-id", "38400000-8cf0-11bd-b23e-10b96e40000d")
    code, out, err = run(capsys, monkeypatch, "--home", home, "request", "new", "--client",
                         "1", "--company", "kochava", "--type", "delete", "--json")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "--home", home, "send", "1")
    assert code == 1 and "no mail account yet" in err
    code, _, err = run(capsys, monkeypatch, "--home", home, "send",
                       json.loads(out)["reference"].lower())
    assert code == 1 and "no mail account yet" in err  # the reference works as well
