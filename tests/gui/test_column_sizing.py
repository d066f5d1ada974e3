"""Columns sized from a sample of rows by measuring their texts: as wide as Qt's own
resizeColumnsToContents would make them (no cell or heading cut), from the sampled rows only,
with a style sheet's cell padding."""

from __future__ import annotations

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.gui.common.window_layout import size_columns_from_sample


def _table(qtbot, rows: list[list[str]], headings: list[str]) -> QTableView:
    model = QStandardItemModel(len(rows), len(headings))
    model.setHorizontalHeaderLabels(headings)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            model.setItem(r, c, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    return table


def test_as_wide_as_qt_would_size_them_and_never_narrower_than_the_heading(window, qtbot):
    rows = [["OFM-2026-00017", "Ana López Fernández", "x"],
            ["OFM-1", "Bo", "a much longer status text here"],
            ["", "W" * 30, "ok"]]
    table = _table(qtbot, rows, ["Reference", "Client", "A rather long heading"])
    table.setStyleSheet("QTableView::item { padding: 2px 9px; }")  # padding only the style knows
    bold = QFont(table.font())
    bold.setBold(True)
    table.model().item(1, 0).setFont(bold)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    qt_widths = [header.sectionSize(c) for c in range(3)]
    for c in range(3):
        header.resizeSection(c, 10)
    size_columns_from_sample(table)
    ours = [header.sectionSize(c) for c in range(3)]
    for column, (theirs, mine) in enumerate(zip(qt_widths, ours, strict=True)):
        assert theirs <= mine <= theirs + 3, (column, qt_widths, ours)
        assert mine >= header.sectionSizeHint(column)


def test_reads_only_the_sampled_rows(window, qtbot):
    rows = [["short"] for _ in range(200)]
    rows[150] = ["a very very very long text that is not in the sample"]
    table = _table(qtbot, rows, ["Name"])
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    size_columns_from_sample(table, rows=50)
    sampled = header.sectionSize(0)
    size_columns_from_sample(table, rows=200)
    assert header.sectionSize(0) > sampled
