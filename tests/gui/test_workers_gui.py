"""The window with several workers: adding a likely duplicate asks first, the case shows its
audit trail, a stale edit is refused with who changed the client and the list reloads, and a
colleague's change appears without touching anything."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.model import Client
from app.gui.common.change_relay import ChangeRelay
from app.services import clients as client_service
from app.store import open_store
from tests.gui.helpers import when_modal


def _add_through_dialog(page, name: str, phone: str, answer: str | None) -> None:
    """Fills the client dialog; `answer` is the text of the button to press in the duplicate
    question (None: no question expected)."""
    def fill(dialog) -> None:
        dialog.name.setText(name)
        dialog.phones.setText(phone)
        if answer is not None:
            when_modal(press)
        dialog.accept()

    def press(box) -> None:
        assert isinstance(box, QMessageBox) and "may be the same person" in box.text()
        assert "Ana Díaz (same phone number)" in box.informativeText()
        [button] = [b for b in box.buttons() if answer in b.text().replace("&", "")]
        button.click()

    when_modal(fill)
    page.add_client()


def test_adding_a_likely_duplicate_shows_the_match_and_asks(window, qtbot):
    store = window.ctx.store
    existing = client_service.add_client(store, Client(name="Ana Díaz",
                                                       phones=["+1 415 555 0100"]))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    _add_through_dialog(page, "Someone Else", "(415) 555-0100", "Cancel")
    assert page.model.rowCount() == 1
    _add_through_dialog(page, "Someone Else", "(415) 555-0100", "Show the existing client")
    assert page.model.rowCount() == 1 and page.selected_id() == existing.id
    _add_through_dialog(page, "Someone Else", "(415) 555-0100", "Add a new client anyway")
    assert page.model.rowCount() == 2 and page.selected_client().name == "Someone Else"
    _add_through_dialog(page, "Bo Chen", "+1 212 555 0199", None)  # no match, no question
    assert page.model.rowCount() == 3


def test_the_case_shows_who_changed_it(window):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    model = page.audit.model
    assert model.row_count() == 1
    assert model.data(model.index(0, 2)) == "added the client"
    client_service.set_archived(store, client.id, False)
    window.ctx.bus.clients_changed.emit()
    assert model.data(model.index(0, 2)) == "brought the client back from the archive"
    assert model.data(model.index(0, 1)) == model.entry_at(0).who != ""


def test_a_stale_edit_keeps_what_the_worker_typed_and_names_the_client(window, home):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", phones=["+14155550100"]))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    colleague = open_store(home)
    try:
        theirs = client_service.get_client(colleague, client.id)
        client_service.update_client(colleague, replace(theirs, address="2 Oak Ave",
                                                        phones=["+14155550199"]))
    finally:
        colleague.close()
    seen: dict[str, str] = {}

    def edit(dialog) -> None:
        dialog.address.setPlainText("1 Main St")
        dialog.notes.setPlainText("Called on Monday")
        when_modal(again)
        dialog.accept()

    def again(dialog) -> None:  # the same form, reopened with the colleague's version
        seen["notice"] = dialog.error.text()
        seen["address"] = dialog.address.toPlainText()
        seen["notes"] = dialog.notes.toPlainText()
        seen["phones"] = dialog.phones.text()
        dialog.accept()

    when_modal(edit)
    page.edit_client()
    notice = seen["notice"]
    assert "Ana Lopez was changed by" in notice and f"client {client.id}" not in notice
    assert "UTC" not in notice  # the time in local time, written the language's way
    assert "Both of you changed Address" in notice and "2 Oak Ave" in notice
    assert seen["address"] == "1 Main St" and seen["notes"] == "Called on Monday"
    assert seen["phones"] == "+1 415-555-0199"  # the colleague's change is kept too
    saved = client_service.get_client(store, client.id)
    assert (saved.address, saved.notes, saved.phones) == ("1 Main St", "Called on Monday",
                                                         ["+14155550199"])
    assert page.selected_client().address == "1 Main St"


def test_a_stale_edit_cancelled_keeps_the_colleagues_version(window, home):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    colleague = open_store(home)
    try:
        theirs = client_service.get_client(colleague, client.id)
        client_service.update_client(colleague, replace(theirs, address="2 Oak Ave"))
    finally:
        colleague.close()

    def edit(dialog) -> None:
        dialog.address.setPlainText("1 Main St")
        when_modal(lambda reopened: reopened.reject())
        dialog.accept()

    when_modal(edit)
    page.edit_client()
    assert client_service.get_client(store, client.id).address == "2 Oak Ave"
    assert page.selected_client().address == "2 Oak Ave"  # reloaded: the next edit can succeed


def test_a_refused_save_names_the_client(window, home):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    stale = client_service.get_client(store, client.id)
    colleague = open_store(home)
    try:
        theirs = client_service.get_client(colleague, client.id)
        client_service.update_client(colleague, replace(theirs, address="2 Oak Ave"))
    finally:
        colleague.close()
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    page._save(lambda: client_service.update_client(store, replace(stale, notes="x")))
    assert seen and seen[0].startswith("Ana Lopez was changed by")


def test_a_colleagues_change_appears_by_itself(window, qtbot, home):
    relay = ChangeRelay(window.ctx, interval=0.05).start()
    try:
        page = window.page("clients")
        colleague = open_store(home)
        try:
            client_service.add_client(colleague, Client(name="Bo Chen"))
        finally:
            colleague.close()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
        assert relay.watcher.error is None
    finally:
        relay.stop()
    QApplication.processEvents()


def test_a_colleagues_new_request_appears_on_the_requests_page(window, qtbot, home):
    from app.services import requests as request_service

    client = client_service.add_client(window.ctx.store, Client(name="Ana Lopez", state="CA"))
    window.ctx.bus.clients_changed.emit()
    window.show_page("requests")
    page = window.page("requests")
    assert page.model.rowCount() == 0
    relay = ChangeRelay(window.ctx, interval=0.05).start()
    try:
        colleague = open_store(home)
        try:
            request_service.new_request(colleague, client.id, "att", "delete")
        finally:
            colleague.close()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    finally:
        relay.stop()


def test_the_trail_is_read_when_the_case_is_shown(window):
    client = client_service.add_client(window.ctx.store, Client(name="Ana Lopez"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    window.show_page("requests")  # the Clients page hidden: nothing is read for it
    page.select(client.id)
    # A change that keeps the client listed (an archived one leaves the list, and with it the
    # selection: then no one's trail is shown).
    client_service.update_client(window.ctx.store, replace(
        client_service.get_client(window.ctx.store, client.id), phones=["+14155550100"]))
    window.ctx.bus.clients_changed.emit()
    assert [e.action for e in page.audit.model._entries] == ["client.add"]  # not re-read yet
    window.show_page("clients")
    assert [e.action for e in page.audit.model._entries] == ["client.edit", "client.add"]


def test_an_edit_of_a_client_deleted_meanwhile_names_them(window, home):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    colleague = open_store(home)
    try:
        client_service.delete_client(colleague, client.id)
    finally:
        colleague.close()
    seen: list[str] = []

    def edit(dialog) -> None:
        dialog.address.setPlainText("1 Main St")
        when_modal(lambda box: (seen.append(box.text()), box.accept()))
        dialog.accept()

    when_modal(edit)
    page.edit_client()
    assert seen == ["Ana Lopez was deleted by a colleague meanwhile; nothing was saved."]
    assert page.model.rowCount() == 0  # the list no longer shows them


def test_who_and_when_of_a_refusal_read_in_the_windows_words(qapp):
    from PySide6.QtCore import QDateTime, QLocale, Qt

    from app.core.text import Text
    from app.gui.clients.stale_edit import said

    values = {"who": Text("another worker"), "when": "2026-12-04 01:02:06 UTC"}
    assert said(values, "who") == "another worker"
    local = QDateTime.fromString("2026-12-04T01:02:06Z", Qt.DateFormat.ISODate).toLocalTime()
    assert said(values, "when") == QLocale("en").toString(local, QLocale.FormatType.ShortFormat)
    assert said({"when": Text("an unknown time")}, "when") == "an unknown time"
