"""The Clients list is windowed: a clinic's thousands of clients are listed by id, and records are
read only a page at a time for the rows shown."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from app.gui.clients import client_model
from app.gui.clients.client_model import ClientTableModel
from app.store import open_store

CLIENTS = 1200


def _store_with_clients(home):
    store = open_store(home)
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO clients (id, name, emails, phones, state, country) VALUES (?,?,?,?,?,?)",
            ((i, f"Client {i:05d}", json.dumps([f"c{i}@example.org"]),
              json.dumps([f"+1415555{i:04d}"]), "CA", "US") for i in range(1, CLIENTS + 1)))
    return store


def test_a_long_list_reads_only_the_pages_shown(qtbot, home, monkeypatch):
    store = _store_with_clients(home)
    read: list[int] = []
    real = client_model.client_queries.clients_by_ids
    monkeypatch.setattr(client_model.client_queries, "clients_by_ids",
                        lambda s, ids: read.append(len(ids)) or real(s, ids))
    model = ClientTableModel()
    model.load(store)
    assert model.rowCount() == CLIENTS and read == []  # ids only until a row is shown
    assert model.index(0, 0).data() == "Client 00001"
    assert model.index(5, 3).data() == "+1 415-555-0006"
    assert read == [client_model.PAGE_ROWS]
    assert model.index(CLIENTS - 1, 4).data() == f"c{CLIENTS}@example.org"
    assert read == [client_model.PAGE_ROWS, CLIENTS % client_model.PAGE_ROWS or 200]
    store.close()


def test_search_sort_and_lookup_by_id(qtbot, home):
    store = _store_with_clients(home)
    model = ClientTableModel()
    model.load(store)
    model.set_text("  client 0011 ")  # each word anywhere: 00011 and 00110-00119
    assert model.rowCount() == 11
    assert model.index(0, 0).data() == "Client 00011"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Client 00119"
    assert model.row_of(115) == 4 and model.row_of(1) == -1
    assert model.data(model.index(4, 0), ClientTableModel.ClientRole).id == 115
    store.close()


def test_refreshed_tells_when_new_ids_are_in(qtbot, home):
    store = _store_with_clients(home)
    model = ClientTableModel()
    told: list[tuple[int, str]] = []  # what the list held each time it said so
    model.refreshed.connect(lambda: told.append((model.rowCount(), model.index(0, 0).data())))
    model.load(store)
    model.set_text("client 0011")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert told == [(CLIENTS, "Client 00001"), (11, "Client 00011"), (11, "Client 00119")]
    store.close()


def test_a_client_deleted_after_listing_shows_an_empty_row(qtbot, home):
    store = _store_with_clients(home)
    model = ClientTableModel()
    model.load(store)
    with store.transaction():
        store.conn.execute("DELETE FROM clients WHERE id = 1")
    assert model.index(0, 0).data() is None
    assert model.client_at(0) is None and model.client_at(1).name == "Client 00002"
    store.close()


def test_the_page_lists_a_clinic_without_reading_every_client(window, qtbot, monkeypatch):
    store = window.ctx.store
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO clients (id, name, emails, phones, state, country) VALUES (?,?,?,?,?,?)",
            ((i, f"Client {i:05d}", "[]", "[]", "CA", "US") for i in range(1, 3001)))
    read: list[int] = []
    real = client_model.client_queries.clients_by_ids
    monkeypatch.setattr(client_model.client_queries, "clients_by_ids",
                        lambda s, ids: read.append(len(ids)) or real(s, ids))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    window.show()
    qtbot.waitUntil(lambda: page.selected_id() is not None)
    assert page.proxy.rowCount() == 3000 and sum(read) <= 2 * client_model.PAGE_ROWS
    page.search.setText("Client 0299")  # a long list filters once the typing pauses
    assert page.proxy.rowCount() == 3000
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 11)  # 00299 and 02990-02999
    assert page.selected_client().name == "Client 00299"
