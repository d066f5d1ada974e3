"""Sending from the window: Send (with the password prompt when nothing is stored), Send all
with per-letter results and cancel, and web form / print for companies without e-mail."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app import secrets
from app.core.model import Client, MailAccount
from app.gui.requests import channel_dialog, send_dialog
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services import directory
from app.services.requests import new_request
from app.store import requests as request_repo
from tests.directory_picks import broker_slugs, email_of
from tests.gui.helpers import when_modal
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration  # a real SMTP server on loopback


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


@pytest.fixture
def server(tmp_path):
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as running:
        yield running


@pytest.fixture
def setup(window, server, no_keyring):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Gui Sender", state="CA",
                                                     country="US"))
    account_service.save_account(store, MailAccount(
        host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
        security="starttls", label="Local"))
    return window, client.id


def _status(window, request_id: int) -> str:
    return request_repo.get(window.ctx.store.conn, request_id).status


def test_send_asks_for_the_password_and_keeps_it_for_the_session(setup, server, monkeypatch):
    window, client_id = setup
    store = window.ctx.store
    request = new_request(store, client_id, "kochava", "delete")
    asked = []

    def fake_ask(parent, account, no_keyring):
        asked.append(no_keyring)
        return PASSWORD, True

    monkeypatch.setattr(send_dialog, "ask_password", fake_ask)
    controller = send_dialog.SendController(window.ctx, window)
    when_modal(lambda box: box.accept())
    controller.send_one(request.id, confirm=False)
    assert asked == [True]
    assert _status(window, request.id) == "sent"
    assert "was sent to privacy@kochava.com" in controller.last_message
    assert len(server.messages) == 1

    second = new_request(store, client_id, "kochava", "access")
    when_modal(lambda box: box.accept())
    controller.send_one(second.id, confirm=False)
    assert asked == [True]  # remembered for this session, not asked again
    assert _status(window, second.id) == "sent"


def test_cancelling_the_password_prompt_sends_nothing(setup, server, monkeypatch):
    window, client_id = setup
    request = new_request(window.ctx.store, client_id, "kochava", "delete")
    monkeypatch.setattr(send_dialog, "ask_password", lambda *a: None)
    send_dialog.SendController(window.ctx, window).send_one(request.id, confirm=False)
    assert _status(window, request.id) == "draft"
    assert server.messages == []


def test_a_failed_send_says_why_and_marks_nothing(setup, server, monkeypatch):
    window, client_id = setup
    request = new_request(window.ctx.store, client_id, "kochava", "delete")
    monkeypatch.setattr(send_dialog, "ask_password", lambda *a: ("wrong", False))
    controller = send_dialog.SendController(window.ctx, window)
    when_modal(lambda box: box.accept())
    controller.send_one(request.id, confirm=False)
    assert "refused the login" in controller.last_message
    assert _status(window, request.id) == "draft"


def test_send_all_shows_each_result(setup, server, monkeypatch):
    window, client_id = setup
    store = window.ctx.store
    web_form_only = broker_slugs(store, "none")[0]
    unverified = broker_slugs(store, "unverified")[0]
    ids = [new_request(store, client_id, slug, "delete").id
           for slug in ("kochava", web_form_only, unverified)]
    monkeypatch.setattr(send_dialog, "ask_password", lambda *a: (PASSWORD, True))
    asked: list[str] = []  # the third address is not from a verified source: declined here
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a:
                        asked.append(text) or QMessageBox.StandardButton.No)
    controller = send_dialog.SendController(window.ctx, window)
    dialog = controller.send_all(ids, start=False, confirm=False)
    assert len(asked) == 1 and email_of(store, unverified) in asked[0]
    assert dialog.model.rowCount() == 3
    assert dialog.model.data(dialog.model.index(1, 1)) == \
        directory.get_company(store, web_form_only).name
    dialog.start()
    outcomes = [dialog.model.outcome(r) for r in range(3)]
    assert outcomes == ["sent", "web-form-or-post", "unverified"]
    assert "1 of 3 sent" in dialog.summary.text()
    assert "web form or post" in dialog.summary.text()
    assert "not from a verified source" in dialog.summary.text()
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.bar.value() == dialog.bar.maximum()
    assert len(server.messages) == 1


def test_send_all_cancel_stops_before_the_next_letter(setup, server, monkeypatch):
    window, client_id = setup
    store = window.ctx.store
    ids = [new_request(store, client_id, "kochava", "delete").id for _ in range(3)]
    monkeypatch.setattr(send_dialog, "ask_password", lambda *a: (PASSWORD, True))
    controller = send_dialog.SendController(window.ctx, window)
    dialog = controller.send_all(ids, start=False, confirm=False)
    dialog.item_done.connect(lambda item: dialog.cancel())  # cancel after the first letter
    dialog.start()
    assert [dialog.model.outcome(r) for r in range(3)] == ["sent", "not-attempted",
                                                           "not-attempted"]
    assert len(server.messages) == 1
    assert [_status(window, i) for i in ids] == ["sent", "draft", "draft"]


def test_web_form_company_gets_open_form_print_and_mark_sent(setup, server, monkeypatch):
    window, client_id = setup
    store = window.ctx.store
    request = new_request(store, client_id, "google", "delete")
    opened = []
    monkeypatch.setattr(channel_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    shown = []
    monkeypatch.setattr(channel_dialog.ChannelDialog, "exec", lambda self: shown.append(self))
    send_dialog.SendController(window.ctx, window).send_one(request.id, confirm=False)
    [dialog] = shown
    assert dialog.webform_button is not None
    dialog.open_webform()
    assert opened and opened[0].startswith("https://")
    assert request.reference in QGuiApplication.clipboard().text()
    assert "clipboard" in dialog.status.text()

    target = window.ctx.home.parent / "letter.pdf"
    dialog.save_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF-")

    dialog.mark_sent(confirmed=True)
    saved = request_repo.get(store.conn, request.id)
    assert saved.status == "sent" and saved.via == "webform"
    assert server.messages == []


def test_no_account_offers_settings(window, monkeypatch):
    client = client_service.add_client(window.ctx.store, Client(name="X", state="CA",
                                                                country="US"))
    request = new_request(window.ctx.store, client.id, "kochava", "delete")
    pages = []
    window.ctx.bus.navigate.connect(pages.append)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Open).click())
    send_dialog.SendController(window.ctx, window).send_one(request.id, confirm=False)
    assert pages == ["settings"]


@pytest.mark.parametrize("answer, status", [(QMessageBox.StandardButton.No, "draft"),
                                            (QMessageBox.StandardButton.Yes, "sent")])
def test_an_unverified_address_is_confirmed_first(setup, server, monkeypatch, answer, status):
    window, client_id = setup
    unverified = broker_slugs(window.ctx.store, "unverified")[0]
    request = new_request(window.ctx.store, client_id, unverified, "delete")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or answer)
    monkeypatch.setattr(send_dialog, "ask_password", lambda *a: (PASSWORD, False))
    if status == "sent":
        when_modal(lambda box: box.accept())  # the "Sent" message
    send_dialog.SendController(window.ctx, window).send_one(request.id, confirm=False)
    assert email_of(window.ctx.store, unverified) in asked[0] and "verified source" in asked[0]
    assert _status(window, request.id) == status
    assert len(server.messages) == (status == "sent")


def test_an_interrupted_letter_found_in_sent_is_marked_sent_and_unblocked(setup):
    from app.store import outbox as outbox_repo

    window, client_id = setup
    store = window.ctx.store
    request = new_request(store, client_id, "kochava", "delete")
    with store.transaction() as conn:
        outbox_repo.claim(conn, request.id, "<m1@example.org>", None, "privacy@kochava.com")
    controller = send_dialog.SendController(window.ctx, window)

    def found_it(box):
        [went] = [b for b in box.buttons() if "Sent folder" in b.text()]
        went.click()

    when_modal(found_it)
    controller._interrupted(request.id, None, "It may have gone out.")
    assert _status(window, request.id) == "sent"
    assert outbox_repo.get(store.conn, request.id) is None
