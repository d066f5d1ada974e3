"""The client filter of the Requests and Deadlines lists: one model over (id, name) pairs, the
chosen client kept across reloads, a deleted one falling back to "All clients", reachable and
usable from the keyboard, and cheap with a clinic's thousands of clients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.model import Client
from app.gui.requests.client_filter import ClientFilter
from app.services import clients as client_service
from app.services import requests as request_service
from app.store import open_store


def test_lists_all_then_clients_by_name_and_finds_ids(qtbot):
    combo = ClientFilter("All clients")
    qtbot.addWidget(combo)
    combo.set_clients([(7, "bo"), (3, "Ana"), (9, "Élodie"), (4, "Carl")])
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All clients", "Ana", "bo", "Carl", "Élodie"]
    assert combo.currentData() is None
    assert combo.findData(4) == 3 and combo.findData(None) == 0 and combo.findData(99) == -1
    assert combo.itemData(2) == 7


def test_keeps_the_chosen_client_and_drops_a_deleted_one_silently(qtbot):
    combo = ClientFilter("All clients")
    qtbot.addWidget(combo)
    combo.set_clients([(1, "Ana"), (2, "Bo")])
    combo.setCurrentIndex(combo.findData(2))
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    assert combo.set_clients([(2, "Bo"), (1, "Ana"), (5, "Aaron")]) is False
    assert combo.currentData() == 2 and combo.currentText() == "Bo"
    assert combo.set_clients([(1, "Ana")]) is True  # Bo deleted: back to every client
    assert combo.currentData() is None and changes == []


def test_keyboard_chooses_a_client(qtbot):
    combo = ClientFilter("All clients")
    qtbot.addWidget(combo)
    combo.set_clients([(1, "Ana"), (2, "Bo"), (3, "Carl")])
    combo.show()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == 1
    QTest.keyClicks(combo, "c")  # typing a name's first letter jumps to it
    assert combo.currentData() == 3


def test_thousands_of_clients_are_not_measured_or_itemised(qtbot):
    combo = ClientFilter("All clients")
    qtbot.addWidget(combo)
    reads: list[int] = []
    data = combo.choices.data
    combo.choices.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (  # type: ignore[method-assign]
        reads.append(index.row()), data(index, role))[1]
    combo.set_clients((i, f"Client {i:05}") for i in range(8000))
    combo.sizeHint()
    combo.setCurrentIndex(combo.findData(7999))
    assert combo.currentText() == "Client 07999"
    assert 0 < len(reads) < 100  # neither sizing nor finding an id reads every row


def test_requests_and_deadlines_filter_by_the_chosen_client(window):
    store = window.ctx.store
    ana = client_service.add_client(store, Client(name="Ana", state="CA")).id
    bo = client_service.add_client(store, Client(name="Bo", state="CA")).id
    request_service.new_request(store, ana, "att", "delete")
    request_service.new_request(store, bo, "kochava", "opt-out")
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    for key in ("requests", "deadlines"):
        page = window.page(key)
        assert page.client.accessibleName() == "Client"
        assert [page.client.itemText(i) for i in range(page.client.count())] == [
            "All clients", "Ana", "Bo"]
    requests = window.page("requests")
    requests.reload()
    requests.client.setCurrentIndex(requests.client.findData(bo))
    assert requests.model.rowCount() == 1
    assert requests.model.row_at(0).request.company == "kochava"


def test_the_requests_page_reads_the_client_names_off_the_windows_thread(qtbot, home,
                                                                          monkeypatch):
    import threading

    from app.gui.shell.launch import build_main_window
    from app.services import request_queries

    store = open_store(home)
    client_service.add_client(store, Client(name="Ana", state="CA"))
    store.close()
    threads = []
    real = request_queries.client_choices

    def recorded(store):
        threads.append(threading.current_thread())
        return real(store)

    monkeypatch.setattr(request_queries, "client_choices", recorded)
    window = build_main_window(home, language="en")  # tasks on worker threads, as in use
    qtbot.addWidget(window)
    try:
        page = window.page("requests")
        qtbot.waitUntil(lambda: page.client.count() == 2)
        assert threads and threading.main_thread() not in threads
        assert page.client.itemText(1) == "Ana"
    finally:
        window.ctx.tasks.shutdown(5000)
        window.ctx.store.close()
