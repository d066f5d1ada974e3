"""The Replies page and the reply strip on a request's timeline: import (also by dropping files
on the window), the suggestion with its reason, one-click accept, filing an inbox reply by hand,
the follow-up to a refusal, HTML shown as text only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.services import replies as reply_service
from app.services import tracking
from tests.gui.helpers import when_modal
from tests.unit.reply_samples import make_clinic


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda _p, title, text, *a, **k: shown.append(
                                (title, text)) or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def clinic(window):
    return make_clinic(window.ctx.store)


def _page(window):
    window.show_page("replies")
    return window.page("replies")


def test_import_shows_the_suggestion_and_accepts_in_one_click(window, clinic, tmp_path, boxes):
    page = _page(window)
    page.import_paths([str(clinic.write("extension_date.eml", tmp_path))])
    assert boxes[-1][0] == "Replies imported" and "1 matched" in boxes[-1][1]
    assert page.model.rowCount() == 1
    assert "Extended" in page.suggestion.text() and "2027-01-19" in page.suggestion.text()
    assert "additional 45 days" in page.message.toPlainText()
    page.accept_selected()
    events = tracking.list_events(window.ctx.store, clinic.ids["A"])
    assert events[-1].kind == "extended"
    assert not page.accept_button.isEnabled()


def test_timeline_strip_accepts_a_pending_reply(window, clinic, tmp_path, boxes):
    reply_service.import_files(window.ctx.store, [clinic.write("ack_thread.eml", tmp_path)])
    from app.gui.requests.request_timeline import RequestTimeline

    timeline = RequestTimeline(window.ctx)
    timeline.set_request(clinic.ids["A"])
    assert not timeline.replies.isHidden()
    assert "received your request" in timeline.replies.findChildren(
        type(timeline.summary))[0].text()
    button = next(b for b in timeline.replies.findChildren(type(timeline.mark_sent_button))
                  if b.objectName() == "accept_reply_button")
    button.click()
    assert tracking.list_events(window.ctx.store, clinic.ids["A"])[-1].kind == "acknowledged"
    assert timeline.replies.isHidden()


def test_an_inbox_reply_is_filed_by_hand(window, clinic, tmp_path, boxes, qtbot):
    from app.gui.replies.request_picker import RequestPicker

    page = _page(window)
    page.import_paths([str(clinic.write("other_client_reference.eml", tmp_path))])
    assert "Inbox" in page.model.index(0, 3).data()
    assert not page.accept_button.isEnabled() and page.file_button.isEnabled()
    offered = {}

    def pick(picker: RequestPicker) -> None:
        offered["first"] = picker.list.item(0).text()
        offered["count"] = picker.list.count()
        picker.accept()

    when_modal(pick)
    page.log_as.setCurrentIndex(page.log_as.findData("note"))
    page.file_selected()
    assert clinic.references["B"] in offered["first"]   # the request it names, first
    assert "— Ben Okafor — 3Cinteractive —" in offered["first"]   # whose, and names not ids
    assert offered["count"] == 4
    assert tracking.list_events(window.ctx.store, clinic.ids["B"])[-1].kind == "note"


def test_filing_picker_lists_a_screenful_and_finds_by_typing(window, clinic, tmp_path, boxes,
                                                             qtbot):
    from app.core.model import Client
    from app.gui.replies.request_picker import RequestPicker
    from app.services import clients as client_service
    from app.services import requests as request_service
    from app.services.reply_filing import SHOWN

    store = window.ctx.store
    many = client_service.add_client(store, Client(name="Zoe Many", state="CA", country="US"))
    for _ in range(SHOWN + 10):
        request = request_service.new_request(store, many.id, "verizon", "access")
        tracking.mark_sent(store, request.id, on="2026-11-01")
    # A draft is never offered ("Lou" cannot be part of a reference: no L, O or U in them).
    lou = client_service.add_client(store, Client(name="Lou Ives", state="CA", country="US"))
    request_service.new_request(store, lou.id, "att", "delete")
    page = _page(window)
    page.import_paths([str(clinic.write("other_client_reference.eml", tmp_path))])
    page.table.selectRow(0)
    picker = RequestPicker(window.ctx, page.selected()["id"], page)
    qtbot.addWidget(picker)
    assert picker.list.count() == SHOWN   # never every sent request at once
    assert picker.list.item(0).text().startswith("★ " + clinic.references["B"])
    assert "first 50 matches" in picker.note.text()
    qtbot.keyClicks(picker.filter, "kochava")
    qtbot.waitUntil(lambda: picker.list.count() == 1)
    assert clinic.references["A"] in picker.list.item(0).text()
    picker.filter.setText("kochava zoe")  # every word must match the same request
    qtbot.waitUntil(lambda: picker.list.count() == 0)
    picker.filter.setText("verizon  access zoe")
    qtbot.waitUntil(lambda: picker.list.count() == SHOWN)
    picker.filter.setText("lou ives")
    qtbot.waitUntil(lambda: picker.list.count() == 0)   # Lou's only request is a draft
    assert "No sent request matches" in picker.note.text()
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
    picker.filter.setText(clinic.references["C"])
    qtbot.waitUntil(lambda: picker.list.count() == 1)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.chosen == clinic.ids["C"]


def test_a_refusal_leads_to_its_follow_up_with_the_reply_quoted(window, clinic, tmp_path,
                                                                boxes):
    page = _page(window)
    page.import_paths([str(clinic.write("denial_cannot_verify.eml", tmp_path))])
    assert page.followup_button.isEnabled()
    page.followup_selected()
    assert boxes[-1][0] == "Follow-up drafted" and "Complaint" in boxes[-1][1]


def test_html_is_shown_as_text_with_what_was_not_loaded(window, clinic, tmp_path, boxes):
    page = _page(window)
    page.import_paths([str(clinic.write("html_only.eml", tmp_path))])
    text = page.message.toPlainText()
    assert "received your request" in text and "evil.example" not in text
    assert "1 script and 1 remote image were not run or loaded" in text


def test_dropping_saved_mail_on_the_window_imports_it(window, clinic, tmp_path, boxes):
    path = clinic.write("denial_no_data.eml", tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.reply_drop.drop([str(path)])
    assert window.current_page_key() == "replies"
    assert window.page("replies").model.rows[0]["request_id"] == clinic.ids["D"]


def test_fetch_without_an_imap_server_says_how_to_add_one(window, clinic, boxes):
    page = _page(window)
    page.fetch_button.click()
    assert boxes[-1][0] == "Replies not fetched" and "IMAP server" in boxes[-1][1]
    assert page.fetch_button.isEnabled()


def test_account_dialog_sets_where_replies_are_fetched(window):
    from app.gui.settings.mail_accounts_section import AccountDialog

    dialog = AccountDialog(window.ctx)
    dialog.choose_preset("gmail")
    dialog.imap_folders.setText("INBOX, Privacy replies")
    typed = dialog.typed_account()
    assert (typed.imap_host, typed.imap_port) == ("imap.gmail.com", 993)
    assert typed.imap_folders == ["INBOX", "Privacy replies"]


def test_a_bounce_offers_the_next_channel(window, clinic, tmp_path, boxes):
    page = _page(window)
    page.import_paths([str(clinic.write("dsn_bounce.eml", tmp_path))])
    text = page.message.toPlainText()
    assert "privacy@3cinteractive.com" in page.suggestion.text()
    # 3Cinteractive's only listed channel is the address that bounced
    assert "No other channel of this company is known" in text


def test_sign_in_from_the_mail_accounts_section(window, clinic, boxes, monkeypatch):
    import webbrowser

    from app import secrets
    from app.services import accounts, oauth
    from tests.conftest import IN_CI
    from tests.integration.oauthserver import CLIENT_ID, OAuthServer, browser

    if not secrets.has_secure_keyring():
        if IN_CI:
            pytest.fail("no secure keyring in CI (run under tests/with_keyring.sh)")
        pytest.skip("no secure keyring in this session")
    with OAuthServer("clinic@example.org") as server:
        google = oauth.providers()["google"]
        local = oauth.Provider(key="google", name=google.name, scopes=google.scopes,
                               authorize_url=server.endpoints()["authorize_url"],
                               token_url=server.endpoints()["token_url"])
        monkeypatch.setattr(oauth, "providers", lambda: {"google": local})
        monkeypatch.setattr(webbrowser, "open", browser)
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
            lambda _p, _t, _l, items, current, _e: (items[current], True)))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(
            lambda *a, **k: (CLIENT_ID, True)))
        window.show_page("settings")
        section = window.page("settings").mail_accounts
        section.table.selectRow(0)
        section.sign_in_button.click()
    assert boxes[-1][0] == "Signed in", boxes
    account = accounts.default_account(window.ctx.store)
    assert oauth.uses_oauth(window.ctx.store, account)


def test_import_starts_in_the_last_folder_used(window, clinic, tmp_path, boxes, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.gui.common.export_folder import last_folder, remember_folder

    saved = tmp_path / "saved mail"
    saved.mkdir()
    remember_folder(window.ctx, tmp_path)
    offered = []
    reply = clinic.write("ack_thread.eml", saved)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda _parent, _title, folder, _filters: offered.append(folder) or ([str(reply)], "")))
    page = _page(window)
    page.choose_files()
    assert offered == [str(tmp_path)]
    assert last_folder(window.ctx) == saved and page.model.rowCount() == 1
