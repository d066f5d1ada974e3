"""Issue 5's "Done when", end to end through the command line: with the real Secret Service
keyring and an aiosmtpd server (STARTTLS + AUTH) on loopback, `offmap account set ...
--password-stdin` then `offmap send ID` delivers the letter with its PDF, the request shows
`sent` with due dates, and the password is in no file under the home, the logs or the exports.
With no keyring the same send fails with exit 1 (no terminal) and nothing is marked sent."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration

COMPANY = "kochava"          # bundled directory record with an e-mail address
AD_ID = "38400000-8cf0-11bd-b23e-10b96e40000d"
COMPANY_EMAIL = "privacy@kochava.com"
WEBFORM_ONLY = "google"      # bundled record with only a web form


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


def _offmap(home: Path, *args: str, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        input=stdin if stdin is not None else "", capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def _ok(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, done.stderr
    return done


def _draft(home: Path, company: str = COMPANY) -> dict:
    if not (home / "offmap.sqlite3").exists():
        _ok(_offmap(home, "client", "add", "--name", "Dolores Canary-Quist", "--email",
                    "dolores@example.net", "--state", "CA", "--country", "US",
                    "--ad-id", AD_ID))  # what Kochava needs
    done = _ok(_offmap(home, "request", "new", "--client", "1", "--company", company,
                       "--type", "delete", "--json"))
    return json.loads(done.stdout)


def _show(home: Path, request_id: int) -> dict:
    return json.loads(_ok(_offmap(home, "request", "show", str(request_id), "--json")).stdout)


def _files_containing(root: Path, needle: bytes) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if needle in data:
            hits.append(str(path))
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                hits += [f"{path}!{name}" for name in archive.namelist()
                         if needle in archive.read(name)]
    return hits


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    pdf = tmp_path / "received.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _require_secret_service() -> None:
    if os.environ.get("OFFMAP_IN_KEYRING_SESSION") != "1":
        pytest.skip("not under tests/with_keyring.sh (no private D-Bus + gnome-keyring session)")
    import keyring
    from keyring.backends import SecretService

    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        pytest.skip("the keyring backend is not Secret Service")


def test_done_when_with_the_real_keyring(certs, tmp_path: Path):
    _require_secret_service()
    home = tmp_path / "home"
    request = _draft(home)
    with MailServer(certs, "starttls") as server:
        _ok(_offmap(home, "account", "set", "--host", "127.0.0.1", "--port", str(server.port),
                    "--user", USER, "--security", "starttls", "--password-stdin",
                    stdin=PASSWORD + "\n"))
        sent = _ok(_offmap(home, "send", str(request["id"])))  # stdin is not a terminal
        assert request["reference"] in sent.stdout and "250" in sent.stdout

        [got] = server.messages
        assert server.handler.logins == [(USER, PASSWORD)] and got.login == USER
        message = got.message
        assert got.rcpt_tos == [COMPANY_EMAIL] and message["To"] == COMPANY_EMAIL
        assert USER in message["From"] and got.mail_from == USER
        assert request["reference"] in message["Subject"]
        assert message["X-Unsent"] is None
        assert request["reference"] in message.get_body(("plain",)).get_content()
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == f"{request['reference']}.pdf"
        pdf = attachment.get_content()
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        text = _pdf_text(pdf, tmp_path)
        assert request["reference"] in text and "Kochava" in text
        # Kochava acts on the advertising ID only and asks not to be sent the rest.
        assert AD_ID in text and "Dolores" not in text and "dolores@example.net" not in text

        shown = _show(home, request["id"])
        today = date.today()
        assert shown["status"] == "sent" and shown["sent_on"] == today.isoformat()
        assert shown["via"] == "email"
        assert shown["due_on"] == (today + timedelta(days=45)).isoformat()  # us-ca 45 days
        assert shown["message_id"] == message["Message-ID"]

        again = _offmap(home, "send", str(request["id"]))
        assert again.returncode == 1 and "already sent" in again.stderr
        assert len(server.messages) == 1  # a retry never sends twice

    exports = tmp_path / "exports"
    exports.mkdir()
    case = _offmap(home, "export", "case", "--client", "1", "--out", str(exports / "case.zip"))
    assert case.returncode in (0, 2), case.stderr  # 2: this build has no case export yet
    _ok(_offmap(home, "export", "csv", "--out", str(exports / "requests.csv")))
    _ok(_offmap(home, "export", "ics", "--out", str(exports / "deadlines.ics")))
    _ok(_offmap(home, "backup", "--out", str(exports / "backup.sqlite3")))
    _ok(_offmap(home, "letter", str(request["id"]), "--format", "eml",
                "--out", str(exports / "letter.eml")))
    assert (home / "logs").is_dir() and any((home / "logs").iterdir())
    assert _files_containing(home, PASSWORD.encode()) == []
    assert _files_containing(exports, PASSWORD.encode()) == []


def test_without_a_keyring_the_cli_send_stops_and_marks_nothing(certs, tmp_path: Path):
    home = tmp_path / "home"
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    store_passphrase = "the store passphrase, first line of stdin"

    def offmap(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        # Without a keyring the store key comes from a passphrase too.
        return _offmap(home, "--store-passphrase-stdin", *args,
                       stdin=store_passphrase + "\n" + stdin, env=no_keyring)

    _ok(offmap("client", "add", "--name", "Dolores Canary-Quist", "--email",
               "dolores@example.net", "--state", "CA", "--country", "US", "--ad-id", AD_ID))
    request = json.loads(_ok(offmap("request", "new", "--client", "1", "--company", COMPANY,
                                    "--type", "delete", "--json")).stdout)
    with MailServer(certs, "starttls") as server:
        saved = _ok(offmap("account", "set", "--host", "127.0.0.1", "--port",
                           str(server.port), "--user", USER, "--password-stdin",
                           stdin=PASSWORD + "\n"))
        assert "NOT stored" in saved.stderr and "no secure system keyring" in saved.stderr

        failed = offmap("send", str(request["id"]))
        assert failed.returncode == 1
        assert failed.stderr.startswith("offmap: error: ")
        assert "no secure keyring" in failed.stderr and "no terminal" in failed.stderr
        assert "nothing was sent" in failed.stderr
        assert server.messages == [] and server.handler.logins == []
        shown = _ok(offmap("request", "show", str(request["id"]), "--json")).stdout
        assert json.loads(shown)["status"] == "draft"

        piped = _ok(offmap("send", str(request["id"]), "--password-stdin",
                           stdin=PASSWORD + "\n"))
        assert "Sent" in piped.stdout and len(server.messages) == 1
    shown = _ok(offmap("request", "show", str(request["id"]), "--json")).stdout
    assert json.loads(shown)["status"] == "sent"
    assert _files_containing(home, PASSWORD.encode()) == []
    assert _files_containing(home, store_passphrase.encode()) == []
    assert _files_containing(home, b"Canary-Quist") == []


def test_a_webform_only_company_gets_a_clear_message(certs, tmp_path: Path):
    home = tmp_path / "home"
    _draft(home)
    request = _draft(home, WEBFORM_ONLY)
    with MailServer(certs, "starttls") as server:
        _ok(_offmap(home, "account", "set", "--host", "127.0.0.1", "--port", str(server.port),
                    "--user", USER))
        done = _offmap(home, "send", str(request["id"]), "--password-stdin",
                       stdin=PASSWORD + "\n")
        assert done.returncode == 1
        assert "web form" in done.stderr and "mark-sent" in done.stderr
        assert server.messages == []
    assert _show(home, request["id"])["status"] == "draft"
