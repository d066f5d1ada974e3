"""Fetching replies from a real IMAP server (dovecot on loopback, TLS with a test CA): only
since the first request was sent, only the chosen folders, read-only, only messages about a
request kept; a server that cuts the connection or lies about sizes leaves nothing half-stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.services import accounts, replies
from app.services.reply_fetch import FetchError, fetch_replies
from tests.conftest import IN_CI
from tests.integration.imapserver import PASSWORD, USER, BadProxy, Dovecot, dovecot_binary
from tests.unit.reply_samples import make_clinic

pytestmark = pytest.mark.integration
TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory):
    if dovecot_binary() is None:
        if IN_CI:
            pytest.fail("dovecot is missing in CI: .ci/run must install dovecot-imapd")
        pytest.skip("dovecot-imapd is not installed")
    server = Dovecot(tmp_path_factory.mktemp("imap-certs"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot):
    """An empty INBOX for each test."""
    client = dovecot.client()
    try:
        for folder in ("INBOX", "Privacy"):
            if client.folder_exists(folder):
                client.select_folder(folder)
                uids = client.search(["ALL"])
                if uids:
                    client.delete_messages(uids)
                    client.expunge()
    finally:
        client.logout()
    return dovecot


def _use_account(store, port: int, security: str = "ssl") -> int:
    account = accounts.default_account(store)
    saved = accounts.save_account(store, replace(account, username=USER, imap_host="127.0.0.1",
                                                 imap_port=port, security=security),
                                  password=PASSWORD)
    return int(saved.account.id or 0)


def _fill(mailbox, clinic, tmp_path) -> None:
    when = datetime(2026, 11, 20, 10, 0)
    for name in ("ack_thread.eml", "denial_no_data.eml", "spam.eml"):
        mailbox.append(clinic.write(name, tmp_path).read_bytes(), when=when)
    old = clinic.write("ack_auto_ticket.eml", tmp_path).read_bytes()
    mailbox.append(old.replace(b"ticket-99412-ack", b"ticket-old"), when=datetime(2026, 10, 1))
    mailbox.append(clinic.write("verification.eml", tmp_path).read_bytes(), folder="Privacy",
                   when=when)


def test_fetch_keeps_replies_and_leaves_the_mailbox_as_it_was(store, mailbox, tmp_path):
    clinic = make_clinic(store)
    account_id = _use_account(store, mailbox.ssl_port)
    _fill(mailbox, clinic, tmp_path)
    before = mailbox.state()
    outcome = fetch_replies(store, account_id, cafile=str(mailbox.certs.ca_file), today=TODAY)
    placed = sorted((r.request_id, r.suggested_event) for r in outcome.results)
    assert placed == sorted([(clinic.ids["A"], "acknowledged"), (clinic.ids["D"], "denied")])
    assert (outcome.looked_at, outcome.skipped) == (3, 1)     # spam left alone, old one unseen
    assert mailbox.state() == before and all(b"\\Seen" not in f for f in before.values())
    assert len(replies.list_replies(store)) == 2

    again = fetch_replies(store, account_id, cafile=str(mailbox.certs.ca_file),
                          folders=["INBOX", "Privacy"], today=TODAY)
    assert [(r.request_id, r.suggested_event) for r in again.results] == \
        [(clinic.ids["B"], "needs-verification")]
    assert len(replies.list_replies(store)) == 3


def test_cli_fetch_with_the_password_from_the_keyring(store, mailbox, tmp_path):
    clinic = make_clinic(store)
    _use_account(store, mailbox.ssl_port)
    mailbox.append(clinic.write("extension_date.eml", tmp_path).read_bytes(),
                   when=datetime(2026, 11, 21))
    store.close()
    env = {**os.environ, "SSL_CERT_FILE": str(mailbox.certs.ca_file)}
    done = subprocess.run([sys.executable, "-m", "app", "--home", str(store.home), "reply",
                           "fetch", "--json"], capture_output=True, text=True, env=env,
                          timeout=120)
    if "no secure keyring" in done.stderr or "no mail password" in done.stderr:
        pytest.skip("no keyring in this session (run under tests/with_keyring.sh)")
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert (row["request_id"], row["match"], row["suggested_event"]) == \
        (clinic.ids["A"], "thread", "extended")


def test_wrong_password_is_a_clear_message(store, mailbox):
    make_clinic(store)
    account_id = _use_account(store, mailbox.ssl_port)
    with pytest.raises(FetchError, match="refused the user name or password"):
        fetch_replies(store, account_id, password="wrong", cafile=str(mailbox.certs.ca_file))


def test_a_dropped_connection_keeps_nothing_half_stored(store, mailbox, tmp_path):
    clinic = make_clinic(store)
    proxy = BadProxy(mailbox.plain_port, "drop")
    try:
        account_id = _use_account(store, proxy.port, security="none")
        mailbox.append(clinic.write("ack_thread.eml", tmp_path).read_bytes(),
                       when=datetime(2026, 11, 20))
        with pytest.raises(FetchError, match="failed or was cut"):
            fetch_replies(store, account_id, today=TODAY, timeout=10)
    finally:
        proxy.close()
    assert replies.list_replies(store) == []
    folder = replies.replies_dir(store.home)
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]


def test_a_server_lying_about_sizes_gets_nothing_stored(store, mailbox, tmp_path):
    clinic = make_clinic(store)
    proxy = BadProxy(mailbox.plain_port, "lie")
    try:
        account_id = _use_account(store, proxy.port, security="none")
        mailbox.append(clinic.write("ack_thread.eml", tmp_path).read_bytes(),
                       when=datetime(2026, 11, 20))
        outcome = fetch_replies(store, account_id, today=TODAY, timeout=10)
    finally:
        proxy.close()
    assert outcome.results == [] and replies.list_replies(store) == []
    assert "bytes but sent" in outcome.notes[0]
