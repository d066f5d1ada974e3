"""After an export the window says what was written and where, offers "Show in folder", and the
next export starts in the folder used last (not always the home folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.model import Client
from app.gui.common import export_folder
from app.gui.requests.letter_export import ExportDialog, export_one
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service


def _draft(window) -> int:
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana Lopez", emails=["ana@example.org"], state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    return request_service.new_request(store, client.id, "att", "delete").id


def _show_in_folder(box: QMessageBox):
    return next(b for b in box.buttons() if b.text().replace("&", "") == "Show in folder")


def test_batch_export_confirms_and_shows_the_folder(window, qtbot, tmp_path: Path,
                                                    monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(export_folder, "open_folder", opened.append)
    out = tmp_path / "letters"
    out.mkdir()
    dialog = ExportDialog(window.ctx, [_draft(window)], window, folder=out)
    qtbot.addWidget(dialog)
    dialog.start()
    box = dialog.confirmation
    assert box.isVisible() and str(out) in box.text() and dialog.written[0].name in box.text()
    _show_in_folder(box).click()
    assert opened == [out]
    assert not box.isVisible()
    # The next export dialog starts where this one wrote.
    again = ExportDialog(window.ctx, [1], window)
    qtbot.addWidget(again)
    assert again.folder.text() == str(out)


def test_single_export_starts_in_the_last_folder_and_confirms(window, qtbot, tmp_path: Path,
                                                              monkeypatch):
    request_id = _draft(window)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    offered: list[str] = []
    targets = iter([first / "a.pdf", second / "b.txt"])

    def save_name(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(export_folder, "open_folder", lambda folder: True)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr("app.gui.requests.letter_export.confirm_export",
                        lambda parent, written: boxes.append(
                            export_folder.confirm_export(parent, written)))
    export_one(window.ctx, window, request_id, "pdf")
    assert Path(offered[0]).parent == Path.home()  # nothing remembered yet
    assert (first / "a.pdf").stat().st_size > 0
    assert "a.pdf" in boxes[0].text() and str(first) in boxes[0].text()
    boxes[0].close()
    export_one(window.ctx, window, request_id, "txt")
    assert Path(offered[1]).parent == first
    export_one_folder = export_folder.last_folder(window.ctx)
    assert export_one_folder == second


def test_a_remembered_folder_that_is_gone_falls_back_to_home(window, tmp_path: Path):
    gone = tmp_path / "gone"
    gone.mkdir()
    export_folder.remember_folder(window.ctx, gone)
    gone.rmdir()
    assert export_folder.last_folder(window.ctx) == Path.home()


def test_calendar_export_confirms_and_remembers_the_folder(window, qtbot, tmp_path: Path,
                                                           monkeypatch):
    from app.services import tracking

    request_id = _draft(window)
    tracking.mark_sent(window.ctx.store, request_id)
    window.ctx.bus.requests_changed.emit()
    page = window.page("deadlines")
    out = tmp_path / "calendar"
    out.mkdir()
    offered: list[str] = []

    def save_name(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(out / "deadlines.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.export_calendar()
    assert (out / "deadlines.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    box = page.confirmation
    assert "deadlines.ics" in box.text() and _show_in_folder(box) is not None
    box.close()
    page.export_csv()
    assert Path(offered[1]).parent == out
