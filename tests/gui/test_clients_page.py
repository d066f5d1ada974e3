from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.core.model import Client
from app.gui.clients.client_dialog import ClientDialog
from app.gui.shell.launch import build_main_window
from app.services import clients as client_service
from tests.gui.helpers import when_modal


def _fill(dialog: ClientDialog, name: str, phone: str = "", state: str = "") -> None:
    dialog.name.setText(name)
    dialog.phones.setText(phone)
    dialog.state.setText(state)


def test_new_user_sees_what_to_do_first(window):
    page = window.page("clients")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button.text() == "Add the first client"


def test_add_client_through_the_dialog(window, qtbot):
    page = window.page("clients")

    def fill_and_save(dialog):
        _fill(dialog, "Ana Díaz", "+1 415 555 0100", "ca")
        dialog.accept()

    when_modal(fill_and_save)
    page.add_client()
    assert page.stack.currentWidget() is page.splitter
    assert page.model.rowCount() == 1
    assert page.selected_client().name == "Ana Díaz"
    assert "+1 415-555-0100" in page.detail.body.text()


def test_dialog_shows_validation_error_and_keeps_input(qtbot):
    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, "Ana", "12")
    dialog.accept()
    assert dialog.result() == 0
    assert not dialog.error.isHidden()
    assert "phone number" in dialog.error.text()
    assert dialog.phones.text() == "12"


def test_search_filters_the_list(window, qtbot):
    for name in ("Ana Díaz", "Bea López", "Carla Ruiz"):
        client_service.add_client(window.ctx.store, Client(name=name))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.search.setText("lóp")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Bea López"


def test_html_name_is_shown_as_text(window):
    client_service.add_client(window.ctx.store, Client(name="<b>Bold</b> & co"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    assert page.detail.title.textFormat() == Qt.TextFormat.PlainText
    assert page.detail.title.text() == "<b>Bold</b> & co"


def test_delete_asks_and_cancel_keeps_the_client(window):
    client_service.add_client(window.ctx.store, Client(name="Keep Me"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")

    def cancel(box):
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    page.delete_client()
    assert page.model.rowCount() == 1

    def confirm(box):
        delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
        delete.click()

    when_modal(confirm)
    page.delete_client()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty


def test_archive_toggles(window):
    client = client_service.add_client(window.ctx.store, Client(name="Old Case"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.toggle_archive()
    assert client_service.get_client(window.ctx.store, client.id).archived
    assert page.proxy.rowCount() == 0  # archived clients are hidden unless asked for
    assert page.stack.currentWidget() is page.splitter
    page.show_archived.setChecked(True)
    assert "(archived)" in page.proxy.index(0, 0).data()
    page.toggle_archive()
    page.show_archived.setChecked(False)
    assert page.proxy.rowCount() == 1


def test_every_page_opens_and_shortcuts_switch(window, qtbot):
    for key in ("requests", "deadlines", "directory", "reports", "settings", "clients"):
        window.show_page(key)
        assert window.current_page_key() == key
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # 7th in sidebar
    assert window.current_page_key() == "settings"


def test_geometry_is_remembered(qtbot, home):
    first = build_main_window(home, synchronous_tasks=True)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 530)
    first.close()
    first.ctx.store.close()
    second = build_main_window(home, synchronous_tasks=True)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 530)
    assert (home / "window.ini").exists()
    second.close()
    second.ctx.store.close()


def test_excepthook_logs_and_shows_a_dialog(window, home, monkeypatch):
    from app.gui.shell.crash import install_excepthook
    from app.logging_setup import setup_logging

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()))
    log_path = setup_logging(home)
    old = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            secret_value = "Ana-Secret-Value"
            raise ValueError(secret_value)
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    for handler in logging.getLogger("app").handlers:
        handler.flush()
    text = log_path.read_text()
    assert "ValueError" in text and "Ana-Secret-Value" not in text
    assert shown and "ValueError" in shown[0] and "Ana-Secret-Value" not in shown[0]


def test_new_request_from_the_client_opens_the_flow_for_that_client(window):
    client_service.add_client(window.ctx.store, Client(name="Aaron First", state="CA"))
    chosen = client_service.add_client(window.ctx.store, Client(name="Zoe Chosen", state="CA"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(chosen.id)
    seen = []

    def look_and_close(dialog):
        seen.append(dialog.client.currentData())
        dialog.reject()

    when_modal(look_and_close)
    page.detail.request_button.click()
    assert seen == [chosen.id]
    assert window.current_page_key() == "requests"
