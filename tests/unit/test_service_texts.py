"""Reasons, notes and summaries the services return are Texts: the English wording is kept, and
the template and values let the interface show them in its language."""

from __future__ import annotations

import contextlib
import re
import zipfile

import keyring
import pytest
from keyring.backends import fail

from app import secrets
from app.core.case_file import CaseFileError
from app.core.model import MailAccount
from app.core.text import Text, localized
from app.services import accounts as account_service
from app.services import backup, case_files, mail_transport
from app.services.attachments import human_size


def _upper(template: str) -> str:
    """A stand-in catalogue: every template "translated" to capitals, placeholders kept."""
    return "".join(part if part.startswith("{") else part.upper()
                   for part in re.split(r"(\{[^{}]*\})", template))


@pytest.mark.parametrize(("size", "english", "template"), [
    (0, "0 bytes", "{size} bytes"),
    (1023, "1023 bytes", "{size} bytes"),
    (1536, "2 KB", "{size:.0f} KB"),
    (100 * 1024 * 1024, "100 MB", "{size:.0f} MB"),
    (3 * 1024 ** 3, "3 GB", "{size:.0f} GB"),
])
def test_human_size_is_a_text(size, english, template):
    shown = human_size(size)
    assert isinstance(shown, Text)
    assert shown == english
    assert shown.template == template


def test_backup_refusal_reason_is_translated_with_the_message(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database at all, just text")
    with pytest.raises(backup.BackupError) as caught:
        backup.verify_backup(path)
    why = caught.value.text.values["why"]
    assert isinstance(why, Text)
    assert why == "it is not an OffMap backup (not an SQLite file)"
    shown = localized(caught.value.text, _upper)
    assert f"{path} CANNOT BE RESTORED: IT IS NOT AN OFFMAP BACKUP (NOT AN SQLITE FILE)." in shown


def test_case_import_refusal_reason_is_a_text(tmp_path):
    path = tmp_path / "case.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(CaseFileError) as caught:
        case_files.read_case_document(path)
    why = caught.value.text.values["why"]
    assert isinstance(why, Text)
    assert why == "it has no case.json"
    assert why.template == "it has no {case_json}"


def test_connection_test_summary(monkeypatch):
    monkeypatch.setattr(mail_transport, "open_session",
                        lambda *args, **kwargs: contextlib.nullcontext())
    account = MailAccount(host="smtp.example.org", port=587, username="me@example.org",
                          from_addr="me@example.org", security="starttls")
    summary = mail_transport.check_login(account, "secret")
    assert summary == ("Connected to smtp.example.org:587 with STARTTLS and logged in as "
                       "me@example.org. Nothing was sent.")
    assert isinstance(summary, Text) and summary.values["username"] == "me@example.org"
    local = MailAccount(host="127.0.0.1", port=1025, username="", from_addr="me@example.org",
                        security="none")
    summary = mail_transport.check_login(local, None)
    assert summary == ("Connected to 127.0.0.1:1025 with no encryption (this computer) and "
                       "logged in. Nothing was sent.")
    assert localized(summary, _upper) == ("CONNECTED TO 127.0.0.1:1025 WITH NO ENCRYPTION (THIS "
                                          "COMPUTER) AND LOGGED IN. NOTHING WAS SENT.")


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


def test_keyring_summary_and_save_notes_are_texts(store, no_keyring):
    line = secrets.describe_for_humans()
    assert isinstance(line, Text)
    assert line == "Passwords: not stored (no secure keyring); OffMap asks when you send."
    account = MailAccount(host="smtp.example.org", port=587, username="me@example.org",
                          from_addr="me@example.org", security="starttls")
    outcome = account_service.save_account(store, account)
    assert isinstance(outcome.note, Text)
    assert outcome.note == "No password was given; OffMap will ask for it when sending."
    outcome = account_service.save_account(store, outcome.account, password="pw")
    assert isinstance(outcome.note, Text)
    assert outcome.password_in_session
    assert "no secure system keyring" in outcome.note
