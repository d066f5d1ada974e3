"""A client's holdings in Spanish at the window's first size: the location data and kind cells
wrap their words onto more lines instead of eliding them ("Ubicación precisa, Ubicaci…"), and a
long note shows its start (whole in the tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from app.core.model import Client
from app.gui.clients.holdings_model import SHOWN_NOTE_CHARS
from app.services import clients as client_service
from app.services import holdings as holding_service

LONG_NOTE = "Bill from 2019 shows the carrier. " * 12


@pytest.fixture
def spanish(qtbot, qapp, home):
    from app.gui.common import i18n
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.store.close()
    i18n.apply_language(qapp, "en")


def _fits(table, row: int, column: int) -> bool:
    """The cell's text, wrapped at its column's width, is as tall as its row at most and no
    word is wider than the column."""
    text = table.model().index(row, column).data()
    metrics = QFontMetrics(table.font())
    width = table.columnWidth(column) - 8  # the cell's margins
    words_fit = all(metrics.horizontalAdvance(word) <= width for word in text.split())
    wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                   int(Qt.TextFlag.TextWordWrap), text)
    return words_fit and wrapped.height() <= table.rowHeight(row)


def test_holdings_cells_wrap_instead_of_eliding(spanish, qtbot):
    window = spanish
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana López", state="CA", country="US"))
    holding_service.add_holding(store, client.id, "att",
                                ["precise-location", "cell-site", "call-records", "cpni"],
                                LONG_NOTE)
    holding_service.add_holding(store, client.id, "locationsmart",
                                ["precise-location", "cell-site"])
    window.ctx.bus.clients_changed.emit()
    window.show_page("clients")
    page = window.page("clients")
    page.table.selectRow(0)
    table = page.holdings.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    assert table.isVisible() and table.wordWrap()
    kinds = table.model().index(0, 2).data()
    assert kinds.startswith("Ubicación precisa, ")
    for row in range(2):
        for column in (1, 2):
            assert _fits(table, row, column), (row, column, table.model().index(row, column).data())
    note = table.model().index(0, 3)
    assert len(note.data()) <= SHOWN_NOTE_CHARS + 1 and note.data().endswith("…")
    assert note.data(Qt.ItemDataRole.ToolTipRole) == LONG_NOTE.strip()
