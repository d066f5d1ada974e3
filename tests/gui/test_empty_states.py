"""Empty lists say why they are empty and what to do next (no blank boxes); the keyring warning
names the keyring as people know it (no Python class names) in palette colours."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtGui import QColor, QPalette

from app import secrets
from app.core.model import Client, MailAccount
from app.gui.requests.request_timeline import RequestTimeline
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service
from app.services import tracking


def _painted_text_pixels(view) -> int:
    """Pixels in the view's text colour: zero for a blank box."""
    image = view.viewport().grab().toImage()
    text = view.viewport().palette().color(QPalette.ColorRole.Text)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.lightness() - text.lightness()) < 40:
                count += 1
    return count


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


def test_no_mail_account_says_how_to_add_one(window, no_keyring, qtbot):
    section = window.page("settings").mail_accounts
    window.show_page("settings")
    assert section.empty_text.showing()
    assert "Add account…" in section.table.accessibleDescription()
    qtbot.waitUntil(lambda: _painted_text_pixels(section.table) > 20)
    account_service.save_account(window.ctx.store, MailAccount(
        host="smtp.example.org", port=587, username="me", from_addr="me@example.org"))
    section.reload()
    assert not section.empty_text.showing()
    assert section.table.accessibleDescription() == ""


def test_keyring_warning_names_no_python_class_and_uses_the_palette(window, no_keyring):
    section = window.page("settings").mail_accounts
    section.reload()
    text = section.keyring.text()
    assert "there is no secure system keyring" in text.lower()
    assert "keyring.backends" not in text and "Keyring)" not in text
    sheet = section.keyring.styleSheet()
    assert "#" not in sheet and "palette(" in sheet


def test_keyring_names_are_words():
    from keyring.backends import SecretService

    assert secrets.backend_name(fail.Keyring()) == "none"
    assert secrets.backend_name(SecretService.Keyring()) == \
        "Secret Service (GNOME Keyring or KWallet)"


def test_timeline_and_files_explain_their_empty_state(window, qtbot):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA",
                                                     emails=["ana@example.org"]))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    request_id = request_service.new_request(store, client.id, "att", "delete").id
    timeline = RequestTimeline(window.ctx)
    qtbot.addWidget(timeline)
    timeline.resize(800, 500)
    timeline.show()
    timeline.set_request(request_id)
    if timeline.events.rowCount() == 0:
        assert timeline.table_empty.showing()
        assert "Mark sent…" in timeline.table.accessibleDescription()
    assert "Choose an event" in timeline.files_empty.text
    tracking.mark_sent(store, request_id)
    timeline.reload()
    assert not timeline.table_empty.showing()
    timeline.table.selectRow(0)
    assert timeline.files_empty.showing()
    assert "No files on this event" in timeline.file_list.accessibleDescription()
    qtbot.waitUntil(lambda: _painted_text_pixels(timeline.file_list) > 20)
