"""Deadlines page, its table model, the request timeline (log, edit, delete, undo, files,
follow-ups) and the overdue badge/notification."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from app.core.model import Client, Request
from app.gui.deadlines.deadlines_model import DeadlineTableModel
from app.services import attachments as attachment_service
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking
from app.services.deadlines import DeadlineRow
from tests.gui.helpers import when_modal

TODAY = date.today()


def _row(request_id: int, client_id: int, company: str, days_left: int | None,
         category: str, status: str = "sent", client: str = "Ana") -> DeadlineRow:
    deadline = TODAY + timedelta(days=days_left) if days_left is not None else None
    request = Request(client_id=client_id, company=company.lower(), law="us-ca", type="delete",
                      reference=f"OFM-TEST-{request_id:04d}", id=request_id, status=status,
                      sent_on="2026-01-15", due_on=deadline.isoformat() if deadline else None)
    return DeadlineRow(request=request, client_name=client, company_name=company,
                       status=status, deadline=deadline, days_left=days_left,
                       overdue=days_left is not None and days_left < 0, category=category)


def test_model_filters_by_text_category_and_client_and_sorts():
    model = DeadlineTableModel()
    model.set_rows([
        _row(1, 1, "AT&T", -3, "overdue", "overdue"),
        _row(2, 1, "Kochava", 4, "this-week"),
        _row(3, 2, "Verizon", 30, "waiting", client="Bo"),
        _row(4, 2, "Venntel", 60, "later", "acknowledged", client="Bo"),
    ])
    assert model.rowCount() == 4
    # Actionable first: overdue, due this week, later, then waiting for a confirmation.
    assert [model.row_at(i).request.id for i in range(4)] == [1, 2, 4, 3]
    overdue = model.index(0, 7)
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).color() == QColor("#b3261e")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 8)) == "time to follow up"
    assert model.data(overdue) == "3 days overdue"   # never "Days left -3"
    assert model.data(model.index(1, 7)) == "4"
    model.set_rows([_row(5, 1, "AT&T", -1, "overdue", "overdue")])
    assert model.data(model.index(0, 7)) == "1 day overdue"
    model.set_rows([
        _row(1, 1, "AT&T", -3, "overdue", "overdue"),
        _row(2, 1, "Kochava", 4, "this-week"),
        _row(3, 2, "Verizon", 30, "waiting", client="Bo"),
        _row(4, 2, "Venntel", 60, "later", "acknowledged", client="Bo"),
    ])

    model.set_text("ven")           # Venntel only (Verizon has no "ven")
    assert [model.row_at(i).request.id for i in range(model.rowCount())] == [4]
    model.set_text("bo")            # client name
    assert model.rowCount() == 2
    model.set_text("")
    model.set_category("overdue")
    assert [model.row_at(0).request.id] == [1] and model.rowCount() == 1
    model.set_category(None)
    model.set_client(2)
    assert model.rowCount() == 2
    assert model.counts() == {"overdue": 0, "this-week": 0, "waiting": 1, "later": 1}
    model.set_client(None)
    model.sort(2, Qt.SortOrder.DescendingOrder)   # company, Z..A
    assert [model.data(model.index(i, 2)) for i in range(4)] == \
        ["Verizon", "Venntel", "Kochava", "AT&T"]
    assert model.row_of(1) == 3
    with pytest.raises(ValueError):
        model.set_category("someday")


def _client(store, name: str = "Ana Díaz", state: str = "CA") -> int:
    return client_service.add_client(
        store, Client(name=name, state=state, country="US", emails=["ana@example.org"])).id


def _sent(store, client_id: int, company: str, on: date | str, kind: str = "delete") -> int:
    request = request_service.new_request(store, client_id, company, kind)
    tracking.mark_sent(store, request.id, on=on)
    return request.id


def _open_page(window, qtbot):
    window.show_page("deadlines")
    page = window.page("deadlines")
    qtbot.waitUntil(lambda: not page.model.loading)
    return page


def test_page_shows_overdue_due_this_week_and_waiting(window, qtbot):
    store = window.ctx.store
    ana = _client(store)
    bo = _client(store, "Bo Nguyen")
    late = _sent(store, ana, "att", "2026-01-15")
    soon = _sent(store, bo, "kochava", TODAY - timedelta(days=40))
    waiting = _sent(store, bo, "verizon", TODAY - timedelta(days=2))
    page = _open_page(window, qtbot)
    assert page.stack.currentWidget() is page.content
    categories = {page.model.row_at(i).request.id: page.model.row_at(i).category
                  for i in range(page.model.rowCount())}
    assert categories == {late: "overdue", soon: "this-week", waiting: "waiting"}
    assert page.category_buttons["overdue"].text() == "Overdue (1)"
    assert page.category_buttons[None].text() == "All open (3)"

    qtbot.keyClicks(page.search, "kochava")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.mouseClick(page.category_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 1
    assert page.proxy.data(page.proxy.index(0, 4)) == "Overdue"
    qtbot.mouseClick(page.category_buttons[None], Qt.MouseButton.LeftButton)
    page.client.setCurrentIndex(page.client.findData(bo))
    assert page.proxy.rowCount() == 2
    assert page.category_buttons["overdue"].text() == "Overdue (0)"
    page.client.setCurrentIndex(0)

    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)   # client, Z..A
    assert page.proxy.data(page.proxy.index(0, 1)) == "Bo Nguyen"
    page.select(late)
    assert page.timeline.request_id == late
    assert "Overdue" in page.timeline.summary.text()
    assert "answer due 2026-03-01 (11 CCR 7021(b), regulation)" in page.timeline.summary.text()


def test_empty_page_says_what_to_do(window, qtbot):
    page = _open_page(window, qtbot)
    assert page.stack.currentWidget() is page.empty


def _fill_event(kind: str, on: date, text: str = "", files: list[Path] = ()):
    def handle(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.on.setDate(on)
        dialog.text.setPlainText(text)
        for path in files:
            dialog.add_file(path)
        dialog.accept()
    return handle


def test_timeline_log_edit_delete_with_undo(window, qtbot, tmp_path):
    store = window.ctx.store
    request_id = _sent(store, _client(store), "att", "2026-01-15")
    page = _open_page(window, qtbot)
    page.select(request_id)
    timeline = page.timeline

    image = tmp_path / "reply.png"
    picture = QImage(120, 80, QImage.Format.Format_RGB32)
    picture.fill(QColor("steelblue"))
    picture.save(str(image))
    when_modal(_fill_event("extended", date(2026, 2, 20), "They need more time", [image]))
    timeline.log_event()
    assert [e.kind for e in tracking.list_events(store, request_id)] == ["sent", "extended"]
    assert request_service.get_request(store, request_id).extended_due_on == "2026-04-15"
    assert "extended to 2026-04-15" in timeline.summary.text()
    event = timeline.selected_event()
    assert event.kind == "extended" and event.attachments[0].filename == "reply.png"
    assert timeline.preview.pixmap() is not None and not timeline.preview.pixmap().isNull()
    assert timeline.viewable_copy(event.attachments[0]).read_bytes() == image.read_bytes()

    def move_date(dialog):
        dialog.on.setDate(date(2026, 3, 5))       # after the first deadline: invalid
        dialog.accept()

    when_modal(move_date)
    timeline.edit_event()
    assert request_service.get_request(store, request_id).extended_due_on is None
    assert "2026-03-05" in timeline.flags.text() and timeline.flags.isVisibleTo(timeline)
    timeline.undo_stack.undo()
    assert request_service.get_request(store, request_id).extended_due_on == "2026-04-15"

    timeline.select_event(event.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_Delete)
    assert [e.kind for e in tracking.list_events(store, request_id)] == ["sent"]
    assert request_service.get_request(store, request_id).extended_due_on is None
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(timeline, Qt.Key.Key_Control)   # later tests must not inherit Ctrl
    restored = tracking.list_events(store, request_id)
    assert [e.kind for e in restored] == ["sent", "extended"]
    assert restored[1].attachments[0].filename == "reply.png"
    assert request_service.get_request(store, request_id).extended_due_on == "2026-04-15"
    timeline.undo_stack.undo()      # the edit was undone already: this undoes the logging
    timeline.undo_stack.undo()
    assert [e.kind for e in tracking.list_events(store, request_id)] == ["sent"]
    timeline.undo_stack.redo()
    assert [e.kind for e in tracking.list_events(store, request_id)] == ["sent", "extended"]


def test_mark_sent_from_the_timeline(window, qtbot):
    store = window.ctx.store
    request = request_service.new_request(store, _client(store), "att", "delete")
    page = _open_page(window, qtbot)
    page.timeline.set_request(request.id)
    assert page.timeline.mark_sent_button.isEnabled()

    def fill(dialog):
        dialog.on.setDate(date(2026, 1, 15))
        dialog.via.setCurrentIndex(dialog.via.findData("post"))
        dialog.delivered_known.setChecked(True)
        dialog.delivered.setDate(date(2026, 1, 17))
        dialog.accept()

    when_modal(fill)
    page.timeline.mark_sent()
    saved = request_service.get_request(store, request.id)
    assert (saved.sent_on, saved.via, saved.due_on) == ("2026-01-15", "post", "2026-03-03")
    qtbot.waitUntil(lambda: page.model.row_of(request.id) >= 0)


def test_large_file_needs_confirmation(window, qtbot, tmp_path, monkeypatch):
    store = window.ctx.store
    request_id = _sent(store, _client(store), "att", "2026-01-15")
    page = _open_page(window, qtbot)
    page.timeline.set_request(request_id)
    monkeypatch.setattr(attachment_service, "LARGE_FILE_BYTES", 10)
    big = tmp_path / "video.mov"
    big.write_bytes(b"x" * 100)
    answers = []

    def answer(*args, **kwargs):
        answers.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    when_modal(_fill_event("note", date(2026, 1, 20), "the video", [big]))
    page.timeline.log_event()
    assert "'video.mov' is 100 bytes" in answers[0]
    assert tracking.list_events(store, request_id)[-1].attachments[0].size == 100


def test_followup_from_the_timeline(window, qtbot, monkeypatch):
    store = window.ctx.store
    request_id = _sent(store, _client(store), "att", "2026-01-15", kind="cpni-opt-out")
    page = _open_page(window, qtbot)
    page.select(request_id)
    timeline = page.timeline
    timeline._update_followups()
    assert timeline.followup_actions["complaint"].isEnabled()
    assert not timeline.followup_actions["appeal"].isEnabled()
    assert "grants no appeal" in timeline.followup_actions["appeal"].toolTip()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    with qtbot.waitSignal(timeline.followup_created) as created:
        timeline.followup_actions["complaint"].trigger()
    complaint = request_service.get_request(store, created.args[0])
    assert (complaint.type, complaint.parent_id, complaint.law) == \
        ("complaint", request_id, "us-cpni")
    assert complaint.reference in shown[0]


def test_badge_and_notification_when_something_becomes_overdue(window, qtbot):
    store = window.ctx.store
    ana = _client(store)
    _sent(store, ana, "att", "2026-01-15")
    watch = window.deadline_watch
    watch.check()
    item = window.sidebar.item(2)
    assert item.text() == "Deadlines  (1)"
    assert watch.last_notification is None      # already overdue at start: no alert
    late = request_service.new_request(store, ana, "kochava", "delete")
    with qtbot.waitSignal(watch.became_overdue) as signal:
        tracking.mark_sent(store, late.id, on="2026-01-20")
        window.ctx.bus.requests_changed.emit()
    assert signal.args[0] == [late.id]
    assert item.text() == "Deadlines  (2)"
    assert "now overdue" in watch.last_notification[1]
    assert "overdue" in window.statusBar().currentMessage()
    tracking.log_event(store, late.id, "fulfilled", on="2026-02-01")
    window.ctx.bus.requests_changed.emit()
    assert item.text() == "Deadlines  (1)"


def test_timeline_in_the_requests_page_tracking_tab(window, qtbot, monkeypatch):
    store = window.ctx.store
    request_id = _sent(store, _client(store), "kochava", "2026-01-15")
    window.show_page("requests")
    page = window.page("requests")
    timeline = page.tracking_actions.timeline
    assert page.select(request_id)
    assert timeline.request_id == request_id
    assert "Overdue" in timeline.summary.text()
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    timeline.draft_followup("reminder")
    reminder = page.selected_id()
    assert request_service.get_request(store, reminder).type == "reminder"
    assert timeline.request_id == reminder
    assert timeline.mark_sent_button.isEnabled()


def test_actionable_rows_lead_most_overdue_first(window, qtbot):
    store = window.ctx.store
    ana = _client(store)
    waiting = _sent(store, ana, "verizon", TODAY - timedelta(days=3))  # due before `later`
    later = _sent(store, ana, "kochava", TODAY - timedelta(days=1))
    tracking.log_event(store, later, "acknowledged", on=TODAY)
    slightly_late = _sent(store, ana, "att", TODAY - timedelta(days=50))
    very_late = _sent(store, ana, "t-mobile", TODAY - timedelta(days=700))
    this_week = _sent(store, ana, "venntel", TODAY - timedelta(days=40))
    page = _open_page(window, qtbot)
    shown = [page.proxy.data(page.proxy.index(row, 0), DeadlineTableModel.RequestIdRole)
             for row in range(page.proxy.rowCount())]
    assert shown == [very_late, slightly_late, this_week, later, waiting]
    days = page.proxy.data(page.proxy.index(0, 7))
    assert days.endswith("days overdue") and int(days.split()[0]) > 600
    assert page.table.horizontalHeader().sortIndicatorSection() == 7
    page.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # the plain date order stays
    first = page.proxy.data(page.proxy.index(0, 0), DeadlineTableModel.RequestIdRole)
    assert first == very_late


def test_a_line_marks_where_each_group_starts(window, qtbot):
    from app.gui.deadlines.group_divider import starts_group

    store = window.ctx.store
    ana = _client(store)
    late = [_sent(store, ana, slug, TODAY - timedelta(days=60)) for slug in ("att", "verizon")]
    soon = _sent(store, ana, "kochava", TODAY - timedelta(days=40))
    page = _open_page(window, qtbot)
    model = page.model
    assert [starts_group(model, row) for row in range(model.rowCount())] == [False, False, True]
    assert model.row_at(2).request.id == soon and {model.row_at(0).request.id,
                                                   model.row_at(1).request.id} == set(late)
    image = page.table.viewport().grab().toImage()
    divider_y = page.table.rowViewportPosition(2)
    inside_y = divider_y + page.table.rowHeight(2) // 2
    x = page.table.columnViewportPosition(1) + 3
    background = image.pixelColor(x, inside_y).lightness()
    assert abs(image.pixelColor(x, divider_y).lightness() - background) > 60  # the line
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # another order: no groups
    assert not any(starts_group(model, row) for row in range(model.rowCount()))


def test_the_empty_state_waits_for_the_first_answer(window, monkeypatch):
    """Until the first query answers, the page shows its (empty) list, never "Nothing is
    waiting", which on a big store would be false for a moment."""
    monkeypatch.setattr(window.ctx.tasks, "run", lambda *a, **k: None)  # no answer yet
    page = window.page("deadlines")
    assert page.stack.currentWidget() is page.content
    monkeypatch.undo()
    page.reload()  # the answer: nothing open in this home
    assert page.stack.currentWidget() is page.empty
