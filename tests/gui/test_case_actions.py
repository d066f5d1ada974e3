"""Clients page clinic actions: case notes, case file export and import (plain and encrypted),
the authorization form in agent mode, and the bulk opt-out dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.core.clinic import ClinicProfile
from app.core.model import Client
from app.gui.clients.bulk_dialog import BulkOptOutDialog
from app.gui.clients.case_actions import import_case_file
from app.services import bulk, case_files, registry_import
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.store import open_store
from app.store import requests as request_repo
from tests.gui.helpers import when_modal
from tests.unit.case_samples import build

REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / "registry-2025.csv"


def _page_with(window, name: str = "Notes Person", state: str = "CA"):
    client = client_service.add_client(window.ctx.store, Client(name=name, state=state))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    return page, client


def test_case_notes_are_saved(window):
    page, client = _page_with(window)
    panel = page.case_panel
    assert panel.client.id == client.id and not panel.save_notes_button.isEnabled()
    panel.notes.setPlainText("Called the client on Monday")
    assert panel.save_notes_button.isEnabled()
    assert panel.save_notes()
    assert client_service.get_client(window.ctx.store, client.id).notes == \
        "Called the client on Monday"


def test_export_then_import_into_another_home(window, tmp_path):
    page, _client = _page_with(window, "Export Person")
    out = tmp_path / "case.zip"
    page.case_panel.export_case(out, ask=False)
    assert out.is_file() and "case.zip" in page.case_panel.status.text()
    assert case_files.read_case_document(out)["client"]["name"] == "Export Person"

    other = open_store(tmp_path / "elsewhere")
    files = tmp_path / "files"
    files.mkdir()
    try:
        sample = build(other, files)
        foreign = tmp_path / "foreign.zip"
        case_files.export_case(other, sample.a, foreign, passphrase="a long passphrase")
    finally:
        other.close()

    def type_passphrase(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("a long passphrase")
        dialog.accept()

    when_modal(type_passphrase)
    page.import_case(foreign)
    imported = page.selected_client()
    assert imported.name == "Ana Alvarez"
    assert len(request_repo.list_where(window.ctx.store.conn, client_id=imported.id)) == 3

    warnings = []

    def close_warning(dialog) -> None:
        warnings.append(dialog.text())
        dialog.close()

    when_modal(close_warning)
    import_case_file(window.ctx, page, foreign, passphrase="wrong passphrase")
    assert warnings and "passphrase is wrong" in warnings[0]


def test_authorization_form_only_in_agent_mode(window, tmp_path):
    page, client = _page_with(window, "Agent Client")
    assert page.case_panel.authorization_button.isHidden()
    clinic_service.save_profile(window.ctx.store, ClinicProfile(
        name="Bay Privacy Clinic", staff="Rosa Staff", email="help@clinic.example.org",
        mode="agent"))
    page.case_panel.show_client(client_service.get_client(window.ctx.store, client.id))
    assert not page.case_panel.authorization_button.isHidden()
    out = tmp_path / "authorization.pdf"
    page.case_panel.save_authorization(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert "sign" in page.case_panel.status.text()


def test_summary_for_the_client_asks_the_language(window, tmp_path, monkeypatch):
    """The language question offers the document languages, the interface's first; the chosen
    one is the summary's."""

    from app.services import client_summary

    page, _client = _page_with(window, "Summary Client")
    written = []
    real = client_summary.write_client_summary

    def spy(store, client_id, out, language="en"):
        written.append(language)
        return real(store, client_id, out, language)

    monkeypatch.setattr(client_summary, "write_client_summary", spy)

    def choose_spanish(dialog: QInputDialog) -> None:
        assert dialog.comboBoxItems() == ["English", "Español"]
        assert dialog.textValue() == "English"  # the interface is in English
        dialog.setTextValue("Español")
        dialog.accept()

    out = tmp_path / "resumen.pdf"
    when_modal(choose_spanish)
    page.case_panel.save_client_summary(out)
    assert written == ["es"] and out.read_bytes().startswith(b"%PDF")
    assert str(out) in page.case_panel.status.text()
    when_modal(lambda dialog: dialog.reject())
    page.case_panel.save_client_summary(tmp_path / "not-written.pdf")
    assert written == ["es"] and not (tmp_path / "not-written.pdf").exists()
    page.case_panel.save_client_summary(tmp_path / "missing" / "x.pdf", language="en")
    assert "does not exist" in page.case_panel.status.text()


def test_bulk_dialog_creates_requests_with_a_summary(window):
    store = window.ctx.store
    registry_import.import_registry(store, REGISTRY)
    first = client_service.add_client(store, Client(name="Bulk One", state="CA")).id
    second = client_service.add_client(store, Client(name="Bulk Two", state="CA")).id
    client_service.add_client(store, Client(name="Bulk Archived", state="CA", archived=True))
    dialog = BulkOptOutDialog(window.ctx, window, [first])
    assert dialog.clients.rowCount() == 2  # archived clients are not offered
    # The bundled directory's registry brokers plus the imported registry's own flagged ones.
    brokers = len(bulk.geolocation_brokers(store))
    assert brokers > 100 and dialog.brokers.rowCount() == brokers
    assert f"1 clients × {brokers} brokers: {brokers} new requests" in dialog.plan_label.text()
    dialog.select_all_shown()
    assert sorted(dialog.clients.checked_ids()) == sorted([first, second])
    assert f"{2 * brokers} new requests" in dialog.plan_label.text()
    index = dialog.proxy.index(0, 0)
    dialog.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(dialog.clients.checked_ids()) == 1
    dialog.select_all_shown()
    dialog.start()
    assert dialog.summary is not None and len(dialog.summary.created) == 2 * brokers
    assert f"{2 * brokers} opt-out requests created, 0 sent" in \
        dialog.summary_text(dialog.summary)
    again = BulkOptOutDialog(window.ctx, window, [first, second])
    assert f"0 new requests, {2 * brokers} already made" in again.plan_label.text()
