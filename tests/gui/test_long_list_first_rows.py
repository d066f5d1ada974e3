"""A long list opens from its first rows (the store reads them without the others) and reads the
rest only once the view asks for a row past them, off the GUI thread: the rows are the same as a
whole reading's, a row past the first ones shows blank until then, finding a request's row reads
the rest at once, a rest overtaken by a new query is dropped, and a store changed in between
gives the new list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.gui.deadlines.deadlines_model import DeadlineStoreSource, DeadlineTableModel
from app.gui.requests.request_model import RequestStoreSource, RequestTableModel
from app.gui.requests.request_rows_model import FIRST_ROWS
from app.services import deadlines as deadline_service
from app.services import request_queries
from app.store import open_store

REQUESTS = 3_000


class DeferredRunner:
    """Keeps the work it is given until `run_all` (a worker thread stands in for it)."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def __call__(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.waiting.append((work, done))

    def run_all(self) -> None:
        while self.waiting:
            work, done = self.waiting.pop(0)
            done(work())


@pytest.fixture(scope="module")
def long_store(tmp_path_factory):
    from benchmarks.generate_store import generate

    home: Path = tmp_path_factory.mktemp("long") / "home"
    generate(home, clients=30, requests=REQUESTS, events=2 * REQUESTS)
    store = open_store(home)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def short_threshold(monkeypatch):
    # The generated store is small for a test: everything over 500 rows counts as long here.
    monkeypatch.setattr(deadline_service, "LONG_LIST", 500)
    monkeypatch.setattr(request_queries, "LONG_LIST", 500)


def _models(store, qtbot) -> list[Any]:
    names = request_queries.company_names(store)
    requests = RequestTableModel()
    requests.set_source(RequestStoreSource(store, names))
    deadlines = DeadlineTableModel()
    deadlines.set_source(DeadlineStoreSource(store))
    return [requests, deadlines]


def _whole(model) -> list[int]:
    model.complete_now()
    return model.visible_ids()


@pytest.mark.parametrize("which", [0, 1], ids=["requests", "deadlines"])
def test_first_rows_then_the_rest_when_asked(long_store, qtbot, which):
    expected = _whole(_models(long_store, qtbot)[which])
    assert len(expected) > FIRST_ROWS

    model = _models(long_store, qtbot)[which]
    runner = model.runner = DeferredRunner()
    model.refresh()
    runner.run_all()
    assert model.row_count() == len(expected)
    shown = [model.index(row, 0).data(model.RequestIdRole) for row in range(FIRST_ROWS)]
    assert shown == expected[:FIRST_ROWS]
    assert not runner.waiting  # nothing read past the first rows while nobody looks there

    last = model.index(len(expected) - 1, 0)
    assert last.data(model.RequestIdRole) is None  # blank until the rest is read
    assert len(runner.waiting) == 1
    assert model.index(len(expected) - 2, 0).data(model.RequestIdRole) is None
    assert len(runner.waiting) == 1  # asked once, not once per row
    with qtbot.waitSignal(model.dataChanged):
        runner.run_all()
    assert last.data(model.RequestIdRole) == expected[-1]
    assert model.visible_ids() == expected


@pytest.mark.parametrize("which", [0, 1], ids=["requests", "deadlines"])
def test_finding_a_row_past_the_first_reads_the_rest_at_once(long_store, qtbot, which):
    model = _models(long_store, qtbot)[which]
    runner = model.runner = DeferredRunner()
    model.refresh()
    runner.run_all()
    expected = _whole(_models(long_store, qtbot)[which])
    assert model.row_of(expected[FIRST_ROWS - 1]) == FIRST_ROWS - 1  # no reading needed
    assert model.row_of(expected[-1]) == len(expected) - 1
    assert model.row_of(-5) == -1


def test_a_rest_overtaken_by_a_new_query_is_dropped(long_store, qtbot):
    model = _models(long_store, qtbot)[1]
    runner = model.runner = DeferredRunner()
    model.refresh()
    runner.run_all()
    model.index(model.row_count() - 1, 0).data(Qt.ItemDataRole.DisplayRole)  # asks for the rest
    stale = runner.waiting.pop()
    model.set_category("overdue")
    runner.run_all()
    overdue = model.visible_ids()
    stale[1](stale[0]())  # the old list's rest arrives late
    assert model.visible_ids() == overdue


def test_a_store_changed_between_first_rows_and_rest_gives_the_new_list(long_store, qtbot):
    model = _models(long_store, qtbot)[0]
    runner = model.runner = DeferredRunner()
    model.refresh()
    runner.run_all()
    model.index(model.row_count() - 1, 0).data(Qt.ItemDataRole.DisplayRole)
    removed = model.index(0, 0).data(model.RequestIdRole)
    with long_store.transaction() as conn:
        conn.execute("DELETE FROM requests WHERE id = ?", (removed,))
    with qtbot.waitSignal(model.modelReset):
        runner.run_all()
    assert removed not in model.visible_ids()
    assert model.row_count() == len(model.visible_ids())


@pytest.mark.parametrize("key", ["requests", "deadlines"])
def test_jumping_to_the_end_shows_the_last_requests_details_once_read(long_store, qtbot, key):
    from PySide6.QtTest import QTest

    from app.gui.shell.launch import build_main_window

    window = build_main_window(long_store.home, language="en")  # tasks on worker threads
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: not page.model.loading and page.model.row_count() > 0)
        assert page.model._result.rest is not None  # opened from its first rows
        shown = page.detail if key == "requests" else page.timeline
        first = page.model.index(0, 0).data(page.model.RequestIdRole)
        qtbot.waitUntil(lambda: shown.request_id == first)  # the page's own first selection
        with qtbot.waitSignal(page.model.rest_read, timeout=10_000):
            if key == "deadlines":  # a single-selection list: the key moves the selection
                page.table.setFocus()
                QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            else:  # the last row selected while it is still blank
                page.table.selectRow(page.model.row_count() - 1)
        last = page.model.visible_ids()[-1]
        qtbot.waitUntil(lambda: shown.request_id == last)
    finally:
        window.ctx.tasks.shutdown(5000)
        window.ctx.store.close()
