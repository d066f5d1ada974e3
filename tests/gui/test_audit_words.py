"""The case's change table speaks people's words: the action and what it changed by the names
the window uses, each request by its company and type, local dates in the interface's way; and
a trail longer than the pane shows opens whole in a window (no command to type)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, QLocale, Qt

from app.core.model import Client
from app.gui.clients.audit_section import SHOWN_ENTRIES, AllChangesDialog
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service
from app.services import tracking


def _rows(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_change_table_names_things_in_words(window):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    client_service.update_client(store, replace(client_service.get_client(store, client.id),
                                                phones=["+14155550100"], address="1 Main St"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    request = request_service.new_request(store, client.id, "att", "delete")
    tracking.mark_sent(store, request.id, on="2026-11-02", via="post")
    tracking.log_event(store, request.id, "acknowledged", on="2026-11-05")
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    model = page.audit.model
    rows = _rows(model)
    whats = [row[2] for row in rows]
    assert "edited the client: Address, Phone" in whats
    assert "recorded who holds the client's data: AT&T" in whats
    assert "created the request: AT&T, Delete, CCPA/CPRA" in whats
    assert "recorded the request as sent: by post" in whats
    assert "logged an event: Receipt confirmed" in whats
    title = f"AT&T: Delete ({request.reference})"
    assert all(row[3] == title for row in rows if row[2].startswith(("created", "logged")))
    shown = " ".join(" ".join(row) for row in rows)
    for code in (": att", "delete us-ca", "us-ca", "acknowledged", "2026-", "Z "):
        assert code not in shown, code
    assert all(row[3] != str(request.id) for row in rows)
    entry = model.entry_at(0)
    local = QDateTime.fromString(entry.at, Qt.DateFormat.ISODate).toLocalTime()
    assert rows[0][0] == QLocale("en").toString(local, QLocale.FormatType.ShortFormat)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == \
        ["When", "Who", "What", "Request"]


def test_a_deleted_draft_is_named_by_its_reference(window):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    request_service.delete_draft(store, request.id)
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    rows = _rows(page.audit.model)
    assert rows[0][2] == "deleted the draft request"
    assert rows[0][3] == f"deleted draft {request.reference}"


def test_all_changes_open_in_a_window_when_the_pane_shows_only_the_newest(window, qtbot):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    current = client_service.get_client(store, client.id)
    for number in range(SHOWN_ENTRIES + 5):
        current = client_service.update_client(store, replace(current, notes=f"call {number}"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    section = page.audit
    assert section.model.rowCount() == SHOWN_ENTRIES
    assert section.all_button.isVisibleTo(section)
    from tests.gui.test_mnemonics import clashes

    assert clashes(window) == {}  # its Alt key is its own on the page
    assert "offmap" not in section.note.text()
    dialog = section.show_all()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AllChangesDialog)
    assert dialog.model.rowCount() == SHOWN_ENTRIES + 6  # every edit and the addition
    assert "Ana Lopez" in dialog.windowTitle()
    assert dialog.note.text() == f"{SHOWN_ENTRIES + 6} changes, newest first."
    assert dialog.model.index(SHOWN_ENTRIES + 5, 2).data() == "added the client"
    metrics = dialog.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(dialog.model.index(row, 2).data())
                 for row in range(dialog.model.rowCount()))
    assert dialog.table.horizontalHeader().sectionSize(2) >= widest  # older, longer rows too
    dialog.close()


def test_a_short_trail_has_no_show_all_button(window):
    client = client_service.add_client(window.ctx.store, Client(name="Ana Lopez"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    assert not page.audit.all_button.isVisibleTo(page.audit)


def test_every_recorded_action_reads_in_words(qapp):
    from app.gui.clients.audit_words import what_text
    from app.services.audit import ACTION_WORDS, AuditEntry

    samples = {
        "client.edit": ("birth_date, emails", "edited the client: Date of birth, E-mail"),
        "client.import": ("3 requests, 7 events",
                          "imported the client from a case file: 3 requests, 7 events"),
        "holding.add": ("att, kochava",
                        "recorded who holds the client's data: AT&T, Kochava"),
        "holding.delete": ("att", "removed a company holding the client's data: AT&T"),
        "request.event-edit": ("acknowledged → fulfilled",
                               "changed an event: Receipt confirmed → Fulfilled"),
        "request.event-delete": ("denied", "deleted an event: Refused"),
        "request.event-restore": ("bounced", "restored a deleted event: Not delivered"),
        "request.attach": ("1", "attached files to an event: 1 file"),
        "request.sent": ("webform", "recorded the request as sent: through the web form"),
        "request.edit": ("body, subject", "edited the request's letter"),
    }
    companies = {"att": "AT&T", "kochava": "Kochava"}
    for action in ACTION_WORDS:
        what, expected = samples.get(action, ("", None))
        entry = AuditEntry(1, "2026-12-04T01:00:00Z", "ana", action, 1, 2, what)
        shown = what_text(entry, companies)
        assert shown == (expected or str(ACTION_WORDS[action])), action
        assert "_" not in shown and "." not in shown.replace("…", ""), shown
