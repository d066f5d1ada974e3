"""The Requests page's Send and Send all drafts buttons, end to end with a real SMTP server:
confirm (choosing the account), send, and the page shows the request as sent."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app import secrets
from app.core.model import Client, MailAccount
from app.gui.requests import send_dialog
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services.requests import new_request
from app.store import requests as request_repo
from tests.directory_picks import broker_slugs, email_of
from tests.gui.helpers import when_modal
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates
from tests.unit.fake_keyring import MemoryKeyring

pytestmark = pytest.mark.integration  # a real SMTP server on loopback


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


@pytest.fixture
def server(tmp_path):
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as running:
        yield running


@pytest.fixture
def page(window, server, memory_keyring):
    from app.gui.requests.requests_page import RequestsPage

    store = window.ctx.store
    client = client_service.add_client(store, Client(  # with what the companies need
        name="Page Sender", state="CA", country="US", phones=["+14155550100"],
        emails=["page.sender@example.org"], ad_ids=["38400000-8cf0-11bd-b23e-10b96e40000d"]))
    for label, sender in (("Client", USER), ("Clinic", "clinic@example.org")):
        account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=sender,
            security="starttls", label=label), password=PASSWORD)
    requests = [new_request(store, client.id, slug, "delete") for slug in
                ("kochava", broker_slugs(store, "unverified")[0], broker_slugs(store, "none")[0])]
    built = RequestsPage(window.ctx)  # installs the send actions itself
    built.reload()
    built.test_request_ids = [r.id for r in requests]
    return built


def _confirm_with(account_label: str):
    def handle(dialog) -> None:
        assert isinstance(dialog, send_dialog.ConfirmSendDialog)
        index = next(i for i in range(dialog.account.count())
                     if dialog.account.itemText(i).startswith(account_label))
        dialog.account.setCurrentIndex(index)
        dialog.accept()
        when_modal(lambda box: box.accept())  # the "Sent" message
    return handle


def test_send_button_sends_the_shown_draft_from_the_chosen_account(page, server):
    first = page.test_request_ids[0]
    assert page.select(first)
    actions = page.sending
    assert actions.send_button.isEnabled()
    when_modal(_confirm_with("Clinic"))
    actions.send_button.click()
    [got] = server.messages
    assert got.mail_from == "clinic@example.org"
    assert request_repo.get(page.ctx.store.conn, first).status == "sent"
    page.select(first)
    assert not actions.send_button.isEnabled()  # sent: never again from here


def test_send_all_sends_the_shown_drafts(page, server, monkeypatch):
    shown = []

    def run_without_exec(self):
        shown.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(send_dialog.SendAllDialog, "exec", run_without_exec)
    asked = []  # the second address is not from a verified source: the user confirms it
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    when_modal(lambda dialog: dialog.accept())  # the confirmation, default account
    page.table.clearSelection()
    page.sending.send_all_button.click()
    [dialog] = shown
    unverified = request_repo.get(page.ctx.store.conn, page.test_request_ids[1]).company
    assert len(asked) == 1 and email_of(page.ctx.store, unverified) in asked[0]
    assert sorted(dialog.model.outcome(r) for r in range(3)) == \
        ["sent", "sent", "web-form-or-post"]
    assert len(server.messages) == 2
    assert page.sending.send_all_button.parent() is page.export_button.parent()


def test_the_window_requests_page_has_the_send_actions(window):
    page = window.page("requests")
    assert page.sending.send_button.text().replace("&", "") == "Send…"
    assert not page.sending.send_button.isEnabled()  # nothing shown yet
    assert page.sending.send_all_button.isVisibleTo(page)
