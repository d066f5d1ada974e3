"""Requests page: the list with filters, the detail with the letter preview, the New request
flow from a client's holdings (several companies and types, suggested and overridden law, live
preview, drafts saved) and letter export, one and in batch, with Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.model import Client
from app.gui.common.tasks import TaskHandle
from app.gui.requests.letter_export import ExportDialog
from app.gui.requests.new_request_dialog import NewRequestDialog
from app.gui.requests.request_model import RequestRow, RequestTableModel
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service
from tests.gui.helpers import when_modal


def _setup(window, state: str = "CA") -> int:
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana Lopez", emails=["ana@example.org"], phones=["+1 415 555 0100"], state=state))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    holding_service.add_holding(store, client.id, "kochava", ["ad-id"])
    window.ctx.bus.clients_changed.emit()
    return client.id


def test_empty_page_says_what_to_do(window):
    page = window.page("requests")
    assert page.stack.currentWidget() is page.empty


def test_list_detail_and_letter_preview(window):
    client_id = _setup(window)
    delete = request_service.new_request(window.ctx.store, client_id, "att", "delete")
    request_service.new_request(window.ctx.store, client_id, "att", "cpni-opt-out")
    page = window.page("requests")
    page.reload(select_id=delete.id)
    assert page.stack.currentWidget() is page.splitter
    assert page.model.rowCount() == 2
    assert page.detail.request_id == delete.id
    preview = page.detail.preview.toPlainText()
    assert delete.reference in preview and "Cal. Civ. Code 1798.105" in preview
    assert "E911" in preview
    summary = page.detail.summary.text()
    assert "Due if sent today" in summary and "11 CCR 7021(b)" in summary
    assert page.detail.tabs.count() == 2
    assert page.detail.detail_sections is not None


def test_filters_by_text_client_and_status(window):
    client_id = _setup(window)
    other = client_service.add_client(window.ctx.store, Client(name="Bo", state="CA")).id
    request_service.new_request(window.ctx.store, client_id, "att", "delete")
    request_service.new_request(window.ctx.store, other, "kochava", "opt-out")
    window.ctx.bus.clients_changed.emit()
    page = window.page("requests")
    page.reload()
    assert page.model.rowCount() == 2
    page.search.setText("kochava")
    assert page.model.rowCount() == 1
    page.search.setText("att")  # the directory id finds "AT&T", as on the Deadlines page
    assert page.model.rowCount() == 1 and page.model.row_at(0).request.company == "att"
    page.search.clear()
    page.client.setCurrentIndex(page.client.findData(client_id))
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).request.company == "att"
    page.client.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("sent"))
    assert page.model.rowCount() == 0
    assert page.detail.request_id is None
    assert "0 of 2" in page.count.text()


def test_table_model_sorts_without_widgets(qtbot):
    from app.core.model import Request

    model = RequestTableModel()
    rows = [RequestRow(Request(client_id=1, company=c, law="us-ca", type="delete",
                               reference=f"OFM-{i}", id=i), "Ana", name)
            for i, (c, name) in enumerate([("b", "Beta"), ("a", "Alpha"), ("c", "Gamma")], 1)]
    model.set_rows(rows)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["Alpha", "Beta", "Gamma"]
    model.set_filters(text="gam")
    assert model.visible_ids() == [3]


def test_new_request_flow_from_holdings(window, qtbot):
    client_id = _setup(window)
    dialog = NewRequestDialog(window.ctx, client_id, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.company_model.checked_keys() == ["att", "kochava"]
    dialog.type_model.set_checked("cpni-opt-out", True)
    rows = {(r.company, r.request_type): r for r in dialog.plan_model.rows()}
    assert rows[("att", "delete")].law == "us-ca"
    assert rows[("att", "cpni-opt-out")].law == "us-cpni"
    assert rows[("kochava", "cpni-opt-out")].law is None
    assert "CCPA/CPRA" in rows[("kochava", "cpni-opt-out")].reason
    dialog.update_preview()
    assert "Cal. Civ. Code 1798.105" in dialog.preview_text()
    assert "California residents" in dialog.explanation.text()

    dialog.plan_view.selectRow(1)
    dialog.note.setPlainText("Please also stop sharing with LocationSmart.")
    dialog.update_preview()
    text = dialog.preview_text()
    assert "47 U.S.C. 222" in text and "LocationSmart" in text

    assert dialog.save_button.isEnabled() and "3" in dialog.save_button.text()
    dialog.save()
    assert len(dialog.created_ids) == 3
    saved = request_service.list_requests(window.ctx.store, client_id=client_id)
    assert sorted((r.company, r.type, r.law) for r in saved) == [
        ("att", "cpni-opt-out", "us-cpni"), ("att", "delete", "us-ca"),
        ("kochava", "delete", "us-ca")]
    assert all(r.details["note"].endswith("LocationSmart.") for r in saved)


def test_law_override_and_a_state_without_a_law(window, qtbot):
    client_id = _setup(window, state="FL")
    dialog = NewRequestDialog(window.ctx, client_id, ["kochava"], parent=window)
    qtbot.addWidget(dialog)
    assert dialog.company_model.checked_keys() == ["kochava"]
    [row] = dialog.plan_model.rows()
    assert row.law is None and not dialog.save_button.isEnabled()
    assert "Florida" in dialog.explanation.text()
    dialog.law.setCurrentIndex(dialog.law.findData("us-ca"))
    [row] = dialog.plan_model.rows()
    assert row.law == "us-ca"
    dialog.update_preview()
    assert "I do not live in California" in dialog.preview_text()
    dialog.save()
    [saved] = request_service.list_requests(window.ctx.store, client_id=client_id)
    assert saved.details["voluntary"] is True


def test_new_request_button_opens_the_flow_and_selects_the_draft(window):
    client_id = _setup(window)
    page = window.page("requests")

    def save(dialog):
        assert isinstance(dialog, NewRequestDialog)
        dialog.company_model.set_checked("kochava", False)
        dialog.save()

    when_modal(save)
    page.new_request(client_id)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).request.company == "att"
    assert page.detail.request_id == page.model.row_at(0).request.id


def test_batch_export_writes_every_format(window, qtbot, tmp_path: Path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    client_id = _setup(window)
    ids = [request_service.new_request(window.ctx.store, client_id, slug, "delete").id
           for slug in ("att", "kochava")]
    dialog = ExportDialog(window.ctx, ids, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    for fmt in ("txt", "docx", "eml"):
        dialog.format_boxes[fmt].setChecked(True)
    dialog.start()
    assert len(dialog.written) == 8
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 8 and all(name.startswith("OFM-") for name in names)
    assert not any("Ana" in name for name in names)
    assert (tmp_path / names[0]).stat().st_size > 0


def test_batch_export_can_be_cancelled(window, qtbot, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    client_id = _setup(window)
    ids = [request_service.new_request(window.ctx.store, client_id, slug, "delete").id
           for slug in ("att", "kochava")]
    original = TaskHandle.report

    def cancel_after_first(self, done, total, message=""):
        if done >= 1:
            self.cancel()
        original(self, done, total, message)

    monkeypatch.setattr(TaskHandle, "report", cancel_after_first)
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *args, **kwargs: shown.append(args[1]))
    dialog = ExportDialog(window.ctx, ids, window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.format_boxes["txt"].setChecked(True)
    dialog.start()
    assert shown == ["Export cancelled"]
    assert len(list(tmp_path.iterdir())) == 1  # one whole file, nothing half-written
    assert dialog.written == []


@pytest.mark.parametrize("answer,left", [(QMessageBox.StandardButton.Cancel, 1),
                                         (QMessageBox.StandardButton.Yes, 0)])
def test_deleting_a_draft_asks_first(window, monkeypatch, answer, left):
    client_id = _setup(window)
    request = request_service.new_request(window.ctx.store, client_id, "att", "delete")
    page = window.page("requests")
    page.reload(select_id=request.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)
    page.delete_selected()
    assert len(request_service.list_requests(window.ctx.store)) == left


def test_a_failed_listing_is_said_whole_under_a_narrow_list(window):
    from app.core.errors import OffMapError

    window.show_page("requests")
    page = window.page("requests")
    page.splitter.setSizes([260, 900])
    page._query_failed(OffMapError(
        "the store {path} is busy in another OffMap window or command; try again in a moment.",
        path="/home/someone/OffMap/offmap.sqlite3"))
    label = page.count
    assert "try again in a moment" in label.text()
    assert label.sizeHint().width() <= max(label.width(), 260)   # wraps instead of being cut
