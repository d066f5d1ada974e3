"""Settings > Backups: back up now, restore with confirmation, refusal of a bad file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.core.model import Client
from app.gui.settings.backup_section import schedule_daily_backup
from app.services import backup as backup_service
from app.services import clients as client_service
from tests.gui.helpers import when_modal


def _section(window):
    return window.page("settings").backups


def _click(label: str):
    def handle(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return
        raise AssertionError(f"no button {label}")
    return handle


def test_back_up_now_then_restore_after_confirming(window, tmp_path: Path):
    store = window.ctx.store
    client_service.add_client(store, Client(name="Saved Client"))
    section = _section(window)
    out = tmp_path / "manual.sqlite3"
    section.backup_now(out)
    assert out.is_file()
    assert "manual.sqlite3" in section.status.text()

    client_service.add_client(store, Client(name="Added Later"))
    window.ctx.bus.clients_changed.emit()
    when_modal(_click("Cancel"))
    section.restore_from(out)
    assert len(client_service.list_clients(store)) == 2

    when_modal(_click("Restore"))
    section.restore_from(out)
    assert [c.name for c in client_service.list_clients(store)] == ["Saved Client"]
    clients_page = window.page("clients")
    assert clients_page.model.rowCount() == 1
    kinds = {section.model.data(section.model.index(r, 1))
             for r in range(section.model.rowCount())}
    assert "Before a restore" in kinds


def test_a_truncated_file_is_refused_with_a_message(window, tmp_path: Path):
    store = window.ctx.store
    client_service.add_client(store, Client(name="Keep Me"))
    section = _section(window)
    good = tmp_path / "good.sqlite3"
    section.backup_now(good)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(good.read_bytes()[:3000])
    seen: list[str] = []

    def close_warning(dialog) -> None:
        seen.append(dialog.text())
        dialog.close()

    when_modal(close_warning)
    section.restore_from(bad, confirmed=True)
    assert seen and "Nothing was changed" in seen[0]
    assert "Nothing was changed" in section.status.text()
    assert [c.name for c in client_service.list_clients(store)] == ["Keep Me"]


def test_daily_backup_runs_off_the_window_once_a_day(window):
    schedule_daily_backup(window.ctx)
    schedule_daily_backup(window.ctx)
    autos = [b for b in backup_service.list_backups(window.ctx.home) if b.kind == "auto"]
    assert [b.path.name for b in autos] == [f"auto-{date.today().isoformat()}.sqlite3"]
    section = _section(window)
    section.reload()
    assert section.model.rowCount() == 1
    section.table.selectRow(0)
    assert section.restore_selected_button.isEnabled()


def test_an_empty_backup_list_says_what_fills_it(window):
    section = _section(window)
    window.show_page("settings")
    section.reload()
    assert section.model.rowCount() == 0  # the day's backup runs only some seconds after start
    assert section.empty_text.showing() and "Back up now" in section.empty_text.label.text()
    schedule_daily_backup(window.ctx)
    section.reload()
    assert section.model.rowCount() == 1 and not section.empty_text.showing()


def test_the_shared_store_names_the_database_program(window):
    text = window.page("settings").shared_store.where.text()
    assert "SQLite" in text and "sqlite" not in text
