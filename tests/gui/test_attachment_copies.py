"""The window opens and saves attachments kept inside the encrypted store: a viewer gets a
temporary 0600 copy outside the data folder (removed at exit), and nothing readable is written
into the data folder."""

from __future__ import annotations

import os
import stat
from datetime import date

from PySide6.QtWidgets import QFileDialog

from app.core.model import Client
from app.services import attachments as attachment_service
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking

SECRET = b"Medical letter for Zyxwvut Quorra, 12 Main St"


def _event_with_file(store, tmp_path):
    client = client_service.add_client(store, Client(name="Ana Diaz", state="CA", country="US"))
    request = request_service.new_request(store, client.id, "att", "delete")
    tracking.mark_sent(store, request.id, on="2026-01-15")
    source = tmp_path / "letter.txt"
    source.write_bytes(SECRET)
    tracking.log_event(store, request.id, "note", on=date(2026, 1, 20), attachments=[source])
    return request.id


def _timeline(window, qtbot, request_id):
    window.show_page("deadlines")
    page = window.page("deadlines")
    qtbot.waitUntil(lambda: not page.model.loading)
    page.select(request_id)
    timeline = page.timeline
    timeline.table.selectRow(timeline.events.rowCount() - 1)
    timeline.file_list.setCurrentIndex(timeline.files.index(0))
    return timeline


def test_opening_and_saving_an_attachment_writes_nothing_readable_in_the_home(
        window, qtbot, tmp_path, monkeypatch):
    store = window.ctx.store
    timeline = _timeline(window, qtbot, _event_with_file(store, tmp_path))
    attachment = timeline.selected_attachment()
    assert attachment is not None and attachment.filename == "letter.txt"
    copy = timeline.viewable_copy(attachment)
    assert copy.read_bytes() == SECRET and copy.name == "letter.txt"
    assert window.ctx.home not in copy.parents
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    target = tmp_path / "saved.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    timeline.save_file()
    assert target.read_bytes() == SECRET
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    readable = [p for p in window.ctx.home.rglob("*") if p.is_file() and SECRET in p.read_bytes()]
    assert readable == []
    attachment_service.remove_temporary_copies()
    assert not copy.exists()
