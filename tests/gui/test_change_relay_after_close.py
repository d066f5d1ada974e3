"""A colleague's change that the watcher queued just before the window closed is delivered
after the window's store closed: the holdings and audit lists must not read the closed store
("Cannot operate on a closed database" logged from a late callback)."""

from __future__ import annotations

import logging
import sys

import pytest

from app.core.model import Client
from app.gui.common.change_relay import ChangeRelay
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services.audit import AuditEntry
from app.services.change_watch import StoreChange


@pytest.fixture
def late_errors(monkeypatch, caplog):
    """Exceptions raised in Qt slots (sent to sys.excepthook) and errors logged."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, _tb: seen.append(f"{exc}"))
    caplog.set_level(logging.INFO)
    yield lambda: seen + [r.getMessage() for r in caplog.records
                          if r.levelno >= logging.WARNING]


def _case_on_screen(window) -> int:
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    window.ctx.bus.clients_changed.emit()
    window.show_page("clients")
    page = window.page("clients")
    page.select(client.id)
    assert page.audit.model.row_count() >= 1   # the lists read the store while it was open
    return client.id


def _holding_change(client_id: int) -> StoreChange:
    return StoreChange(entries=(AuditEntry(id=99, at="2026-12-03T23:00:00Z", who="sam",
                                           action="holding.add", client_id=client_id,
                                           request_id=None, what="att"),))


def test_a_change_delivered_after_the_store_closed_reads_nothing(window, late_errors):
    client_id = _case_on_screen(window)
    relay = ChangeRelay(window.ctx, interval=0.05, parent=window)
    relay.stop()                   # OffMap quits: the relay stops, then the store closes
    window.ctx.store.close()
    relay.changed.emit(_holding_change(client_id))   # what the watcher had queued
    assert late_errors() == []


def test_closing_the_window_stops_the_relay(window, qtbot, late_errors):
    client_id = _case_on_screen(window)
    relay = ChangeRelay(window.ctx, interval=0.05, parent=window).start()
    assert relay.watcher.running
    window.close()
    assert not relay.watcher.running
    window.ctx.store.close()
    relay.changed.emit(_holding_change(client_id))
    qtbot.wait(50)
    assert late_errors() == []


def test_a_change_while_open_still_reloads_the_lists(window, qtbot):
    client_id = _case_on_screen(window)
    relay = ChangeRelay(window.ctx, interval=0.05, parent=window)
    section = window.page("clients").holdings
    holding_service.add_holding(window.ctx.store, client_id, "locationsmart",
                                ["precise-location"])
    before = section.model.rowCount()
    relay.changed.emit(_holding_change(client_id))
    assert section.model.rowCount() == before + 1
    relay.stop()
